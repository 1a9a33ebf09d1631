//! Rounds (gespreksrondes) with their phase dates and the classes they cover.

use crate::cache::Change;
use crate::row::{date, int, opt_date, opt_text, text};
use crate::{Store, StoreError, new_id, now};
use samenspraak_core::booking::BookingMode;
use samenspraak_core::ids::{ClassId, RoundId, SchoolId, StaffId};
use samenspraak_core::round::RoundPlan;
use samenspraak_core::time::{local_to_utc, utc_to_local};
use sqlx::any::AnyRow;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: RoundId,
    pub school_id: SchoolId,
    pub plan: RoundPlan,
    pub classes: Vec<ClassId>,
    pub created_by: Option<StaffId>,
    pub booking_mode: BookingMode,
    /// How much earlier families with several children in the round may book, in minutes.
    pub head_start_minutes: i64,
    /// Whether a family may book siblings' conversations at the same time (two parents
    /// attending); otherwise the picker refuses a time that clashes with a sibling's.
    pub siblings_parallel: bool,
}

const COLUMNS: &str = "SELECT id, school_id, name, child_talk_from, child_talk_until, parent_prep_until, \
     booking_opens_at, booking_closes_at, conference_from, conference_until, follow_up_on, created_by, booking_mode, head_start_minutes, siblings_parallel FROM round ";

fn round(row: &AnyRow, classes: Vec<ClassId>) -> crate::Result<Round> {
    Ok(Round {
        id: RoundId(text(row, "id")?),
        school_id: SchoolId(text(row, "school_id")?),
        plan: RoundPlan {
            name: text(row, "name")?,
            child_talk_from: date(row, "child_talk_from")?,
            child_talk_until: date(row, "child_talk_until")?,
            parent_prep_until: opt_date(row, "parent_prep_until")?,
            booking_opens: utc_to_local(int(row, "booking_opens_at")?),
            booking_closes: utc_to_local(int(row, "booking_closes_at")?),
            conference_from: date(row, "conference_from")?,
            conference_until: date(row, "conference_until")?,
            follow_up_on: opt_date(row, "follow_up_on")?,
        },
        classes,
        created_by: opt_text(row, "created_by")?.map(StaffId),
        booking_mode: BookingMode::parse(&text(row, "booking_mode")?).unwrap_or_default(),
        head_start_minutes: int(row, "head_start_minutes")?,
        siblings_parallel: int(row, "siblings_parallel")? != 0,
    })
}

/// Binds the plan's nine columns, in the order `name` … `follow_up_on` of the queries here.
fn bind_plan<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    plan: &RoundPlan,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    query
        .bind(plan.name.clone())
        .bind(plan.child_talk_from.to_string())
        .bind(plan.child_talk_until.to_string())
        .bind(plan.parent_prep_until.map(|d| d.to_string()))
        .bind(local_to_utc(plan.booking_opens))
        .bind(local_to_utc(plan.booking_closes))
        .bind(plan.conference_from.to_string())
        .bind(plan.conference_until.to_string())
        .bind(plan.follow_up_on.map(|d| d.to_string()))
}

async fn classes_of(store: &Store, id: &str) -> crate::Result<Vec<ClassId>> {
    let rows = sqlx::query(
        "SELECT rc.class_id FROM round_class rc JOIN school_class c ON c.id = rc.class_id \
         WHERE rc.round_id = $1 ORDER BY c.name",
    )
    .bind(id)
    .fetch_all(&store.pool)
    .await?;
    rows.iter().map(|r| text(r, "class_id").map(ClassId)).collect()
}

