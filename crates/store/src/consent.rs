//! The consent register: per child and purpose (a video in the child talk, photos on the
//! learning wall, the portfolio shared with the family), who gave consent and on which day,
//! which member of staff wrote it down, and who withdrew it — a member of staff, or a parent
//! on the portal. A withdrawal keeps the record, ends the consent and deletes what depended
//! on it in the same transaction (the child's videos); the register says what went.

use crate::audit::{self, Kind, Who};
use crate::row::{date, opt_int, opt_text, text};
use crate::{Store, new_id, now};
use jiff::civil::Date;
use samenspraak_core::ids::{ChildId, SchoolId};

/// What consent is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// The child records a video in the child talk, shown at the conversation.
    Video,
    /// Photos of class activities on the learning wall that show the child.
    Photos,
    /// The child's portfolio shown to the family.
    Portfolio,
}

impl Purpose {
    pub const ALL: [Purpose; 3] = [Purpose::Video, Purpose::Photos, Purpose::Portfolio];

    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Video => "video",
            Purpose::Photos => "photos",
            Purpose::Portfolio => "portfolio",
        }
    }

    pub fn parse(s: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub id: String,
    pub purpose: Purpose,
    pub given_by: String,
    pub given_on: Date,
    /// The name of the member of staff who recorded it.
    pub recorded_by: String,
    pub withdrawn: bool,
    pub withdrawn_at: Option<i64>,
    /// Who withdrew it: a member of staff's name, or the parent's.
    pub withdrawn_by: Option<String>,
    /// The withdrawal was the parent's own, on the portal.
    pub withdrawn_by_parent: bool,
    /// What the withdrawal deleted, in counts (`videos=2`).
    pub removed: Option<String>,
}

const COLUMNS: &str = "SELECT m.id, m.purpose, m.given_by, m.given_on, s.name AS recorded_by, \
     COALESCE(w.name, g.name) AS withdrawn_by, m.withdrawn_by_guardian, m.withdrawn_at, m.removed \
     FROM media_consent m JOIN staff s ON s.id = m.recorded_by LEFT JOIN staff w ON w.id = m.withdrawn_by \
     LEFT JOIN guardian g ON g.id = m.withdrawn_by_guardian ";

fn consent(r: &sqlx::any::AnyRow) -> crate::Result<Consent> {
    let withdrawn_at = opt_int(r, "withdrawn_at")?;
    Ok(Consent {
        id: text(r, "id")?,
        purpose: Purpose::parse(&text(r, "purpose")?).unwrap_or(Purpose::Video),
        given_by: text(r, "given_by")?,
        given_on: date(r, "given_on")?,
        recorded_by: text(r, "recorded_by")?,
        withdrawn: withdrawn_at.is_some(),
        withdrawn_at,
        withdrawn_by: opt_text(r, "withdrawn_by")?,
        withdrawn_by_parent: opt_text(r, "withdrawn_by_guardian")?.is_some(),
        removed: opt_text(r, "removed")?,
    })
}

/// Every consent of the child, the newest first.
pub async fn history(store: &Store, child: &ChildId) -> crate::Result<Vec<Consent>> {
    let sql = format!("{COLUMNS}WHERE m.child_id = $1 ORDER BY m.recorded_at DESC, m.id");
    // Only the constant columns above are formatted in.
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(child.as_str())
        .fetch_all(&store.pool)
        .await?
        .iter()
        .map(consent)
        .collect()
}

/// The consent for `purpose` that holds now, if any.
pub async fn holds(store: &Store, child: &ChildId, purpose: Purpose) -> crate::Result<Option<Consent>> {
    Ok(history(store, child)
        .await?
        .into_iter()
        .find(|c| !c.withdrawn && c.purpose == purpose))
}

/// The consent for a video in the child talk that holds now, if any.
pub async fn current(store: &Store, child: &ChildId) -> crate::Result<Option<Consent>> {
    holds(store, child, Purpose::Video).await
}

