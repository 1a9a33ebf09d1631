//! Conversation slots and their bookings. Double booking is impossible by the schema (one
//! booking per slot, one per child per round); a refused insert is read back to tell the
//! family what happened: the slot was just taken, or this very booking already exists (a
//! double tap, a resent form), which is then answered as a success.

use crate::cache::Change;
use crate::outbox::NewMail;
use crate::row::{date, opt_int, opt_text, text};
use crate::{Store, StoreError, new_id, now};
use jiff::civil::{Date, Time};
use samenspraak_core::booking::DayPlan;
use samenspraak_core::ids::{ChildId, ClassId, GuardianId, RoundId, SchoolId, StaffId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub id: String,
    pub day: Date,
    pub start: Time,
    pub end: Time,
    pub room: String,
    /// The child booked in it, if any.
    pub child: Option<ChildId>,
    /// The child on the waiting list it is offered to, until the offer expires.
    pub held_for: Option<ChildId>,
    /// Booked by the school's proposal and not confirmed by the family yet.
    pub proposed: bool,
    /// Whose conversation: '' for the family together, else the household of separated
    /// parents that booked it.
    pub seat: String,
    /// A link to join by video, for families who cannot come.
    pub video_link: Option<String>,
    /// Someone else at the table, e.g. "zorgcoördinator Els Peeters".
    pub also_present: Option<String>,
    /// The child this slot is kept for (a longer conversation): nobody else books it.
    pub reserved_for: Option<ChildId>,
}

/// Where a conversation day's slots are, and what they carry besides their time.
#[derive(Debug, Clone, Copy, Default)]
pub struct DayDetails<'a> {
    pub room: &'a str,
    pub video_link: Option<&'a str>,
    pub also_present: Option<&'a str>,
    /// Keep the day's slots for this child.
    pub reserved_for: Option<&'a ChildId>,
}

/// What a booking attempt came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Booked (or it already was, by this same request or in this same slot).
    Booked,
    /// Someone else was first.
    Taken,
    /// The child already has another slot in this round.
    ChildHasOne,
}

fn time(row: &sqlx::any::AnyRow, col: &str) -> crate::Result<Time> {
    let t = text(row, col)?;
    t.parse()
        .map_err(|_| StoreError::Other(format!("bad time in {col}: {t}")))
}

fn hhmm(t: Time) -> String {
    t.strftime("%H:%M").to_string()
}

/// Adds a conversation day's slots for a class; slots that exist already stay as they are.
/// Returns how many were added.
pub async fn add_day(
    store: &Store,
    school: &SchoolId,
    round: &RoundId,
    class: &ClassId,
    day: Date,
    plan: &DayPlan,
    details: DayDetails<'_>,
) -> crate::Result<usize> {
    let mut tx = store.pool.begin().await?;
    let mut added = 0;
    for (start, end) in plan.slots() {
        let done = sqlx::query(
            "INSERT INTO conference_slot (id, school_id, round_id, class_id, day, starts_at, ends_at, room, created_at, \
             video_link, also_present, reserved_for) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
             ON CONFLICT (round_id, class_id, day, starts_at) DO NOTHING",
        )
        .bind(new_id())
        .bind(school.as_str())
        .bind(round.as_str())
        .bind(class.as_str())
        .bind(day.to_string())
        .bind(hhmm(start))
        .bind(hhmm(end))
        .bind(details.room)
        .bind(now())
        .bind(details.video_link)
        .bind(details.also_present)
        .bind(details.reserved_for.map(|c| c.as_str().to_string()))
        .execute(&mut *tx)
        .await?;
        added += done.rows_affected() as usize;
    }
    tx.commit().await?;
    store.changed(Change::Round(round));
    Ok(added)
}

