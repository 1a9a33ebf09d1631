//! Schools (the tenants) and their school years.

use crate::cache::Change;
use crate::row::{date, text};
use crate::{Store, StoreError, new_id, now};
use jiff::civil::Date;
use samenspraak_core::ids::{SchoolId, SchoolYearId};
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct School {
    pub id: SchoolId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolYear {
    pub id: SchoolYearId,
    pub school_id: SchoolId,
    pub name: String,
    pub starts_on: Date,
    pub ends_on: Date,
}

fn school(row: AnyRow) -> crate::Result<School> {
    Ok(School {
        id: SchoolId(text(&row, "id")?),
        name: text(&row, "name")?,
    })
}

fn year(row: AnyRow) -> crate::Result<SchoolYear> {
    Ok(SchoolYear {
        id: SchoolYearId(text(&row, "id")?),
        school_id: SchoolId(text(&row, "school_id")?),
        name: text(&row, "name")?,
        starts_on: date(&row, "starts_on")?,
        ends_on: date(&row, "ends_on")?,
    })
}

pub async fn create(store: &Store, name: &str) -> crate::Result<School> {
    let id = new_id();
    sqlx::query("INSERT INTO school (id, name, created_at) VALUES ($1, $2, $3)")
        .bind(&id)
        .bind(name)
        .bind(now())
        .execute(&store.pool)
        .await?;
    Ok(School {
        id: SchoolId(id),
        name: name.to_string(),
    })
}

pub async fn get(store: &Store, id: &SchoolId) -> crate::Result<School> {
    let row = sqlx::query("SELECT id, name FROM school WHERE id = $1")
        .bind(id.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    school(row)
}

pub async fn rename(store: &Store, id: &SchoolId, name: &str, by: &crate::audit::Who) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    let done = sqlx::query("UPDATE school SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(id.as_str())
        .execute(&mut *tx)
        .await?;
    let entry = by.did(crate::audit::Kind::SettingsChanged).detail("setting=name");
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    // Signed-in guardians see the school's name on every page.
    store.changed(Change::People);
    crate::row::touched(&done)
}

pub async fn list(store: &Store) -> crate::Result<Vec<School>> {
    sqlx::query("SELECT id, name FROM school ORDER BY name")
        .fetch_all(&store.pool)
        .await?
        .into_iter()
        .map(school)
        .collect()
}

pub async fn create_year(
    store: &Store,
    school: &SchoolId,
    name: &str,
    starts_on: Date,
    ends_on: Date,
    by: &crate::audit::Who,
) -> crate::Result<SchoolYear> {
    let id = new_id();
    let mut tx = store.pool.begin().await?;
    sqlx::query("INSERT INTO school_year (id, school_id, name, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)")
        .bind(&id)
        .bind(school.as_str())
        .bind(name)
        .bind(starts_on.to_string())
        .bind(ends_on.to_string())
        .execute(&mut *tx)
        .await
        .map_err(StoreError::unique("school_year"))?;
    let entry = by.did(crate::audit::Kind::SettingsChanged).detail("setting=year");
    crate::audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(SchoolYear {
        id: SchoolYearId(id),
        school_id: school.clone(),
        name: name.into(),
        starts_on,
        ends_on,
    })
}

pub async fn years(store: &Store, school: &SchoolId) -> crate::Result<Vec<SchoolYear>> {
    sqlx::query("SELECT * FROM school_year WHERE school_id = $1 ORDER BY starts_on DESC")
        .bind(school.as_str())
        .fetch_all(&store.pool)
        .await?
        .into_iter()
        .map(year)
        .collect()
}

/// The year `today` falls in; otherwise the most recent one that has started; otherwise the
/// first one planned.
pub async fn current_year(store: &Store, school: &SchoolId, today: Date) -> crate::Result<Option<SchoolYear>> {
    let years = years(store, school).await?;
    let started = years.iter().find(|y| y.starts_on <= today).cloned();
    Ok(years
        .iter()
        .find(|y| y.starts_on <= today && today <= y.ends_on)
        .cloned()
        .or(started)
        .or_else(|| years.last().cloned()))
}

/// The school year a date falls in, named as Flemish schools do: 1 September – 30 June.
pub fn year_around(day: Date) -> (String, Date, Date) {
    let start_year = if day.month() >= 9 { day.year() } else { day.year() - 1 };
    let starts = Date::new(start_year, 9, 1).expect("valid date");
    let ends = Date::new(start_year + 1, 6, 30).expect("valid date");
    (format!("{}-{}", start_year, start_year + 1), starts, ends)
}
