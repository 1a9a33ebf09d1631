//! The teacher prepares a KOM conversation (DESIGN.md §2 step 5): one page per child that
//! gathers everything so far — the child talk, the parents' answers side by side, the
//! agreements of earlier rounds and how they went, the teacher's confidential notes — beside
//! the preparation itself: focus, message, questions for the child and for the parents, and
//! the teacher's own view on the spider web. It prints as one sheet per child, or all of a
//! class in conversation order. Staff only, every part of it.

use crate::access::scope::child_in_round;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::ui::agreements::{AgreementView, agreement_view};
use crate::ui::answers::GuardianAnswers;
use crate::ui::conference::{in_conference_order, wall_picks};
use crate::ui::grid::GridView;
use crate::ui::instruments::{SpiderView, StatementView, ThermometerView};
use crate::ui::page::{PageCtx, render, render_invalid};
use crate::ui::words::slot_words;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::instrument::SpiderWeb;
use samenspraak_core::preparation::{PrepField, Preparation};
use samenspraak_store::children::Child;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::learning_wall::Pick;
use samenspraak_store::question_jar::{self, Drawn};
use samenspraak_store::rounds::Round;
use samenspraak_store::talk_notes::Note;
use samenspraak_store::{bookings, child_talks, frames, preparations};
use std::collections::HashMap;

/// A field of the preparation as shown: (name, label, text, hint).
pub struct PrepView {
    pub name: &'static str,
    pub label: String,
    pub text: String,
    pub hint: String,
}

/// Everything gathered for one child's conversation. Staff only.
pub struct Sheet {
    pub child: String,
    pub class: String,
    /// The booked conversation in words, with its room.
    pub when: Option<String>,
    /// The child talk's date in words, when there was one.
    pub talk_on: Option<String>,
    pub drawn: Vec<Drawn>,
    pub thermometer: ThermometerView,
    /// Only the statements the child answered.
    pub smileys: Vec<StatementView>,
    pub spider: SpiderView,
    pub grid: GridView,
    /// Whether the child placed any activity in the grid.
    pub grid_filled: bool,
    /// Learning-wall items the child is proud of, and those the child finds hard.
    pub proud: Vec<String>,
    pub hard: Vec<String>,
    pub portfolio: usize,
    pub video: bool,
    pub parents: Vec<GuardianAnswers>,
    /// The agreements of earlier rounds, with how they went.
    pub earlier: Vec<AgreementView>,
    /// The teacher's notes of the child talks, confidential or shareable.
    pub notes: Vec<Note>,
    /// The preparation, the fields written only.
    pub prep: Vec<PrepView>,
}

/// How long a free text on the printed sheet may be before it is cut: a sheet per child
/// fits one A4 also when the parents and the child wrote a lot.
const PAPER_CHARS: usize = 260;

impl Sheet {
    /// The sheet for paper: every long free text cut at `PAPER_CHARS`, with where to read on.
    fn for_paper(mut self, t: &Tr) -> Self {
        let more = t.t("prep-see-more");
        let cut = |text: &mut String| *text = crate::ui::words::shorten(text, PAPER_CHARS, &more);
        self.prep.iter_mut().for_each(|p| cut(&mut p.text));
        // A drawn question's answer is one of several side by side: shorter still.
        let cut_short = |text: &mut String| *text = crate::ui::words::shorten(text, PAPER_CHARS * 2 / 3, &more);
        self.drawn.iter_mut().for_each(|d| cut_short(&mut d.answer));
        self.notes.iter_mut().for_each(|n| cut(&mut n.text));
        cut(&mut self.thermometer.why);
        for g in &mut self.parents {
            g.rows.iter_mut().for_each(|(_, answer)| cut(answer));
        }
        self
    }
}

/// The preparation's fields as shown, with the text given (stored or typed).
fn prep_views(t: &Tr, text_of: impl Fn(PrepField) -> Option<String>) -> Vec<PrepView> {
    PrepField::ALL
        .iter()
        .map(|f| PrepView {
            name: f.as_str(),
            label: t.t(&format!("prep-{}", f.as_str())),
            text: text_of(*f).unwrap_or_default(),
            hint: t.t(&format!("prep-{}-hint", f.as_str())),
        })
        .collect()
}

/// That `sv` opened the preparation of `child`, for the audit log.
fn opened(sv: &StaffViewer, round: &Round, child: &Child) -> samenspraak_store::audit::Entry {
    sv.who()
        .did(samenspraak_store::audit::Kind::PreparationOpened)
        .child(&child.id)
        .round(&round.id)
}

