//! A family books the KOM conversation for their child: real buttons with the date and the
//! time in words, free slots only (never who took the others), working without a script.
//! Booking opens for everyone at the same moment and each slot closes a day before it. A
//! slot someone else just took is answered with the nearest free ones, not an error; the
//! same form sent twice books once.

pub mod forms;

use crate::http::error::AppError;
use crate::http::form::Form;
use crate::http::viewer::Viewer;
use crate::i18n::Tr;
use crate::services::booking_mail;
use crate::services::offers::offer_freed;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use crate::ui::words::slot_words;
use askama::Template;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::booking::{BookingMode, DayPart, may_change};
use samenspraak_core::ids::{ChildId, ClassId, GuardianId};
use samenspraak_store::bookings::{self, BookedBy, Outcome, Slot};
use samenspraak_store::{children, rounds, waiting};

#[derive(Template)]
#[template(path = "family/booking.html")]
struct BookingPage {
    ctx: PageCtx,
    url: String,
    child: String,
    /// The slot booked, in words, and its room.
    booked: Option<(String, String)>,
    /// Who else is at the table, and the link to join by video, for the slot booked.
    also_present: Option<String>,
    video_link: Option<String>,
    /// The free slots that can still be chosen, by day: (the day in words, [(slot id, time)]).
    free: Vec<(String, Vec<(String, String)>)>,
    /// Why nothing can be chosen now, if so.
    closed: Option<String>,
    /// A message after a try: just taken, booked, cancelled.
    notice: Option<String>,
    request_key: String,
    /// A slot offered from the waiting list: (slot id, words, held until in words).
    offer: Option<(String, String, String)>,
    /// The place on the waiting list, in words, when waiting without an offer.
    waiting: Option<String>,
    /// Whether joining the waiting list is offered: nothing free to choose.
    may_wait: bool,
    /// When the school proposes and nothing is booked yet: the parts of the days to tick,
    /// (value, words, ticked).
    ask_when: Option<Vec<(String, String, bool)>>,
    /// The booked time is the school's proposal, still to confirm.
    proposed: bool,
}

pub struct Context {
    guardian: GuardianId,
    child: children::Child,
    round: std::sync::Arc<rounds::Round>,
    class: ClassId,
    /// The class's slots, waiting list and guardians, shared with every family of the class.
    desk: std::sync::Arc<samenspraak_store::bookings::ClassDesk>,
    /// The child's place on the waiting list, with any slot offered to it.
    waiting: Option<waiting::Place>,
    /// When the school proposes: what the family said suits them.
    said_when: Vec<(jiff::civil::Date, DayPart)>,
    /// Whose conversation this guardian books: '' for the family together, or their own
    /// household's when the teacher allowed separated parents a conversation each.
    seat: String,
    /// The child's guardians, for the confirmation mails.
    family: Vec<samenspraak_store::guardians::Guardian>,
    /// When this family may start booking: the round's opening, earlier for families with
    /// several children in the round when the school gives them a head start.
    opens: jiff::civil::DateTime,
}

/// Every booking page and form starts from the family's context, found from the address
/// (`{round}`, `{child}`) for the signed-in guardian of that child.
impl FromRequestParts<AppState> for Context {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        let Path((round, child)) = Path::<(String, String)>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        Context::load(state, &viewer, round, child).await
    }
}

