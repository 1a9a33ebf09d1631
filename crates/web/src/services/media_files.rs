//! The files of children's media (videos, portfolio photos and files) on disk, under
//! `<data dir>/media/<id>`. An upload streams into a temporary file while its size is
//! counted and its first bytes tell what it really is; only a file that passes both is
//! moved under its id, so nothing is ever stored half. Files are served only by handlers
//! that asked the policy first, never as static files.

use crate::http::error::AppError;
use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::multipart::Field;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use samenspraak_core::media::{MediaType, SNIFF_LEN};
use std::path::{Path, PathBuf};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Why an upload was refused; each has its message for the person who sent it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    Empty,
    TooLarge,
    /// Not one of the kinds this upload takes (a renamed file, a document for a video).
    WrongKind,
}

/// A file that was received whole and checked.
#[derive(Debug, Clone)]
pub struct Received {
    pub id: String,
    pub media: MediaType,
    pub size: i64,
}

pub fn dir(data_dir: &Path) -> PathBuf {
    data_dir.join("media")
}

fn path_of(data_dir: &Path, id: &str) -> Option<PathBuf> {
    // Ids are ours (base32), but a path is never built from anything else.
    id.bytes()
        .all(|b| b.is_ascii_alphanumeric())
        .then(|| dir(data_dir).join(id))
}

/// Streams one multipart field to disk. Over `max_bytes`, or of a kind `accept` refuses,
/// the partial file is removed and the rest of the field is read and dropped, so the
/// browser still gets the answer with the message.
pub async fn receive(
    data_dir: &Path,
    field: &mut Field<'_>,
    max_bytes: i64,
    accept: impl Fn(MediaType) -> bool,
) -> Result<Result<Received, Refused>, AppError> {
    let io = |e: std::io::Error| AppError::io("media file", e);
    tokio::fs::create_dir_all(dir(data_dir)).await.map_err(io)?;
    let id = samenspraak_store::new_id();
    let temp = dir(data_dir).join(format!("upload-{id}"));
    let mut file = tokio::fs::File::create(&temp).await.map_err(io)?;
    let mut head: Vec<u8> = Vec::with_capacity(SNIFF_LEN);
    let mut media = None;
    let mut size: i64 = 0;
    let mut refused = None;
    let mut failed = None;
    loop {
        let chunk = match field.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(_) => {
                // The connection broke off or the body limit was hit: nothing is kept.
                drop(file);
                let _ = tokio::fs::remove_file(&temp).await;
                return Ok(Err(Refused::TooLarge));
            }
        };
        if refused.is_some() || failed.is_some() {
            continue;
        }
        size += chunk.len() as i64;
        if size > max_bytes {
            refused = Some(Refused::TooLarge);
            continue;
        }
        if media.is_none() {
            let take = (SNIFF_LEN - head.len()).min(chunk.len());
            head.extend_from_slice(&chunk[..take]);
            if head.len() >= SNIFF_LEN {
                match MediaType::sniff(&head).filter(|m| accept(*m)) {
                    Some(m) => media = Some(m),
                    None => {
                        refused = Some(Refused::WrongKind);
                        continue;
                    }
                }
            }
        }
        if let Err(e) = file.write_all(&chunk).await {
            // A full disk, say: the rest is read and dropped, so the browser gets the page
            // that says so, and no half file stays behind.
            failed = Some(e);
        }
    }
    if let Some(e) = failed {
        drop(file);
        let _ = tokio::fs::remove_file(&temp).await;
        return Err(io(e));
    }
    let outcome = match (refused, media) {
        (Some(why), _) => Err(why),
        (None, _) if size == 0 => Err(Refused::Empty),
        (None, Some(m)) => Ok(m),
        // Shorter than the sniffing window: judge what there is.
        (None, None) => MediaType::sniff(&head).filter(|m| accept(*m)).ok_or(Refused::WrongKind),
    };
    match outcome {
        Ok(media) => {
            if let Err(e) = file.sync_all().await {
                drop(file);
                let _ = tokio::fs::remove_file(&temp).await;
                return Err(io(e));
            }
            drop(file);
            let target = path_of(data_dir, &id).ok_or_else(|| AppError::Internal("bad media id".into()))?;
            tokio::fs::rename(&temp, &target).await.map_err(io)?;
            Ok(Ok(Received { id, media, size }))
        }
        Err(why) => {
            drop(file);
            let _ = tokio::fs::remove_file(&temp).await;
            Ok(Err(why))
        }
    }
}

