//! The KOM conversation's gesprekskader (`core::frame`): the teacher fills in the boxes during
//! or after the conversation (none is mandatory) and writes down the agreements, what, who
//! and by when, and later how they went. The family reads the filled boxes and the agreements
//! on the portal: empty boxes are left out, and nothing here is staff-only.

pub mod mode;
pub mod prepare;
pub mod study_sheet;
pub mod summary;

use crate::http::error::AppError;
use crate::http::viewer::{StaffViewer, Viewer};
use crate::i18n::Tr;
use crate::page::{FieldErrors, Form, PageCtx, render, render_invalid};
use crate::routes::talks::item_label;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::frame::{self, FRAME_KEYS, Status, Who};
use samenspraak_core::ids::ChildId;
use samenspraak_core::ids::SchoolId;
use samenspraak_core::instrument_template::{self as template, Item, Kind};
use samenspraak_store::children::Child;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::frames::{self, Agreement};
use samenspraak_store::rounds::Round;

/// A box on the teacher's form: (name, label, text, hint).
pub struct BoxField {
    pub name: String,
    pub label: String,
    pub text: String,
    pub hint: String,
}

/// An agreement as shown: its words, who, by when, its status in words and its note.
pub struct AgreementView {
    pub id: String,
    pub what: String,
    pub who: String,
    pub by: String,
    pub status: &'static str,
    pub status_words: String,
    pub note: String,
    /// How the child said it went ("done", "partly", "not_yet"), and in words.
    pub child_says: &'static str,
    pub child_says_words: String,
}

pub fn agreement_view(t: &Tr, a: &Agreement) -> AgreementView {
    AgreementView {
        id: a.id.clone(),
        what: a.what.clone(),
        who: t.t(&format!("who-{}", a.who.as_str())),
        by: a
            .due_on
            .map(|d| t.t1("agreement-by", "date", t.date_long(d)))
            .unwrap_or_default(),
        status: a.status.as_str(),
        status_words: t.t(&format!("agreement-{}", a.status.as_str())),
        note: a.note.clone().unwrap_or_default(),
        child_says: a.child_says.map(|c| c.as_str()).unwrap_or_default(),
        child_says_words: a
            .child_says
            .map(|c| t.t1("child-says", "what", t.t(&format!("child-says-{}", c.as_str()))))
            .unwrap_or_default(),
    }
}

#[derive(Template)]
#[template(path = "conference/frame.html")]
struct FramePage {
    ctx: PageCtx,
    url: String,
    back: String,
    boxes: Vec<BoxField>,
    agreements: Vec<AgreementView>,
    /// The new agreement as typed: what, who, by.
    new: (String, String, String),
    who: Vec<(String, String)>,
    statuses: Vec<(String, String)>,
    errors: FieldErrors,
    notice: Option<String>,
    /// Boxes the school hid that still hold text for this child.
    hidden: Vec<String>,
    /// The guardians who read what the conversation brought: "Samira Bennani (29 november 2026)".
    read_by: Vec<String>,
    /// When the summary was mailed, in words.
    sent_on: Option<String>,
    /// The teacher's preparation and the conversation panel of this child.
    prepare: String,
    panel: String,
}

/// The school's frame for a child in `grade`: its boxes in order (the school may have hidden,
/// renamed or added some), the study choice only in the 6th grade.
pub(crate) async fn frame_of(state: &AppState, school: &SchoolId, grade: Option<i64>) -> Result<Vec<Item>, AppError> {
    let template = samenspraak_store::instrument_templates::of_school(&state.store, school, Kind::Frame)
        .await?
        .unwrap_or_else(|| template::Template::default_for(Kind::Frame));
    Ok(template
        .items
        .into_iter()
        .filter(|i| frame::in_grade(&i.key, grade))
        .collect())
}

/// The grade of the child's class, if the child is in one.
async fn grade_of(state: &AppState, round: &Round, child: &Child) -> Result<Option<i64>, AppError> {
    Ok(match &child.class_id {
        Some(c) => {
            samenspraak_store::classes::get(&state.store, &round.school_id, c)
                .await?
                .grade
        }
        None => None,
    })
}

