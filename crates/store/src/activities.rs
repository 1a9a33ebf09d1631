//! Class activities for the interest–talent grid, and each child's two answers per activity
//! in a round: a later round's answers never change an earlier round's grid.

use crate::class_items;
use crate::row::{bool_int, date, flag, text};
use crate::{Store, now};
use jiff::civil::Date;
use samenspraak_core::ids::{ChildId, ClassId, RoundId, SchoolId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub id: String,
    pub title: String,
    /// The domain's key: a built-in one (`stem`, …) or one of the school's own.
    pub domain: String,
    pub done_on: Date,
}

/// The activities of a class, most recent first.
pub async fn of_class(store: &Store, class: &ClassId) -> crate::Result<Vec<Activity>> {
    let rows = sqlx::query(
        "SELECT id, title, domain, done_on FROM class_activity WHERE class_id = $1 ORDER BY done_on DESC, title",
    )
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Activity {
                id: text(r, "id")?,
                title: text(r, "title")?,
                domain: text(r, "domain")?,
                done_on: date(r, "done_on")?,
            })
        })
        .collect()
}

/// Adds an activity the class did on `done_on`.
pub async fn add(
    store: &Store,
    school: &SchoolId,
    class: &ClassId,
    title: &str,
    domain: &str,
    done_on: Date,
) -> crate::Result<()> {
    class_items::add(store, &class_items::ACTIVITIES, school, class, (title, domain, done_on)).await
}

/// Removes an activity and the children's answers about it, together.
pub async fn remove(store: &Store, class: &ClassId, id: &str) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    class_items::remove(&mut tx, &class_items::ACTIVITIES, class, id).await?;
    tx.commit().await?;
    Ok(())
}

/// The activities a round's grid shows: those done up to the end of its child-talk window,
/// newest first. What the class does later belongs to a later round.
pub async fn of_round(store: &Store, class: &ClassId, until: Date) -> crate::Result<Vec<Activity>> {
    Ok(of_class(store, class)
        .await?
        .into_iter()
        .filter(|a| a.done_on <= until)
        .collect())
}

/// A child's answers in a round: (activity, liked, good).
pub async fn ratings(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Vec<(String, bool, bool)>> {
    let rows = sqlx::query("SELECT activity_id, liked, good FROM grid_rating WHERE round_id = $1 AND child_id = $2")
        .bind(round.as_str())
        .bind(child.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .map(|r| Ok((text(r, "activity_id")?, flag(r, "liked")?, flag(r, "good")?)))
        .collect()
}

/// Saves a child's answers in a round for activities of their class; a second answer in the
/// same round replaces the first, other rounds keep theirs.
pub async fn rate(
    store: &Store,
    round: &RoundId,
    class: &ClassId,
    child: &ChildId,
    answers: &[(String, bool, bool)],
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    for (activity, liked, good) in answers {
        sqlx::query(
            "INSERT INTO grid_rating (round_id, activity_id, child_id, liked, good, updated_at) \
             SELECT $7, a.id, $2, $3, $4, $5 FROM class_activity a WHERE a.id = $1 AND a.class_id = $6 \
             ON CONFLICT (round_id, activity_id, child_id) DO UPDATE SET liked = $3, good = $4, updated_at = $5",
        )
        .bind(activity)
        .bind(child.as_str())
        .bind(bool_int(*liked))
        .bind(bool_int(*good))
        .bind(now())
        .bind(class.as_str())
        .bind(round.as_str())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
