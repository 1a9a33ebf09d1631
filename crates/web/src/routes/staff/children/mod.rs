//! A child's page (class, guardians per household, brothers and sisters) and, for the
//! school admin, the form to add or change a child.

pub mod as_guardian;
pub mod consent;
pub mod data;
pub mod guardian;

use crate::access::scope::ManagesPeople;
use crate::access::scope::visible_classes;
use crate::http::error::{AppError, allow};
use crate::http::form::FieldErrors;
use crate::http::form::Form;
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::{ChildId, ClassId};
use samenspraak_core::policy::{Action, decide};
use samenspraak_core::values::{FieldError, FieldProblems, parse_date, required_text};
use samenspraak_store::children::{self, Child, ChildFields};
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::guardians::{self, Guardian};
use samenspraak_store::{StoreError, classes};
use serde::Deserialize;

/// The class a child is in, or a class id no teacher has (only admin and care see them).
pub fn class_of(child: &Child) -> ClassId {
    child.class_id.clone().unwrap_or_else(|| ClassId(String::new()))
}

/// A brother or sister with the name of their class.
struct Sibling {
    child: Child,
    class_name: String,
}

#[derive(Template)]
#[template(path = "children/show.html")]
struct ShowPage {
    ctx: PageCtx,
    child: Child,
    class_name: String,
    birth_date: String,
    households: Vec<Vec<Guardian>>,
    siblings: Vec<Sibling>,
    can_manage: bool,
    /// The child's teachers and the admin may see the portal as a guardian sees it.
    can_view_as: bool,
    /// Notes from child talks; only staff ever reach this page.
    notes: Vec<samenspraak_store::talk_notes::Note>,
    consent: ConsentView,
}

