//! The child's video in a talk: recorded in the browser (or chosen as a file when there is
//! no script or camera access), only when the school recorded consent for recordings of
//! this child. The video is seen by the child and staff; the teacher decides whether it is
//! shown in the three-party conversation. It is deleted at the end of the school year.

use super::page::{Problem, render_talk};
use crate::access::talk::OpenTalk;
use crate::http::error::AppError;
use crate::http::form::Form;
use crate::services::media_files::{self, Refused};
use crate::state::AppState;
use axum::extract::{Multipart, State};
use axum::http::HeaderMap;
use axum::response::Response;
use samenspraak_core::media::{MediaType, megabytes};
use samenspraak_store::{StoreError, audit, consent, schools, videos};
use serde::Deserialize;

/// Until when the video is kept, as the school chose: the end of the school year the
/// round's conferences fall in, or a number of days after them. Then the housekeeping
/// deletes it.
fn delete_after(open: &OpenTalk, limits: &samenspraak_core::media::VideoLimits) -> jiff::civil::Date {
    let end = open.round.plan.conference_until;
    match limits.keep_days {
        Some(days) => end.checked_add(jiff::Span::new().days(days)).unwrap_or(end),
        None => schools::year_around(end).2,
    }
}

/// `POST …/video`: the recorded or chosen file, in the multipart field `video`.
pub async fn upload(
    State(state): State<AppState>,
    open: OpenTalk,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let child = open.talk.child_id.clone();
    if consent::current(&state.store, &child).await?.is_none() {
        return render_talk(&state, &open, Problem::Video("video-no-consent".into())).await;
    }
    let limits = videos::limits(&state.store, &open.class.school_id).await?;
    let mut received = None;
    while let Some(mut field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        if field.name() != Some("video") || received.is_some() {
            continue;
        }
        received = Some(media_files::receive(&state.media, &mut field, limits.max_bytes, MediaType::is_video).await?);
    }
    let t = open.viewer.tr();
    let file = match received {
        Some(Ok(file)) => file,
        Some(Err(Refused::TooLarge)) => {
            let message = t.n("video-too-large", megabytes(limits.max_bytes));
            return render_talk(&state, &open, Problem::VideoText(message)).await;
        }
        Some(Err(Refused::WrongKind)) => {
            return render_talk(&state, &open, Problem::Video("video-wrong-kind".into())).await;
        }
        Some(Err(Refused::Empty)) | None => {
            return render_talk(&state, &open, Problem::Video("video-missing".into())).await;
        }
    };
    let made_by = match open.teacher() {
        Ok(sv) => sv.id().to_string(),
        Err(_) => "child".to_string(),
    };
    let stored = videos::put(
        &state.store,
        videos::NewVideo {
            id: &file.id,
            school: &open.class.school_id,
            round: &open.round.id,
            child: &child,
            content_type: file.media.content_type(),
            size_bytes: file.size,
            made_by: &made_by,
            delete_after: delete_after(&open, &limits),
        },
    )
    .await;
    match stored {
        Ok(replaced) => {
            media_files::remove(&state.media, &replaced.into_iter().collect::<Vec<_>>()).await;
            Ok(open.back_to("video"))
        }
        Err(e) => {
            // Not recorded: the file goes too, so nothing is kept half.
            media_files::remove(&state.media, std::slice::from_ref(&file.id)).await;
            match e {
                StoreError::Conflict(_) => render_talk(&state, &open, Problem::Video("video-no-consent".into())).await,
                other => Err(other.into()),
            }
        }
    }
}

/// `GET …/video`: the video itself, for the child and staff only.
pub async fn play(State(state): State<AppState>, open: OpenTalk, headers: HeaderMap) -> Result<Response, AppError> {
    let video = videos::get(&state.store, &open.round.id, &open.talk.child_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let range = media_files::range_of(&headers);
    open.saw(&state, audit::Kind::VideoViewed, &video.id).await?;
    media_files::serve(&state.media, &video.id, &video.content_type, None, range).await
}

/// `POST …/video/delete`: the child or the teacher throws the video away.
pub async fn remove(State(state): State<AppState>, open: OpenTalk) -> Result<Response, AppError> {
    if let Some(id) = videos::remove(&state.store, &open.round.id, &open.talk.child_id).await? {
        media_files::remove(&state.media, &[id]).await;
    }
    Ok(open.back_to("video"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowForm {
    show: String,
}

/// `POST …/video/show`: the teacher decides whether the video is shown in the conversation.
pub async fn show_in_conference(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(f): Form<ShowForm>,
) -> Result<Response, AppError> {
    open.teacher()?;
    videos::set_shown(&state.store, &open.round.id, &open.talk.child_id, f.show == "1").await?;
    Ok(open.back_to("video"))
}
