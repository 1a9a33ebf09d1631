//! Group commit for new bookings. With `synchronous=FULL` every SQLite commit waits for the
//! disk, so one transaction per booking would cap a booking rush at the disk's flush rate.
//! Instead one task writes the bookings: the ones that arrive while a commit is under way wait
//! together and go into the next transaction, each with its confirmation mails, and each
//! family is answered only after that commit. A booking the unique keys refuse is simply not
//! inserted (`ON CONFLICT DO NOTHING`, `bookings::INSERT`) and does not fail the others in its batch.
//!
//! On PostgreSQL with several app instances each instance has its own writer; batches are
//! sorted by slot so that two writers take their locks in the same order, and a batch that
//! fails anyway (a deadlock, a lost connection) is retried one booking at a time. A booking
//! refused because another instance was first is explained in the same transaction: the
//! writer reads the bookings that hold the refused slots and children and writes them into
//! this instance's desk, so the family's next page shows them without reading its class again.

use crate::cache::desk::Desk;
use crate::outbox::{self, NewMail};
use crate::{Store, StoreError, new_id, now};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Connection};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// The most bookings one transaction takes; more wait for the next.
const MAX_BATCH: usize = 512;

/// A booking to insert, with the mails that confirm it.
#[derive(Debug, Clone)]
pub(crate) struct NewBooking {
    pub round: String,
    pub slot: String,
    pub child: String,
    /// '' for the family together, else the household (separated parents).
    pub seat: String,
    pub guardian: Option<String>,
    pub staff: Option<String>,
    pub request_key: String,
    pub mails: Vec<NewMail>,
    /// The audit log's line for it, written only if it was inserted.
    pub audit: crate::audit::Entry,
}

pub(crate) struct Job {
    booking: NewBooking,
    /// True when the booking was inserted, false when a unique key refused it.
    reply: oneshot::Sender<crate::Result<bool>>,
}

/// A committed booking for the desk: (round, slot, child, seat, proposed).
type Made = (String, String, String, String, bool);

/// The handle requests use to reach the writer.
pub(crate) type Writer = mpsc::Sender<Job>;

/// Starts the writer task for a pool.
pub(crate) fn start(pool: AnyPool, desk: Arc<Desk>) -> Writer {
    let (tx, rx) = mpsc::channel(4 * MAX_BATCH);
    tokio::spawn(run(pool, desk, rx));
    tx
}

/// Inserts a booking through the writer; true if it was inserted.
pub(crate) async fn insert(store: &Store, booking: NewBooking) -> crate::Result<bool> {
    let (reply, answer) = oneshot::channel();
    let gone = || StoreError::Other("the booking writer stopped".into());
    store
        .booking_writer()
        .send(Job { booking, reply })
        .await
        .map_err(|_| gone())?;
    answer.await.map_err(|_| gone())?
}

async fn run(pool: AnyPool, desk: Arc<Desk>, mut rx: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    // Kept while bookings keep coming: in a rush, each batch would otherwise wait for a
    // connection behind the readers. Given back as soon as no booking waits, so that the
    // pool can close.
    let mut held: Option<PoolConnection<Any>> = None;
    loop {
        if batch.is_empty() {
            if rx.recv_many(&mut batch, MAX_BATCH).await == 0 {
                break;
            }
        } else {
            // Carried over from the last batch: they go first, with whatever else waits.
            while batch.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
        }
        // Stable: of two bookings of one slot, the one that came first stays first.
        batch.sort_by(|a, b| a.booking.slot.cmp(&b.booking.slot));
        let (now, later) = first_of_each(std::mem::take(&mut batch));
        let bookings: Vec<&NewBooking> = now.iter().map(|j| &j.booking).collect();
        let conn = match held.take() {
            Some(conn) => Ok(conn),
            None => pool.acquire().await,
        };
        let outcome = match conn {
            Ok(mut conn) => {
                let done = commit(&mut conn, &bookings).await;
                if done.is_ok() {
                    held = Some(conn);
                }
                done
            }
            Err(e) => Err(e.into()),
        };
        match outcome {
            Ok(Committed { inserted, learned }) => {
                // Into the desk before anyone is answered: the page after a booking shows
                // it, and a refused family sees who was first.
                let made: Vec<Made> = now
                    .iter()
                    .zip(&inserted)
                    .filter(|(_, ok)| **ok)
                    .map(|(j, _)| {
                        let b = &j.booking;
                        (b.round.clone(), b.slot.clone(), b.child.clone(), b.seat.clone(), false)
                    })
                    .chain(learned)
                    .collect();
                desk.booked(made.iter().map(|(r, s, c, seat, p)| (&**r, &**s, &**c, &**seat, *p)));
                for (job, ok) in now.into_iter().zip(inserted) {
                    let _ = job.reply.send(Ok(ok));
                }
                // The ones that waited behind another booking of their slot or seat: refused
                // when that one, or an earlier booking, holds it now; else they try next.
                for job in later {
                    let b = &job.booking;
                    let held = made.iter().any(|(r, s, c, seat, _)| {
                        *r == b.round && (*s == b.slot || (*c == b.child && *seat == b.seat))
                    });
                    if held {
                        let _ = job.reply.send(Ok(false));
                    } else {
                        batch.push(job);
                    }
                }
            }
            Err(e) => {
                if now.len() > 1 {
                    tracing::warn!(error = %e, size = now.len(), "booking batch failed, retrying one by one");
                }
                for job in now.into_iter().chain(later) {
                    let alone = match pool.acquire().await {
                        Ok(mut conn) => commit(&mut conn, &[&job.booking]).await.map(|c| c.inserted[0]),
                        Err(e) => Err(e.into()),
                    };
                    if let Ok(true) = alone {
                        let b = &job.booking;
                        desk.booked(std::iter::once((&*b.round, &*b.slot, &*b.child, &*b.seat, false)));
                    }
                    let _ = job.reply.send(alone);
                }
            }
        }
        if batch.is_empty() && rx.is_empty() {
            held = None;
        }
    }
}

