//! Children's media on disk, under `<data dir>/media/<id>`: the default. An upload streams
//! into a temporary file while its size is counted and its first bytes tell what it really
//! is; only a file that passes both is moved under its id (after `fsync`), so nothing is
//! ever stored half.

use super::upload::{Received, Refused};
use crate::http::error::AppError;
use axum::extract::multipart::Field;
use samenspraak_core::media::{MediaType, SNIFF_LEN};
use std::path::{Path, PathBuf};
use tokio::io::AsyncWriteExt;

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

/// The file, open, and its length; `None` when it is not there.
pub async fn open(data_dir: &Path, id: &str) -> Option<(tokio::fs::File, u64)> {
    let path = path_of(data_dir, id)?;
    let file = tokio::fs::File::open(&path).await.ok()?;
    let len = file.metadata().await.ok()?.len();
    Some((file, len))
}

/// The path of a media file, when it is there.
pub fn existing(data_dir: &Path, id: &str) -> Option<PathBuf> {
    path_of(data_dir, id).filter(|p| p.is_file())
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