/// The boxes filled in for the child: (key, label, text), in the order of the school's
/// frame. Only boxes of the frame as the school has it now: a box the school hid is hidden
/// from families too, even when it was filled in before ([`hidden_boxes`] tells the teacher).
pub(crate) async fn filled_boxes(
    state: &AppState,
    t: &Tr,
    round: &Round,
    child: &Child,
) -> Result<Vec<(String, String, String)>, AppError> {
    let frame = frame_of(state, &round.school_id, grade_of(state, round, child).await?).await?;
    let stored = frames::boxes(&state.store, &round.id, &child.id).await?;
    Ok(frame
        .iter()
        .filter_map(|item| {
            let (_, text) = stored.iter().find(|(k, _)| *k == item.key)?;
            Some((item.key.clone(), item_label(t, Kind::Frame, item), text.clone()))
        })
        .collect())
}

/// The boxes that hold text but that the school has since hidden from its frame, by name:
/// their text is kept, but no family sees it any more, and the teacher is told so.
pub(crate) async fn hidden_boxes(
    state: &AppState,
    t: &Tr,
    round: &Round,
    child: &Child,
) -> Result<Vec<String>, AppError> {
    let frame = frame_of(state, &round.school_id, grade_of(state, round, child).await?).await?;
    let stored = frames::boxes(&state.store, &round.id, &child.id).await?;
    Ok(stored
        .iter()
        .filter(|(key, text)| !text.trim().is_empty() && !frame.iter().any(|i| i.key == *key))
        .map(|(key, _)| {
            if FRAME_KEYS.contains(&key.as_str()) {
                t.t(&format!("frame-{key}"))
            } else {
                t.t("frame-other")
            }
        })
        .collect())
}

/// The frame's boxes for the child as the form shows them, with the stored text or, when a
/// form came back with problems, what was typed.
pub(crate) async fn box_fields(
    state: &AppState,
    t: &Tr,
    round: &Round,
    child: &Child,
    typed: Option<&[(String, String)]>,
) -> Result<Vec<BoxField>, AppError> {
    let frame = frame_of(state, &round.school_id, grade_of(state, round, child).await?).await?;
    let stored = frames::boxes(&state.store, &round.id, &child.id).await?;
    let text_of = |key: &str| match typed {
        Some(typed) => typed.iter().find(|(k, _)| k == key).map(|(_, s)| s.clone()),
        None => stored.iter().find(|(k, _)| k == key).map(|(_, s)| s.clone()),
    };
    Ok(frame
        .iter()
        .map(|item| BoxField {
            name: format!("box_{}", item.key),
            label: item_label(t, Kind::Frame, item),
            text: text_of(&item.key).unwrap_or_default(),
            // A box of the school's own words has no hint of ours.
            hint: if FRAME_KEYS.contains(&item.key.as_str()) {
                t.t(&format!("frame-{}-hint", item.key))
            } else {
                String::new()
            },
        })
        .collect())
}

/// Who can take an agreement on: (value, words).
pub(crate) fn who_choices(t: &Tr) -> Vec<(String, String)> {
    Who::ALL
        .iter()
        .map(|w| (w.as_str().to_string(), t.t(&format!("who-{}", w.as_str()))))
        .collect()
}

/// Where an agreement can stand: (value, words).
pub(crate) fn status_choices(t: &Tr) -> Vec<(String, String)> {
    Status::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), t.t(&format!("agreement-{}", s.as_str()))))
        .collect()
}

/// Whether a frame form was sent from the conversation panel.
fn from_panel(pairs: &[(String, String)]) -> bool {
    crate::page::field(pairs, "back") == "panel"
}

