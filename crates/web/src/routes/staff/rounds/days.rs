//! Conversation days for several classes at once, for the school admin (or a teacher of all
//! the round's classes): one form, the same times in each class chosen, each class in its
//! own classroom unless a room is given.

use super::slots::{DayForm, parse_day};
use crate::access::scope::writable_round;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::values::FieldError;
use samenspraak_store::bookings;
use samenspraak_store::rounds::Round;

#[derive(Template)]
#[template(path = "rounds/days.html")]
struct DaysPage {
    ctx: PageCtx,
    url: String,
    back: String,
    /// The round's classes: (id, name, ticked).
    classes: Vec<(String, String, bool)>,
    form: DayForm,
    errors: FieldErrors,
    /// After adding: how many slots, in how many classes.
    notice: Option<String>,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    round: &Round,
    form: DayForm,
    // The classes ticked as sent; on the first view, all of them.
    ticked: Option<&[String]>,
    errors: FieldErrors,
    notice: Option<String>,
) -> Result<DaysPage, AppError> {
    let t = sv.viewer.tr();
    let mut classes = Vec::new();
    for id in &round.classes {
        let class = samenspraak_store::classes::get(&state.store, sv.school(), id).await?;
        classes.push((
            id.to_string(),
            class.name,
            ticked.is_none_or(|t| t.contains(&id.to_string())),
        ));
    }
    Ok(DaysPage {
        ctx: sv.viewer.page(t.t1("days-title", "round", &round.plan.name)),
        url: format!("/rounds/{}/days", round.id),
        back: format!("/rounds/{}", round.id),
        classes,
        form,
        errors,
        notice,
    })
}

/// `GET /rounds/{id}/days`.
pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let round = writable_round(&state, &sv, id).await?;
    let t = sv.viewer.tr();
    let notice = match (q.get("added"), q.get("classes")) {
        (Some(added), Some(classes)) => {
            let number = |n: &String| n.parse::<i64>().unwrap_or(0);
            Some(t.t2(
                "days-added",
                "slots",
                t.n("count-times", number(added)),
                "classes",
                t.n("count-classes", number(classes)),
            ))
        }
        _ => None,
    };
    let form = DayForm {
        day: round.plan.conference_from.to_string(),
        from: "16:00".into(),
        until: "19:00".into(),
        minutes: "20".into(),
        gap: "0".into(),
        ..DayForm::default()
    };
    render(&page(&state, &sv, &round, form, None, FieldErrors::new(), notice).await?)
}

/// `POST /rounds/{id}/days`: the day in every class ticked (`class`, any number).
pub async fn add(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let round = writable_round(&state, &sv, id).await?;
    let t = sv.viewer.tr();
    let field = |name: &str| crate::http::form::field(&pairs, name);
    let form = DayForm {
        day: field("day"),
        from: field("from"),
        until: field("until"),
        minutes: field("minutes"),
        gap: field("gap"),
        room: field("room"),
        video_link: field("video_link"),
        also_present: field("also_present"),
        reserved_for: String::new(),
    };
    let ticked: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "class")
        .map(|(_, v)| v.clone())
        .filter(|c| round.classes.iter().any(|k| k.as_str() == c))
        .collect();
    let (mut problems, day, plan, video_link, also_present) = parse_day(&form);
    if ticked.is_empty() {
        problems.push(("classes", FieldError::Required));
    }
    // Whatever cannot be used stays as typed, with every problem next to its field.
    let (day, plan) = if problems.is_empty() { (day, plan) } else { (None, None) };
    // A conversation day on a holiday or a free day is refused, with the day named.
    let off = match day {
        Some(d) => crate::ui::calendar::not_a_school_day(&state, &t, &round.school_id, d, false).await?,
        None => None,
    };
    let (Some(day), Some(plan), None) = (day, plan, &off) else {
        let mut errors = FieldErrors::from_list(&problems, &t);
        if let Some(message) = off {
            errors.add_message("day", &t, message);
        }
        return render_invalid(&page(&state, &sv, &round, form, Some(&ticked), errors, None).await?);
    };
    let mut added = 0;
    for class_id in round.classes.iter().filter(|c| ticked.contains(&c.to_string())) {
        let class = samenspraak_store::classes::get(&state.store, sv.school(), class_id).await?;
        let room = match form.room.trim() {
            "" => t.t1("days-room", "class", &class.name),
            given => given.chars().take(60).collect(),
        };
        let details = bookings::DayDetails {
            room: &room,
            video_link: video_link.as_deref(),
            also_present: also_present.as_deref(),
            reserved_for: None,
        };
        added += bookings::add_day(&state.store, &class.school_id, &round.id, class_id, day, &plan, details).await?;
    }
    Ok(Redirect::to(&format!(
        "/rounds/{}/days?added={added}&classes={}",
        round.id,
        ticked.len()
    ))
    .into_response())
}
