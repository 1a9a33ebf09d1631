//! Failed sign-ins, counted in the database so that every instance of the server sees the
//! same counts. Limits per account slow down guessing one password; limits per address slow
//! down trying many accounts.

use crate::row::int;
use crate::{Store, new_id, now};

/// Within this window, failures count.
pub const WINDOW_SECONDS: i64 = 15 * 60;
pub const MAX_PER_ACCOUNT: i64 = 5;
pub const MAX_PER_ADDRESS: i64 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Too many failures; try again after this many seconds.
    Locked {
        retry_after_seconds: i64,
    },
}

pub async fn check(store: &Store, email: &str, ip: &str) -> crate::Result<Verdict> {
    let since = now() - WINDOW_SECONDS;
    let row = sqlx::query(
        "SELECT \
           (SELECT COUNT(*) FROM login_failure WHERE email = $1 AND at > $3) AS by_email, \
           (SELECT COUNT(*) FROM login_failure WHERE ip = $2 AND at > $3) AS by_ip, \
           (SELECT COALESCE(MAX(at), 0) FROM login_failure WHERE (email = $1 OR ip = $2) AND at > $3) AS latest",
    )
    .bind(normalize(email))
    .bind(ip)
    .bind(since)
    .fetch_one(&store.pool)
    .await?;
    if int(&row, "by_email")? >= MAX_PER_ACCOUNT || int(&row, "by_ip")? >= MAX_PER_ADDRESS {
        let retry = int(&row, "latest")? + WINDOW_SECONDS - now();
        return Ok(Verdict::Locked {
            retry_after_seconds: retry.max(60),
        });
    }
    Ok(Verdict::Allowed)
}

/// Failures counted for one key only, for sign-ins from a shared device: a class tablet
/// (and a school network) is one address for a whole class, so the address limit would lock
/// every child out because of one.
pub async fn check_key(store: &Store, key: &str) -> crate::Result<Verdict> {
    let since = now() - WINDOW_SECONDS;
    let row = sqlx::query(
        "SELECT COUNT(*) AS failures, COALESCE(MAX(at), 0) AS latest FROM login_failure WHERE email = $1 AND at > $2",
    )
    .bind(normalize(key))
    .bind(since)
    .fetch_one(&store.pool)
    .await?;
    if int(&row, "failures")? >= MAX_PER_ACCOUNT {
        let retry = int(&row, "latest")? + WINDOW_SECONDS - now();
        return Ok(Verdict::Locked {
            retry_after_seconds: retry.max(60),
        });
    }
    Ok(Verdict::Allowed)
}

pub async fn record_failure(store: &Store, email: &str, ip: &str) -> crate::Result<()> {
    sqlx::query("INSERT INTO login_failure (id, email, ip, at) VALUES ($1, $2, $3, $4)")
        .bind(new_id())
        .bind(normalize(email))
        .bind(ip)
        .bind(now())
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// A successful sign-in forgets the account's failures (not the address's).
pub async fn clear_account(store: &Store, email: &str) -> crate::Result<()> {
    sqlx::query("DELETE FROM login_failure WHERE email = $1")
        .bind(normalize(email))
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// Forgets failures that no longer count; run by the server's housekeeping.
pub async fn purge_old(store: &Store) -> crate::Result<u64> {
    let done = sqlx::query("DELETE FROM login_failure WHERE at <= $1")
        .bind(now() - WINDOW_SECONDS)
        .execute(&store.pool)
        .await?;
    Ok(done.rows_affected())
}

fn normalize(email: &str) -> String {
    email.trim().to_lowercase()
}
