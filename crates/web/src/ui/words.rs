//! Things said the same way on every page, mail and paper.

use crate::i18n::Tr;
use samenspraak_store::bookings::Slot;

/// A slot as a family reads it: "dinsdag 15 december, 17:40–18:00".
pub fn slot_words(t: &Tr, slot: &Slot) -> String {
    t.args(
        "booking-slot",
        &[
            ("date", t.date_long(slot.day)),
            ("from", slot.start.strftime("%H:%M").to_string()),
            ("until", slot.end.strftime("%H:%M").to_string()),
        ],
    )
}

/// Where a conversation is, as a family reads it. A room left empty by the planner is
/// stored as the class's own room in the planner's words ("klas 6A"); a parent reads that
/// in their language ("En classe 6A.").
pub fn room_words(t: &Tr, room: &str) -> String {
    let own_class = ["klas ", "class "]
        .iter()
        .find_map(|p| room.strip_prefix(p))
        .filter(|class| !class.trim().is_empty() && !class.contains(' '));
    match own_class {
        Some(class) => t.t1("booking-room-class", "class", class),
        None => t.t1("booking-room", "room", room),
    }
}

/// The outbox's word on a mail to a guardian: not yet, waiting, sent on a date, or why not.
pub fn mail_words(t: &Tr, has_address: bool, delivery: Option<&samenspraak_store::outbox::Delivery>) -> String {
    match delivery {
        _ if !has_address => t.t("invite-email-none"),
        None => t.t("invite-email-not-yet"),
        Some(d) => match d.status {
            samenspraak_store::outbox::MailStatus::Sent => t.t1(
                "invite-email-sent",
                "date",
                t.date_short(samenspraak_core::time::utc_to_local(d.sent_at.unwrap_or(0)).date()),
            ),
            samenspraak_store::outbox::MailStatus::Failed
                if d.last_error.as_deref() == Some(samenspraak_store::outbox::INVITATION_GONE) =>
            {
                t.t("invite-email-invitation-gone")
            }
            samenspraak_store::outbox::MailStatus::Failed => t.t1(
                "invite-email-failed",
                "reason",
                d.last_error.clone().unwrap_or_default(),
            ),
            samenspraak_store::outbox::MailStatus::Waiting | samenspraak_store::outbox::MailStatus::Sending => {
                match &d.last_error {
                    Some(e) => format!("{} ({e})", t.t("invite-email-waiting")),
                    None => t.t("invite-email-waiting"),
                }
            }
        },
    }
}

/// A long text cut for paper: whole when it is at most `max` characters, else cut at the
/// last space before that with `more` after it ("… (zie verder in Samenspraak)"), so that a
/// sheet that promises one page keeps that promise.
pub fn shorten(text: &str, max: usize, more: &str) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut
        .rfind(char::is_whitespace)
        .filter(|i| *i > max / 2)
        .unwrap_or(cut.len());
    format!("{} {more}", cut[..at].trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod shorten_tests {
    use super::shorten;

    #[test]
    fn only_a_long_text_is_cut_and_then_at_a_word() {
        assert_eq!(shorten("Kort genoeg.", 20, "…"), "Kort genoeg.");
        assert_eq!(
            shorten("Een heel lang antwoord over vulkanen", 20, "… (zie verder)"),
            "Een heel lang … (zie verder)"
        );
        assert_eq!(shorten("ééééééééééééééééééééé", 10, "…"), "éééééééééé …");
    }
}
