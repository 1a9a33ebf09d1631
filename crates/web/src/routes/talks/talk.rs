//! One child talk as the teacher holds it: the child draws questions from the class's jar
//! (never the same one twice in a talk; the teacher can put one back), and the teacher notes
//! the short answers.

use super::Planning;
use crate::app::AppState;
use crate::auth::StaffViewer;
use crate::error::AppError;
use crate::page::{Form, PageCtx, render};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_store::StoreError;
use samenspraak_store::child_talks::StoredTalk;
use samenspraak_store::learning_wall::{self, Pick};
use samenspraak_store::question_jar::{self, Drawn};
use serde::Deserialize;

type Ids = Path<(String, String, String)>;

async fn load(
    state: &AppState,
    sv: &StaffViewer,
    (round, class, talk): (String, String, String),
) -> Result<(Planning, StoredTalk), AppError> {
    let p = Planning::load(state, sv, round, class).await?;
    let talk = p
        .talks
        .iter()
        .find(|t| t.id == talk)
        .cloned()
        .ok_or(AppError::NotFound)?;
    Ok((p, talk))
}

fn url(p: &Planning, talk: &StoredTalk) -> String {
    format!("{}/{}", p.url(), talk.id)
}

#[derive(Template)]
#[template(path = "talks/talk.html")]
struct TalkPage {
    ctx: PageCtx,
    url: String,
    back: String,
    jar_url: String,
    when: String,
    drawn: Vec<Drawn>,
    left: usize,
    jar_size: usize,
    thermometer: super::instruments::ThermometerView,
    spider: super::instruments::SpiderView,
    smileys: Vec<super::instruments::StatementView>,
    grid: super::grid::GridView,
    activities_url: String,
    notes: Vec<samenspraak_store::talk_notes::Note>,
    /// The class's learning wall with the child's pick per item ("proud", "hard" or "").
    wall: Vec<(samenspraak_store::learning_wall::LearningItem, &'static str)>,
    wall_url: String,
}

pub async fn show(State(state): State<AppState>, sv: StaffViewer, Path(ids): Ids) -> Result<Response, AppError> {
    let (p, talk) = load(&state, &sv, ids).await?;
    let t = sv.viewer.tr();
    let jar = question_jar::jar(&state.store, &p.class.id).await?;
    let drawn = question_jar::drawn(&state.store, &talk.id).await?;
    let left = jar.iter().filter(|e| !drawn.iter().any(|d| d.entry_id == e.id)).count();
    let place = p.place(&t, &talk);
    let when = t.t2(
        "slip-when",
        "date",
        t.date_long(talk.date),
        "time",
        talk.start.strftime("%H:%M"),
    );
    render(&TalkPage {
        ctx: sv
            .viewer
            .page(t.t1("talk-title", "child", p.child_name(&talk.child_id))),
        url: url(&p, &talk),
        back: p.url(),
        jar_url: format!("/classes/{}/jar", p.class.id),
        when: if place.is_empty() {
            when
        } else {
            format!("{when} · {place}")
        },
        drawn,
        left,
        jar_size: jar.len(),
        thermometer: super::instruments::thermometer(&state, &p.round.id, &talk.child_id).await?,
        spider: super::instruments::spider(&state, &t, &p.round.id, &talk.child_id).await?,
        smileys: super::instruments::smileys(&state, &t, &p.round.id, &talk.child_id).await?,
        grid: super::grid::grid(&state, &t, &p.class.id, &talk.child_id).await?,
        activities_url: format!("/classes/{}/activities", p.class.id),
        wall: {
            let picks = learning_wall::picks(&state.store, &p.round.id, &talk.child_id).await?;
            learning_wall::items(&state.store, &p.class.id)
                .await?
                .into_iter()
                .map(|item| {
                    let pick = picks
                        .iter()
                        .find(|(id, _)| *id == item.id)
                        .map(|(_, k)| k.as_str())
                        .unwrap_or("");
                    (item, pick)
                })
                .collect()
        },
        wall_url: format!("/classes/{}/wall", p.class.id),
        notes: samenspraak_store::talk_notes::for_staff(&state.store, &talk.child_id)
            .await?
            .into_iter()
            .filter(|n| n.talk_id == talk.id)
            .collect(),
    })
}

/// Draws a question the child has not had in this talk, at random.
pub async fn draw(State(state): State<AppState>, sv: StaffViewer, Path(ids): Ids) -> Result<Response, AppError> {
    let (p, talk) = load(&state, &sv, ids).await?;
    let jar = question_jar::jar(&state.store, &p.class.id).await?;
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
    Ok(Redirect::to(&url(&p, &talk)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    answer: String,
}

pub async fn answer(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class, talk, entry)): Path<(String, String, String, String)>,
    Form(f): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let (p, talk) = load(&state, &sv, (round, class, talk)).await?;
    let answer: String = f.answer.trim().chars().take(2000).collect();
    question_jar::set_answer(&state.store, &talk.id, &entry, &answer).await?;
    Ok(Redirect::to(&url(&p, &talk)).into_response())
}

pub async fn put_back(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class, talk, entry)): Path<(String, String, String, String)>,
) -> Result<Response, AppError> {
    let (p, talk) = load(&state, &sv, (round, class, talk)).await?;
    question_jar::put_back(&state.store, &talk.id, &entry).await?;
    Ok(Redirect::to(&url(&p, &talk)).into_response())
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
    sv: StaffViewer,
    Path(ids): Ids,
    Form(f): Form<NoteForm>,
) -> Result<Response, AppError> {
    use samenspraak_core::visibility::Visibility;
    let (p, talk) = load(&state, &sv, ids).await?;
    let visibility = match f.visibility.as_str() {
        "family" => Visibility::Family,
        _ => Visibility::Staff,
    };
    let text: String = f.text.trim().chars().take(4000).collect();
    if !text.is_empty() {
        samenspraak_store::talk_notes::add(&state.store, &talk.id, &talk.child_id, visibility, &text, sv.id()).await?;
    }
    Ok(Redirect::to(&format!("{}#notes", url(&p, &talk))).into_response())
}

/// The child's picks from the learning wall: `item_<id>` is "proud", "hard" or empty.
pub async fn save_wall(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(ids): Ids,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (p, talk) = load(&state, &sv, ids).await?;
    let picks: Vec<(String, Pick)> = pairs
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("item_")?.to_string(), Pick::parse(v)?)))
        .collect();
    learning_wall::set_picks(&state.store, &p.round.id, &p.class.id, &talk.child_id, &picks).await?;
    Ok(Redirect::to(&format!("{}#wall", url(&p, &talk))).into_response())
}
