//! A school's calendar: the holidays and days without school that the child-talk planner,
//! the conversation days and the deadlines keep clear of. The Flemish holidays of a school
//! year (`core::calendar::flemish_days_off`) are written the first time that year is read;
//! from then on they are the school's rows, which the school admin may correct or delete,
//! next to its own free days and pedagogical study days.

use crate::audit::{self, Kind, Who};
use crate::row::{date, int, text};
use crate::{Store, new_id};
use jiff::civil::Date;
use samenspraak_core::calendar::{DayOff, DayOffKind, flemish_days_off, school_year_of};
use samenspraak_core::ids::SchoolId;

/// One stretch of days off as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub from: Date,
    pub until: Date,
    pub kind: DayOffKind,
    /// The school's own words for it; empty for the built-in holidays, which are named by
    /// their kind in the reader's language.
    pub name: String,
    /// Written from the decree's rules rather than by the school.
    pub built_in: bool,
}

impl Entry {
    pub fn day_off(&self) -> DayOff {
        DayOff {
            from: self.from,
            until: self.until,
            kind: self.kind,
        }
    }
}

/// Writes the Flemish holidays of the school year starting in `first_year`, once per school.
pub async fn ensure_year(store: &Store, school: &SchoolId, first_year: i16) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    let claimed = sqlx::query(
        "INSERT INTO calendar_year (school_id, first_year) VALUES ($1, $2) ON CONFLICT (school_id, first_year) DO NOTHING",
    )
    .bind(school.as_str())
    .bind(i64::from(first_year))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if claimed == 1 {
        for d in flemish_days_off(first_year) {
            sqlx::query(
                "INSERT INTO day_off (id, school_id, starts_on, ends_on, kind, name, built_in) \
                 VALUES ($1, $2, $3, $4, $5, '', 1)",
            )
            .bind(new_id())
            .bind(school.as_str())
            .bind(d.from.to_string())
            .bind(d.until.to_string())
            .bind(d.kind.as_str())
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

fn entry(r: &sqlx::any::AnyRow) -> crate::Result<Entry> {
    Ok(Entry {
        id: text(r, "id")?,
        from: date(r, "starts_on")?,
        until: date(r, "ends_on")?,
        kind: DayOffKind::parse(&text(r, "kind")?).unwrap_or(DayOffKind::Other),
        name: text(r, "name")?,
        built_in: int(r, "built_in")? != 0,
    })
}

/// The days off that touch `from..=until`, in date order.
pub async fn between(store: &Store, school: &SchoolId, from: Date, until: Date) -> crate::Result<Vec<Entry>> {
    for year in school_year_of(from)..=school_year_of(until).max(school_year_of(from)) {
        ensure_year(store, school, year).await?;
    }
    sqlx::query(
        "SELECT * FROM day_off WHERE school_id = $1 AND starts_on <= $2 AND ends_on >= $3 ORDER BY starts_on, id",
    )
    .bind(school.as_str())
    .bind(until.to_string())
    .bind(from.to_string())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(entry)
    .collect()
}

/// The days off of the school year starting in `first_year` (1 September – 31 August).
pub async fn of_school_year(store: &Store, school: &SchoolId, first_year: i16) -> crate::Result<Vec<Entry>> {
    let from = jiff::civil::date(first_year, 9, 1);
    let until = jiff::civil::date(first_year + 1, 8, 31);
    between(store, school, from, until).await
}

/// The day off `day` falls in, if any.
pub async fn on(store: &Store, school: &SchoolId, day: Date) -> crate::Result<Option<Entry>> {
    Ok(between(store, school, day, day).await?.into_iter().next())
}

/// What is already planned on `from..=until` at the school: conversation times, how many of
/// them are booked, and child talks still to hold. A day off added over them is said to
/// clash, so the admin can move them.
pub async fn planned_on(store: &Store, school: &SchoolId, from: Date, until: Date) -> crate::Result<(i64, i64, i64)> {
    let row = sqlx::query(
        "SELECT \
         (SELECT COUNT(*) FROM conference_slot s WHERE s.school_id = $1 AND s.day >= $2 AND s.day <= $3) AS slots, \
         (SELECT COUNT(*) FROM booking b JOIN conference_slot s ON s.id = b.slot_id \
          WHERE s.school_id = $1 AND s.day >= $2 AND s.day <= $3) AS booked, \
         (SELECT COUNT(*) FROM child_talk k JOIN round r ON r.id = k.round_id \
          WHERE r.school_id = $1 AND k.day >= $2 AND k.day <= $3 AND k.status <> 'done') AS talks",
    )
    .bind(school.as_str())
    .bind(from.to_string())
    .bind(until.to_string())
    .fetch_one(&store.pool)
    .await?;
    Ok((int(&row, "slots")?, int(&row, "booked")?, int(&row, "talks")?))
}

/// Adds days off of the school's own; the same days with the same words twice (a form sent
/// again) are one entry.
pub async fn add(
    store: &Store,
    school: &SchoolId,
    from: Date,
    until: Date,
    kind: DayOffKind,
    name: &str,
    by: &Who,
) -> crate::Result<String> {
    ensure_year(store, school, school_year_of(from)).await?;
    let same = sqlx::query(
        "SELECT id FROM day_off WHERE school_id = $1 AND starts_on = $2 AND ends_on = $3 AND kind = $4 AND name = $5",
    )
    .bind(school.as_str())
    .bind(from.to_string())
    .bind(until.to_string())
    .bind(kind.as_str())
    .bind(name)
    .fetch_optional(&store.pool)
    .await?;
    if let Some(row) = same {
        return text(&row, "id");
    }
    let id = new_id();
    let mut tx = store.pool.begin().await?;
    sqlx::query(
        "INSERT INTO day_off (id, school_id, starts_on, ends_on, kind, name, built_in) VALUES ($1, $2, $3, $4, $5, $6, 0)",
    )
    .bind(&id)
    .bind(school.as_str())
    .bind(from.to_string())
    .bind(until.to_string())
    .bind(kind.as_str())
    .bind(name)
    .execute(&mut *tx)
    .await?;
    audit::write(&mut tx, &by.did(Kind::SettingsChanged).detail("setting=calendar")).await?;
    tx.commit().await?;
    Ok(id)
}

/// Deletes days off (a built-in holiday too: the school knows better). False when the row
/// is not the school's.
pub async fn remove(store: &Store, school: &SchoolId, id: &str, by: &Who) -> crate::Result<bool> {
    let mut tx = store.pool.begin().await?;
    let gone = sqlx::query("DELETE FROM day_off WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(school.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if gone == 1 {
        audit::write(&mut tx, &by.did(Kind::SettingsChanged).detail("setting=calendar")).await?;
    }
    tx.commit().await?;
    Ok(gone == 1)
}