/// The consent for recordings as the child's page shows it, with the form to record it.
pub struct ConsentView {
    /// The consents that hold: (purpose, what for, "Gegeven door … op …, genoteerd door …").
    pub current: Vec<(&'static str, String, String)>,
    /// The purposes without consent, for the form: (purpose, what for).
    pub open: Vec<(&'static str, String)>,
    /// The purpose chosen in the form.
    pub purpose: &'static str,
    /// Earlier consents, withdrawn, as sentences.
    pub history: Vec<String>,
    pub can_record: bool,
    pub given_by: String,
    pub given_on: String,
    pub guardian_names: Vec<String>,
    pub errors: FieldErrors,
}

/// What was typed in the consent form, to show again with its problems.
#[derive(Default)]
pub struct ConsentTyped {
    pub purpose: &'static str,
    pub given_by: String,
    pub given_on: String,
    pub errors: FieldErrors,
}

pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    child_page(&state, &sv, id, ConsentTyped::default()).await
}

/// The child's page; with consent-form problems, answered as 422 with them at their fields.
pub async fn child_page(
    state: &AppState,
    sv: &StaffViewer,
    id: String,
    typed: ConsentTyped,
) -> Result<Response, AppError> {
    let child = children::get(&state.store, sv.school(), &ChildId(id)).await?;
    let actor = sv.actor();
    allow(decide(
        &actor,
        Action::ViewChild {
            school: &child.school_id,
            class: &class_of(&child),
        },
    ))?;
    let t = sv.viewer.tr();
    let class_name = match &child.class_id {
        Some(c) => classes::get(&state.store, sv.school(), c).await?.name,
        None => t.t("child-no-class"),
    };
    let mut siblings = Vec::new();
    for sib in guardians::siblings(&state.store, &child.id).await? {
        // A teacher sees that a sibling exists only when they may see that child too.
        if decide(
            &actor,
            Action::ViewChild {
                school: &sib.school_id,
                class: &class_of(&sib),
            },
        )
        .is_allowed()
        {
            let class_name = match &sib.class_id {
                Some(c) => classes::get(&state.store, sv.school(), c).await?.name,
                None => String::new(),
            };
            siblings.push(Sibling { child: sib, class_name });
        }
    }
    let family = guardians::of_child(&state.store, &child.id).await?;
    let consents = samenspraak_store::consent::history(&state.store, &child.id).await?;
    let describe = |c: &samenspraak_store::consent::Consent| {
        let args = [
            ("who", c.given_by.clone()),
            ("date", t.date_long(c.given_on)),
            ("staff", c.recorded_by.clone()),
        ];
        t.args("consent-given", &args)
    };
    let invalid = !typed.errors.is_empty();
    let what_for = |p: samenspraak_store::consent::Purpose| t.t(&format!("consent-purpose-{}", p.as_str()));
    let holding: Vec<_> = consents.iter().filter(|c| !c.withdrawn).collect();
    let open: Vec<(&'static str, String)> = samenspraak_store::consent::Purpose::ALL
        .into_iter()
        .filter(|p| !holding.iter().any(|c| c.purpose == *p))
        .map(|p| (p.as_str(), what_for(p)))
        .collect();
    let consent = ConsentView {
        current: holding
            .iter()
            .map(|c| (c.purpose.as_str(), what_for(c.purpose), describe(c)))
            .collect(),
        purpose: if typed.purpose.is_empty() {
            open.first().map(|(p, _)| *p).unwrap_or("video")
        } else {
            typed.purpose
        },
        open,
        history: consents
            .iter()
            .filter(|c| c.withdrawn)
            .map(|c| {
                let by = match (&c.withdrawn_by, c.withdrawn_by_parent) {
                    (Some(name), true) => t.t1("consent-by-parent", "name", name),
                    (Some(name), false) => name.clone(),
                    (None, _) => String::new(),
                };
                format!(
                    "{}: {}",
                    what_for(c.purpose),
                    t.t2("consent-withdrawn", "given", describe(c), "staff", by)
                )
            })
            .collect(),
        can_record: decide(
            &actor,
            Action::RecordConsent {
                school: &child.school_id,
                class: child.class_id.as_ref(),
            },
        )
        .is_allowed(),
        given_by: typed.given_by,
        given_on: if invalid {
            typed.given_on
        } else {
            samenspraak_core::time::today(samenspraak_store::now()).to_string()
        },
        guardian_names: family.iter().filter(|g| g.active).map(|g| g.name.clone()).collect(),
        errors: typed.errors,
    };
    let page = ShowPage {
        ctx: sv.viewer.page(child.full_name()),
        birth_date: child.birth_date.map(|d| t.date_long(d)).unwrap_or_default(),
        households: guardians::households(family),
        consent,
        siblings,
        can_manage: decide(&actor, Action::ManagePeople { school: sv.school() }).is_allowed(),
        can_view_as: child.active
            && child.class_id.as_ref().is_some_and(|class| {
                decide(
                    &actor,
                    Action::PlanChildTalks {
                        school: &child.school_id,
                        class,
                    },
                )
                .is_allowed()
            }),
        notes: samenspraak_store::talk_notes::for_staff(&state.store, &child.id, &sv.who()).await?,
        class_name,
        child,
    };
    if invalid { render_invalid(&page) } else { render(&page) }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChildForm {
    first_name: String,
    last_name: String,
    birth_date: String,
    class: String,
    active: Option<String>,
}

#[derive(Template)]
#[template(path = "children/form.html")]
struct FormPage {
    ctx: PageCtx,
    action: String,
    form: ChildForm,
    classes: Vec<SchoolClass>,
    errors: FieldErrors,
    is_new: bool,
}

#[derive(Deserialize)]
pub struct NewQuery {
    class: Option<String>,
}

pub async fn new(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Query(q): Query<NewQuery>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    render(&FormPage {
        ctx: sv.viewer.page(t.t("child-new-title")),
        action: "/children".into(),
        form: ChildForm {
            class: q.class.unwrap_or_default(),
            active: Some("on".into()),
            ..Default::default()
        },
        classes: visible_classes(&state, &sv).await?,
        errors: FieldErrors::new(),
        is_new: true,
    })
}

pub async fn edit(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let child = children::get(&state.store, sv.school(), &ChildId(id)).await?;
    let t = sv.viewer.tr();
    render(&FormPage {
        ctx: sv.viewer.page(t.t1("child-edit-title", "name", child.full_name())),
        action: format!("/children/{}", child.id),
        form: ChildForm {
            first_name: child.first_name,
            last_name: child.last_name,
            birth_date: child.birth_date.map(|d| d.to_string()).unwrap_or_default(),
            class: child.class_id.map(|c| c.0).unwrap_or_default(),
            active: child.active.then(|| "on".into()),
        },
        classes: visible_classes(&state, &sv).await?,
        errors: FieldErrors::new(),
        is_new: false,
    })
}

struct Parsed {
    first: String,
    last: String,
    birth: Option<jiff::civil::Date>,
    class: Option<ClassId>,
}

fn parse(form: &ChildForm, classes: &[SchoolClass]) -> Result<Parsed, FieldProblems> {
    let mut errors = Vec::new();
    let first = required_text(&form.first_name, 80)
        .map_err(|e| errors.push(("first_name", e)))
        .ok();
    let last = required_text(&form.last_name, 80)
        .map_err(|e| errors.push(("last_name", e)))
        .ok();
    let birth = match form.birth_date.trim() {
        "" => Some(None),
        raw => parse_date(raw)
            .map(Some)
            .map_err(|e| errors.push(("birth_date", e)))
            .ok(),
    };
    let class = match form.class.as_str() {
        "" => Some(None),
        id => classes.iter().find(|c| c.id.as_str() == id).map(|c| Some(c.id.clone())),
    };
    if class.is_none() {
        errors.push(("class", FieldError::Choice));
    }
    match (first, last, birth, class) {
        (Some(first), Some(last), Some(birth), Some(class)) if errors.is_empty() => Ok(Parsed {
            first,
            last,
            birth,
            class,
        }),
        _ => Err(errors),
    }
}

pub async fn create(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Form(form): Form<ChildForm>,
) -> Result<Response, AppError> {
    save(&state, &sv, None, form).await
}

pub async fn update(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
    Form(form): Form<ChildForm>,
) -> Result<Response, AppError> {
    save(&state, &sv, Some(ChildId(id)), form).await
}

/// Reached only from `create` and `update`, which asked the policy (`ManagesPeople`).
async fn save(state: &AppState, sv: &StaffViewer, id: Option<ChildId>, form: ChildForm) -> Result<Response, AppError> {
    if let Some(id) = &id {
        // Another school's child is not found, whatever the form holds.
        children::get(&state.store, sv.school(), id).await?;
    }
    let t = sv.viewer.tr();
    let classes = visible_classes(state, sv).await?;
    let action = id
        .as_ref()
        .map(|i| format!("/children/{i}"))
        .unwrap_or_else(|| "/children".into());
    let errors = match parse(&form, &classes) {
        Ok(p) => {
            let fields = ChildFields {
                class: p.class.as_ref(),
                first_name: &p.first,
                last_name: &p.last,
                birth_date: p.birth,
            };
            let saved = match &id {
                Some(id) => children::update(&state.store, sv.school(), id, fields, form.active.is_some())
                    .await
                    .map(|_| id.clone()),
                None => children::create(&state.store, sv.school(), fields).await.map(|c| c.id),
            };
            match saved {
                Ok(id) => return Ok(Redirect::to(&format!("/children/{id}")).into_response()),
                Err(StoreError::Conflict(_)) => {
                    let mut e = FieldErrors::new();
                    e.add_message("first_name", &t, t.t("child-exists"));
                    e
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(list) => FieldErrors::from_list(&list, &t),
    };
    let title = if id.is_none() {
        t.t("child-new-title")
    } else {
        t.t1(
            "child-edit-title",
            "name",
            format!("{} {}", form.first_name, form.last_name),
        )
    };
    render_invalid(&FormPage {
        ctx: sv.viewer.page(title),
        action,
        form,
        classes,
        errors,
        is_new: id.is_none(),
    })
}
