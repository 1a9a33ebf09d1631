//! `GET /`: the staff start page — the rounds in progress and the viewer's classes.

use crate::access::scope::visible_classes;
use crate::http::error::{AppError, allow};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use crate::ui::rounds::RoundSummary;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use samenspraak_core::StaffRole;
use samenspraak_core::policy::{Action, decide};
use samenspraak_store::classes::SchoolClass;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: PageCtx,
    greeting: String,
    classes: Vec<SchoolClass>,
    rounds: Vec<RoundSummary>,
    can_import: bool,
    is_admin: bool,
    /// Teachers see their own classes; admin and care coordinator see all.
    own_classes: bool,
}

pub async fn show(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    allow(decide(&sv.actor(), Action::UseStaffPages))?;
    let t = sv.viewer.tr();
    let classes = visible_classes(&state, &sv).await?;
    let rounds = crate::ui::rounds::visible_rounds(&state, &sv).await?;
    render(&HomePage {
        ctx: sv.viewer.page(t.t("home-title")),
        greeting: t.t1(
            "home-greeting",
            "name",
            samenspraak_core::values::given_name(&sv.staff.name),
        ),
        classes,
        rounds,
        can_import: decide(&sv.actor(), Action::ImportClassList { school: sv.school() }).is_allowed(),
        is_admin: sv.staff.role == StaffRole::SchoolAdmin,
        own_classes: sv.staff.role == StaffRole::Teacher,
    })
}
