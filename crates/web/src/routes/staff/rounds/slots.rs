//! The teacher's conversation days: a day cut into slots (from, until, slot length, gap,
//! room), the slots with who booked them, and free slots taken away again.

use crate::access::scope::round_and_class;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::booking::DayPlan;
use samenspraak_core::child_talk::parse_time_of_day;
use samenspraak_core::values::{FieldError, parse_date, parse_whole};
use samenspraak_store::bookings;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::rounds::Round;
use serde::Deserialize;

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct DayForm {
    pub day: String,
    pub from: String,
    pub until: String,
    pub minutes: String,
    pub gap: String,
    pub room: String,
    pub video_link: String,
    pub also_present: String,
    /// A child's id: the day's slots are kept for that child (a longer conversation).
    pub reserved_for: String,
}

/// One day's slots on the page.
pub struct DayView {
    pub label: String,
    pub slots: Vec<SlotRow>,
}

/// One slot on the page.
pub struct SlotRow {
    pub id: String,
    /// From and until, "16:00–16:15".
    pub time: String,
    /// Who booked it, empty when free.
    pub who: String,
    /// Why it is held, such as "kept for Jonas".
    pub note: String,
}

/// A child whose parents live apart, and whether each household has its own conversation.
pub struct Separated {
    pub id: String,
    pub name: String,
    pub apart: bool,
}

#[derive(Template)]
#[template(path = "slots.html")]
struct SlotsPage {
    ctx: PageCtx,
    url: String,
    days: Vec<DayView>,
    /// Children without a time yet: (id, name), for the teacher to book for them.
    unbooked: Vec<(String, String)>,
    booked: usize,
    total: usize,
    form: DayForm,
    errors: FieldErrors,
    /// Children whose parents live apart.
    separated: Vec<Separated>,
    /// The class's children, to keep a day's slots for one of them: (id, name).
    class_children: Vec<(String, String)>,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    round: &Round,
    class: &SchoolClass,
    form: DayForm,
    errors: FieldErrors,
) -> Result<SlotsPage, AppError> {
    let t = sv.viewer.tr();
    let slots = bookings::slots(&state.store, &round.id, &class.id).await?;
    let kids = samenspraak_store::children::in_class(&state.store, &class.id).await?;
    let mut days: Vec<DayView> = Vec::new();
    // Per child, its guardians: to name who comes to a separate conversation and to find
    // the children whose parents live apart.
    let mut families = std::collections::HashMap::new();
    for k in kids.iter().filter(|k| k.active) {
        families.insert(
            k.id.clone(),
            samenspraak_store::guardians::of_child(&state.store, &k.id).await?,
        );
    }
    for slot in &slots {
        let label = t.date_long(slot.day);
        let mut who = slot
            .child
            .as_ref()
            .and_then(|c| kids.iter().find(|k| &k.id == c))
            .map(|k| k.full_name())
            .unwrap_or_default();
        if !slot.seat.is_empty()
            && let Some(family) = slot.child.as_ref().and_then(|c| families.get(c))
        {
            let names: Vec<&str> = family
                .iter()
                .filter(|g| g.household_id.as_str() == slot.seat)
                .map(|g| g.name.as_str())
                .collect();
            who = t.t2("slots-seat", "child", who, "guardians", names.join(", "));
        }
        let note = slot
            .reserved_for
            .as_ref()
            .and_then(|c| kids.iter().find(|k| &k.id == c))
            .map(|k| t.t1("slots-reserved", "child", k.full_name()))
            .unwrap_or_default();
        let row = SlotRow {
            id: slot.id.clone(),
            time: format!("{}–{}", slot.start.strftime("%H:%M"), slot.end.strftime("%H:%M")),
            who,
            note,
        };
        match days.last_mut() {
            Some(d) if d.label == label => d.slots.push(row),
            _ => days.push(DayView {
                label,
                slots: vec![row],
            }),
        }
    }
    let waiting = samenspraak_store::waiting::of_round(&state.store, &round.id).await?;
    // Those on the waiting list first, in their order, marked: they are the ones to help.
    let mut unbooked: Vec<(String, String)> = waiting
        .iter()
        .filter_map(|w| kids.iter().find(|k| k.id == *w))
        .filter(|k| !slots.iter().any(|s| s.child.as_ref() == Some(&k.id)))
        .map(|k| (k.id.to_string(), t.t1("slots-waiting-child", "child", k.full_name())))
        .collect();
    unbooked.extend(
        kids.iter()
            .filter(|k| k.active && !waiting.contains(&k.id) && !slots.iter().any(|s| s.child.as_ref() == Some(&k.id)))
            .map(|k| (k.id.to_string(), k.full_name())),
    );
    let apart = bookings::separate_of_round(&state.store, &round.id).await?;
    let separated = kids
        .iter()
        .filter(|k| {
            let mut households: Vec<_> = families
                .get(&k.id)
                .map(|f| {
                    f.iter()
                        .filter(|g| g.active && g.right_to_info)
                        .map(|g| &g.household_id)
                        .collect()
                })
                .unwrap_or_default();
            households.sort();
            households.dedup();
            households.len() > 1
        })
        .map(|k| Separated {
            id: k.id.to_string(),
            name: k.full_name(),
            apart: apart.contains(&k.id),
        })
        .collect();
    let class_children = kids
        .iter()
        .filter(|k| k.active)
        .map(|k| (k.id.to_string(), k.full_name()))
        .collect();
    Ok(SlotsPage {
        class_children,
        separated,
        unbooked,
        ctx: sv
            .viewer
            .page(t.t2("slots-title", "class", &class.name, "round", &round.plan.name)),
        url: format!("/rounds/{}/slots/{}", round.id, class.id),
        booked: slots.iter().filter(|s| s.child.is_some()).count(),
        total: slots.len(),
        days,
        form,
        errors,
    })
}