/// The slots of a class in a round, by day and time, with who booked them.
pub async fn slots(store: &Store, round: &RoundId, class: &ClassId) -> crate::Result<Vec<Slot>> {
    let rows = sqlx::query(
        "SELECT s.id, s.day, s.starts_at, s.ends_at, s.room, s.video_link, s.also_present, s.reserved_for, b.child_id, b.proposed, b.seat, w.child_id AS held_for \
         FROM conference_slot s \
         LEFT JOIN booking b ON b.slot_id = s.id \
         LEFT JOIN booking_wait w ON w.offered_slot_id = s.id AND w.offer_expires_at > $3 \
         WHERE s.round_id = $1 AND s.class_id = $2 ORDER BY s.day, s.starts_at",
    )
    .bind(round.as_str())
    .bind(class.as_str())
    .bind(now())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Slot {
                id: text(r, "id")?,
                day: date(r, "day")?,
                start: time(r, "starts_at")?,
                end: time(r, "ends_at")?,
                room: text(r, "room")?,
                child: opt_text(r, "child_id")?.map(ChildId),
                held_for: opt_text(r, "held_for")?.map(ChildId),
                proposed: opt_int(r, "proposed")? == Some(1),
                seat: opt_text(r, "seat")?.unwrap_or_default(),
                video_link: opt_text(r, "video_link")?,
                also_present: opt_text(r, "also_present")?,
                reserved_for: opt_text(r, "reserved_for")?.map(ChildId),
            })
        })
        .collect()
}

/// Removes a free slot; a booked one stays (`Conflict`).
pub async fn remove_slot(store: &Store, round: &RoundId, class: &ClassId, slot: &str) -> crate::Result<()> {
    let done = sqlx::query(
        "DELETE FROM conference_slot WHERE id = $1 AND round_id = $2 AND class_id = $3 \
         AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = conference_slot.id)",
    )
    .bind(slot)
    .bind(round.as_str())
    .bind(class.as_str())
    .execute(&store.pool)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::Conflict("slot booked or gone"));
    }
    store.changed(Change::Round(round));
    Ok(())
}

/// Inserts a booking ($1 id, $2 round, $3 slot, $4 child, $5 guardian, $6 staff, $7 request
/// key, $8 now, $9 seat) unless a unique key refuses it, the slot is held for another child
/// on the waiting list, or it is kept for another child; then nothing is inserted.
pub(crate) const INSERT: &str = "INSERT INTO booking (id, round_id, slot_id, child_id, guardian_id, staff_id, request_key, \
     created_at, seat) SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9 WHERE NOT EXISTS (SELECT 1 FROM booking_wait w \
     WHERE w.offered_slot_id = $3 AND w.child_id <> $4 AND w.offer_expires_at > $8) \
     AND NOT EXISTS (SELECT 1 FROM conference_slot k WHERE k.id = $3 AND k.reserved_for <> $4) \
     ON CONFLICT DO NOTHING";

/// [`INSERT`] for `rows` bookings at once, each bound as its nine values in that order; it
/// answers with the ids of the bookings inserted. Where two rows want the same slot or the
/// same child, the first one gets it.
pub(crate) fn insert_many(rows: usize) -> String {
    let values: Vec<String> = (0..rows)
        .map(|r| {
            let p: Vec<String> = (1..=9).map(|c| format!("${}", r * 9 + c)).collect();
            format!("({})", p.join(", "))
        })
        .collect();
    // A VALUES list's columns are column1 … column9 in both databases.
    format!(
        "INSERT INTO booking (id, round_id, slot_id, child_id, guardian_id, staff_id, request_key, created_at, seat) \
         SELECT v.column1, v.column2, v.column3, v.column4, v.column5, v.column6, v.column7, v.column8, v.column9 \
         FROM (VALUES {}) AS v WHERE NOT EXISTS (SELECT 1 FROM booking_wait w \
         WHERE w.offered_slot_id = v.column3 AND w.child_id <> v.column4 AND w.offer_expires_at > v.column8) \
         AND NOT EXISTS (SELECT 1 FROM conference_slot k WHERE k.id = v.column3 AND k.reserved_for <> v.column4) \
         ON CONFLICT DO NOTHING RETURNING id",
        values.join(", ")
    )
}