/// Where a frame form goes back to: the conversation panel when it came from there.
fn back_to(pairs: &[(String, String)], round: &Round, child: &Child) -> String {
    if from_panel(pairs) {
        format!("/rounds/{}/conversation/{}/panel?saved=1", round.id, child.id)
    } else {
        format!("/rounds/{}/frame/{}?saved=1", round.id, child.id)
    }
}

/// The round, the child's class and the child, for a member of staff who may hold the class's
/// conversations.
pub(crate) async fn load(
    state: &AppState,
    sv: &StaffViewer,
    round: String,
    child: String,
) -> Result<(Round, SchoolClass, Child), AppError> {
    let child = samenspraak_store::children::get(&state.store, sv.school(), &ChildId(child)).await?;
    let class = child.class_id.clone().ok_or(AppError::NotFound)?;
    let (round, class) = crate::routes::scope::round_and_class(state, sv, round, class.to_string()).await?;
    Ok((round, class, child))
}

/// The children of a class with a booked conversation in the round, in conversation order,
/// each once (separated parents have two conversations), with the day of their first;
/// `day` keeps one day. What the teacher prints for the conversation days follows it.
pub(crate) async fn in_conversation_order(
    state: &AppState,
    round: &Round,
    class: &SchoolClass,
    day: Option<jiff::civil::Date>,
) -> Result<Vec<(jiff::civil::Date, Child)>, AppError> {
    let kids = samenspraak_store::children::in_class(&state.store, &class.id).await?;
    let mut out: Vec<(jiff::civil::Date, Child)> = Vec::new();
    for slot in samenspraak_store::bookings::slots(&state.store, &round.id, &class.id).await? {
        let Some(child) = slot.child.as_ref().and_then(|c| kids.iter().find(|k| &k.id == c)) else {
            continue;
        };
        if day.is_some_and(|d| d != slot.day) || out.iter().any(|(_, c)| c.id == child.id) {
            continue;
        }
        out.push((slot.day, child.clone()));
    }
    Ok(out)
}

/// The learning-wall items the child picked as `want` (proud of, or hard) in the round.
pub(crate) async fn wall_picks(
    state: &AppState,
    round: &Round,
    class: &SchoolClass,
    child: &Child,
    want: samenspraak_store::learning_wall::Pick,
) -> Result<Vec<samenspraak_store::learning_wall::LearningItem>, AppError> {
    let picks = samenspraak_store::learning_wall::picks(&state.store, &round.id, &child.id).await?;
    Ok(samenspraak_store::learning_wall::items(&state.store, &class.id)
        .await?
        .into_iter()
        .filter(|i| picks.iter().any(|(id, p)| *id == i.id && *p == want))
        .collect())
}

/// What the teacher typed when a form comes back with problems.
pub(crate) struct Typed {
    /// The boxes as typed, (key, text), instead of what is stored.
    boxes: Option<Vec<(String, String)>>,
    /// The new agreement: what, who, by.
    new: (String, String, String),
    errors: FieldErrors,
}

impl Default for Typed {
    /// Nothing typed: the stored boxes, a new agreement for the child.
    fn default() -> Self {
        Self {
            boxes: None,
            new: (String::new(), Who::Child.as_str().to_string(), String::new()),
            errors: FieldErrors::new(),
        }
    }
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    round: &Round,
    child: &Child,
    typed: Typed,
    notice: Option<String>,
) -> Result<FramePage, AppError> {
    let Typed {
        boxes: typed,
        new,
        errors,
    } = typed;
    let t = sv.viewer.tr();
    let boxes = box_fields(state, &t, round, child, typed.as_deref()).await?;
    let hidden = hidden_boxes(state, &t, round, child).await?;
    let agreements = frames::agreements(&state.store, &round.id, &child.id)
        .await?
        .iter()
        .map(|a| agreement_view(&t, a))
        .collect();
    let read_by = frames::read_by(&state.store, &round.id, &child.id)
        .await?
        .into_iter()
        .map(|(_, name, at)| {
            format!(
                "{name} ({})",
                t.date_long(samenspraak_core::time::utc_to_local(at).date())
            )
        })
        .collect();
    let sent_on = frames::summary_sent(&state.store, &round.id, &child.id)
        .await?
        .map(|at| t.date_long(samenspraak_core::time::utc_to_local(at).date()));
    Ok(FramePage {
        read_by,
        sent_on,
        prepare: format!("/rounds/{}/prepare/{}", round.id, child.id),
        panel: format!("/rounds/{}/conversation/{}/panel", round.id, child.id),
        ctx: sv.viewer.page(t.t1("frame-title", "child", child.full_name())),
        url: format!("/rounds/{}/frame/{}", round.id, child.id),
        back: format!("/rounds/{}", round.id),
        boxes,
        hidden,
        agreements,
        new,
        who: who_choices(&t),
        statuses: status_choices(&t),
        errors,
        notice,
    })
}

