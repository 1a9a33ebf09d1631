//! Child talks: the class's weekly moments, days without talks, absences, the round's talk
//! settings, and the talks themselves. `save_plan` writes a whole plan in one transaction.

use crate::cache::Change;
use crate::row::{date, flag, int, opt_text, text};
use crate::{Store, StoreError, new_id, now};
use jiff::civil::{Date, Time};
use samenspraak_core::child_talk::{MomentKind, TalkSettings, TalkStatus, weekday_from_number};
use samenspraak_core::ids::{ChildId, ClassId, RoundId, SchoolId};
use samenspraak_core::planner::{Moment, Talk};
use sqlx::any::AnyRow;
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassMoment {
    pub id: String,
    pub class_id: ClassId,
    pub kind: MomentKind,
    pub weekday: jiff::civil::Weekday,
    pub start: Time,
    pub end: Time,
    pub place: String,
}

impl ClassMoment {
    pub fn as_planner_moment(&self) -> Moment {
        Moment {
            id: self.id.clone(),
            weekday: self.weekday,
            start: self.start,
            end: self.end,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTalk {
    pub id: String,
    pub child_id: ChildId,
    pub moment_id: Option<String>,
    pub date: Date,
    pub start: Time,
    pub end: Time,
    pub status: TalkStatus,
    pub locked: bool,
}

fn hhmm(t: Time) -> String {
    t.strftime("%H:%M").to_string()
}

fn time(row: &AnyRow, col: &str) -> crate::Result<Time> {
    let t = text(row, col)?;
    t.parse()
        .map_err(|_| StoreError::Other(format!("bad time in {col}: {t}")))
}

fn moment(row: &AnyRow) -> crate::Result<ClassMoment> {
    Ok(ClassMoment {
        id: text(row, "id")?,
        class_id: ClassId(text(row, "class_id")?),
        kind: MomentKind::parse(&text(row, "kind")?).unwrap_or(MomentKind::Other),
        weekday: weekday_from_number(int(row, "weekday")?).unwrap_or(jiff::civil::Weekday::Monday),
        start: time(row, "starts_at")?,
        end: time(row, "ends_at")?,
        place: text(row, "place")?,
    })
}

pub struct NewMoment<'a> {
    pub kind: MomentKind,
    pub weekday: jiff::civil::Weekday,
    pub start: Time,
    pub end: Time,
    pub place: &'a str,
}

pub async fn add_moment(store: &Store, school: &SchoolId, class: &ClassId, m: NewMoment<'_>) -> crate::Result<String> {
    let id = new_id();
    let done = sqlx::query(
        "INSERT INTO class_moment (id, school_id, class_id, kind, weekday, starts_at, ends_at, place, created_at) \
         SELECT $1, $2, c.id, $4, $5, $6, $7, $8, $9 FROM school_class c WHERE c.id = $3 AND c.school_id = $2",
    )
    .bind(&id)
    .bind(school.as_str())
    .bind(class.as_str())
    .bind(m.kind.as_str())
    .bind(i64::from(m.weekday.to_monday_one_offset()))
    .bind(hhmm(m.start))
    .bind(hhmm(m.end))
    .bind(m.place)
    .bind(now())
    .execute(&store.pool)
    .await?;
    if done.rows_affected() == 0 {
        Err(StoreError::NotFound)
    } else {
        Ok(id)
    }
}

/// The moments of a class, by weekday and time.
pub async fn moments(store: &Store, class: &ClassId) -> crate::Result<Vec<ClassMoment>> {
    sqlx::query(
        "SELECT id, class_id, kind, weekday, starts_at, ends_at, place FROM class_moment WHERE class_id = $1 ORDER BY weekday, starts_at",
    )
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(moment)
    .collect()
}

/// Removes a moment; talks planned in it keep their day and time but lose the link.
pub async fn remove_moment(store: &Store, class: &ClassId, id: &str) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query("UPDATE child_talk SET moment_id = NULL WHERE moment_id = $1 AND moment_id IN (SELECT id FROM class_moment WHERE class_id = $2)")
        .bind(id)
        .bind(class.as_str())
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM moment_cancellation WHERE moment_id = $1 AND moment_id IN (SELECT id FROM class_moment WHERE class_id = $2)")
        .bind(id)
        .bind(class.as_str())
        .execute(&mut *tx)
        .await?;
    let done = sqlx::query("DELETE FROM class_moment WHERE id = $1 AND class_id = $2")
        .bind(id)
        .bind(class.as_str())
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Days without talks for a class (holidays, trips), with why.
pub async fn closed_days(store: &Store, class: &ClassId) -> crate::Result<Vec<(Date, String)>> {
    let rows = sqlx::query("SELECT day, reason FROM closed_day WHERE class_id = $1 ORDER BY day")
        .bind(class.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .map(|r| Ok((crate::row::date(r, "day")?, text(r, "reason")?)))
        .collect()
}

pub async fn set_closed_day(store: &Store, class: &ClassId, day: Date, reason: Option<&str>) -> crate::Result<()> {
    match reason {
        Some(reason) => {
            sqlx::query(
                "INSERT INTO closed_day (class_id, day, reason) VALUES ($1, $2, $3) ON CONFLICT (class_id, day) DO UPDATE SET reason = $3",
            )
            .bind(class.as_str())
            .bind(day.to_string())
            .bind(reason)
            .execute(&store.pool)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM closed_day WHERE class_id = $1 AND day = $2")
                .bind(class.as_str())
                .bind(day.to_string())
                .execute(&store.pool)
                .await?;
        }
    }
    Ok(())
}

/// Moments that do not happen on a day, for the moments of one class.
pub async fn cancellations(store: &Store, class: &ClassId) -> crate::Result<BTreeSet<(String, Date)>> {
    let rows = sqlx::query(
        "SELECT x.moment_id, x.day FROM moment_cancellation x JOIN class_moment m ON m.id = x.moment_id WHERE m.class_id = $1",
    )
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((text(r, "moment_id")?, crate::row::date(r, "day")?)))
        .collect()
}

pub async fn cancel_moment(store: &Store, class: &ClassId, moment: &str, day: Date) -> crate::Result<()> {
    let done = sqlx::query(
        "INSERT INTO moment_cancellation (moment_id, day) SELECT id, $2 FROM class_moment WHERE id = $1 AND class_id = $3 \
         ON CONFLICT (moment_id, day) DO NOTHING",
    )
    .bind(moment)
    .bind(day.to_string())
    .bind(class.as_str())
    .execute(&store.pool)
    .await?;
    if done.rows_affected() == 0 && !moments_of_class_contains(store, class, moment).await? {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

async fn moments_of_class_contains(store: &Store, class: &ClassId, moment: &str) -> crate::Result<bool> {
    Ok(
        sqlx::query("SELECT 1 FROM class_moment WHERE id = $1 AND class_id = $2")
            .bind(moment)
            .bind(class.as_str())
            .fetch_optional(&store.pool)
            .await?
            .is_some(),
    )
}

/// The moment happens again on that day after all.
pub async fn uncancel_moment(store: &Store, class: &ClassId, moment: &str, day: Date) -> crate::Result<()> {
    sqlx::query(
        "DELETE FROM moment_cancellation WHERE moment_id = $1 AND day = $2 \
         AND moment_id IN (SELECT id FROM class_moment WHERE class_id = $3)",
    )
    .bind(moment)
    .bind(day.to_string())
    .bind(class.as_str())
    .execute(&store.pool)
    .await?;
    Ok(())
}

/// Days children of a class are absent.
pub async fn absences(store: &Store, class: &ClassId) -> crate::Result<BTreeSet<(ChildId, Date)>> {
    let rows = sqlx::query(
        "SELECT a.child_id, a.day FROM child_absence a JOIN child c ON c.id = a.child_id WHERE c.class_id = $1",
    )
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((ChildId(text(r, "child_id")?), crate::row::date(r, "day")?)))
        .collect()
}

pub async fn add_absence(store: &Store, school: &SchoolId, child: &ChildId, day: Date) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO child_absence (child_id, day) SELECT id, $2 FROM child WHERE id = $1 AND school_id = $3 \
         ON CONFLICT (child_id, day) DO NOTHING",
    )
    .bind(child.as_str())
    .bind(day.to_string())
    .bind(school.as_str())
    .execute(&store.pool)
    .await?;
    Ok(())
}

pub async fn settings(store: &Store, round: &RoundId) -> crate::Result<TalkSettings> {
    let row = sqlx::query("SELECT talk_minutes, break_minutes, talks_per_moment FROM round WHERE id = $1")
        .bind(round.as_str())
        .fetch_optional(&store.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(TalkSettings {
        talk_minutes: int(&row, "talk_minutes")?,
        break_minutes: int(&row, "break_minutes")?,
        per_moment: int(&row, "talks_per_moment")?,
    })
}

pub async fn set_settings(store: &Store, school: &SchoolId, round: &RoundId, s: TalkSettings) -> crate::Result<()> {
    let done = sqlx::query("UPDATE round SET talk_minutes = $1, break_minutes = $2, talks_per_moment = $3 WHERE id = $4 AND school_id = $5")
        .bind(s.talk_minutes)
        .bind(s.break_minutes)
        .bind(s.per_moment)
        .bind(round.as_str())
        .bind(school.as_str())
        .execute(&store.pool)
        .await?;
    store.changed(Change::Round(round));
    crate::row::touched(&done)
}

fn stored_talk(row: &AnyRow) -> crate::Result<StoredTalk> {
    Ok(StoredTalk {
        id: text(row, "id")?,
        child_id: ChildId(text(row, "child_id")?),
        moment_id: opt_text(row, "moment_id")?,
        date: crate::row::date(row, "day")?,
        start: time(row, "starts_at")?,
        end: time(row, "ends_at")?,
        status: TalkStatus::parse(&text(row, "status")?).unwrap_or(TalkStatus::Planned),
        locked: flag(row, "locked")?,
    })
}

/// The talks of one class in a round, by day and time.
pub async fn talks(store: &Store, round: &RoundId, class: &ClassId) -> crate::Result<Vec<StoredTalk>> {
    sqlx::query(
        "SELECT t.id, t.child_id, t.moment_id, t.day, t.starts_at, t.ends_at, t.status, t.locked FROM child_talk t \
         JOIN child c ON c.id = t.child_id WHERE t.round_id = $1 AND c.class_id = $2 ORDER BY t.day, t.starts_at",
    )
    .bind(round.as_str())
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(stored_talk)
    .collect()
}

/// One talk of a class in a round, by its id; `None` when it is another class's or round's.
pub async fn get(store: &Store, round: &RoundId, class: &ClassId, id: &str) -> crate::Result<Option<StoredTalk>> {
    sqlx::query(
        "SELECT t.id, t.child_id, t.moment_id, t.day, t.starts_at, t.ends_at, t.status, t.locked FROM child_talk t \
         JOIN child c ON c.id = t.child_id WHERE t.id = $1 AND t.round_id = $2 AND c.class_id = $3",
    )
    .bind(id)
    .bind(round.as_str())
    .bind(class.as_str())
    .fetch_optional(&store.pool)
    .await?
    .as_ref()
    .map(stored_talk)
    .transpose()
}

/// The talk the class tablet opens for the child on `today`, with its round's id: the one
/// planned for today; else the one of the round whose child-talk window holds today; else
/// that of the round whose window began most recently (a talk looked back on in the days
/// after); else the next one to come. Never simply the newest round: a round planned ahead
/// for March must not take January's answers.
pub async fn current_for_child(
    store: &Store,
    child: &ChildId,
    today: jiff::civil::Date,
) -> crate::Result<Option<(RoundId, StoredTalk)>> {
    let rows = sqlx::query(
        "SELECT t.id, t.child_id, t.moment_id, t.day, t.starts_at, t.ends_at, t.status, t.locked, t.round_id, \
         r.child_talk_from, r.child_talk_until FROM child_talk t JOIN round r ON r.id = t.round_id \
         WHERE t.child_id = $1 ORDER BY r.child_talk_from, r.created_at",
    )
    .bind(child.as_str())
    .fetch_all(&store.pool)
    .await?;
    let mut talks = Vec::with_capacity(rows.len());
    for r in &rows {
        let window = (date(r, "child_talk_from")?, date(r, "child_talk_until")?);
        talks.push((window, RoundId(text(r, "round_id")?), stored_talk(r)?));
    }
    let today_talk = talks.iter().position(|(_, _, t)| t.date == today);
    let in_window = || {
        talks
            .iter()
            .rposition(|((from, until), _, _)| *from <= today && today <= *until)
    };
    let began = || talks.iter().rposition(|((from, _), _, _)| *from <= today);
    let to_come = || talks.iter().position(|((from, _), _, _)| *from > today);
    let chosen = today_talk.or_else(in_window).or_else(began).or_else(to_come);
    Ok(chosen.map(|i| {
        let (_, round, talk) = talks.swap_remove(i);
        (round, talk)
    }))
}

/// Replaces the talks of a class that are neither locked nor done by `plan`, in one
/// transaction. The plan's locked talks are already stored and are left as they are.
pub async fn save_plan(
    store: &Store,
    round: &RoundId,
    class: &ClassId,
    talk_minutes: i64,
    new_talks: &[Talk],
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    sqlx::query(
        "DELETE FROM child_talk WHERE round_id = $1 AND locked = 0 AND status <> 'done' \
         AND child_id IN (SELECT id FROM child WHERE class_id = $2)",
    )
    .bind(round.as_str())
    .bind(class.as_str())
    .execute(&mut *tx)
    .await?;
    for t in new_talks {
        let end = t
            .start
            .checked_add(jiff::Span::new().minutes(talk_minutes))
            .unwrap_or(t.start);
        sqlx::query(
            "INSERT INTO child_talk (id, round_id, child_id, moment_id, day, starts_at, ends_at, status, locked, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'planned', 0, $8)",
        )
        .bind(new_id())
        .bind(round.as_str())
        .bind(t.child.as_str())
        .bind(&t.moment)
        .bind(t.date.to_string())
        .bind(hhmm(t.start))
        .bind(hhmm(end))
        .bind(now())
        .execute(&mut *tx)
        .await
        .map_err(StoreError::unique("talk"))?;
    }
    tx.commit().await?;
    Ok(())
}

/// Changes one talk of a round: its status, whether it is locked, or its place.
pub async fn update_talk(
    store: &Store,
    round: &RoundId,
    id: &str,
    status: TalkStatus,
    locked: bool,
    place: Option<(Date, Time, Time, Option<&str>)>,
) -> crate::Result<()> {
    let done = match place {
        None => {
            sqlx::query("UPDATE child_talk SET status = $1, locked = $2, updated_at = $3 WHERE id = $4 AND round_id = $5")
                .bind(status.as_str())
                .bind(crate::row::bool_int(locked))
                .bind(now())
                .bind(id)
                .bind(round.as_str())
                .execute(&store.pool)
                .await?
        }
        Some((day, start, end, moment)) => sqlx::query(
            "UPDATE child_talk SET status = $1, locked = $2, updated_at = $3, day = $4, starts_at = $5, ends_at = $6, moment_id = $7 \
             WHERE id = $8 AND round_id = $9",
        )
        .bind(status.as_str())
        .bind(crate::row::bool_int(locked))
        .bind(now())
        .bind(day.to_string())
        .bind(hhmm(start))
        .bind(hhmm(end))
        .bind(moment)
        .bind(id)
        .bind(round.as_str())
        .execute(&store.pool)
        .await
        .map_err(StoreError::unique("talk"))?,
    };
    crate::row::touched(&done)
}

/// Swaps the places (day, times, moment) of two talks of a round, in one transaction. Both
/// are fixed, so a new automatic plan keeps what the teacher decided, and a planned talk
/// counts as moved.
pub async fn swap(store: &Store, round: &RoundId, a: &str, b: &str) -> crate::Result<()> {
    if a == b {
        return Ok(());
    }
    let mut tx = store.pool.begin().await?;
    let rows = sqlx::query(
        "SELECT id, day, starts_at, ends_at, moment_id, status FROM child_talk WHERE round_id = $1 AND id IN ($2, $3)",
    )
    .bind(round.as_str())
    .bind(a)
    .bind(b)
    .fetch_all(&mut *tx)
    .await?;
    let place = |id: &str| -> crate::Result<(String, String, String, Option<String>, String)> {
        let r = rows
            .iter()
            .find(|r| text(r, "id").is_ok_and(|x| x == id))
            .ok_or(StoreError::NotFound)?;
        Ok((
            text(r, "day")?,
            text(r, "starts_at")?,
            text(r, "ends_at")?,
            opt_text(r, "moment_id")?,
            text(r, "status")?,
        ))
    };
    let (pa, pb) = (place(a)?, place(b)?);
    // Half-way, both talks would hold one slot: park the first outside any moment.
    sqlx::query("UPDATE child_talk SET moment_id = NULL WHERE id = $1")
        .bind(a)
        .execute(&mut *tx)
        .await?;
    for (id, (day, start, end, moment, _), (.., status)) in [(b, &pa, &pb), (a, &pb, &pa)] {
        let status = if status == TalkStatus::Planned.as_str() {
            TalkStatus::Moved.as_str()
        } else {
            status.as_str()
        };
        sqlx::query(
            "UPDATE child_talk SET day = $1, starts_at = $2, ends_at = $3, moment_id = $4, status = $5, locked = 1, \
             updated_at = $6 WHERE id = $7",
        )
        .bind(day)
        .bind(start)
        .bind(end)
        .bind(moment.clone())
        .bind(status)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await
        .map_err(StoreError::unique("talk"))?;
    }
    tx.commit().await?;
    Ok(())
}

/// Takes a talk out of the plan; the child is planned again at the next automatic plan.
pub async fn unplan(store: &Store, round: &RoundId, id: &str) -> crate::Result<()> {
    let done = sqlx::query("DELETE FROM child_talk WHERE id = $1 AND round_id = $2")
        .bind(id)
        .bind(round.as_str())
        .execute(&store.pool)
        .await?;
    crate::row::touched(&done)
}

/// Status of every child's talk in a round, for the round page.
pub async fn statuses(store: &Store, round: &RoundId) -> crate::Result<Vec<(ChildId, TalkStatus, Date)>> {
    let rows = sqlx::query("SELECT child_id, status, day FROM child_talk WHERE round_id = $1")
        .bind(round.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                ChildId(text(r, "child_id")?),
                TalkStatus::parse(&text(r, "status")?).unwrap_or(TalkStatus::Planned),
                crate::row::date(r, "day")?,
            ))
        })
        .collect()
}
