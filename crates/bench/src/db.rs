//! What the rush needs from the database besides the app's own functions, on the store's
//! pool (the same connections, pragmas and memory as the app's own writes): the floor (one unique insert per transaction, nothing else), how durable commits
//! are, and a count of double bookings read from the rows themselves.

use samenspraak_core::ids::RoundId;
use sqlx::AnyPool;

#[derive(Clone)]
pub struct BenchDb {
    pool: AnyPool,
    sqlite: bool,
}

pub type Result<T> = std::result::Result<T, sqlx::Error>;

impl BenchDb {
    /// Connects as the app's store does (`Store::connect`): on SQLite with WAL,
    /// `synchronous=FULL` and a busy timeout, so the floor's commits cost what the app's do.
    /// On a store's pool: the app's, for the floor its servers serve; the rush's own, for
    /// what it reads afterwards.
    pub fn on(pool: AnyPool, sqlite: bool) -> Self {
        Self { pool, sqlite }
    }

    /// Makes the floor's table, empty.
    pub async fn prepare_floor(&self) -> Result<()> {
        sqlx::query("CREATE TABLE IF NOT EXISTS bench_floor (slot_id TEXT PRIMARY KEY, request_key TEXT NOT NULL)")
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM bench_floor").execute(&self.pool).await?;
        Ok(())
    }

    /// The floor: one unique insert in its own transaction. False when the key was taken.
    pub async fn floor_insert(&self, slot: &str, request_key: &str) -> Result<bool> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query("INSERT INTO bench_floor (slot_id, request_key) VALUES ($1, $2)")
            .bind(slot)
            .bind(request_key)
            .execute(&mut *tx)
            .await;
        match done {
            Ok(_) => {
                tx.commit().await?;
                Ok(true)
            }
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// How a commit reaches the disk: SQLite's `synchronous` or PostgreSQL's `synchronous_commit`.
    pub async fn durability(&self) -> Result<String> {
        Ok(if self.sqlite {
            let level: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&self.pool).await?;
            match level {
                0 => "synchronous=OFF",
                1 => "synchronous=NORMAL",
                2 => "synchronous=FULL",
                _ => "synchronous=EXTRA",
            }
            .to_string()
        } else {
            let level: String = sqlx::query_scalar("SHOW synchronous_commit")
                .fetch_one(&self.pool)
                .await?;
            format!("synchronous_commit={level}")
        })
    }

    /// Bookings beyond the first in a slot, plus children with more than one booking for
    /// the same seat in the round: zero unless the schema failed.
    pub async fn double_bookings(&self, round: &RoundId) -> Result<i64> {
        let per_slot: i64 =
            sqlx::query_scalar("SELECT COUNT(*) - COUNT(DISTINCT slot_id) FROM booking WHERE round_id = $1")
                .bind(round.as_str())
                .fetch_one(&self.pool)
                .await?;
        let per_child: i64 =
            sqlx::query_scalar("SELECT COUNT(*) - COUNT(DISTINCT child_id) FROM booking WHERE round_id = $1")
                .bind(round.as_str())
                .fetch_one(&self.pool)
                .await?;
        Ok(per_slot + per_child)
    }
}
