//! The gesprekskader and its agreements (`core::frame`): boxes per child and round, saved
//! all at once (a box emptied is removed), and agreements added, then marked done or dropped
//! with a short note.

use crate::row::{int, opt_date, opt_text, text};
use crate::{Store, StoreError, new_id, now};
use samenspraak_core::frame::{AgreementInput, ChildSays, Status, Who};
use samenspraak_core::ids::{ChildId, RoundId, SchoolId, StaffId};

/// The boxes filled in for a child in a round: (the box's key, its text). The web orders
/// them as the school's frame does.
pub async fn boxes(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Vec<(String, String)>> {
    let rows = sqlx::query("SELECT box, body FROM conference_frame WHERE round_id = $1 AND child_id = $2")
        .bind(round.as_str())
        .bind(child.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter().map(|r| Ok((text(r, "box")?, text(r, "body")?))).collect()
}

/// Saves the frame as typed, in one transaction: each box with text is written, each empty
/// one removed.
pub async fn save(
    store: &Store,
    round: &RoundId,
    child: &ChildId,
    by: &StaffId,
    typed: &[(String, Option<String>)],
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    let t = now();
    for (b, body) in typed {
        match body {
            Some(body) => {
                sqlx::query(
                    "INSERT INTO conference_frame (round_id, child_id, box, body, updated_at, updated_by) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (round_id, child_id, box) \
                     DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                )
                .bind(round.as_str())
                .bind(child.as_str())
                .bind(b.as_str())
                .bind(body)
                .bind(t)
                .bind(by.as_str())
                .execute(&mut *tx)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM conference_frame WHERE round_id = $1 AND child_id = $2 AND box = $3")
                    .bind(round.as_str())
                    .bind(child.as_str())
                    .bind(b.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agreement {
    pub id: String,
    pub round_id: RoundId,
    pub child_id: ChildId,
    pub what: String,
    pub who: Who,
    pub due_on: Option<jiff::civil::Date>,
    pub status: Status,
    pub note: Option<String>,
    /// How the child said it went, in a later child talk.
    pub child_says: Option<ChildSays>,
}

fn agreement(r: &sqlx::any::AnyRow) -> crate::Result<Agreement> {
    let who = text(r, "who")?;
    let status = text(r, "status")?;
    Ok(Agreement {
        id: text(r, "id")?,
        round_id: RoundId(text(r, "round_id")?),
        child_id: ChildId(text(r, "child_id")?),
        what: text(r, "what")?,
        who: Who::parse(&who).ok_or_else(|| StoreError::Other(format!("bad who {who}")))?,
        due_on: opt_date(r, "due_on")?,
        status: Status::parse(&status).ok_or_else(|| StoreError::Other(format!("bad status {status}")))?,
        note: opt_text(r, "note")?,
        child_says: opt_text(r, "child_says")?.as_deref().and_then(ChildSays::parse),
    })
}

const COLUMNS: &str =
    "SELECT id, round_id, child_id, what, who, due_on, status, note, child_says, created_at FROM agreement ";

/// Adds an agreement for the child in the round.
pub async fn add_agreement(
    store: &Store,
    school: &SchoolId,
    round: &RoundId,
    child: &ChildId,
    by: &StaffId,
    a: &AgreementInput,
) -> crate::Result<String> {
    let id = new_id();
    let t = now();
    sqlx::query(
        "INSERT INTO agreement (id, school_id, round_id, child_id, what, who, due_on, status, created_at, created_by, \
         updated_at, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $9, $8, \
         (SELECT COALESCE(MAX(seq), 0) + 1 FROM agreement WHERE round_id = $3 AND child_id = $4))",
    )
    .bind(&id)
    .bind(school.as_str())
    .bind(round.as_str())
    .bind(child.as_str())
    .bind(&a.what)
    .bind(a.who.as_str())
    .bind(a.by.map(|d| d.to_string()))
    .bind(t)
    .bind(by.as_str())
    .execute(&store.pool)
    .await?;
    Ok(id)
}

/// The agreements of a child in a round, oldest first.
pub async fn agreements(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Vec<Agreement>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{COLUMNS} WHERE round_id = $1 AND child_id = $2 ORDER BY created_at, seq, id"
    )))
    .bind(round.as_str())
    .bind(child.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter().map(agreement).collect()
}

/// Marks how an agreement of this child went, with a short note.
pub async fn set_status(
    store: &Store,
    child: &ChildId,
    id: &str,
    status: Status,
    note: Option<&str>,
) -> crate::Result<()> {
    let done =
        sqlx::query("UPDATE agreement SET status = $1, note = $2, updated_at = $3 WHERE id = $4 AND child_id = $5")
            .bind(status.as_str())
            .bind(note)
            .bind(now())
            .bind(id)
            .bind(child.as_str())
            .execute(&store.pool)
            .await?;
    crate::row::touched(&done)
}

/// Records how the child says an open agreement of theirs went.
pub async fn set_child_says(store: &Store, child: &ChildId, id: &str, says: ChildSays) -> crate::Result<()> {
    let done = sqlx::query(
        "UPDATE agreement SET child_says = $1, updated_at = $2 WHERE id = $3 AND child_id = $4 AND status = 'open'",
    )
    .bind(says.as_str())
    .bind(now())
    .bind(id)
    .bind(child.as_str())
    .execute(&store.pool)
    .await?;
    crate::row::touched(&done)
}

/// Per child of a round: how many boxes are filled in and how many agreements made.
pub async fn counts_of_round(store: &Store, round: &RoundId) -> crate::Result<Vec<(ChildId, i64, i64)>> {
    let rows = sqlx::query(
        "SELECT c.child_id, \
         (SELECT COUNT(*) FROM conference_frame f WHERE f.round_id = $1 AND f.child_id = c.child_id) AS boxes, \
         (SELECT COUNT(*) FROM agreement a WHERE a.round_id = $1 AND a.child_id = c.child_id) AS agreements \
         FROM (SELECT child_id FROM conference_frame WHERE round_id = $1 \
               UNION SELECT child_id FROM agreement WHERE round_id = $1) c",
    )
    .bind(round.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((ChildId(text(r, "child_id")?), int(r, "boxes")?, int(r, "agreements")?)))
        .collect()
}

/// The child's agreements still open from other rounds than `round`: they come back in the
/// next child talk.
pub async fn open_before(store: &Store, child: &ChildId, round: &RoundId) -> crate::Result<Vec<Agreement>> {
    of_other_rounds(store, child, round, " AND status = 'open'").await
}

/// The child's agreements of other rounds than `round`, whatever their status, for the
/// teacher's preparation: how did they go?
pub async fn earlier(store: &Store, child: &ChildId, round: &RoundId) -> crate::Result<Vec<Agreement>> {
    of_other_rounds(store, child, round, "").await
}

async fn of_other_rounds(
    store: &Store,
    child: &ChildId,
    round: &RoundId,
    and: &'static str,
) -> crate::Result<Vec<Agreement>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{COLUMNS} WHERE child_id = $1 AND round_id <> $2{and} ORDER BY created_at, seq, id"
    )))
    .bind(child.as_str())
    .bind(round.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter().map(agreement).collect()
}

/// The open agreements of a class's children, those past their date first, then by date.
pub async fn open_of_class(
    store: &Store,
    class: &samenspraak_core::ids::ClassId,
    today: jiff::civil::Date,
) -> crate::Result<Vec<Agreement>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{COLUMNS} WHERE status = 'open' AND child_id IN (SELECT id FROM child WHERE class_id = $1 AND active = 1) \
         ORDER BY created_at, seq, id"
    )))
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?;
    let mut out: Vec<Agreement> = rows.iter().map(agreement).collect::<crate::Result<_>>()?;
    out.sort_by_key(|a| (a.due_on.is_none_or(|d| d >= today), a.due_on.is_none(), a.due_on));
    Ok(out)
}

