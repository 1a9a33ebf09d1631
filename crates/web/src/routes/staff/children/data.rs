//! A child's data as the school admin hands it over or erases it (GDPR articles 15 and 17):
//! `POST /children/{id}/export` downloads the ZIP; `/children/{id}/erase` asks to type the
//! child's name and then erases the child, the guardians who have no other child at the
//! school, and the files.

use crate::access::scope::ManagesPeople;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form, field};
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::ChildId;
use samenspraak_store::child_data;
use samenspraak_store::children::{self, Child};

/// `POST /children/{id}/export`: every row, file and summary about the child as one ZIP.
pub async fn export(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let child = children::get(&state.store, sv.school(), &ChildId(id)).await?;
    let t = sv.viewer.tr();
    let export = crate::services::child_export::export(&state, &t, &child, &sv.who()).await?;
    let name = format!("{}-{}.zip", child.first_name, child.last_name);
    crate::services::media_files::serve_open(export.file, "application/zip", Some(&name), None).await
}

#[derive(Template)]
#[template(path = "children/erase.html")]
struct ErasePage {
    ctx: PageCtx,
    child: Child,
    /// How many guardians go with the child (no other child at the school).
    guardians_too: usize,
    typed: String,
    errors: FieldErrors,
}

async fn page(
    state: &AppState,
    sv: &crate::http::viewer::StaffViewer,
    child: Child,
    typed: String,
    errors: FieldErrors,
) -> Result<ErasePage, AppError> {
    let t = sv.viewer.tr();
    let guardians_too = child_data::guardians_erased_with(&state.store, &child.id).await?;
    Ok(ErasePage {
        ctx: sv.viewer.page(t.t1("erase-title", "name", child.full_name())),
        child,
        guardians_too,
        typed,
        errors,
    })
}

/// `GET /children/{id}/erase`: what erasing means, and the name to type.
pub async fn confirm(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let child = children::get(&state.store, sv.school(), &ChildId(id)).await?;
    render(&page(&state, &sv, child, String::new(), FieldErrors::new()).await?)
}

/// `POST /children/{id}/erase`: `name` must be the child's full name.
pub async fn erase(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let child = children::get(&state.store, sv.school(), &ChildId(id)).await?;
    let typed = field(&pairs, "name");
    let same = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
    if !same(&typed.to_lowercase(), &child.full_name().to_lowercase()) {
        let t = sv.viewer.tr();
        let mut errors = FieldErrors::new();
        errors.add_message("name", &t, t.t1("erase-name-wrong", "name", child.full_name()));
        return render_invalid(&page(&state, &sv, child, typed, errors).await?);
    }
    let class = child.class_id.clone();
    let erased = child_data::erase(&state.store, sv.school(), &child.id, &sv.who()).await?;
    crate::services::media_files::remove(&state.media, &erased.files).await;
    let back = match class {
        Some(class) => format!("/classes/{}?erased=1", class),
        None => "/classes?erased=1".to_string(),
    };
    Ok(Redirect::to(&back).into_response())
}