/// `GET /rounds/{id}/frame/{child}`.
pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let (round, _, child) = load(&state, &sv, round, child).await?;
    let t = sv.viewer.tr();
    let notice = match q.get("sent").and_then(|n| n.parse::<i64>().ok()) {
        Some(0) => Some(t.t("summary-sent-none")),
        Some(n) => Some(t.n("summary-sent", n)),
        None => q.contains_key("saved").then(|| t.t("frame-saved")),
    };
    render(&page(&state, &sv, &round, &child, Typed::default(), notice).await?)
}

/// `POST /rounds/{id}/frame/{child}`: every box as typed (`box_<name>`); all or nothing.
pub async fn save(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, class, child) = load(&state, &sv, round, child).await?;
    let t = sv.viewer.tr();
    let mut errors = FieldErrors::new();
    let mut typed = Vec::new();
    let mut raw = Vec::new();
    for item in frame_of(&state, &round.school_id, grade_of(&state, &round, &child).await?).await? {
        let name = format!("box_{}", item.key);
        let Some((_, value)) = pairs.iter().find(|(k, _)| *k == name) else {
            continue;
        };
        raw.push((item.key.clone(), value.clone()));
        match frame::parse_box(value) {
            Ok(text) => typed.push((item.key.clone(), text)),
            Err(e) => errors.add_labelled(name, item_label(&t, Kind::Frame, &item), t.t(e.key())),
        }
    }
    if !errors.is_empty() {
        let typed = Typed {
            boxes: Some(raw),
            errors,
            ..Typed::default()
        };
        if from_panel(&pairs) {
            return mode::panel_invalid(&state, &sv, (&round, &class, &child), typed).await;
        }
        return render_invalid(&page(&state, &sv, &round, &child, typed, None).await?);
    }
    frames::save(&state.store, &round.id, &child.id, sv.id(), &typed).await?;
    Ok(Redirect::to(&back_to(&pairs, &round, &child)).into_response())
}

/// `POST /rounds/{id}/frame/{child}/agreements`: `what`, `who`, `by`.
pub async fn add_agreement(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, class, child) = load(&state, &sv, round, child).await?;
    let t = sv.viewer.tr();
    let field = |name: &str| crate::page::field(&pairs, name);
    let (what, who, by) = (field("what"), field("who"), field("by"));
    match frame::parse_agreement(&what, &who, &by) {
        Ok(a) => {
            frames::add_agreement(&state.store, &round.school_id, &round.id, &child.id, sv.id(), &a).await?;
            Ok(Redirect::to(&back_to(&pairs, &round, &child)).into_response())
        }
        Err(problems) => {
            let typed = Typed {
                boxes: None,
                new: (what, who, by),
                errors: FieldErrors::from_list(&problems, &t),
            };
            if from_panel(&pairs) {
                return mode::panel_invalid(&state, &sv, (&round, &class, &child), typed).await;
            }
            render_invalid(&page(&state, &sv, &round, &child, typed, None).await?)
        }
    }
}

