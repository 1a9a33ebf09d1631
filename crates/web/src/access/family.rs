//! What a signed-in guardian's pages start from: one of their own children in a round.

use crate::http::error::AppError;
use crate::http::viewer::Viewer;
use crate::state::AppState;
use samenspraak_core::Actor;
use samenspraak_store::rounds;

/// One of the signed-in guardian's children in a round of its class: what the
/// questionnaire and the booking pages start from. Another family's child, or a round not
/// of the child's class, is not found; without a guardian signed in, to the code page.
pub struct OwnChild {
    pub guardian: samenspraak_core::ids::GuardianId,
    pub child: samenspraak_store::children::Child,
    pub class: samenspraak_core::ids::ClassId,
    /// Shared with every family's request while it is recent (`rounds::recent`), not copied.
    pub round: std::sync::Arc<rounds::Round>,
}

impl OwnChild {
    pub async fn load(state: &AppState, viewer: &Viewer, round: String, child: String) -> Result<Self, AppError> {
        let Some(actor) = viewer.actor.clone() else {
            return Err(AppError::GuardianSignIn);
        };
        let Actor::Guardian { id, school, .. } = actor.clone() else {
            return Err(AppError::Forbidden);
        };
        let child = samenspraak_core::ids::ChildId(child);
        crate::http::error::allow(samenspraak_core::policy::decide(
            &actor,
            samenspraak_core::policy::Action::ViewOwnChild {
                school: &school,
                child: &child,
            },
        ))?;
        // Read with the viewer; the policy above let only the guardian's own children through.
        let child = viewer
            .guardian_children
            .iter()
            .find(|c| c.id == child)
            .cloned()
            .ok_or(AppError::NotFound)?;
        // As recent as the booking desk: family pages read it on every request.
        let round =
            samenspraak_store::rounds::recent(&state.store, &school, &samenspraak_core::ids::RoundId(round)).await?;
        let class = child.class_id.clone().ok_or(AppError::NotFound)?;
        if !round.classes.contains(&class) {
            return Err(AppError::NotFound);
        }
        Ok(Self {
            guardian: id,
            child,
            class,
            round,
        })
    }
}
