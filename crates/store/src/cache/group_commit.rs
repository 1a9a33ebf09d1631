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
//! refused because another instance was first is explained right after the commit: the
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
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        batch.sort_by(|a, b| a.booking.slot.cmp(&b.booking.slot));
        let bookings: Vec<&NewBooking> = batch.iter().map(|j| &j.booking).collect();
        let conn = match held.take() {
            Some(conn) => Ok(conn),
            None => pool.acquire().await,
        };
        let outcome = match conn {
            Ok(mut conn) => match commit(&mut conn, &bookings).await {
                Ok(inserted) => {
                    let refused: Vec<&NewBooking> = bookings
                        .iter()
                        .zip(&inserted)
                        .filter(|(_, ok)| !**ok)
                        .map(|(b, _)| *b)
                        .collect();
                    // Read after the commit, outside its locks: only the desk needs it.
                    let learned = match holders(&mut conn, &refused).await {
                        Ok(learned) => learned,
                        Err(e) => {
                            tracing::warn!(error = %e, "cannot read who holds the refused slots");
                            Vec::new()
                        }
                    };
                    held = Some(conn);
                    Ok((inserted, learned))
                }
                Err(e) => Err(e),
            },
            Err(e) => Err(e.into()),
        };
        match outcome {
            Ok((inserted, learned)) => {
                // Into the desk before anyone is answered: the page after a booking shows
                // it, and a refused family sees who was first.
                let made = batch.iter().zip(&inserted).filter(|(_, ok)| **ok).map(|(j, _)| {
                    let b = &j.booking;
                    (&*b.round, &*b.slot, &*b.child, &*b.seat, false)
                });
                let others = learned.iter().map(|(r, s, c, seat, p)| (&**r, &**s, &**c, &**seat, *p));
                desk.booked(made.chain(others));
                for (job, ok) in batch.drain(..).zip(inserted) {
                    let _ = job.reply.send(Ok(ok));
                }
            }
            Err(e) => {
                if batch.len() > 1 {
                    tracing::warn!(error = %e, size = batch.len(), "booking batch failed, retrying one by one");
                }
                for job in batch.drain(..) {
                    let alone = match pool.acquire().await {
                        Ok(mut conn) => commit(&mut conn, &[&job.booking]).await.map(|v| v[0]),
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
        if rx.is_empty() {
            held = None;
        }
    }
}

/// One transaction for the batch: each booking inserted or refused by a unique key, its
/// mails queued only if it was inserted. A few statements of many rows each, not one per
/// booking: each statement is a round trip to the database, and under a rush the writer is
/// the one task everyone waits for.
async fn commit(conn: &mut AnyConnection, batch: &[&NewBooking]) -> crate::Result<Vec<bool>> {
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
    tx.commit().await?;
    Ok(done)
}

/// The committed bookings that hold the refused bookings' slots or their children's seats,
/// read right after the commit (which waited for any other instance's booking of them).
/// One statement per round: the slot and the round's children are each found by a key.
async fn holders(conn: &mut AnyConnection, refused: &[&NewBooking]) -> crate::Result<Vec<Made>> {
    let mut rounds: Vec<&str> = refused.iter().map(|b| b.round.as_str()).collect();
    rounds.sort_unstable();
    rounds.dedup();
    let mut found = Vec::new();
    for round in rounds {
        let of_round: Vec<&NewBooking> = refused.iter().filter(|b| b.round == round).copied().collect();
        for rows in crate::row::statement_chunks(of_round.len(), crate::row::rows_per_statement(conn)) {
            let chunk = &of_round[rows];
            let n = chunk.len();
            let list = |from: usize| (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
            // Only placeholders are formatted into it; every value is bound.
            let sql = format!(
                "SELECT slot_id, child_id, seat, proposed FROM booking \
                 WHERE slot_id IN ({}) OR (round_id = $1 AND child_id IN ({}))",
                list(2),
                list(n + 2)
            );
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(round);
            for b in chunk {
                q = q.bind(&b.slot);
            }
            for b in chunk {
                q = q.bind(&b.child);
            }
            for row in q.fetch_all(&mut *conn).await? {
                let proposed = crate::row::int(&row, "proposed")? != 0;
                let (slot, child) = (crate::row::text(&row, "slot_id")?, crate::row::text(&row, "child_id")?);
                found.push((
                    round.to_string(),
                    slot,
                    child,
                    crate::row::text(&row, "seat")?,
                    proposed,
                ));
            }
        }
    }
    Ok(found)
}
