//! "Deze week" on the staff start page: per class of a round in progress, the few things to
//! do now, read from the round's phase and the real state of each child — talks not planned,
//! talks this week, families not invited or out of reach, questionnaires in, children
//! without a time when booking closes, preparations before a conversation day, summaries
//! not sent, agreements past their date — each a link to where it is done.

use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use jiff::ToSpan;
use jiff::civil::Date;
use samenspraak_core::child_talk::TalkStatus;
use samenspraak_core::ids::ChildId;
use samenspraak_core::round::{PhaseKind, PhaseState};
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::questionnaires::Progress;
use samenspraak_store::rounds::Round;
use samenspraak_store::{bookings, child_talks, children, frames, guardians, invitations, preparations};
use std::collections::HashSet;

/// One thing to do, and where.
pub struct Todo {
    pub text: String,
    pub href: String,
}

/// A class's list for this week in one round.
pub struct ClassWeek {
    pub heading: String,
    pub todos: Vec<Todo>,
}

/// Monday and Sunday of the week `today` is in.
fn week_of(today: Date) -> (Date, Date) {
    let monday = today
        .checked_sub(i64::from(today.weekday().to_monday_zero_offset()).days())
        .unwrap_or(today);
    (monday, monday.checked_add(6.days()).unwrap_or(monday))
}

