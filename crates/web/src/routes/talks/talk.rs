//! One child talk, on the teacher's laptop or on the class tablet in the child's hands: the
//! child draws questions from the class's jar (never the same one twice in a talk; the
//! teacher can put one back), fills in the instruments and picks from the learning wall;
//! the teacher notes short answers and their own notes, which the tablet never shows.

use crate::access::talk::OpenTalk;
use crate::http::error::AppError;
use crate::http::form::Form;
use crate::http::viewer::Viewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use samenspraak_core::Actor;
use samenspraak_store::StoreError;
use samenspraak_store::learning_wall::{self, Pick};
use samenspraak_store::question_jar::{self, Drawn};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "talks/talk.html")]
struct TalkPage {
    ctx: PageCtx,
    /// The tablet in the child's hands: no teacher's tools, no notes.
    is_child: bool,
    greeting: String,
    child_id: String,
    url: String,
    back: String,
    jar_url: String,
    when: String,
    drawn: Vec<Drawn>,
    left: usize,
    jar_size: usize,
    thermometer: crate::ui::instruments::ThermometerView,
    spider: crate::ui::instruments::SpiderView,
    smileys: Vec<crate::ui::instruments::StatementView>,
    grid: crate::ui::grid::GridView,
    activities_url: String,
    notes: Vec<samenspraak_store::talk_notes::Note>,
    /// The class's learning wall with the child's pick per item ("proud", "hard" or "").
    wall: Vec<(samenspraak_store::learning_wall::LearningItem, &'static str)>,
    wall_url: String,
    /// Where the wall's photos are served for whoever holds the talk.
    wall_photos: String,
    video: super::video::VideoView,
    portfolio: super::portfolio::PortfolioView,
    report: super::report::ReportView,
    /// What each guardian answered on the questionnaire (teacher only).
    parents: Vec<crate::ui::answers::GuardianAnswers>,
    /// The agreements still open from an earlier KOM conversation: they come back here.
    agreements: Vec<crate::ui::agreements::AgreementView>,
    /// What the child can say of each: (value, words).
    child_says: Vec<(&'static str, String)>,
}

/// A refused upload, said next to its field on the talk page.
pub enum Problem {
    None,
    /// A catalog key.
    Video(String),
    /// A message already in the reader's language.
    VideoText(String),
    Portfolio(String),
    Report(String),
}

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

/// The talk's page; with a problem, answered as 422 with the message at its field.
pub async fn render_talk(state: &AppState, open: &OpenTalk, problem: Problem) -> Result<Response, AppError> {
    let t = open.viewer.tr();
    let (talk, p_class, round) = (&open.talk, &open.class, &open.round);
    let jar = question_jar::jar(&state.store, &p_class.id).await?;
    let drawn = question_jar::drawn(&state.store, &talk.id).await?;
    let left = jar.iter().filter(|e| !drawn.iter().any(|d| d.entry_id == e.id)).count();
    let when = t.t2(
        "slip-when",
        "date",
        t.date_long(talk.date),
        "time",
        talk.start.strftime("%H:%M"),
    );
    let first_name = open.viewer.child_name.clone().unwrap_or_default();
    let title = if open.is_child() {
        t.t("tablet-talk-title")
    } else {
        t.t1("talk-title", "child", &open.child_name)
    };
    // What the parents prepared is for the teacher's eyes in the talk, not the tablet's.
    let parents = match open.teacher() {
        Ok(_) => {
            let child = samenspraak_store::children::get(&state.store, &p_class.school_id, &talk.child_id).await?;
            crate::ui::answers::for_teacher(state, &t, round, p_class, &child).await?
        }
        Err(_) => Vec::new(),
    };
    // A confidential note never reaches the tablet: it is not even read for it.
    let notes = match open.teacher() {
        Ok(_) => samenspraak_store::talk_notes::for_staff(&state.store, &talk.child_id)
            .await?
            .into_iter()
            .filter(|n| n.talk_id == talk.id)
            .collect(),
        Err(_) => Vec::new(),
    };
    let (mut video_error, mut portfolio_error, mut report_error) = (None, None, None);
    match &problem {
        Problem::None => {}
        Problem::Video(key) => video_error = Some(t.t(key)),
        Problem::VideoText(message) => video_error = Some(message.clone()),
        Problem::Portfolio(key) => portfolio_error = Some(t.t(key)),
        Problem::Report(key) => report_error = Some(t.t(key)),
    }
    let agreements = samenspraak_store::frames::open_before(&state.store, &talk.child_id, &round.id)
        .await?
        .iter()
        .map(|a| crate::ui::agreements::agreement_view(&t, a))
        .collect();
    let page = TalkPage {
        agreements,
        child_says: samenspraak_core::frame::ChildSays::ALL
            .iter()
            .map(|c| (c.as_str(), t.t(&format!("child-says-{}", c.as_str()))))
            .collect(),
        video: super::video::video_view(state, open, video_error).await?,
        portfolio: super::portfolio::portfolio_view(state, open, portfolio_error).await?,
        report: super::report::report_view(state, open, report_error).await?,
        parents,
        ctx: open.viewer.page(title),
        is_child: open.is_child(),
        greeting: t.t1("tablet-greeting", "name", first_name),
        child_id: talk.child_id.to_string(),
        url: open.url.clone(),
        back: format!("/rounds/{}/talks/{}", round.id, p_class.id),
        jar_url: format!("/classes/{}/jar", p_class.id),
        when: if open.place.is_empty() {
            when
        } else {
            format!("{when} · {}", open.place)
        },
        drawn,
        left,
        jar_size: jar.len(),
        thermometer: crate::ui::instruments::thermometer(state, &round.id, &talk.child_id).await?,
        spider: crate::ui::instruments::spider(state, &t, open).await?,
        smileys: crate::ui::instruments::smileys(state, &t, open).await?,
        grid: crate::ui::grid::grid(state, &t, round, &p_class.id, &talk.child_id).await?,
        activities_url: format!("/classes/{}/activities", p_class.id),
        wall: {
            let picks = learning_wall::picks(&state.store, &round.id, &talk.child_id).await?;
            learning_wall::items(&state.store, &p_class.id)
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
        wall_url: format!("/classes/{}/wall", p_class.id),
        wall_photos: if open.is_child() {
            "/tablet/talk/wall".into()
        } else {
            format!("/classes/{}/wall", p_class.id)
        },
        notes,
    };
    match problem {
        Problem::None => render(&page),
        _ => crate::ui::page::render_invalid(&page),
    }
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
        samenspraak_store::talk_notes::add(&state.store, &talk.id, &talk.child_id, visibility, &text, sv.id()).await?;
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

#[derive(Template)]
#[template(path = "tablet/no_talk.html")]
struct NoTalkPage {
    ctx: PageCtx,
}

/// `GET /tablet/talk` for a signed-in child whose talk is not planned yet.
fn no_talk(viewer: &Viewer) -> Result<Response, AppError> {
    let t = viewer.tr();
    render(&NoTalkPage {
        ctx: viewer.page(t.t1("tablet-greeting", "name", viewer.child_name.clone().unwrap_or_default())),
    })
}
