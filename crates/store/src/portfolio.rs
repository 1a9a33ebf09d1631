//! The child's portfolio: photos from the tablet, files and short texts the child adds.
//! Whatever a child adds waits for a teacher's approval before the family can see it; the
//! family's list asks for approved items only, in the query itself.

use crate::row::{opt_int, opt_text, text};
use crate::{Store, StoreError, now};
use samenspraak_core::ids::{ChildId, SchoolId, StaffId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Photo,
    File,
    Text,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Photo => "photo",
            Self::File => "file",
            Self::Text => "text",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Photo, Self::File, Self::Text]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub title: String,
    pub body: String,
    pub content_type: Option<String>,
    pub approved: bool,
    /// Added by the child on the tablet (not by a teacher): only such an item, and only
    /// before it is approved, may the child remove.
    pub by_child: bool,
    pub created_at: i64,
}

/// `added_by` of an item the child added; a teacher's item holds their staff id.
pub const ADDED_BY_CHILD: &str = "child";

pub struct NewItem<'a> {
    pub id: &'a str,
    pub school: &'a SchoolId,
    pub child: &'a ChildId,
    pub kind: ItemKind,
    pub title: &'a str,
    pub body: &'a str,
    pub content_type: Option<&'a str>,
    pub size_bytes: Option<i64>,
    /// "child", or the id of the member of staff who added it.
    pub added_by: &'a str,
}

pub async fn add(store: &Store, item: NewItem<'_>) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO portfolio_item (id, school_id, child_id, kind, title, body, content_type, size_bytes, added_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(item.id)
    .bind(item.school.as_str())
    .bind(item.child.as_str())
    .bind(item.kind.as_str())
    .bind(item.title)
    .bind(item.body)
    .bind(item.content_type)
    .bind(item.size_bytes)
    .bind(item.added_by)
    .bind(now())
    .execute(&store.pool)
    .await?;
    Ok(())
}

macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT id, kind, title, body, content_type, approved_at, added_by, created_at FROM portfolio_item ",
            $rest
        )
    };
}

fn item(r: &sqlx::any::AnyRow) -> crate::Result<Item> {
    Ok(Item {
        id: text(r, "id")?,
        kind: ItemKind::parse(&text(r, "kind")?).unwrap_or(ItemKind::Text),
        title: text(r, "title")?,
        body: text(r, "body")?,
        content_type: opt_text(r, "content_type")?,
        approved: opt_int(r, "approved_at")?.is_some(),
        by_child: text(r, "added_by")? == ADDED_BY_CHILD,
        created_at: crate::row::int(r, "created_at")?,
    })
}

/// Everything in the child's portfolio, for the child and staff; the newest first.
pub async fn of_child(store: &Store, child: &ChildId) -> crate::Result<Vec<Item>> {
    sqlx::query(select!("WHERE child_id = $1 ORDER BY created_at DESC, id"))
        .bind(child.as_str())
        .fetch_all(&store.pool)
        .await?
        .iter()
        .map(item)
        .collect()
}

/// What the child's family may see: approved items only.
pub async fn for_family(store: &Store, child: &ChildId) -> crate::Result<Vec<Item>> {
    sqlx::query(select!(
        "WHERE child_id = $1 AND approved_at IS NOT NULL ORDER BY created_at DESC, id"
    ))
    .bind(child.as_str())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(item)
    .collect()
}

pub async fn get(store: &Store, child: &ChildId, id: &str) -> crate::Result<Item> {
    let row = sqlx::query(select!("WHERE child_id = $1 AND id = $2"))
        .bind(child.as_str())
        .bind(id)
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    item(&row)
}

/// A teacher approves (or takes back the approval of) an item for the family.
pub async fn set_approved(store: &Store, child: &ChildId, id: &str, by: Option<&StaffId>) -> crate::Result<()> {
    let done =
        sqlx::query("UPDATE portfolio_item SET approved_by = $1, approved_at = $2 WHERE child_id = $3 AND id = $4")
            .bind(by.map(|s| s.as_str().to_string()))
            .bind(by.map(|_| now()))
            .bind(child.as_str())
            .bind(id)
            .execute(&store.pool)
            .await?;
    crate::row::touched(&done)
}

/// Removes an item; the caller deletes its file, if it had one.
pub async fn remove(store: &Store, child: &ChildId, id: &str) -> crate::Result<()> {
    let done = sqlx::query("DELETE FROM portfolio_item WHERE child_id = $1 AND id = $2")
        .bind(child.as_str())
        .bind(id)
        .execute(&store.pool)
        .await?;
    crate::row::touched(&done)
}
