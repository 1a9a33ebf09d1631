//! The mails about a booked conversation, in each guardian's language: the confirmation
//! (with a calendar file), the reminder the day before (with it again), and the offer of a
//! slot that came free to a family on the waiting list. They are composed here and queued
//! by the caller, in the same transaction as the change they announce where it can.

use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::ui::words::slot_words;
use samenspraak_store::bookings::Slot;
use samenspraak_store::outbox::NewMail;
use samenspraak_store::{children, rounds};

/// A mail's plain text and HTML from its paragraphs; empty ones are left out.
fn bodies(t: &Tr, lines: &[String]) -> (String, String) {
    let lines: Vec<&String> = lines.iter().filter(|l| !l.is_empty()).collect();
    let text = lines.iter().map(|l| l.as_str()).collect::<Vec<_>>().join("\n\n");
    let body: String = lines.iter().map(|l| format!("<p>{}</p>", html(l))).collect();
    let html = format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><body>{body}</body></html>",
        t.code(),
        t.lang.dir()
    );
    (text, html)
}

/// Text made safe for HTML.
pub(crate) fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// How the school signs a mail about a child: the class's teachers and the school
/// ("Juf An, Meester Tom — Basisschool De Linde"), so a parent knows whom it comes from.
pub async fn signature(state: &AppState, child: &children::Child) -> Result<String, AppError> {
    let school = samenspraak_store::schools::get(&state.store, &child.school_id)
        .await?
        .name;
    let teachers: Vec<String> = match &child.class_id {
        Some(class) => samenspraak_store::classes::teachers(&state.store, class)
            .await?
            .into_iter()
            .map(|t| t.name)
            .collect(),
        None => Vec::new(),
    };
    Ok(signature_of(&teachers, &school))
}

/// The signature from the class's teachers and the school's name (the booking desk holds
/// both, so a family's booking asks the database nothing more).
pub fn signature_of(teachers: &[String], school: &str) -> String {
    if teachers.is_empty() {
        school.to_string()
    } else {
        format!("{} — {school}", teachers.join(", "))
    }
}

/// Which mail about a booked conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// Just booked or moved, by the family or by the teacher.
    Booked,
    /// The day before.
    Tomorrow,
    /// Proposed by the school, to confirm or change.
    Proposed,
}

/// The mails for a booking in `slot`, with the conversation as a calendar file: one to each
/// of the child's guardians with an address (both are expected at the conversation), or,
/// for the `seat` of one household of separated parents, to that household. A
/// confirmation goes into the outbox with the booking, in the same commit. `family`: the
/// child's guardians.
// Each argument is a fact of the booking the mail states; a struct would only rename them.
#[allow(clippy::too_many_arguments)]
pub fn booked(
    state: &AppState,
    round: &rounds::Round,
    child: &children::Child,
    slot: &Slot,
    seat: &str,
    about: About,
    family: &[samenspraak_store::guardians::Guardian],
    signed: &str,
) -> Vec<NewMail> {
    let site = state.config.base_url.trim_end_matches('/').to_string();
    let (subject_key, text_key, purpose) = match about {
        About::Booked => ("booking-mail-subject", "booking-mail-text", "booking"),
        About::Tomorrow => ("reminder-mail-subject", "reminder-mail-text", "reminder"),
        About::Proposed => ("proposal-mail-subject", "proposal-mail-text", "proposal"),
    };
    let mut mails = Vec::new();
    // Separated parents with a conversation each: only the household that has this one.
    let invited = |g: &&samenspraak_store::guardians::Guardian| seat.is_empty() || g.household_id.as_str() == seat;
    for g in family.iter().filter(|g| g.active && g.right_to_info).filter(invited) {
        let Some(address) = &g.email else {
            continue;
        };
        let t = Tr::new(crate::i18n::portal_language(g.language));
        let when = slot_words(&t, slot);
        let first_name = &child.first_name;
        let subject = t.args(subject_key, &[("child", first_name.clone()), ("when", when.clone())]);
        let lines = [
            t.t1("letter-greeting", "name", &g.name),
            t.args(text_key, &[("child", first_name.clone()), ("when", when.clone())]),
            if slot.room.is_empty() {
                String::new()
            } else {
                crate::ui::words::room_words(&t, &slot.room)
            },
            slot.also_present
                .as_ref()
                .map(|who| t.t1("booking-also", "who", who))
                .unwrap_or_default(),
            slot.video_link
                .as_ref()
                .map(|link| format!("{} {link}", t.t("booking-video")))
                .unwrap_or_default(),
            // The day before, changing online is over: the reminder says whom to tell.
            match about {
                About::Tomorrow => t.t1("reminder-mail-change", "url", format!("{site}/family")),
                _ => t.t1("booking-mail-change", "url", format!("{site}/family")),
            },
            t.t("letter-bye"),
            signed.to_string(),
        ];
        let (text, html_body) = bodies(&t, &lines);
        let ics = calendar_file(&site, &t, round, child, slot);
        mails.push(NewMail {
            school: round.school_id.clone(),
            round: Some(round.id.clone()),
            guardian: Some(g.id.clone()),
            class: child.class_id.clone(),
            purpose,
            to_address: address.clone(),
            to_name: g.name.clone(),
            subject,
            text_body: text,
            html_body,
            calendar: Some(ics),
            invitation: None,
        });
    }
    mails
}