/// `POST /rounds/{id}/frame/{child}/agreements/{agreement}`: `status` and a short `note`.
pub async fn update_agreement(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child, id)): Path<(String, String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, _, child) = load(&state, &sv, round, child).await?;
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let status = field("status").and_then(Status::parse).ok_or(AppError::BadRequest)?;
    let note = field("note")
        .map(|n| n.trim().chars().take(300).collect::<String>())
        .filter(|n| !n.is_empty());
    frames::set_status(&state.store, &child.id, &id, status, note.as_deref()).await?;
    Ok(Redirect::to(&back_to(&pairs, &round, &child)).into_response())
}

#[derive(Template)]
#[template(path = "family/conversation.html")]
struct FamilyPage {
    ctx: PageCtx,
    url: String,
    /// When this guardian marked it read, in words.
    read_on: Option<String>,
    /// The boxes filled in: (label, text).
    boxes: Vec<(String, String)>,
    agreements: Vec<AgreementView>,
    /// For a 6th grader: the study-choice sheet the parents may hand to the secondary school.
    study_sheet: Option<String>,
}

/// `GET /family/conversation/{round}/{child}`: what the conversation brought, for the family.
pub async fn for_family(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let own = crate::access::OwnChild::load(&state, &viewer, round, child).await?;
    let t = viewer.tr();
    let boxes = filled_boxes(&state, &t, &own.round, &own.child)
        .await?
        .into_iter()
        .map(|(_, label, text)| (label, text))
        .collect();
    let agreements = frames::agreements(&state.store, &own.round.id, &own.child.id)
        .await?
        .iter()
        .map(|a| agreement_view(&t, a))
        .collect();
    let read_on = frames::read_by(&state.store, &own.round.id, &own.child.id)
        .await?
        .into_iter()
        .find(|(g, _, _)| *g == own.guardian)
        .map(|(_, _, at)| t.date_long(samenspraak_core::time::utc_to_local(at).date()));
    let grade = samenspraak_store::classes::get(&state.store, &own.round.school_id, &own.class)
        .await?
        .grade;
    let url = format!("/family/conversation/{}/{}", own.round.id, own.child.id);
    render(&FamilyPage {
        study_sheet: (grade == Some(6)).then(|| format!("{url}/study-choice")),
        ctx: viewer.page(t.t1("conversation-title", "child", &own.child.first_name)),
        url,
        read_on,
        boxes,
        agreements,
    })
}

#[derive(Template)]
#[template(path = "conference/open.html")]
struct OpenPage {
    ctx: PageCtx,
    back: String,
    /// (child's name, the frame it was agreed in, the agreement, past its date).
    rows: Vec<(String, String, AgreementView, bool)>,
}

/// `GET /classes/{id}/agreements`: the class's agreements still open, those past their date
/// first, each with a link to the frame it was made in.
pub async fn open_of_class(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let class = crate::routes::scope::class_to_view(&state, &sv, id).await?;
    let t = sv.viewer.tr();
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let kids = samenspraak_store::children::in_class(&state.store, &class.id).await?;
    let rows = frames::open_of_class(&state.store, &class.id, today)
        .await?
        .iter()
        .map(|a| {
            let name = kids
                .iter()
                .find(|k| k.id == a.child_id)
                .map(|k| k.full_name())
                .unwrap_or_default();
            let frame = format!("/rounds/{}/frame/{}", a.round_id, a.child_id);
            (name, frame, agreement_view(&t, a), a.due_on.is_some_and(|d| d < today))
        })
        .collect();
    render(&OpenPage {
        ctx: sv.viewer.page(t.t1("open-agreements-title", "class", &class.name)),
        back: format!("/classes/{}", class.id),
        rows,
    })
}

/// `POST /family/conversation/{round}/{child}/read`: this guardian has read it.
pub async fn mark_read(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let own = crate::access::OwnChild::load(&state, &viewer, round, child).await?;
    frames::mark_read(&state.store, &own.round.id, &own.child.id, &own.guardian).await?;
    Ok(Redirect::to(&format!("/family/conversation/{}/{}", own.round.id, own.child.id)).into_response())
}