/// Who books: a guardian through the portal, or a member of staff for the family.
#[derive(Debug, Clone, Copy)]
pub enum BookedBy<'a> {
    Guardian(&'a GuardianId),
    Staff(&'a StaffId),
}

impl BookedBy<'_> {
    /// The `guardian_id` and `staff_id` columns.
    fn columns(self) -> (Option<String>, Option<String>) {
        match self {
            BookedBy::Guardian(g) => (Some(g.as_str().to_string()), None),
            BookedBy::Staff(s) => (None, Some(s.as_str().to_string())),
        }
    }
}

/// A booking asked for.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub round: &'a RoundId,
    pub slot: &'a str,
    pub child: &'a ChildId,
    /// '' for the family together, else the household of separated parents.
    pub seat: &'a str,
    pub by: BookedBy<'a>,
    /// Unique per form shown: the same form sent twice books once.
    pub request_key: &'a str,
    /// Who asks, for the audit log.
    pub who: &'a crate::audit::Who,
}

/// Books the slot, and queues `mails` (the confirmation) in the same commit, only if the
/// booking is new. A slot of another round is refused by the caller, who loaded it. New
/// bookings are committed in groups (see `group_commit`).
pub async fn book(store: &Store, r: Request<'_>, mails: Vec<NewMail>) -> crate::Result<Outcome> {
    let Request {
        round,
        slot,
        child,
        seat,
        by,
        request_key,
        who,
    } = r;
    let (guardian, staff) = by.columns();
    let audit = who.did(crate::audit::Kind::BookingMade).child(child).round(round);
    let inserted = crate::cache::group_commit::insert(
        store,
        crate::cache::group_commit::NewBooking {
            round: round.as_str().to_string(),
            slot: slot.to_string(),
            child: child.as_str().to_string(),
            seat: seat.to_string(),
            guardian,
            staff,
            request_key: request_key.to_string(),
            mails,
            audit,
        },
    )
    .await?;
    if inserted {
        Ok(Outcome::Booked)
    } else {
        explain(store, round, slot, child, seat).await
    }
}

/// Why a booking was refused: from the desk, which the writer has just told what it
/// committed; read back from the database when the desk cannot say (it shows the slot free:
/// another instance booked it).
async fn explain(store: &Store, round: &RoundId, slot: &str, child: &ChildId, seat: &str) -> crate::Result<Outcome> {
    if let Some(outcome) = store.desk().explain(round, slot, child, seat) {
        return Ok(outcome);
    }
    store.changed(Change::Refused { round, slot });
    match of_seat(store, round, child, seat).await? {
        Some(mine) if mine.id == slot => Ok(Outcome::Booked),
        Some(_) => Ok(Outcome::ChildHasOne),
        None => Ok(Outcome::Taken),
    }
}

pub use crate::cache::desk::ClassDesk;

/// What a family's booking page shows of a class in a round: its slots, waiting list,
/// separated parents and guardians, from the booking desk (`cache::desk`) while recent.
pub async fn class_desk(
    store: &Store,
    round: &RoundId,
    class: &samenspraak_core::ids::ClassId,
) -> crate::Result<std::sync::Arc<ClassDesk>> {
    crate::cache::desk::of_class(store, round, class).await
}

