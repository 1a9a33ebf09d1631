//! Classes: the list of the viewer's classes, a class page with its children and their
//! guardians, and (for the school admin) the form to add or change a class.

pub mod activities;
pub mod jar;
pub mod learning_wall;
pub mod moments;
pub mod tablet;

use crate::access::scope::ManagesPeople;
use crate::access::scope::{current_year, visible_classes};
use crate::http::error::{AppError, allow};
use crate::http::form::FieldErrors;
use crate::http::form::Form;
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::ClassId;
use samenspraak_core::policy::{Action, decide};
use samenspraak_core::values::{FieldError, FieldProblems, required_text};
use samenspraak_store::children::Child;
use samenspraak_store::classes::{self, ClassTeacher, SchoolClass};
use samenspraak_store::guardians::{self, Guardian};
use samenspraak_store::{StoreError, children};
use serde::Deserialize;

/// A class in the list, with its teachers' names.
struct ClassItem {
    class: SchoolClass,
    teachers: String,
}

#[derive(Template)]
#[template(path = "classes/list.html")]
struct ListPage {
    ctx: PageCtx,
    classes: Vec<ClassItem>,
    can_manage: bool,
    year: Option<String>,
}

pub async fn list(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    allow(decide(&sv.actor(), Action::UseStaffPages))?;
    let t = sv.viewer.tr();
    let mut items = Vec::new();
    for class in visible_classes(&state, &sv).await? {
        let teachers = classes::teachers(&state.store, &class.id).await?;
        items.push(ClassItem {
            teachers: teacher_names(&teachers),
            class,
        });
    }
    render(&ListPage {
        ctx: sv.viewer.page(t.t("classes-title")),
        classes: items,
        can_manage: decide(&sv.actor(), Action::ManagePeople { school: sv.school() }).is_allowed(),
        year: current_year(&state, &sv).await?.map(|y| y.name),
    })
}

