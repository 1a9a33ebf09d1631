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

/// Opens a session and returns the secret for the cookie.
pub async fn create(store: &Store, kind: ActorKind, actor_id: &str, school: &SchoolId) -> crate::Result<String> {
    let mut conn = store.pool.acquire().await?;
    insert(&mut conn, kind, actor_id, school, None).await
}

/// The session row; returns its secret.
async fn insert(
    conn: &mut sqlx::AnyConnection,
    kind: ActorKind,
    actor_id: &str,
    school: &SchoolId,
    address: Option<&str>,
) -> crate::Result<String> {
    let secret = new_secret();
    let t = now();
    sqlx::query(
        "INSERT INTO user_session (token_hash, actor_kind, actor_id, school_id, created_at, last_seen_at, expires_at, address) \
         VALUES ($1, $2, $3, $4, $5, $5, $6, $7)",
    )
    .bind(secret_hash(&secret))
    .bind(kind.as_str())
    .bind(actor_id)
    .bind(school.as_str())
    .bind(t)
    .bind(t + kind.session_limits().absolute_seconds)
    .bind(address)
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
    address: &str,
) -> crate::Result<String> {
    let mut tx = store.pool.begin().await?;
    let secret = insert(&mut tx, kind, actor_id, school, Some(address)).await?;
    let entry = audit::Who::person(school, kind, actor_id, address).did(audit::Kind::SignIn);
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
