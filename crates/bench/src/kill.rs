//! The kill test: families keep booking, cancelling and booking again while the server is
//! killed with SIGKILL at random moments and started again. After every restart, with the
//! families held at the door, what a family was last told must hold: a booking confirmed
//! is there, a cancellation confirmed is gone; no slot or child is booked twice; SQLite's
//! `integrity_check` says `ok`; and every booking committed queued exactly one mail (the
//! log's `booking-made` lines and the outbox's booking mails are as many). Prints one JSON
//! line; any broken promise is an error.
//!
//! With two instances on one database (`--instances 2`, PostgreSQL), the first is killed
//! and stays down a moment before it starts again, while families go on through the other
//! (a family whose request was cut off turns to the other instance, as a proxy would): the
//! figures say how many answers the survivor gave while the first was down.

use crate::db::BenchDb;
use crate::http::Connection;
use crate::seed::{School, seed};
use crate::servers::Servers;
use samenspraak_store::testing::TestDatabase;
use samenspraak_store::{Backend, Store, bookings, rounds};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::{Mutex, RwLock};

pub struct Options {
    pub kills: usize,
    pub families: usize,
    pub database_url: Option<String>,
    pub instances: usize,
}

/// What a family was last told, and whether the answer came (a request cut off by the
/// kill leaves it unknown until the next answer).
#[derive(Debug, Clone, Default)]
struct Told {
    booked: Option<String>,
    certain: bool,
}

/// A small random number generator per family: reproducible enough, no dependency.
struct Dice(u64);

impl Dice {
    fn new() -> Dice {
        let seed = samenspraak_store::new_secret();
        Dice(u64::from_le_bytes(seed.as_bytes()[..8].try_into().expect("8 bytes")))
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n.max(1)
    }
}

pub async fn run(o: Options) -> Result<String, String> {
    let db = match &o.database_url {
        Some(url) if url.starts_with("postgres") => TestDatabase::postgres(url).await,
        _ => TestDatabase::sqlite().await,
    };
    let store = db.store.clone();
    let outcome = kill(&store, &db.url, &o).await;
    db.drop_now().await;
    outcome
}

