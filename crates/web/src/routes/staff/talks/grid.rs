//! Saving the child's answers in the interest–talent grid of a child talk.

use crate::access::talk::OpenTalk;
use crate::http::error::AppError;
use crate::http::form::Form;
use crate::state::AppState;
use axum::extract::State;
use axum::response::Response;
use samenspraak_store::activities;

/// Saves the child's answers: `liked_<activity>` and `good_<activity>`, each "1" or "0".
pub async fn save_grid(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let value = |name: String| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v == "1");
    let until = open.round.plan.child_talk_until;
    let answers: Vec<(String, bool, bool)> = activities::of_round(&state.store, &open.class.id, until)
        .await?
        .into_iter()
        .filter_map(|a| {
            let liked = value(format!("liked_{}", a.id))?;
            let good = value(format!("good_{}", a.id))?;
            Some((a.id, liked, good))
        })
        .collect();
    activities::rate(
        &state.store,
        &open.round.id,
        &open.class.id,
        &open.talk.child_id,
        &answers,
    )
    .await?;
    Ok(open.back_to("grid"))
}
