//! The instruments a school or a class adjusted (see `core::instrument_template`): stored
//! per owner (a school's or a class's id) and instrument, as the core's encoding. Read
//! through the instance's memory (`cache::templates`): a child talk's page reads them for
//! every instrument it shows.

use crate::cache::Change;
use crate::row::text;
use crate::{Store, now};
use samenspraak_core::ids::{ClassId, SchoolId};
use samenspraak_core::instrument_template::{GridStyle, Kind, Template};

const GRID: &str = "grid";

async fn get(store: &Store, owner: &str, instrument: &str) -> crate::Result<Option<String>> {
    let key = (owner.to_string(), instrument.to_string());
    let items = store
        .templates()
        .get(key, async || {
            let row = sqlx::query("SELECT items FROM instrument_template WHERE owner_id = $1 AND instrument = $2")
                .bind(owner)
                .bind(instrument)
                .fetch_optional(&store.pool)
                .await?;
            row.map(|r| text(&r, "items")).transpose()
        })
        .await?;
    Ok(items.as_ref().clone())
}

async fn set(store: &Store, owner: &str, instrument: &str, items: &str) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO instrument_template (owner_id, instrument, items, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (owner_id, instrument) DO UPDATE SET items = excluded.items, updated_at = excluded.updated_at",
    )
    .bind(owner)
    .bind(instrument)
    .bind(items)
    .bind(now())
    .execute(&store.pool)
    .await?;
    store.changed(Change::Templates);
    Ok(())
}

async fn clear(store: &Store, owner: &str, instrument: &str) -> crate::Result<()> {
    sqlx::query("DELETE FROM instrument_template WHERE owner_id = $1 AND instrument = $2")
        .bind(owner)
        .bind(instrument)
        .execute(&store.pool)
        .await?;
    store.changed(Change::Templates);
    Ok(())
}

/// The school's own template, if it made one.
pub async fn of_school(store: &Store, school: &SchoolId, kind: Kind) -> crate::Result<Option<Template>> {
    Ok(get(store, school.as_str(), kind.as_str())
        .await?
        .map(|s| Template::decode(kind, &s)))
}

/// The class's own choice, if the teacher made one.
pub async fn of_class(store: &Store, class: &ClassId, kind: Kind) -> crate::Result<Option<Template>> {
    Ok(get(store, class.as_str(), kind.as_str())
        .await?
        .map(|s| Template::decode(kind, &s)))
}

/// What the class's children fill in: the class's choice, else the school's, else the
/// defaults.
pub async fn effective(store: &Store, school: &SchoolId, class: &ClassId, kind: Kind) -> crate::Result<Template> {
    if let Some(t) = of_class(store, class, kind).await? {
        return Ok(t);
    }
    Ok(of_school(store, school, kind)
        .await?
        .unwrap_or_else(|| Template::default_for(kind)))
}

/// The school's study domains for the interest grid, or the built-in ones.
pub async fn domains(store: &Store, school: &SchoolId) -> crate::Result<Template> {
    Ok(of_school(store, school, Kind::Domains)
        .await?
        .unwrap_or_else(|| Template::default_for(Kind::Domains)))
}

pub async fn set_for_school(store: &Store, school: &SchoolId, t: &Template) -> crate::Result<()> {
    set(store, school.as_str(), t.kind.as_str(), &t.encode()).await
}

pub async fn set_for_class(store: &Store, class: &ClassId, t: &Template) -> crate::Result<()> {
    set(store, class.as_str(), t.kind.as_str(), &t.encode()).await
}

/// The class follows its school again.
pub async fn clear_for_class(store: &Store, class: &ClassId, kind: Kind) -> crate::Result<()> {
    clear(store, class.as_str(), kind.as_str()).await
}

pub async fn grid_style(store: &Store, school: &SchoolId) -> crate::Result<GridStyle> {
    Ok(get(store, school.as_str(), GRID)
        .await?
        .map(|s| GridStyle::decode(&s))
        .unwrap_or_default())
}

pub async fn set_grid_style(store: &Store, school: &SchoolId, style: &GridStyle) -> crate::Result<()> {
    set(store, school.as_str(), GRID, &style.encode()).await
}
