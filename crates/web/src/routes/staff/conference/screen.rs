//! The conversation itself, around the table (DESIGN.md §2 step 5). Two pages on the
//! teacher's sign-in:
//! - the **conversation screen** (`/rounds/{id}/conference/{child}`), for the laptop or the
//!   classroom screen that child, parents and teacher look at together. The child leads it
//!   step by step — the questions from the jar, proud of, hard, how I feel, my video, my
//!   portfolio, my spider web with the parents' and the teacher's view over it, my interest
//!   grid, the earlier agreements and what we agree — tapping "next". It shows
//!   only what the family may see: nothing of the teacher's preparation but the spider web.
//! - the **teacher's panel** (`…/panel`), on the teacher's own screen: the focus, the message,
//!   the questions, the confidential notes, a timer for the slot and who is next, and the
//!   frame to fill in as the conversation goes.
//!
//! Both load once: the screen moves between its steps without the network (`:target`), and
//! the panel's forms keep what is typed in the browser until the server has it (`app.js`).

use super::Typed;
use crate::access::scope::child_in_round;
use crate::http::error::AppError;
use crate::http::form::FieldErrors;
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::agreements::{AgreementView, agreement_view};
use crate::ui::conference::{BoxField, box_fields, wall_picks, who_choices};
use crate::ui::grid::GridView;
use crate::ui::instruments::{SpiderView, StatementView, ThermometerView};
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use samenspraak_core::preparation::Preparation;
use samenspraak_store::children::Child;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::learning_wall::Pick;
use samenspraak_store::rounds::Round;
use samenspraak_store::{bookings, child_talks, frames, preparations};
use std::collections::HashMap;

/// One step of the child's agenda on the shared screen.
pub struct Step {
    /// The anchor: `step-1`, `step-2`, …
    pub id: String,
    /// What the step shows: `welcome`, `proud`, `hard`, `feeling`, `video`, `spider`,
    /// `grid`, `agreements`.
    pub kind: &'static str,
    pub heading: String,
}

/// A learning-wall item on the screen, with its photo's address when it has one.
pub struct WallView {
    pub title: String,
    pub photo: Option<String>,
}

#[derive(Template)]
#[template(path = "conference/screen.html")]
struct ScreenPage {
    ctx: PageCtx,
    first_name: String,
    steps: Vec<Step>,
    proud: Vec<WallView>,
    hard: Vec<WallView>,
    thermometer: ThermometerView,
    smileys: Vec<StatementView>,
    video: Option<String>,
    spider: SpiderView,
    grid: GridView,
    /// Agreements still open from earlier conversations: how did it go?
    earlier: Vec<AgreementView>,
    /// What is agreed in this conversation so far.
    agreements: Vec<AgreementView>,
    panel: String,
    /// The questions the child drew from the jar in the child talk, with the answer noted.
    questions: Vec<(String, String)>,
    /// The portfolio pieces the child brings: approved for the family, with consent.
    portfolio: Vec<PortfolioPiece>,
}

/// A portfolio piece on the screen: its title, its words, and its picture's address.
pub struct PortfolioPiece {
    pub title: String,
    pub body: String,
    pub image: Option<String>,
}

