//! The mail outbox. A mail is stored before anything is sent; the sender claims due mails
//! one at a time (one statement picks and claims, so two instances never send the same
//! mail), and records what happened: sent, or the error and when to try again, until it
//! gives up and marks the mail failed.

use crate::row::{int, opt_int, opt_text, text};
use crate::{Store, StoreError, new_id, now};
use samenspraak_core::ids::{ClassId, GuardianId, RoundId, SchoolId};

/// Tries before a mail is marked failed.
pub const MAX_ATTEMPTS: i64 = 8;
/// A claim older than this is taken to be from a sender that died mid-send.
const CLAIM_SECONDS: i64 = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailStatus {
    Waiting,
    Sending,
    Sent,
    Failed,
}

impl MailStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Sending => "sending",
            Self::Sent => "sent",
            Self::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Waiting, Self::Sending, Self::Sent, Self::Failed]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

/// A mail to queue. Owned, so that it can wait with the booking it confirms and be committed
/// in the same transaction (see `group_commit`).
#[derive(Debug, Clone)]
pub struct NewMail {
    pub school: SchoolId,
    pub round: Option<RoundId>,
    pub guardian: Option<GuardianId>,
    /// The class the mail is about (its child's), for the class's outbox page.
    pub class: Option<ClassId>,
    pub purpose: &'static str,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    /// A calendar file to attach (`.ics`), if any.
    pub calendar: Option<String>,
    /// The invitation whose link and code the text holds as placeholders
    /// (`core::invitation::TOKEN_PLACEHOLDER`), made when the mail is sent.
    pub invitation: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Mail {
    pub id: String,
    pub school_id: SchoolId,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub calendar: Option<String>,
    pub invitation_id: Option<String>,
    pub attempts: i64,
}

/// A guardian's latest mail of a round, for the teacher's overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub guardian_id: GuardianId,
    pub status: MailStatus,
    pub sent_at: Option<i64>,
    pub last_error: Option<String>,
}

pub async fn enqueue(store: &Store, m: NewMail) -> crate::Result<String> {
    let mut conn = store.pool.acquire().await?;
    insert(&mut conn, &m).await
}

/// Queues a mail on a connection or in a transaction that is under way.
pub(crate) async fn insert(conn: &mut sqlx::AnyConnection, m: &NewMail) -> crate::Result<String> {
    let id = new_id();
    insert_rows(conn, &[(id.clone(), m)]).await?;
    Ok(id)
}

/// Queues several mails, a few statements of many rows each, inside the caller's
/// transaction.
pub(crate) async fn insert_many(conn: &mut sqlx::AnyConnection, mails: &[&NewMail]) -> crate::Result<()> {
    let rows: Vec<(String, &NewMail)> = mails.iter().map(|m| (new_id(), *m)).collect();
    for chunk in crate::row::statement_chunks(rows.len(), crate::row::rows_per_statement(conn)) {
        insert_rows(conn, &rows[chunk]).await?;
    }
    Ok(())
}

async fn insert_rows(conn: &mut sqlx::AnyConnection, rows: &[(String, &NewMail)]) -> crate::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let values: Vec<String> = (0..rows.len())
        .map(|r| {
            let p: Vec<String> = (1..=14).map(|c| format!("${}", r * 14 + c)).collect();
            format!("({}, 'waiting', {}, {})", p[..13].join(", "), p[13], p[13])
        })
        .collect();
    let sql = format!(
        "INSERT INTO outbox (id, school_id, round_id, guardian_id, purpose, to_address, to_name, subject, text_body, \
         html_body, calendar, invitation_id, class_id, status, next_attempt_at, created_at) VALUES {}",
        values.join(", ")
    );
    let t = now();
    // Only placeholders are formatted into it; every value is bound.
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for (id, m) in rows {
        q = q
            .bind(id)
            .bind(m.school.as_str())
            .bind(m.round.as_ref().map(|r| r.as_str().to_string()))
            .bind(m.guardian.as_ref().map(|g| g.as_str().to_string()))
            .bind(m.purpose)
            .bind(&m.to_address)
            .bind(&m.to_name)
            .bind(&m.subject)
            .bind(&m.text_body)
            .bind(&m.html_body)
            .bind(m.calendar.as_deref())
            .bind(m.invitation.as_deref())
            .bind(m.class.as_ref().map(|c| c.as_str().to_string()))
            .bind(t);
    }
    q.execute(&mut *conn).await?;
    Ok(())
}

