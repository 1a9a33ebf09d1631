//! The class's question jar (vragenpot): pick questions from the bank, edit them, add your
//! own (kept for next year), and print them as cards to cut out for a real jar.

use crate::access::scope::ClassToPlan;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::question_bank::{self, BANK, Category};
use samenspraak_core::values::{FieldError, required_text};
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::question_jar::{self, JarEntry, OwnQuestion};
use serde::Deserialize;

/// One category of the page: what is in the jar, and the bank questions not in it yet.
struct Group {
    category: Category,
    label: String,
    in_jar: Vec<JarEntry>,
    bank: Vec<(&'static str, &'static str)>,
}

#[derive(Template)]
#[template(path = "jar.html")]
struct JarPage {
    ctx: PageCtx,
    class: SchoolClass,
    count: usize,
    groups: Vec<Group>,
    own: Vec<OwnQuestion>,
    categories: Vec<(&'static str, String)>,
    errors: FieldErrors,
    own_text: String,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    class: SchoolClass,
    errors: FieldErrors,
    own_text: String,
) -> Result<JarPage, AppError> {
    let t = sv.viewer.tr();
    let jar = question_jar::jar(&state.store, &class.id).await?;
    let groups = Category::ALL
        .iter()
        .map(|&c| Group {
            category: c,
            label: t.t(&c.key()),
            in_jar: jar.iter().filter(|e| e.category == c).cloned().collect(),
            bank: BANK
                .iter()
                .filter(|q| q.category == c && q.suits(class.grade))
                .filter(|q| !jar.iter().any(|e| e.bank_id.as_deref() == Some(q.id)))
                .map(|q| (q.id, q.text(t.lang)))
                .collect(),
        })
        .collect();
    let in_jar: Vec<&str> = jar.iter().filter_map(|e| e.own_id.as_deref()).collect();
    let own = question_jar::own_questions(&state.store, sv.id())
        .await?
        .into_iter()
        .filter(|o| !in_jar.contains(&o.id.as_str()))
        .collect();
    Ok(JarPage {
        ctx: sv.viewer.page(t.t1("jar-title", "class", &class.name)),
        count: jar.len(),
        groups,
        own,
        categories: Category::ALL.iter().map(|c| (c.as_str(), t.t(&c.key()))).collect(),
        class,
        errors,
        own_text,
    })
}

pub async fn show(State(state): State<AppState>, ClassToPlan { sv, class }: ClassToPlan) -> Result<Response, AppError> {
    render(&page(&state, &sv, class, FieldErrors::new(), String::new()).await?)
}

/// Ticked bank questions (`q` values) go into the jar, in the teacher's language.
pub async fn add_bank(
    State(state): State<AppState>,
    ClassToPlan { sv, class }: ClassToPlan,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let lang = sv.viewer.lang;
    let picked: Vec<(&str, Category, &str)> = pairs
        .iter()
        .filter(|(k, _)| k == "q")
        .filter_map(|(_, v)| question_bank::get(v))
        .map(|q| (q.id, q.category, q.text(lang)))
        .collect();
    question_jar::add_from_bank(&state.store, sv.school(), &class.id, &picked).await?;
    Ok(Redirect::to(&format!("/classes/{}/jar", class.id)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OwnForm {
    category: String,
    text: String,
}

pub async fn add_own(
    State(state): State<AppState>,
    ClassToPlan { sv, class }: ClassToPlan,
    Form(f): Form<OwnForm>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let category = Category::parse(&f.category).ok_or(AppError::BadRequest)?;
    match required_text(&f.text, 300) {
        Ok(text) => {
            question_jar::add_own(&state.store, sv.school(), sv.id(), &class.id, category, &text).await?;
            Ok(Redirect::to(&format!("/classes/{}/jar", class.id)).into_response())
        }
        Err(e) => {
            let mut errors = FieldErrors::new();
            errors.add("text", &t, e);
            render_invalid(&page(&state, &sv, class, errors, f.text).await?)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReuseForm {
    own: String,
}

pub async fn reuse(
    State(state): State<AppState>,
    ClassToPlan { sv, class }: ClassToPlan,
    Form(f): Form<ReuseForm>,
) -> Result<Response, AppError> {
    question_jar::reuse_own(&state.store, sv.school(), sv.id(), &class.id, &f.own).await?;
    Ok(Redirect::to(&format!("/classes/{}/jar", class.id)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditForm {
    text: String,
}

pub async fn edit(
    State(state): State<AppState>,
    ClassToPlan { class, .. }: ClassToPlan,
    Path((_, entry)): Path<(String, String)>,
    Form(f): Form<EditForm>,
) -> Result<Response, AppError> {
    match required_text(&f.text, 300) {
        Ok(text) => question_jar::edit_entry(&state.store, &class.id, &entry, &text).await?,
        // An emptied question is not a question: it leaves the jar.
        Err(FieldError::Required) => question_jar::remove_entry(&state.store, &class.id, &entry).await?,
        Err(_) => return Err(AppError::BadRequest),
    }
    Ok(Redirect::to(&format!("/classes/{}/jar", class.id)).into_response())
}

pub async fn remove(
    State(state): State<AppState>,
    ClassToPlan { class, .. }: ClassToPlan,
    Path((_, entry)): Path<(String, String)>,
) -> Result<Response, AppError> {
    question_jar::remove_entry(&state.store, &class.id, &entry).await?;
    Ok(Redirect::to(&format!("/classes/{}/jar", class.id)).into_response())
}

#[derive(Template)]
#[template(path = "jar_cards.html")]
struct CardsPage {
    ctx: PageCtx,
    class: SchoolClass,
    cards: Vec<(String, JarEntry)>,
}

pub async fn cards(
    State(state): State<AppState>,
    ClassToPlan { sv, class }: ClassToPlan,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let cards = question_jar::jar(&state.store, &class.id)
        .await?
        .into_iter()
        .map(|e| (t.t(&e.category.key()), e))
        .collect();
    render(&CardsPage {
        ctx: sv.viewer.page(t.t1("jar-cards-title", "class", &class.name)),
        class,
        cards,
    })
}
