//! A member of staff's calendar feed: a secret address a calendar app subscribes to, showing
//! their booked conversations. Only the hash of the secret is kept; a new one replaces the
//! old, which then stops working.

use crate::row::{opt_text, text};
use crate::{Store, new_secret, now, secret_hash};
use samenspraak_core::Language;
use samenspraak_core::ids::{SchoolId, StaffId};

/// Makes a new secret for the feed (the previous one stops working) and returns it, once.
pub async fn renew(store: &Store, staff: &StaffId) -> crate::Result<String> {
    let secret = new_secret();
    sqlx::query(
        "INSERT INTO calendar_feed (staff_id, token_hash, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (staff_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at",
    )
    .bind(staff.as_str())
    .bind(secret_hash(&secret))
    .bind(now())
    .execute(&store.pool)
    .await?;
    Ok(secret)
}

/// Whether the member of staff has a feed, and since when (Unix seconds).
pub async fn since(store: &Store, staff: &StaffId) -> crate::Result<Option<i64>> {
    Ok(
        sqlx::query_scalar("SELECT created_at FROM calendar_feed WHERE staff_id = $1")
            .bind(staff.as_str())
            .fetch_optional(&store.pool)
            .await?,
    )
}

/// Stops the feed.
pub async fn stop(store: &Store, staff: &StaffId) -> crate::Result<()> {
    sqlx::query("DELETE FROM calendar_feed WHERE staff_id = $1")
        .bind(staff.as_str())
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// The active member of staff a feed secret belongs to, with their school and language.
pub async fn owner(store: &Store, secret: &str) -> crate::Result<Option<(StaffId, SchoolId, Option<Language>)>> {
    let row = sqlx::query(
        "SELECT f.staff_id, s.school_id, s.language FROM calendar_feed f JOIN staff s ON s.id = f.staff_id \
         WHERE f.token_hash = $1 AND s.active = 1",
    )
    .bind(secret_hash(secret))
    .fetch_optional(&store.pool)
    .await?;
    row.map(|r| {
        Ok((
            StaffId(text(&r, "staff_id")?),
            SchoolId(text(&r, "school_id")?),
            opt_text(&r, "language")?.as_deref().and_then(Language::parse),
        ))
    })
    .transpose()
}