/// Claims the next due mail for sending: one waiting whose time has come, or one claimed
/// long ago by a sender that never finished. `None` when nothing is due.
///
/// One statement picks and claims, so two senders never take the same mail. On PostgreSQL
/// the pick skips rows another instance is claiming at that moment (`FOR UPDATE SKIP
/// LOCKED`) instead of waiting for them, so several instances send side by side; SQLite has
/// one writer at a time, which orders them already.
pub async fn claim_next(store: &Store) -> crate::Result<Option<Mail>> {
    let t = now();
    let query = match store.backend() {
        crate::Backend::Postgres => sqlx::query(
            "UPDATE outbox SET status = 'sending', claimed_at = $1 WHERE id = (SELECT id FROM outbox \
             WHERE (status = 'waiting' AND next_attempt_at <= $1) OR (status = 'sending' AND claimed_at < $2) \
             ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
             RETURNING id, school_id, to_address, to_name, subject, text_body, html_body, calendar, invitation_id, attempts",
        ),
        crate::Backend::Sqlite => sqlx::query(
            "UPDATE outbox SET status = 'sending', claimed_at = $1 WHERE id = (SELECT id FROM outbox \
             WHERE (status = 'waiting' AND next_attempt_at <= $1) OR (status = 'sending' AND claimed_at < $2) \
             ORDER BY next_attempt_at, id LIMIT 1) \
             RETURNING id, school_id, to_address, to_name, subject, text_body, html_body, calendar, invitation_id, attempts",
        ),
    };
    let Some(r) = query
        .bind(t)
        .bind(t - CLAIM_SECONDS)
        .fetch_optional(&store.pool)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(Mail {
        id: text(&r, "id")?,
        school_id: SchoolId(text(&r, "school_id")?),
        to_address: text(&r, "to_address")?,
        to_name: text(&r, "to_name")?,
        subject: text(&r, "subject")?,
        text_body: text(&r, "text_body")?,
        html_body: text(&r, "html_body")?,
        calendar: opt_text(&r, "calendar")?,
        invitation_id: opt_text(&r, "invitation_id")?,
        attempts: int(&r, "attempts")?,
    }))
}

pub async fn mark_sent(store: &Store, id: &str) -> crate::Result<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2",
    )
    .bind(now())
    .bind(id)
    .execute(&store.pool)
    .await?;
    Ok(())
}

/// Records a failed try: waiting again after `retry_after` seconds, or failed for good
/// after [`MAX_ATTEMPTS`].
pub async fn mark_failed(
    store: &Store,
    id: &str,
    attempts_before: i64,
    error: &str,
    retry_after: i64,
) -> crate::Result<()> {
    let attempts = attempts_before + 1;
    let status = if attempts >= MAX_ATTEMPTS { "failed" } else { "waiting" };
    sqlx::query(
        "UPDATE outbox SET status = $1, attempts = $2, last_error = $3, next_attempt_at = $4, claimed_at = NULL WHERE id = $5",
    )
    .bind(status)
    .bind(attempts)
    .bind(error.chars().take(300).collect::<String>())
    .bind(now() + retry_after)
    .bind(id)
    .execute(&store.pool)
    .await?;
    Ok(())
}

/// What [`give_up`] records when an invitation mail's invitation was replaced or expired
/// while it waited; pages say it in the reader's words.
pub const INVITATION_GONE: &str = "invitation-gone";

