//! Server-side sessions. The cookie holds a random secret; the table holds only its hash,
//! the actor it belongs to and when it ends. Signing out, deactivating an account or the
//! idle and absolute limits end a session on the server.

use crate::cache::Change;
use crate::cache::group_read::ReadMany;
use crate::cache::sign_ins::Stored;
use crate::row::{int, opt_text, text};
use crate::{Store, StoreError, audit, new_secret, now, secret_hash};
use samenspraak_core::ActorKind;
use samenspraak_core::ids::SchoolId;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub actor_kind: ActorKind,
    pub actor_id: String,
    pub school_id: SchoolId,
    pub language: Option<String>,
}

/// Where a sign-in comes from: the address, the browser in a few words, and the second
/// factor used (for the log).
#[derive(Debug, Clone, Copy, Default)]
pub struct Origin<'a> {
    pub address: &'a str,
    pub device: &'a str,
    /// `totp` or `recovery` after a second step.
    pub factor: Option<&'static str>,
}

/// Opens a session and returns the secret for the cookie.
pub async fn create(store: &Store, kind: ActorKind, actor_id: &str, school: &SchoolId) -> crate::Result<String> {
    let mut conn = store.pool.acquire().await?;
    insert(&mut conn, kind, actor_id, school, &Origin::default()).await
}

/// The session row; returns its secret.
async fn insert(
    conn: &mut sqlx::AnyConnection,
    kind: ActorKind,
    actor_id: &str,
    school: &SchoolId,
    from: &Origin<'_>,
) -> crate::Result<String> {
    let secret = new_secret();
    let some = |s: &str| Some(s.to_string()).filter(|s| !s.is_empty());
    let t = now();
    sqlx::query(
        "INSERT INTO user_session (token_hash, actor_kind, actor_id, school_id, created_at, last_seen_at, expires_at, address, device) \
         VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8)",
    )
    .bind(secret_hash(&secret))
    .bind(kind.as_str())
    .bind(actor_id)
    .bind(school.as_str())
    .bind(t)
    .bind(t + kind.session_limits().absolute_seconds)
    .bind(some(from.address))
    .bind(some(from.device))
    .execute(conn)
    .await?;
    Ok(secret)
}

/// Signs someone in: opens their session and writes the sign-in to the school's audit
/// log in the same transaction. Returns the secret for the cookie.
pub async fn sign_in(
    store: &Store,
    kind: ActorKind,
    actor_id: &str,
    school: &SchoolId,
    from: &Origin<'_>,
) -> crate::Result<String> {
    let mut tx = store.pool.begin().await?;
    let secret = insert(&mut tx, kind, actor_id, school, from).await?;
    let mut entry = audit::Who::person(school, kind, actor_id, from.address).did(audit::Kind::SignIn);
    if let Some(factor) = from.factor {
        entry = entry.detail(format!("factor={factor}"));
    }
    audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(secret)
}

