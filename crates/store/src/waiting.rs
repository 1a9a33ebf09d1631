//! The waiting list of a round, per class, in the order families asked. A slot that frees up
//! (a cancel, a change, an offer declined or expired) is offered to the first family waiting
//! without an offer; the slot is held for them until the offer expires (`bookings::INSERT`
//! refuses it to everyone else). Taking the offer books it; declining or letting it expire
//! takes the family off the list and passes the slot on.

use crate::cache::Change;
use crate::row::{int, opt_int, opt_text, text};
use crate::{Store, new_id, now};
use samenspraak_core::ids::{ChildId, ClassId, GuardianId, RoundId, SchoolId};

/// A family's place on the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// 1 for the first in line.
    pub position: i64,
    /// The slot offered and until when (Unix seconds), if any.
    pub offer: Option<(String, i64)>,
}

/// A new offer to tell the family about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offered {
    pub child: ChildId,
    pub guardian: Option<GuardianId>,
    pub slot: String,
    pub expires_at: i64,
}

/// Puts the child on the list (once; asking again keeps the place).
pub async fn join(
    store: &Store,
    round: &RoundId,
    class: &ClassId,
    child: &ChildId,
    guardian: Option<&GuardianId>,
) -> crate::Result<()> {
    sqlx::query(
        "INSERT INTO booking_wait (id, round_id, class_id, child_id, guardian_id, queued_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(new_id())
    .bind(round.as_str())
    .bind(class.as_str())
    .bind(child.as_str())
    .bind(guardian.map(|g| g.as_str().to_string()))
    .bind(jiff::Timestamp::now().as_microsecond())
    .execute(&store.pool)
    .await?;
    store.changed(Change::Round(round));
    Ok(())
}

/// Takes the child off the list, with any offer it had (the slot is then free again).
pub async fn leave(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<()> {
    sqlx::query("DELETE FROM booking_wait WHERE round_id = $1 AND child_id = $2")
        .bind(round.as_str())
        .bind(child.as_str())
        .execute(&store.pool)
        .await?;
    store.changed(Change::Round(round));
    Ok(())
}

/// The child's place on the list, if it is on it.
pub async fn place(store: &Store, round: &RoundId, child: &ChildId) -> crate::Result<Option<Place>> {
    let row = sqlx::query(
        "SELECT w.offered_slot_id, w.offer_expires_at, \
         (SELECT COUNT(*) FROM booking_wait o WHERE o.round_id = w.round_id AND o.class_id = w.class_id \
          AND (o.queued_at < w.queued_at OR (o.queued_at = w.queued_at AND o.id <= w.id))) AS position \
         FROM booking_wait w WHERE w.round_id = $1 AND w.child_id = $2",
    )
    .bind(round.as_str())
    .bind(child.as_str())
    .fetch_optional(&store.pool)
    .await?;
    let t = now();
    row.map(|r| {
        let offer = match (opt_text(&r, "offered_slot_id")?, opt_int(&r, "offer_expires_at")?) {
            (Some(slot), Some(until)) if until > t => Some((slot, until)),
            _ => None,
        };
        Ok(Place {
            position: int(&r, "position")?,
            offer,
        })
    })
    .transpose()
}

/// The class's list in order: each child with the slot offered to it and until when, if any.
pub async fn of_class(
    store: &Store,
    round: &RoundId,
    class: &ClassId,
) -> crate::Result<Vec<(ChildId, Option<(String, i64)>)>> {
    let rows = sqlx::query(
        "SELECT child_id, offered_slot_id, offer_expires_at FROM booking_wait \
         WHERE round_id = $1 AND class_id = $2 ORDER BY queued_at, id",
    )
    .bind(round.as_str())
    .bind(class.as_str())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| {
            let offer = match (opt_text(r, "offered_slot_id")?, opt_int(r, "offer_expires_at")?) {
                (Some(slot), Some(until)) => Some((slot, until)),
                _ => None,
            };
            Ok((ChildId(text(r, "child_id")?), offer))
        })
        .collect()
}

/// The children of a round on the list.
pub async fn of_round(store: &Store, round: &RoundId) -> crate::Result<Vec<ChildId>> {
    let rows = sqlx::query("SELECT child_id FROM booking_wait WHERE round_id = $1 ORDER BY queued_at, id")
        .bind(round.as_str())
        .fetch_all(&store.pool)
        .await?;
    rows.iter().map(|r| Ok(ChildId(text(r, "child_id")?))).collect()
}

/// Takes off the list the families whose offer expired, then offers each free slot of the
/// class that can still be booked (starting after `bookable_from`, Unix seconds turned into
/// the local date and time by the caller as `(day, "HH:MM")`) to the first family waiting
/// without an offer, in order, until `until(slot day, slot start)` (Unix seconds): each offer
/// its own window. One transaction; returns the new offers.
pub async fn offer_free_slots(
    store: &Store,
    round: &RoundId,
    class: &ClassId,
    bookable_from: (jiff::civil::Date, String),
    until: impl Fn(jiff::civil::Date, jiff::civil::Time) -> i64,
) -> crate::Result<Vec<Offered>> {
    let t = now();
    let mut tx = store.pool.begin().await?;
    let expired = sqlx::query(
        "DELETE FROM booking_wait WHERE round_id = $1 AND class_id = $2 AND offer_expires_at IS NOT NULL \
         AND offer_expires_at <= $3",
    )
    .bind(round.as_str())
    .bind(class.as_str())
    .bind(t)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let free = sqlx::query(
        "SELECT s.id, s.day, s.starts_at FROM conference_slot s WHERE s.round_id = $1 AND s.class_id = $2 \
         AND (s.day > $3 OR (s.day = $3 AND s.starts_at > $4)) \
         AND s.reserved_for IS NULL AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = s.id) \
         AND NOT EXISTS (SELECT 1 FROM booking_wait w WHERE w.offered_slot_id = s.id) \
         ORDER BY s.day, s.starts_at",
    )
    .bind(round.as_str())
    .bind(class.as_str())
    .bind(bookable_from.0.to_string())
    .bind(&bookable_from.1)
    .fetch_all(&mut *tx)
    .await?;
    let waiting = sqlx::query(
        "SELECT id, child_id, guardian_id FROM booking_wait WHERE round_id = $1 AND class_id = $2 \
         AND offered_slot_id IS NULL ORDER BY queued_at, id",
    )
    .bind(round.as_str())
    .bind(class.as_str())
    .fetch_all(&mut *tx)
    .await?;
    let mut offered = Vec::new();
    for (row, family) in free.iter().zip(&waiting) {
        let slot = text(row, "id")?;
        let starts = text(row, "starts_at")?;
        let start = jiff::civil::Time::strptime("%H:%M", &starts)
            .map_err(|e| crate::StoreError::Other(format!("slot start {starts}: {e}")))?;
        let until = until(crate::row::date(row, "day")?, start);
        sqlx::query("UPDATE booking_wait SET offered_slot_id = $1, offer_expires_at = $2 WHERE id = $3")
            .bind(&slot)
            .bind(until)
            .bind(text(family, "id")?)
            .execute(&mut *tx)
            .await?;
        offered.push(Offered {
            child: ChildId(text(family, "child_id")?),
            guardian: opt_text(family, "guardian_id")?.map(GuardianId),
            slot,
            expires_at: until,
        });
    }
    tx.commit().await?;
    if expired > 0 || !offered.is_empty() {
        store.changed(Change::Round(round));
    }
    Ok(offered)
}

/// The (school, round, class) of every offer that expired: their slots are to be passed on.
pub async fn expired_offers(store: &Store) -> crate::Result<Vec<(SchoolId, RoundId, ClassId)>> {
    let rows = sqlx::query(
        "SELECT DISTINCT r.school_id, w.round_id, w.class_id FROM booking_wait w JOIN round r ON r.id = w.round_id \
         WHERE w.offer_expires_at IS NOT NULL AND w.offer_expires_at <= $1",
    )
    .bind(now())
    .fetch_all(&store.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                SchoolId(text(r, "school_id")?),
                RoundId(text(r, "round_id")?),
                ClassId(text(r, "class_id")?),
            ))
        })
        .collect()
}
