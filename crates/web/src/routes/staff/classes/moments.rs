//! A class's weekly moments for child talks (hoekenwerk, zelfstandig werk, …): the list,
//! adding one and removing one. The class's teachers and the school admin keep them.

use crate::access::scope::ClassToPlan;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::child_talk::{MomentKind, parse_time_of_day, weekday_from_number};
use samenspraak_core::values::{FieldError, FieldProblems};
use samenspraak_store::child_talks::{self, ClassMoment, NewMoment};
use samenspraak_store::classes::SchoolClass;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MomentForm {
    kind: String,
    weekday: String,
    start: String,
    end: String,
    place: String,
}

#[derive(Template)]
#[template(path = "moments.html")]
struct MomentsPage {
    ctx: PageCtx,
    class: SchoolClass,
    moments: Vec<ClassMoment>,
    kinds: Vec<(&'static str, String)>,
    weekdays: Vec<(i64, String)>,
    form: MomentForm,
    errors: FieldErrors,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    class: SchoolClass,
    form: MomentForm,
    errors: FieldErrors,
) -> Result<MomentsPage, AppError> {
    let t = sv.viewer.tr();
    Ok(MomentsPage {
        ctx: sv.viewer.page(t.t1("moments-title", "class", &class.name)),
        moments: child_talks::moments(&state.store, &class.id).await?,
        kinds: MomentKind::ALL.iter().map(|k| (k.as_str(), t.t(&k.key()))).collect(),
        weekdays: (1..=5).map(|d| (d, t.t(&format!("weekday-{d}")))).collect(),
        class,
        form,
        errors,
    })
}

pub async fn show(State(state): State<AppState>, ClassToPlan { sv, class }: ClassToPlan) -> Result<Response, AppError> {
    let form = MomentForm {
        kind: "corner_work".into(),
        weekday: "2".into(),
        ..Default::default()
    };
    render(&page(&state, &sv, class, form, FieldErrors::new()).await?)
}

fn parse(
    f: &MomentForm,
) -> Result<
    (
        MomentKind,
        jiff::civil::Weekday,
        jiff::civil::Time,
        jiff::civil::Time,
        String,
    ),
    FieldProblems,
> {
    let mut errors = FieldProblems::new();
    let kind = MomentKind::parse(&f.kind)
        .ok_or(FieldError::Choice)
        .map_err(|e| errors.push(("kind", e)))
        .ok();
    let weekday = f
        .weekday
        .parse()
        .ok()
        .and_then(weekday_from_number)
        .ok_or(FieldError::Choice)
        .map_err(|e| errors.push(("weekday", e)))
        .ok();
    let start = parse_time_of_day(&f.start)
        .map_err(|_| errors.push(("start", FieldError::Time)))
        .ok();
    let end = parse_time_of_day(&f.end)
        .map_err(|_| errors.push(("end", FieldError::Time)))
        .ok();
    if let (Some(s), Some(e)) = (start, end)
        && e <= s
    {
        errors.push(("end", FieldError::EndBeforeStartTime));
    }
    let place = samenspraak_core::values::optional_text(&f.place, 80)
        .map_err(|e| errors.push(("place", e)))
        .ok();
    match (kind, weekday, start, end, place) {
        (Some(k), Some(w), Some(s), Some(e), Some(p)) if errors.is_empty() => Ok((k, w, s, e, p.unwrap_or_default())),
        _ => Err(errors),
    }
}

pub async fn add(
    State(state): State<AppState>,
    ClassToPlan { sv, class }: ClassToPlan,
    Form(form): Form<MomentForm>,
) -> Result<Response, AppError> {
    match parse(&form) {
        Ok((kind, weekday, start, end, place)) => {
            child_talks::add_moment(
                &state.store,
                sv.school(),
                &class.id,
                NewMoment {
                    kind,
                    weekday,
                    start,
                    end,
                    place: &place,
                },
            )
            .await?;
            Ok(Redirect::to(&format!("/classes/{}/moments", class.id)).into_response())
        }
        Err(list) => {
            let errors = FieldErrors::from_list(&list, &sv.viewer.tr());
            render_invalid(&page(&state, &sv, class, form, errors).await?)
        }
    }
}

pub async fn remove(
    State(state): State<AppState>,
    ClassToPlan { class, .. }: ClassToPlan,
    Path((_, moment)): Path<(String, String)>,
) -> Result<Response, AppError> {
    child_talks::remove_moment(&state.store, &class.id, &moment).await?;
    Ok(Redirect::to(&format!("/classes/{}/moments", class.id)).into_response())
}
