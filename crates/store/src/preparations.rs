//! The teacher's preparation of a child's KOM conversation (`core::preparation`), one row per
//! child and round, with the teacher's own view on the spider web. Staff only: nothing here is
//! read for a family or a child page.

use crate::row::opt_text;
use crate::{Store, now};
use samenspraak_core::ids::{ChildId, RoundId, StaffId};
use samenspraak_core::preparation::Preparation;

/// The preparation and the teacher's spider web (encoded), empty when nothing is written.
pub async fn get(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<(Preparation, Option<String>)> {
    let row = sqlx::query(
        "SELECT focus, message, ask_child, ask_parents, confidential, teacher_web FROM conference_prep \
         WHERE round_id = $1 AND child_id = $2",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .fetch_optional(&store.pool)
    .await?;
    let Some(r) = row else {
        return Ok((Preparation::default(), None));
    };
    Ok((
        Preparation {
            focus: opt_text(&r, "focus")?,
            message: opt_text(&r, "message")?,
            ask_child: opt_text(&r, "ask_child")?,
            ask_parents: opt_text(&r, "ask_parents")?,
            confidential: opt_text(&r, "confidential")?,
        },
        opt_text(&r, "teacher_web")?.filter(|w| !w.is_empty()),
    ))
}

/// Saves the preparation as typed and the teacher's spider web, all at once.
pub async fn save(
    store: &Store,
    round: &RoundId,
    child: &ChildId,
    by: &StaffId,
    p: &Preparation,
    teacher_web: Option<&str>,
) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO conference_prep (round_id, child_id, focus, message, ask_child, ask_parents, confidential, \
         teacher_web, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (round_id, child_id) DO UPDATE SET focus = excluded.focus, message = excluded.message, \
         ask_child = excluded.ask_child, ask_parents = excluded.ask_parents, confidential = excluded.confidential, \
         teacher_web = excluded.teacher_web, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .bind(p.focus.as_deref())
    .bind(p.message.as_deref())
    .bind(p.ask_child.as_deref())
    .bind(p.ask_parents.as_deref())
    .bind(p.confidential.as_deref())
    .bind(teacher_web)
    .bind(now())
    .bind(by.as_str())
    .execute(&store.pool)
    .await?;
    Ok(())
}

/// The children of a round with a preparation written, for the round page.
pub async fn prepared(store: &Store, round: &RoundId) -> crate::Result<Vec<ChildId>> {
    let rows = sqlx::query("SELECT child_id FROM conference_prep WHERE round_id = $1")
        .bind(round.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .map(|r| Ok(ChildId(crate::row::text(r, "child_id")?)))
        .collect()
}
