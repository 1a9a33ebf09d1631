//! Rounds (gespreksrondes): the list, the form to create or change one (`form`), and the
//! round page with its timeline and, per child, where they stand in each step (`show`).

mod days;
mod form;
mod proposal;
mod show;

pub use days::{add as add_days, show as days};
pub use form::{create, edit, new, update};
pub use proposal::{propose, set_mode};
pub use show::show;

use crate::http::error::{AppError, allow};
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::routes::scope::visible_classes;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use samenspraak_core::ids::ClassId;
use samenspraak_core::policy::{Action, decide};
use samenspraak_core::time::today;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::now;
use samenspraak_store::rounds::{self, Round};

/// A round as listed on the start page and the rounds page.
pub struct RoundSummary {
    pub id: String,
    pub name: String,
    pub classes: String,
    pub current: String,
    pub dates: String,
}

fn summarize(t: &Tr, round: &Round, class_names: &[SchoolClass]) -> RoundSummary {
    let phases = round.plan.timeline(today(now()));
    let current = phases
        .iter()
        .find(|p| p.state != samenspraak_core::round::PhaseState::Done)
        .map(|p| t.t(p.kind.key()))
        .unwrap_or_else(|| t.t("round-finished"));
    RoundSummary {
        id: round.id.to_string(),
        name: round.plan.name.clone(),
        classes: names_of(&round.classes, class_names),
        current,
        dates: t.t2(
            "round-conference-dates",
            "from",
            t.date_short(round.plan.conference_from),
            "until",
            t.date_short(round.plan.conference_until),
        ),
    }
}

fn names_of(ids: &[ClassId], classes: &[SchoolClass]) -> String {
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| classes.iter().find(|c| &c.id == id).map(|c| c.name.as_str()))
        .collect();
    names.join(", ")
}

/// The rounds this viewer may see, most recent first.
pub async fn visible_rounds(state: &AppState, sv: &StaffViewer) -> Result<Vec<RoundSummary>, AppError> {
    let t = sv.viewer.tr();
    let actor = sv.actor();
    let all_classes = all_classes(state, sv).await?;
    Ok(rounds::list(&state.store, sv.school())
        .await?
        .iter()
        .filter(|r| {
            decide(
                &actor,
                Action::ViewRound {
                    school: &r.school_id,
                    classes: &r.classes,
                },
            )
            .is_allowed()
        })
        .map(|r| summarize(&t, r, &all_classes))
        .collect())
}

/// Every class of the current year, for names; visibility is decided per round.
async fn all_classes(state: &AppState, sv: &StaffViewer) -> Result<Vec<SchoolClass>, AppError> {
    Ok(match crate::routes::scope::current_year(state, sv).await? {
        Some(year) => samenspraak_store::classes::list(&state.store, sv.school(), &year.id).await?,
        None => Vec::new(),
    })
}

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

/// Classes the viewer may put in a round.
pub(super) async fn writable_classes(state: &AppState, sv: &StaffViewer) -> Result<Vec<SchoolClass>, AppError> {
    let actor = sv.actor();
    Ok(visible_classes(state, sv)
        .await?
        .into_iter()
        .filter(|c| c.active)
        .filter(|c| {
            decide(
                &actor,
                Action::WriteRound {
                    school: &c.school_id,
                    classes: std::slice::from_ref(&c.id),
                },
            )
            .is_allowed()
        })
        .collect())
}

/// A round of the viewer's school that they may change (all its classes are theirs to plan).
pub(crate) async fn writable_round(state: &AppState, sv: &StaffViewer, id: String) -> Result<Round, AppError> {
    let round = rounds::get(&state.store, sv.school(), &samenspraak_core::ids::RoundId(id)).await?;
    allow(decide(
        &sv.actor(),
        Action::WriteRound {
            school: &round.school_id,
            classes: &round.classes,
        },
    ))?;
    Ok(round)
}