/// `GET /rounds/{id}/conference/{child}`: the shared screen, led by the child.
pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (round, class, child) = child_in_round(&state, &sv, round, child).await?;
    let t = sv.viewer.tr();
    let store = &state.store;
    let on_screen = |items: Vec<samenspraak_store::learning_wall::LearningItem>| -> Vec<WallView> {
        items
            .into_iter()
            .map(|i| WallView {
                photo: i
                    .photo
                    .as_ref()
                    .map(|_| format!("/classes/{}/wall/{}/photo", class.id, i.id)),
                title: i.title,
            })
            .collect()
    };
    let proud = on_screen(wall_picks(&state, &round, &class, &child, Pick::Proud).await?);
    let hard = on_screen(wall_picks(&state, &round, &class, &child, Pick::Hard).await?);
    let thermometer = crate::ui::instruments::thermometer(&state, &round.id, &child.id).await?;
    let smileys: Vec<StatementView> = crate::ui::instruments::smileys_of(&state, &t, &round.id, &class, &child.id)
        .await?
        .into_iter()
        .filter(|s| s.answer.is_some())
        .collect();
    let talk = child_talks::talks(store, &round.id, &class.id)
        .await?
        .into_iter()
        .find(|k| k.child_id == child.id);
    let video = match (
        &talk,
        samenspraak_store::videos::get(store, &round.id, &child.id).await?,
    ) {
        (Some(k), Some(v)) if v.show_in_conversation => {
            Some(format!("/rounds/{}/talks/{}/{}/video", round.id, class.id, k.id))
        }
        _ => None,
    };
    // Separated parents each have their own conversation: one household's view is not laid
    // before the other's eyes.
    let together = !bookings::separate(store, &round.id, &child.id).await?;
    let mut spider = crate::ui::instruments::spider_of(&state, &t, &round, &class, &child.id, true).await?;
    if !together {
        spider.parents.clear();
    }
    let grid = crate::ui::grid::grid(&state, &t, &round, &class.id, &child.id).await?;
    let earlier: Vec<AgreementView> = frames::open_before(store, &child.id, &round.id)
        .await?
        .iter()
        .map(|a| agreement_view(&t, a))
        .collect();
    let agreements = frames::agreements(store, &round.id, &child.id)
        .await?
        .iter()
        .map(|a| agreement_view(&t, a))
        .collect();

    // What the child brings from the child talk: the questions drawn from the jar, and the
    // portfolio pieces the family may see (approved, and with the consent for it).
    let questions: Vec<(String, String)> = match &talk {
        Some(k) => samenspraak_store::question_jar::drawn(store, &k.id)
            .await?
            .into_iter()
            .map(|d| (d.text, d.answer))
            .collect(),
        None => Vec::new(),
    };
    let consent = samenspraak_store::consent::holds(store, &child.id, samenspraak_store::consent::Purpose::Portfolio)
        .await?
        .is_some();
    let portfolio: Vec<PortfolioPiece> = match (&talk, consent) {
        (Some(k), true) => samenspraak_store::portfolio::for_family(store, &child.id)
            .await?
            .into_iter()
            .map(|i| PortfolioPiece {
                image: i
                    .content_type
                    .as_deref()
                    .and_then(samenspraak_core::media::MediaType::from_content_type)
                    .is_some_and(samenspraak_core::media::MediaType::is_image)
                    .then(|| format!("/rounds/{}/talks/{}/{}/portfolio/{}", round.id, class.id, k.id, i.id)),
                title: i.title,
                body: i.body,
            })
            .collect(),
        _ => Vec::new(),
    };

    // The agenda: only the steps with something to show, then always what we agree.
    let mut kinds = vec!["welcome"];
    if !questions.is_empty() {
        kinds.push("questions");
    }
    if !proud.is_empty() || smileys.iter().any(|s| s.faces.iter().any(|f| f.chosen && f.score >= 4)) {
        kinds.push("proud");
    }
    if !hard.is_empty() || smileys.iter().any(|s| s.faces.iter().any(|f| f.chosen && f.score <= 2)) {
        kinds.push("hard");
    }
    if thermometer.value.is_some() || !smileys.is_empty() {
        kinds.push("feeling");
    }
    if video.is_some() {
        kinds.push("video");
    }
    if !portfolio.is_empty() {
        kinds.push("portfolio");
    }
    if spider.scored {
        kinds.push("spider");
    }
    if grid.activities.iter().any(|a| a.quadrant.is_some()) {
        kinds.push("grid");
    }
    kinds.push("agreements");
    let first_name = child.first_name.clone();
    let steps = kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| Step {
            id: format!("step-{}", i + 1),
            kind,
            heading: t.t1(&format!("screen-{kind}"), "name", &first_name),
        })
        .collect();
    render(&ScreenPage {
        ctx: sv.viewer.page(t.t1("screen-title", "name", &first_name)),
        panel: format!("/rounds/{}/conference/{}/panel", round.id, child.id),
        first_name,
        steps,
        proud,
        hard,
        thermometer,
        smileys,
        video,
        spider,
        grid,
        earlier,
        agreements,
        questions,
        portfolio,
    })
}

