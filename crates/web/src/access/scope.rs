//! What a member of staff works with: the current school year, and the classes and rounds
//! the policy lets them see or change; and the extractors that ask the policy before a
//! handler reads anything (`ClassToPlan`, `ManagesPeople`, `Importer`).

use crate::http::error::{AppError, allow};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use samenspraak_core::ids::ClassId;
use samenspraak_core::policy::{Action, decide};
use samenspraak_core::time::today;
use samenspraak_store::classes::{self, SchoolClass};
use samenspraak_store::rounds::{self, Round};
use samenspraak_store::schools::{self, SchoolYear};
use std::collections::HashMap;

pub async fn current_year(state: &AppState, sv: &StaffViewer) -> Result<Option<SchoolYear>, AppError> {
    Ok(schools::current_year(&state.store, sv.school(), today(samenspraak_store::now())).await?)
}

/// The classes of the current year this viewer may see, by name.
pub async fn visible_classes(state: &AppState, sv: &StaffViewer) -> Result<Vec<SchoolClass>, AppError> {
    let Some(year) = current_year(state, sv).await? else {
        return Ok(Vec::new());
    };
    Ok(visible_of(
        sv,
        &classes::list(&state.store, sv.school(), &year.id).await?,
    ))
}

/// Of classes already read, those `sv` may see.
pub fn visible_of(sv: &StaffViewer, all: &[SchoolClass]) -> Vec<SchoolClass> {
    let actor = sv.actor();
    all.iter()
        .filter(|c| {
            decide(
                &actor,
                Action::ViewClass {
                    school: &c.school_id,
                    class: &c.id,
                },
            )
            .is_allowed()
        })
        .cloned()
        .collect()
}

/// A class whose child talks, moments and question jar this viewer keeps: its teachers and
/// the school admin. Another class is not found; a care coordinator is refused.
/// A class the viewer may see (its teachers, the care coordinator, the admin).
pub async fn class_to_view(state: &AppState, sv: &StaffViewer, id: String) -> Result<SchoolClass, AppError> {
    let class = classes::get(&state.store, sv.school(), &ClassId(id)).await?;
    allow(decide(
        &sv.actor(),
        Action::ViewClass {
            school: &class.school_id,
            class: &class.id,
        },
    ))?;
    Ok(class)
}

pub async fn class_to_plan(state: &AppState, sv: &StaffViewer, id: String) -> Result<SchoolClass, AppError> {
    let class = classes::get(&state.store, sv.school(), &ClassId(id)).await?;
    allow(decide(
        &sv.actor(),
        Action::ViewClass {
            school: &class.school_id,
            class: &class.id,
        },
    ))?;
    allow(decide(
        &sv.actor(),
        Action::PlanChildTalks {
            school: &class.school_id,
            class: &class.id,
        },
    ))?;
    Ok(class)
}

/// A class the viewer may plan, found from `{id}` in the address: the pages of a class's
/// own things (moments, jar, learning wall, activities, tablet) start from it.
pub struct ClassToPlan {
    pub sv: StaffViewer,
    pub class: SchoolClass,
}

impl FromRequestParts<AppState> for ClassToPlan {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let sv = StaffViewer::from_request_parts(parts, state).await?;
        let Path(ids) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        let id = ids.get("id").cloned().ok_or(AppError::NotFound)?;
        let class = class_to_plan(state, &sv, id).await?;
        Ok(Self { sv, class })
    }
}

/// A round and one of its classes that the viewer plans for (its teachers and the admin);
/// a class outside the round is not found.
pub async fn round_and_class(
    state: &AppState,
    sv: &StaffViewer,
    round: String,
    class: String,
) -> Result<(samenspraak_store::rounds::Round, SchoolClass), AppError> {
    let round =
        samenspraak_store::rounds::get(&state.store, sv.school(), &samenspraak_core::ids::RoundId(round)).await?;
    let class = class_to_plan(state, sv, class).await?;
    if !round.classes.contains(&class.id) {
        return Err(AppError::NotFound);
    }
    Ok((round, class))
}

/// Classes the viewer may put in a round.
pub async fn writable_classes(state: &AppState, sv: &StaffViewer) -> Result<Vec<SchoolClass>, AppError> {
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
pub async fn writable_round(state: &AppState, sv: &StaffViewer, id: String) -> Result<Round, AppError> {
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

/// The round, the child's class and the child, for a member of staff who may hold the class's
/// conversations.
pub async fn child_in_round(
    state: &AppState,
    sv: &StaffViewer,
    round: String,
    child: String,
) -> Result<(Round, SchoolClass, samenspraak_store::children::Child), AppError> {
    let child =
        samenspraak_store::children::get(&state.store, sv.school(), &samenspraak_core::ids::ChildId(child)).await?;
    let class = child.class_id.clone().ok_or(AppError::NotFound)?;
    let (round, class) = round_and_class(state, sv, round, class.to_string()).await?;
    Ok((round, class, child))
}

/// A member of staff who may manage the school's people and settings (the school admin),
/// asked of the policy before anything else of the request is read.
pub struct ManagesPeople(pub StaffViewer);

impl FromRequestParts<AppState> for ManagesPeople {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let sv = StaffViewer::from_request_parts(parts, state).await?;
        allow(decide(&sv.actor(), Action::ManagePeople { school: sv.school() }))?;
        Ok(Self(sv))
    }
}

/// A member of staff who may read in a class list (the school admin, a teacher), asked of
/// the policy before anything of the request is read: every page of the import starts here.
pub struct Importer(pub StaffViewer);

impl FromRequestParts<AppState> for Importer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let sv = StaffViewer::from_request_parts(parts, state).await?;
        allow(decide(&sv.actor(), Action::ImportClassList { school: sv.school() }))?;
        Ok(Self(sv))
    }
}
