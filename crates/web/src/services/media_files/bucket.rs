//! Children's media in an S3-compatible bucket, under `media/<id>`. An upload goes up in
//! parts of 8 MiB as it arrives (a whole video is never in memory), and only once its first
//! bytes said what it is; a refused one is aborted, so the bucket keeps no half object.

use super::upload::{Received, Refused};
use crate::http::error::AppError;
use crate::storage::Bucket;
use axum::body::Body;
use axum::extract::multipart::Field;
use futures_util::{StreamExt, TryStreamExt};
use object_store::path::Path as Key;
use object_store::{GetOptions, GetRange, ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};
use samenspraak_core::media::{MediaType, SNIFF_LEN};

/// Parts of an upload, and how many go up at once.
const PART_BYTES: usize = 8 * 1024 * 1024;
const PARTS_AT_ONCE: usize = 2;

fn key(id: &str) -> Option<Key> {
    // Ids are ours (base32), but a key is never built from anything else.
    id.bytes()
        .all(|b| b.is_ascii_alphanumeric())
        .then(|| Key::from(format!("media/{id}")))
}

fn failed(e: object_store::Error) -> AppError {
    AppError::io("media bucket", std::io::Error::other(e.to_string()))
}

/// A multipart upload under way: aborted when dropped unfinished (a request cut off, the
/// server stopping), so the bucket keeps no open upload whose parts nobody lists.
struct Upload(Option<WriteMultipart>);

impl Upload {
    async fn abort(&mut self) {
        if let Some(u) = self.0.take() {
            let _ = u.abort().await;
        }
    }
}

impl Drop for Upload {
    fn drop(&mut self) {
        if let Some(u) = self.0.take()
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            runtime.spawn(async move {
                let _ = u.abort().await;
            });
        }
    }
}

pub async fn receive(
    b: &Bucket,
    field: &mut Field<'_>,
    max_bytes: i64,
    accept: impl Fn(MediaType) -> bool,
) -> Result<Result<Received, Refused>, AppError> {
    let id = samenspraak_store::new_id();
    let path = key(&id).ok_or_else(|| AppError::Internal("bad media id".into()))?;
    let mut head: Vec<u8> = Vec::with_capacity(SNIFF_LEN);
    let mut media = None;
    let mut upload = Upload(None);
    let mut size: i64 = 0;
    let mut refused = None;
    let mut failure = None;
    loop {
        let chunk = match field.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(_) => {
                // The connection broke off or the body limit was hit: nothing is kept.
                upload.abort().await;
                return Ok(Err(Refused::TooLarge));
            }
        };
        if refused.is_some() || failure.is_some() {
            continue;
        }
        size += chunk.len() as i64;
        if size > max_bytes {
            refused = Some(Refused::TooLarge);
            // At once, not after the rest of the field was read.
            upload.abort().await;
            continue;
        }
        let mut rest: &[u8] = &chunk;
        if media.is_none() {
            let take = (SNIFF_LEN - head.len()).min(rest.len());
            head.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if head.len() < SNIFF_LEN {
                continue;
            }
            match MediaType::sniff(&head).filter(|m| accept(*m)) {
                Some(m) => media = Some(m),
                None => {
                    refused = Some(Refused::WrongKind);
                    continue;
                }
            }
            // Only a file that said what it is goes up at all.
            match b.store.put_multipart(&path).await {
                Ok(u) => {
                    let mut u = WriteMultipart::new_with_chunk_size(u, PART_BYTES);
                    u.write(&head);
                    upload.0 = Some(u);
                }
                Err(e) => {
                    failure = Some(e);
                    continue;
                }
            }
        }
        if let Some(u) = upload.0.as_mut() {
            if let Err(e) = u.wait_for_capacity(PARTS_AT_ONCE).await {
                failure = Some(e);
                continue;
            }
            u.write(rest);
        }
    }
    let outcome = match (refused, media) {
        (Some(why), _) => Err(why),
        (None, _) if size == 0 => Err(Refused::Empty),
        (None, Some(m)) => Ok(m),
        // Shorter than the sniffing window: judge what there is.
        (None, None) => MediaType::sniff(&head).filter(|m| accept(*m)).ok_or(Refused::WrongKind),
    };
    if let Some(e) = failure {
        upload.abort().await;
        return Err(failed(e));
    }
    match outcome {
        Ok(media) => {
            match upload.0.take() {
                // A failed finish aborts the upload itself.
                Some(u) => {
                    u.finish().await.map_err(failed)?;
                }
                None => {
                    b.store.put(&path, PutPayload::from(head)).await.map_err(failed)?;
                }
            }
            Ok(Ok(Received { id, media, size }))
        }
        Err(why) => {
            upload.abort().await;
            Ok(Err(why))
        }
    }
}

