//! The school itself, for the school admin: its name and its school years. A new school
//! year is added before September; from its first day on, pages show its classes, and the
//! class lists imported then fill it.

use crate::access::scope::ManagesPeople;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::time::today;
use samenspraak_core::values::{FieldError, FieldProblems, parse_date, required_text};
use samenspraak_store::schools::{self, SchoolYear};
use samenspraak_store::{StoreError, now};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NameForm {
    name: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct YearForm {
    year_name: String,
    starts_on: String,
    ends_on: String,
}

/// A school year in the list, with whether pages use it today.
struct YearRow {
    year: SchoolYear,
    current: bool,
}

#[derive(Template)]
#[template(path = "school.html")]
struct SchoolPage {
    ctx: PageCtx,
    school_name: String,
    video: VideoForm,
    quiet: QuietForm,
    years: Vec<YearRow>,
    year_form: YearForm,
    errors: FieldErrors,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    name: String,
    year_form: YearForm,
    errors: FieldErrors,
) -> Result<SchoolPage, AppError> {
    let limits = samenspraak_store::videos::limits(&state.store, sv.school()).await?;
    page_with_video(state, sv, name, year_form, VideoForm::from(limits), errors).await
}

async fn quiet_form(state: &AppState, sv: &StaffViewer) -> Result<QuietForm, AppError> {
    let (from, until) = samenspraak_store::outbox::quiet_hours(&state.store, sv.school()).await?;
    Ok(QuietForm {
        quiet_from: from.to_string(),
        quiet_until: until.to_string(),
    })
}

async fn page_with_video(
    state: &AppState,
    sv: &StaffViewer,
    name: String,
    year_form: YearForm,
    video: VideoForm,
    errors: FieldErrors,
) -> Result<SchoolPage, AppError> {
    let current = schools::current_year(&state.store, sv.school(), today(now())).await?;
    let years = schools::years(&state.store, sv.school())
        .await?
        .into_iter()
        .map(|year| YearRow {
            current: current.as_ref().is_some_and(|c| c.id == year.id),
            year,
        })
        .collect();
    Ok(SchoolPage {
        ctx: sv.viewer.page(sv.viewer.tr().t("school-title")),
        school_name: name,
        video,
        quiet: quiet_form(state, sv).await?,
        years,
        year_form,
        errors,
    })
}

/// The form for the next school year starts filled in: 1 September to 30 June.
fn next_year_form(years: &[SchoolYear]) -> YearForm {
    let after = years.iter().map(|y| y.ends_on).max().unwrap_or_else(|| today(now()));
    let (name, starts, ends) = schools::year_around(after.checked_add(jiff::Span::new().days(75)).unwrap_or(after));
    YearForm {
        year_name: name,
        starts_on: starts.to_string(),
        ends_on: ends.to_string(),
    }
}

pub async fn show(State(state): State<AppState>, ManagesPeople(sv): ManagesPeople) -> Result<Response, AppError> {
    let school = schools::get(&state.store, sv.school()).await?;
    let years = schools::years(&state.store, sv.school()).await?;
    render(&page(&state, &sv, school.name, next_year_form(&years), FieldErrors::new()).await?)
}

pub async fn rename(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Form(form): Form<NameForm>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    match required_text(&form.name, 120) {
        Ok(name) => {
            schools::rename(&state.store, sv.school(), &name, &sv.who()).await?;
            Ok(Redirect::to("/school").into_response())
        }
        Err(e) => {
            let years = schools::years(&state.store, sv.school()).await?;
            let mut errors = FieldErrors::new();
            errors.add("name", &t, e);
            render_invalid(&page(&state, &sv, form.name, next_year_form(&years), errors).await?)
        }
    }
}

fn parse_year(f: &YearForm) -> Result<(String, jiff::civil::Date, jiff::civil::Date), FieldProblems> {
    let mut errors = FieldProblems::new();
    let name = required_text(&f.year_name, 20)
        .map_err(|e| errors.push(("year_name", e)))
        .ok();
    let starts = parse_date(&f.starts_on).map_err(|e| errors.push(("starts_on", e))).ok();
    let ends = parse_date(&f.ends_on).map_err(|e| errors.push(("ends_on", e))).ok();
    if let (Some(s), Some(e)) = (starts, ends)
        && e <= s
    {
        errors.push(("ends_on", FieldError::EndBeforeStart));
    }
    match (name, starts, ends) {
        (Some(n), Some(s), Some(e)) if errors.is_empty() => Ok((n, s, e)),
        _ => Err(errors),
    }
}

pub async fn add_year(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Form(form): Form<YearForm>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let errors = match parse_year(&form) {
        Ok((name, starts, ends)) => {
            match schools::create_year(&state.store, sv.school(), &name, starts, ends, &sv.who()).await {
                Ok(_) => return Ok(Redirect::to("/school").into_response()),
                Err(StoreError::Conflict(_)) => {
                    let mut e = FieldErrors::new();
                    e.add("year_name", &t, FieldError::Taken);
                    e
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(list) => FieldErrors::from_list(&list, &t),
    };
    let school = schools::get(&state.store, sv.school()).await?;
    render_invalid(&page(&state, &sv, school.name, form, errors).await?)
}

/// The school's limits for children's videos, as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VideoForm {
    video_minutes: String,
    video_megabytes: String,
    video_keep: String,
    video_keep_days: String,
}

impl From<samenspraak_core::media::VideoLimits> for VideoForm {
    fn from(l: samenspraak_core::media::VideoLimits) -> Self {
        Self {
            video_minutes: (l.max_seconds / 60).max(1).to_string(),
            video_megabytes: samenspraak_core::media::megabytes(l.max_bytes).to_string(),
            video_keep: if l.keep_days.is_some() { "days" } else { "year" }.into(),
            video_keep_days: l.keep_days.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

/// `POST /school/videos`: how long a child's video may be, how large, and how long it is kept.
pub async fn save_video_limits(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Form(form): Form<VideoForm>,
) -> Result<Response, AppError> {
    let input = samenspraak_core::media::VideoLimitsInput {
        minutes: &form.video_minutes,
        megabytes: &form.video_megabytes,
        keep: &form.video_keep,
        keep_days: &form.video_keep_days,
    };
    match input.parse() {
        Ok(limits) => {
            samenspraak_store::videos::set_limits(&state.store, sv.school(), limits, &sv.who()).await?;
            Ok(Redirect::to("/school#videos-heading").into_response())
        }
        Err(problems) => {
            let t = sv.viewer.tr();
            let school = schools::get(&state.store, sv.school()).await?;
            let years = schools::years(&state.store, sv.school()).await?;
            let errors = FieldErrors::from_list(&problems, &t);
            render_invalid(&page_with_video(&state, &sv, school.name, next_year_form(&years), form, errors).await?)
        }
    }
}

/// The hours in which no mail leaves, as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct QuietForm {
    quiet_from: String,
    quiet_until: String,
}

/// `POST /school/mail`: no mail between these hours (equal hours: mail may go at any time).
pub async fn save_quiet_hours(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Form(form): Form<QuietForm>,
) -> Result<Response, AppError> {
    use samenspraak_core::mail::parse_hour;
    let mut problems = Vec::new();
    let from = parse_hour(&form.quiet_from).map_err(|e| problems.push(("quiet_from", e)));
    let until = parse_hour(&form.quiet_until).map_err(|e| problems.push(("quiet_until", e)));
    if let (Ok(from), Ok(until)) = (from, until) {
        samenspraak_store::outbox::set_quiet_hours(&state.store, sv.school(), from, until, &sv.who()).await?;
        return Ok(Redirect::to("/school#mail-heading").into_response());
    }
    let t = sv.viewer.tr();
    let school = schools::get(&state.store, sv.school()).await?;
    let years = schools::years(&state.store, sv.school()).await?;
    let errors = FieldErrors::from_list(&problems, &t);
    let mut page = page(&state, &sv, school.name, next_year_form(&years), errors).await?;
    page.quiet = form;
    render_invalid(&page)
}