/// `GET /rounds/{id}/slots/{class}`.
pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (round, class) = round_and_class(&state, &sv, round, class).await?;
    let form = DayForm {
        day: round.plan.conference_from.to_string(),
        from: "16:00".into(),
        until: "19:00".into(),
        minutes: "20".into(),
        gap: "0".into(),
        room: String::new(),
        video_link: String::new(),
        also_present: String::new(),
        reserved_for: String::new(),
    };
    render(&page(&state, &sv, &round, &class, form, FieldErrors::new()).await?)
}

/// A conversation day as typed: the problems found, and what could be read.
type ParsedDay = (
    Vec<(&'static str, FieldError)>,
    Option<jiff::civil::Date>,
    Option<DayPlan>,
    Option<String>,
    Option<String>,
);

/// Reads the day, its times, the video link and who else is at the table.
pub(crate) fn parse_day(f: &DayForm) -> ParsedDay {
    let mut problems = Vec::new();
    let day = parse_date(&f.day).map_err(|e| problems.push(("day", e))).ok();
    let from = parse_time_of_day(&f.from).map_err(|e| problems.push(("from", e))).ok();
    let until = parse_time_of_day(&f.until)
        .map_err(|e| problems.push(("until", e)))
        .ok();
    let minutes = parse_whole(&f.minutes, 5, 90)
        .map_err(|e| problems.push(("minutes", e)))
        .ok();
    let gap = parse_whole(if f.gap.trim().is_empty() { "0" } else { &f.gap }, 0, 60)
        .map_err(|e| problems.push(("gap", e)))
        .ok();
    let video_link = samenspraak_core::values::parse_https_link(&f.video_link)
        .map_err(|e| problems.push(("video_link", e)))
        .ok()
        .flatten();
    let also_present = samenspraak_core::values::optional_text(&f.also_present, 120)
        .map_err(|e| problems.push(("also_present", e)))
        .ok()
        .flatten();
    let plan = match (from, until, minutes, gap) {
        (Some(from), Some(until), Some(m), Some(g)) => DayPlan::new(from, until, m, g)
            .map_err(|(field, e)| problems.push((field, e)))
            .ok(),
        _ => None,
    };
    (problems, day, plan, video_link, also_present)
}

/// `POST /rounds/{id}/slots/{class}`: a conversation day, cut into slots.
pub async fn add_day(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Form(f): Form<DayForm>,
) -> Result<Response, AppError> {
    let (round, class) = round_and_class(&state, &sv, round, class).await?;
    let t = sv.viewer.tr();
    let (mut problems, day, plan, video_link, also_present) = parse_day(&f);
    let kids = samenspraak_store::children::in_class(&state.store, &class.id).await?;
    let reserved_for = kids
        .iter()
        .find(|k| k.id.as_str() == f.reserved_for)
        .map(|k| k.id.clone());
    if !f.reserved_for.is_empty() && reserved_for.is_none() {
        problems.push(("reserved_for", FieldError::Choice));
    }
    match (day, plan) {
        (Some(day), Some(plan)) if problems.is_empty() => {
            let room: String = f.room.trim().chars().take(60).collect();
            let details = bookings::DayDetails {
                room: &room,
                video_link: video_link.as_deref(),
                also_present: also_present.as_deref(),
                reserved_for: reserved_for.as_ref(),
            };
            bookings::add_day(
                &state.store,
                &class.school_id,
                &round.id,
                &class.id,
                day,
                &plan,
                details,
            )
            .await?;
            Ok(Redirect::to(&format!("/rounds/{}/slots/{}", round.id, class.id)).into_response())
        }
        _ => {
            let errors = FieldErrors::from_list(&problems, &t);
            render_invalid(&page(&state, &sv, &round, &class, f, errors).await?)
        }
    }
}

/// `POST /rounds/{id}/slots/{class}/{slot}/delete`: a free slot goes; a booked one stays.
pub async fn remove(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class, slot)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let (round, class) = round_and_class(&state, &sv, round, class).await?;
    match bookings::remove_slot(&state.store, &round.id, &class.id, &slot).await {
        Ok(()) | Err(samenspraak_store::StoreError::Conflict(_)) => {
            Ok(Redirect::to(&format!("/rounds/{}/slots/{}", round.id, class.id)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /rounds/{id}/slots/{class}/{slot}/book`: the teacher books a free slot for a child
/// (`child`) whose family did not choose; a child with a time moves to this one.
pub async fn book_for(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class, slot)): Path<(String, String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, class) = round_and_class(&state, &sv, round, class).await?;
    let child = pairs
        .iter()
        .find(|(k, _)| k == "child")
        .map(|(_, v)| samenspraak_core::ids::ChildId(v.clone()))
        .ok_or(AppError::BadRequest)?;
    let kid = samenspraak_store::children::get(&state.store, sv.school(), &child).await?;
    let slots = bookings::slots(&state.store, &round.id, &class.id).await?;
    if kid.class_id.as_ref() != Some(&class.id) || !slots.iter().any(|s| s.id == slot) {
        return Err(AppError::NotFound);
    }
    let key = samenspraak_store::new_secret()[..32].to_string();
    let by = bookings::BookedBy::Staff(sv.id());
    // The teacher books the conversation of the family together.
    let has_one = slots
        .iter()
        .any(|s| s.child.as_ref() == Some(&child) && s.seat.is_empty());
    let target = slots.iter().find(|s| s.id == slot).ok_or(AppError::NotFound)?;
    // The family is told, as if they had booked themselves.
    let mails = crate::services::booking_mail::booked(
        &state,
        &round,
        &kid,
        target,
        "",
        crate::services::booking_mail::About::Booked,
        &samenspraak_store::guardians::of_child(&state.store, &kid.id).await?,
        &crate::services::booking_mail::signature(&state, &kid).await?,
    );
    let request = bookings::Request {
        round: &round.id,
        slot: &slot,
        child: &child,
        seat: "",
        by,
        request_key: &key,
        who: &sv.who(),
    };
    let outcome = if has_one {
        bookings::change(&state.store, request, mails).await?
    } else {
        bookings::book(&state.store, request, mails).await?
    };
    if outcome == bookings::Outcome::Booked {
        samenspraak_store::waiting::leave(&state.store, &round.id, &child).await?;
        if has_one {
            crate::services::offers::offer_freed(&state, &round, &class.id).await;
        }
    }
    Ok(Redirect::to(&format!("/rounds/{}/slots/{}", round.id, class.id)).into_response())
}

/// `POST /rounds/{id}/slots/{class}/separate` with `child` and `on` (1 or 0): separated
/// parents each book their own conversation about the child, or again one together.
pub async fn separate(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, class) = round_and_class(&state, &sv, round, class).await?;
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let child = samenspraak_core::ids::ChildId(field("child").ok_or(AppError::BadRequest)?);
    let kid = samenspraak_store::children::get(&state.store, sv.school(), &child).await?;
    if kid.class_id.as_ref() != Some(&class.id) {
        return Err(AppError::NotFound);
    }
    bookings::set_separate(&state.store, &round.id, &child, field("on").as_deref() == Some("1")).await?;
    Ok(Redirect::to(&format!("/rounds/{}/slots/{}", round.id, class.id)).into_response())
}