/// Gathers the sheet of one child and records that `sv` opened it.
pub async fn sheet(
    state: &AppState,
    sv: &StaffViewer,
    round: &Round,
    class: &SchoolClass,
    child: &Child,
) -> Result<Sheet, AppError> {
    samenspraak_store::audit::record(&state.store, &opened(sv, round, child)).await?;
    let talks = child_talks::talks(&state.store, &round.id, &class.id).await?;
    gather(state, sv, round, class, child, &talks).await
}

/// The sheet of one child, from the class's child talks read once.
async fn gather(
    state: &AppState,
    sv: &StaffViewer,
    round: &Round,
    class: &SchoolClass,
    child: &Child,
    talks: &[child_talks::StoredTalk],
) -> Result<Sheet, AppError> {
    let store = &state.store;
    let t = &sv.viewer.tr();
    let who = sv.who();
    let talk = talks.iter().find(|k| k.child_id == child.id).cloned();
    let drawn = match &talk {
        Some(k) => question_jar::drawn(store, &k.id).await?,
        None => Vec::new(),
    };
    let titles = |items: Vec<samenspraak_store::learning_wall::LearningItem>| -> Vec<String> {
        items.into_iter().map(|i| i.title).collect()
    };
    let (prep, _) = preparations::get(store, &round.id, &child.id).await?;
    let when = bookings::of_child(store, &round.id, &child.id).await?.map(|slot| {
        let words = slot_words(t, &slot);
        if slot.room.is_empty() {
            words
        } else {
            format!("{words} · {}", slot.room)
        }
    });
    let smileys = crate::ui::instruments::smileys_of(state, t, &round.id, class, &child.id)
        .await?
        .into_iter()
        .filter(|s| s.answer.is_some())
        .collect();
    let grid = crate::ui::grid::grid(state, t, round, &class.id, &child.id).await?;
    Ok(Sheet {
        grid_filled: grid.activities.iter().any(|a| a.quadrant.is_some()),
        grid,
        child: child.full_name(),
        class: class.name.clone(),
        when,
        talk_on: talk
            .as_ref()
            .filter(|k| k.status == samenspraak_core::child_talk::TalkStatus::Done)
            .map(|k| t.date_long(k.date)),
        drawn,
        thermometer: crate::ui::instruments::thermometer(state, &round.id, &child.id).await?,
        smileys,
        spider: crate::ui::instruments::spider_of(state, t, round, class, &child.id, true).await?,
        proud: titles(wall_picks(state, round, class, child, Pick::Proud).await?),
        hard: titles(wall_picks(state, round, class, child, Pick::Hard).await?),
        portfolio: samenspraak_store::portfolio::of_child(store, &child.id).await?.len(),
        video: samenspraak_store::videos::get(store, &round.id, &child.id)
            .await?
            .is_some(),
        parents: crate::ui::answers::for_teacher(state, t, round, class, child).await?,
        earlier: frames::earlier(store, &child.id, &round.id)
            .await?
            .iter()
            .map(|a| agreement_view(t, a))
            .collect(),
        notes: samenspraak_store::talk_notes::for_staff(store, &child.id, &who).await?,
        prep: prep_views(t, |f| prep.get(f).map(str::to_string))
            .into_iter()
            .filter(|p| !p.text.is_empty())
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "conference/prepare.html")]
struct PreparePage {
    ctx: PageCtx,
    url: String,
    back: String,
    frame: String,
    conversation: String,
    sheet: Sheet,
    fields: Vec<PrepView>,
    errors: FieldErrors,
    notice: Option<String>,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    (round, class, child): &(Round, SchoolClass, Child),
    typed: Option<&HashMap<String, String>>,
    errors: FieldErrors,
    notice: Option<String>,
) -> Result<PreparePage, AppError> {
    let t = sv.viewer.tr();
    let sheet = sheet(state, sv, round, class, child).await?;
    let (stored, _) = preparations::get(&state.store, &round.id, &child.id).await?;
    let fields = prep_views(&t, |f| match typed {
        Some(typed) => typed.get(f.as_str()).cloned(),
        None => stored.get(f).map(str::to_string),
    });
    let base = format!("/rounds/{}", round.id);
    Ok(PreparePage {
        ctx: sv.viewer.page(t.t1("prep-title", "child", child.full_name())),
        url: format!("{base}/prepare/{}", child.id),
        back: base.clone(),
        frame: format!("{base}/frame/{}", child.id),
        conversation: format!("{base}/conference/{}", child.id),
        sheet,
        fields,
        errors,
        notice,
    })
}

/// `GET /rounds/{id}/prepare/{child}`.
pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let loaded = child_in_round(&state, &sv, round, child).await?;
    let notice = q.contains_key("saved").then(|| sv.viewer.tr().t("prep-saved"));
    render(&page(&state, &sv, &loaded, None, FieldErrors::new(), notice).await?)
}

