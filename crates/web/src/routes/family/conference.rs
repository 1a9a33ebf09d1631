//! What the conversation brought, as the family reads it on the portal, their "read", and
//! the summary to print or keep as a PDF.

use crate::access::family::OwnChild;
use crate::http::error::AppError;
use crate::http::viewer::Viewer;
use crate::print::summary::{Summary, SummaryPage, summary, to_pdf};
use crate::state::AppState;
use crate::ui::agreements::{AgreementView, agreement_view};
use crate::ui::conference::filled_boxes;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_store::frames;

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

/// `GET /family/conference/{round}/{child}`: what the conversation brought, for the family.
pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let own = OwnChild::load(&state, &viewer, round, child).await?;
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
    let url = format!("/family/conference/{}/{}", own.round.id, own.child.id);
    render(&FamilyPage {
        study_sheet: (grade == Some(6)).then(|| format!("{url}/study-choice")),
        ctx: viewer.page(t.t1("conversation-title", "child", &own.child.first_name)),
        url,
        read_on,
        boxes,
        agreements,
    })
}

/// `POST /family/conference/{round}/{child}/read`: this guardian has read it.
pub async fn mark_read(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let own = OwnChild::load(&state, &viewer, round, child).await?;
    frames::mark_read(&state.store, &own.round.id, &own.child.id, &own.guardian).await?;
    Ok(Redirect::to(&format!("/family/conference/{}/{}", own.round.id, own.child.id)).into_response())
}

/// `GET /family/conference/{round}/{child}/print`: the summary on A4, for the family.
pub async fn print(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let back = format!("/family/conference/{round}/{child}");
    let s = own_summary(&state, &viewer, round, child).await?;
    render(&SummaryPage {
        ctx: viewer.page(s.title.clone()),
        pdf: format!("{back}/summary.pdf"),
        back,
        summaries: vec![s],
    })
}

/// `GET /family/conference/{round}/{child}/summary.pdf`.
pub async fn pdf(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let s = own_summary(&state, &viewer, round, child).await?;
    Ok(crate::print::pdf::response(
        to_pdf(&[s])?,
        &viewer.tr().t("summary-file"),
    ))
}

/// The summary of the guardian's own child, in the guardian's language.
async fn own_summary(state: &AppState, viewer: &Viewer, round: String, child: String) -> Result<Summary, AppError> {
    let own = OwnChild::load(state, viewer, round, child).await?;
    let class = samenspraak_store::classes::get(&state.store, &own.round.school_id, &own.class).await?;
    summary(state, &viewer.tr(), &own.round, &class, &own.child).await
}

/// `GET /family/conversation/…`: where the summary mails sent before the conference's
/// addresses were renamed still point; the family lands on the same page.
pub async fn moved(Path(rest): Path<String>) -> Response {
    Redirect::permanent(&format!("/family/conference/{rest}")).into_response()
}
