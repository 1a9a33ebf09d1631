//! A family books the KOM conversation for their child: real buttons with the date and the
//! time in words, free slots only (never who took the others), working without a script.
//! Booking opens for everyone at the same moment and each slot closes a day before it. A
//! slot someone else just took is answered with the nearest free ones, not an error; the
//! same form sent twice books once.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Form, PageCtx, render};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::booking::may_change;
use samenspraak_core::ids::GuardianId;
use samenspraak_store::bookings::{self, BookedBy, Outcome, Slot};
use samenspraak_store::outbox::NewMail;
use samenspraak_store::{children, rounds};

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

#[derive(Template)]
#[template(path = "family/booking.html")]
struct BookingPage {
    ctx: PageCtx,
    url: String,
    child: String,
    /// The slot booked, in words, and its room.
    booked: Option<(String, String)>,
    /// (slot id, words) of the free slots that can still be chosen.
    free: Vec<(String, String)>,
    /// Why nothing can be chosen now, if so.
    closed: Option<String>,
    /// A message after a try: just taken, booked, cancelled.
    notice: Option<String>,
    request_key: String,
}

struct Context {
    guardian: GuardianId,
    child: children::Child,
    round: rounds::Round,
    slots: Vec<Slot>,
}

impl Context {
    async fn load(state: &AppState, viewer: &Viewer, round: String, child: String) -> Result<Self, AppError> {
        let own = crate::routes::family::OwnChild::load(state, viewer, round, child).await?;
        let (id, child, round, class) = (own.guardian, own.child, own.round, own.class);
        let slots = bookings::slots(&state.store, &round.id, &class).await?;
        Ok(Self {
            guardian: id,
            child,
            round,
            slots,
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
            self.round.plan.booking_opens,
            self.round.plan.booking_closes,
            slot.day.to_datetime(slot.start),
        )
    }

    fn free(&self) -> Vec<&Slot> {
        self.slots
            .iter()
            .filter(|s| s.child.is_none() && self.open(s))
            .collect()
    }
}

fn request_key() -> String {
    samenspraak_store::new_secret()[..32].to_string()
}

fn page(viewer: &Viewer, cx: &Context, notice: Option<String>, free_first: Option<&Slot>) -> BookingPage {
    let t = viewer.tr();
    let mine = cx.slots.iter().find(|s| s.child.as_ref() == Some(&cx.child.id));
    let mut free = cx.free();
    // After "just taken": the free slots nearest to the one wanted, first.
    if let Some(wanted) = free_first {
        let at = wanted.day.to_datetime(wanted.start);
        free.sort_by_key(|s| {
            (s.day.to_datetime(s.start) - at).get_minutes().abs() + (s.day - wanted.day).get_days().abs() as i64 * 1440
        });
    }
    let now = Context::now();
    let plan = &cx.round.plan;
    let closed = if now < plan.booking_opens {
        Some(t.t1("booking-not-yet", "date", t.datetime_long(plan.booking_opens)))
    } else if now >= plan.booking_closes {
        Some(t.t("booking-closed"))
    } else if cx.slots.is_empty() {
        Some(t.t("booking-no-slots"))
    } else {
        None
    };
    BookingPage {
        ctx: viewer.page(t.t1("booking-title", "child", &cx.child.first_name)),
        url: cx.url(),
        child: cx.child.first_name.clone(),
        booked: mine.map(|s| (slot_words(&t, s), s.room.clone())),
        free: free.iter().map(|s| (s.id.clone(), slot_words(&t, s))).collect(),
        closed,
        notice,
        request_key: request_key(),
    }
}

/// `GET /family/book/{round}/{child}`.
pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let cx = Context::load(&state, &viewer, round, child).await?;
    let t = viewer.tr();
    let notice = if q.contains_key("booked") {
        Some(t.t("booking-done"))
    } else if q.contains_key("cancelled") {
        Some(t.t("booking-cancelled"))
    } else {
        None
    };
    render(&page(&viewer, &cx, notice, None))
}

