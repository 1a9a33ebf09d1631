//! Everything the school keeps about one child, to hand it over (export) or to delete it
//! (erase). One list says where a child's rows are; a test reads the schema and fails when
//! a table with a `child_id` column is missing from it, so a new table cannot escape.

use crate::audit;
use crate::cache::Change;
use crate::row::text;
use crate::{Store, StoreError};
use samenspraak_core::ids::{ChildId, SchoolId};
use sqlx::{Column, Row};

/// Where a child's rows are: the table and the condition on `$1`, the child's id. In the
/// order an erase deletes them (rows that refer to others first).
pub const CHILD_ROWS: &[(&str, &str)] = &[
    (
        "talk_question",
        "talk_id IN (SELECT id FROM child_talk WHERE child_id = $1)",
    ),
    ("talk_note", "child_id = $1"),
    ("child_talk", "child_id = $1"),
    ("child_absence", "child_id = $1"),
    ("self_assessment", "child_id = $1"),
    ("grid_rating", "child_id = $1"),
    ("learning_pick", "child_id = $1"),
    ("child_picture_code", "child_id = $1"),
    ("media_consent", "child_id = $1"),
    ("child_video", "child_id = $1"),
    ("portfolio_item", "child_id = $1"),
    ("report_note", "child_id = $1"),
    ("report_file", "child_id = $1"),
    ("questionnaire_answer", "child_id = $1"),
    ("questionnaire_response", "child_id = $1"),
    ("booking", "child_id = $1"),
    ("booking_wait", "child_id = $1"),
    ("availability", "child_id = $1"),
    ("separate_conversations", "child_id = $1"),
    ("conference_frame", "child_id = $1"),
    ("agreement", "child_id = $1"),
    ("summary_read", "child_id = $1"),
    ("conference_prep", "child_id = $1"),
    ("summary_sent", "child_id = $1"),
    ("child_guardian", "child_id = $1"),
];

/// Tables with a `child_id` column that [`CHILD_ROWS`] leaves out on purpose.
pub const NOT_CHILD_ROWS: &[(&str, &str)] = &[(
    "audit_entry",
    "the log keeps the id of an erased child (no name): pseudonymous, kept for its period",
)];

/// One table's rows about the child, each a JSON object of its columns.
#[derive(Debug, Clone)]
pub struct TableRows {
    pub table: &'static str,
    pub rows: Vec<serde_json::Map<String, serde_json::Value>>,
}

/// Every row about the child: the child itself, its guardians, then each table of
/// [`CHILD_ROWS`] that has any.
pub async fn rows(store: &Store, school: &SchoolId, child: &ChildId) -> crate::Result<Vec<TableRows>> {
    let mut conn = store.pool.acquire().await?;
    let mut out = Vec::new();
    let own: [(&'static str, &str); 2] = [
        ("child", "SELECT * FROM child WHERE id = $1 AND school_id = $2"),
        (
            "guardian",
            "SELECT * FROM guardian WHERE school_id = $2 AND id IN \
             (SELECT guardian_id FROM child_guardian WHERE child_id = $1)",
        ),
    ];
    for (table, sql) in own {
        let found = sqlx::query(sql)
            .bind(child.as_str())
            .bind(school.as_str())
            .fetch_all(&mut *conn)
            .await?;
        if table == "child" && found.is_empty() {
            return Err(StoreError::NotFound);
        }
        out.push(TableRows {
            table,
            rows: found.iter().map(json_row).collect(),
        });
    }
    for (table, condition) in CHILD_ROWS {
        let sql = format!("SELECT * FROM {table} WHERE {condition}");
        // Only names from the constant list above are formatted into it.
        let found = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(child.as_str())
            .fetch_all(&mut *conn)
            .await?;
        if !found.is_empty() {
            out.push(TableRows {
                table,
                rows: found.iter().map(json_row).collect(),
            });
        }
    }
    Ok(out)
}

/// A row as JSON: integers stay numbers, text stays text, NULL is null.
fn json_row(row: &sqlx::any::AnyRow) -> serde_json::Map<String, serde_json::Value> {
    use serde_json::Value;
    let mut out = serde_json::Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let value = if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
            v.map_or(Value::Null, Value::from)
        } else if let Ok(v) = row.try_get::<Option<String>, _>(i) {
            v.map_or(Value::Null, Value::from)
        } else if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
            v.map_or(Value::Null, Value::from)
        } else {
            Value::Null
        };
        out.insert(column.name().to_string(), value);
    }
    out
}