/// Records consent; a consent for the same purpose that already holds is left as it is.
pub async fn give(
    store: &Store,
    school: &SchoolId,
    child: &ChildId,
    purpose: Purpose,
    given_by: &str,
    given_on: Date,
    recorded_by: &Who,
) -> crate::Result<()> {
    if holds(store, child, purpose).await?.is_some() {
        return Ok(());
    }
    let mut tx = store.pool.begin().await?;
    sqlx::query(
        "INSERT INTO media_consent (id, school_id, child_id, purpose, given_by, given_on, recorded_by, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(new_id())
    .bind(school.as_str())
    .bind(child.as_str())
    .bind(purpose.as_str())
    .bind(given_by)
    .bind(given_on.to_string())
    .bind(recorded_by.actor_id.as_deref())
    .bind(now())
    .execute(&mut *tx)
    .await?;
    let entry = recorded_by
        .did(Kind::ConsentGiven)
        .child(child)
        .detail(format!("purpose={}", purpose.as_str()));
    audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Ends the consent for `purpose` and deletes what depended on it, in one transaction;
/// returns the ids of the removed files, which the caller deletes. A withdrawal by a
/// guardian (`by` a guardian) is recorded as theirs.
pub async fn withdraw(store: &Store, child: &ChildId, purpose: Purpose, by: &Who) -> crate::Result<Vec<String>> {
    let mut tx = store.pool.begin().await?;
    let files = match purpose {
        Purpose::Video => {
            let ids = sqlx::query("SELECT id FROM child_video WHERE child_id = $1")
                .bind(child.as_str())
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| text(r, "id"))
                .collect::<crate::Result<Vec<_>>>()?;
            sqlx::query("DELETE FROM child_video WHERE child_id = $1")
                .bind(child.as_str())
                .execute(&mut *tx)
                .await?;
            ids
        }
        // Nothing is stored that only this consent allows: the wall's photos are the
        // class's (its page names the children without consent for photos), and nothing
        // shows the portfolio to the family yet; a page that does must ask `holds`.
        Purpose::Photos | Purpose::Portfolio => Vec::new(),
    };
    let removed = match purpose {
        Purpose::Video => format!("videos={}", files.len()),
        _ => "nothing=0".into(),
    };
    let (staff, guardian) = match by.actor_kind {
        "guardian" => (None, by.actor_id.as_deref()),
        _ => (by.actor_id.as_deref(), None),
    };
    let done = sqlx::query(
        "UPDATE media_consent SET withdrawn_by = $1, withdrawn_by_guardian = $2, withdrawn_at = $3, removed = $4 \
         WHERE child_id = $5 AND purpose = $6 AND withdrawn_at IS NULL",
    )
    .bind(staff)
    .bind(guardian)
    .bind(now())
    .bind(&removed)
    .bind(child.as_str())
    .bind(purpose.as_str())
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        // No consent held: nothing to withdraw, and nothing deleted.
        return Ok(Vec::new());
    }
    let entry = by.did(Kind::ConsentWithdrawn).child(child).detail(format!(
        "purpose={} {}",
        purpose.as_str(),
        removed.replace("videos=", "videos-removed=")
    ));
    audit::write(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(files)
}

/// One line of the school's register.
#[derive(Debug, Clone)]
pub struct Entry {
    pub child_id: ChildId,
    pub child_name: String,
    pub class_name: Option<String>,
    pub consent: Consent,
    pub recorded_at: i64,
}

/// Every consent of the school, given and withdrawn, the newest first.
pub async fn register(store: &Store, school: &SchoolId) -> crate::Result<Vec<Entry>> {
    let sql = "SELECT m.id, m.purpose, m.given_by, m.given_on, s.name AS recorded_by, \
         COALESCE(w.name, g.name) AS withdrawn_by, m.withdrawn_by_guardian, m.withdrawn_at, m.removed, \
         m.child_id, m.recorded_at, c.first_name, c.last_name, k.name AS class_name \
         FROM media_consent m JOIN staff s ON s.id = m.recorded_by LEFT JOIN staff w ON w.id = m.withdrawn_by \
         LEFT JOIN guardian g ON g.id = m.withdrawn_by_guardian JOIN child c ON c.id = m.child_id \
         LEFT JOIN school_class k ON k.id = c.class_id \
         WHERE m.school_id = $1 ORDER BY k.name, c.first_name, c.last_name, m.recorded_at DESC";
    sqlx::query(sql)
        .bind(school.as_str())
        .fetch_all(&store.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(Entry {
                child_id: ChildId(text(r, "child_id")?),
                child_name: format!("{} {}", text(r, "first_name")?, text(r, "last_name")?),
                class_name: opt_text(r, "class_name")?,
                consent: consent(r)?,
                recorded_at: crate::row::int(r, "recorded_at")?,
            })
        })
        .collect()
}