/// Deletes stored files; a file already gone is fine.
pub async fn remove(data_dir: &Path, ids: &[String]) {
    for id in ids {
        if let Some(path) = path_of(data_dir, id)
            && let Err(e) = tokio::fs::remove_file(&path).await
            && e.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(error = %e, id, "cannot delete a media file");
        }
    }
}

/// The file as a response, streamed in pieces, never cached, never sniffed by the browser
/// into something else. `attachment` names a download; otherwise it shows inline.
pub async fn serve(
    data_dir: &Path,
    id: &str,
    content_type: &str,
    attachment: Option<&str>,
) -> Result<Response, AppError> {
    let path = path_of(data_dir, id).ok_or(AppError::NotFound)?;
    let file = tokio::fs::File::open(&path).await.map_err(|_| AppError::NotFound)?;
    serve_open(file, content_type, attachment).await
}

/// The path of a media file, when it is there.
pub fn existing(data_dir: &Path, id: &str) -> Option<PathBuf> {
    path_of(data_dir, id).filter(|p| p.is_file())
}

/// Streams a file that is open already (one that may have no name any more).
pub async fn serve_open(
    file: tokio::fs::File,
    content_type: &str,
    attachment: Option<&str>,
) -> Result<Response, AppError> {
    let len = file
        .metadata()
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .len();
    let stream = futures_util::stream::unfold(file, |mut file| async move {
        let mut buf = vec![0u8; 64 * 1024];
        match file.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok::<Bytes, std::io::Error>(Bytes::from(buf)), file))
            }
            Err(e) => Some((Err(e), file)),
        }
    });
    let mut response = (StatusCode::OK, Body::from_stream(stream)).into_response();
    let headers = response.headers_mut();
    let value = |s: &str| HeaderValue::from_str(s).map_err(|e| AppError::Internal(e.to_string()));
    headers.insert(header::CONTENT_TYPE, value(content_type)?);
    headers.insert(header::CONTENT_LENGTH, value(&len.to_string())?);
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    if let Some(name) = attachment {
        let safe: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        headers.insert(
            header::CONTENT_DISPOSITION,
            value(&format!("attachment; filename=\"{safe}\""))?,
        );
    }
    Ok(response)
}

/// Files under the media folder that no row refers to any more (a crash between writing
/// and recording, an upload that broke off): removed by the housekeeping.
pub async fn remove_orphans(data_dir: &Path, known: &std::collections::HashSet<String>, older_than_secs: u64) -> usize {
    let Ok(mut entries) = tokio::fs::read_dir(dir(data_dir)).await else {
        return 0;
    };
    let mut removed = 0;
    while let Ok(Some(entry)) = entries.next_entry().await {
        let name = entry.file_name().to_string_lossy().to_string();
        let old_enough = entry
            .metadata()
            .await
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > older_than_secs);
        if old_enough && !known.contains(&name) && tokio::fs::remove_file(entry.path()).await.is_ok() {
            removed += 1;
        }
    }
    removed
}

/// The photo of an item of `class`, as a picture.
pub async fn serve_wall_photo(
    state: &AppState,
    class: &samenspraak_core::ids::ClassId,
    item: &str,
) -> Result<Response, AppError> {
    let (file, kind) = samenspraak_store::learning_wall::items(&state.store, class)
        .await?
        .into_iter()
        .find(|i| i.id == item)
        .and_then(|i| i.photo)
        .ok_or(AppError::NotFound)?;
    serve(&state.config.data_dir, &file, &kind, None).await
}
