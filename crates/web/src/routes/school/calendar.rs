//! The school calendar (`/school/calendar`): the school admin sees a school year's holidays
//! and days without school — the Flemish ones written in from the decree's rules — corrects
//! them, and adds the school's own free days and pedagogical study days.

use crate::access::scope::ManagesPeople;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::calendar::{DayOffKind, school_year_of};
use samenspraak_core::time::today;
use samenspraak_core::values::{FieldError, optional_text, parse_date};
use samenspraak_store::now;
use samenspraak_store::school_calendar;
use serde::Deserialize;

/// A day off as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DayOffForm {
    day_off_from: String,
    day_off_until: String,
    day_off_kind: String,
    day_off_name: String,
    year: String,
}

/// One row of the calendar.
pub struct Row {
    id: String,
    when: String,
    name: String,
    built_in: bool,
}

#[derive(Template)]
#[template(path = "school/calendar.html")]
struct CalendarPage {
    ctx: PageCtx,
    intro: String,
    year: i16,
    rows: Vec<Row>,
    kinds: Vec<(String, String)>,
    form: DayOffForm,
    errors: FieldErrors,
    notice: Option<String>,
    /// After adding days off over days with conversations or child talks: how many.
    clash: Option<String>,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    year: i16,
    form: DayOffForm,
    errors: FieldErrors,
    notice: Option<String>,
) -> Result<CalendarPage, AppError> {
    let t = sv.viewer.tr();
    let rows = school_calendar::of_school_year(&state.store, sv.school(), year)
        .await?
        .into_iter()
        .map(|e| Row {
            when: crate::ui::calendar::when(&t, &e),
            name: crate::ui::calendar::name_of(&t, &e),
            built_in: e.built_in,
            id: e.id,
        })
        .collect();
    Ok(CalendarPage {
        ctx: sv.viewer.page(t.t("school-calendar-title")),
        intro: t.t1("school-calendar-intro", "year", format!("{year}–{}", year + 1)),
        year,
        rows,
        kinds: DayOffKind::OWN
            .iter()
            .map(|k| (k.as_str().to_string(), t.t(&k.key())))
            .collect(),
        form,
        errors,
        notice,
        clash: None,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Shown {
    year: Option<i16>,
    added: Option<String>,
    removed: Option<String>,
    /// After adding: what was planned on the days already.
    slots: i64,
    booked: i64,
    talks: i64,
}

fn this_year() -> i16 {
    school_year_of(today(now()))
}

/// A school year within reach: ten years either way of today's.
fn year_in_reach(year: i16) -> Result<i16, AppError> {
    if (year - this_year()).abs() <= 10 {
        Ok(year)
    } else {
        Err(AppError::NotFound)
    }
}

/// `GET /school/calendar?year=2026`
pub async fn show(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Query(q): Query<Shown>,
) -> Result<Response, AppError> {
    let year = year_in_reach(q.year.unwrap_or_else(this_year))?;
    let t = sv.viewer.tr();
    let notice = if q.added.is_some() {
        Some(t.t("school-calendar-added"))
    } else {
        q.removed.is_some().then(|| t.t("school-calendar-removed"))
    };
    let mut page = page(&state, &sv, year, DayOffForm::default(), FieldErrors::new(), notice).await?;
    if q.added.is_some() && (q.slots > 0 || q.talks > 0) {
        page.clash = Some(format!(
            "{} {} {}",
            t.n("school-calendar-clash-slots", q.slots),
            t.n("school-calendar-clash-booked", q.booked),
            t.n("school-calendar-clash-talks", q.talks)
        ));
    }
    render(&page)
}

/// `POST /school/calendar`: a day (or days) off of the school's own.
pub async fn add(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Form(form): Form<DayOffForm>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let year = year_in_reach(form.year.trim().parse().unwrap_or_else(|_| this_year()))?;
    let mut errors = FieldErrors::new();
    let from = parse_date(&form.day_off_from)
        .map_err(|e| errors.add("day_off_from", &t, e))
        .ok();
    let until = if form.day_off_until.trim().is_empty() {
        from
    } else {
        parse_date(&form.day_off_until)
            .map_err(|e| errors.add("day_off_until", &t, e))
            .ok()
    };
    if let (Some(f), Some(u)) = (from, until)
        && u < f
    {
        errors.add("day_off_until", &t, FieldError::EndBeforeStart);
    }
    let kind = DayOffKind::parse(&form.day_off_kind).filter(|k| DayOffKind::OWN.contains(k));
    if kind.is_none() {
        errors.add("day_off_kind", &t, FieldError::Choice);
    }
    let name = optional_text(&form.day_off_name, 80)
        .map_err(|e| errors.add("day_off_name", &t, e))
        .ok();
    match (from, until, kind, name) {
        (Some(from), Some(until), Some(kind), Some(name)) if errors.is_empty() => {
            let name = name.unwrap_or_default();
            school_calendar::add(&state.store, sv.school(), from, until, kind, &name, &sv.who()).await?;
            let year = school_year_of(from);
            // What was planned on those days stays, but the admin is told, with numbers.
            let (slots, booked, talks) = school_calendar::planned_on(&state.store, sv.school(), from, until).await?;
            Ok(Redirect::to(&format!(
                "/school/calendar?year={year}&added=1&slots={slots}&booked={booked}&talks={talks}"
            ))
            .into_response())
        }
        _ => render_invalid(&page(&state, &sv, year, form, errors, None).await?),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Removed {
    year: String,
}

/// `POST /school/calendar/{id}/delete`
pub async fn remove(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
    Form(f): Form<Removed>,
) -> Result<Response, AppError> {
    if !school_calendar::remove(&state.store, sv.school(), &id, &sv.who()).await? {
        return Err(AppError::NotFound);
    }
    let year = year_in_reach(f.year.trim().parse().unwrap_or_else(|_| this_year()))?;
    Ok(Redirect::to(&format!("/school/calendar?year={year}&removed=1")).into_response())
}