/// The guardian has read what the conversation brought (the first time counts).
pub async fn mark_read(
    store: &Store,
    round: &RoundId,
    child: &ChildId,
    guardian: &samenspraak_core::ids::GuardianId,
) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO summary_read (round_id, child_id, guardian_id, read_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (round_id, child_id, guardian_id) DO NOTHING",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .bind(guardian.as_str())
    .bind(now())
    .execute(&store.pool)
    .await?;
    Ok(())
}

/// Who read it and when (Unix seconds): (guardian, name, moment).
pub async fn read_by(
    store: &Store,
    round: &RoundId,
    child: &ChildId,
) -> crate::Result<Vec<(samenspraak_core::ids::GuardianId, String, i64)>> {
    let rows = sqlx::query(
        "SELECT r.guardian_id, g.name, r.read_at FROM summary_read r JOIN guardian g ON g.id = r.guardian_id \
         WHERE r.round_id = $1 AND r.child_id = $2 ORDER BY r.read_at",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                samenspraak_core::ids::GuardianId(text(r, "guardian_id")?),
                text(r, "name")?,
                int(r, "read_at")?,
            ))
        })
        .collect()
}

/// Queues the family's summary for each guardian and records that it was sent, in one
/// transaction: sent again, it counts the last time.
pub async fn send_summary(
    store: &Store,
    round: &RoundId,
    child: &ChildId,
    by: &StaffId,
    mails: &[crate::outbox::NewMail],
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    for m in mails {
        crate::outbox::insert(&mut tx, m).await?;
    }
    sqlx::query(
        "INSERT INTO summary_sent (round_id, child_id, sent_at, sent_by, mails) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (round_id, child_id) DO UPDATE SET sent_at = excluded.sent_at, sent_by = excluded.sent_by, \
         mails = excluded.mails",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .bind(now())
    .bind(by.as_str())
    .bind(mails.len() as i64)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// When the summary was sent (Unix seconds), if it was.
pub async fn summary_sent(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Option<i64>> {
    let row = sqlx::query("SELECT sent_at FROM summary_sent WHERE round_id = $1 AND child_id = $2")
        .bind(round.as_str())
        .bind(child.as_str())
        .fetch_optional(&store.pool)
        .await?;
    row.map(|r| int(&r, "sent_at")).transpose()
}

/// Per child of a round, how far the follow-up got: the summary sent, and read by a guardian.
pub async fn follow_up_of_round(store: &Store, round: &RoundId) -> crate::Result<Vec<(ChildId, bool, bool)>> {
    let rows = sqlx::query(
        "SELECT c.child_id, \
         (SELECT COUNT(*) FROM summary_sent s WHERE s.round_id = $1 AND s.child_id = c.child_id) AS sent, \
         (SELECT COUNT(*) FROM summary_read r WHERE r.round_id = $1 AND r.child_id = c.child_id) AS seen \
         FROM (SELECT child_id FROM summary_sent WHERE round_id = $1 \
               UNION SELECT child_id FROM summary_read WHERE round_id = $1) c",
    )
    .bind(round.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((ChildId(text(r, "child_id")?), int(r, "sent")? > 0, int(r, "seen")? > 0)))
        .collect()
}
