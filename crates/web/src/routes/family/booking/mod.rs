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
    /// The free slots that can still be chosen, by day, with what the family needs to know
    /// before choosing.
    free: Vec<DayChoices>,
    /// Free times right before or after a sibling's conversation, offered first.
    next_to_sibling: Vec<(String, SlotChoice)>,
    /// "Het gesprek over Noor is dinsdag 5 januari, 16:20–16:40." per sibling booked.
    siblings: Vec<String>,
    /// Why this family may choose earlier than others, when it may.
    head_start: Option<String>,
    /// After "just taken", only the nearest times are listed: more are free.
    more: bool,
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

/// One day of free times: the day in words, what holds for its conversations (room,
/// length, who else is at the table, video), and the times.
pub struct DayChoices {
    day: String,
    facts: String,
    times: Vec<SlotChoice>,
}

/// One free time: its id and words, and why it cannot be chosen (a sibling's conversation
/// at the same time) or what is good about it (right next to one).
pub struct SlotChoice {
    id: String,
    time: String,
    clash: Option<String>,
    next_to: Option<String>,
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
    /// The guardian's other children in the round with a booked conversation: their first
    /// name and their slot, so that the picker keeps the family's conversations together.
    siblings: Vec<(String, Slot)>,
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
        let in_round: Vec<&children::Child> = viewer
            .guardian_children
            .iter()
            .filter(|c| c.active && c.class_id.as_ref().is_some_and(|k| round.classes.contains(k)))
            .collect();
        let mut siblings = Vec::new();
        for sibling in in_round.iter().filter(|c| c.id != child.id) {
            if let Some(slot) = bookings::of_child(&state.store, &round.id, &sibling.id).await? {
                siblings.push((sibling.first_name.clone(), slot));
            }
        }
        if round.head_start_minutes > 0 {
            let in_round = in_round.len();
            if in_round > 1 {
                opens = opens
                    .checked_sub(jiff::Span::new().minutes(round.head_start_minutes))
                    .unwrap_or(opens);
            }
        }
        Ok(Self {
            family,
            opens,
            siblings,
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

    /// The sibling whose conversation falls at the same time as `slot`, when the school
    /// keeps a family's conversations apart.
    fn clash(&self, slot: &Slot) -> Option<&str> {
        if self.round.siblings_parallel {
            return None;
        }
        self.siblings
            .iter()
            .find(|(_, s)| s.day == slot.day && s.start < slot.end && slot.start < s.end)
            .map(|(name, _)| name.as_str())
    }

    /// The sibling whose conversation ends when `slot` starts or starts when it ends.
    fn next_to(&self, slot: &Slot) -> Option<&str> {
        self.siblings
            .iter()
            .find(|(_, s)| s.day == slot.day && (s.end == slot.start || s.start == slot.end))
            .map(|(name, _)| name.as_str())
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

/// How many free times the page offers after "just taken".
const NEAREST: usize = 4;

fn page(viewer: &Viewer, cx: &Context, notice: Option<String>, free_first: Option<&Slot>) -> BookingPage {
    let t = viewer.tr();
    let mine = cx.mine();
    let mut free = cx.free();
    // After "just taken": the free slots nearest to the one wanted, first. Between two as
    // near (just before and just after), each family gets its own order, so that the
    // families who lost the same slot do not all run for the same next one.
    // Only the nearest few: a phone's screen full of times is no answer to "which now?".
    let mut more = false;
    if let Some(wanted) = free_first {
        let at = wanted.day.to_datetime(wanted.start);
        free.sort_by_key(|s| {
            (
                s.day.to_datetime(s.start).duration_since(at).as_secs().abs(),
                tie_break(cx.child.id.as_str(), &s.id),
            )
        });
        more = free.len() > NEAREST;
        free.truncate(NEAREST);
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
        booked: mine.map(|s| {
            let room = if s.room.is_empty() {
                String::new()
            } else {
                crate::ui::words::room_words(&t, &s.room)
            };
            (slot_words(&t, s), room)
        }),
        also_present: mine.and_then(|s| s.also_present.clone()),
        video_link: mine.and_then(|s| s.video_link.clone()),
        // The list is for a family without a time: not once it has one (an offer taken).
        may_wait: closed.is_none()
            && free.is_empty()
            && mine.is_none()
            && cx.waiting.is_none()
            && !cx.desk.slots.is_empty(),
        next_to_sibling: free
            .iter()
            .filter(|s| cx.next_to(s).is_some() && cx.clash(s).is_none())
            .map(|s| (t.date_long(s.day), choice(&t, cx, s)))
            .collect(),
        siblings: cx
            .siblings
            .iter()
            .map(|(name, s)| {
                t.args(
                    "booking-sibling-booked",
                    &[("child", name.clone()), ("when", slot_words(&t, s))],
                )
            })
            .collect(),
        head_start: (cx.opens < plan.booking_opens && now < plan.booking_closes).then(|| {
            t.args(
                "booking-head-start",
                &[
                    ("minutes", cx.round.head_start_minutes.to_string()),
                    ("date", t.datetime_long(cx.opens)),
                ],
            )
        }),
        more,
        free: by_day(&t, cx, &free),
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

/// A free time as the picker shows it.
fn choice(t: &Tr, cx: &Context, s: &Slot) -> SlotChoice {
    SlotChoice {
        id: s.id.clone(),
        time: format!("{}–{}", s.start.strftime("%H:%M"), s.end.strftime("%H:%M")),
        clash: cx.clash(s).map(|name| t.t1("booking-sibling-clash", "child", name)),
        next_to: cx.next_to(s).map(|name| t.t1("booking-sibling-next", "child", name)),
    }
}

/// What holds for a conversation in `slot` before it is chosen: "In klas 6A · 20 minuten ·
/// Ook aan tafel: … · Ook via video".
fn facts(t: &Tr, slot: &Slot) -> String {
    let minutes = slot.start.duration_until(slot.end).as_secs() / 60;
    let mut facts = Vec::new();
    if !slot.room.is_empty() {
        facts.push(
            crate::ui::words::room_words(t, &slot.room)
                .trim_end_matches('.')
                .to_string(),
        );
    }
    facts.push(t.n("booking-facts-minutes", minutes));
    if let Some(who) = &slot.also_present {
        facts.push(t.t1("booking-also", "who", who).trim_end_matches('.').to_string());
    }
    if slot.video_link.is_some() {
        facts.push(t.t("booking-facts-video"));
    }
    facts.join(" · ")
}

/// Slots grouped by day in the order given (a day that comes back later, after "just taken"
/// sorts nearest first, gets its heading again).
fn by_day(t: &Tr, cx: &Context, slots: &[&Slot]) -> Vec<DayChoices> {
    let mut days: Vec<(jiff::civil::Date, DayChoices)> = Vec::new();
    for s in slots {
        match days.last_mut() {
            Some((day, d)) if *day == s.day => d.times.push(choice(t, cx, s)),
            _ => days.push((
                s.day,
                DayChoices {
                    day: t.date_long(s.day),
                    facts: facts(t, s),
                    times: vec![choice(t, cx, s)],
                },
            )),
        }
    }
    days.into_iter().map(|(_, d)| d).collect()
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

/// `GET /family/book/{round}/{child}/calendar.ics`: the booked conversation as a calendar
/// file, with the UID of the mails' files (a later change replaces it, a cancellation takes
/// it out). Not found while nothing is booked.
pub async fn calendar(State(state): State<AppState>, viewer: Viewer, cx: Context) -> Result<Response, AppError> {
    let slot = cx.mine().ok_or(AppError::NotFound)?;
    let site = state.config.base_url.trim_end_matches('/').to_string();
    let ics = booking_mail::calendar_file(&site, &viewer.tr(), &cx.round, &cx.child, slot);
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                axum::http::header::CONTENT_DISPOSITION,
                "attachment; filename=\"kom-gesprek.ics\"",
            ),
            (axum::http::header::CACHE_CONTROL, "no-store"),
        ],
        ics,
    )
        .into_response())
}

/// The booking page answered with 409: the family's try did not go through, and the page
/// says why and what is free now.
fn conflict(page: &BookingPage) -> Result<Response, AppError> {
    let mut response = render(page)?;
    *response.status_mut() = StatusCode::CONFLICT;
    Ok(response)
}
