//! The parent portal: the guardian's children and, per round, what the school asks of them
//! and when; and signing out.

use crate::http::cookies;
use crate::http::error::AppError;
use crate::http::viewer::Viewer;
use crate::state::AppState;
use crate::ui::page::render;
use crate::ui::portal::PortalPage;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::Actor;
use samenspraak_store::sessions;

/// `GET /family`: the guardian's children and what the school asks of them, when.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct PortalQuery {
    withdrawn: Option<String>,
}

pub async fn portal(
    State(state): State<AppState>,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<PortalQuery>,
) -> Result<Response, AppError> {
    let Some(Actor::Guardian { id, school, children }) = viewer.actor.clone() else {
        return Ok(Redirect::to("/code").into_response());
    };
    let t = viewer.tr();
    let cards = crate::ui::portal::cards(&state, &t, &id, &school, &children).await?;
    let mut response = render(&PortalPage {
        ctx: viewer.page(t.t("family-title")),
        greeting: t.t1(
            "family-greeting",
            "name",
            viewer.guardian_name.clone().unwrap_or_default(),
        ),
        children: cards,
        notice: q.withdrawn.map(|_| t.t("family-consent-withdrawn")),
        preview: None,
        t,
    })?;
    response
        .headers_mut()
        .insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    Ok(response)
}

/// `POST /family/done`: signs the guardian out; the link or the code brings them back.
pub async fn sign_out(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    if let Some(secret) = &viewer.session {
        sessions::sign_out(&state.store, secret, &viewer.client_ip).await?;
    }
    let cookie = cookies::clear_session(state.config.secure_cookies());
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to("/code?bye=1")).into_response())
}
