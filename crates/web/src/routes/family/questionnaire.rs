//! The questionnaire on the parent portal: a guardian fills it in with their child, on a
//! phone. Answers are kept as a draft as they go (each change, with the script; the save
//! button without), can be changed until the deadline, and are then read by the teacher.
//! Each guardian answers for themselves: two households never overwrite each other.

use crate::http::error::AppError;
use crate::http::form::Form;
use crate::http::viewer::Viewer;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::ui::instruments::item_label;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::Date;
use samenspraak_core::ids::GuardianId;
use samenspraak_core::instrument_template::{Kind, Template as InstrumentTemplate};
use samenspraak_core::questionnaire::{QuestionKind, Set, own_questions, parse_answer};
use samenspraak_store::questionnaires::{self, Progress};
use samenspraak_store::{children, classes, instrument_templates, rounds};

/// One spider-web axis on the form: its key, its words, and the scores 1–5 with the one
/// chosen.
pub type AxisChoice = (String, String, Vec<(u8, bool)>);

/// One question as the form shows it.
pub struct QuestionView {
    pub key: String,
    pub kind: &'static str,
    pub text: String,
    /// (value, label, chosen) for choices, faces and numbers.
    pub options: Vec<(String, String, bool)>,
    /// For the spider web: (axis key, words, [(score, chosen)]).
    pub axes: Vec<AxisChoice>,
    pub text_value: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "family/questionnaire.html")]
struct QuestionnairePage {
    ctx: PageCtx,
    url: String,
    intro: String,
    open: bool,
    submitted: bool,
    /// Just saved as a draft without the page's script: said where the buttons are.
    saved: bool,
    questions: Vec<QuestionView>,
    has_errors: bool,
}

/// Everything one guardian's questionnaire for one child needs.
struct Context {
    guardian: GuardianId,
    child: children::Child,
    round: std::sync::Arc<rounds::Round>,
    set: Set,
    /// The teacher's own open questions: (key, words).
    own: Vec<(String, String)>,
    axes: InstrumentTemplate,
    deadline: Date,
}

impl Context {
    async fn load(state: &AppState, viewer: &Viewer, round: String, child: String) -> Result<Self, AppError> {
        let own = crate::access::family::OwnChild::load(state, viewer, round, child).await?;
        let (id, child, round, class_id) = (own.guardian, own.child, own.round, own.class);
        let school = child.school_id.clone();
        let class = classes::get(&state.store, &school, &class_id).await?;
        let chosen = questionnaires::set_of(&state.store, &round.id, &class.id, class.grade).await?;
        let axes = instrument_templates::effective(&state.store, &school, &class.id, Kind::SpiderWeb).await?;
        let deadline = round.plan.questionnaire_deadline();
        Ok(Self {
            guardian: id,
            child,
            round,
            set: chosen.set,
            own: own_questions(&chosen.own),
            axes,
            deadline,
        })
    }

    fn url(&self) -> String {
        format!("/family/questionnaire/{}/{}", self.round.id, self.child.id)
    }
}

fn today() -> Date {
    samenspraak_core::time::today(samenspraak_store::now())
}

/// The form's questions with what was answered (`value_of` gives the values per field name).
fn views(
    t: &Tr,
    cx: &Context,
    value_of: &dyn Fn(&str) -> Vec<String>,
    errors: &[(String, String)],
) -> Vec<QuestionView> {
    let own = cx.own.iter().map(|(key, words)| {
        let field = format!("q_{key}");
        QuestionView {
            key: key.clone(),
            kind: "text",
            text: words.clone(),
            options: Vec::new(),
            axes: Vec::new(),
            text_value: value_of(&field).first().cloned().unwrap_or_default(),
            error: errors.iter().find(|(k, _)| k == key).map(|(_, m)| m.clone()),
        }
    });
    cx.set
        .questions()
        .iter()
        .map(|q| {
            let field = format!("q_{}", q.key);
            let given = value_of(&field);
            let first = given.first().cloned().unwrap_or_default();
            let words = |key: String| t.args(&key, &[("child", cx.child.first_name.clone())]);
            let text = words(format!("q-{}", q.key));
            let numbered = |from: u8, to: u8, label: &dyn Fn(u8) -> String| {
                (from..=to)
                    .map(|n| (n.to_string(), label(n), first == n.to_string()))
                    .collect::<Vec<_>>()
            };
            let (kind, options) = match q.kind {
                QuestionKind::Text => ("text", Vec::new()),
                QuestionKind::Single(choices) => (
                    "single",
                    choices
                        .iter()
                        .map(|c| (c.to_string(), words(format!("q-{}-{c}", q.key)), first == *c))
                        .collect(),
                ),
                QuestionKind::Multiple(choices) => (
                    "multiple",
                    choices
                        .iter()
                        .map(|c| {
                            (
                                c.to_string(),
                                words(format!("q-{}-{c}", q.key)),
                                given.iter().any(|g| g == c),
                            )
                        })
                        .collect(),
                ),
                QuestionKind::Smiley => ("smiley", numbered(1, 5, &|n| t.t(&format!("face-{n}")))),
                QuestionKind::Thermometer => ("thermometer", numbered(0, 10, &|n| n.to_string())),
                QuestionKind::SpiderWeb => ("spider", Vec::new()),
            };
            let axes = if q.kind == QuestionKind::SpiderWeb {
                cx.axes
                    .items
                    .iter()
                    .map(|item| {
                        let chosen = value_of(&format!("q_spider_{}", item.key))
                            .first()
                            .cloned()
                            .unwrap_or_default();
                        (
                            item.key.clone(),
                            item_label(t, Kind::SpiderWeb, item),
                            (1..=5u8).map(|n| (n, chosen == n.to_string())).collect(),
                        )
                    })
                    .collect()
            } else {
                Vec::new()
            };
            QuestionView {
                key: q.key.to_string(),
                kind,
                text,
                options,
                axes,
                text_value: if q.kind == QuestionKind::Text {
                    first
                } else {
                    String::new()
                },
                error: errors.iter().find(|(k, _)| k == q.key).map(|(_, m)| m.clone()),
            }
        })
        .chain(own)
        .collect()
}

