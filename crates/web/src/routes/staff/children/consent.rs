//! Recording consent for a child (DESIGN.md §7: images of pupils need the parents'
//! consent) per purpose — a video in the child talk, photos on the learning wall, the
//! portfolio shared with the family: who gave it and on which day, written down by the
//! class's teacher or the school admin. Withdrawing the video consent deletes the child's
//! videos at once.

use super::{ConsentTyped, child_page};
use crate::http::error::{AppError, allow};
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::services::media_files;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::ChildId;
use samenspraak_core::policy::{Action, decide};
use samenspraak_core::values::{parse_date, required_text};
use samenspraak_store::{children, consent};
use serde::Deserialize;

async fn child_to_record(state: &AppState, sv: &StaffViewer, id: &str) -> Result<children::Child, AppError> {
    let child = children::get(&state.store, sv.school(), &ChildId(id.to_string())).await?;
    allow(decide(
        &sv.actor(),
        Action::RecordConsent {
            school: &child.school_id,
            class: child.class_id.as_ref(),
        },
    ))?;
    Ok(child)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConsentForm {
    /// `video` (also when left out), `photos` or `portfolio`.
    purpose: String,
    given_by: String,
    given_on: String,
}

/// The purpose a form names; none named is the video, as before there were others.
fn purpose_of(raw: &str) -> Result<consent::Purpose, AppError> {
    if raw.is_empty() {
        return Ok(consent::Purpose::Video);
    }
    consent::Purpose::parse(raw).ok_or(AppError::BadRequest)
}

/// `POST /children/{id}/consent`.
pub async fn give(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
    Form(f): Form<ConsentForm>,
) -> Result<Response, AppError> {
    let child = child_to_record(&state, &sv, &id).await?;
    let purpose = purpose_of(&f.purpose)?;
    let t = sv.viewer.tr();
    let mut errors = FieldErrors::new();
    let given_by = required_text(&f.given_by, 200)
        .map_err(|e| errors.add("given_by", &t, e))
        .ok();
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let given_on = match parse_date(&f.given_on) {
        Ok(d) if d > today => {
            errors.add_message("given_on", &t, t.t("consent-in-future"));
            None
        }
        Ok(d) => Some(d),
        Err(e) => {
            errors.add("given_on", &t, e);
            None
        }
    };
    let (Some(given_by), Some(given_on)) = (given_by, given_on) else {
        let typed = ConsentTyped {
            purpose: purpose.as_str(),
            given_by: f.given_by.chars().take(200).collect(),
            given_on: f.given_on.chars().take(40).collect(),
            errors,
        };
        return child_page(&state, &sv, id, typed).await;
    };
    consent::give(
        &state.store,
        &child.school_id,
        &child.id,
        purpose,
        &given_by,
        given_on,
        &sv.who(),
    )
    .await?;
    Ok(Redirect::to(&format!("/children/{}#consent-heading", child.id)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WithdrawForm {
    purpose: String,
}

/// `POST /children/{id}/consent/withdraw`.
pub async fn withdraw(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
    Form(f): Form<WithdrawForm>,
) -> Result<Response, AppError> {
    let child = child_to_record(&state, &sv, &id).await?;
    let purpose = purpose_of(&f.purpose)?;
    let removed = consent::withdraw(&state.store, &child.id, purpose, &sv.who()).await?;
    media_files::remove(&state.media, &removed).await;
    Ok(Redirect::to(&format!("/children/{}#consent-heading", child.id)).into_response())
}
