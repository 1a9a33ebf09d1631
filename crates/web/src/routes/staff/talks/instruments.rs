//! Saving the thermometer, the spider web and the smileys in a child talk: plain forms
//! without JavaScript, from the teacher's page or the class tablet.

use crate::access::talk::OpenTalk;
use crate::http::error::AppError;
use crate::http::form::Form;
use crate::state::AppState;
use crate::ui::instruments::template;
use axum::extract::State;
use axum::response::Response;
use samenspraak_core::instrument::{Smileys, SpiderWeb, Thermometer};
use samenspraak_core::instrument_template::Kind;
use samenspraak_store::instruments::{self, SMILEYS, SPIDER_WEB, THERMOMETER};

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ThermometerForm {
    value: String,
    why: String,
}

pub async fn save_thermometer(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(f): Form<ThermometerForm>,
) -> Result<Response, AppError> {
    // Nothing tapped yet: back to the page, nothing stored.
    if let Ok(t) = Thermometer::parse(&f.value, &f.why) {
        instruments::set(
            &state.store,
            &open.round.id,
            &open.talk.child_id,
            THERMOMETER,
            &t.encode(),
        )
        .await?;
    }
    Ok(open.back_to("thermometer"))
}

pub async fn save_spider(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let axes = template(&state, &open.class, Kind::SpiderWeb).await?;
    let web = SpiderWeb::parse(&axes.keys(), |axis| {
        pairs.iter().find(|(k, _)| k == axis).map(|(_, v)| v.clone())
    })
    .map_err(|_| AppError::BadRequest)?;
    instruments::set(
        &state.store,
        &open.round.id,
        &open.talk.child_id,
        SPIDER_WEB,
        &web.encode(),
    )
    .await?;
    Ok(open.back_to("spider"))
}

pub async fn save_smileys(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let statements = template(&state, &open.class, Kind::Smileys).await?;
    let answers = Smileys::parse(&statements.keys(), |key| {
        pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    })
    .map_err(|_| AppError::BadRequest)?;
    instruments::set(
        &state.store,
        &open.round.id,
        &open.talk.child_id,
        SMILEYS,
        &answers.encode(),
    )
    .await?;
    Ok(open.back_to("smileys"))
}
