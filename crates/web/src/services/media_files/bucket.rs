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
    let mut upload: Option<WriteMultipart> = None;
    let mut size: i64 = 0;
    let mut refused = None;
    let mut failure = None;
    loop {
        let chunk = match field.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(_) => {
                // The connection broke off or the body limit was hit: nothing is kept.
                if let Some(u) = upload.take() {
                    let _ = u.abort().await;
                }
                return Ok(Err(Refused::TooLarge));
            }
        };
        if refused.is_some() || failure.is_some() {
            continue;
        }
        size += chunk.len() as i64;
        if size > max_bytes {
            refused = Some(Refused::TooLarge);
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
                    upload = Some(u);
                }
                Err(e) => {
                    failure = Some(e);
                    continue;
                }
            }
        }
        if let Some(u) = upload.as_mut() {
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
        if let Some(u) = upload.take() {
            let _ = u.abort().await;
        }
        return Err(failed(e));
    }
    match outcome {
        Ok(media) => {
            match upload {
                Some(u) => {
                    if let Err(e) = u.finish().await {
                        return Err(failed(e));
                    }
                }
                None => {
                    b.store.put(&path, PutPayload::from(head)).await.map_err(failed)?;
                }
            }
            Ok(Ok(Received { id, media, size }))
        }
        Err(why) => {
            if let Some(u) = upload {
                let _ = u.abort().await;
            }
            Ok(Err(why))
        }
    }
}

/// Writes and deletes a small object, within three seconds.
pub async fn writable(b: &Bucket) -> bool {
    let probe = Key::from(format!("media/ready-{}", samenspraak_store::new_id()));
    let round_trip = async {
        b.store.put(&probe, PutPayload::from_static(b"ok")).await.is_ok() && b.store.delete(&probe).await.is_ok()
    };
    tokio::time::timeout(std::time::Duration::from_secs(3), round_trip)
        .await
        .unwrap_or(false)
}

pub async fn remove(b: &Bucket, ids: &[String]) {
    for id in ids {
        let Some(path) = key(id) else { continue };
        match b.store.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
            Err(e) => tracing::warn!(error = %e, id, "cannot delete a media object"),
        }
    }
}

pub async fn remove_orphans(b: &Bucket, known: &std::collections::HashSet<String>, older_than_secs: u64) -> usize {
    let now = samenspraak_store::now();
    let older = i64::try_from(older_than_secs).unwrap_or(i64::MAX);
    let prefix = Key::from("media");
    let mut listed = b.store.list(Some(&prefix));
    let mut orphans = Vec::new();
    while let Some(meta) = listed.next().await {
        let Ok(meta) = meta else { break };
        let Some(id) = meta.location.filename().map(str::to_string) else {
            continue;
        };
        if now - meta.last_modified.timestamp() > older && !known.contains(&id) {
            orphans.push(id);
        }
    }
    let n = orphans.len();
    remove(b, &orphans).await;
    n
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

/// Downloads the object into a new file in `scratch`.
pub async fn download(b: &Bucket, id: &str, scratch: &std::path::Path) -> Option<std::path::PathBuf> {
    use tokio::io::AsyncWriteExt;
    let path = key(id)?;
    let got = b.store.get(&path).await.ok()?;
    tokio::fs::create_dir_all(scratch).await.ok()?;
    let target = scratch.join(format!("media-{}", samenspraak_store::new_id()));
    let mut file = tokio::fs::File::create(&target).await.ok()?;
    let mut stream = got.into_stream();
    while let Some(chunk) = stream.next().await {
        let written = match chunk {
            Ok(bytes) => file.write_all(&bytes).await.is_ok(),
            Err(_) => false,
        };
        if !written {
            drop(file);
            let _ = tokio::fs::remove_file(&target).await;
            return None;
        }
    }
    file.flush().await.ok()?;
    Some(target)
}
