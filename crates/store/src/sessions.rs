//! Server-side sessions. The cookie holds a random secret; the table holds only its hash,
//! the actor it belongs to and when it ends. Signing out, deactivating an account or the
//! idle and absolute limits end a session on the server.

use crate::row::{int, opt_text, text};
use crate::{Store, new_secret, now, secret_hash};
use samenspraak_core::ActorKind;
use samenspraak_core::ids::SchoolId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub actor_kind: ActorKind,
    pub actor_id: String,
    pub school_id: SchoolId,
    pub language: Option<String>,
}

/// Opens a session and returns the secret for the cookie.
pub async fn create(store: &Store, kind: ActorKind, actor_id: &str, school: &SchoolId) -> crate::Result<String> {
    let secret = new_secret();
    let t = now();
    sqlx::query(
        "INSERT INTO user_session (token_hash, actor_kind, actor_id, school_id, created_at, last_seen_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $5, $6)",
    )
    .bind(secret_hash(&secret))
    .bind(kind.as_str())
    .bind(actor_id)
    .bind(school.as_str())
    .bind(t)
    .bind(t + kind.session_limits().absolute_seconds)
    .execute(&store.pool)
    .await?;
    Ok(secret)
}

/// The live session for a cookie secret. A session past its limits is deleted and not
/// returned. `last_seen_at` is written at most once a minute, to keep reads cheap.
pub async fn touch(store: &Store, secret: &str) -> crate::Result<Option<Session>> {
    let hash = secret_hash(secret);
    let Some(row) = sqlx::query(
        "SELECT actor_kind, actor_id, school_id, language, last_seen_at, expires_at FROM user_session WHERE token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(&store.pool)
    .await?
    else {
        return Ok(None);
    };
    let Some(kind) = ActorKind::parse(&text(&row, "actor_kind")?) else {
        return Ok(None);
    };
    let t = now();
    let last_seen = int(&row, "last_seen_at")?;
    if t >= int(&row, "expires_at")? || t - last_seen >= kind.session_limits().idle_seconds {
        delete(store, secret).await?;
        return Ok(None);
    }
    if t - last_seen >= 60 {
        sqlx::query("UPDATE user_session SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(t)
            .bind(&hash)
            .execute(&store.pool)
            .await?;
    }
    Ok(Some(Session {
        actor_kind: kind,
        actor_id: text(&row, "actor_id")?,
        school_id: SchoolId(text(&row, "school_id")?),
        language: opt_text(&row, "language")?,
    }))
}

pub async fn delete(store: &Store, secret: &str) -> crate::Result<()> {
    sqlx::query("DELETE FROM user_session WHERE token_hash = $1")
        .bind(secret_hash(secret))
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// Ends every session of one actor (deactivation, password change).
pub async fn delete_for_actor(store: &Store, kind: ActorKind, actor_id: &str) -> crate::Result<u64> {
    let done = sqlx::query("DELETE FROM user_session WHERE actor_kind = $1 AND actor_id = $2")
        .bind(kind.as_str())
        .bind(actor_id)
        .execute(&store.pool)
        .await?;
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
