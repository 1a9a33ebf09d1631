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
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

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

/// True when a file can be written to and removed from the media folder now (a full or
/// read-only disk, a share that went away: false).
pub async fn writable(data_dir: &Path) -> bool {
    let probe = dir(data_dir).join(format!("ready-{}", samenspraak_store::new_id()));
    let written = async {
        tokio::fs::create_dir_all(dir(data_dir)).await?;
        tokio::fs::write(&probe, b"ok").await?;
        tokio::fs::remove_file(&probe).await
    };
    written.await.is_ok()
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

/// What a request's `Range` header asks of a file of a known length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ranged {
    /// No range, or one we answer with the whole file (several ranges, a malformed header:
    /// RFC 9110 lets a server ignore them).
    Whole,
    /// The bytes from the first to the second, both included.
    Part(u64, u64),
    /// A range that starts past the end: answered 416.
    Unsatisfiable,
}

impl Ranged {
    /// Reads `bytes=10-99`, `bytes=10-` and `bytes=-500` (the last 500 bytes).
    pub fn of(header: Option<&str>, len: u64) -> Self {
        let Some(spec) = header.and_then(|h| h.trim().strip_prefix("bytes=")) else {
            return Self::Whole;
        };
        if spec.contains(',') {
            return Self::Whole;
        }
        let Some((first, last)) = spec.trim().split_once('-') else {
            return Self::Whole;
        };
        let number = |s: &str| s.trim().parse::<u64>().ok();
        match (first.trim().is_empty(), number(first), number(last)) {
            // The last N bytes.
            (true, _, Some(0)) => Self::Unsatisfiable,
            (true, _, Some(_)) if len == 0 => Self::Unsatisfiable,
            (true, _, Some(n)) => Self::Part(len.saturating_sub(n), len - 1),
            (false, Some(start), _) if start >= len => Self::Unsatisfiable,
            (false, Some(start), None) if last.trim().is_empty() => Self::Part(start, len - 1),
            (false, Some(start), Some(end)) if end >= start => Self::Part(start, end.min(len - 1)),
            _ => Self::Whole,
        }
    }

    /// Whether this request starts at the file's first byte: a viewing begins (a player
    /// that seeks asks for later parts, which are not a new viewing).
    pub fn from_start(self) -> bool {
        matches!(self, Self::Whole | Self::Part(0, _))
    }
}

/// The request's `Range` header, as text.
pub fn range_of(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers.get(header::RANGE).and_then(|v| v.to_str().ok())
}

/// The file as a response, streamed in pieces, never cached, never sniffed by the browser
/// into something else. `attachment` names a download; otherwise it shows inline. `range`
/// is the request's `Range` header: a player seeking in a video gets that part (206).
pub async fn serve(
    data_dir: &Path,
    id: &str,
    content_type: &str,
    attachment: Option<&str>,
    range: Option<&str>,
) -> Result<Response, AppError> {
    let path = path_of(data_dir, id).ok_or(AppError::NotFound)?;
    let file = tokio::fs::File::open(&path).await.map_err(|_| AppError::NotFound)?;
    serve_open(file, content_type, attachment, range).await
}

/// The path of a media file, when it is there.
pub fn existing(data_dir: &Path, id: &str) -> Option<PathBuf> {
    path_of(data_dir, id).filter(|p| p.is_file())
}

/// Streams a file that is open already (one that may have no name any more).
pub async fn serve_open(
    mut file: tokio::fs::File,
    content_type: &str,
    attachment: Option<&str>,
    range: Option<&str>,
) -> Result<Response, AppError> {
    let len = file
        .metadata()
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .len();
    let value = |s: &str| HeaderValue::from_str(s).map_err(|e| AppError::Internal(e.to_string()));
    let (status, start, count) = match Ranged::of(range, len) {
        Ranged::Whole => (StatusCode::OK, 0, len),
        Ranged::Part(first, last) => (StatusCode::PARTIAL_CONTENT, first, last - first + 1),
        Ranged::Unsatisfiable => {
            let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
            response
                .headers_mut()
                .insert(header::CONTENT_RANGE, value(&format!("bytes */{len}"))?);
            return Ok(response);
        }
    };
    if start > 0 {
        file.seek(std::io::SeekFrom::Start(start))
            .await
            .map_err(|e| AppError::io("media file", e))?;
    }
    let stream = futures_util::stream::unfold((file, count), |(mut file, left)| async move {
        if left == 0 {
            return None;
        }
        let mut buf = vec![0u8; usize::try_from(left.min(64 * 1024)).unwrap_or(64 * 1024)];
        match file.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok::<Bytes, std::io::Error>(Bytes::from(buf)), (file, left - n as u64)))
            }
            Err(e) => Some((Err(e), (file, 0))),
        }
    });
    let mut response = (status, Body::from_stream(stream)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, value(content_type)?);
    headers.insert(header::CONTENT_LENGTH, value(&count.to_string())?);
    headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if status == StatusCode::PARTIAL_CONTENT {
        headers.insert(
            header::CONTENT_RANGE,
            value(&format!("bytes {start}-{}/{len}", start + count - 1))?,
        );
    }
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
    serve(&state.config.data_dir, &file, &kind, None, None).await
}

#[cfg(test)]
mod tests {
    use super::Ranged;

    #[test]
    fn ranges_as_players_ask_for_them() {
        let of = |h: &str| Ranged::of(Some(h), 1000);
        assert_eq!(Ranged::of(None, 1000), Ranged::Whole);
        assert_eq!(of("bytes=0-"), Ranged::Part(0, 999));
        assert_eq!(of("bytes=0-1"), Ranged::Part(0, 1));
        assert_eq!(of("bytes=500-"), Ranged::Part(500, 999));
        assert_eq!(of("bytes=500-5000"), Ranged::Part(500, 999));
        assert_eq!(of("bytes=-100"), Ranged::Part(900, 999));
        assert_eq!(of("bytes=-5000"), Ranged::Part(0, 999));
        assert_eq!(of("bytes=1000-"), Ranged::Unsatisfiable);
        assert_eq!(of("bytes=-0"), Ranged::Unsatisfiable);
        assert_eq!(of("bytes=0-1,5-6"), Ranged::Whole, "several ranges: the whole file");
        assert_eq!(of("bytes=9-3"), Ranged::Whole, "malformed: ignored");
        assert_eq!(of("items=0-1"), Ranged::Whole);
        assert_eq!(Ranged::of(Some("bytes=-10"), 0), Ranged::Unsatisfiable);
        assert!(of("bytes=0-1").from_start() && !of("bytes=500-").from_start());
    }
}
