//! The child's video of a round: one per child and round (recording again replaces it),
//! visible to the child and staff, shown in the conversation only when the teacher says so,
//! and deleted after `delete_after`.

use crate::row::{date, flag, int, text};
use crate::{Store, StoreError, now};
use jiff::civil::Date;
use samenspraak_core::ids::{ChildId, RoundId, SchoolId};
use samenspraak_core::media::VideoLimits;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Video {
    pub id: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub show_in_conversation: bool,
    pub made_by: String,
    pub created_at: i64,
    pub delete_after: Date,
}

pub struct NewVideo<'a> {
    pub id: &'a str,
    pub school: &'a SchoolId,
    pub round: &'a RoundId,
    pub child: &'a ChildId,
    pub content_type: &'a str,
    pub size_bytes: i64,
    /// "child", or the id of the member of staff who uploaded it.
    pub made_by: &'a str,
    pub delete_after: Date,
}

pub async fn get(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Option<Video>> {
    let row = sqlx::query(
        "SELECT id, content_type, size_bytes, show_in_conversation, made_by, created_at, delete_after \
         FROM child_video WHERE round_id = $1 AND child_id = $2",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .fetch_optional(&store.pool)
    .await?;
    row.map(|r| {
        Ok(Video {
            id: text(&r, "id")?,
            content_type: text(&r, "content_type")?,
            size_bytes: int(&r, "size_bytes")?,
            show_in_conversation: flag(&r, "show_in_conversation")?,
            made_by: text(&r, "made_by")?,
            created_at: int(&r, "created_at")?,
            delete_after: date(&r, "delete_after")?,
        })
    })
    .transpose()
}

/// Stores the video, replacing the round's earlier one; returns the replaced video's id so
/// the caller deletes its file. Refused without a consent that holds, in the same
/// transaction, so a consent withdrawn a moment ago can't be raced.
pub async fn put(store: &Store, v: NewVideo<'_>) -> crate::Result<Option<String>> {
    let mut tx = store.pool.begin().await?;
    let consent = sqlx::query(
        "SELECT 1 AS ok FROM media_consent WHERE child_id = $1 AND purpose = 'video' AND withdrawn_at IS NULL",
    )
    .bind(v.child.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    if consent.is_none() {
        return Err(StoreError::Conflict("no consent"));
    }
    let old = sqlx::query("SELECT id FROM child_video WHERE round_id = $1 AND child_id = $2")
        .bind(v.round.as_str())
        .bind(v.child.as_str())
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| text(&r, "id"))
        .transpose()?;
    sqlx::query("DELETE FROM child_video WHERE round_id = $1 AND child_id = $2")
        .bind(v.round.as_str())
        .bind(v.child.as_str())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO child_video (id, school_id, round_id, child_id, content_type, size_bytes, made_by, created_at, delete_after) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(v.id)
    .bind(v.school.as_str())
    .bind(v.round.as_str())
    .bind(v.child.as_str())
    .bind(v.content_type)
    .bind(v.size_bytes)
    .bind(v.made_by)
    .bind(now())
    .bind(v.delete_after.to_string())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(old)
}

pub async fn set_shown(store: &Store, round: &RoundId, child: &ChildId, shown: bool) -> crate::Result<()> {
    sqlx::query("UPDATE child_video SET show_in_conversation = $1 WHERE round_id = $2 AND child_id = $3")
        .bind(i64::from(shown))
        .bind(round.as_str())
        .bind(child.as_str())
        .execute(&store.pool)
        .await?;
    Ok(())
}

/// Removes the round's video; returns its id for the file, if there was one.
pub async fn remove(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Option<String>> {
    let old = get(store, round, child).await?.map(|v| v.id);
    sqlx::query("DELETE FROM child_video WHERE round_id = $1 AND child_id = $2")
        .bind(round.as_str())
        .bind(child.as_str())
        .execute(&store.pool)
        .await?;
    Ok(old)
}

/// Removes every video whose keeping time has passed; returns their ids for the files.
pub async fn purge_expired(store: &Store, today: Date) -> crate::Result<Vec<String>> {
    let mut tx = store.pool.begin().await?;
    let ids = sqlx::query("SELECT id FROM child_video WHERE delete_after < $1")
        .bind(today.to_string())
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|r| text(r, "id"))
        .collect::<crate::Result<Vec<_>>>()?;
    sqlx::query("DELETE FROM child_video WHERE delete_after < $1")
        .bind(today.to_string())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(ids)
}

/// Every stored file id (videos, portfolio items, report files, wall photos), to find files no row
/// refers to.
pub async fn all_file_ids(store: &Store) -> crate::Result<std::collections::HashSet<String>> {
    let rows = sqlx::query(
        "SELECT id FROM child_video UNION ALL SELECT id FROM portfolio_item WHERE content_type IS NOT NULL \
         UNION ALL SELECT file_id AS id FROM report_file \
         UNION ALL SELECT photo_id AS id FROM learning_item WHERE photo_id IS NOT NULL",
    )
    .fetch_all(&store.pool)
    .await?;
    rows.iter().map(|r| text(r, "id")).collect()
}

pub async fn limits(store: &Store, school: &SchoolId) -> crate::Result<VideoLimits> {
    let row = sqlx::query("SELECT video_max_seconds, video_max_bytes, video_keep_days FROM school WHERE id = $1")
        .bind(school.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(VideoLimits {
        max_seconds: int(&row, "video_max_seconds")?,
        max_bytes: int(&row, "video_max_bytes")?,
        keep_days: crate::row::opt_int(&row, "video_keep_days")?,
    })
}

pub async fn set_limits(
    store: &Store,
    school: &SchoolId,
    limits: VideoLimits,
    by: &crate::audit::Who,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query("UPDATE school SET video_max_seconds = $1, video_max_bytes = $2, video_keep_days = $3 WHERE id = $4")
        .bind(limits.max_seconds)
        .bind(limits.max_bytes)
        .bind(limits.keep_days)
        .bind(school.as_str())
        .execute(&mut *tx)
        .await?;
    let entry = by.did(crate::audit::Kind::SettingsChanged).detail("setting=videos");
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}
