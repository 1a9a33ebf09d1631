//! Rounds (gespreksrondes): the list, the form to create or change one (`form`), and the
//! round page with its timeline and, per child, where they stand in each step (`show`).

pub mod days;
pub mod form;
pub mod proposal;
pub mod schedule;
pub mod show;
pub mod slots;

use crate::access::scope::writable_classes;
use crate::http::error::{AppError, allow};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use crate::ui::rounds::{RoundSummary, visible_rounds};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use samenspraak_core::policy::{Action, decide};

#[derive(Template)]
#[template(path = "rounds/list.html")]
struct ListPage {
    ctx: PageCtx,
    rounds: Vec<RoundSummary>,
    can_create: bool,
}

pub async fn list(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    allow(decide(&sv.actor(), Action::UseStaffPages))?;
    let t = sv.viewer.tr();
    let rounds = visible_rounds(&state, &sv).await?;
    render(&ListPage {
        ctx: sv.viewer.page(t.t("rounds-title")),
        rounds,
        can_create: can_create(&state, &sv).await?,
    })
}

async fn can_create(state: &AppState, sv: &StaffViewer) -> Result<bool, AppError> {
    Ok(!writable_classes(state, sv).await?.is_empty())
}
