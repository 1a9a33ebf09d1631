//! Guardians' invitations (see `core::invitation`): issued per guardian, round and channel,
//! stored as hashes only, redeemed by the link's token or the typed code while they are
//! valid, not revoked, and the guardian is still active.

use crate::db::random_bytes;
use crate::row::{opt_int, text};
use crate::{Store, StoreError, new_id, new_secret, now, secret_hash};
use jiff::civil::Date;
use samenspraak_core::ActorKind;
use samenspraak_core::ids::{GuardianId, RoundId, SchoolId};
use samenspraak_core::invitation::{self, Channel};

/// A new invitation: the only moment the token and the code exist outside the guardian's
/// letter or mail.
#[derive(Debug, Clone)]
pub struct Issued {
    /// The invitation's id, for a mail that makes its secret when it is sent.
    pub id: String,
    pub guardian_id: GuardianId,
    pub token: String,
    pub code: String,
}

/// Who an invitation lets in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redeemed {
    pub school_id: SchoolId,
    pub guardian_id: GuardianId,
    pub round_id: RoundId,
}

/// The latest invitation of a guardian on one channel, for the teacher's overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub guardian_id: GuardianId,
    pub channel: Channel,
    pub created_at: i64,
    pub opened_at: Option<i64>,
    pub revoked: bool,
}

