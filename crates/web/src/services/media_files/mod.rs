//! The files of children's media (videos, portfolio photos and files, report attachments),
//! behind one interface: a folder on disk (`folder`, `<data dir>/media`, the default) or an
//! S3-compatible bucket (`bucket`) that several instances share. Either way an upload is
//! read as it arrives, counted and judged by its first bytes, and kept only when it passes
//! both (nothing is ever stored half); a download streams, in the part a player asks for.
//! Files are served only by handlers that asked the policy first, never as static files.

mod bucket;
mod folder;
mod upload;

use crate::http::error::AppError;
use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::multipart::Field;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use samenspraak_core::media::MediaType;
use std::path::{Path, PathBuf};
use tokio::io::{AsyncReadExt, AsyncSeekExt};

pub use crate::storage::Media;
pub use folder::dir;
pub use upload::{Received, Refused};

/// In words, for the log and the backup command.
pub fn describe(media: &Media) -> String {
    match media {
        Media::Folder(data_dir) => dir(data_dir).display().to_string(),
        Media::Bucket(b) => b.name.clone(),
    }
}

/// Streams one multipart field into the media. Over `max_bytes`, or of a kind `accept`
/// refuses, nothing is kept and the rest of the field is read and dropped, so the browser
/// still gets the answer with the message.
pub async fn receive(
    media: &Media,
    field: &mut Field<'_>,
    max_bytes: i64,
    accept: impl Fn(MediaType) -> bool,
) -> Result<Result<Received, Refused>, AppError> {
    match media {
        Media::Folder(data_dir) => folder::receive(data_dir, field, max_bytes, accept).await,
        Media::Bucket(b) => bucket::receive(b, field, max_bytes, accept).await,
    }
}

/// True when a file can be written to and removed from the media within three seconds (a
/// full disk, a share that went away or hangs, a bucket out of reach or refusing our keys:
/// false).
pub async fn writable(media: &Media) -> bool {
    let probe = async {
        match media {
            Media::Folder(data_dir) => folder::writable(data_dir).await,
            Media::Bucket(b) => bucket::writable(b).await,
        }
    };
    // A share or a bucket that hangs is as unavailable as one that refuses.
    tokio::time::timeout(std::time::Duration::from_secs(3), probe)
        .await
        .unwrap_or(false)
}

/// Deletes stored files; a file already gone is fine.
pub async fn remove(media: &Media, ids: &[String]) {
    match media {
        Media::Folder(data_dir) => folder::remove(data_dir, ids).await,
        Media::Bucket(b) => bucket::remove(b, ids).await,
    }
}

/// Files no row refers to any more (a crash between storing and recording, an upload that
/// broke off), older than `older_than_secs`: removed by the housekeeping; returns how many.
pub async fn remove_orphans(media: &Media, known: &std::collections::HashSet<String>, older_than_secs: u64) -> usize {
    match media {
        Media::Folder(data_dir) => folder::remove_orphans(data_dir, known, older_than_secs).await,
        Media::Bucket(b) => bucket::remove_orphans(b, known, older_than_secs).await,
    }
}

/// A file on disk to read a media file from (the child's export zips it): the file itself
/// in the folder, a downloaded copy in `scratch` from the bucket (removed when dropped);
/// `None` when there is no such file. A bucket that fails is an error, not a missing file:
/// an export must not leave out a child's video without saying so.
pub async fn local_copy(media: &Media, id: &str, scratch: &Path) -> Result<Option<LocalCopy>, AppError> {
    match media {
        Media::Folder(data_dir) => Ok(folder::existing(data_dir, id).map(|path| LocalCopy { path, temporary: false })),
        Media::Bucket(b) => bucket::download(b, id, scratch).await,
    }
}

/// A media file as a file on disk; a downloaded copy goes when this does (also when the
/// download was cut off halfway).
pub struct LocalCopy {
    pub path: PathBuf,
    temporary: bool,
}

impl LocalCopy {
    fn temporary(path: PathBuf) -> Self {
        Self { path, temporary: true }
    }
}