fn teacher_names(teachers: &[ClassTeacher]) -> String {
    teachers.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// A child on the class page, with their guardians grouped per household.
pub struct ChildWithFamily {
    pub child: Child,
    pub households: Vec<Vec<Guardian>>,
}

#[derive(Template)]
#[template(path = "classes/show.html")]
struct ShowPage {
    ctx: PageCtx,
    class: SchoolClass,
    teachers: Vec<ClassTeacher>,
    children: Vec<ChildWithFamily>,
    can_manage: bool,
    can_plan: bool,
    /// Said once after a child was erased.
    notice: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let class = classes::get(&state.store, sv.school(), &ClassId(id)).await?;
    allow(decide(
        &sv.actor(),
        Action::ViewClass {
            school: &class.school_id,
            class: &class.id,
        },
    ))?;
    let mut family: std::collections::HashMap<_, Vec<Guardian>> = std::collections::HashMap::new();
    for (child, guardian) in guardians::of_class(&state.store, &class.id).await? {
        family.entry(child).or_default().push(guardian);
    }
    let list = children::in_class(&state.store, &class.id)
        .await?
        .into_iter()
        .map(|child| {
            let households = guardians::households(family.remove(&child.id).unwrap_or_default());
            ChildWithFamily { child, households }
        })
        .collect();
    render(&ShowPage {
        ctx: sv.viewer.page(sv.viewer.tr().t1("class-title", "name", &class.name)),
        teachers: classes::teachers(&state.store, &class.id).await?,
        children: list,
        can_manage: decide(&sv.actor(), Action::ManagePeople { school: sv.school() }).is_allowed(),
        can_plan: decide(
            &sv.actor(),
            Action::PlanChildTalks {
                school: &class.school_id,
                class: &class.id,
            },
        )
        .is_allowed(),
        notice: q.contains_key("erased").then(|| sv.viewer.tr().t("erase-done")),
        class,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ClassForm {
    name: String,
    grade: String,
    active: Option<String>,
}

#[derive(Template)]
#[template(path = "classes/form.html")]
struct FormPage {
    ctx: PageCtx,
    action: String,
    form: ClassForm,
    errors: FieldErrors,
    is_new: bool,
}

pub async fn new(ManagesPeople(sv): ManagesPeople) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    render(&FormPage {
        ctx: sv.viewer.page(t.t("class-new-title")),
        action: "/classes".into(),
        form: ClassForm {
            active: Some("on".into()),
            ..Default::default()
        },
        errors: FieldErrors::new(),
        is_new: true,
    })
}

pub async fn edit(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let class = classes::get(&state.store, sv.school(), &ClassId(id)).await?;
    let t = sv.viewer.tr();
    render(&FormPage {
        ctx: sv.viewer.page(t.t1("class-edit-title", "name", &class.name)),
        action: format!("/classes/{}", class.id),
        form: ClassForm {
            name: class.name,
            grade: class.grade.map(|g| g.to_string()).unwrap_or_default(),
            active: class.active.then(|| "on".into()),
        },
        errors: FieldErrors::new(),
        is_new: false,
    })
}

fn parse(form: &ClassForm) -> Result<(String, Option<i64>), FieldProblems> {
    let name = required_text(&form.name, 40);
    let grade = match form.grade.trim() {
        "" => Ok(None),
        g => g
            .parse::<i64>()
            .ok()
            .filter(|g| (1..=6).contains(g))
            .map(Some)
            .ok_or(FieldError::Choice),
    };
    match (name, grade) {
        (Ok(n), Ok(g)) => Ok((n, g)),
        (n, g) => Err([n.err().map(|e| ("name", e)), g.err().map(|e| ("grade", e))]
            .into_iter()
            .flatten()
            .collect()),
    }
}

pub async fn create(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Form(form): Form<ClassForm>,
) -> Result<Response, AppError> {
    let year = current_year(&state, &sv).await?.ok_or(AppError::BadRequest)?;
    let result = match parse(&form) {
        Ok((name, grade)) => classes::create(&state.store, sv.school(), &year.id, &name, grade)
            .await
            .map(|c| c.id),
        Err(list) => {
            return again(
                &sv,
                "/classes".into(),
                form,
                FieldErrors::from_list(&list, &sv.viewer.tr()),
                true,
            );
        }
    };
    finish(&sv, result, "/classes".into(), form, true)
}

pub async fn update(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(id): Path<String>,
    Form(form): Form<ClassForm>,
) -> Result<Response, AppError> {
    let id = ClassId(id);
    // Another school's class is not found, whatever the form holds.
    classes::get(&state.store, sv.school(), &id).await?;
    let action = format!("/classes/{id}");
    let result = match parse(&form) {
        Ok((name, grade)) => classes::update(&state.store, sv.school(), &id, &name, grade, form.active.is_some())
            .await
            .map(|_| id),
        Err(list) => {
            return again(&sv, action, form, FieldErrors::from_list(&list, &sv.viewer.tr()), false);
        }
    };
    finish(&sv, result, action, form, false)
}

fn finish(
    sv: &StaffViewer,
    result: Result<ClassId, StoreError>,
    action: String,
    form: ClassForm,
    is_new: bool,
) -> Result<Response, AppError> {
    match result {
        Ok(id) => Ok(Redirect::to(&format!("/classes/{id}")).into_response()),
        Err(StoreError::Conflict(_)) => {
            let mut errors = FieldErrors::new();
            errors.add("name", &sv.viewer.tr(), FieldError::Taken);
            again(sv, action, form, errors, is_new)
        }
        Err(e) => Err(e.into()),
    }
}

fn again(
    sv: &StaffViewer,
    action: String,
    form: ClassForm,
    errors: FieldErrors,
    is_new: bool,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let title = if is_new {
        t.t("class-new-title")
    } else {
        t.t1("class-edit-title", "name", &form.name)
    };
    render_invalid(&FormPage {
        ctx: sv.viewer.page(title),
        action,
        form,
        errors,
        is_new,
    })
}