/// Creates a round for classes of the same school, all or nothing.
pub async fn create(
    store: &Store,
    school: &SchoolId,
    plan: &RoundPlan,
    classes: &[ClassId],
    created_by: &StaffId,
) -> crate::Result<Round> {
    let id = new_id();
    let mut tx = store.pool.begin().await?;
    let insert = sqlx::query(
        "INSERT INTO round (id, school_id, name, child_talk_from, child_talk_until, parent_prep_until, \
         booking_opens_at, booking_closes_at, conference_from, conference_until, follow_up_on, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(id.clone())
    .bind(school.as_str().to_string());
    bind_plan(insert, plan)
        .bind(created_by.as_str().to_string())
        .bind(now())
        .execute(&mut *tx)
        .await?;
    link_classes(&mut tx, &id, school, classes).await?;
    tx.commit().await?;
    get(store, school, &RoundId(id)).await
}

async fn link_classes(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: &str,
    school: &SchoolId,
    classes: &[ClassId],
) -> crate::Result<()> {
    sqlx::query("DELETE FROM round_class WHERE round_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    for class in classes {
        let done = sqlx::query(
            "INSERT INTO round_class (round_id, class_id) SELECT $1, id FROM school_class WHERE id = $2 AND school_id = $3",
        )
        .bind(id)
        .bind(class.as_str())
        .bind(school.as_str())
        .execute(&mut **tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
    }
    Ok(())
}

pub async fn update(
    store: &Store,
    school: &SchoolId,
    id: &RoundId,
    plan: &RoundPlan,
    classes: &[ClassId],
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    let change = sqlx::query(
        "UPDATE round SET name = $1, child_talk_from = $2, child_talk_until = $3, parent_prep_until = $4, \
         booking_opens_at = $5, booking_closes_at = $6, conference_from = $7, conference_until = $8, follow_up_on = $9 \
         WHERE id = $10 AND school_id = $11",
    );
    let done = bind_plan(change, plan)
        .bind(id.as_str().to_string())
        .bind(school.as_str().to_string())
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    link_classes(&mut tx, id.as_str(), school, classes).await?;
    tx.commit().await?;
    store.changed(Change::Round(id));
    Ok(())
}

pub async fn get(store: &Store, school: &SchoolId, id: &RoundId) -> crate::Result<Round> {
    let sql = sqlx::AssertSqlSafe(format!("{COLUMNS} WHERE id = $1 AND school_id = $2"));
    let row = sqlx::query(sql)
        .bind(id.as_str())
        .bind(school.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    let classes = classes_of(store, id.as_str()).await?;
    round(&row, classes)
}

/// The rounds of a school, the most recent conversations first.
pub async fn list(store: &Store, school: &SchoolId) -> crate::Result<Vec<Round>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{COLUMNS} WHERE school_id = $1 ORDER BY conference_from DESC, name"
    ));
    let rows = sqlx::query(sql).bind(school.as_str()).fetch_all(&store.pool).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let classes = classes_of(store, &text(row, "id")?).await?;
        out.push(round(row, classes)?);
    }
    Ok(out)
}

/// Opens booking at `at` (Unix seconds): the moment every family can book at once.
pub async fn open_booking_at(store: &Store, round: &RoundId, at: i64) -> crate::Result<()> {
    let done = sqlx::query("UPDATE round SET booking_opens_at = $1 WHERE id = $2")
        .bind(at)
        .bind(round.as_str())
        .execute(&store.pool)
        .await?;
    store.changed(Change::Round(round));
    crate::row::touched(&done)
}

/// How the families of the round get a time, and how much earlier (minutes) families with
/// several children may start.
pub async fn set_booking_mode(
    store: &Store,
    school: &SchoolId,
    round: &RoundId,
    mode: BookingMode,
    head_start_minutes: i64,
    siblings_parallel: bool,
) -> crate::Result<()> {
    let done = sqlx::query(
        "UPDATE round SET booking_mode = $1, head_start_minutes = $4, siblings_parallel = $5 WHERE id = $2 AND school_id = $3",
    )
    .bind(mode.as_str())
    .bind(round.as_str())
    .bind(school.as_str())
    .bind(head_start_minutes)
    .bind(crate::row::bool_int(siblings_parallel))
    .execute(&store.pool)
    .await?;
    store.changed(Change::Round(round));
    crate::row::touched(&done)
}

/// The round, as recent as the booking desk (`cache::desk`): for the family's pages, which
/// read it on every request. Another school's round is not found.
pub async fn recent(store: &Store, school: &SchoolId, id: &RoundId) -> crate::Result<std::sync::Arc<Round>> {
    crate::cache::desk::round(store, school, id).await
}