/// `POST /rounds/{id}/prepare/{child}`: the fields, and the teacher's spider web as
/// `web_<axis>`; all or nothing.
pub async fn save(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let loaded = child_in_round(&state, &sv, round, child).await?;
    let (round, class, child) = &loaded;
    let t = sv.viewer.tr();
    let typed: HashMap<String, String> = pairs.iter().cloned().collect();
    let field = |name: &str| typed.get(name).cloned().unwrap_or_default();
    let axes = samenspraak_store::instrument_templates::effective(
        &state.store,
        &class.school_id,
        &class.id,
        samenspraak_core::instrument_template::Kind::SpiderWeb,
    )
    .await?;
    let web = SpiderWeb::parse(&axes.keys(), |axis| typed.get(&format!("web_{axis}")).cloned());
    match (Preparation::parse(field), web) {
        (Ok(prep), Ok(web)) => {
            let web = (!web.scores.is_empty()).then(|| web.encode());
            preparations::save(&state.store, &round.id, &child.id, sv.id(), &prep, web.as_deref()).await?;
            Ok(Redirect::to(&format!("/rounds/{}/prepare/{}?saved=1", round.id, child.id)).into_response())
        }
        (prep, web) => {
            let mut errors = FieldErrors::new();
            if let Err(problems) = prep {
                errors = FieldErrors::from_list(&problems, &t);
            }
            if let Err(e) = web {
                errors.add_message("web", &t, t.t(e.key()));
            }
            render_invalid(&page(&state, &sv, &loaded, Some(&typed), errors, None).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "conference/prepare_print.html")]
struct PrintPage {
    ctx: PageCtx,
    back: String,
    /// (the day in words, when it starts a new day), the sheet's id on the page, the sheet.
    sheets: Vec<(Option<String>, String, Sheet)>,
}

/// `GET /rounds/{id}/prepare/{child}/print`: one child's sheet on A4.
pub async fn print(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (round, class, child) = child_in_round(&state, &sv, round, child).await?;
    let t = sv.viewer.tr();
    let sheet = sheet(&state, &sv, &round, &class, &child).await?.for_paper(&t);
    render(&PrintPage {
        ctx: sv.viewer.page(t.t("prep-print")),
        back: format!("/rounds/{}/prepare/{}", round.id, child.id),
        sheets: vec![(None, "sheet".into(), sheet)],
    })
}

/// `GET /rounds/{id}/slots/{class}/prepare`: every booked child's sheet in conversation
/// order, a day heading where a day starts; `?day=2027-01-04` prints one day.
pub async fn print_class(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let (round, class) = crate::access::scope::round_and_class(&state, &sv, round, class).await?;
    let t = sv.viewer.tr();
    let day: Option<jiff::civil::Date> = q.get("day").and_then(|d| d.parse().ok());
    let children = in_conference_order(&state, &round, &class, day).await?;
    // One line per child in the log, written together before the sheets are gathered; the
    // class's talks read once.
    let entries: Vec<_> = children.iter().map(|(_, child)| opened(&sv, &round, child)).collect();
    samenspraak_store::audit::record_all(&state.store, &entries).await?;
    let talks = child_talks::talks(&state.store, &round.id, &class.id).await?;
    let mut sheets: Vec<(Option<String>, String, Sheet)> = Vec::new();
    let mut last_day = None;
    for (day, child) in children {
        let heading = (last_day != Some(day)).then(|| t.date_long(day));
        last_day = Some(day);
        let id = format!("sheet-{}", sheets.len() + 1);
        sheets.push((
            heading,
            id,
            gather(&state, &sv, &round, &class, &child, &talks).await?.for_paper(&t),
        ));
    }
    render(&PrintPage {
        ctx: sv
            .viewer
            .page(t.t2("prep-print-title", "class", &class.name, "round", &round.plan.name)),
        back: format!("/rounds/{}/slots/{}", round.id, class.id),
        sheets,
    })
}
