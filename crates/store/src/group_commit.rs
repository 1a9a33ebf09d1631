//! Group commit for new bookings. With `synchronous=FULL` every SQLite commit waits for the
//! disk, so one transaction per booking would cap a booking rush at the disk's flush rate.
//! Instead one task writes the bookings: the ones that arrive while a commit is under way wait
//! together and go into the next transaction, each with its confirmation mails, and each
//! family is answered only after that commit. A booking the unique keys refuse is simply not
//! inserted (`ON CONFLICT DO NOTHING`, `bookings::INSERT`) and does not fail the others in its batch.
//!
//! On PostgreSQL with several app instances each instance has its own writer; batches are
//! sorted by slot so that two writers take their locks in the same order, and a batch that
//! fails anyway (a deadlock, a lost connection) is retried one booking at a time.

use crate::desk::Desk;
use crate::outbox::{self, NewMail};
use crate::{Store, StoreError, new_id, now};
use sqlx::AnyPool;
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
}

pub(crate) struct Job {
    booking: NewBooking,
    /// True when the booking was inserted, false when a unique key refused it.
    reply: oneshot::Sender<crate::Result<bool>>,
}

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
    while rx.recv_many(&mut batch, MAX_BATCH).await > 0 {
        batch.sort_by(|a, b| a.booking.slot.cmp(&b.booking.slot));
        let bookings: Vec<&NewBooking> = batch.iter().map(|j| &j.booking).collect();
        match commit(&pool, &bookings).await {
            Ok(inserted) => {
                // Into the desk before anyone is answered: the page after a booking shows it.
                desk.booked(
                    batch
                        .iter()
                        .zip(&inserted)
                        .filter(|(_, ok)| **ok)
                        .map(|(j, _)| (&*j.booking.round, &*j.booking.slot, &*j.booking.child, &*j.booking.seat)),
                );
                for (job, ok) in batch.drain(..).zip(inserted) {
                    let _ = job.reply.send(Ok(ok));
                }
            }
            Err(e) => {
                if batch.len() > 1 {
                    tracing::warn!(error = %e, size = batch.len(), "booking batch failed, retrying one by one");
                }
                for job in batch.drain(..) {
                    let alone = commit(&pool, &[&job.booking]).await.map(|v| v[0]);
                    if let Ok(true) = alone {
                        let b = &job.booking;
                        desk.booked(std::iter::once((&*b.round, &*b.slot, &*b.child, &*b.seat)));
                    }
                    let _ = job.reply.send(alone);
                }
            }
        }
    }
}

/// One transaction for the batch: each booking inserted or refused by a unique key, its
/// mails queued only if it was inserted.
async fn commit(pool: &AnyPool, batch: &[&NewBooking]) -> crate::Result<Vec<bool>> {
    let mut tx = pool.begin().await?;
    let mut inserted = Vec::with_capacity(batch.len());
    let t = now();
    for b in batch {
        let done = sqlx::query(crate::bookings::INSERT)
            .bind(new_id())
            .bind(&b.round)
            .bind(&b.slot)
            .bind(&b.child)
            .bind(b.guardian.as_deref())
            .bind(b.staff.as_deref())
            .bind(&b.request_key)
            .bind(t)
            .bind(&b.seat)
            .execute(&mut *tx)
            .await?;
        let ok = done.rows_affected() == 1;
        if ok {
            for m in &b.mails {
                outbox::insert(&mut tx, m).await?;
            }
        }
        inserted.push(ok);
    }
    tx.commit().await?;
    Ok(inserted)
}
