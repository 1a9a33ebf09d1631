//! The school's outbox as staff read it: per mail what it was about, to whom, and what
//! became of it — waiting, sent on a date, or failed with the reason in plain words (an
//! address that does not exist, a full mailbox, a mail server out of reach) and whether it
//! can be sent again.

use crate::i18n::Tr;
use samenspraak_core::time::utc_to_local;
use samenspraak_store::outbox::{INVITATION_GONE, MailStatus, Sent};

/// One mail as a row on an outbox page.
pub struct MailRow {
    pub id: String,
    /// "Uitnodiging", "Bevestiging van het moment", …
    pub what: String,
    pub to: String,
    pub address: String,
    pub subject: String,
    /// When it was made, short.
    pub made: String,
    pub status: String,
    /// Why it failed, in words a teacher can act on; empty when it did not.
    pub reason: String,
    /// The server's own words, for whoever helps the school.
    pub detail: String,
    /// `done`, `progress` or `problem`: the status pill's colour.
    pub tone: &'static str,
    pub can_retry: bool,
}

/// What a mail of `purpose` is about.
pub fn purpose_words(t: &Tr, purpose: &str) -> String {
    let key = match purpose {
        "invitation" => "outbox-what-invitation",
        "reminder" => "outbox-what-reminder",
        "booking" => "outbox-what-booking",
        "proposal" => "outbox-what-proposal",
        "cancellation" => "outbox-what-cancellation",
        "offer" => "outbox-what-offer",
        "summary" => "outbox-what-summary",
        _ => "outbox-what-other",
    };
    t.t(key)
}

/// Why a mail failed, from what the mail server said: the SMTP reply code where there is
/// one (RFC 5321: 550/551/553 no such mailbox, 552 mailbox full, other 5xx refused), else
/// the kind of trouble.
pub fn reason_words(t: &Tr, error: &str) -> String {
    let e = error.to_ascii_lowercase();
    let key = if error == INVITATION_GONE {
        "invite-email-invitation-gone"
    } else if e.starts_with("address ") {
        "outbox-reason-bad-address"
    } else if ["(550)", "(551)", "(553)"].iter().any(|c| e.contains(c)) {
        "outbox-reason-no-mailbox"
    } else if e.contains("(552)") {
        "outbox-reason-mailbox-full"
    } else if e.starts_with("permanent error") {
        "outbox-reason-refused"
    } else if e.starts_with("transient error") {
        "outbox-reason-later"
    } else if ["connection", "connect", "timed out", "timeout", "dns", "resolve"]
        .iter()
        .any(|w| e.contains(w))
    {
        "outbox-reason-server"
    } else {
        "outbox-reason-other"
    };
    t.t(key)
}

/// A mail of the outbox as a row, in `t`'s words.
pub fn mail_row(t: &Tr, m: &Sent) -> MailRow {
    let day = |at: i64| t.date_short(utc_to_local(at).date());
    let error = m.last_error.clone().unwrap_or_default();
    let (status, tone) = match m.status {
        MailStatus::Sent => (
            t.t1("invite-email-sent", "date", day(m.sent_at.unwrap_or(m.created_at))),
            "done",
        ),
        MailStatus::Failed => (t.t("outbox-failed"), "problem"),
        MailStatus::Waiting | MailStatus::Sending if m.attempts > 0 => (t.n("outbox-trying", m.attempts), "progress"),
        MailStatus::Waiting | MailStatus::Sending => (t.t("invite-email-waiting"), "progress"),
    };
    let failed_or_trying = m.status == MailStatus::Failed || m.attempts > 0;
    MailRow {
        id: m.id.clone(),
        what: purpose_words(t, &m.purpose),
        to: m.to_name.clone(),
        address: m.to_address.clone(),
        subject: m.subject.clone(),
        made: day(m.created_at),
        status,
        reason: if failed_or_trying && !error.is_empty() {
            reason_words(t, &error)
        } else {
            String::new()
        },
        detail: if failed_or_trying && error != INVITATION_GONE {
            error.clone()
        } else {
            String::new()
        },
        tone,
        can_retry: m.status == MailStatus::Failed && error != INVITATION_GONE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use samenspraak_core::Language;

    #[test]
    fn a_server_reply_becomes_a_reason_a_teacher_can_act_on() {
        let t = Tr::new(Language::Nl);
        let no_box = reason_words(&t, "permanent error (550): 5.1.1 <x@y.be>: Recipient address rejected");
        let full = reason_words(&t, "permanent error (552): mailbox full");
        let down = reason_words(&t, "Connection error: Connection refused (os error 111)");
        assert!(no_box.contains("bestaat niet"), "{no_box}");
        assert!(full.contains("vol"), "{full}");
        assert!(down.contains("mailserver"), "{down}");
        assert_ne!(no_box, reason_words(&t, "permanent error (554): rejected"));
    }
}
