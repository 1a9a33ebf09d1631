//! A parent's own consents on the portal: they see for what the school has their consent
//! and withdraw it themselves (`/family/consent/{child}/{purpose}`), after a page that
//! says what goes with it. The withdrawal is theirs in the school's register and log.

use crate::http::error::{AppError, allow};
use crate::http::viewer::Viewer;
use crate::services::media_files;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::Actor;
use samenspraak_core::ids::ChildId;
use samenspraak_core::policy::{Action, decide};
use samenspraak_store::children::Child;
use samenspraak_store::consent::{self, Purpose};

#[derive(Template)]
#[template(path = "family/consent_withdraw.html")]
struct WithdrawPage {
    ctx: PageCtx,
    explain: String,
    action: String,
}

/// One of the signed-in guardian's children still at school, and a purpose.
fn own_child(viewer: &Viewer, child: &str, purpose: &str) -> Result<(Child, Purpose), AppError> {
    let Some(actor) = viewer.actor.clone() else {
        return Err(AppError::GuardianSignIn);
    };
    let Actor::Guardian { school, .. } = &actor else {
        return Err(AppError::Forbidden);
    };
    let id = ChildId(child.to_string());
    allow(decide(&actor, Action::ViewOwnChild { school, child: &id }))?;
    let child = viewer
        .guardian_children
        .iter()
        .find(|c| c.id == id && c.active)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let purpose = Purpose::parse(purpose).ok_or(AppError::NotFound)?;
    Ok((child, purpose))
}

/// `GET /family/consent/{child}/{purpose}`: what withdrawing means, and the button.
pub async fn confirm(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((child, purpose)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (child, purpose) = own_child(&viewer, &child, &purpose)?;
    if consent::holds(&state.store, &child.id, purpose).await?.is_none() {
        return Ok(Redirect::to("/family").into_response());
    }
    let t = viewer.tr();
    let what = t.t(&format!("consent-purpose-{}", purpose.as_str()));
    render(&WithdrawPage {
        ctx: viewer.page(t.t1("family-withdraw-title", "what", &what)),
        explain: t.t1(
            &format!("family-withdraw-{}", purpose.as_str()),
            "child",
            &child.first_name,
        ),
        action: format!("/family/consent/{}/{}", child.id, purpose.as_str()),
    })
}

/// `POST /family/consent/{child}/{purpose}`: withdraws it now.
pub async fn withdraw(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((child, purpose)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (child, purpose) = own_child(&viewer, &child, &purpose)?;
    let who = viewer.who().ok_or(AppError::Forbidden)?;
    let removed = consent::withdraw(&state.store, &child.id, purpose, &who).await?;
    media_files::remove(&state.media, &removed).await;
    Ok(Redirect::to("/family?withdrawn=1").into_response())
}