/// `POST /family/book/{round}/{child}`: `slot` and the form's `key`. Books, or moves the
/// child's booking to the slot.
pub async fn book(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let cx = Context::load(&state, &viewer, round, child).await?;
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let slot_id = field("slot").unwrap_or_default();
    let key = field("key")
        .filter(|k| (16..=64).contains(&k.len()))
        .unwrap_or_else(request_key);
    let slot = cx.slots.iter().find(|s| s.id == slot_id).ok_or(AppError::NotFound)?;
    let t = viewer.tr();
    let mine = cx.slots.iter().find(|s| s.child.as_ref() == Some(&cx.child.id));
    if !cx.open(slot) || mine.is_some_and(|m| !cx.open(m)) {
        let mut response = render(&page(&viewer, &cx, Some(t.t("booking-too-late")), Some(slot)))?;
        *response.status_mut() = StatusCode::CONFLICT;
        return Ok(response);
    }
    let by = BookedBy::Guardian(&cx.guardian);
    let (round_id, child_id) = (&cx.round.id, &cx.child.id);
    let outcome = match mine {
        Some(m) if m.id == slot.id => Outcome::Booked,
        Some(_) => {
            let mails = confirmation(&state, &cx.round, &cx.child, slot).await?;
            bookings::change(&state.store, round_id, &slot.id, child_id, by, &key, mails).await?
        }
        None => {
            let mails = confirmation(&state, &cx.round, &cx.child, slot).await?;
            bookings::book(&state.store, round_id, &slot.id, child_id, by, &key, mails).await?
        }
    };
    match outcome {
        Outcome::Booked => Ok(Redirect::to(&format!("{}?booked=1", cx.url())).into_response()),
        Outcome::Taken | Outcome::ChildHasOne => {
            // Read again: the page shows what is free now, nearest first.
            let cx = Context::load(&state, &viewer, cx.round.id.to_string(), cx.child.id.to_string()).await?;
            let wanted = slot.clone();
            let mut response = render(&page(&viewer, &cx, Some(t.t("booking-taken")), Some(&wanted)))?;
            *response.status_mut() = StatusCode::CONFLICT;
            Ok(response)
        }
    }
}

/// `POST /family/book/{round}/{child}/cancel`.
pub async fn cancel(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let cx = Context::load(&state, &viewer, round, child).await?;
    let t = viewer.tr();
    if let Some(mine) = cx.slots.iter().find(|s| s.child.as_ref() == Some(&cx.child.id)) {
        if !cx.open(mine) {
            let mut response = render(&page(&viewer, &cx, Some(t.t("booking-too-late")), None))?;
            *response.status_mut() = StatusCode::CONFLICT;
            return Ok(response);
        }
        bookings::cancel(&state.store, &cx.round.id, &cx.child.id).await?;
    }
    Ok(Redirect::to(&format!("{}?cancelled=1", cx.url())).into_response())
}

/// Text made safe for HTML.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The confirmation mails for a booking in `slot`, with the conversation as a calendar file:
/// one to each of the child's guardians with an address (both are expected at the
/// conversation). They go into the outbox with the booking, in the same commit. Also sent
/// when the teacher books or moves the conversation for the family.
pub async fn confirmation(
    state: &AppState,
    round: &rounds::Round,
    child: &children::Child,
    slot: &Slot,
) -> Result<Vec<NewMail>, AppError> {
    let family = samenspraak_store::guardians::of_child(&state.store, &child.id).await?;
    let site = state.config.base_url.trim_end_matches('/').to_string();
    let mut mails = Vec::new();
    for g in family.iter().filter(|g| g.active && g.right_to_info) {
        let Some(address) = &g.email else {
            continue;
        };
        let t = Tr::new(crate::i18n::portal_language(g.language));
        let when = slot_words(&t, slot);
        let first_name = &child.first_name;
        let subject = t.args(
            "booking-mail-subject",
            &[("child", first_name.clone()), ("when", when.clone())],
        );
        let lines = [
            t.t1("letter-greeting", "name", &g.name),
            t.args(
                "booking-mail-text",
                &[("child", first_name.clone()), ("when", when.clone())],
            ),
            if slot.room.is_empty() {
                String::new()
            } else {
                t.t1("booking-room", "room", &slot.room)
            },
            t.t1("booking-mail-change", "url", format!("{site}/family")),
            t.t("letter-bye"),
        ];
        let text = lines
            .iter()
            .filter(|l| !l.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n");
        let body = lines
            .iter()
            .filter(|l| !l.is_empty())
            .map(|l| format!("<p>{}</p>", html(l)))
            .collect::<String>();
        let ics = samenspraak_core::ics::calendar(&samenspraak_core::ics::Event {
            uid: &format!("{}-{}@samenspraak", round.id, child.id),
            sequence: samenspraak_store::now(),
            start: slot.day.to_datetime(slot.start),
            end: slot.day.to_datetime(slot.end),
            summary: &t.t1("booking-mail-event", "child", first_name),
            location: &slot.room,
            description: &format!("{site}/family"),
            stamp: samenspraak_store::now(),
        });
        mails.push(NewMail {
            school: round.school_id.clone(),
            round: Some(round.id.clone()),
            guardian: Some(g.id.clone()),
            purpose: "booking",
            to_address: address.clone(),
            to_name: g.name.clone(),
            subject,
            text_body: text,
            html_body: format!("<!doctype html><html lang=\"{}\"><body>{body}</body></html>", t.code()),
            calendar: Some(ics),
        });
    }
    Ok(mails)
}
