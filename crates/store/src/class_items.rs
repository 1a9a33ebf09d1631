//! The dated items of a class, kept alike: the activities the interest–talent grid asks
//! about and the learning wall's items. Each has a title, a kind of its own (a study domain,
//! a learning area) and a day, belongs to one class, and what children said of it (their
//! grid answers, their picks) goes with it when it is removed.

use crate::{Store, StoreError, new_id, now};
use jiff::civil::Date;
use samenspraak_core::ids::{ClassId, SchoolId};
use sqlx::AssertSqlSafe;

/// Where one kind of item lives. Only the constants below exist: the names are ours, never
/// typed by anyone, so they may stand in the SQL.
pub(crate) struct Items {
    pub table: &'static str,
    /// The column of its kind (`domain`, `area`) and of its day.
    pub kind: &'static str,
    pub day: &'static str,
    /// What children said of an item, by the item's id in `answer_key`.
    pub answers: &'static str,
    pub answer_key: &'static str,
}

pub(crate) const ACTIVITIES: Items = Items {
    table: "class_activity",
    kind: "domain",
    day: "done_on",
    answers: "grid_rating",
    answer_key: "activity_id",
};

pub(crate) const LEARNING_WALL: Items = Items {
    table: "learning_item",
    kind: "area",
    day: "learned_on",
    answers: "learning_pick",
    answer_key: "item_id",
};

/// Adds an item to a class of the school; a class of another school is not found.
pub(crate) async fn add(
    store: &Store,
    items: &Items,
    school: &SchoolId,
    class: &ClassId,
    (title, kind, day): (&str, &str, Date),
) -> crate::Result<()> {
    let sql = format!(
        "INSERT INTO {} (id, school_id, class_id, title, {}, {}, created_at) \
         SELECT $1, $2, c.id, $4, $5, $6, $7 FROM school_class c WHERE c.id = $3 AND c.school_id = $2",
        items.table, items.kind, items.day
    );
    let done = sqlx::query(AssertSqlSafe(sql))
        .bind(new_id())
        .bind(school.as_str())
        .bind(class.as_str())
        .bind(title)
        .bind(kind)
        .bind(day.to_string())
        .bind(now())
        .execute(&store.pool)
        .await?;
    crate::row::touched(&done)
}

/// Removes an item of the class and what children said of it, in `tx`; not found when the
/// class has no such item.
pub(crate) async fn remove(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    items: &Items,
    class: &ClassId,
    id: &str,
) -> crate::Result<()> {
    let answers = format!(
        "DELETE FROM {} WHERE {} IN (SELECT id FROM {} WHERE id = $1 AND class_id = $2)",
        items.answers, items.answer_key, items.table
    );
    sqlx::query(AssertSqlSafe(answers))
        .bind(id)
        .bind(class.as_str())
        .execute(&mut **tx)
        .await?;
    let item = format!("DELETE FROM {} WHERE id = $1 AND class_id = $2", items.table);
    let done = sqlx::query(AssertSqlSafe(item))
        .bind(id)
        .bind(class.as_str())
        .execute(&mut **tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}