/// The ids of the child's files in the media folder: videos, portfolio files, reports.
pub async fn file_ids(store: &Store, child: &ChildId) -> crate::Result<Vec<String>> {
    let mut conn = store.pool.acquire().await?;
    file_ids_on(&mut conn, child).await
}

async fn file_ids_on(conn: &mut sqlx::AnyConnection, child: &ChildId) -> crate::Result<Vec<String>> {
    let rows = sqlx::query(
        "SELECT id AS file FROM child_video WHERE child_id = $1 \
         UNION ALL SELECT id AS file FROM portfolio_item WHERE child_id = $1 AND content_type IS NOT NULL \
         UNION ALL SELECT file_id AS file FROM report_file WHERE child_id = $1",
    )
    .bind(child.as_str())
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(|r| text(r, "file")).collect()
}

/// What an erase removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Erased {
    /// The files of the media folder the caller deletes now that the rows are gone.
    pub files: Vec<String>,
    pub rows: u64,
    /// Guardians erased with the child: they had no other child at the school.
    pub guardians: usize,
}

/// How many guardians an erase would take with the child: those with no other child at
/// the school. The same condition the erase uses.
pub async fn guardians_erased_with(store: &Store, child: &ChildId) -> crate::Result<usize> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM child_guardian cg WHERE cg.child_id = $1 AND NOT EXISTS \
         (SELECT 1 FROM child_guardian o WHERE o.guardian_id = cg.guardian_id AND o.child_id <> $1)",
    )
    .bind(child.as_str())
    .fetch_one(&store.pool)
    .await?;
    Ok(usize::try_from(crate::row::int(&row, "n")?).unwrap_or(0))
}