impl Context {
    async fn load(state: &AppState, viewer: &Viewer, round: String, child: String) -> Result<Self, AppError> {
        let own = crate::access::family::OwnChild::load(state, viewer, round, child).await?;
        let (id, child, round, class) = (own.guardian, own.child, own.round, own.class);
        // From the desk: in a rush, every family of the class reads the same slots.
        let desk = samenspraak_store::bookings::class_desk(&state.store, &round.id, &class).await?;
        let waiting = desk.place(&child.id);
        let family = desk.guardians_of(&child.id);
        let seat = if desk.separate(&child.id) {
            samenspraak_store::guardians::get(&state.store, &round.school_id, &id)
                .await?
                .household_id
                .to_string()
        } else {
            String::new()
        };
        let said_when = if round.booking_mode == BookingMode::Propose {
            samenspraak_store::availability::of_child(&state.store, &round.id, &child.id).await?
        } else {
            Vec::new()
        };
        let mut opens = round.plan.booking_opens;
        if round.head_start_minutes > 0 {
            let in_round = viewer
                .guardian_children
                .iter()
                .filter(|c| c.active && c.class_id.as_ref().is_some_and(|k| round.classes.contains(k)))
                .count();
            if in_round > 1 {
                opens = opens
                    .checked_sub(jiff::Span::new().minutes(round.head_start_minutes))
                    .unwrap_or(opens);
            }
        }
        Ok(Self {
            family,
            opens,
            seat,
            said_when,
            guardian: id,
            child,
            round,
            class,
            desk,
            waiting,
        })
    }

    fn url(&self) -> String {
        format!("/family/book/{}/{}", self.round.id, self.child.id)
    }

    fn now() -> jiff::civil::DateTime {
        samenspraak_core::time::utc_to_local(samenspraak_store::now())
    }

    /// Whether the slot can be booked, changed or cancelled now.
    fn open(&self, slot: &Slot) -> bool {
        may_change(
            Self::now(),
            self.opens,
            self.round.plan.booking_closes,
            slot.day.to_datetime(slot.start),
        )
    }

    /// Slots nobody booked, not held for another family on the waiting list nor kept for
    /// another child, still open.
    fn free(&self) -> Vec<&Slot> {
        let for_us = |c: &Option<ChildId>| c.as_ref().is_none_or(|c| *c == self.child.id);
        self.desk
            .slots
            .iter()
            .filter(|s| s.child.is_none() && for_us(&s.held_for) && for_us(&s.reserved_for) && self.open(s))
            .collect()
    }

    /// This guardian's booked slot (their household's, when separated parents each book).
    fn mine(&self) -> Option<&Slot> {
        self.desk
            .slots
            .iter()
            .find(|s| s.child.as_ref() == Some(&self.child.id) && s.seat == self.seat)
    }

    /// The slot offered to this family from the waiting list, and until when.
    fn offer(&self) -> Option<(&Slot, i64)> {
        let (id, until) = self.waiting.as_ref()?.offer.as_ref()?;
        Some((self.desk.slots.iter().find(|s| s.id == *id)?, *until))
    }
}

