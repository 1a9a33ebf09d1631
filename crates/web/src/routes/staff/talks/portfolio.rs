//! The child's portfolio in a talk: the child adds a photo from the tablet's camera, a file
//! (a picture or a PDF) or a few words. Nothing a child adds reaches the family before the
//! teacher approved it; the teacher approves, takes the approval back, or removes it.

use super::page::{Problem, child_may_remove, render_talk};
use crate::access::talk::OpenTalk;
use crate::http::error::AppError;
use crate::http::form::{Form, clean_input};
use crate::services::media_files::{self, Received, Refused};
use crate::state::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use samenspraak_core::media::{MediaType, PORTFOLIO_MAX_BYTES};
use samenspraak_store::audit;
use samenspraak_store::portfolio::{self, ItemKind, NewItem};
use serde::Deserialize;
use std::collections::HashMap;

/// Photos and files may be pictures or PDFs; a photo must be a picture.
fn accepts(kind: ItemKind) -> impl Fn(MediaType) -> bool {
    move |m| m.is_image() || (kind == ItemKind::File && m == MediaType::Pdf)
}

/// `POST …/portfolio`: multipart with `title` and one of `photo`, `file` or `text`.
pub async fn add(
    State(state): State<AppState>,
    open: OpenTalk,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let mut title = String::new();
    let mut text = String::new();
    let mut received: Option<(ItemKind, Result<Received, Refused>)> = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        let name = field.name().unwrap_or_default().to_string();
        match name.as_str() {
            "title" => title = clean_input(&field.text().await.map_err(|_| AppError::BadRequest)?),
            "text" => text = clean_input(&field.text().await.map_err(|_| AppError::BadRequest)?),
            "photo" | "file" if received.is_none() => {
                let kind = if name == "photo" {
                    ItemKind::Photo
                } else {
                    ItemKind::File
                };
                // A file input left empty still sends an empty part: not an upload.
                if field.file_name().is_some_and(|n| !n.is_empty()) {
                    let got =
                        media_files::receive(&state.media, &mut field, PORTFOLIO_MAX_BYTES, accepts(kind)).await?;
                    received = Some((kind, got));
                }
            }
            _ => {}
        }
    }
    let title: String = title.trim().chars().take(200).collect();
    let text: String = text.trim().chars().take(4000).collect();
    let (kind, file) = match received {
        Some((_, Err(why))) => {
            let key = match why {
                Refused::TooLarge => "portfolio-too-large",
                Refused::WrongKind => "portfolio-wrong-kind",
                Refused::Empty => "portfolio-empty",
            };
            return render_talk(&state, &open, Problem::Portfolio(key.into())).await;
        }
        Some((kind, Ok(file))) => (kind, Some(file)),
        None if !text.is_empty() => (ItemKind::Text, None),
        None => return render_talk(&state, &open, Problem::Portfolio("portfolio-empty".into())).await,
    };
    let added_by = match open.teacher() {
        Ok(sv) => sv.id().to_string(),
        Err(_) => portfolio::ADDED_BY_CHILD.to_string(),
    };
    let id = file
        .as_ref()
        .map(|f| f.id.clone())
        .unwrap_or_else(samenspraak_store::new_id);
    let stored = portfolio::add(
        &state.store,
        NewItem {
            id: &id,
            school: &open.class.school_id,
            child: &open.talk.child_id,
            kind,
            title: &title,
            body: &text,
            content_type: file.as_ref().map(|f| f.media.content_type()),
            size_bytes: file.as_ref().map(|f| f.size),
            added_by: &added_by,
        },
    )
    .await;
    if let Err(e) = stored {
        if file.is_some() {
            media_files::remove(&state.media, std::slice::from_ref(&id)).await;
        }
        return Err(e.into());
    }
    Ok(open.back_to("portfolio"))
}

fn item_id(params: &HashMap<String, String>) -> Result<&str, AppError> {
    params.get("item").map(String::as_str).ok_or(AppError::NotFound)
}

/// `GET …/portfolio/{item}`: a photo shown inline, a PDF as a download.
pub async fn file(
    State(state): State<AppState>,
    open: OpenTalk,
    Path(params): Path<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let item = portfolio::get(&state.store, &open.talk.child_id, item_id(&params)?).await?;
    let content_type = item.content_type.ok_or(AppError::NotFound)?;
    let attachment = (content_type == MediaType::Pdf.content_type()).then(|| format!("{}.pdf", item.id));
    let range = media_files::range_of(&headers);
    open.saw(&state, audit::Kind::PortfolioViewed, &item.id).await?;
    media_files::serve(&state.media, &item.id, &content_type, attachment.as_deref(), range).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ApproveForm {
    approved: String,
}

/// `POST …/portfolio/{item}/approve`: only a teacher lets an item through to the family.
pub async fn approve(
    State(state): State<AppState>,
    open: OpenTalk,
    Path(params): Path<HashMap<String, String>>,
    Form(f): Form<ApproveForm>,
) -> Result<Response, AppError> {
    let sv = open.teacher()?;
    let by = (f.approved == "1").then(|| sv.id().clone());
    portfolio::set_approved(&state.store, &open.talk.child_id, item_id(&params)?, by.as_ref()).await?;
    Ok(open.back_to("portfolio"))
}

/// `POST …/portfolio/{item}/delete`: the teacher removes an item; a child may remove what
/// they added themselves, as long as it is not approved. What a teacher added stays.
pub async fn remove(
    State(state): State<AppState>,
    open: OpenTalk,
    Path(params): Path<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let item = portfolio::get(&state.store, &open.talk.child_id, item_id(&params)?).await?;
    if open.is_child() && !child_may_remove(&item) {
        return Err(AppError::Forbidden);
    }
    portfolio::remove(&state.store, &open.talk.child_id, &item.id).await?;
    if item.content_type.is_some() {
        media_files::remove(&state.media, std::slice::from_ref(&item.id)).await;
    }
    Ok(open.back_to("portfolio"))
}
