//! Guardians of a child: add one (in an existing household of the child, or a new one for
//! separated parents) and change one. School admin only.

use crate::access::scope::ManagesPeople;
use crate::http::error::AppError;
use crate::http::form::FieldErrors;
use crate::http::form::Form;
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::Language;
use samenspraak_core::ids::{ChildId, GuardianId, HouseholdId};
use samenspraak_core::values::{Email, FieldError, FieldProblems, parse_phone, required_text};
use samenspraak_store::children::{self, Child};
use samenspraak_store::guardians::{self, GuardianFields, HouseholdChoice};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GuardianForm {
    name: String,
    email: String,
    phone: String,
    language: String,
    right_to_info: Option<String>,
    interpreter: Option<String>,
    household: String,
    active: Option<String>,
}

/// A household to choose, named after the guardians in it.
struct HouseholdOption {
    id: String,
    label: String,
}

#[derive(Template)]
#[template(path = "guardians/form.html")]
struct FormPage {
    ctx: PageCtx,
    action: String,
    child: Child,
    form: GuardianForm,
    households: Vec<HouseholdOption>,
    languages: Vec<(&'static str, String)>,
    errors: FieldErrors,
    is_new: bool,
}

async fn household_options(state: &AppState, child: &ChildId) -> Result<Vec<HouseholdOption>, AppError> {
    Ok(guardians::households(guardians::of_child(&state.store, child).await?)
        .into_iter()
        .map(|h| HouseholdOption {
            id: h[0].household_id.to_string(),
            label: h.iter().map(|g| g.name.as_str()).collect::<Vec<_>>().join(" & "),
        })
        .collect())
}

fn languages(sv: &StaffViewer) -> Vec<(&'static str, String)> {
    let t = sv.viewer.tr();
    Language::ALL
        .into_iter()
        .map(|l| (l.code(), t.language_name(l)))
        .collect()
}

pub async fn new(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(child): Path<String>,
) -> Result<Response, AppError> {
    let child = children::get(&state.store, sv.school(), &ChildId(child)).await?;
    let households = household_options(&state, &child.id).await?;
    let t = sv.viewer.tr();
    render(&FormPage {
        ctx: sv.viewer.page(t.t1("guardian-new-title", "child", child.full_name())),
        action: format!("/children/{}/guardians", child.id),
        form: GuardianForm {
            language: "nl".into(),
            right_to_info: Some("on".into()),
            household: households.first().map(|h| h.id.clone()).unwrap_or_else(|| "new".into()),
            active: Some("on".into()),
            ..Default::default()
        },
        households,
        languages: languages(&sv),
        child,
        errors: FieldErrors::new(),
        is_new: true,
    })
}

pub async fn edit(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let g = guardians::get(&state.store, sv.school(), &GuardianId(id)).await?;
    let child = guardians::children_of(&state.store, &g.id)
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    let t = sv.viewer.tr();
    render(&FormPage {
        ctx: sv.viewer.page(t.t1("guardian-edit-title", "name", &g.name)),
        action: format!("/guardians/{}", g.id),
        households: household_options(&state, &child.id).await?,
        languages: languages(&sv),
        form: GuardianForm {
            name: g.name,
            email: g.email.unwrap_or_default(),
            phone: g.phone.unwrap_or_default(),
            language: g.language.code().into(),
            right_to_info: g.right_to_info.then(|| "on".into()),
            interpreter: g.interpreter.then(|| "on".into()),
            household: g.household_id.to_string(),
            active: g.active.then(|| "on".into()),
        },
        child,
        errors: FieldErrors::new(),
        is_new: false,
    })
}

struct Parsed {
    name: String,
    email: Option<Email>,
    phone: Option<String>,
    language: Language,
}

fn parse(f: &GuardianForm) -> Result<Parsed, FieldProblems> {
    let mut errors = Vec::new();
    let name = required_text(&f.name, 120).map_err(|e| errors.push(("name", e))).ok();
    let email = match f.email.trim() {
        "" => Some(None),
        e => Email::parse(e).map(Some).map_err(|e| errors.push(("email", e))).ok(),
    };
    let phone = match f.phone.trim() {
        "" => Some(None),
        p => parse_phone(p).map(Some).map_err(|e| errors.push(("phone", e))).ok(),
    };
    let language = Language::parse(&f.language);
    if language.is_none() {
        errors.push(("language", FieldError::Language));
    }
    match (name, email, phone, language) {
        (Some(name), Some(email), Some(phone), Some(language)) if errors.is_empty() => Ok(Parsed {
            name,
            email,
            phone,
            language,
        }),
        _ => Err(errors),
    }
}

pub async fn create(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(child): Path<String>,
    Form(form): Form<GuardianForm>,
) -> Result<Response, AppError> {
    let child = children::get(&state.store, sv.school(), &ChildId(child)).await?;
    let households = household_options(&state, &child.id).await?;
    match parse(&form) {
        Ok(p) => {
            let household = HouseholdId(form.household.clone());
            let choice = if households.iter().any(|h| h.id == form.household) {
                HouseholdChoice::Existing(&household)
            } else {
                HouseholdChoice::New
            };
            let fields = GuardianFields {
                name: &p.name,
                email: p.email.as_ref(),
                phone: p.phone.as_deref(),
                language: p.language,
                right_to_info: form.right_to_info.is_some(),
                interpreter: form.interpreter.is_some(),
            };
            guardians::create(&state.store, sv.school(), &child.id, fields, choice).await?;
            Ok(Redirect::to(&format!("/children/{}", child.id)).into_response())
        }
        Err(list) => {
            let t = sv.viewer.tr();
            render_invalid(&FormPage {
                ctx: sv.viewer.page(t.t1("guardian-new-title", "child", child.full_name())),
                action: format!("/children/{}/guardians", child.id),
                households,
                languages: languages(&sv),
                child,
                form,
                errors: FieldErrors::from_list(&list, &t),
                is_new: true,
            })
        }
    }
}

pub async fn update(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
    Form(form): Form<GuardianForm>,
) -> Result<Response, AppError> {
    let g = guardians::get(&state.store, sv.school(), &GuardianId(id)).await?;
    let child = guardians::children_of(&state.store, &g.id)
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    let households = household_options(&state, &child.id).await?;
    match parse(&form) {
        Ok(p) => {
            let fields = GuardianFields {
                name: &p.name,
                email: p.email.as_ref(),
                phone: p.phone.as_deref(),
                language: p.language,
                right_to_info: form.right_to_info.is_some(),
                interpreter: form.interpreter.is_some(),
            };
            guardians::update(&state.store, sv.school(), &g.id, fields, form.active.is_some()).await?;
            if form.household != g.household_id.as_str() {
                let target = HouseholdId(form.household.clone());
                let choice = if households.iter().any(|h| h.id == form.household) {
                    HouseholdChoice::Existing(&target)
                } else {
                    HouseholdChoice::New
                };
                guardians::move_household(&state.store, sv.school(), &g.id, choice).await?;
            }
            Ok(Redirect::to(&format!("/children/{}", child.id)).into_response())
        }
        Err(list) => {
            let t = sv.viewer.tr();
            render_invalid(&FormPage {
                ctx: sv.viewer.page(t.t1("guardian-edit-title", "name", &g.name)),
                action: format!("/guardians/{}", g.id),
                households,
                languages: languages(&sv),
                child,
                form,
                errors: FieldErrors::from_list(&list, &t),
                is_new: false,
            })
        }
    }
}