/// The child's booked slot in a round, for the family together.
pub async fn of_child(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Option<Slot>> {
    of_seat(store, round, child, "").await
}

/// The child's booked slot in a round for one seat: '' for the family together, or the
/// household of separated parents.
pub async fn of_seat(store: &Store, round: &RoundId, child: &ChildId, seat: &str) -> crate::Result<Option<Slot>> {
    let row = sqlx::query(
        "SELECT s.id, s.day, s.starts_at, s.ends_at, s.room, s.video_link, s.also_present, s.reserved_for, b.child_id, b.proposed, b.seat FROM booking b \
         JOIN conference_slot s ON s.id = b.slot_id WHERE b.round_id = $1 AND b.child_id = $2 AND b.seat = $3",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .bind(seat)
    .fetch_optional(&store.pool)
    .await?;
    row.map(|r| slot_of(&r)).transpose()
}

/// Moves the child's booking (for the seat) to the slot, with its confirmation `mails`, in one
/// transaction: if the new slot is taken, the old booking stays and no mail goes.
pub async fn change(store: &Store, r: Request<'_>, mails: Vec<NewMail>) -> crate::Result<Outcome> {
    let Request {
        round,
        slot,
        child,
        seat,
        by,
        request_key,
        who,
    } = r;
    let (guardian, staff) = by.columns();
    let mut tx = store.pool.begin().await?;
    sqlx::query("DELETE FROM booking WHERE round_id = $1 AND child_id = $2 AND seat = $3")
        .bind(round.as_str())
        .bind(child.as_str())
        .bind(seat)
        .execute(&mut *tx)
        .await?;
    let done = sqlx::query(INSERT)
        .bind(new_id())
        .bind(round.as_str())
        .bind(slot)
        .bind(child.as_str())
        .bind(guardian)
        .bind(staff)
        .bind(request_key)
        .bind(now())
        .bind(seat)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 1 {
        for m in &mails {
            crate::outbox::insert(&mut tx, m).await?;
        }
        let entry = who.did(crate::audit::Kind::BookingChanged).child(child).round(round);
        crate::audit::write(&mut tx, &entry).await?;
        tx.commit().await?;
        store.changed(Change::Round(round));
        return Ok(Outcome::Booked);
    }
    tx.rollback().await?;
    explain(store, round, slot, child, seat).await.map(|o| match o {
        // The old booking is back in place: the new slot was someone else's.
        Outcome::ChildHasOne => Outcome::Taken,
        other => other,
    })
}

/// Cancels the child's booking in a round, for one seat; `who` cancels, for the audit log.
pub async fn cancel(
    store: &Store,
    round: &RoundId,
    child: &ChildId,
    seat: &str,
    who: &crate::audit::Who,
    mails: &[NewMail],
) -> crate::Result<()> {
    let mut tx = store.pool.begin().await?;
    let done = sqlx::query("DELETE FROM booking WHERE round_id = $1 AND child_id = $2 AND seat = $3")
        .bind(round.as_str())
        .bind(child.as_str())
        .bind(seat)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() > 0 {
        let entry = who.did(crate::audit::Kind::BookingCancelled).child(child).round(round);
        crate::audit::write(&mut tx, &entry).await?;
        // The mails that take it out of the family's calendars go with the cancellation.
        for m in mails {
            crate::outbox::insert(&mut tx, m).await?;
        }
    }
    tx.commit().await?;
    store.changed(Change::Round(round));
    Ok(())
}

/// Every booking of a round: (child, day, start).
pub async fn of_round(store: &Store, round: &RoundId) -> crate::Result<Vec<(ChildId, Date, Time)>> {
    let rows = sqlx::query(
        "SELECT b.child_id, s.day, s.starts_at FROM booking b JOIN conference_slot s ON s.id = b.slot_id \
         WHERE b.round_id = $1",
    )
    .bind(round.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| Ok((ChildId(text(r, "child_id")?), date(r, "day")?, time(r, "starts_at")?)))
        .collect()
}

/// Every booking of a round: (child, slot id).
pub async fn of_round_slots(store: &Store, round: &RoundId) -> crate::Result<Vec<(ChildId, String)>> {
    let rows = sqlx::query("SELECT child_id, slot_id FROM booking WHERE round_id = $1")
        .bind(round.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter()
        .map(|r| Ok((ChildId(text(r, "child_id")?), text(r, "slot_id")?)))
        .collect()
}

/// A booking to remind the family of.
#[derive(Debug, Clone)]
pub struct Due {
    pub booking: String,
    pub school: SchoolId,
    pub round: RoundId,
    pub child: ChildId,
    pub slot: Slot,
}

/// The bookings on `day` not reminded yet.
pub async fn due_reminders(store: &Store, day: Date) -> crate::Result<Vec<Due>> {
    let rows = sqlx::query(
        "SELECT b.id AS booking_id, s.school_id, b.round_id, s.id, s.day, s.starts_at, s.ends_at, s.room, s.video_link, s.also_present, s.reserved_for, b.child_id, \
         b.proposed, b.seat \
         FROM booking b JOIN conference_slot s ON s.id = b.slot_id WHERE s.day = $1 AND b.reminded_at IS NULL \
         ORDER BY s.starts_at",
    )
    .bind(day.to_string())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Due {
                booking: text(r, "booking_id")?,
                school: SchoolId(text(r, "school_id")?),
                round: RoundId(text(r, "round_id")?),
                child: ChildId(text(r, "child_id")?),
                slot: slot_of(r)?,
            })
        })
        .collect()
}

