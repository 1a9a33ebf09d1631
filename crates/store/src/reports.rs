//! The period's report in a child talk: the teacher's observations per broad area, and the
//! report itself as a file. Both are meant for the family too (it is their child's
//! report), and the child sees them on the tablet.

use crate::row::{int, text};
use crate::{Store, now};
use samenspraak_core::ids::{ChildId, RoundId, StaffId};

/// The broad areas a report speaks of, not only school subjects.
pub const AREAS: [&str; 5] = ["learning", "together", "wellbeing", "talents", "subjects"];

/// The observations written so far, in the order of [`AREAS`].
pub async fn notes(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Vec<(String, String)>> {
    let rows = sqlx::query("SELECT area, body FROM report_note WHERE round_id = $1 AND child_id = $2")
        .bind(round.as_str())
        .bind(child.as_str())
        .fetch_all(&store.pool)
        .await?;
    let mut notes = rows
        .iter()
        .map(|r| Ok((text(r, "area")?, text(r, "body")?)))
        .collect::<crate::Result<Vec<_>>>()?;
    notes.sort_by_key(|(area, _)| AREAS.iter().position(|a| a == area).unwrap_or(AREAS.len()));
    Ok(notes)
}

/// Saves the observations in one transaction; an area left empty is removed.
pub async fn set_notes(
    store: &Store,
    round: &RoundId,
    child: &ChildId,
    notes: &[(&str, String)],
    by: &StaffId,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    for (area, body) in notes {
        if body.is_empty() {
            sqlx::query("DELETE FROM report_note WHERE round_id = $1 AND child_id = $2 AND area = $3")
                .bind(round.as_str())
                .bind(child.as_str())
                .bind(*area)
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query(
                "INSERT INTO report_note (round_id, child_id, area, body, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (round_id, child_id, area) DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by, \
                 updated_at = excluded.updated_at",
            )
            .bind(round.as_str())
            .bind(child.as_str())
            .bind(*area)
            .bind(body)
            .bind(by.as_str())
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFile {
    pub file_id: String,
    pub content_type: String,
    pub size_bytes: i64,
}

pub async fn file(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Option<ReportFile>> {
    let row =
        sqlx::query("SELECT file_id, content_type, size_bytes FROM report_file WHERE round_id = $1 AND child_id = $2")
            .bind(round.as_str())
            .bind(child.as_str())
            .fetch_optional(&store.pool)
            .await?;
    row.map(|r| {
        Ok(ReportFile {
            file_id: text(&r, "file_id")?,
            content_type: text(&r, "content_type")?,
            size_bytes: int(&r, "size_bytes")?,
        })
    })
    .transpose()
}

/// Attaches the report file, replacing an earlier one; returns the replaced file's id.
pub async fn put_file(
    store: &Store,
    round: &RoundId,
    child: &ChildId,
    f: &ReportFile,
    by: &StaffId,
) -> crate::Result<Option<String>> {
    let old = file(store, round, child).await?.map(|f| f.file_id);
    sqlx::query(
        "INSERT INTO report_file (round_id, child_id, file_id, content_type, size_bytes, uploaded_by, uploaded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (round_id, child_id) DO UPDATE SET file_id = excluded.file_id, \
         content_type = excluded.content_type, size_bytes = excluded.size_bytes, uploaded_by = excluded.uploaded_by, \
         uploaded_at = excluded.uploaded_at",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .bind(&f.file_id)
    .bind(&f.content_type)
    .bind(f.size_bytes)
    .bind(by.as_str())
    .bind(now())
    .execute(&store.pool)
    .await?;
    Ok(old)
}

/// Removes the report file; returns its id for the file on disk.
pub async fn remove_file(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Option<String>> {
    let old = file(store, round, child).await?.map(|f| f.file_id);
    sqlx::query("DELETE FROM report_file WHERE round_id = $1 AND child_id = $2")
        .bind(round.as_str())
        .bind(child.as_str())
        .execute(&store.pool)
        .await?;
    Ok(old)
}
