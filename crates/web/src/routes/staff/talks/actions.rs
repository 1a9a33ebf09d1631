//! What the teacher does on the planning page: plan automatically, change the settings,
//! mark days without talks and absences, and change, fix or unplan one talk.

use super::{Planning, render_page};
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::render_invalid;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::child_talk::{TalkSettings, TalkStatus, parse_time_of_day};
use samenspraak_core::planner;
use samenspraak_core::values::{FieldError, optional_text, parse_date};
use samenspraak_store::{StoreError, child_talks};
use serde::Deserialize;

fn back(p: &Planning) -> Response {
    Redirect::to(&p.url()).into_response()
}

async fn invalid(
    state: &AppState,
    sv: &StaffViewer,
    p: Planning,
    field: &'static str,
    error: FieldError,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    errors.add(field, &sv.viewer.tr(), error);
    render_invalid(&render_page(state, sv, p, errors).await?)
}

/// One click: every child without a fixed talk gets a place.
pub async fn plan(State(state): State<AppState>, p: Planning) -> Result<Response, AppError> {
    let result = planner::plan(&p.input);
    let new: Vec<_> = result
        .talks
        .into_iter()
        .filter(|t| !p.input.locked.contains(t))
        .collect();
    child_talks::save_plan(&state.store, &p.round.id, &p.class.id, p.settings.talk_minutes, &new).await?;
    Ok(back(&p))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    talk_minutes: String,
    break_minutes: String,
    per_moment: String,
}