/// Signs out: ends the session and writes the sign-out to the audit log.
pub async fn sign_out(store: &Store, secret: &str, address: &str) -> crate::Result<()> {
    let hash = secret_hash(secret);
    let mut tx = store.pool.begin().await?;
    let row = sqlx::query("SELECT actor_kind, actor_id, school_id FROM user_session WHERE token_hash = $1")
        .bind(&hash)
        .fetch_optional(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM user_session WHERE token_hash = $1")
        .bind(&hash)
        .execute(&mut *tx)
        .await?;
    if let Some(row) = row
        && let Some(kind) = ActorKind::parse(&text(&row, "actor_kind")?)
    {
        let school = SchoolId(text(&row, "school_id")?);
        let entry = audit::Who::person(&school, kind, &text(&row, "actor_id")?, address).did(audit::Kind::SignOut);
        audit::write(&mut tx, &entry).await?;
    }
    tx.commit().await?;
    store.changed(Change::Session(&hash));
    Ok(())
}

/// The live session for a cookie secret. A session past its limits is deleted and not
/// returned. `last_seen_at` is written at most once a minute, to keep reads cheap; the row
/// itself comes from memory when this instance read it less than a second ago
/// (`sign_ins`).
pub async fn touch(store: &Store, secret: &str) -> crate::Result<Option<Session>> {
    let hash = secret_hash(secret);
    let stored = store
        .sign_ins()
        .sessions
        .get(hash.clone(), async || {
            let reads = &store.sign_ins().session_reads;
            reads.found(hash.clone(), || read_many(store.pool.clone())).await
        })
        .await;
    let stored = match stored {
        Ok(stored) => stored,
        Err(StoreError::NotFound) => return Ok(None),
        Err(e) => return Err(e),
    };
    let t = now();
    let limits = stored.session.actor_kind.session_limits();
    if t >= stored.expires || t - stored.last_seen >= limits.idle_seconds {
        delete(store, secret).await?;
        return Ok(None);
    }
    if t - stored.last_seen >= 60 {
        sqlx::query("UPDATE user_session SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(t)
            .bind(&hash)
            .execute(&store.pool)
            .await?;
        store.changed(Change::Session(&hash));
    }
    Ok(Some(stored.session.clone()))
}

/// Reads the sessions of many cookie hashes, a few statements on one connection.
fn read_many(pool: sqlx::AnyPool) -> ReadMany<String, Stored> {
    std::sync::Arc::new(move |hashes: Vec<String>| {
        let pool = pool.clone();
        Box::pin(async move {
            let keys: Vec<&str> = hashes.iter().map(String::as_str).collect();
            let rows = crate::row::select_in(
                &pool,
                "SELECT token_hash, actor_kind, actor_id, school_id, language, last_seen_at, expires_at \
                 FROM user_session WHERE token_hash IN (?)",
                &keys,
            )
            .await?;
            let mut found = HashMap::with_capacity(rows.len());
            for row in &rows {
                if let Some(stored) = stored(row)? {
                    found.insert(text(row, "token_hash")?, stored);
                }
            }
            Ok(found)
        })
    })
}

/// A session row, None for an actor kind this version does not know.
fn stored(row: &sqlx::any::AnyRow) -> crate::Result<Option<Stored>> {
    let Some(kind) = ActorKind::parse(&text(row, "actor_kind")?) else {
        return Ok(None);
    };
    Ok(Some(Stored {
        session: Session {
            actor_kind: kind,
            actor_id: text(row, "actor_id")?,
            school_id: SchoolId(text(row, "school_id")?),
            language: opt_text(row, "language")?,
        },
        last_seen: int(row, "last_seen_at")?,
        expires: int(row, "expires_at")?,
    }))
}

pub async fn delete(store: &Store, secret: &str) -> crate::Result<()> {
    let hash = secret_hash(secret);
    sqlx::query("DELETE FROM user_session WHERE token_hash = $1")
        .bind(&hash)
        .execute(&store.pool)
        .await?;
    store.changed(Change::Session(&hash));
    Ok(())
}

/// Ends every session of one actor (deactivation, password change).
pub async fn delete_for_actor(store: &Store, kind: ActorKind, actor_id: &str) -> crate::Result<u64> {
    let done = sqlx::query("DELETE FROM user_session WHERE actor_kind = $1 AND actor_id = $2")
        .bind(kind.as_str())
        .bind(actor_id)
        .execute(&store.pool)
        .await?;
    store.changed(Change::Sessions);
    Ok(done.rows_affected())
}

/// Removes sessions that can no longer be used; run now and then by the server.
pub async fn purge_expired(store: &Store) -> crate::Result<u64> {
    let done = sqlx::query("DELETE FROM user_session WHERE expires_at <= $1")
        .bind(now())
        .execute(&store.pool)
        .await?;
    Ok(done.rows_affected())
}

/// One of someone's own sessions, as their list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Open {
    /// A handle for ending it: the start of the hash of its secret (never the secret).
    pub handle: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub address: Option<String>,
    pub device: Option<String>,
    /// The session of the request that asks.
    pub this_one: bool,
}

const HANDLE_CHARS: usize = 16;

/// The live sessions of one person, the most recently used first.
pub async fn open_of(
    store: &Store,
    kind: ActorKind,
    actor_id: &str,
    current: Option<&str>,
) -> crate::Result<Vec<Open>> {
    let current = current.map(secret_hash);
    sqlx::query(
        "SELECT token_hash, created_at, last_seen_at, address, device FROM user_session \
         WHERE actor_kind = $1 AND actor_id = $2 AND expires_at > $3 ORDER BY last_seen_at DESC, created_at DESC",
    )
    .bind(kind.as_str())
    .bind(actor_id)
    .bind(now())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(|r| {
        let hash = text(r, "token_hash")?;
        Ok(Open {
            handle: hash[..HANDLE_CHARS.min(hash.len())].to_string(),
            created_at: int(r, "created_at")?,
            last_seen_at: int(r, "last_seen_at")?,
            address: opt_text(r, "address")?,
            device: opt_text(r, "device")?,
            this_one: current.as_deref() == Some(hash.as_str()),
        })
    })
    .collect()
}

/// Ends one of a person's own sessions by its handle; false when it is not theirs.
pub async fn end_one(
    store: &Store,
    kind: ActorKind,
    actor_id: &str,
    handle: &str,
    by: &audit::Who,
) -> crate::Result<bool> {
    if handle.len() != HANDLE_CHARS || !handle.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(false);
    }
    let mut tx = store.pool.begin().await?;
    let done = sqlx::query("DELETE FROM user_session WHERE actor_kind = $1 AND actor_id = $2 AND token_hash LIKE $3")
        .bind(kind.as_str())
        .bind(actor_id)
        .bind(format!("{handle}%"))
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    let entry = by
        .did(audit::Kind::SessionsEnded)
        .detail(format!("account={actor_id} sessions=1"));
    audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    store.changed(Change::Sessions);
    Ok(true)
}

/// Ends every session of a person but the one of `keep` (a password change, "sign out
/// everywhere else", the school admin for someone's lost laptop); returns how many.
pub async fn end_all_of(
    store: &Store,
    kind: ActorKind,
    actor_id: &str,
    keep: Option<&str>,
    by: &audit::Who,
) -> crate::Result<u64> {
    let mut tx = store.pool.begin().await?;
    let done = sqlx::query("DELETE FROM user_session WHERE actor_kind = $1 AND actor_id = $2 AND token_hash <> $3")
        .bind(kind.as_str())
        .bind(actor_id)
        .bind(keep.map(secret_hash).unwrap_or_default())
        .execute(&mut *tx)
        .await?;
    let n = done.rows_affected();
    if n > 0 {
        let entry = by
            .did(audit::Kind::SessionsEnded)
            .detail(format!("account={actor_id} sessions={n}"));
        audit::write(&mut tx, &entry).await?;
    }
    tx.commit().await?;
    store.changed(Change::Sessions);
    Ok(n)
}
