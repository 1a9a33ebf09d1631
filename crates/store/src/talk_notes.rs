//! The teacher's notes in a child talk, each with its visibility. A confidential note
//! (`staff`) is only ever read by staff pages; `for_family` leaves it out in the query.

use crate::row::text;
use crate::{Store, new_id, now};
use samenspraak_core::ids::{ChildId, StaffId};
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

pub async fn add(
    store: &Store,
    talk: &str,
    child: &ChildId,
    visibility: Visibility,
    text: &str,
    author: &StaffId,
) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO talk_note (id, talk_id, child_id, visibility, text, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id())
    .bind(talk)
    .bind(child.as_str())
    .bind(visibility.as_str())
    .bind(text)
    .bind(author.as_str())
    .bind(now())
    .execute(&store.pool)
    .await?;
    Ok(())
}

/// All notes about a child, newest first — for staff pages only.
pub async fn for_staff(store: &Store, child: &ChildId) -> crate::Result<Vec<Note>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE n.child_id = $1 ORDER BY n.created_at DESC, n.id"
    ));
    sqlx::query(sql)
        .bind(child.as_str())
        .fetch_all(&store.pool)
        .await?
        .iter()
        .map(note)
        .collect()
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