#[derive(Template)]
#[template(path = "conference/panel.html")]
struct PanelPage {
    ctx: PageCtx,
    screen: String,
    prepare: String,
    frame_url: String,
    /// The slot in words ("17:40–18:00 · klas 6A"), and its end as Unix seconds for the timer.
    /// The slot in words, and its start and end (UTC seconds) for the timer.
    slot: Option<(String, i64, i64)>,
    /// Who is next, and when: "Lucas Claes om 18:00".
    next: Option<String>,
    prep: Preparation,
    ask_child: Vec<String>,
    ask_parents: Vec<String>,
    boxes: Vec<BoxField>,
    agreements: Vec<AgreementView>,
    /// Agreements still open from an earlier conversation, with what the child said of them.
    earlier: Vec<AgreementView>,
    who: Vec<(String, String)>,
    /// The new agreement as typed: what, who, by.
    new: (String, String, String),
    errors: FieldErrors,
    notice: Option<String>,
}

/// `GET /rounds/{id}/conference/{child}/panel`: the teacher's own screen during the
/// conversation.
pub async fn panel(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let (round, class, child) = child_in_round(&state, &sv, round, child).await?;
    let notice = q.contains_key("saved").then(|| sv.viewer.tr().t("frame-saved"));
    render(&panel_page(&state, &sv, (&round, &class, &child), Typed::default(), notice).await?)
}

/// The panel answered with the problems of a form sent from it, next to their fields, and
/// what was typed.
pub(super) async fn panel_invalid(
    state: &AppState,
    sv: &StaffViewer,
    loaded: (&Round, &SchoolClass, &Child),
    typed: Typed,
) -> Result<Response, AppError> {
    crate::ui::page::render_invalid(&panel_page(state, sv, loaded, typed, None).await?)
}

async fn panel_page(
    state: &AppState,
    sv: &StaffViewer,
    (round, class, child): (&Round, &SchoolClass, &Child),
    typed: Typed,
    notice: Option<String>,
) -> Result<PanelPage, AppError> {
    let t = sv.viewer.tr();
    let store = &state.store;
    let slots = bookings::slots(store, &round.id, &class.id).await?;
    let mine = slots.iter().position(|s| s.child.as_ref() == Some(&child.id));
    let slot = mine.map(|i| {
        let s = &slots[i];
        let mut words = format!("{}–{}", s.start.strftime("%H:%M"), s.end.strftime("%H:%M"));
        if !s.room.is_empty() {
            words = format!("{words} · {}", s.room);
        }
        let start = samenspraak_core::time::local_to_utc(s.day.to_datetime(s.start));
        let end = samenspraak_core::time::local_to_utc(s.day.to_datetime(s.end));
        (format!("{} · {words}", t.date_long(s.day)), start, end)
    });
    let next = match mine {
        Some(i) => {
            let day = slots[i].day;
            let kids = samenspraak_store::children::in_class(store, &class.id).await?;
            slots[i + 1..].iter().take_while(|s| s.day == day).find_map(|s| {
                let c = s.child.as_ref()?;
                let k = kids.iter().find(|k| &k.id == c && k.id != child.id)?;
                Some(t.t2(
                    "panel-next-at",
                    "child",
                    k.full_name(),
                    "time",
                    s.start.strftime("%H:%M").to_string(),
                ))
            })
        }
        None => None,
    };
    let (prep, _) = preparations::get(store, &round.id, &child.id).await?;
    let base = format!("/rounds/{}", round.id);
    let Typed { boxes, new, errors } = typed;
    Ok(PanelPage {
        ctx: sv.viewer.page(t.t1("panel-title", "child", child.full_name())),
        screen: format!("{base}/conference/{}", child.id),
        prepare: format!("{base}/prepare/{}", child.id),
        frame_url: format!("{base}/frame/{}", child.id),
        slot,
        next,
        ask_child: Preparation::questions(prep.ask_child.as_deref()),
        ask_parents: Preparation::questions(prep.ask_parents.as_deref()),
        prep,
        boxes: box_fields(state, &t, round, child, boxes.as_deref()).await?,
        agreements: frames::agreements(store, &round.id, &child.id)
            .await?
            .iter()
            .map(|a| agreement_view(&t, a))
            .collect(),
        earlier: frames::open_before(store, &child.id, &round.id)
            .await?
            .iter()
            .map(|a| agreement_view(&t, a))
            .collect(),
        who: who_choices(&t),
        new,
        errors,
        notice,
    })
}
