//! Consent for recordings of a child (video, photos), as the school recorded it: who gave
//! it, on which day, and which member of staff wrote it down. Withdrawing keeps the record
//! and ends the consent; the child's videos go with it.

use crate::row::{date, opt_int, opt_text, text};
use crate::{Store, new_id, now};
use jiff::civil::Date;
use samenspraak_core::ids::{ChildId, SchoolId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub id: String,
    pub given_by: String,
    pub given_on: Date,
    /// The name of the member of staff who recorded it.
    pub recorded_by: String,
    pub withdrawn: bool,
    pub withdrawn_by: Option<String>,
}

/// Every consent of the child, the newest first.
pub async fn history(store: &Store, child: &ChildId) -> crate::Result<Vec<Consent>> {
    sqlx::query(
        "SELECT m.id, m.given_by, m.given_on, s.name AS recorded_by, w.name AS withdrawn_by, m.withdrawn_at \
         FROM media_consent m JOIN staff s ON s.id = m.recorded_by LEFT JOIN staff w ON w.id = m.withdrawn_by \
         WHERE m.child_id = $1 ORDER BY m.recorded_at DESC, m.id",
    )
    .bind(child.as_str())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(|r| {
        Ok(Consent {
            id: text(r, "id")?,
            given_by: text(r, "given_by")?,
            given_on: date(r, "given_on")?,
            recorded_by: text(r, "recorded_by")?,
            withdrawn: opt_int(r, "withdrawn_at")?.is_some(),
            withdrawn_by: opt_text(r, "withdrawn_by")?,
        })
    })
    .collect()
}

/// The consent that holds now, if any.
pub async fn current(store: &Store, child: &ChildId) -> crate::Result<Option<Consent>> {
    Ok(history(store, child).await?.into_iter().find(|c| !c.withdrawn))
}

/// Records consent; a consent that already holds is left as it is.
pub async fn give(
    store: &Store,
    school: &SchoolId,
    child: &ChildId,
    given_by: &str,
    given_on: Date,
    recorded_by: &crate::audit::Who,
) -> crate::Result<()> {
    if current(store, child).await?.is_some() {
        return Ok(());
    }
    let mut tx = store.pool.begin().await?;
    sqlx::query(
        "INSERT INTO media_consent (id, school_id, child_id, given_by, given_on, recorded_by, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id())
    .bind(school.as_str())
    .bind(child.as_str())
    .bind(given_by)
    .bind(given_on.to_string())
    .bind(recorded_by.actor_id.as_deref())
    .bind(now())
    .execute(&mut *tx)
    .await?;
    let entry = recorded_by.did(crate::audit::Kind::ConsentGiven).child(child);
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Ends the consent and removes the child's videos, in one transaction; returns the ids of
/// the removed videos, whose files the caller deletes.
pub async fn withdraw(store: &Store, child: &ChildId, by: &crate::audit::Who) -> crate::Result<Vec<String>> {
    let mut tx = store.pool.begin().await?;
    sqlx::query(
        "UPDATE media_consent SET withdrawn_by = $1, withdrawn_at = $2 WHERE child_id = $3 AND withdrawn_at IS NULL",
    )
    .bind(by.actor_id.as_deref())
    .bind(now())
    .bind(child.as_str())
    .execute(&mut *tx)
    .await?;
    let ids = sqlx::query("SELECT id FROM child_video WHERE child_id = $1")
        .bind(child.as_str())
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| text(r, "id"))
        .collect::<crate::Result<Vec<_>>>()?;
    sqlx::query("DELETE FROM child_video WHERE child_id = $1")
        .bind(child.as_str())
        .execute(&mut *tx)
        .await?;
    let entry = by
        .did(crate::audit::Kind::ConsentWithdrawn)
        .child(child)
        .detail(format!("videos-removed={}", ids.len()));
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(ids)
}