/// The mails that say a booked conversation is cancelled, each with the calendar file that
/// takes it out of the family's calendar (the same UID as the confirmation's), to the
/// guardians who got the confirmation.
pub fn cancelled(
    state: &AppState,
    round: &rounds::Round,
    child: &children::Child,
    slot: &Slot,
    seat: &str,
    family: &[samenspraak_store::guardians::Guardian],
    signed: &str,
) -> Vec<NewMail> {
    let site = state.config.base_url.trim_end_matches('/').to_string();
    let invited = |g: &&samenspraak_store::guardians::Guardian| seat.is_empty() || g.household_id.as_str() == seat;
    let mut mails = Vec::new();
    for g in family.iter().filter(|g| g.active && g.right_to_info).filter(invited) {
        let Some(address) = &g.email else {
            continue;
        };
        let t = Tr::new(crate::i18n::portal_language(g.language));
        let when = slot_words(&t, slot);
        let args = [("child", child.first_name.clone()), ("when", when)];
        let lines = [
            t.t1("letter-greeting", "name", &g.name),
            t.args("cancel-mail-text", &args),
            t.t1("cancel-mail-again", "url", format!("{site}/family")),
            t.t("letter-bye"),
            signed.to_string(),
        ];
        let (text, html_body) = bodies(&t, &lines);
        mails.push(NewMail {
            school: round.school_id.clone(),
            round: Some(round.id.clone()),
            guardian: Some(g.id.clone()),
            class: child.class_id.clone(),
            purpose: "cancellation",
            to_address: address.clone(),
            to_name: g.name.clone(),
            subject: t.args("cancel-mail-subject", &args),
            text_body: text,
            html_body,
            calendar: Some(cancelled_file(&site, &t, round, child, slot)),
            invitation: None,
        });
    }
    mails
}

/// The conversation in `slot` as a calendar file. The UID is the same for every file about
/// this child's conversation in the round, so a changed time replaces the event and a
/// cancellation (`cancelled_file`) removes it.
pub fn calendar_file(site: &str, t: &Tr, round: &rounds::Round, child: &children::Child, slot: &Slot) -> String {
    with_event(site, t, round, child, slot, samenspraak_core::ics::calendar)
}

/// The calendar file that takes a cancelled conversation out of the family's calendar:
/// `METHOD:CANCEL` with the booking's UID.
pub fn cancelled_file(site: &str, t: &Tr, round: &rounds::Round, child: &children::Child, slot: &Slot) -> String {
    with_event(site, t, round, child, slot, samenspraak_core::ics::cancellation)
}

fn with_event(
    site: &str,
    t: &Tr,
    round: &rounds::Round,
    child: &children::Child,
    slot: &Slot,
    write: fn(&samenspraak_core::ics::Event<'_>) -> String,
) -> String {
    let description = match &slot.video_link {
        Some(link) => format!("{site}/family\n{} {link}", t.t("booking-video")),
        None => format!("{site}/family"),
    };
    write(&samenspraak_core::ics::Event {
        uid: &format!("{}-{}@samenspraak", round.id, child.id),
        sequence: samenspraak_store::now(),
        start: slot.day.to_datetime(slot.start),
        end: slot.day.to_datetime(slot.end),
        summary: &t.t1("booking-mail-event", "child", &child.first_name),
        location: &slot.room,
        description: &description,
        stamp: samenspraak_store::now(),
    })
}

/// The offer of `slot`, held until `until` (Unix seconds), to each guardian with an address.
pub async fn offer(
    state: &AppState,
    round: &rounds::Round,
    child: &children::Child,
    slot: &Slot,
    until: i64,
) -> Result<Vec<NewMail>, AppError> {
    let family = samenspraak_store::guardians::of_child(&state.store, &child.id).await?;
    let signed = signature(state, child).await?;
    let site = state.config.base_url.trim_end_matches('/').to_string();
    let mut mails = Vec::new();
    for g in family.iter().filter(|g| g.active && g.right_to_info) {
        let Some(address) = &g.email else {
            continue;
        };
        let t = Tr::new(crate::i18n::portal_language(g.language));
        let when = slot_words(&t, slot);
        let until = t.datetime_long(samenspraak_core::time::utc_to_local(until));
        let lines = [
            t.t1("letter-greeting", "name", &g.name),
            t.args(
                "wait-mail-text",
                &[
                    ("child", child.first_name.clone()),
                    ("when", when.clone()),
                    ("until", until),
                ],
            ),
            t.t1("wait-mail-link", "url", format!("{site}/family")),
            t.t("letter-bye"),
            signed.clone(),
        ];
        let (text_body, html_body) = bodies(&t, &lines);
        mails.push(NewMail {
            school: round.school_id.clone(),
            round: Some(round.id.clone()),
            guardian: Some(g.id.clone()),
            class: child.class_id.clone(),
            purpose: "offer",
            to_address: address.clone(),
            to_name: g.name.clone(),
            subject: t.args(
                "wait-mail-subject",
                &[("child", child.first_name.clone()), ("when", when)],
            ),
            text_body,
            html_body,
            calendar: None,
            invitation: None,
        });
    }
    Ok(mails)
}

/// Queues the reminder for every conversation tomorrow not reminded yet, each once (also with
/// several instances). Run every minute; the outbox keeps the school's quiet hours.
pub async fn remind_tomorrow(state: &AppState) -> Result<usize, AppError> {
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let tomorrow = today
        .checked_add(jiff::Span::new().days(1))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let mut sent = 0;
    for due in samenspraak_store::bookings::due_reminders(&state.store, tomorrow).await? {
        let round = rounds::get(&state.store, &due.school, &due.round).await?;
        let child = children::get(&state.store, &due.school, &due.child).await?;
        let family = samenspraak_store::guardians::of_child(&state.store, &child.id).await?;
        let signed = signature(state, &child).await?;
        let mails = booked(
            state,
            &round,
            &child,
            &due.slot,
            &due.slot.seat,
            About::Tomorrow,
            &family,
            &signed,
        );
        if samenspraak_store::bookings::remind(&state.store, &due.booking, &mails).await? {
            sent += mails.len();
        }
    }
    Ok(sent)
}
