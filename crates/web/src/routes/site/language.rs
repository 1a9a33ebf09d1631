//! `POST /language`: switch the interface language. Remembered in a cookie, and for staff
//! also in their account so it follows them to another device.

use crate::http::cookies;
use crate::http::form::Form;
use crate::http::url::safe_next;
use crate::http::viewer::Viewer;
use crate::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::{Actor, Language};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    lang: String,
    back: Option<String>,
}

pub async fn switch(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(form): Form<LanguageForm>,
) -> Result<Response, crate::http::error::AppError> {
    // Staff pages read only their own languages from the cookie; the portal reads more.
    let lang = Language::parse(&form.lang)
        .filter(|l| crate::i18n::portal_languages().contains(l))
        .ok_or(crate::http::error::AppError::BadRequest)?;
    if let Some(Actor::Staff(s)) = &viewer.actor
        && lang.is_ui()
    {
        samenspraak_store::staff::set_language(&state.store, &s.id, lang).await?;
    }
    let cookie = cookies::language(lang.code(), state.config.secure_cookies());
    Ok((
        [(header::SET_COOKIE, cookie)],
        Redirect::to(&safe_next(form.back.as_deref())),
    )
        .into_response())
}
