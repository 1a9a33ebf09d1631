//! Class-list imports: the uploaded rows wait here between preview and confirmation, and
//! [`apply`] writes a whole list in one transaction. Importing the same list again updates
//! the children and guardians it already knows instead of adding them twice.
//!
//! What a row may match depends on who imports it ([`ImportScope`]): a teacher's import sees
//! only the children of the teacher's classes, so a row can neither reach nor reveal a child
//! of another class; a guardian who also has a child elsewhere is linked, never changed.
//! Only the school admin's import moves a child to another class or changes such a guardian.

use crate::cache::Change;
use crate::children::class_key;
use crate::row::{opt_text, text};
use crate::{Store, StoreError, new_id, now};
use samenspraak_core::ids::{ChildId, ClassId, ImportId, SchoolId, SchoolYearId, StaffId};
use samenspraak_core::import::{ChildRow, GuardianRow};
use sqlx::{Any, Transaction};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingImport {
    pub id: ImportId,
    pub school_id: SchoolId,
    pub staff_id: StaffId,
    pub file_name: String,
    /// The decoded table as UTF-8 CSV with `,`; the header is the first row.
    pub rows_csv: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub classes_created: usize,
    pub children_created: usize,
    pub children_updated: usize,
    pub guardians_created: usize,
    pub guardians_updated: usize,
    /// Guardians found who also have a child the importer may not write: linked to the
    /// child, their details left as they were.
    pub guardians_linked: usize,
    /// Children found in another class and moved (a school admin's import only).
    pub children_moved: usize,
}

/// Whose import it is, which decides what an existing row may be matched with.
#[derive(Debug, Clone, Copy)]
pub enum ImportScope<'a> {
    /// A school admin's: every child and guardian of the school.
    School,
    /// A teacher's: only children in these classes, and guardians only to link.
    Classes(&'a [ClassId]),
}

impl ImportScope<'_> {
    /// Whether a child in this class may be matched.
    fn sees(&self, class: Option<&str>) -> bool {
        match self {
            Self::School => true,
            Self::Classes(mine) => class.is_some_and(|c| mine.iter().any(|m| m.as_str() == c)),
        }
    }
}

/// An existing child that a row will update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownChild {
    pub id: ChildId,
    pub class_id: Option<ClassId>,
}

/// For each row, the existing child within `scope` it will update, if any: one in the row's
/// own class first, else (only a school admin sees further) one in another class, which the
/// import moves. A row is its class's id (when the class exists) and its person key.
pub async fn known_children(
    store: &Store,
    school: &SchoolId,
    scope: ImportScope<'_>,
    rows: &[(Option<&ClassId>, String)],
) -> crate::Result<Vec<Option<KnownChild>>> {
    let in_scope: Vec<(String, String, Option<String>)> =
        sqlx::query("SELECT id, person_key, class_id FROM child WHERE school_id = $1 ORDER BY created_at")
            .bind(school.as_str())
            .fetch_all(&store.pool)
            .await?
            .iter()
            .map(|r| Ok((text(r, "id")?, text(r, "person_key")?, opt_text(r, "class_id")?)))
            .collect::<crate::Result<Vec<_>>>()?
            .into_iter()
            .filter(|(_, _, class)| scope.sees(class.as_deref()))
            .collect();
    Ok(rows
        .iter()
        .map(|(class, key)| {
            let same_key = || in_scope.iter().filter(|(_, k, _)| k == key);
            let class = class.map(ClassId::as_str);
            same_key()
                .find(|(_, _, c)| class.is_some() && c.as_deref() == class)
                .or_else(|| same_key().next())
                .map(|(id, _, c)| KnownChild {
                    id: ChildId(id.clone()),
                    class_id: c.clone().map(ClassId),
                })
        })
        .collect())
}

