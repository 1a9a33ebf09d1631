//! The class's learning wall (sokkenmuur): the key learning items of the last weeks, which
//! the teacher keeps and the child looks back on in the talk.

use crate::app::AppState;
use crate::auth::StaffViewer;
use crate::error::AppError;
use crate::page::{FieldErrors, Form, PageCtx, render, render_invalid};
use crate::routes::scope::class_to_plan;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::values::{FieldProblems, parse_date, required_text};
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::learning_wall::{self, LearningItem};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ItemForm {
    title: String,
    area: String,
    learned_on: String,
}

#[derive(Template)]
#[template(path = "learning_wall.html")]
struct WallPage {
    ctx: PageCtx,
    class: SchoolClass,
    items: Vec<LearningItem>,
    form: ItemForm,
    errors: FieldErrors,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    class: SchoolClass,
    form: ItemForm,
    errors: FieldErrors,
) -> Result<WallPage, AppError> {
    let t = sv.viewer.tr();
    Ok(WallPage {
        ctx: sv.viewer.page(t.t1("wall-title", "class", &class.name)),
        items: learning_wall::items(&state.store, &class.id).await?,
        class,
        form,
        errors,
    })
}

pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let class = class_to_plan(&state, &sv, id).await?;
    let today = samenspraak_core::time::today(samenspraak_store::now()).to_string();
    render(
        &page(
            &state,
            &sv,
            class,
            ItemForm {
                learned_on: today,
                ..Default::default()
            },
            FieldErrors::new(),
        )
        .await?,
    )
}

fn parse(f: &ItemForm) -> Result<(String, String, jiff::civil::Date), FieldProblems> {
    let mut errors = FieldProblems::new();
    let title = required_text(&f.title, 120).map_err(|e| errors.push(("title", e))).ok();
    let area = required_text(&f.area, 60).map_err(|e| errors.push(("area", e))).ok();
    let day = parse_date(&f.learned_on)
        .map_err(|e| errors.push(("learned_on", e)))
        .ok();
    match (title, area, day) {
        (Some(t), Some(a), Some(d)) if errors.is_empty() => Ok((t, a, d)),
        _ => Err(errors),
    }
}

pub async fn add(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
    Form(f): Form<ItemForm>,
) -> Result<Response, AppError> {
    let class = class_to_plan(&state, &sv, id).await?;
    match parse(&f) {
        Ok((title, area, day)) => {
            learning_wall::add(&state.store, sv.school(), &class.id, &title, &area, day).await?;
            Ok(Redirect::to(&format!("/classes/{}/wall", class.id)).into_response())
        }
        Err(list) => {
            let errors = FieldErrors::from_list(&list, &sv.viewer.tr());
            render_invalid(&page(&state, &sv, class, f, errors).await?)
        }
    }
}

pub async fn remove(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((id, item)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let class = class_to_plan(&state, &sv, id).await?;
    learning_wall::remove(&state.store, &class.id, &item).await?;
    Ok(Redirect::to(&format!("/classes/{}/wall", class.id)).into_response())
}