pub async fn save_settings(
    State(state): State<AppState>,
    sv: StaffViewer,
    p: Planning,
    Form(f): Form<SettingsForm>,
) -> Result<Response, AppError> {
    match TalkSettings::parse(&f.talk_minutes, &f.break_minutes, &f.per_moment) {
        Ok(s) => {
            child_talks::set_settings(&state.store, sv.school(), &p.round.id, s).await?;
            Ok(back(&p))
        }
        Err(list) => {
            let errors = FieldErrors::from_list(&list, &sv.viewer.tr());
            let mut page = render_page(&state, &sv, p, errors).await?;
            // What was typed stays, next to what was wrong with it.
            page.settings = super::SettingsFields {
                talk_minutes: f.talk_minutes,
                break_minutes: f.break_minutes,
                per_moment: f.per_moment,
            };
            render_invalid(&page)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ClosedForm {
    day: String,
    reason: String,
}

pub async fn add_closed_day(
    State(state): State<AppState>,
    sv: StaffViewer,
    p: Planning,
    Form(f): Form<ClosedForm>,
) -> Result<Response, AppError> {
    let day = match parse_date(&f.day) {
        Ok(d) => d,
        Err(e) => return invalid(&state, &sv, p, "day", e).await,
    };
    let reason = optional_text(&f.reason, 80).unwrap_or_default().unwrap_or_default();
    child_talks::set_closed_day(&state.store, &p.class.id, day, Some(&reason)).await?;
    Ok(back(&p))
}

pub async fn remove_closed_day(
    State(state): State<AppState>,
    p: Planning,
    Form(f): Form<ClosedForm>,
) -> Result<Response, AppError> {
    let day = parse_date(&f.day).map_err(|_| AppError::BadRequest)?;
    child_talks::set_closed_day(&state.store, &p.class.id, day, None).await?;
    Ok(back(&p))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AbsenceForm {
    child: String,
    absent_on: String,
}

pub async fn absence(
    State(state): State<AppState>,
    sv: StaffViewer,
    p: Planning,
    Form(f): Form<AbsenceForm>,
) -> Result<Response, AppError> {
    let Some(child) = p
        .children
        .iter()
        .find(|c| c.id.as_str() == f.child)
        .map(|c| c.id.clone())
    else {
        return invalid(&state, &sv, p, "child", FieldError::Choice).await;
    };
    let day = match parse_date(&f.absent_on) {
        Ok(d) => d,
        Err(e) => return invalid(&state, &sv, p, "absent_on", e).await,
    };
    child_talks::add_absence(&state.store, sv.school(), &child, day).await?;
    Ok(back(&p))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TalkForm {
    status: String,
    locked: Option<String>,
    day: String,
    start: String,
}

/// Saves one talk: its status, whether it is fixed, and a new day or time if changed. A
/// talk marked absent records the absence, so the next plan finds the child another day.
pub async fn update_talk(
    State(state): State<AppState>,
    sv: StaffViewer,
    p: Planning,
    Path((_, _, talk)): Path<(String, String, String)>,
    Form(f): Form<TalkForm>,
) -> Result<Response, AppError> {
    let current = p.talks.iter().find(|t| t.id == talk).ok_or(AppError::NotFound)?.clone();
    let mut status = TalkStatus::parse(&f.status).ok_or(AppError::BadRequest)?;
    let day = if f.day.trim().is_empty() {
        Ok(current.date)
    } else {
        parse_date(&f.day)
    };
    let Ok(day) = day else {
        return invalid(&state, &sv, p, "day", FieldError::Date).await;
    };
    let start = if f.start.trim().is_empty() {
        Ok(current.start)
    } else {
        parse_time_of_day(&f.start)
    };
    let Ok(start) = start else {
        return invalid(&state, &sv, p, "start", FieldError::Time).await;
    };
    let moved = day != current.date || start != current.start;
    // The class's own day without talks (a trip) is refused like a holiday.
    let closed = child_talks::closed_days(&state.store, &p.class.id)
        .await?
        .into_iter()
        .find(|(d, _)| *d == day)
        .map(|(_, reason)| {
            let t = sv.viewer.tr();
            let why = if reason.is_empty() {
                t.t("day-off-other")
            } else {
                reason
            };
            t.args("day-off-refused", &[("date", t.date_long(day)), ("why", why)])
        });
    let off = match closed {
        Some(message) => Some(message),
        None => crate::ui::calendar::not_a_school_day(&state, &sv.viewer.tr(), &p.round.school_id, day, true).await?,
    };
    if day != current.date
        && let Some(message) = off
    {
        let mut errors = FieldErrors::new();
        errors.add_message("day", &sv.viewer.tr(), message);
        return render_invalid(&render_page(&state, &sv, p, errors).await?);
    }
    let place = if moved {
        if status == TalkStatus::Planned {
            status = TalkStatus::Moved;
        }
        let end = start
            .checked_add(jiff::Span::new().minutes(p.settings.talk_minutes))
            .map_err(|_| AppError::BadRequest)?;
        // The moment it now falls in, if any: its place is printed on the slip.
        let moment = p
            .moments
            .iter()
            .find(|m| m.weekday == day.weekday() && m.start <= start && end <= m.end)
            .map(|m| m.id.as_str());
        Some((day, start, end, moment))
    } else {
        None
    };
    let mut locked = f.locked.is_some();
    if status == TalkStatus::Absent {
        child_talks::add_absence(&state.store, sv.school(), &current.child_id, current.date).await?;
        locked = false;
    }
    match child_talks::update_talk(&state.store, &p.round.id, &current.id, status, locked, place).await {
        Ok(()) => Ok(back(&p)),
        Err(StoreError::Conflict(_)) => invalid(&state, &sv, p, "start", FieldError::Taken).await,
        Err(e) => Err(e.into()),
    }
}

pub async fn unplan(
    State(state): State<AppState>,
    p: Planning,
    Path((_, _, talk)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    if !p.talks.iter().any(|t| t.id == talk) {
        return Err(AppError::NotFound);
    }
    child_talks::unplan(&state.store, &p.round.id, &talk).await?;
    Ok(back(&p))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CancelForm {
    moment: String,
    cancelled_on: String,
}

/// One moment does not happen on one day (a trip, a performance); the next plan skips it.
pub async fn cancel_moment(
    State(state): State<AppState>,
    sv: StaffViewer,
    p: Planning,
    Form(f): Form<CancelForm>,
) -> Result<Response, AppError> {
    let day = match parse_date(&f.cancelled_on) {
        Ok(d) => d,
        Err(e) => return invalid(&state, &sv, p, "cancelled_on", e).await,
    };
    match p.moments.iter().find(|m| m.id == f.moment) {
        Some(m) if m.weekday == day.weekday() => {
            child_talks::cancel_moment(&state.store, &p.class.id, &m.id, day).await?;
            Ok(back(&p))
        }
        Some(_) => invalid(&state, &sv, p, "cancelled_on", FieldError::WrongWeekday).await,
        None => invalid(&state, &sv, p, "moment", FieldError::Choice).await,
    }
}

pub async fn uncancel_moment(
    State(state): State<AppState>,
    p: Planning,
    Form(f): Form<CancelForm>,
) -> Result<Response, AppError> {
    let day = parse_date(&f.cancelled_on).map_err(|_| AppError::BadRequest)?;
    child_talks::uncancel_moment(&state.store, &p.class.id, &f.moment, day).await?;
    Ok(back(&p))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SwapForm {
    with: String,
}

/// Two children change places: from the form on the planning page, or by dragging one talk
/// onto another.
pub async fn swap(
    State(state): State<AppState>,
    sv: StaffViewer,
    p: Planning,
    Path((_, _, talk)): Path<(String, String, String)>,
    Form(f): Form<SwapForm>,
) -> Result<Response, AppError> {
    let of_this_plan = |id: &str| p.talks.iter().any(|t| t.id == id);
    if !of_this_plan(&talk) || !of_this_plan(&f.with) {
        return Err(AppError::NotFound);
    }
    // A held talk stays where it happened, whatever an old page offered.
    let held = |id: &str| p.talks.iter().any(|t| t.id == id && t.status == TalkStatus::Done);
    if held(&talk) || held(&f.with) {
        return invalid(&state, &sv, p, "with", FieldError::Choice).await;
    }
    child_talks::swap(&state.store, &p.round.id, &talk, &f.with).await?;
    Ok(back(&p))
}