pub async fn save_pending(
    store: &Store,
    school: &SchoolId,
    staff: &StaffId,
    file_name: &str,
    rows_csv: &str,
) -> crate::Result<ImportId> {
    let id = new_id();
    sqlx::query(
        "INSERT INTO pending_import (id, school_id, staff_id, file_name, rows_csv, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(school.as_str())
    .bind(staff.as_str())
    .bind(file_name)
    .bind(rows_csv)
    .bind(now())
    .execute(&store.pool)
    .await?;
    Ok(ImportId(id))
}

/// A pending import, only for the member of staff who uploaded it.
pub async fn get_pending(store: &Store, staff: &StaffId, id: &ImportId) -> crate::Result<PendingImport> {
    let row = sqlx::query(
        "SELECT id, school_id, staff_id, file_name, rows_csv FROM pending_import WHERE id = $1 AND staff_id = $2",
    )
    .bind(id.as_str())
    .bind(staff.as_str())
    .fetch_optional(&store.pool)
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok(PendingImport {
        id: ImportId(text(&row, "id")?),
        school_id: SchoolId(text(&row, "school_id")?),
        staff_id: StaffId(text(&row, "staff_id")?),
        file_name: text(&row, "file_name")?,
        rows_csv: text(&row, "rows_csv")?,
    })
}

/// An upload holds children's and parents' names: one nobody confirmed within this time is
/// removed by the server's housekeeping.
pub const PENDING_TTL_SECONDS: i64 = 24 * 3600;

pub async fn purge_stale(store: &Store) -> crate::Result<u64> {
    let done = sqlx::query("DELETE FROM pending_import WHERE created_at < $1")
        .bind(now() - PENDING_TTL_SECONDS)
        .execute(&store.pool)
        .await?;
    Ok(done.rows_affected())
}

/// Writes every row, or — on any error — none. Unknown classes are created in `year`
/// (a teacher's import has none: the web layer refuses rows for classes they do not teach,
/// and here a row for a class outside `scope` fails the whole import). The pending import
/// is removed in the same transaction.
pub async fn apply(
    store: &Store,
    school: &SchoolId,
    year: &SchoolYearId,
    scope: ImportScope<'_>,
    pending: &ImportId,
    rows: &[ChildRow],
    by: &crate::audit::Who,
) -> crate::Result<ImportSummary> {
    let mut tx = store.pool.begin().await?;
    let mut summary = ImportSummary::default();
    for row in rows {
        let class_id = class_for(&mut tx, school, year, &row.class, &mut summary).await?;
        if let ImportScope::Classes(mine) = scope
            && !mine.iter().any(|c| c.as_str() == class_id)
        {
            return Err(StoreError::Conflict("class outside the import's scope"));
        }
        let child_id = upsert_child(&mut tx, school, &class_id, scope, row, &mut summary).await?;
        let mut row_household: Option<String> = None;
        for g in &row.guardians {
            let household = upsert_guardian(
                &mut tx,
                school,
                scope,
                &child_id,
                g,
                row_household.as_deref(),
                &mut summary,
            )
            .await?;
            row_household.get_or_insert(household);
        }
    }
    sqlx::query("DELETE FROM pending_import WHERE id = $1")
        .bind(pending.as_str())
        .execute(&mut *tx)
        .await?;
    let entry = by
        .did(crate::audit::Kind::ImportConfirmed)
        .detail(format!("rows={}", rows.len()));
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    // Guardians and classes may have changed everywhere.
    store.changed(Change::People);
    Ok(summary)
}

async fn class_for(
    tx: &mut Transaction<'_, Any>,
    school: &SchoolId,
    year: &SchoolYearId,
    name: &str,
    summary: &mut ImportSummary,
) -> crate::Result<String> {
    let existing = sqlx::query("SELECT id FROM school_class WHERE school_year_id = $1 AND LOWER(name) = LOWER($2)")
        .bind(year.as_str())
        .bind(name)
        .fetch_optional(&mut **tx)
        .await?;
    if let Some(row) = existing {
        return text(&row, "id");
    }
    let id = new_id();
    // A class named "6A" or "6de leerjaar B" is in grade 6.
    let grade = name
        .chars()
        .find(|c| c.is_ascii_digit())
        .and_then(|c| c.to_digit(10))
        .map(i64::from);
    sqlx::query(
        "INSERT INTO school_class (id, school_id, school_year_id, name, grade, active) VALUES ($1, $2, $3, $4, $5, 1)",
    )
    .bind(&id)
    .bind(school.as_str())
    .bind(year.as_str())
    .bind(name)
    .bind(grade)
    .execute(&mut **tx)
    .await?;
    summary.classes_created += 1;
    Ok(id)
}

async fn upsert_child(
    tx: &mut Transaction<'_, Any>,
    school: &SchoolId,
    class_id: &str,
    scope: ImportScope<'_>,
    row: &ChildRow,
    summary: &mut ImportSummary,
) -> crate::Result<String> {
    let person = row.match_key();
    // The same choice as `known_children`: the row's own class first, then the oldest child
    // with this key elsewhere that the scope sees.
    let existing = sqlx::query(
        "SELECT id, class_id FROM child WHERE school_id = $1 AND person_key = $2 \
         ORDER BY CASE WHEN class_id = $3 THEN 0 ELSE 1 END, created_at",
    )
    .bind(school.as_str())
    .bind(&person)
    .bind(class_id)
    .fetch_all(&mut **tx)
    .await?
    .into_iter()
    .map(|r| Ok((text(&r, "id")?, opt_text(&r, "class_id")?)))
    .collect::<crate::Result<Vec<_>>>()?
    .into_iter()
    .find(|(_, class)| scope.sees(class.as_deref()));
    let birth = row.birth_date.map(|d| d.to_string());
    if let Some((id, current_class)) = existing {
        if current_class.as_deref() != Some(class_id) {
            if !matches!(scope, ImportScope::School) {
                return Err(StoreError::Conflict("only a school admin moves a child"));
            }
            tracing::info!(child = %id, to = %class_id, "class-list import moves a child to another class");
            summary.children_moved += 1;
        }
        sqlx::query(
            "UPDATE child SET class_id = $1, first_name = $2, last_name = $3, birth_date = $4, match_key = $5, \
             person_key = $6, active = 1, left_at = NULL WHERE id = $7",
        )
        .bind(class_id)
        .bind(&row.first_name)
        .bind(&row.last_name)
        .bind(birth)
        .bind(class_key(Some(class_id), &person))
        .bind(&person)
        .bind(&id)
        .execute(&mut **tx)
        .await?;
        summary.children_updated += 1;
        return Ok(id);
    }
    let id = new_id();
    sqlx::query(
        "INSERT INTO child (id, school_id, class_id, first_name, last_name, birth_date, match_key, person_key, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9)",
    )
    .bind(&id)
    .bind(school.as_str())
    .bind(class_id)
    .bind(&row.first_name)
    .bind(&row.last_name)
    .bind(birth)
    .bind(class_key(Some(class_id), &person))
    .bind(&person)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    summary.children_created += 1;
    Ok(id)
}

/// Finds the guardian by email in the school, or by name among the child's guardians;
/// updates or creates them, links them to the child, and returns their household. A new
/// guardian joins `row_household` (the other guardian on the same row) or, failing that, a
/// household the child already has. In a teacher's import, a guardian who also has a child
/// outside the teacher's classes is only linked: their details belong to that class too.
async fn upsert_guardian(
    tx: &mut Transaction<'_, Any>,
    school: &SchoolId,
    scope: ImportScope<'_>,
    child_id: &str,
    g: &GuardianRow,
    row_household: Option<&str>,
    summary: &mut ImportSummary,
) -> crate::Result<String> {
    let email = g.email.as_ref().map(|e| e.as_str());
    let found = match email {
        Some(email) => {
            sqlx::query("SELECT id, household_id FROM guardian WHERE school_id = $1 AND email = $2")
                .bind(school.as_str())
                .bind(email)
                .fetch_optional(&mut **tx)
                .await?
        }
        None => {
            sqlx::query(
                "SELECT g.id, g.household_id FROM guardian g JOIN child_guardian cg ON cg.guardian_id = g.id \
                 WHERE cg.child_id = $1 AND LOWER(g.name) = LOWER($2)",
            )
            .bind(child_id)
            .bind(&g.name)
            .fetch_optional(&mut **tx)
            .await?
        }
    };
    let (id, household) = match found {
        Some(row) if !may_change_guardian(tx, scope, &text(&row, "id")?).await? => {
            summary.guardians_linked += 1;
            (text(&row, "id")?, text(&row, "household_id")?)
        }
        Some(row) => {
            let id = text(&row, "id")?;
            sqlx::query(
                "UPDATE guardian SET name = $1, email = COALESCE($2, email), phone = COALESCE($3, phone), language = $4, active = 1 WHERE id = $5",
            )
            .bind(&g.name)
            .bind(email)
            .bind(g.phone.as_deref())
            .bind(g.language.code())
            .bind(&id)
            .execute(&mut **tx)
            .await?;
            summary.guardians_updated += 1;
            (id, text(&row, "household_id")?)
        }
        None => {
            let household = match row_household {
                Some(h) => h.to_string(),
                None => existing_household(tx, child_id).await?.unwrap_or_default(),
            };
            let household = if household.is_empty() {
                crate::guardians::new_household(tx, school).await?
            } else {
                household
            };
            let id = new_id();
            sqlx::query(
                "INSERT INTO guardian (id, school_id, household_id, name, email, phone, language, right_to_info, active, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 1, 1, $8)",
            )
            .bind(&id)
            .bind(school.as_str())
            .bind(&household)
            .bind(&g.name)
            .bind(email)
            .bind(g.phone.as_deref())
            .bind(g.language.code())
            .bind(now())
            .execute(&mut **tx)
            .await?;
            summary.guardians_created += 1;
            (id, household)
        }
    };
    sqlx::query("INSERT INTO child_guardian (child_id, guardian_id) VALUES ($1, $2) ON CONFLICT (child_id, guardian_id) DO NOTHING")
        .bind(child_id)
        .bind(&id)
        .execute(&mut **tx)
        .await?;
    Ok(household)
}

/// Whether the import may change this guardian's details: always for a school admin; for a
/// teacher only when every child of the guardian is in the teacher's classes.
async fn may_change_guardian(
    tx: &mut Transaction<'_, Any>,
    scope: ImportScope<'_>,
    guardian: &str,
) -> crate::Result<bool> {
    if matches!(scope, ImportScope::School) {
        return Ok(true);
    }
    let rows = sqlx::query(
        "SELECT c.class_id FROM child c JOIN child_guardian cg ON cg.child_id = c.id WHERE cg.guardian_id = $1",
    )
    .bind(guardian)
    .fetch_all(&mut **tx)
    .await?;
    for r in &rows {
        if !scope.sees(opt_text(r, "class_id")?.as_deref()) {
            return Ok(false);
        }
    }
    Ok(true)
}

async fn existing_household(tx: &mut Transaction<'_, Any>, child_id: &str) -> crate::Result<Option<String>> {
    let row = sqlx::query(
        "SELECT g.household_id FROM guardian g JOIN child_guardian cg ON cg.guardian_id = g.id WHERE cg.child_id = $1 ORDER BY g.created_at LIMIT 1",
    )
    .bind(child_id)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|r| text(&r, "household_id")).transpose()
}
