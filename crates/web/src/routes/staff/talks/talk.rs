//! One child talk, on the teacher's laptop or on the class tablet in the child's hands: the
//! child draws questions from the class's jar (never the same one twice in a talk; the
//! teacher can put one back), fills in the instruments and picks from the learning wall;
//! the teacher notes short answers and their own notes, which the tablet never shows.

use super::page::{Problem, no_talk, render_talk};
use crate::access::talk::OpenTalk;
use crate::http::error::AppError;
use crate::http::form::Form;
use crate::http::viewer::Viewer;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use samenspraak_core::Actor;
use samenspraak_store::StoreError;
use samenspraak_store::learning_wall::{self, Pick};
use samenspraak_store::question_jar::{self};
use serde::Deserialize;

pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    open: Result<OpenTalk, AppError>,
) -> Result<Response, AppError> {
    let open = match open {
        Ok(open) => open,
        // Signed in on the tablet before the teacher planned the talk.
        Err(AppError::NotFound) if matches!(viewer.actor, Some(Actor::Child { .. })) => {
            return no_talk(&viewer);
        }
        Err(e) => return Err(e),
    };
    render_talk(&state, &open, Problem::None).await
}

/// Draws a question the child has not had in this talk, at random.
pub async fn draw(State(state): State<AppState>, open: OpenTalk) -> Result<Response, AppError> {
    let talk = &open.talk;
    let jar = question_jar::jar(&state.store, &open.class.id).await?;
    let drawn = question_jar::drawn(&state.store, &talk.id).await?;
    let left: Vec<_> = jar
        .iter()
        .filter(|e| !drawn.iter().any(|d| d.entry_id == e.id))
        .collect();
    if !left.is_empty() {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(e.to_string()))?;
        let pick = left[(u64::from_le_bytes(bytes) % left.len() as u64) as usize];
        match question_jar::draw(&state.store, &talk.id, pick).await {
            // A double tap drew it already: the page shows it once.
            Ok(()) | Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(open.back_to("drawn-heading"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    answer: String,
}

pub async fn answer(
    State(state): State<AppState>,
    open: OpenTalk,
    Path((_, _, _, entry)): Path<(String, String, String, String)>,
    Form(f): Form<AnswerForm>,
) -> Result<Response, AppError> {
    open.teacher()?;
    let answer: String = f.answer.trim().chars().take(2000).collect();
    question_jar::set_answer(&state.store, &open.talk.id, &entry, &answer).await?;
    Ok(open.back_to("drawn-heading"))
}

pub async fn put_back(
    State(state): State<AppState>,
    open: OpenTalk,
    Path((_, _, _, entry)): Path<(String, String, String, String)>,
) -> Result<Response, AppError> {
    open.teacher()?;
    question_jar::put_back(&state.store, &open.talk.id, &entry).await?;
    Ok(open.back_to("jar-heading"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoteForm {
    text: String,
    visibility: String,
}

/// A note of the teacher; confidential unless they chose it may be shared with the family.
pub async fn add_note(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(f): Form<NoteForm>,
) -> Result<Response, AppError> {
    use samenspraak_core::visibility::Visibility;
    let sv = open.teacher()?;
    let talk = &open.talk;
    let visibility = match f.visibility.as_str() {
        "family" => Visibility::Family,
        _ => Visibility::Staff,
    };
    let text: String = f.text.trim().chars().take(4000).collect();
    if !text.is_empty() {
        samenspraak_store::talk_notes::add(&state.store, &talk.id, &talk.child_id, visibility, &text, &sv.who())
            .await?;
    }
    Ok(open.back_to("notes"))
}

/// How the child says the open agreements of an earlier conversation went:
/// `agreement_<id>` is "done", "partly" or "not_yet". An agreement not the child's, or no
/// longer open, is left alone.
pub async fn save_agreements(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let open_ones = samenspraak_store::frames::open_before(&state.store, &open.talk.child_id, &open.round.id).await?;
    for (key, value) in &pairs {
        let (Some(id), Some(says)) = (
            key.strip_prefix("agreement_"),
            samenspraak_core::frame::ChildSays::parse(value),
        ) else {
            continue;
        };
        if open_ones.iter().any(|a| a.id == id) {
            samenspraak_store::frames::set_child_says(&state.store, &open.talk.child_id, id, says).await?;
        }
    }
    Ok(open.back_to("earlier-heading"))
}

/// The child's picks from the learning wall: `item_<id>` is "proud", "hard" or empty.
pub async fn save_wall(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let picks: Vec<(String, Pick)> = pairs
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("item_")?.to_string(), Pick::parse(v)?)))
        .collect();
    learning_wall::set_picks(
        &state.store,
        &open.round.id,
        &open.class.id,
        &open.talk.child_id,
        &picks,
    )
    .await?;
    Ok(open.back_to("wall"))
}

/// `GET /tablet/talk/wall/{item}/photo`: a photo of the child's own class's wall.
pub async fn wall_photo(
    State(state): State<AppState>,
    open: OpenTalk,
    Path(params): Path<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let item = params.get("item").ok_or(AppError::NotFound)?;
    crate::services::media_files::serve_wall_photo(&state, &open.class.id, item).await
}
