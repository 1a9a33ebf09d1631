//! What the booking-rush benchmark needs from the database besides the app's own functions:
//! the floor (one unique insert per transaction, nothing else), how durable commits are, and
//! a count of double bookings read from the rows themselves.

use crate::{Backend, Store, StoreError};
use samenspraak_core::ids::RoundId;

/// Makes the floor's table, empty.
pub async fn prepare_floor(store: &Store) -> crate::Result<()> {
    sqlx::query("CREATE TABLE IF NOT EXISTS bench_floor (slot_id TEXT PRIMARY KEY, request_key TEXT NOT NULL)")
        .execute(&store.pool)
        .await?;
    sqlx::query("DELETE FROM bench_floor").execute(&store.pool).await?;
    Ok(())
}

/// The floor: one unique insert in its own transaction. False when the key was taken.
pub async fn floor_insert(store: &Store, slot: &str, request_key: &str) -> crate::Result<bool> {
    let mut tx = store.pool.begin().await?;
    let done = sqlx::query("INSERT INTO bench_floor (slot_id, request_key) VALUES ($1, $2)")
        .bind(slot)
        .bind(request_key)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::unique("floor"));
    match done {
        Ok(_) => {
            tx.commit().await?;
            Ok(true)
        }
        Err(StoreError::Conflict(_)) => Ok(false),
        Err(e) => Err(e),
    }
}

/// How a commit reaches the disk: SQLite's `synchronous` or PostgreSQL's `synchronous_commit`.
pub async fn durability(store: &Store) -> crate::Result<String> {
    Ok(match store.backend() {
        Backend::Sqlite => {
            let level: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&store.pool).await?;
            match level {
                0 => "synchronous=OFF",
                1 => "synchronous=NORMAL",
                2 => "synchronous=FULL",
                _ => "synchronous=EXTRA",
            }
            .to_string()
        }
        Backend::Postgres => {
            let level: String = sqlx::query_scalar("SHOW synchronous_commit")
                .fetch_one(&store.pool)
                .await?;
            format!("synchronous_commit={level}")
        }
    })
}

/// Bookings beyond the first in a slot, plus children with more than one booking for the
/// same seat in the round: zero unless the schema failed.
pub async fn double_bookings(store: &Store, round: &RoundId) -> crate::Result<i64> {
    let per_slot: i64 =
        sqlx::query_scalar("SELECT COUNT(*) - COUNT(DISTINCT slot_id) FROM booking WHERE round_id = $1")
            .bind(round.as_str())
            .fetch_one(&store.pool)
            .await?;
    let per_child: i64 =
        sqlx::query_scalar("SELECT COUNT(*) - COUNT(DISTINCT child_id) FROM booking WHERE round_id = $1")
            .bind(round.as_str())
            .fetch_one(&store.pool)
            .await?;
    Ok(per_slot + per_child)
}