/// Issues a new invitation, revoking the guardian's earlier one on the same channel.
pub async fn issue(
    store: &Store,
    school: &SchoolId,
    round: &RoundId,
    guardian: &GuardianId,
    channel: Channel,
    valid_until: Date,
    by: &crate::audit::Who,
) -> crate::Result<Issued> {
    for _ in 0..5 {
        let token = new_secret();
        let code = invitation::code(random_bytes());
        let id = new_id();
        let mut tx = store.pool.begin().await?;
        sqlx::query(
            "UPDATE invitation SET revoked_at = $1 WHERE round_id = $2 AND guardian_id = $3 AND channel = $4 \
             AND revoked_at IS NULL",
        )
        .bind(now())
        .bind(round.as_str())
        .bind(guardian.as_str())
        .bind(channel.as_str())
        .execute(&mut *tx)
        .await?;
        let inserted = sqlx::query(
            "INSERT INTO invitation (id, school_id, round_id, guardian_id, channel, token_hash, code_hash, valid_until, \
             created_by, created_at) SELECT $1, $2, $3, g.id, $5, $6, $7, $8, $9, $10 FROM guardian g \
             WHERE g.id = $4 AND g.school_id = $2",
        )
        .bind(&id)
        .bind(school.as_str())
        .bind(round.as_str())
        .bind(guardian.as_str())
        .bind(channel.as_str())
        .bind(secret_hash(&token))
        .bind(secret_hash(&code))
        .bind(valid_until.to_string())
        .bind(by.actor_id.as_deref())
        .bind(now())
        .execute(&mut *tx)
        .await
        .map_err(StoreError::unique("invitation code"));
        match inserted {
            Ok(done) if done.rows_affected() == 0 => return Err(StoreError::NotFound),
            Ok(_) => {
                let entry = by
                    .did(crate::audit::Kind::InvitationCreated)
                    .round(round)
                    .detail(format!("channel={} guardian={}", channel.as_str(), guardian.as_str()));
                crate::audit::write(&mut tx, &entry).await?;
                tx.commit().await?;
                return Ok(Issued {
                    id,
                    guardian_id: guardian.clone(),
                    token,
                    code,
                });
            }
            // A code already given out (one in 10^14): draw again.
            Err(StoreError::Conflict(_)) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(StoreError::Other("no free invitation code after five tries".into()))
}

/// A new token and code for an invitation that still lets someone in, replacing the old
/// ones: made by the mail sender at the moment it sends the invitation mail, so the secret
/// exists only in that mail. `None` when the invitation was revoked, replaced or expired.
pub async fn renew_secret(store: &Store, id: &str, today: Date) -> crate::Result<Option<Issued>> {
    for _ in 0..5 {
        let token = new_secret();
        let code = invitation::code(random_bytes());
        let row = sqlx::query(
            "UPDATE invitation SET token_hash = $1, code_hash = $2 WHERE id = $3 AND revoked_at IS NULL \
             AND valid_until >= $4 RETURNING guardian_id",
        )
        .bind(secret_hash(&token))
        .bind(secret_hash(&code))
        .bind(id)
        .bind(today.to_string())
        .fetch_optional(&store.pool)
        .await
        .map_err(StoreError::unique("invitation code"));
        match row {
            Ok(Some(r)) => {
                return Ok(Some(Issued {
                    id: id.to_string(),
                    guardian_id: GuardianId(text(&r, "guardian_id")?),
                    token,
                    code,
                }));
            }
            Ok(None) => return Ok(None),
            Err(StoreError::Conflict(_)) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(StoreError::Other("no free invitation code after five tries".into()))
}

macro_rules! redeemable {
    ($column:literal) => {
        concat!(
            "SELECT i.id, i.school_id, i.guardian_id, i.round_id FROM invitation i \
             JOIN guardian g ON g.id = i.guardian_id WHERE i.",
            $column,
            " = $1 AND i.revoked_at IS NULL AND i.valid_until >= $2 AND g.active = 1 AND g.right_to_info = 1"
        )
    };
}

/// Finds the invitation an SQL query (by token or by code hash) points at and notes the
/// first time it was opened.
async fn redeem(
    store: &Store,
    sql: &'static str,
    hash: String,
    today: Date,
    address: &str,
) -> crate::Result<Option<Redeemed>> {
    let Some(row) = sqlx::query(sql)
        .bind(hash)
        .bind(today.to_string())
        .fetch_optional(&store.pool)
        .await?
    else {
        return Ok(None);
    };
    let found = Redeemed {
        school_id: SchoolId(text(&row, "school_id")?),
        guardian_id: GuardianId(text(&row, "guardian_id")?),
        round_id: RoundId(text(&row, "round_id")?),
    };
    let mut tx = store.pool.begin().await?;
    let first = sqlx::query("UPDATE invitation SET opened_at = $1 WHERE id = $2 AND opened_at IS NULL")
        .bind(now())
        .bind(text(&row, "id")?)
        .execute(&mut *tx)
        .await?;
    if first.rows_affected() > 0 {
        let entry = crate::audit::Who::person(
            &found.school_id,
            ActorKind::Guardian,
            found.guardian_id.as_str(),
            address,
        )
        .did(crate::audit::Kind::InvitationOpened)
        .round(&found.round_id);
        crate::audit::write(&mut tx, &entry).await?;
    }
    tx.commit().await?;
    Ok(Some(found))
}

/// The invitation a link's token belongs to, if it still lets someone in; the first
/// opening goes to the audit log with the `address` it came from.
pub async fn redeem_token(store: &Store, token: &str, today: Date, address: &str) -> crate::Result<Option<Redeemed>> {
    redeem(store, redeemable!("token_hash"), secret_hash(token), today, address).await
}

/// The invitation a typed code belongs to (already normalised), if it still lets someone in.
pub async fn redeem_code(store: &Store, code: &str, today: Date, address: &str) -> crate::Result<Option<Redeemed>> {
    redeem(store, redeemable!("code_hash"), secret_hash(code), today, address).await
}

/// The latest invitation per guardian and channel in a round.
pub async fn statuses(store: &Store, round: &RoundId) -> crate::Result<Vec<Status>> {
    let rows = sqlx::query(
        "SELECT guardian_id, channel, created_at, opened_at, revoked_at FROM invitation WHERE round_id = $1 \
         ORDER BY created_at DESC, id",
    )
    .bind(round.as_str())
    .fetch_all(&store.pool)
    .await?;
    let mut out: Vec<Status> = Vec::new();
    for r in &rows {
        let guardian_id = GuardianId(text(r, "guardian_id")?);
        let Some(channel) = Channel::parse(&text(r, "channel")?) else {
            continue;
        };
        if out.iter().any(|s| s.guardian_id == guardian_id && s.channel == channel) {
            continue;
        }
        out.push(Status {
            guardian_id,
            channel,
            created_at: crate::row::int(r, "created_at")?,
            opened_at: opt_int(r, "opened_at")?,
            revoked: opt_int(r, "revoked_at")?.is_some(),
        });
    }
    Ok(out)
}

/// Revokes every invitation of a guardian in a round, on both channels.
pub async fn revoke(
    store: &Store,
    round: &RoundId,
    guardian: &GuardianId,
    by: &crate::audit::Who,
) -> crate::Result<u64> {
    let mut tx = store.pool.begin().await?;
    let done = sqlx::query(
        "UPDATE invitation SET revoked_at = $1 WHERE round_id = $2 AND guardian_id = $3 AND revoked_at IS NULL",
    )
    .bind(now())
    .bind(round.as_str())
    .bind(guardian.as_str())
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() > 0 {
        let entry = by
            .did(crate::audit::Kind::InvitationRevoked)
            .round(round)
            .detail(format!("guardian={}", guardian.as_str()));
        crate::audit::write(&mut tx, &entry).await?;
    }
    tx.commit().await?;
    Ok(done.rows_affected())
}
