//! The period's report in a child talk: the teacher writes a few broad observations (how
//! the child learns, gets on with others, feels, what they are good at and like, and the
//! school subjects) or attaches the report as a file. The child reads it on the tablet.

use super::page::{Problem, render_talk};
use crate::access::talk::OpenTalk;
use crate::http::error::AppError;
use crate::http::form::Form;
use crate::services::media_files::{self, Refused};
use crate::state::AppState;
use axum::extract::{Multipart, State};
use axum::http::HeaderMap;
use axum::response::Response;
use samenspraak_core::media::{MediaType, PORTFOLIO_MAX_BYTES};
use samenspraak_store::audit;
use samenspraak_store::reports::{self, AREAS, ReportFile};

/// `POST …/report`: one field per area (`learning`, `together`, …).
pub async fn save_notes(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let sv = open.teacher()?;
    let notes: Vec<(&str, String)> = AREAS
        .iter()
        .map(|area| {
            let text = pairs
                .iter()
                .find(|(k, _)| k == area)
                .map(|(_, v)| v.trim().chars().take(2000).collect())
                .unwrap_or_default();
            (*area, text)
        })
        .collect();
    reports::set_notes(&state.store, &open.round.id, &open.talk.child_id, &notes, sv.id()).await?;
    Ok(open.back_to("report"))
}

/// `POST …/report/file`: the report as a PDF or a picture (a scan, a photo of it).
pub async fn upload_file(
    State(state): State<AppState>,
    open: OpenTalk,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let sv = open.teacher()?.clone();
    let accept = |m: MediaType| m == MediaType::Pdf || m.is_image();
    let mut received = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        if field.name() == Some("report") && received.is_none() {
            received = Some(media_files::receive(&state.media, &mut field, PORTFOLIO_MAX_BYTES, accept).await?);
        }
    }
    let file = match received {
        Some(Ok(file)) => file,
        Some(Err(Refused::TooLarge)) => {
            return render_talk(&state, &open, Problem::Report("report-too-large".into())).await;
        }
        Some(Err(Refused::WrongKind)) => {
            return render_talk(&state, &open, Problem::Report("report-wrong-kind".into())).await;
        }
        Some(Err(Refused::Empty)) | None => {
            return render_talk(&state, &open, Problem::Report("report-missing".into())).await;
        }
    };
    let stored = ReportFile {
        file_id: file.id.clone(),
        content_type: file.media.content_type().to_string(),
        size_bytes: file.size,
    };
    match reports::put_file(&state.store, &open.round.id, &open.talk.child_id, &stored, sv.id()).await {
        Ok(replaced) => {
            media_files::remove(&state.media, &replaced.into_iter().collect::<Vec<_>>()).await;
            Ok(open.back_to("report"))
        }
        Err(e) => {
            media_files::remove(&state.media, &[file.id]).await;
            Err(e.into())
        }
    }
}

/// `GET …/report/file`: a PDF as a download, a picture inline.
pub async fn file(State(state): State<AppState>, open: OpenTalk, headers: HeaderMap) -> Result<Response, AppError> {
    let f = reports::file(&state.store, &open.round.id, &open.talk.child_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let attachment = (f.content_type == MediaType::Pdf.content_type()).then_some("rapport.pdf");
    let range = media_files::range_of(&headers);
    open.saw(&state, audit::Kind::ReportViewed, &f.file_id).await?;
    media_files::serve(&state.media, &f.file_id, &f.content_type, attachment, range).await
}

/// `POST …/report/file/delete`.
pub async fn remove_file(State(state): State<AppState>, open: OpenTalk) -> Result<Response, AppError> {
    open.teacher()?;
    if let Some(id) = reports::remove_file(&state.store, &open.round.id, &open.talk.child_id).await? {
        media_files::remove(&state.media, &[id]).await;
    }
    Ok(open.back_to("report"))
}
