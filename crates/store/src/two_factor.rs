//! Staff sign-in in two steps, as stored: the authenticator's secret, the last time step
//! used (a code counts once), ten one-time recovery codes kept as hashes, the step between
//! password and code, and whether the school requires it. The codes themselves are
//! computed and compared in the web crate.

use crate::audit::{self, Kind, Who};
use crate::row::{flag, int, opt_text, text};
use crate::{Store, new_secret, now, secret_hash};
use samenspraak_core::ids::{SchoolId, StaffId};

/// How long the step between password and code lasts, and how many codes it allows.
pub const STEP_SECONDS: i64 = 10 * 60;
pub const STEP_ATTEMPTS: i64 = 5;

/// A member of staff's second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Factor {
    pub secret: String,
    pub last_step: i64,
}

pub async fn factor(store: &Store, staff: &StaffId) -> crate::Result<Option<Factor>> {
    let row = sqlx::query("SELECT totp_secret, totp_last_step FROM staff WHERE id = $1")
        .bind(staff.as_str())
        .fetch_optional(&store.pool)
        .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(opt_text(&row, "totp_secret")?.map(|secret| Factor {
        secret,
        last_step: int(&row, "totp_last_step").unwrap_or(0),
    }))
}

/// Records that the code of time step `step` was used; false when it (or a later one)
/// already was: a replayed code.
pub async fn use_step(store: &Store, staff: &StaffId, step: i64) -> crate::Result<bool> {
    let done = sqlx::query("UPDATE staff SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1")
        .bind(step)
        .bind(staff.as_str())
        .execute(&store.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Uses one recovery code; false when it is not one of theirs or was used before.
pub async fn use_recovery_code(store: &Store, staff: &StaffId, code: &str) -> crate::Result<bool> {
    let done =
        sqlx::query("UPDATE recovery_code SET used_at = $1 WHERE staff_id = $2 AND code_hash = $3 AND used_at IS NULL")
            .bind(now())
            .bind(staff.as_str())
            .bind(secret_hash(code))
            .execute(&store.pool)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// How many recovery codes are left.
pub async fn recovery_codes_left(store: &Store, staff: &StaffId) -> crate::Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM recovery_code WHERE staff_id = $1 AND used_at IS NULL")
        .bind(staff.as_str())
        .fetch_one(&store.pool)
        .await?;
    int(&row, "n")
}

/// Switches the second factor on with a secret the person proved they hold (the caller
/// checked a code, whose step is `step`), with new recovery codes.
pub async fn enable(
    store: &Store,
    staff: &StaffId,
    secret: &str,
    step: i64,
    recovery: &[String],
    by: &Who,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query("UPDATE staff SET totp_secret = $1, totp_last_step = $2 WHERE id = $3")
        .bind(secret)
        .bind(step)
        .bind(staff.as_str())
        .execute(&mut *tx)
        .await?;
    replace_codes(&mut tx, staff, recovery).await?;
    let entry = by.did(Kind::TwoFactorOn).detail(format!("account={}", staff.as_str()));
    audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// New recovery codes; the old ones stop working.
pub async fn new_recovery_codes(store: &Store, staff: &StaffId, recovery: &[String], by: &Who) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    replace_codes(&mut tx, staff, recovery).await?;
    let entry = by
        .did(Kind::RecoveryCodesMade)
        .detail(format!("account={}", staff.as_str()));
    audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

async fn replace_codes(conn: &mut sqlx::AnyConnection, staff: &StaffId, recovery: &[String]) -> crate::Result<()> {
    sqlx::query("DELETE FROM recovery_code WHERE staff_id = $1")
        .bind(staff.as_str())
        .execute(&mut *conn)
        .await?;
    for code in recovery {
        sqlx::query("INSERT INTO recovery_code (staff_id, code_hash) VALUES ($1, $2)")
            .bind(staff.as_str())
            .bind(secret_hash(code))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Switches the second factor off (by the person, or by the school admin for someone who
/// lost their phone).
pub async fn disable(store: &Store, staff: &StaffId, by: &Who) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query("UPDATE staff SET totp_secret = NULL, totp_last_step = 0 WHERE id = $1")
        .bind(staff.as_str())
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM recovery_code WHERE staff_id = $1")
        .bind(staff.as_str())
        .execute(&mut *tx)
        .await?;
    let entry = by.did(Kind::TwoFactorOff).detail(format!("account={}", staff.as_str()));
    audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn required(store: &Store, school: &SchoolId) -> crate::Result<bool> {
    let row = sqlx::query("SELECT require_two_factor FROM school WHERE id = $1")
        .bind(school.as_str())
        .fetch_one(&store.pool)
        .await?;
    flag(&row, "require_two_factor")
}

pub async fn set_required(store: &Store, school: &SchoolId, required: bool, by: &Who) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query("UPDATE school SET require_two_factor = $1 WHERE id = $2")
        .bind(crate::row::bool_int(required))
        .bind(school.as_str())
        .execute(&mut *tx)
        .await?;
    audit::write(&mut tx, &by.did(Kind::SettingsChanged).detail("setting=two-factor")).await?;
    tx.commit().await?;
    Ok(())
}

/// The step between a right password and the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub staff: StaffId,
    pub school: SchoolId,
    pub next: String,
}

/// Opens the step for a member of staff whose password was right; returns the secret for
/// its cookie.
pub async fn start_step(store: &Store, staff: &StaffId, next: &str) -> crate::Result<String> {
    let secret = new_secret();
    sqlx::query("DELETE FROM sign_in_step WHERE expires_at < $1")
        .bind(now())
        .execute(&store.pool)
        .await?;
    sqlx::query("INSERT INTO sign_in_step (token_hash, staff_id, next_path, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(secret_hash(&secret))
        .bind(staff.as_str())
        .bind(next)
        .bind(now() + STEP_SECONDS)
        .execute(&store.pool)
        .await?;
    Ok(secret)
}

/// The step of a cookie, while it lasts and has codes left to try.
pub async fn step(store: &Store, secret: &str) -> crate::Result<Option<Step>> {
    let row = sqlx::query(
        "SELECT p.staff_id, p.next_path, s.school_id FROM sign_in_step p JOIN staff s ON s.id = p.staff_id \
         WHERE p.token_hash = $1 AND p.expires_at > $2 AND p.attempts < $3 AND s.active = 1",
    )
    .bind(secret_hash(secret))
    .bind(now())
    .bind(STEP_ATTEMPTS)
    .fetch_optional(&store.pool)
    .await?;
    row.map(|r| {
        Ok(Step {
            staff: StaffId(text(&r, "staff_id")?),
            school: SchoolId(text(&r, "school_id")?),
            next: text(&r, "next_path")?,
        })
    })
    .transpose()
}

/// Takes one of the step's tries, at once for parallel requests (two can't share one);
/// returns the step and how many tries are left after this one, or `None` when the step
/// is over (expired, used up, or the account switched off).
pub async fn take_try(store: &Store, secret: &str) -> crate::Result<Option<(Step, i64)>> {
    // One statement: the try taken and the step read together, also when a parallel
    // request ends the step a moment later.
    let row = sqlx::query(
        "UPDATE sign_in_step SET attempts = attempts + 1 WHERE token_hash = $1 AND attempts < $2 AND expires_at > $3 \
         RETURNING staff_id, next_path, attempts",
    )
    .bind(secret_hash(secret))
    .bind(STEP_ATTEMPTS)
    .bind(now())
    .fetch_optional(&store.pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let staff = StaffId(text(&row, "staff_id")?);
    let school = sqlx::query("SELECT school_id FROM staff WHERE id = $1 AND active = 1")
        .bind(staff.as_str())
        .fetch_optional(&store.pool)
        .await?;
    let Some(school) = school else { return Ok(None) };
    Ok(Some((
        Step {
            staff,
            school: SchoolId(text(&school, "school_id")?),
            next: text(&row, "next_path")?,
        },
        STEP_ATTEMPTS - int(&row, "attempts")?,
    )))
}

pub async fn end_step(store: &Store, secret: &str) -> crate::Result<()> {
    sqlx::query("DELETE FROM sign_in_step WHERE token_hash = $1")
        .bind(secret_hash(secret))
        .execute(&store.pool)
        .await?;
    Ok(())
}
