//! Staff accounts, for the school admin: the list, the form to add or change someone (role,
//! language, classes and how they teach them, a new password), and deactivation, which
//! ends that person's sessions at once.

use crate::access::scope::ManagesPeople;
use crate::access::scope::visible_classes;
use crate::http::error::AppError;
use crate::http::form::FieldErrors;
use crate::http::form::Form;
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::{ClassId, StaffId};
use samenspraak_core::values::{Email, FieldError, FieldProblems, check_new_password, required_text};
use samenspraak_core::{Language, StaffRole};
use samenspraak_store::StoreError;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::staff::{self, AssignmentKind, NewStaff, Staff, StaffUpdate};
use serde::Deserialize;

struct StaffItem {
    staff: Staff,
    classes: String,
}

#[derive(Template)]
#[template(path = "staff/list.html")]
struct ListPage {
    ctx: PageCtx,
    people: Vec<StaffItem>,
}

pub async fn list(State(state): State<AppState>, ManagesPeople(sv): ManagesPeople) -> Result<Response, AppError> {
    let classes = visible_classes(&state, &sv).await?;
    let mut people = Vec::new();
    for s in staff::list(&state.store, sv.school()).await? {
        let assigned = staff::assignments(&state.store, &s.id).await?;
        let names: Vec<&str> = classes
            .iter()
            .filter(|c| assigned.iter().any(|(id, _)| id == &c.id))
            .map(|c| c.name.as_str())
            .collect();
        people.push(StaffItem {
            staff: s,
            classes: names.join(", "),
        });
    }
    render(&ListPage {
        ctx: sv.viewer.page(sv.viewer.tr().t("staff-title")),
        people,
    })
}

/// The form as typed: fixed fields plus one `class_<id>` choice per class.
#[derive(Debug, Clone, Default)]
struct StaffForm {
    name: String,
    email: String,
    role: String,
    language: String,
    password: String,
    classes: Vec<(ClassId, String)>,
}

