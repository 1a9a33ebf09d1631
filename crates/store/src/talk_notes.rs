//! The teacher's notes in a child talk, each with its visibility. A confidential note
//! (`staff`) is only ever read by staff pages; `for_family` leaves it out in the query.

use crate::row::text;
use crate::{Store, new_id, now};
use samenspraak_core::ids::ChildId;
use samenspraak_core::visibility::Visibility;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub id: String,
    pub talk_id: String,
    pub visibility: Visibility,
    pub text: String,
    pub author: String,
    pub created_at: i64,
}

const SELECT: &str = "SELECT n.id, n.talk_id, n.visibility, n.text, n.created_at, s.name AS author \
     FROM talk_note n JOIN staff s ON s.id = n.created_by ";

fn note(row: &sqlx::any::AnyRow) -> crate::Result<Note> {
    Ok(Note {
        id: text(row, "id")?,
        talk_id: text(row, "talk_id")?,
        // Anything unknown is treated as confidential.
        visibility: Visibility::parse(&text(row, "visibility")?).unwrap_or(Visibility::Staff),
        text: text(row, "text")?,
        author: text(row, "author")?,
        created_at: crate::row::int(row, "created_at")?,
    })
}

/// Adds a note; `by` is the member of staff who writes it (the log records that a note
/// was written and for whom, never its text).
pub async fn add(
    store: &Store,
    talk: &str,
    child: &ChildId,
    visibility: Visibility,
    text: &str,
    by: &crate::audit::Who,
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query(
        "INSERT INTO talk_note (id, talk_id, child_id, visibility, text, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id())
    .bind(talk)
    .bind(child.as_str())
    .bind(visibility.as_str())
    .bind(text)
    .bind(by.actor_id.as_deref())
    .bind(now())
    .execute(&mut *tx)
    .await?;
    let entry = by
        .did(crate::audit::Kind::NoteCreated)
        .child(child)
        .detail(format!("visibility={}", visibility.as_str()));
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// All notes about a child, newest first — for staff pages only. That `who` read
/// confidential notes goes to the audit log.
pub async fn for_staff(store: &Store, child: &ChildId, who: &crate::audit::Who) -> crate::Result<Vec<Note>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE n.child_id = $1 ORDER BY n.created_at DESC, n.id"
    ));
    let notes = sqlx::query(sql)
        .bind(child.as_str())
        .fetch_all(&store.pool)
        .await?
        .iter()
        .map(note)
        .collect::<crate::Result<Vec<Note>>>()?;
    let confidential = notes.iter().filter(|n| n.visibility == Visibility::Staff).count();
    if confidential > 0 {
        let entry = who
            .did(crate::audit::Kind::NotesRead)
            .child(child)
            .detail(format!("confidential={confidential}"));
        crate::audit::record(store, &entry).await?;
    }
    Ok(notes)
}

/// The notes a child's family may see: never a confidential one.
pub async fn for_family(store: &Store, child: &ChildId) -> crate::Result<Vec<Note>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE n.child_id = $1 AND n.visibility = 'family' ORDER BY n.created_at DESC, n.id"
    ));
    sqlx::query(sql)
        .bind(child.as_str())
        .fetch_all(&store.pool)
        .await?
        .iter()
        .map(note)
        .collect()
}