/// Marks the booking reminded and queues the reminder `mails` with it, once: if another
/// instance was first, nothing is queued. True when this call did it.
pub async fn remind(store: &Store, booking: &str, mails: &[NewMail]) -> crate::Result<bool> {
    let mut tx = store.pool.begin().await?;
    let done = sqlx::query("UPDATE booking SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL")
        .bind(now())
        .bind(booking)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    for m in mails {
        crate::outbox::insert(&mut tx, m).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// One booked conversation in a member of staff's calendar.
#[derive(Debug, Clone)]
pub struct Conversation {
    pub round: RoundId,
    pub class_name: String,
    pub child: ChildId,
    pub first_name: String,
    pub last_name: String,
    pub slot: Slot,
}

/// The booked conversations in the classes a member of staff is assigned to, from `from` on.
pub async fn of_staff(store: &Store, staff: &StaffId, from: Date) -> crate::Result<Vec<Conversation>> {
    let rows = sqlx::query(
        "SELECT b.round_id, k.name AS class_name, c.id AS child_id, c.first_name, c.last_name, \
         s.id, s.day, s.starts_at, s.ends_at, s.room, s.video_link, s.also_present, s.reserved_for, b.child_id, b.proposed, b.seat \
         FROM booking b JOIN conference_slot s ON s.id = b.slot_id JOIN child c ON c.id = b.child_id \
         JOIN school_class k ON k.id = s.class_id \
         JOIN class_assignment a ON a.class_id = s.class_id AND a.staff_id = $1 \
         WHERE s.day >= $2 ORDER BY s.day, s.starts_at",
    )
    .bind(staff.as_str())
    .bind(from.to_string())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Conversation {
                round: RoundId(text(r, "round_id")?),
                class_name: text(r, "class_name")?,
                child: ChildId(text(r, "child_id")?),
                first_name: text(r, "first_name")?,
                last_name: text(r, "last_name")?,
                slot: slot_of(r)?,
            })
        })
        .collect()
}

/// A slot from a row with `id, day, starts_at, ends_at, room, child_id, proposed`.
fn slot_of(r: &sqlx::any::AnyRow) -> crate::Result<Slot> {
    Ok(Slot {
        id: text(r, "id")?,
        day: date(r, "day")?,
        start: time(r, "starts_at")?,
        end: time(r, "ends_at")?,
        room: text(r, "room")?,
        child: opt_text(r, "child_id")?.map(ChildId),
        held_for: None,
        proposed: opt_int(r, "proposed")? == Some(1),
        seat: opt_text(r, "seat")?.unwrap_or_default(),
        video_link: opt_text(r, "video_link")?,
        also_present: opt_text(r, "also_present")?,
        reserved_for: opt_text(r, "reserved_for")?.map(ChildId),
    })
}