async fn kill(store: &Store, url: &str, o: &Options) -> Result<String, String> {
    let err = |e: samenspraak_store::StoreError| e.to_string();
    let school = seed(store, o.families, o.families).await.map_err(err)?;
    rounds::open_booking_at(store, &school.round, samenspraak_store::now() - 1)
        .await
        .map_err(err)?;
    let instances = o.instances.clamp(1, 2);
    let mut servers = Servers::start(url, instances)?;
    // Started again on the same port after each kill.
    let hosts: Arc<Vec<String>> = Arc::new((0..instances).map(|i| servers.host(i).to_string()).collect());
    let gate = Arc::new(RwLock::new(()));
    let stop = Arc::new(AtomicBool::new(false));
    let answers = Arc::new(AtomicU64::new(0));
    let cut_off = Arc::new(AtomicU64::new(0));
    // Answers from the second instance, counted to see it serve while the first is down.
    let survivor = Arc::new(AtomicU64::new(0));
    let told: Arc<Vec<Mutex<Told>>> = Arc::new((0..o.families).map(|_| Mutex::new(Told::default())).collect());
    let school = Arc::new(school);
    let mut tasks = Vec::new();
    for i in 0..o.families {
        let (hosts, gate, stop, told, school) =
            (hosts.clone(), gate.clone(), stop.clone(), told.clone(), school.clone());
        let counts = Counts {
            answers: answers.clone(),
            cut_off: cut_off.clone(),
            survivor: survivor.clone(),
        };
        tasks.push(tokio::spawn(async move {
            family(i, &school, &hosts, &gate, &stop, &told[i], &counts).await;
        }));
    }

    let db = BenchDb::on(store.pool().clone(), store.backend() == Backend::Sqlite);
    let mut dice = Dice::new();
    let mut checked_told = 0usize;
    let mut served_while_down = 0;
    for k in 0..o.kills {
        tokio::time::sleep(Duration::from_millis(50 + dice.below(350))).await;
        if instances > 1 {
            servers.kill(0);
            let before = survivor.load(Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(300)).await;
            served_while_down += survivor.load(Ordering::SeqCst) - before;
            servers.start_again(0)?;
        } else {
            servers.kill_and_start(0)?;
        }
        let _held = gate.write().await;
        checked_told += check(store, &db, &school, &told)
            .await
            .map_err(|e| format!("after kill {}: {e}", k + 1))?;
    }
    stop.store(true, Ordering::SeqCst);
    for t in tasks {
        t.await.map_err(|e| e.to_string())?;
    }
    drop(servers);
    let made = bookings::of_round(store, &school.round).await.map_err(err)?.len();
    let (entries, mails) = booking_lines_and_mails(store, &school)
        .await
        .map_err(|e| e.to_string())?;
    let backend = match store.backend() {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    Ok(format!(
        concat!(
            "{{\"bench\":\"kill\",\"database\":\"{}\",\"durability\":\"{}\",\"instances\":{},\"kills\":{},\"families\":{},",
            "\"answers_by_the_other_while_one_was_down\":{},",
            "\"answers\":{},\"requests_cut_off\":{},\"told_checked\":{},\"lost\":0,\"double_bookings\":0,",
            "\"bookings_now\":{},\"bookings_committed\":{},\"booking_mails\":{},\"integrity\":\"ok\"}}"
        ),
        backend,
        db.durability().await.map_err(|e| e.to_string())?,
        instances,
        o.kills,
        o.families,
        served_while_down,
        answers.load(Ordering::SeqCst),
        cut_off.load(Ordering::SeqCst),
        checked_told,
        made,
        entries,
        mails,
    ))
}

/// What the families count together.
struct Counts {
    answers: Arc<AtomicU64>,
    cut_off: Arc<AtomicU64>,
    /// Answers from the second instance.
    survivor: Arc<AtomicU64>,
}

/// One family: book a slot, cancel it, book another, … until told to stop. Each request
/// is made holding the gate, so a check sees no request half-answered. With two
/// instances it starts on one of them and turns to the other when a request is cut off.
async fn family(
    i: usize,
    school: &School,
    hosts: &[String],
    gate: &RwLock<()>,
    stop: &AtomicBool,
    told: &Mutex<Told>,
    counts: &Counts,
) {
    let mut on = i % hosts.len();
    let f = &school.families[i];
    let slots = &school.slots[f.class];
    let path = format!("/family/book/{}/{}", school.round, f.child);
    let mut dice = Dice::new();
    let mut slot = slots[dice.below(slots.len() as u64) as usize].0.clone();
    let mut key = samenspraak_store::new_secret()[..32].to_string();
    while !stop.load(Ordering::SeqCst) {
        let held = gate.read().await;
        let booked = told.lock().await.booked.clone();
        let answer = async {
            let mut c = Connection::open(&hosts[on], &f.cookie).await?;
            match &booked {
                None => c.post_form(&path, &[("slot", &slot), ("key", &key)]).await,
                Some(_) => c.post_form(&format!("{path}/cancel"), &[]).await,
            }
        }
        .await;
        let mut now = told.lock().await;
        match answer {
            Ok(a) => {
                counts.answers.fetch_add(1, Ordering::SeqCst);
                if on == 1 {
                    counts.survivor.fetch_add(1, Ordering::SeqCst);
                }
                now.certain = true;
                match (a.status, &booked) {
                    (303, None) => now.booked = Some(slot.clone()),
                    (303, Some(_)) => {
                        now.booked = None;
                        slot = slots[dice.below(slots.len() as u64) as usize].0.clone();
                        key = samenspraak_store::new_secret()[..32].to_string();
                    }
                    // Taken: the nearest free one the answer offers, or any other.
                    (409, None) => match (field(&a.body, "slot"), field(&a.body, "key")) {
                        (Some(s), Some(k)) => (slot, key) = (s, k),
                        _ => {
                            slot = slots[dice.below(slots.len() as u64) as usize].0.clone();
                            key = samenspraak_store::new_secret()[..32].to_string();
                        }
                    },
                    // Too many forms (the limit starts again with the server), or another
                    // answer: what the family was told does not change.
                    _ => {}
                }
            }
            Err(_) => {
                counts.cut_off.fetch_add(1, Ordering::SeqCst);
                now.certain = false;
                on = (on + 1) % hosts.len();
            }
        }
        drop(now);
        drop(held);
        tokio::time::sleep(Duration::from_millis(20 + dice.below(80))).await;
    }
}

fn field(body: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body.find(&marker)? + marker.len();
    let end = body[start..].find('"')? + start;
    Some(body[start..end].to_string())
}

/// Every promise after a restart; returns how many families' last answers were checked.
async fn check(store: &Store, db: &BenchDb, school: &School, told: &[Mutex<Told>]) -> Result<usize, String> {
    if store.backend() == Backend::Sqlite {
        let verdict: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(store.pool())
            .await
            .map_err(|e| e.to_string())?;
        if verdict != "ok" {
            return Err(format!("integrity_check: {verdict}"));
        }
    }
    let double = db.double_bookings(&school.round).await.map_err(|e| e.to_string())?;
    if double != 0 {
        return Err(format!("{double} double bookings"));
    }
    let stored: std::collections::HashMap<_, _> = bookings::of_round_slots(store, &school.round)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .collect();
    let mut checked = 0;
    for (f, t) in school.families.iter().zip(told) {
        let t = t.lock().await;
        if !t.certain {
            continue;
        }
        checked += 1;
        if stored.get(&f.child) != t.booked.as_ref() {
            return Err(format!(
                "a family was told {:?} but the database holds {:?}",
                t.booked,
                stored.get(&f.child)
            ));
        }
    }
    let (entries, mails) = booking_lines_and_mails(store, school)
        .await
        .map_err(|e| e.to_string())?;
    if entries != mails {
        return Err(format!("{entries} bookings committed but {mails} booking mails queued"));
    }
    Ok(checked)
}

/// The bookings committed (their lines in the log, written in the same transaction) and
/// the booking mails queued for the school.
async fn booking_lines_and_mails(store: &Store, school: &School) -> Result<(i64, i64), sqlx::Error> {
    let entries: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_entry WHERE kind = 'booking-made' AND round_id = $1")
            .bind(school.round.as_str())
            .fetch_one(store.pool())
            .await?;
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE purpose = 'booking' AND round_id = $1")
        .bind(school.round.as_str())
        .fetch_one(store.pool())
        .await?;
    Ok((entries, mails))
}