impl StaffForm {
    fn read(pairs: Vec<(String, String)>) -> Self {
        let mut f = StaffForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "name" => f.name = v,
                "email" => f.email = v,
                "role" => f.role = v,
                "language" => f.language = v,
                "password" => f.password = v,
                other => {
                    if let Some(id) = other.strip_prefix("class_") {
                        f.classes.push((ClassId(id.to_string()), v));
                    }
                }
            }
        }
        f
    }

    fn class_choice(&self, id: &ClassId) -> &str {
        self.classes
            .iter()
            .find(|(c, _)| c == id)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

#[derive(Template)]
#[template(path = "staff/form.html")]
struct FormPage {
    ctx: PageCtx,
    action: String,
    form: StaffForm,
    classes: Vec<SchoolClass>,
    roles: Vec<(&'static str, String)>,
    errors: FieldErrors,
    is_new: bool,
    id: String,
    active: bool,
    /// For an existing account: whether the second step is on, and how many sessions
    /// are open.
    sign_in: Option<(bool, usize)>,
}

/// How an existing account signs in, for the admin's buttons.
async fn sign_in_state(state: &AppState, id: &StaffId) -> Result<Option<(bool, usize)>, AppError> {
    let factor = samenspraak_store::two_factor::factor(&state.store, id).await?.is_some();
    let open =
        samenspraak_store::sessions::open_of(&state.store, samenspraak_core::ActorKind::Staff, id.as_str(), None)
            .await?
            .len();
    Ok(Some((factor, open)))
}

fn roles(sv: &StaffViewer) -> Vec<(&'static str, String)> {
    let t = sv.viewer.tr();
    StaffRole::ALL
        .into_iter()
        .map(|r| (r.as_str(), t.t(&format!("role-{}", r.as_str()))))
        .collect()
}

pub async fn new(State(state): State<AppState>, ManagesPeople(sv): ManagesPeople) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    render(&FormPage {
        ctx: sv.viewer.page(t.t("staff-new-title")),
        action: "/staff".into(),
        form: StaffForm {
            role: "teacher".into(),
            ..Default::default()
        },
        classes: visible_classes(&state, &sv).await?,
        roles: roles(&sv),
        errors: FieldErrors::new(),
        is_new: true,
        id: String::new(),
        active: true,
        sign_in: None,
    })
}

pub async fn edit(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = staff::get(&state.store, sv.school(), &StaffId(id)).await?;
    let assigned = staff::assignments(&state.store, &s.id).await?;
    let t = sv.viewer.tr();
    render(&FormPage {
        ctx: sv.viewer.page(t.t1("staff-edit-title", "name", &s.name)),
        action: format!("/staff/{}", s.id),
        form: StaffForm {
            name: s.name.clone(),
            email: s.email.clone(),
            role: s.role.as_str().into(),
            language: s.language.map(|l| l.code().to_string()).unwrap_or_default(),
            password: String::new(),
            classes: assigned.into_iter().map(|(c, k)| (c, k.as_str().to_string())).collect(),
        },
        classes: visible_classes(&state, &sv).await?,
        roles: roles(&sv),
        errors: FieldErrors::new(),
        is_new: false,
        id: s.id.to_string(),
        active: s.active,
        sign_in: sign_in_state(&state, &s.id).await?,
    })
}

struct Parsed {
    name: String,
    email: Email,
    role: StaffRole,
    language: Option<Language>,
    assignments: Vec<(ClassId, AssignmentKind)>,
}

fn parse(f: &StaffForm, classes: &[SchoolClass], password_required: bool) -> Result<Parsed, FieldProblems> {
    let mut errors = Vec::new();
    let name = required_text(&f.name, 120).map_err(|e| errors.push(("name", e))).ok();
    let email = Email::parse(&f.email).map_err(|e| errors.push(("email", e))).ok();
    let role = StaffRole::parse(&f.role);
    if role.is_none() {
        errors.push(("role", FieldError::Choice));
    }
    let language = match f.language.as_str() {
        "" => Some(None),
        code => Language::parse(code).filter(|l| l.is_ui()).map(Some),
    };
    if language.is_none() {
        errors.push(("language", FieldError::Language));
    }
    if (password_required || !f.password.is_empty())
        && let Err(e) = check_new_password(&f.password)
    {
        errors.push(("password", e));
    }
    let assignments = f
        .classes
        .iter()
        .filter(|(id, _)| classes.iter().any(|c| &c.id == id))
        .filter_map(|(id, kind)| AssignmentKind::parse(kind).map(|k| (id.clone(), k)))
        .collect();
    match (name, email, role, language) {
        (Some(name), Some(email), Some(role), Some(language)) if errors.is_empty() => Ok(Parsed {
            name,
            email,
            role,
            language,
            assignments,
        }),
        _ => Err(errors),
    }
}

async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || password_auth::generate_hash(password))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
}

pub async fn create(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    save(&state, &sv, None, StaffForm::read(pairs)).await
}

pub async fn update(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    save(&state, &sv, Some(StaffId(id)), StaffForm::read(pairs)).await
}