/// One proposed booking with the mails that announce it.
pub struct Proposed {
    pub slot: String,
    pub child: ChildId,
    pub mails: Vec<NewMail>,
}

/// Books the school's proposal in one transaction, each booking marked proposed and its
/// mails queued with it. A slot or child booked since the proposal was computed is skipped
/// (the unique keys refuse it). Returns how many were booked.
pub async fn propose(store: &Store, round: &RoundId, by: &StaffId, items: &[Proposed]) -> crate::Result<usize> {
    let mut tx = store.pool.begin().await?;
    let mut booked = 0;
    let t = now();
    for p in items {
        let done = sqlx::query(INSERT)
            .bind(new_id())
            .bind(round.as_str())
            .bind(&p.slot)
            .bind(p.child.as_str())
            .bind(None::<String>)
            .bind(by.as_str())
            .bind(crate::new_secret())
            .bind(t)
            .bind("")
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 1 {
            sqlx::query("UPDATE booking SET proposed = 1 WHERE round_id = $1 AND child_id = $2 AND seat = ''")
                .bind(round.as_str())
                .bind(p.child.as_str())
                .execute(&mut *tx)
                .await?;
            for m in &p.mails {
                crate::outbox::insert(&mut tx, m).await?;
            }
            booked += 1;
        }
    }
    tx.commit().await?;
    store.changed(Change::Round(round));
    Ok(booked)
}

/// The family says the proposed time suits them.
pub async fn confirm(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<()> {
    let done = sqlx::query("UPDATE booking SET proposed = 0 WHERE round_id = $1 AND child_id = $2 AND seat = ''")
        .bind(round.as_str())
        .bind(child.as_str())
        .execute(&store.pool)
        .await?;
    store.changed(Change::Round(round));
    crate::row::touched(&done)
}

/// The children of a round whose booking is a proposal not confirmed yet.
pub async fn proposed_children(store: &Store, round: &RoundId) -> crate::Result<Vec<ChildId>> {
    let rows = sqlx::query("SELECT child_id FROM booking WHERE round_id = $1 AND proposed = 1")
        .bind(round.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter().map(|r| Ok(ChildId(text(r, "child_id")?))).collect()
}

/// Whether separated parents have a conversation each about this child in this round.
pub async fn separate(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<bool> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT created_at FROM separate_conversations WHERE round_id = $1 AND child_id = $2")
            .bind(round.as_str())
            .bind(child.as_str())
            .fetch_optional(&store.pool)
            .await?;
    Ok(found.is_some())
}

/// The children of a round whose separated parents each have their own conversation.
pub async fn separate_of_round(store: &Store, round: &RoundId) -> crate::Result<Vec<ChildId>> {
    let rows = sqlx::query("SELECT child_id FROM separate_conversations WHERE round_id = $1")
        .bind(round.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter().map(|r| Ok(ChildId(text(r, "child_id")?))).collect()
}

/// The teacher allows (or takes back) a conversation per household for a child. Taking it
/// back keeps the bookings made: the teacher cancels one by hand if needed.
pub async fn set_separate(store: &Store, round: &RoundId, child: &ChildId, on: bool) -> crate::Result<()> {
    if on {
        sqlx::query(
            "INSERT INTO separate_conversations (round_id, child_id, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (round_id, child_id) DO NOTHING",
        )
        .bind(round.as_str())
        .bind(child.as_str())
        .bind(now())
        .execute(&store.pool)
        .await?;
    } else {
        sqlx::query("DELETE FROM separate_conversations WHERE round_id = $1 AND child_id = $2")
            .bind(round.as_str())
            .bind(child.as_str())
            .execute(&store.pool)
            .await?;
    }
    store.changed(Change::Round(round));
    Ok(())
}