/// Gives a mail up for good without sending it (an invitation mail whose invitation was
/// replaced or expired while it waited).
pub async fn give_up(store: &Store, id: &str, reason: &str) -> crate::Result<()> {
    sqlx::query("UPDATE outbox SET status = 'failed', last_error = $1, claimed_at = NULL WHERE id = $2")
        .bind(reason)
        .bind(id)
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// Puts a mail back without counting a try (quiet hours): due again at `at`.
pub async fn postpone(store: &Store, id: &str, at: i64) -> crate::Result<()> {
    sqlx::query("UPDATE outbox SET status = 'waiting', next_attempt_at = $1, claimed_at = NULL WHERE id = $2")
        .bind(at)
        .bind(id)
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// The latest mail per guardian in a round, of one purpose.
pub async fn deliveries(store: &Store, round: &RoundId, purpose: &str) -> crate::Result<Vec<Delivery>> {
    let rows = sqlx::query(
        "SELECT guardian_id, status, sent_at, last_error FROM outbox WHERE round_id = $1 AND purpose = $2 \
         AND guardian_id IS NOT NULL ORDER BY created_at DESC, id",
    )
    .bind(round.as_str())
    .bind(purpose)
    .fetch_all(&store.pool)
    .await?;
    let mut out: Vec<Delivery> = Vec::new();
    for r in &rows {
        let guardian_id = GuardianId(text(r, "guardian_id")?);
        if out.iter().any(|d| d.guardian_id == guardian_id) {
            continue;
        }
        out.push(Delivery {
            guardian_id,
            status: MailStatus::parse(&text(r, "status")?).unwrap_or(MailStatus::Waiting),
            sent_at: opt_int(r, "sent_at")?,
            last_error: opt_text(r, "last_error")?,
        });
    }
    Ok(out)
}

/// One mail as the school sees it in its outbox.
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: String,
    pub round_id: Option<RoundId>,
    pub guardian_id: Option<GuardianId>,
    pub class_id: Option<ClassId>,
    pub purpose: String,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub status: MailStatus,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

fn sent_of(r: &sqlx::any::AnyRow) -> crate::Result<Sent> {
    Ok(Sent {
        id: text(r, "id")?,
        round_id: opt_text(r, "round_id")?.map(RoundId),
        guardian_id: opt_text(r, "guardian_id")?.map(GuardianId),
        class_id: opt_text(r, "class_id")?.map(ClassId),
        purpose: text(r, "purpose")?,
        to_address: text(r, "to_address")?,
        to_name: text(r, "to_name")?,
        subject: text(r, "subject")?,
        status: MailStatus::parse(&text(r, "status")?).unwrap_or(MailStatus::Waiting),
        attempts: int(r, "attempts")?,
        last_error: opt_text(r, "last_error")?,
        created_at: int(r, "created_at")?,
        sent_at: opt_int(r, "sent_at")?,
    })
}

/// Every mail of a round to a guardian, newest first.
pub async fn of_round(store: &Store, round: &RoundId) -> crate::Result<Vec<Sent>> {
    let rows = sqlx::query(
        "SELECT id, round_id, guardian_id, class_id, purpose, to_address, to_name, subject, status, attempts, last_error, \
         created_at, sent_at FROM outbox WHERE round_id = $1 AND guardian_id IS NOT NULL \
         ORDER BY created_at DESC, id",
    )
    .bind(round.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter().map(sent_of).collect()
}

/// The school's latest `limit` mails to guardians, newest first; only those that failed
/// when `failed`.
pub async fn of_school(store: &Store, school: &SchoolId, failed: bool, limit: i64) -> crate::Result<Vec<Sent>> {
    let rows = sqlx::query(
        "SELECT id, round_id, guardian_id, class_id, purpose, to_address, to_name, subject, status, attempts, last_error, \
         created_at, sent_at FROM outbox WHERE school_id = $1 AND guardian_id IS NOT NULL \
         AND ($2 = 0 OR status = 'failed') \
         ORDER BY created_at DESC, id LIMIT $3",
    )
    .bind(school.as_str())
    .bind(i64::from(failed))
    .bind(limit)
    .fetch_all(&store.pool)
    .await?;
    rows.iter().map(sent_of).collect()
}

/// How many of the school's mails failed for good.
pub async fn failed_count(store: &Store, school: &SchoolId) -> crate::Result<i64> {
    let r = sqlx::query(
        "SELECT COUNT(*) AS n FROM outbox WHERE school_id = $1 AND status = 'failed' AND guardian_id IS NOT NULL",
    )
    .bind(school.as_str())
    .fetch_one(&store.pool)
    .await?;
    int(&r, "n")
}

/// Sends a failed mail to a guardian again, from the first try, to their address as it is
/// now (the teacher may just have corrected it): `false` when there is no such failed mail,
/// it cannot be sent again (its invitation was replaced or expired), or the guardian no
/// longer gets mail from the school (left, or lost the right to information).
pub async fn retry(store: &Store, school: &SchoolId, id: &str) -> crate::Result<bool> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'waiting', attempts = 0, last_error = NULL, next_attempt_at = $1, \
         claimed_at = NULL, to_address = COALESCE((SELECT g.email FROM guardian g \
         WHERE g.id = outbox.guardian_id AND g.active = 1), to_address) \
         WHERE id = $2 AND school_id = $3 AND status = 'failed' AND (last_error IS NULL OR last_error <> $4) \
         AND EXISTS (SELECT 1 FROM guardian g WHERE g.id = outbox.guardian_id AND g.active = 1 \
         AND g.right_to_info = 1 AND g.email IS NOT NULL)",
    )
    .bind(now())
    .bind(id)
    .bind(school.as_str())
    .bind(INVITATION_GONE)
    .execute(&store.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A school's quiet hours (local), as (from, until) hours of the day.
pub async fn quiet_hours(store: &Store, school: &SchoolId) -> crate::Result<(i64, i64)> {
    let r = sqlx::query("SELECT mail_quiet_from, mail_quiet_until FROM school WHERE id = $1")
        .bind(school.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok((int(&r, "mail_quiet_from")?, int(&r, "mail_quiet_until")?))
}

/// Sets the quiet hours; equal hours mean mail may go at any time.
pub async fn set_quiet_hours(
    store: &Store,
    school: &SchoolId,
    from: i64,
    until: i64,
    by: &crate::audit::Who,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query("UPDATE school SET mail_quiet_from = $1, mail_quiet_until = $2 WHERE id = $3")
        .bind(from)
        .bind(until)
        .bind(school.as_str())
        .execute(&mut *tx)
        .await?;
    let entry = by
        .did(crate::audit::Kind::SettingsChanged)
        .detail("setting=quiet-hours");
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}