/// Reached only from `create` and `update`, which asked the policy (`ManagesPeople`).
async fn save(state: &AppState, sv: &StaffViewer, id: Option<StaffId>, form: StaffForm) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let classes = visible_classes(state, sv).await?;
    let existing = match &id {
        Some(id) => Some(staff::get(&state.store, sv.school(), id).await?),
        None => None,
    };
    let errors = match parse(&form, &classes, id.is_none()) {
        Ok(p) => {
            let saved = match &existing {
                Some(s) => {
                    let update = StaffUpdate {
                        name: &p.name,
                        email: &p.email,
                        role: p.role,
                        language: p.language,
                    };
                    match staff::update(&state.store, sv.school(), &s.id, update, &sv.who()).await {
                        Ok(()) if !form.password.is_empty() => {
                            staff::set_password(&state.store, &s.id, &hash(form.password.clone()).await?).await?;
                            // A new password signs the person out everywhere else.
                            samenspraak_store::sessions::delete_for_actor(
                                &state.store,
                                samenspraak_core::ActorKind::Staff,
                                s.id.as_str(),
                            )
                            .await?;
                            Ok(s.id.clone())
                        }
                        Ok(()) => Ok(s.id.clone()),
                        Err(e) => Err(e),
                    }
                }
                None => {
                    let hash = hash(form.password.clone()).await?;
                    let new = NewStaff {
                        school: sv.school(),
                        name: &p.name,
                        email: &p.email,
                        password_hash: &hash,
                        role: p.role,
                        language: p.language,
                    };
                    staff::create(&state.store, new).await.map(|s| s.id)
                }
            };
            match saved {
                Ok(staff_id) => {
                    staff::set_assignments(&state.store, sv.school(), &staff_id, &p.assignments, &sv.who()).await?;
                    return Ok(Redirect::to("/staff").into_response());
                }
                Err(StoreError::Conflict(_)) => {
                    let mut e = FieldErrors::new();
                    e.add("email", &t, FieldError::Taken);
                    e
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(list) => FieldErrors::from_list(&list, &t),
    };
    let title = match &existing {
        Some(s) => t.t1("staff-edit-title", "name", &s.name),
        None => t.t("staff-new-title"),
    };
    render_invalid(&FormPage {
        ctx: sv.viewer.page(title),
        action: id
            .as_ref()
            .map(|i| format!("/staff/{i}"))
            .unwrap_or_else(|| "/staff".into()),
        form: StaffForm {
            password: String::new(),
            ..form
        },
        classes,
        roles: roles(sv),
        errors,
        is_new: id.is_none(),
        sign_in: match &id {
            Some(id) => sign_in_state(state, id).await?,
            None => None,
        },
        id: id.map(|i| i.0).unwrap_or_default(),
        active: existing.map(|s| s.active).unwrap_or(true),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ActiveForm {
    active: String,
}

pub async fn set_active(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
    Form(form): Form<ActiveForm>,
) -> Result<Response, AppError> {
    let id = StaffId(id);
    // Nobody locks themselves out of their own school.
    if &id == sv.id() {
        return Err(AppError::BadRequest);
    }
    staff::set_active(&state.store, sv.school(), &id, form.active == "1", &sv.who()).await?;
    Ok(Redirect::to("/staff").into_response())
}

/// `POST /staff/{id}/sessions`: ends every session of the account (a lost laptop, a
/// shared computer left signed in).
pub async fn end_sessions(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = staff::get(&state.store, sv.school(), &StaffId(id)).await?;
    let keep = (&s.id == sv.id()).then(|| sv.viewer.session.clone()).flatten();
    samenspraak_store::sessions::end_all_of(
        &state.store,
        samenspraak_core::ActorKind::Staff,
        s.id.as_str(),
        keep.as_deref(),
        &sv.who(),
    )
    .await?;
    Ok(Redirect::to(&format!("/staff/{}/edit", s.id)).into_response())
}

/// `POST /staff/{id}/two-factor/off`: for someone who lost the phone with the app; they set
/// it up again at their next sign-in when the school requires it.
pub async fn factor_off(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let s = staff::get(&state.store, sv.school(), &StaffId(id)).await?;
    samenspraak_store::two_factor::disable(&state.store, &s.id, &sv.who()).await?;
    // Whoever guessed at the codes kept them out; with the reset they start afresh.
    let attempt = samenspraak_store::login_limits::Attempt::SecondStep { email: &s.email };
    samenspraak_store::login_limits::forget_account(&state.store, attempt).await?;
    Ok(Redirect::to(&format!("/staff/{}/edit", s.id)).into_response())
}