/// A number that is the same for a family and a slot every time, and differs between
/// families (FNV-1a).
fn tie_break(child: &str, slot: &str) -> u64 {
    child.bytes().chain(slot.bytes()).fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn request_key() -> String {
    samenspraak_store::new_secret()[..32].to_string()
}

fn page(viewer: &Viewer, cx: &Context, notice: Option<String>, free_first: Option<&Slot>) -> BookingPage {
    let t = viewer.tr();
    let mine = cx.mine();
    let mut free = cx.free();
    // After "just taken": the free slots nearest to the one wanted, first. Between two as
    // near (just before and just after), each family gets its own order, so that the
    // families who lost the same slot do not all run for the same next one.
    if let Some(wanted) = free_first {
        let at = wanted.day.to_datetime(wanted.start);
        free.sort_by_key(|s| {
            (
                s.day.to_datetime(s.start).duration_since(at).as_secs().abs(),
                tie_break(cx.child.id.as_str(), &s.id),
            )
        });
    }
    let now = Context::now();
    let plan = &cx.round.plan;
    // The school proposes: before anything is booked, the family says when it suits them.
    let ask_when =
        (cx.round.booking_mode == BookingMode::Propose && mine.is_none() && now < plan.booking_closes).then(|| {
            let mut days: Vec<jiff::civil::Date> = cx.desk.slots.iter().map(|s| s.day).collect();
            days.dedup();
            days.iter()
                .flat_map(|d| DayPart::ALL.map(|p| (*d, p)))
                .map(|(d, p)| {
                    (
                        format!("{d}/{}", p.as_str()),
                        t.t1(&format!("when-{}", p.as_str()), "date", t.date_long(d)),
                        cx.said_when.contains(&(d, p)),
                    )
                })
                .collect::<Vec<_>>()
        });
    let closed = if ask_when.is_some() {
        None
    } else if now < cx.opens {
        Some(t.t1("booking-not-yet", "date", t.datetime_long(cx.opens)))
    } else if now >= plan.booking_closes {
        Some(t.t("booking-closed"))
    } else if cx.desk.slots.is_empty() {
        Some(t.t("booking-no-slots"))
    } else {
        None
    };
    let offer = cx.offer().filter(|(s, _)| cx.open(s));
    let free: Vec<&Slot> = free
        .into_iter()
        .filter(|s| offer.is_none_or(|(o, _)| o.id != s.id))
        .collect();
    let waiting = match (&cx.waiting, offer) {
        (Some(place), None) => Some(t.t1("wait-place", "position", place.position.to_string())),
        _ => None,
    };
    BookingPage {
        ctx: viewer.page(t.t1("booking-title", "child", &cx.child.first_name)),
        url: cx.url(),
        child: cx.child.first_name.clone(),
        booked: mine.map(|s| (slot_words(&t, s), s.room.clone())),
        also_present: mine.and_then(|s| s.also_present.clone()),
        video_link: mine.and_then(|s| s.video_link.clone()),
        may_wait: closed.is_none() && free.is_empty() && cx.waiting.is_none() && !cx.desk.slots.is_empty(),
        free: by_day(&t, &free),
        closed,
        notice,
        request_key: request_key(),
        offer: offer.map(|(s, until)| {
            let until = samenspraak_core::time::utc_to_local(until);
            (s.id.clone(), slot_words(&t, s), t.datetime_long(until))
        }),
        waiting,
        ask_when,
        proposed: mine.is_some_and(|m| m.proposed),
    }
}

/// Slots grouped by day in the order given (a day that comes back later, after "just taken"
/// sorts nearest first, gets its heading again).
fn by_day(t: &Tr, slots: &[&Slot]) -> Vec<(String, Vec<(String, String)>)> {
    let mut days: Vec<(jiff::civil::Date, Vec<(String, String)>)> = Vec::new();
    for s in slots {
        let time = format!("{}–{}", s.start.strftime("%H:%M"), s.end.strftime("%H:%M"));
        match days.last_mut() {
            Some((day, items)) if *day == s.day => items.push((s.id.clone(), time)),
            _ => days.push((s.day, vec![(s.id.clone(), time)])),
        }
    }
    days.into_iter().map(|(d, items)| (t.date_long(d), items)).collect()
}

/// `GET /family/book/{round}/{child}`.
pub async fn show(
    viewer: Viewer,
    cx: Context,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let t = viewer.tr();
    let notice = if q.contains_key("booked") {
        Some(t.t("booking-done"))
    } else if q.contains_key("cancelled") {
        Some(t.t("booking-cancelled"))
    } else if q.contains_key("waiting") {
        Some(t.t("wait-joined"))
    } else if q.contains_key("left") {
        Some(t.t("wait-left"))
    } else if q.contains_key("said") {
        Some(t.t("when-thanks"))
    } else if q.contains_key("confirmed") {
        Some(t.t("proposal-confirmed"))
    } else {
        None
    };
    render(&page(&viewer, &cx, notice, None))
}

/// The booking page answered with 409: the family's try did not go through, and the page
/// says why and what is free now.
fn conflict(page: &BookingPage) -> Result<Response, AppError> {
    let mut response = render(page)?;
    *response.status_mut() = StatusCode::CONFLICT;
    Ok(response)
}