/// Stored answers as form values: a multiple choice is several values (stored with commas
/// between), the spider web one per axis; an open answer is one value, commas and all.
fn stored_values(set: Set, stored: &[(String, String)]) -> Vec<(String, String)> {
    let multiple = |question: &str| {
        set.questions()
            .iter()
            .any(|q| q.key == question && matches!(q.kind, QuestionKind::Multiple(_)))
    };
    let mut out = Vec::new();
    for (question, value) in stored {
        if question == "spider" {
            for (axis, score) in samenspraak_core::instrument::SpiderWeb::decode(value).scores {
                out.push((format!("q_spider_{axis}"), score.to_string()));
            }
        } else if multiple(question) {
            for v in value.split(',') {
                out.push((format!("q_{question}"), v.to_string()));
            }
        } else {
            out.push((format!("q_{question}"), value.clone()));
        }
    }
    out
}

fn page(viewer: &Viewer, cx: &Context, questions: Vec<QuestionView>, submitted: bool) -> QuestionnairePage {
    let t = viewer.tr();
    let open = today() <= cx.deadline;
    QuestionnairePage {
        ctx: viewer.page(t.t1("q-title", "child", &cx.child.first_name)),
        url: cx.url(),
        intro: if open {
            t.args(
                "q-intro",
                &[
                    ("child", cx.child.first_name.clone()),
                    ("date", t.date_long(cx.deadline)),
                ],
            )
        } else {
            t.t("q-closed")
        },
        open,
        submitted,
        saved: false,
        has_errors: questions.iter().any(|q| q.error.is_some()),
        questions,
    }
}

/// `GET /family/questionnaire/{round}/{child}`.
pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
    Query(query): Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let cx = Context::load(&state, &viewer, round, child).await?;
    questionnaires::mark_opened(&state.store, &cx.round.id, &cx.child.id, &cx.guardian).await?;
    let stored = questionnaires::answers(&state.store, &cx.round.id, &cx.child.id, &cx.guardian).await?;
    let values = stored_values(cx.set, &stored);
    let value_of = |field: &str| {
        values
            .iter()
            .filter(|(k, _)| k == field)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let submitted = questionnaires::responses(&state.store, &cx.round.id, &cx.child.id)
        .await?
        .iter()
        .any(|r| r.guardian_id == cx.guardian && r.progress == Progress::Submitted);
    let t = viewer.tr();
    let mut page = page(&viewer, &cx, views(&t, &cx, &value_of, &[]), submitted);
    page.saved = query.contains_key("saved");
    render(&page)
}

/// `POST /family/questionnaire/{round}/{child}`: `action` is `draft` (also what the page's
/// script sends as answers change) or `submit`. A refused answer keeps everything typed on
/// the page and saves nothing.
pub async fn save(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let cx = Context::load(&state, &viewer, round, child).await?;
    let t = viewer.tr();
    let value_of = |field: &str| {
        pairs
            .iter()
            .filter(|(k, _)| k == field)
            .map(|(_, v)| v.clone())
            .collect::<Vec<String>>()
    };
    let submit = value_of("action").first().is_some_and(|a| a == "submit");
    let mut errors: Vec<(String, String)> = Vec::new();
    let mut answers: Vec<(String, Option<String>)> = Vec::new();
    let axis_keys = cx.axes.keys();
    for q in cx.set.questions() {
        let result = parse_answer(q.kind, &value_of(&format!("q_{}", q.key)), &axis_keys, |axis| {
            value_of(&format!("q_spider_{axis}")).first().cloned()
        });
        match result {
            Ok(v) => answers.push((q.key.to_string(), v)),
            Err(e) => errors.push((q.key.to_string(), t.t(e.key()))),
        }
    }
    for (key, _) in &cx.own {
        match parse_answer(QuestionKind::Text, &value_of(&format!("q_{key}")), &[], |_| None) {
            Ok(v) => answers.push((key.clone(), v)),
            Err(e) => errors.push((key.clone(), t.t(e.key()))),
        }
    }
    if today() > cx.deadline {
        errors.push((String::new(), t.t("q-closed")));
    }
    if !errors.is_empty() {
        let mut page = page(&viewer, &cx, views(&t, &cx, &value_of, &errors), false);
        page.has_errors = true;
        return render_invalid(&page);
    }
    let answers: Vec<(&str, Option<String>)> = answers.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    questionnaires::save(&state.store, &cx.round.id, &cx.child.id, &cx.guardian, &answers, submit).await?;
    let target = if submit {
        format!("{}?sent=1", cx.url())
    } else {
        format!("{}?saved=1#saved", cx.url())
    };
    Ok(Redirect::to(&target).into_response())
}
