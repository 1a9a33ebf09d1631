//! What the conversation brought, as the family reads it on the portal, and their "read".

use super::*;
use crate::ui::agreements::{AgreementView, agreement_view};
use crate::ui::conference::filled_boxes;

#[derive(Template)]
#[template(path = "family/conversation.html")]
struct FamilyPage {
    ctx: PageCtx,
    url: String,
    /// When this guardian marked it read, in words.
    read_on: Option<String>,
    /// The boxes filled in: (label, text).
    boxes: Vec<(String, String)>,
    agreements: Vec<AgreementView>,
    /// For a 6th grader: the study-choice sheet the parents may hand to the secondary school.
    study_sheet: Option<String>,
}

/// `GET /family/conversation/{round}/{child}`: what the conversation brought, for the family.
pub async fn for_family(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let own = crate::access::family::OwnChild::load(&state, &viewer, round, child).await?;
    let t = viewer.tr();
    let boxes = filled_boxes(&state, &t, &own.round, &own.child)
        .await?
        .into_iter()
        .map(|(_, label, text)| (label, text))
        .collect();
    let agreements = frames::agreements(&state.store, &own.round.id, &own.child.id)
        .await?
        .iter()
        .map(|a| agreement_view(&t, a))
        .collect();
    let read_on = frames::read_by(&state.store, &own.round.id, &own.child.id)
        .await?
        .into_iter()
        .find(|(g, _, _)| *g == own.guardian)
        .map(|(_, _, at)| t.date_long(samenspraak_core::time::utc_to_local(at).date()));
    let grade = samenspraak_store::classes::get(&state.store, &own.round.school_id, &own.class)
        .await?
        .grade;
    let url = format!("/family/conversation/{}/{}", own.round.id, own.child.id);
    render(&FamilyPage {
        study_sheet: (grade == Some(6)).then(|| format!("{url}/study-choice")),
        ctx: viewer.page(t.t1("conversation-title", "child", &own.child.first_name)),
        url,
        read_on,
        boxes,
        agreements,
    })
}

/// `POST /family/conversation/{round}/{child}/read`: this guardian has read it.
pub async fn mark_read(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let own = crate::access::family::OwnChild::load(&state, &viewer, round, child).await?;
    frames::mark_read(&state.store, &own.round.id, &own.child.id, &own.guardian).await?;
    Ok(Redirect::to(&format!("/family/conversation/{}/{}", own.round.id, own.child.id)).into_response())
}
