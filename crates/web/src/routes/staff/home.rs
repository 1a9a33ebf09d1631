//! `GET /`: the staff start page — what to do this week per class, the rounds in progress
//! and the viewer's classes.

use crate::access::scope::visible_of;
use crate::http::error::{AppError, allow};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use crate::ui::rounds::RoundSummary;
use crate::ui::this_week::{ClassWeek, class_week};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use samenspraak_core::StaffRole;
use samenspraak_core::policy::{Action, decide};
use samenspraak_core::round::PhaseState;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::rounds::Round;

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
    /// Per class of a round in progress, what to do this week.
    weeks: Vec<ClassWeek>,
}

/// The lists of this week: every class the viewer sees, in each round not finished.
async fn weeks(
    state: &AppState,
    sv: &StaffViewer,
    rounds: &[Round],
    classes: &[SchoolClass],
) -> Result<Vec<ClassWeek>, AppError> {
    let t = sv.viewer.tr();
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let mut out = Vec::new();
    for round in rounds {
        let finished = round.plan.timeline(today).iter().all(|p| p.state == PhaseState::Done);
        if finished {
            continue;
        }
        for class in classes.iter().filter(|c| round.classes.contains(&c.id)) {
            out.push(class_week(state, &t, round, class, today).await?);
        }
    }
    Ok(out)
}

pub async fn show(
    State(state): State<AppState>,
    viewer: crate::http::viewer::Viewer,
    sv: Result<StaffViewer, AppError>,
) -> Result<Response, AppError> {
    // A parent or a child who comes to the site's address finds their own start page.
    use axum::response::IntoResponse;
    match viewer.actor {
        Some(samenspraak_core::Actor::Guardian { .. }) => {
            return Ok(axum::response::Redirect::to("/family").into_response());
        }
        Some(samenspraak_core::Actor::Child { .. }) => {
            return Ok(axum::response::Redirect::to("/tablet/talk").into_response());
        }
        _ => {}
    }
    let sv = sv?;
    allow(decide(&sv.actor(), Action::UseStaffPages))?;
    let t = sv.viewer.tr();
    // The year's classes and the school's rounds, read once for the three lists.
    let year_classes = crate::ui::rounds::all_classes(&state, &sv).await?;
    let classes = visible_of(&sv, &year_classes);
    let all_rounds = samenspraak_store::rounds::list(&state.store, sv.school()).await?;
    let rounds = crate::ui::rounds::summaries(&sv, &all_rounds, &year_classes);
    let weeks = weeks(&state, &sv, &all_rounds, &classes).await?;
    render(&HomePage {
        weeks,
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
