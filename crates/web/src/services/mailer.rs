//! The mail sender: a loop that looks at the outbox every few seconds, claims due mails one
//! at a time and hands them to the SMTP server. A failed try is recorded with its reason and
//! tried again after a growing wait; mail due in a school's quiet hours waits until they
//! end. Without an SMTP server configured, mails simply wait.

use crate::config::MailConfig;
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use samenspraak_core::invitation::fill_in;
use samenspraak_core::mail::{is_quiet, retry_after};
use samenspraak_core::time::{local_to_utc, utc_to_local};
use samenspraak_store::outbox::{self, Mail};
use samenspraak_store::{Store, invitations, now};
use std::time::Duration;

/// Works the outbox until `stopping` turns true; then returns between two mails, so no
/// mail is cut off halfway (and sent again after the restart).
pub async fn run(store: Store, mail: MailConfig, mut stopping: tokio::sync::watch::Receiver<bool>) {
    let mut every = tokio::time::interval(mail.poll);
    loop {
        tokio::select! {
            _ = every.tick() => {}
            _ = stopping.changed() => {}
        }
        if *stopping.borrow() {
            return;
        }
        if let Err(e) = work_until(&store, &mail, &|| *stopping.borrow()).await {
            tracing::warn!(error = %e, "the outbox could not be worked");
        }
    }
}

/// Mails sent at most per look at the outbox.
const BATCH: usize = 20;

/// One look at the outbox; returns how many mails left.
pub async fn work(store: &Store, mail: &MailConfig) -> Result<usize, String> {
    work_until(store, mail, &|| false).await
}

/// One look at the outbox, stopping before the next mail once `stop` says so.
async fn work_until(store: &Store, mail: &MailConfig, stop: &(dyn Fn() -> bool + Sync)) -> Result<usize, String> {
    let Some(url) = &mail.smtp_url else {
        return Ok(0);
    };
    // Connects on the first mail sent, not here.
    let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
        .map_err(|e| format!("smtp_url: {e}"))?
        .timeout(Some(Duration::from_secs(20)))
        .build();
    let mut sent = 0;
    // At most a batch per look, so stopping and the next look come round.
    for _ in 0..BATCH {
        if stop() {
            break;
        }
        let Some(m) = outbox::claim_next(store).await.map_err(|e| e.to_string())? else {
            break;
        };
        let (from, until) = outbox::quiet_hours(store, &m.school_id)
            .await
            .map_err(|e| e.to_string())?;
        let local = utc_to_local(now());
        if is_quiet(i64::from(local.hour()), from, until) {
            outbox::postpone(store, &m.id, quiet_ends(local, until))
                .await
                .map_err(|e| e.to_string())?;
            continue;
        }
        // An invitation mail gets its secret now: a new token and code for its invitation,
        // known only to this message.
        let mut m = m;
        if let Some(invitation) = m.invitation_id.clone() {
            let today = samenspraak_core::time::today(now());
            match invitations::renew_secret(store, &invitation, today)
                .await
                .map_err(|e| e.to_string())?
            {
                Some(issued) => {
                    let fill = |text: &str| fill_in(text, &issued.token, &issued.code);
                    m.subject = fill(&m.subject);
                    m.text_body = fill(&m.text_body);
                    m.html_body = fill(&m.html_body);
                }
                None => {
                    outbox::give_up(store, &m.id, outbox::INVITATION_GONE)
                        .await
                        .map_err(|e| e.to_string())?;
                    continue;
                }
            }
        }
        let result = match message(&mail.from, &m) {
            Ok(msg) => transport.send(msg).await.map(|_| ()).map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        match result {
            Ok(()) => {
                outbox::mark_sent(store, &m.id).await.map_err(|e| e.to_string())?;
                sent += 1;
            }
            // The receiving server said the mailbox does not exist (550, 551, 553): trying
            // again changes nothing, and the school sees why at once. Other refusals (a
            // login or relay the school's server refuses) may be fixed, and are tried again.
            Err(e)
                if [
                    "permanent error (550)",
                    "permanent error (551)",
                    "permanent error (553)",
                ]
                .iter()
                .any(|p| e.starts_with(p)) =>
            {
                tracing::warn!(mail = %m.id, error = %e, "a mail was refused for good");
                outbox::give_up(store, &m.id, &e).await.map_err(|e| e.to_string())?;
            }
            Err(e) => {
                tracing::warn!(mail = %m.id, error = %e, "a mail could not be sent; it will be tried again");
                let wait = retry_after(m.attempts, mail.retry_base_seconds);
                outbox::mark_failed(store, &m.id, m.attempts, &e, wait)
                    .await
                    .map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(sent)
}

/// The moment the quiet hours end: today at `until` o'clock, or tomorrow if that has passed.
fn quiet_ends(local: jiff::civil::DateTime, until: i64) -> i64 {
    let hour = i8::try_from(until.clamp(0, 23)).unwrap_or(7);
    let mut day = local.date();
    if i64::from(local.hour()) >= until {
        day = day.tomorrow().unwrap_or(day);
    }
    local_to_utc(day.at(hour, 0, 0, 0))
}

fn message(from: &str, m: &Mail) -> Result<Message, String> {
    let from: Mailbox = from.parse().map_err(|e| format!("mail_from: {e}"))?;
    let to = Mailbox::new(
        Some(m.to_name.clone()),
        m.to_address
            .parse()
            .map_err(|e| format!("address {}: {e}", m.to_address))?,
    );
    let body = MultiPart::alternative_plain_html(m.text_body.clone(), m.html_body.clone());
    let body = match &m.calendar {
        // The conversation as a calendar file, beside the text.
        // The method in the content type says what the file inside says: a cancellation
        // is `CANCEL`, so that a mail app offers to remove the event.
        Some(ics) => {
            let method = if ics.contains("\r\nMETHOD:CANCEL\r\n") {
                "CANCEL"
            } else {
                "PUBLISH"
            };
            MultiPart::mixed().multipart(body).singlepart(
                Attachment::new("kom-gesprek.ics".into()).body(
                    ics.clone(),
                    format!("text/calendar; charset=utf-8; method={method}")
                        .parse()
                        .map_err(|e| format!("content type: {e}"))?,
                ),
            )
        }
        None => body,
    };
    Message::builder()
        .from(from)
        .to(to)
        .subject(m.subject.clone())
        .multipart(body)
        .map_err(|e| e.to_string())
}