/// Splits a batch into the first booking of each slot and of each child's seat, which go to
/// the database now, and the others. At most one booking of a slot can be inserted, so in a
/// rush, when many families ask for the same slot at once, the rest need not be sent (and
/// wait for row locks) at all: they are answered once the first one is committed.
fn first_of_each(batch: Vec<Job>) -> (Vec<Job>, Vec<Job>) {
    let mut slots = std::collections::HashSet::new();
    let mut seats = std::collections::HashSet::new();
    let (mut now, mut later) = (Vec::with_capacity(batch.len()), Vec::new());
    for job in batch {
        let b = &job.booking;
        let seat = (b.round.clone(), b.child.clone(), b.seat.clone());
        if slots.contains(&b.slot) || seats.contains(&seat) {
            later.push(job);
        } else {
            slots.insert(b.slot.clone());
            seats.insert(seat);
            now.push(job);
        }
    }
    (now, later)
}

/// What one transaction did.
struct Committed {
    /// Per booking of the batch: true if inserted, false if a unique key refused it.
    inserted: Vec<bool>,
    /// The bookings, committed before, that hold the refused slots and children.
    learned: Vec<Made>,
}

/// One transaction for the batch: each booking inserted or refused by a unique key, its
/// mails queued only if it was inserted. A few statements of many rows each, not one per
/// booking: each statement is a round trip to the database, and under a rush the writer is
/// the one task everyone waits for.
async fn commit(conn: &mut AnyConnection, batch: &[&NewBooking]) -> crate::Result<Committed> {
    let ids: Vec<String> = batch.iter().map(|_| new_id()).collect();
    let t = now();
    let mut tx = conn.begin().await?;
    let mut inserted = std::collections::HashSet::new();
    for rows in crate::row::statement_chunks(batch.len(), crate::row::rows_per_statement(&tx)) {
        let (chunk, ids) = (&batch[rows.clone()], &ids[rows]);
        // Only placeholders are formatted into it; every value is bound.
        let mut q = sqlx::query(sqlx::AssertSqlSafe(crate::bookings::insert_many(chunk.len())));
        for (b, id) in chunk.iter().zip(ids) {
            q = q
                .bind(id)
                .bind(&b.round)
                .bind(&b.slot)
                .bind(&b.child)
                .bind(b.guardian.as_deref())
                .bind(b.staff.as_deref())
                .bind(&b.request_key)
                .bind(t)
                .bind(&b.seat);
        }
        for row in q.fetch_all(&mut *tx).await? {
            inserted.insert(crate::row::text(&row, "id")?);
        }
    }
    let done: Vec<bool> = ids.iter().map(|id| inserted.contains(id)).collect();
    let mails: Vec<&NewMail> = batch
        .iter()
        .zip(&done)
        .filter(|(_, ok)| **ok)
        .flat_map(|(b, _)| &b.mails)
        .collect();
    outbox::insert_many(&mut tx, &mails).await?;
    let entries: Vec<&crate::audit::Entry> = batch
        .iter()
        .zip(&done)
        .filter(|(_, ok)| **ok)
        .map(|(b, _)| &b.audit)
        .collect();
    crate::audit::write_many(&mut tx, &entries).await?;
    let refused: Vec<&NewBooking> = batch
        .iter()
        .zip(&done)
        .filter(|(_, ok)| !**ok)
        .map(|(b, _)| *b)
        .collect();
    let learned = holders(&mut tx, &refused).await?;
    tx.commit().await?;
    Ok(Committed {
        inserted: done,
        learned,
    })
}

/// The committed bookings that hold the refused bookings' slots or their children's seats.
/// Read after the insert, so a conflicting booking of another instance, which the insert
/// waited for, is committed and seen (PostgreSQL reads each statement afresh).
async fn holders(conn: &mut AnyConnection, refused: &[&NewBooking]) -> crate::Result<Vec<Made>> {
    let mut found = Vec::new();
    for rows in crate::row::statement_chunks(refused.len(), crate::row::rows_per_statement(conn)) {
        let chunk = &refused[rows];
        let n = chunk.len();
        let list = |from: usize| (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
        // Only placeholders are formatted into it; every value is bound.
        let sql = format!(
            "SELECT round_id, slot_id, child_id, seat, proposed FROM booking WHERE slot_id IN ({}) OR child_id IN ({})",
            list(1),
            list(n + 1)
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in chunk {
            q = q.bind(&b.slot);
        }
        for b in chunk {
            q = q.bind(&b.child);
        }
        for row in q.fetch_all(&mut *conn).await? {
            let round = crate::row::text(&row, "round_id")?;
            let child = crate::row::text(&row, "child_id")?;
            let seat = crate::row::text(&row, "seat")?;
            let slot = crate::row::text(&row, "slot_id")?;
            // A child's booking in another round holds nothing of these.
            let holds = chunk
                .iter()
                .any(|b| b.round == round && (b.slot == slot || (b.child == child && b.seat == seat)));
            if holds {
                found.push((round, slot, child, seat, crate::row::int(&row, "proposed")? != 0));
            }
        }
    }
    Ok(found)
}