/// Erases the child and everything about it in one transaction, with the guardians who
/// have no other child at the school (and their invitations, mails and sessions). The
/// mails to guardians who stay that name the child go too. The audit log keeps its
/// entries, which hold the child's id and no name, and gets one more: the erase.
pub async fn erase(store: &Store, school: &SchoolId, child: &ChildId, by: &audit::Who) -> crate::Result<Erased> {
    let mut tx = store.pool.begin().await?;
    let found = sqlx::query("SELECT first_name, last_name FROM child WHERE id = $1 AND school_id = $2")
        .bind(child.as_str())
        .bind(school.as_str())
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
    let (first, last) = (text(&found, "first_name")?, text(&found, "last_name")?);
    let mut erased = Erased {
        files: file_ids_on(&mut tx, child).await?,
        ..Erased::default()
    };
    let guardians: Vec<(String, bool)> = sqlx::query(
        "SELECT cg.guardian_id, \
         (SELECT COUNT(*) FROM child_guardian o WHERE o.guardian_id = cg.guardian_id AND o.child_id <> $1) AS others \
         FROM child_guardian cg WHERE cg.child_id = $1",
    )
    .bind(child.as_str())
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|r| Ok((text(r, "guardian_id")?, crate::row::int(r, "others")? > 0)))
    .collect::<crate::Result<_>>()?;

    // Mails to the guardians who stay, about this child (they name it).
    for (guardian, stays) in &guardians {
        if *stays {
            let done = sqlx::query(
                "DELETE FROM outbox WHERE guardian_id = $1 AND (text_body LIKE $2 OR subject LIKE $2 OR to_name LIKE $2)",
            )
            .bind(guardian)
            .bind(format!("%{first}%"))
            .execute(&mut *tx)
            .await?;
            erased.rows += done.rows_affected();
        }
    }
    let done = sqlx::query("UPDATE conference_slot SET reserved_for = NULL WHERE reserved_for = $1")
        .bind(child.as_str())
        .execute(&mut *tx)
        .await?;
    erased.rows += done.rows_affected();
    for (table, condition) in CHILD_ROWS {
        let sql = format!("DELETE FROM {table} WHERE {condition}");
        // Only names from the constant list above are formatted into it.
        let done = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(child.as_str())
            .execute(&mut *tx)
            .await?;
        erased.rows += done.rows_affected();
    }
    for (statement, key) in [
        (
            "DELETE FROM user_session WHERE actor_kind = 'child' AND actor_id = $1",
            child.as_str().to_string(),
        ),
        (
            "DELETE FROM login_failure WHERE email = $1",
            format!("child:{}", child.as_str()),
        ),
        // An upload waiting for confirmation that lists the child.
        ("DELETE FROM pending_import WHERE rows_csv LIKE $1", format!("%{last}%")),
    ] {
        let done = sqlx::query(statement).bind(key).execute(&mut *tx).await?;
        erased.rows += done.rows_affected();
    }
    for (guardian, stays) in &guardians {
        if !*stays {
            erased.rows += erase_guardian(&mut tx, guardian).await?;
            erased.guardians += 1;
        }
    }
    let done = sqlx::query("DELETE FROM child WHERE id = $1")
        .bind(child.as_str())
        .execute(&mut *tx)
        .await?;
    erased.rows += done.rows_affected();
    let entry = by.did(audit::Kind::ChildErased).child(child).detail(format!(
        "rows={} files={} guardians={}",
        erased.rows,
        erased.files.len(),
        erased.guardians
    ));
    audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    store.changed(Change::People);
    store.changed(Change::Sessions);
    Ok(erased)
}

/// Deletes a guardian who has no child at the school any more, with what refers to them;
/// their household goes when no one is left in it.
async fn erase_guardian(conn: &mut sqlx::AnyConnection, guardian: &str) -> crate::Result<u64> {
    let household = sqlx::query("SELECT household_id FROM guardian WHERE id = $1")
        .bind(guardian)
        .fetch_one(&mut *conn)
        .await?;
    let household = text(&household, "household_id")?;
    let mut rows = 0;
    for statement in [
        "DELETE FROM outbox WHERE guardian_id = $1",
        "DELETE FROM outbox WHERE invitation_id IN (SELECT id FROM invitation WHERE guardian_id = $1)",
        "DELETE FROM invitation WHERE guardian_id = $1",
        "DELETE FROM questionnaire_answer WHERE guardian_id = $1",
        "DELETE FROM questionnaire_response WHERE guardian_id = $1",
        "DELETE FROM availability WHERE guardian_id = $1",
        "DELETE FROM summary_read WHERE guardian_id = $1",
        "UPDATE booking SET guardian_id = NULL WHERE guardian_id = $1",
        "UPDATE booking_wait SET guardian_id = NULL WHERE guardian_id = $1",
        "DELETE FROM user_session WHERE actor_kind = 'guardian' AND actor_id = $1",
        "DELETE FROM guardian WHERE id = $1",
    ] {
        rows += sqlx::query(statement)
            .bind(guardian)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    }
    rows += sqlx::query(
        "DELETE FROM household WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM guardian g WHERE g.household_id = $1)",
    )
    .bind(&household)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(rows)
}

/// Records that the child's data was handed over.
pub async fn exported(store: &Store, child: &ChildId, by: &audit::Who, files: usize) -> crate::Result<()> {
    let entry = by
        .did(audit::Kind::ChildExported)
        .child(child)
        .detail(format!("files={files}"));
    audit::record(store, &entry).await
}
