//! The class activities of recent weeks (a talk, a building task, a cooking project) with
//! their study domain: what children rate on the interest–talent grid.

use crate::access::scope::ClassToPlan;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::grid::Domains;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::values::{FieldError, FieldProblems, parse_date, required_text};
use samenspraak_store::activities::{self, Activity};
use samenspraak_store::classes::SchoolClass;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ActivityForm {
    title: String,
    domain: String,
    done_on: String,
}

#[derive(Template)]
#[template(path = "activities.html")]
struct ActivitiesPage {
    ctx: PageCtx,
    class: SchoolClass,
    activities: Vec<(Activity, String)>,
    domains: Vec<(String, String)>,
    form: ActivityForm,
    errors: FieldErrors,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    class: SchoolClass,
    form: ActivityForm,
    errors: FieldErrors,
) -> Result<ActivitiesPage, AppError> {
    let t = sv.viewer.tr();
    let domains = Domains::of_school(state, &class.school_id).await?;
    let list = activities::of_class(&state.store, &class.id)
        .await?
        .into_iter()
        .map(|a| {
            let label = domains.name(&t, &a.domain);
            (a, label)
        });
    Ok(ActivitiesPage {
        ctx: sv.viewer.page(t.t1("activities-title", "class", &class.name)),
        activities: list.collect(),
        domains: domains.options(&t),
        class,
        form,
        errors,
    })
}

pub async fn show(State(state): State<AppState>, ClassToPlan { sv, class }: ClassToPlan) -> Result<Response, AppError> {
    let today = samenspraak_core::time::today(samenspraak_store::now()).to_string();
    let domains = Domains::of_school(&state, &class.school_id).await?;
    let form = ActivityForm {
        domain: domains.keys().first().map(|k| k.to_string()).unwrap_or_default(),
        done_on: today,
        ..Default::default()
    };
    render(&page(&state, &sv, class, form, FieldErrors::new()).await?)
}

fn parse(f: &ActivityForm, domains: &Domains) -> Result<(String, String, jiff::civil::Date), FieldProblems> {
    let mut errors = FieldProblems::new();
    let title = required_text(&f.title, 120).map_err(|e| errors.push(("title", e))).ok();
    let domain = domains
        .keys()
        .into_iter()
        .find(|k| *k == f.domain)
        .map(String::from)
        .ok_or(FieldError::Choice)
        .map_err(|e| errors.push(("domain", e)))
        .ok();
    let day = parse_date(&f.done_on).map_err(|e| errors.push(("done_on", e))).ok();
    match (title, domain, day) {
        (Some(t), Some(d), Some(day)) if errors.is_empty() => Ok((t, d, day)),
        _ => Err(errors),
    }
}

pub async fn add(
    State(state): State<AppState>,
    ClassToPlan { sv, class }: ClassToPlan,
    Form(f): Form<ActivityForm>,
) -> Result<Response, AppError> {
    let domains = Domains::of_school(&state, &class.school_id).await?;
    match parse(&f, &domains) {
        Ok((title, domain, day)) => {
            activities::add(&state.store, sv.school(), &class.id, &title, &domain, day).await?;
            Ok(Redirect::to(&format!("/classes/{}/activities", class.id)).into_response())
        }
        Err(list) => {
            let errors = FieldErrors::from_list(&list, &sv.viewer.tr());
            render_invalid(&page(&state, &sv, class, f, errors).await?)
        }
    }
}

pub async fn remove(
    State(state): State<AppState>,
    ClassToPlan { class, .. }: ClassToPlan,
    Path((_, activity)): Path<(String, String)>,
) -> Result<Response, AppError> {
    activities::remove(&state.store, &class.id, &activity).await?;
    Ok(Redirect::to(&format!("/classes/{}/activities", class.id)).into_response())
}
