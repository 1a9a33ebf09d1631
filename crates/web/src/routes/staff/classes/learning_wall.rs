//! The class's learning wall (sokkenmuur): the key learning items of the last weeks, which
//! the teacher keeps and the child looks back on in the talk.

use crate::access::scope::ClassToPlan;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::services::media_files::{self, Refused};
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::media::{MediaType, PORTFOLIO_MAX_BYTES};
use samenspraak_core::values::{FieldProblems, parse_date, required_text};
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::learning_wall::{self, LearningItem};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ItemForm {
    title: String,
    area: String,
    learned_on: String,
}

#[derive(Template)]
#[template(path = "learning_wall.html")]
struct WallPage {
    ctx: PageCtx,
    class: SchoolClass,
    items: Vec<LearningItem>,
    form: ItemForm,
    errors: FieldErrors,
    /// A refused photo: the item it was for, and why.
    photo_error: Option<(String, String)>,
    /// The children of the class whose parents gave no consent for photos: no photo on
    /// the wall may show them.
    no_photos: Vec<String>,
    /// How many items are older than the last weeks, and whether they are shown.
    older: usize,
    all: bool,
}

impl WallPage {
    /// Why a photo for this item was just refused, if it was.
    fn refused(&self, item: &str) -> Option<&str> {
        self.photo_error
            .as_ref()
            .filter(|(id, _)| id == item)
            .map(|(_, m)| m.as_str())
    }
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    class: SchoolClass,
    form: ItemForm,
    errors: FieldErrors,
    all: bool,
) -> Result<WallPage, AppError> {
    let t = sv.viewer.tr();
    let items = learning_wall::items(&state.store, &class.id).await?;
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let older = items.len() - learning_wall::recent(items.clone(), today).len();
    let mut no_photos = Vec::new();
    for child in samenspraak_store::children::in_class(&state.store, &class.id).await? {
        let photos = samenspraak_store::consent::Purpose::Photos;
        if child.active
            && samenspraak_store::consent::holds(&state.store, &child.id, photos)
                .await?
                .is_none()
        {
            no_photos.push(child.full_name());
        }
    }
    Ok(WallPage {
        no_photos,
        ctx: sv.viewer.page(t.t1("wall-title", "class", &class.name)),
        items: if all {
            items
        } else {
            learning_wall::recent(items, samenspraak_core::time::today(samenspraak_store::now()))
        },
        older,
        all,
        class,
        form,
        errors,
        photo_error: None,
    })
}

/// `GET /classes/{id}/wall`: the last weeks' items; `?all=1` shows every one.
pub async fn show(
    State(state): State<AppState>,
    ClassToPlan { sv, class }: ClassToPlan,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let today = samenspraak_core::time::today(samenspraak_store::now()).to_string();
    let form = ItemForm {
        learned_on: today,
        ..Default::default()
    };
    render(&page(&state, &sv, class, form, FieldErrors::new(), q.contains_key("all")).await?)
}

fn parse(f: &ItemForm) -> Result<(String, String, jiff::civil::Date), FieldProblems> {
    let mut errors = FieldProblems::new();
    let title = required_text(&f.title, 120).map_err(|e| errors.push(("title", e))).ok();
    let area = required_text(&f.area, 60).map_err(|e| errors.push(("area", e))).ok();
    let day = parse_date(&f.learned_on)
        .map_err(|e| errors.push(("learned_on", e)))
        .ok();
    match (title, area, day) {
        (Some(t), Some(a), Some(d)) if errors.is_empty() => Ok((t, a, d)),
        _ => Err(errors),
    }
}

pub async fn add(
    State(state): State<AppState>,
    ClassToPlan { sv, class }: ClassToPlan,
    Form(f): Form<ItemForm>,
) -> Result<Response, AppError> {
    match parse(&f) {
        Ok((title, area, day)) => {
            learning_wall::add(&state.store, sv.school(), &class.id, &title, &area, day).await?;
            Ok(Redirect::to(&format!("/classes/{}/wall", class.id)).into_response())
        }
        Err(list) => {
            let errors = FieldErrors::from_list(&list, &sv.viewer.tr());
            render_invalid(&page(&state, &sv, class, f, errors, false).await?)
        }
    }
}

pub async fn remove(
    State(state): State<AppState>,
    ClassToPlan { class, .. }: ClassToPlan,
    Path((_, item)): Path<(String, String)>,
) -> Result<Response, AppError> {
    if let Some(photo) = learning_wall::remove(&state.store, &class.id, &item).await? {
        media_files::remove(&state.media, &[photo]).await;
    }
    Ok(Redirect::to(&format!("/classes/{}/wall", class.id)).into_response())
}

/// `POST /classes/{id}/wall/{item}/photo`: a photo for the item (multipart `photo`); a
/// picture only, at most 20 MB.
pub async fn add_photo(
    State(state): State<AppState>,
    ClassToPlan { sv, class }: ClassToPlan,
    Path((_, item)): Path<(String, String)>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let mut received = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        if field.name() == Some("photo") && received.is_none() {
            received =
                Some(media_files::receive(&state.media, &mut field, PORTFOLIO_MAX_BYTES, MediaType::is_image).await?);
        }
    }
    let problem = match received {
        Some(Ok(file)) => {
            let stored = learning_wall::set_photo(
                &state.store,
                &class.id,
                &item,
                Some((&file.id, file.media.content_type())),
            )
            .await;
            match stored {
                Ok(old) => {
                    media_files::remove(&state.media, &old.into_iter().collect::<Vec<_>>()).await;
                    return Ok(Redirect::to(&format!("/classes/{}/wall", class.id)).into_response());
                }
                Err(e) => {
                    media_files::remove(&state.media, &[file.id]).await;
                    return Err(e.into());
                }
            }
        }
        Some(Err(Refused::TooLarge)) => "wall-photo-too-large",
        Some(Err(Refused::WrongKind)) => "wall-photo-wrong-kind",
        Some(Err(Refused::Empty)) | None => "wall-photo-missing",
    };
    let mut errors = FieldErrors::new();
    errors.add_message("photo", &t, t.t(problem));
    let today = samenspraak_core::time::today(samenspraak_store::now()).to_string();
    let form = ItemForm {
        learned_on: today,
        ..Default::default()
    };
    let mut page = page(&state, &sv, class, form, FieldErrors::new(), true).await?;
    page.photo_error = Some((item, errors.get("photo").unwrap_or_default().to_string()));
    render_invalid(&page)
}

/// `POST /classes/{id}/wall/{item}/photo/delete`.
pub async fn remove_photo(
    State(state): State<AppState>,
    ClassToPlan { class, .. }: ClassToPlan,
    Path((_, item)): Path<(String, String)>,
) -> Result<Response, AppError> {
    if let Some(old) = learning_wall::set_photo(&state.store, &class.id, &item, None).await? {
        media_files::remove(&state.media, &[old]).await;
    }
    Ok(Redirect::to(&format!("/classes/{}/wall", class.id)).into_response())
}

/// `GET /classes/{id}/wall/{item}/photo`: for whoever may see the class.
pub async fn photo(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((id, item)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let class = crate::access::scope::class_to_view(&state, &sv, id).await?;
    media_files::serve_wall_photo(&state, &class.id, &item).await
}
