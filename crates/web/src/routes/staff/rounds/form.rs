//! Creating and changing a round: every field checked, every problem next to its field.

use crate::http::error::AppError;
use crate::http::form::FieldErrors;
use crate::http::form::Form;
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::ClassId;
use samenspraak_core::round::RoundInput;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::rounds::{self, Round};

use crate::access::scope::{writable_classes, writable_round};

#[derive(Template)]
#[template(path = "rounds/form.html")]
struct FormPage {
    ctx: PageCtx,
    action: String,
    input: RoundInput,
    classes: Vec<(SchoolClass, bool)>,
    errors: FieldErrors,
    is_new: bool,
}

impl FormPage {
    fn field(&self, name: &str) -> &str {
        let i = &self.input;
        match name {
            "name" => &i.name,
            "child_talk_from" => &i.child_talk_from,
            "child_talk_until" => &i.child_talk_until,
            "parent_prep_until" => &i.parent_prep_until,
            "booking_opens" => &i.booking_opens,
            "booking_closes" => &i.booking_closes,
            "conference_from" => &i.conference_from,
            "conference_until" => &i.conference_until,
            _ => &i.follow_up_on,
        }
    }
}

pub async fn new(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    let classes = writable_classes(&state, &sv).await?;
    if classes.is_empty() {
        return Err(AppError::Forbidden);
    }
    let t = sv.viewer.tr();
    // A teacher with one class means that class.
    let single = classes.len() == 1;
    render(&FormPage {
        ctx: sv.viewer.page(t.t("round-new-title")),
        action: "/rounds".into(),
        input: RoundInput::default(),
        classes: classes.into_iter().map(|c| (c, single)).collect(),
        errors: FieldErrors::new(),
        is_new: true,
    })
}

/// The form as posted: the fields of `RoundInput` and any number of `class` values.
fn read_form(pairs: &[(String, String)]) -> (RoundInput, Vec<ClassId>) {
    let mut input = RoundInput::default();
    let mut classes = Vec::new();
    for (k, v) in pairs {
        let slot = match k.as_str() {
            "name" => &mut input.name,
            "child_talk_from" => &mut input.child_talk_from,
            "child_talk_until" => &mut input.child_talk_until,
            "parent_prep_until" => &mut input.parent_prep_until,
            "booking_opens" => &mut input.booking_opens,
            "booking_closes" => &mut input.booking_closes,
            "conference_from" => &mut input.conference_from,
            "conference_until" => &mut input.conference_until,
            "follow_up_on" => &mut input.follow_up_on,
            "class" => {
                classes.push(ClassId(v.clone()));
                continue;
            }
            _ => continue,
        };
        *slot = v.clone();
    }
    (input, classes)
}

pub async fn create(
    State(state): State<AppState>,
    sv: StaffViewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    // Who may make no round at all is told so before anything in the form is looked at.
    if writable_classes(&state, &sv).await?.is_empty() {
        return Err(AppError::Forbidden);
    }
    save(&state, &sv, None, &pairs).await
}

pub async fn update(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let round = writable_round(&state, &sv, id).await?;
    save(&state, &sv, Some(round), &pairs).await
}

async fn save(
    state: &AppState,
    sv: &StaffViewer,
    existing: Option<Round>,
    pairs: &[(String, String)],
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let (input, chosen) = read_form(pairs);
    let writable = writable_classes(state, sv).await?;
    // Classes the viewer may not write are refused whole, not silently dropped.
    if chosen.iter().any(|c| !writable.iter().any(|w| &w.id == c)) {
        return Err(AppError::Forbidden);
    }
    let parsed = input.parse();
    let mut errors = match &parsed {
        Ok(_) => FieldErrors::new(),
        Err(list) => FieldErrors::from_list(list, &t),
    };
    if chosen.is_empty() {
        errors.add_message("classes", &t, t.t("round-pick-a-class"));
    }
    // The phases start, end and close on school days: not in a holiday, not on a free day.
    if let Ok(plan) = &parsed {
        let dates = [
            ("child_talk_from", Some(plan.child_talk_from)),
            ("child_talk_until", Some(plan.child_talk_until)),
            ("parent_prep_until", plan.parent_prep_until),
            ("booking_closes", Some(plan.booking_closes.date())),
            ("conference_from", Some(plan.conference_from)),
            ("conference_until", Some(plan.conference_until)),
            ("follow_up_on", plan.follow_up_on),
        ];
        for (field, day) in dates {
            if let Some(day) = day
                && let Some(message) = crate::ui::calendar::not_a_school_day(state, &t, sv.school(), day, false).await?
            {
                errors.add_message(field, &t, message);
            }
        }
    }
    match parsed {
        Ok(plan) if errors.is_empty() => {
            let id = match existing {
                Some(r) => {
                    rounds::update(&state.store, sv.school(), &r.id, &plan, &chosen).await?;
                    r.id
                }
                None => {
                    rounds::create(&state.store, sv.school(), &plan, &chosen, sv.id())
                        .await?
                        .id
                }
            };
            Ok(Redirect::to(&format!("/rounds/{id}")).into_response())
        }
        _ => {
            let is_new = existing.is_none();
            let page = FormPage {
                ctx: sv
                    .viewer
                    .page(t.t(if is_new { "round-new-title" } else { "round-edit-title" })),
                action: existing
                    .map(|r| format!("/rounds/{}", r.id))
                    .unwrap_or_else(|| "/rounds".into()),
                input,
                classes: writable
                    .into_iter()
                    .map(|c| {
                        let on = chosen.contains(&c.id);
                        (c, on)
                    })
                    .collect(),
                errors,
                is_new,
            };
            render_invalid(&page)
        }
    }
}

pub async fn edit(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let round = writable_round(&state, &sv, id).await?;
    let t = sv.viewer.tr();
    let classes = writable_classes(&state, &sv).await?;
    render(&FormPage {
        ctx: sv.viewer.page(t.t("round-edit-title")),
        action: format!("/rounds/{}", round.id),
        input: RoundInput::from_plan(&round.plan),
        classes: classes
            .into_iter()
            .map(|c| {
                let on = round.classes.contains(&c.id);
                (c, on)
            })
            .collect(),
        errors: FieldErrors::new(),
        is_new: false,
    })
}
