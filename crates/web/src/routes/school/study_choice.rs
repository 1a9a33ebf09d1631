//! The school's study-choice resources (DESIGN.md §2: the 6th grade prepares the choice of
//! secondary school): the school admin keeps a short list of links, and the families of
//! 6th graders find them on the portal and with what their conversation brought.

use crate::access::scope::ManagesPeople;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::values::{FieldError, parse_https_link, required_text};
use samenspraak_store::study_resources::{self, Resource};

#[derive(Template)]
#[template(path = "study_choice.html")]
struct ResourcesPage {
    ctx: PageCtx,
    resources: Vec<Resource>,
    /// The new resource as typed: title, link.
    new: (String, String),
    errors: FieldErrors,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    new: (String, String),
    errors: FieldErrors,
) -> Result<ResourcesPage, AppError> {
    let t = sv.viewer.tr();
    Ok(ResourcesPage {
        ctx: sv.viewer.page(t.t("study-title")),
        resources: study_resources::list(&state.store, sv.school()).await?,
        new,
        errors,
    })
}

/// `GET /school/study-choice`.
pub async fn show(State(state): State<AppState>, ManagesPeople(sv): ManagesPeople) -> Result<Response, AppError> {
    render(&page(&state, &sv, Default::default(), FieldErrors::new()).await?)
}

/// `POST /school/study-choice`: `title` and `url`.
pub async fn add(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let (title, url) = (
        crate::http::form::field(&pairs, "resource_title"),
        crate::http::form::field(&pairs, "url"),
    );
    let mut problems = Vec::new();
    let checked_title = required_text(&title, 120)
        .map_err(|e| problems.push(("resource_title", e)))
        .ok();
    let checked_url = match parse_https_link(&url) {
        Ok(Some(u)) => Some(u),
        Ok(None) => {
            problems.push(("url", FieldError::Required));
            None
        }
        Err(e) => {
            problems.push(("url", e));
            None
        }
    };
    match (checked_title, checked_url) {
        (Some(title), Some(url)) => {
            study_resources::add(&state.store, sv.school(), &title, &url).await?;
            Ok(Redirect::to("/school/study-choice").into_response())
        }
        _ => render_invalid(&page(&state, &sv, (title, url), FieldErrors::from_list(&problems, &t)).await?),
    }
}

/// `POST /school/study-choice/{id}/delete`.
pub async fn remove(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    study_resources::remove(&state.store, sv.school(), &id).await?;
    Ok(Redirect::to("/school/study-choice").into_response())
}