/// The list of one class in one round, for `today`.
pub async fn class_week(
    state: &AppState,
    t: &Tr,
    round: &Round,
    class: &SchoolClass,
    today: Date,
) -> Result<ClassWeek, AppError> {
    let store = &state.store;
    let phases = round.plan.timeline(today);
    let state_of = |kind: PhaseKind| phases.iter().find(|p| p.kind == kind).map(|p| p.state);
    let open = |kind: PhaseKind| matches!(state_of(kind), Some(PhaseState::Now | PhaseState::Upcoming));
    let kids = children::in_class(store, &class.id).await?;
    let ids: HashSet<&ChildId> = kids.iter().map(|c| &c.id).collect();
    let (monday, sunday) = week_of(today);
    let round_url = format!("/rounds/{}", round.id);
    let mut todos = Vec::new();
    let mut add = |text: String, href: String| todos.push(Todo { text, href });

    // Child talks: who has none yet, and how many fall this week.
    if open(PhaseKind::ChildTalks) {
        let talks = child_talks::talks(store, &round.id, &class.id).await?;
        let talks_url = format!("/rounds/{}/talks/{}", round.id, class.id);
        let unplanned = kids
            .iter()
            .filter(|c| {
                !talks
                    .iter()
                    .any(|k| k.child_id == c.id && k.status != TalkStatus::Absent)
            })
            .count();
        if unplanned > 0 {
            add(t.n("week-talks-unplanned", unplanned as i64), talks_url.clone());
        }
        let this_week = talks
            .iter()
            .filter(|k| k.status != TalkStatus::Done && monday <= k.date && k.date <= sunday && today <= k.date)
            .count();
        if this_week > 0 {
            add(t.n("week-talks-this-week", this_week as i64), talks_url);
        }
    }

    // Families: invited on paper or by mail, and reachable at all.
    if open(PhaseKind::Booking) || open(PhaseKind::ParentPrep) {
        let invited: HashSet<_> = invitations::statuses(store, &round.id)
            .await?
            .into_iter()
            .filter(|s| !s.revoked)
            .map(|s| s.guardian_id)
            .collect();
        let family = guardians::of_class(store, &class.id).await?;
        let mut not_invited = 0;
        let mut unreachable = 0;
        for c in &kids {
            let theirs: Vec<_> = family
                .iter()
                .filter(|(child, _)| child == &c.id)
                .map(|(_, g)| g)
                .collect();
            if !theirs.iter().any(|g| invited.contains(&g.id)) {
                not_invited += 1;
            }
            if !theirs.iter().any(|g| g.active && g.email.is_some()) {
                unreachable += 1;
            }
        }
        let url = format!("/rounds/{}/invitations/{}", round.id, class.id);
        if not_invited > 0 {
            add(t.n("week-not-invited", not_invited), url.clone());
        }
        if unreachable > 0 {
            add(t.n("week-no-email", unreachable), url);
        }
    }

    // The parents' preparation: questionnaires sent in.
    if state_of(PhaseKind::ParentPrep) == Some(PhaseState::Now) {
        let sent: HashSet<_> = samenspraak_store::questionnaires::progress_of_round(store, &round.id)
            .await?
            .into_iter()
            .filter(|(child, _, p)| *p == Progress::Submitted && ids.contains(child))
            .map(|(child, _, _)| child)
            .collect();
        if !sent.is_empty() {
            add(t.n("week-questionnaires-in", sent.len() as i64), round_url.clone());
        }
    }

    // Booking: who has no time yet, with the day booking closes.
    let booked: HashSet<ChildId> = bookings::of_round(store, &round.id)
        .await?
        .into_iter()
        .map(|(child, _, _)| child)
        .collect();
    if matches!(state_of(PhaseKind::Booking), Some(PhaseState::Now)) {
        let missing = kids.iter().filter(|c| !booked.contains(&c.id)).count();
        if missing > 0 {
            let closes = t.t1(
                "week-booking-closes",
                "date",
                t.date_long(round.plan.booking_closes.date()),
            );
            add(
                format!("{} {closes}", t.n("week-not-booked", missing as i64)),
                format!("/rounds/{}/slots/{}", round.id, class.id),
            );
        }
    }

    // Conversations: preparations to do before each conversation day still to come.
    if open(PhaseKind::Conferences) {
        let prepared: HashSet<ChildId> = preparations::prepared(store, &round.id).await?.into_iter().collect();
        let mut days: Vec<(Date, usize)> = Vec::new();
        for (child, day, _) in bookings::of_round(store, &round.id).await? {
            if ids.contains(&child) && !prepared.contains(&child) && day >= today {
                match days.iter_mut().find(|(d, _)| *d == day) {
                    Some((_, n)) => *n += 1,
                    None => days.push((day, 1)),
                }
            }
        }
        days.sort();
        for (day, n) in days.into_iter().take(3) {
            let when = t.t1("week-on-day", "date", t.date_long(day));
            add(
                format!("{} {when}", t.n("week-to-prepare", n as i64)),
                format!("/rounds/{}/slots/{}", round.id, class.id),
            );
        }
    }

    // Follow-up: conversations held (the frame has something) without a summary sent.
    if state_of(PhaseKind::Conferences) != Some(PhaseState::Upcoming) {
        let framed: HashSet<ChildId> = frames::counts_of_round(store, &round.id)
            .await?
            .into_iter()
            .filter(|(_, boxes, agreements)| boxes + agreements > 0)
            .map(|(child, _, _)| child)
            .collect();
        let sent: HashSet<ChildId> = frames::follow_up_of_round(store, &round.id)
            .await?
            .into_iter()
            .filter(|(_, sent, _)| *sent)
            .map(|(child, _, _)| child)
            .collect();
        let unsent = kids
            .iter()
            .filter(|c| framed.contains(&c.id) && !sent.contains(&c.id))
            .count();
        if unsent > 0 {
            add(t.n("week-summaries-unsent", unsent as i64), round_url.clone());
        }
    }

    // Agreements past their date, of any round.
    let late = frames::open_of_class(store, &class.id, today)
        .await?
        .into_iter()
        .filter(|a| a.due_on.is_some_and(|d| d < today))
        .count();
    if late > 0 {
        add(
            t.n("week-agreements-late", late as i64),
            format!("/classes/{}/agreements", class.id),
        );
    }

    Ok(ClassWeek {
        heading: t.t2("week-class", "class", &class.name, "round", &round.plan.name),
        todos,
    })
}
