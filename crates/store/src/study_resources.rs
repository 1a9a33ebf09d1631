//! A school's study-choice resources: a title and a link each, in the order they were added.

use crate::row::text;
use crate::{Store, new_id, now};
use samenspraak_core::ids::SchoolId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub id: String,
    pub title: String,
    pub url: String,
}

pub async fn list(store: &Store, school: &SchoolId) -> crate::Result<Vec<Resource>> {
    let rows = sqlx::query("SELECT id, title, url FROM study_resource WHERE school_id = $1 ORDER BY created_at, id")
        .bind(school.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Resource {
                id: text(r, "id")?,
                title: text(r, "title")?,
                url: text(r, "url")?,
            })
        })
        .collect()
}

pub async fn add(store: &Store, school: &SchoolId, title: &str, url: &str) -> crate::Result<()> {
    sqlx::query("INSERT INTO study_resource (id, school_id, title, url, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(new_id())
        .bind(school.as_str())
        .bind(title)
        .bind(url)
        .bind(now())
        .execute(&store.pool)
        .await?;
    Ok(())
}

pub async fn remove(store: &Store, school: &SchoolId, id: &str) -> crate::Result<()> {
    let done = sqlx::query("DELETE FROM study_resource WHERE id = $1 AND school_id = $2")
        .bind(id)
        .bind(school.as_str())
        .execute(&store.pool)
        .await?;
    crate::row::touched(&done)
}
