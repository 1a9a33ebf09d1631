//! What a member of staff works with: the current school year and the classes the policy
//! lets them see.

use crate::app::AppState;
use crate::auth::StaffViewer;
use crate::error::AppError;
use samenspraak_core::policy::{Action, decide};
use samenspraak_core::time::today;
use samenspraak_store::classes::{self, SchoolClass};
use samenspraak_store::schools::{self, SchoolYear};

pub async fn current_year(state: &AppState, sv: &StaffViewer) -> Result<Option<SchoolYear>, AppError> {
    Ok(schools::current_year(&state.store, sv.school(), today(samenspraak_store::now())).await?)
}

/// The classes of the current year this viewer may see, by name.
pub async fn visible_classes(state: &AppState, sv: &StaffViewer) -> Result<Vec<SchoolClass>, AppError> {
    let Some(year) = current_year(state, sv).await? else {
        return Ok(Vec::new());
    };
    let actor = sv.actor();
    Ok(classes::list(&state.store, sv.school(), &year.id)
        .await?
        .into_iter()
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
        .collect())
}