impl Drop for LocalCopy {
    fn drop(&mut self) {
        if self.temporary {
            let _ = std::fs::remove_file(&self.path);
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
}

/// The request's `Range` header, as text.
pub fn range_of(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers.get(header::RANGE).and_then(|v| v.to_str().ok())
}

/// The file as a response, streamed in pieces, never cached, never sniffed by the browser
/// into something else. `attachment` names a download; otherwise it shows inline. `range`
/// is the request's `Range` header: a player seeking in a video gets that part (206).
pub async fn serve(
    media: &Media,
    id: &str,
    content_type: &str,
    attachment: Option<&str>,
    range: Option<&str>,
) -> Result<Response, AppError> {
    match media {
        Media::Folder(data_dir) => {
            let (file, _) = folder::open(data_dir, id).await.ok_or(AppError::NotFound)?;
            serve_open(file, content_type, attachment, range).await
        }
        Media::Bucket(b) if asks_from_the_start(range) => {
            // A download, or a player's first `bytes=0-`: one GET brings the size and the
            // bytes, where asking the size first would take two requests.
            let (body, len) = bucket::read_whole(b, id).await?.ok_or(AppError::NotFound)?;
            if matches!(Ranged::of(range, len), Ranged::Unsatisfiable) {
                return unsatisfiable(len);
            }
            answer(body, Part::of(range, len, (0, len)), content_type, attachment)
        }
        Media::Bucket(b) => {
            let len = bucket::size(b, id).await?.ok_or(AppError::NotFound)?;
            let part = match Ranged::of(range, len) {
                Ranged::Unsatisfiable => return unsatisfiable(len),
                Ranged::Whole => (0, len),
                Ranged::Part(first, last) => (first, last - first + 1),
            };
            let body = bucket::read(b, id, part.0, part.1).await?;
            answer(body, Part::of(range, len, part), content_type, attachment)
        }
    }
}

/// Whether the answer is the whole file, whatever its size: no `Range`, one that cannot be
/// read, or `bytes=0-`.
fn asks_from_the_start(range: Option<&str>) -> bool {
    match Ranged::of(range, u64::MAX) {
        Ranged::Whole => true,
        Ranged::Part(first, last) => first == 0 && last == u64::MAX - 1,
        Ranged::Unsatisfiable => false,
    }
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
    let (start, count) = match Ranged::of(range, len) {
        Ranged::Whole => (0, len),
        Ranged::Part(first, last) => (first, last - first + 1),
        Ranged::Unsatisfiable => return unsatisfiable(len),
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
    answer(
        Body::from_stream(stream),
        Part::of(range, len, (start, count)),
        content_type,
        attachment,
    )
}

/// Which bytes an answer carries: all of them, or a part (206).
struct Part {
    partial: bool,
    start: u64,
    count: u64,
    len: u64,
}

impl Part {
    fn of(range: Option<&str>, len: u64, (start, count): (u64, u64)) -> Self {
        Self {
            partial: matches!(Ranged::of(range, len), Ranged::Part(..)),
            start,
            count,
            len,
        }
    }
}

fn unsatisfiable(len: u64) -> Result<Response, AppError> {
    let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
    let value = HeaderValue::from_str(&format!("bytes */{len}")).map_err(|e| AppError::Internal(e.to_string()))?;
    response.headers_mut().insert(header::CONTENT_RANGE, value);
    Ok(response)
}

fn answer(body: Body, part: Part, content_type: &str, attachment: Option<&str>) -> Result<Response, AppError> {
    let status = if part.partial {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    let value = |s: &str| HeaderValue::from_str(s).map_err(|e| AppError::Internal(e.to_string()));
    headers.insert(header::CONTENT_TYPE, value(content_type)?);
    headers.insert(header::CONTENT_LENGTH, value(&part.count.to_string())?);
    headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    if part.partial {
        headers.insert(
            header::CONTENT_RANGE,
            value(&format!(
                "bytes {}-{}/{}",
                part.start,
                part.start + part.count - 1,
                part.len
            ))?,
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
    serve(&state.media, &file, &kind, None, None).await
}

#[cfg(test)]
mod tests {
    use super::{Ranged, asks_from_the_start};

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
    }

    #[test]
    fn a_download_and_a_player_s_first_request_need_no_size_first() {
        assert!(asks_from_the_start(None));
        assert!(asks_from_the_start(Some("bytes=0-")));
        assert!(asks_from_the_start(Some("bytes=0-1,5-6")), "answered whole");
        assert!(!asks_from_the_start(Some("bytes=0-1")));
        assert!(!asks_from_the_start(Some("bytes=500-")));
        assert!(!asks_from_the_start(Some("bytes=-100")));
    }
}