/// Writes and deletes a small object (one left behind by a probe cut off is an orphan the
/// housekeeping deletes).
pub async fn writable(b: &Bucket) -> bool {
    let probe = Key::from(format!("media/ready-{}", samenspraak_store::new_id()));
    b.store.put(&probe, PutPayload::from_static(b"ok")).await.is_ok() && b.store.delete(&probe).await.is_ok()
}

pub async fn remove(b: &Bucket, ids: &[String]) {
    delete_all(b, ids.iter().filter_map(|id| key(id)).collect()).await;
}

/// Deletes the objects, up to 1,000 in one request (S3's `DeleteObjects`), instead of one
/// request each: a retention run or an erased school can free thousands at once. An object
/// already gone counts as deleted. Returns how many are gone.
async fn delete_all(b: &Bucket, keys: Vec<Key>) -> usize {
    let mut deleted = b
        .store
        .delete_stream(futures_util::stream::iter(keys.into_iter().map(Ok)).boxed());
    let mut removed = 0;
    while let Some(outcome) = deleted.next().await {
        match outcome {
            Ok(_) | Err(object_store::Error::NotFound { .. }) => removed += 1,
            Err(e) => tracing::warn!(error = %e, "cannot delete a media object"),
        }
    }
    removed
}

pub async fn remove_orphans(b: &Bucket, known: &std::collections::HashSet<String>, older_than_secs: u64) -> usize {
    let now = samenspraak_store::now();
    let older = i64::try_from(older_than_secs).unwrap_or(i64::MAX);
    let prefix = Key::from("media");
    let mut listed = b.store.list(Some(&prefix));
    let mut orphans = Vec::new();
    while let Some(meta) = listed.next().await {
        let meta = match meta {
            Ok(meta) => meta,
            Err(e) => {
                tracing::warn!(error = %e, "cannot list the media bucket");
                break;
            }
        };
        let name = meta.location.filename().unwrap_or_default().to_string();
        // A left-over readiness probe is an orphan too.
        if now - meta.last_modified.timestamp() > older && !known.contains(&name) {
            orphans.push(meta.location);
        }
    }
    delete_all(b, orphans).await
}

/// The object's size; `None` when it is not there.
pub async fn size(b: &Bucket, id: &str) -> Result<Option<u64>, AppError> {
    let Some(path) = key(id) else { return Ok(None) };
    match b.store.head(&path).await {
        Ok(meta) => Ok(Some(meta.size)),
        Err(object_store::Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(failed(e)),
    }
}

/// The whole object as a body that streams, with its size, from one request; `None` when
/// it is not there.
pub async fn read_whole(b: &Bucket, id: &str) -> Result<Option<(Body, u64)>, AppError> {
    let Some(path) = key(id) else { return Ok(None) };
    match b.store.get(&path).await {
        Ok(got) => {
            let len = got.meta.size;
            Ok(Some((
                Body::from_stream(got.into_stream().map_err(std::io::Error::other)),
                len,
            )))
        }
        Err(object_store::Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(failed(e)),
    }
}

/// `count` bytes from `start`, as a body that streams.
pub async fn read(b: &Bucket, id: &str, start: u64, count: u64) -> Result<Body, AppError> {
    let path = key(id).ok_or(AppError::NotFound)?;
    if count == 0 {
        return Ok(Body::empty());
    }
    let options = GetOptions {
        range: Some(GetRange::Bounded(start..start + count)),
        ..GetOptions::default()
    };
    let got = b.store.get_opts(&path, options).await.map_err(|e| match e {
        object_store::Error::NotFound { .. } => AppError::NotFound,
        e => failed(e),
    })?;
    Ok(Body::from_stream(got.into_stream().map_err(std::io::Error::other)))
}

/// Downloads the object into a new file in `scratch`; `None` when there is no such object.
/// A half-written copy is removed.
pub async fn download(b: &Bucket, id: &str, scratch: &std::path::Path) -> Result<Option<super::LocalCopy>, AppError> {
    use tokio::io::AsyncWriteExt;
    let Some(path) = key(id) else { return Ok(None) };
    let got = match b.store.get(&path).await {
        Ok(got) => got,
        Err(object_store::Error::NotFound { .. }) => return Ok(None),
        Err(e) => return Err(failed(e)),
    };
    let io = |e: std::io::Error| AppError::io("export", e);
    tokio::fs::create_dir_all(scratch).await.map_err(io)?;
    let target = scratch.join(format!("media-{}", samenspraak_store::new_id()));
    let copy = super::LocalCopy::temporary(target.clone());
    let mut file = tokio::fs::File::create(&target).await.map_err(io)?;
    let mut stream = got.into_stream();
    while let Some(chunk) = stream.next().await {
        file.write_all(&chunk.map_err(failed)?).await.map_err(io)?;
    }
    file.flush().await.map_err(io)?;
    Ok(Some(copy))
}
