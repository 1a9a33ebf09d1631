//! Children (leerlingen) and the class they are in.

use crate::cache::Change;
use crate::row::{bool_int, flag, opt_date, opt_text, text};
use crate::{Store, StoreError, new_id, now};
use jiff::civil::Date;
use samenspraak_core::ids::{ChildId, ClassId, SchoolId};
use samenspraak_core::import::child_match_key;
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Child {
    pub id: ChildId,
    pub school_id: SchoolId,
    pub class_id: Option<ClassId>,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<Date>,
    pub active: bool,
}

impl Child {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }
}

pub struct ChildFields<'a> {
    pub class: Option<&'a ClassId>,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub birth_date: Option<Date>,
}

macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT id, school_id, class_id, first_name, last_name, birth_date, active FROM child ",
            $rest
        )
    };
}

/// The unique key of a child within its class: the class and the person's key (names and
/// birth date). Unique per school, so one child per person key in a class.
pub(crate) fn class_key(class: Option<&str>, person_key: &str) -> String {
    format!("{}/{person_key}", class.unwrap_or(""))
}

pub(crate) fn child(row: &AnyRow) -> crate::Result<Child> {
    Ok(Child {
        id: ChildId(text(row, "id")?),
        school_id: SchoolId(text(row, "school_id")?),
        class_id: opt_text(row, "class_id")?.map(ClassId),
        first_name: text(row, "first_name")?,
        last_name: text(row, "last_name")?,
        birth_date: opt_date(row, "birth_date")?,
        active: flag(row, "active")?,
    })
}

pub async fn create(store: &Store, school: &SchoolId, f: ChildFields<'_>) -> crate::Result<Child> {
    let id = new_id();
    let person = child_match_key(f.first_name, f.last_name, f.birth_date);
    sqlx::query(
        "INSERT INTO child (id, school_id, class_id, first_name, last_name, birth_date, match_key, person_key, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9)",
    )
    .bind(&id)
    .bind(school.as_str())
    .bind(f.class.map(ClassId::as_str))
    .bind(f.first_name)
    .bind(f.last_name)
    .bind(f.birth_date.map(|d| d.to_string()))
    .bind(class_key(f.class.map(ClassId::as_str), &person))
    .bind(&person)
    .bind(now())
    .execute(&store.pool)
    .await
    .map_err(StoreError::unique("child"))?;
    get(store, school, &ChildId(id)).await
}

pub async fn get(store: &Store, school: &SchoolId, id: &ChildId) -> crate::Result<Child> {
    let row = sqlx::query(select!("WHERE id = $1 AND school_id = $2"))
        .bind(id.as_str())
        .bind(school.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    child(&row)
}

/// The children of a class, active ones first, by first name as a class list is read out.
pub async fn in_class(store: &Store, class: &ClassId) -> crate::Result<Vec<Child>> {
    sqlx::query(select!(
        "WHERE class_id = $1 ORDER BY active DESC, first_name, last_name"
    ))
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(child)
    .collect()
}

pub async fn update(
    store: &Store,
    school: &SchoolId,
    id: &ChildId,
    f: ChildFields<'_>,
    active: bool,
) -> crate::Result<()> {
    let person = child_match_key(f.first_name, f.last_name, f.birth_date);
    let done = sqlx::query(
        "UPDATE child SET class_id = $1, first_name = $2, last_name = $3, birth_date = $4, match_key = $5, \
         person_key = $9, active = $6, left_at = CASE WHEN $6 = 1 THEN NULL ELSE COALESCE(left_at, $10) END \
         WHERE id = $7 AND school_id = $8",
    )
    .bind(f.class.map(ClassId::as_str))
    .bind(f.first_name)
    .bind(f.last_name)
    .bind(f.birth_date.map(|d| d.to_string()))
    .bind(class_key(f.class.map(ClassId::as_str), &person))
    .bind(bool_int(active))
    .bind(id.as_str())
    .bind(school.as_str())
    .bind(&person)
    // When a child left, for the period after which the school erases them.
    .bind(now())
    .execute(&store.pool)
    .await
    .map_err(StoreError::unique("child"))?;
    // Guardians signed in see their children's names and classes; the desk their class.
    store.changed(Change::People);
    crate::row::touched(&done)
}
