//! The learning wall (sokkenmuur) of a class, and what a child picks from it in a talk: the
//! items they are proud of and the ones that were hard. A second choice replaces the first.

use crate::class_items;
use crate::row::{date, opt_text, text};
use crate::{Store, StoreError};
use jiff::civil::Date;
use samenspraak_core::ids::{ChildId, ClassId, RoundId, SchoolId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearningItem {
    pub id: String,
    pub title: String,
    /// The subject or broader area: "Wiskunde", "Samen spelen", …
    pub area: String,
    pub learned_on: Date,
    /// The photo's file id and content type, when it has one.
    pub photo: Option<(String, String)>,
}

/// What a child said about an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Proud,
    Hard,
}

impl Pick {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Proud => "proud",
            Self::Hard => "hard",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Proud, Self::Hard].into_iter().find(|p| p.as_str() == s)
    }
}

/// The items of a class, the most recent first.
/// How far back the look back goes by default: the last six weeks, as the tip sheet asks
/// ("de voorbije weken"); everything older is there on request.
pub const RECENT_DAYS: i64 = 42;

/// The items learned in the `RECENT_DAYS` up to `day`.
pub fn recent(items: Vec<LearningItem>, day: Date) -> Vec<LearningItem> {
    let from = day.checked_sub(jiff::Span::new().days(RECENT_DAYS)).unwrap_or(day);
    items.into_iter().filter(|i| i.learned_on >= from).collect()
}

pub async fn items(store: &Store, class: &ClassId) -> crate::Result<Vec<LearningItem>> {
    let rows = sqlx::query(
        "SELECT id, title, area, learned_on, photo_id, photo_type FROM learning_item WHERE class_id = $1 \
         ORDER BY learned_on DESC, title",
    )
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(LearningItem {
                id: text(r, "id")?,
                title: text(r, "title")?,
                area: text(r, "area")?,
                learned_on: date(r, "learned_on")?,
                photo: match (opt_text(r, "photo_id")?, opt_text(r, "photo_type")?) {
                    (Some(id), Some(kind)) => Some((id, kind)),
                    _ => None,
                },
            })
        })
        .collect()
}

/// Adds an item the class learned on `learned_on`.
pub async fn add(
    store: &Store,
    school: &SchoolId,
    class: &ClassId,
    title: &str,
    area: &str,
    learned_on: Date,
) -> crate::Result<()> {
    class_items::add(
        store,
        &class_items::LEARNING_WALL,
        school,
        class,
        (title, area, learned_on),
    )
    .await
}

/// Gives an item of the class a photo (or takes it away with `None`); returns the id of the
/// photo it replaces, whose file the caller deletes.
pub async fn set_photo(
    store: &Store,
    class: &ClassId,
    id: &str,
    photo: Option<(&str, &str)>,
) -> crate::Result<Option<String>> {
    let old = sqlx::query("SELECT photo_id FROM learning_item WHERE id = $1 AND class_id = $2")
        .bind(id)
        .bind(class.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    let old = opt_text(&old, "photo_id")?;
    sqlx::query("UPDATE learning_item SET photo_id = $1, photo_type = $2 WHERE id = $3 AND class_id = $4")
        .bind(photo.map(|(p, _)| p.to_string()))
        .bind(photo.map(|(_, t)| t.to_string()))
        .bind(id)
        .bind(class.as_str())
        .execute(&store.pool)
        .await?;
    Ok(old)
}

/// Removes an item and the children's picks of it; returns its photo's id, if any, for the
/// caller to delete the file.
pub async fn remove(store: &Store, class: &ClassId, id: &str) -> crate::Result<Option<String>> {
    let mut tx = store.pool.begin().await?;
    let photo = sqlx::query("SELECT photo_id FROM learning_item WHERE id = $1 AND class_id = $2")
        .bind(id)
        .bind(class.as_str())
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| opt_text(&r, "photo_id"))
        .transpose()?
        .flatten();
    class_items::remove(&mut tx, &class_items::LEARNING_WALL, class, id).await?;
    tx.commit().await?;
    Ok(photo)
}

/// A child's picks in a round: (item, pick).
pub async fn picks(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Vec<(String, Pick)>> {
    let rows = sqlx::query("SELECT item_id, kind FROM learning_pick WHERE round_id = $1 AND child_id = $2")
        .bind(round.as_str())
        .bind(child.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .filter_map(|r| Some(Ok((text(r, "item_id").ok()?, Pick::parse(&text(r, "kind").ok()?)?))))
        .collect()
}

/// Replaces a child's picks in a round with `picks`, for items of their class only.
pub async fn set_picks(
    store: &Store,
    round: &RoundId,
    class: &ClassId,
    child: &ChildId,
    picks: &[(String, Pick)],
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query("DELETE FROM learning_pick WHERE round_id = $1 AND child_id = $2")
        .bind(round.as_str())
        .bind(child.as_str())
        .execute(&mut *tx)
        .await?;
    for (item, pick) in picks {
        sqlx::query(
            "INSERT INTO learning_pick (round_id, child_id, item_id, kind) \
             SELECT $1, $2, i.id, $4 FROM learning_item i WHERE i.id = $3 AND i.class_id = $5",
        )
        .bind(round.as_str())
        .bind(child.as_str())
        .bind(item)
        .bind(pick.as_str())
        .bind(class.as_str())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
