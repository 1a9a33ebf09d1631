//! The booking rush, played against the real server over HTTP on 127.0.0.1: a fresh school
//! with N families, each with its own guardian session, all on the booking page before the
//! moment booking opens, then all booking at once. Each family wants a slot in its child's
//! class, most of them in the early evening; a family told "just taken" takes the nearest
//! free slot the answer offers, like a person would, until it has one or none is left.
//! Measured in the same run, the floor: the same number of requests, all at once, to an
//! endpoint that does only a unique insert in its own transaction; and the ceiling of HTTP
//! alone, the same connections fetching a small static file as often as a family asks.

use super::http::{Answer, Connection};
use samenspraak_core::Language;
use samenspraak_core::StaffRole;
use samenspraak_core::booking::DayPlan;
use samenspraak_core::ids::{ChildId, RoundId};
use samenspraak_core::round::RoundInput;
use samenspraak_core::values::Email;
use samenspraak_store::testing::TestDatabase;
use samenspraak_store::{Backend, Store, bookings, children, classes, guardians, rounds, schools, sessions, staff};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Barrier;

pub struct Options {
    pub families: usize,
    pub slots: usize,
    /// A PostgreSQL server to make a throw-away database on; SQLite in a temporary file
    /// without one.
    pub database_url: Option<String>,
    pub instances: usize,
}

/// Children per class, as in a real school.
const CLASS_SIZE: usize = 25;
/// Slots per conference day: 13:00 to 21:00, ten minutes each.
const DAY: (i8, i8, i64) = (13, 21, 10);
/// How long before booking opens the families come to the page: long enough for all of
/// them to load it. In a real school they come minutes before; this is already longer than
/// the servers keep anything in memory without reading it again.
const ANNOUNCED: Duration = Duration::from_secs(4);
/// A family gives up after this many "just taken" answers (a person would call the school).
const MAX_TRIES: usize = 50;

struct Family {
    child: ChildId,
    class: usize,
    cookie: String,
}

struct School {
    round: RoundId,
    families: Vec<Family>,
    /// Per class, the slot ids and their start hour, by day and time.
    slots: Vec<Vec<(String, i8)>>,
}

/// Runs the rush and returns the JSON line to print.
pub async fn run(o: Options) -> Result<String, String> {
    let db = match &o.database_url {
        Some(url) if url.starts_with("postgres") => TestDatabase::postgres(url).await,
        _ => TestDatabase::sqlite().await,
    };
    let store = db.store.clone();
    let outcome = rush(&store, &db.url, &o).await;
    db.drop_now().await;
    outcome
}

async fn rush(store: &Store, url: &str, o: &Options) -> Result<String, String> {
    let err = |e: samenspraak_store::StoreError| e.to_string();
    eprintln!("seeding {} families and {} slots …", o.families, o.slots);
    let school = seed(store, o.families, o.slots).await.map_err(err)?;
    samenspraak_store::bench::prepare_floor(store).await.map_err(err)?;
    let servers = Servers::start(url, o.instances.max(1))?;

    eprintln!("floor …");
    let floor = floor(&servers, o.families).await?;
    eprintln!("http floor …");
    let http = http_floor(&servers, o.families).await?;
    eprintln!("rush …");
    let rush = families_book(&servers, &school, store).await?;
    let rss = servers.peak_rss_mb();
    drop(servers);

    let double = samenspraak_store::bench::double_bookings(store, &school.round)
        .await
        .map_err(err)?;
    let made = bookings::of_round(store, &school.round).await.map_err(err)?.len();
    let durability = samenspraak_store::bench::durability(store).await.map_err(err)?;
    // Every request of the rush (bookings and the pages after them) per booking made, and
    // what the HTTP floor's rate allows at that many requests per booking.
    let per_booking = (rush.posts.len() + rush.pages.len()) as f64 / rush.booked.max(1) as f64;
    let http_rate = http.latencies.len() as f64 / http.took.as_secs_f64();
    let backend = match store.backend() {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    Ok(format!(
        concat!(
            "{{\"bench\":\"rush\",\"database\":\"{}\",\"durability\":\"{}\",\"instances\":{},",
            "\"families\":{},\"slots\":{},\"bookings_made\":{},\"families_told_none_free\":{},",
            "\"families_without_answer\":{},\"booked_but_not_stored\":{},\"double_bookings\":{},",
            "\"failed_requests\":{},\"booking_requests\":{},\"bookings_per_second\":{:.0},",
            "\"p50_ms\":{:.1},\"p99_ms\":{:.1},\"slot_page_p50_ms\":{:.1},\"slot_page_p99_ms\":{:.1},",
            "\"max_rss_mb\":{:.1},\"floor\":{{\"requests\":{},\"inserts\":{},\"failed_requests\":{},",
            "\"inserts_per_second\":{:.0},\"p50_ms\":{:.1},\"p99_ms\":{:.1}}},\"app_to_floor\":{:.2},",
            "\"requests_per_booking\":{:.2},\"http_floor\":{{\"requests\":{},\"failed_requests\":{},",
            "\"requests_per_second\":{:.0},\"p50_ms\":{:.1},\"p99_ms\":{:.1},\"bookings_per_second_at_most\":{:.0}}}}}"
        ),
        backend,
        durability,
        o.instances.max(1),
        o.families,
        o.slots,
        made,
        rush.none_free,
        rush.gave_up,
        rush.lost,
        double,
        rush.failed,
        rush.posts.len(),
        rush.booked as f64 / rush.took.as_secs_f64(),
        percentile(&rush.posts, 50.0),
        percentile(&rush.posts, 99.0),
        percentile(&rush.pages, 50.0),
        percentile(&rush.pages, 99.0),
        rss,
        floor.requests,
        floor.inserts,
        floor.failed,
        floor.inserts as f64 / floor.took.as_secs_f64(),
        percentile(&floor.latencies, 50.0),
        percentile(&floor.latencies, 99.0),
        (rush.booked as f64 / rush.took.as_secs_f64()) / (floor.inserts as f64 / floor.took.as_secs_f64()),
        per_booking,
        http.latencies.len(),
        http.failed,
        http_rate,
        percentile(&http.latencies, 50.0),
        percentile(&http.latencies, 99.0),
        http_rate / per_booking,
    ))
}

/// One school year, one round with booking still closed, classes of 25 with their slots,
/// and a family (child, guardian with an address, session) per child.
async fn seed(store: &Store, families: usize, slots: usize) -> samenspraak_store::Result<School> {
    let now = samenspraak_store::now();
    let today = samenspraak_core::time::today(now);
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).expect("a date");
    let s = schools::create(store, &format!("Rush {}", samenspraak_store::new_id())).await?;
    let (name, starts, ends) = schools::year_around(today);
    let year = schools::create_year(store, &s.id, &name, starts, ends).await?;
    let teacher = staff::create(
        store,
        staff::NewStaff {
            school: &s.id,
            name: "Juf Rush",
            email: &Email::parse("juf@rush.example").expect("an address"),
            password_hash: "-",
            role: StaffRole::Teacher,
            language: None,
        },
    )
    .await?;
    let class_count = families.div_ceil(CLASS_SIZE).max(1);
    let mut class_ids = Vec::new();
    for c in 0..class_count {
        class_ids.push(
            classes::create(store, &s.id, &year.id, &format!("6{c:03}"), Some(6))
                .await?
                .id,
        );
    }
    let plan = RoundInput {
        name: "KOM-gesprekken".into(),
        child_talk_from: day(1).to_string(),
        child_talk_until: day(5).to_string(),
        parent_prep_until: String::new(),
        booking_opens: format!("{}T00:00", day(7)),
        booking_closes: format!("{}T12:00", day(12)),
        conference_from: day(14).to_string(),
        conference_until: day(40).to_string(),
        follow_up_on: String::new(),
    }
    .parse()
    .map_err(|e| samenspraak_store::StoreError::Other(format!("round: {e:?}")))?;
    let round = rounds::create(store, &s.id, &plan, &class_ids, &teacher.id).await?;

    let per_day = ((DAY.1 - DAY.0) as i64 * 60 / DAY.2) as usize;
    let mut class_slots = Vec::new();
    for (c, class) in class_ids.iter().enumerate() {
        // Slots in proportion to the class's families, so that no class has slots left
        // while another turns families away.
        let share = |upto: usize| slots * upto.min(families) / families;
        let mut left = share((c + 1) * CLASS_SIZE) - share(c * CLASS_SIZE);
        let mut d = 14;
        while left > 0 {
            let n = left.min(per_day);
            let from = jiff::civil::time(DAY.0, 0, 0, 0);
            let until = from
                .checked_add(jiff::Span::new().minutes(n as i64 * DAY.2))
                .expect("within the day");
            let plan = DayPlan::new(from, until, DAY.2, 0).expect("a day plan");
            bookings::add_day(
                store,
                &s.id,
                &round.id,
                class,
                day(d),
                &plan,
                samenspraak_store::bookings::DayDetails {
                    room: "klas",
                    ..Default::default()
                },
            )
            .await?;
            left -= n;
            d += 1;
        }
        let list = bookings::slots(store, &round.id, class).await?;
        class_slots.push(list.into_iter().map(|s| (s.id, s.start.hour())).collect());
    }

    let mut out = Vec::with_capacity(families);
    for i in 0..families {
        let class = i / CLASS_SIZE;
        let child = children::create(
            store,
            &s.id,
            children::ChildFields {
                class: Some(&class_ids[class]),
                first_name: &format!("Kind{i}"),
                last_name: "Rush",
                birth_date: None,
            },
        )
        .await?;
        let email = Email::parse(&format!("ouder{i}@rush.example")).expect("an address");
        let g = guardians::create(
            store,
            &s.id,
            &child.id,
            guardians::GuardianFields {
                name: &format!("Ouder {i}"),
                email: Some(&email),
                phone: None,
                language: Language::Nl,
                right_to_info: true,
                interpreter: false,
            },
            guardians::HouseholdChoice::New,
        )
        .await?;
        let secret = sessions::create(store, samenspraak_core::ActorKind::Guardian, g.id.as_str(), &s.id).await?;
        out.push(Family {
            child: child.id,
            class,
            cookie: format!("sid={secret}"),
        });
    }
    Ok(School {
        round: round.id,
        families: out,
        slots: class_slots,
    })
}

/// The server processes, killed when dropped.
struct Servers {
    hosts: Vec<String>,
    children: Vec<std::process::Child>,
    data: std::path::PathBuf,
}

impl Servers {
    fn start(url: &str, instances: usize) -> Result<Self, String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let data = std::env::temp_dir().join(format!("samenspraak-rush-{}", samenspraak_store::new_id()));
        let mut servers = Servers {
            hosts: Vec::new(),
            children: Vec::new(),
            data,
        };
        for _ in 0..instances {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .map_err(|e| e.to_string())?
                .port();
            let child = std::process::Command::new(&exe)
                .args(["serve", "--bind", "127.0.0.1", "--port", &port.to_string()])
                .args(["--database-url", url, "--data-dir"])
                .arg(&servers.data)
                .args(["--base-url", &format!("http://127.0.0.1:{port}")])
                .env("SAMENSPRAAK_LOG", "warn")
                .env("SAMENSPRAAK_BENCH_FLOOR", "1")
                .stdout(std::process::Stdio::null())
                .spawn()
                .map_err(|e| format!("start a server: {e}"))?;
            servers.children.push(child);
            servers.hosts.push(format!("127.0.0.1:{port}"));
        }
        for host in &servers.hosts {
            let up = (0..200).any(|_| {
                std::thread::sleep(Duration::from_millis(50));
                std::net::TcpStream::connect(host).is_ok()
            });
            if !up {
                return Err(format!("the server at {host} did not start"));
            }
        }
        Ok(servers)
    }

    fn host(&self, i: usize) -> &str {
        &self.hosts[i % self.hosts.len()]
    }

    /// The highest peak resident memory of the server processes, in MB.
    fn peak_rss_mb(&self) -> f64 {
        self.children
            .iter()
            .filter_map(|c| {
                let status = std::fs::read_to_string(format!("/proc/{}/status", c.id())).ok()?;
                let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
                line.split_whitespace().nth(1)?.parse::<f64>().ok()
            })
            .fold(0.0, f64::max)
            / 1024.0
    }
}

impl Drop for Servers {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = c.kill();
            let _ = c.wait();
        }
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

struct Floor {
    requests: usize,
    inserts: usize,
    failed: usize,
    latencies: Vec<f64>,
    took: Duration,
}

/// As many requests as families, all at once, each inserting its own key.
async fn floor(servers: &Servers, n: usize) -> Result<Floor, String> {
    let barrier = Arc::new(Barrier::new(n + 1));
    let mut tasks = Vec::with_capacity(n);
    for i in 0..n {
        let host = servers.host(i).to_string();
        let barrier = barrier.clone();
        tasks.push(tokio::spawn(async move {
            let mut c = Connection::open(&host, "").await;
            barrier.wait().await;
            let key = format!("floor{i:08}");
            match &mut c {
                Ok(c) => c.post_form("/bench/floor", &[("slot", &key), ("key", &key)]).await,
                Err(e) => Err(std::io::Error::other(e.to_string())),
            }
        }));
    }
    barrier.wait().await;
    let started = Instant::now();
    let mut out = Floor {
        requests: n,
        inserts: 0,
        failed: 0,
        latencies: Vec::with_capacity(n),
        took: Duration::ZERO,
    };
    for t in tasks {
        match t.await.map_err(|e| e.to_string())? {
            Ok(a) if a.status == 201 => {
                out.inserts += 1;
                out.latencies.push(ms(&a));
            }
            _ => out.failed += 1,
        }
    }
    out.took = started.elapsed();
    Ok(out)
}

/// The ceiling HTTP itself puts on this machine: each family's connection asks for a small
/// static file as many times as a family sends requests in a rush, all at once. No session,
/// no database, the same client.
async fn http_floor(servers: &Servers, n: usize) -> Result<Floor, String> {
    const PER_FAMILY: usize = 4;
    let barrier = Arc::new(Barrier::new(n + 1));
    let mut tasks = Vec::with_capacity(n);
    let logo = crate::assets::url("logo.svg");
    for i in 0..n {
        let host = servers.host(i).to_string();
        let barrier = barrier.clone();
        let logo = logo.clone();
        tasks.push(tokio::spawn(async move {
            let c = Connection::open(&host, "").await;
            barrier.wait().await;
            let mut c = c?;
            let mut took = Vec::with_capacity(PER_FAMILY);
            for _ in 0..PER_FAMILY {
                let a = c.get(&logo).await?;
                if a.status != 200 {
                    return Err(std::io::Error::other(format!("status {}", a.status)));
                }
                took.push(ms(&a));
            }
            Ok::<_, std::io::Error>(took)
        }));
    }
    barrier.wait().await;
    let started = Instant::now();
    let mut out = Floor {
        requests: n * PER_FAMILY,
        inserts: 0,
        failed: 0,
        latencies: Vec::with_capacity(n * PER_FAMILY),
        took: Duration::ZERO,
    };
    for t in tasks {
        match t.await.map_err(|e| e.to_string())? {
            Ok(took) => out.latencies.extend(took),
            Err(_) => out.failed += 1,
        }
    }
    out.took = started.elapsed();
    Ok(out)
}

#[derive(Default)]
struct Rush {
    /// Families with a booking, by their own answers.
    booked: usize,
    none_free: usize,
    gave_up: usize,
    /// Families told "booked" whose child has no booking in that slot.
    lost: usize,
    failed: usize,
    /// Milliseconds per booking request, and per slot page read after booking.
    posts: Vec<f64>,
    pages: Vec<f64>,
    /// From the opening to the last booking answered.
    took: Duration,
}

enum Ended {
    Booked(String),
    NoneFree,
    GaveUp,
}

async fn families_book(servers: &Servers, school: &School, store: &Store) -> Result<Rush, String> {
    let n = school.families.len();
    // Announced ahead, as a school does: the servers read the opening with the round.
    let opens_at = samenspraak_store::now() + ANNOUNCED.as_secs() as i64 + 1;
    rounds::open_booking_at(store, &school.round, opens_at)
        .await
        .map_err(|e| e.to_string())?;
    let on_page = Arc::new(Barrier::new(n + 1));
    let opened = Arc::new(Barrier::new(n + 1));
    let mut tasks = Vec::with_capacity(n);
    let mut seed = u64::from_le_bytes(
        samenspraak_store::new_secret().as_bytes()[..8]
            .try_into()
            .expect("8 bytes"),
    );
    for (i, f) in school.families.iter().enumerate() {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let wanted = preferred(&school.slots[f.class], seed);
        let host = servers.host(i).to_string();
        let cookie = f.cookie.clone();
        let path = format!("/family/book/{}/{}", school.round, f.child);
        let (on_page, opened) = (on_page.clone(), opened.clone());
        tasks.push(tokio::spawn(async move {
            // On the page before it opens, as families are at the announced moment. Every
            // family reaches the barrier, also one whose connection failed.
            let ready = async {
                let mut c = Connection::open(&host, &cookie).await?;
                let waiting = c.get(&path).await?;
                Ok::<_, std::io::Error>((c, waiting))
            }
            .await;
            on_page.wait().await;
            opened.wait().await;
            let (mut c, waiting) = ready?;
            if waiting.status != 200 {
                return Err(std::io::Error::other(format!("booking page: {}", waiting.status)));
            }
            book(&mut c, &path, wanted).await
        }));
    }
    // Every family is on the page; booking opens at the moment announced, and they all
    // send their choice at once.
    on_page.wait().await;
    let wait = opens_at - samenspraak_store::now();
    if wait < 0 {
        return Err(format!(
            "the families were not on the page before booking opened ({ANNOUNCED:?} ahead)"
        ));
    }
    tokio::time::sleep(Duration::from_secs(wait as u64)).await;
    while samenspraak_store::now() < opens_at {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    opened.wait().await;
    let started = Instant::now();
    let mut out = Rush::default();
    let mut last = Duration::ZERO;
    let mut claims = Vec::new();
    for (t, f) in tasks.into_iter().zip(&school.families) {
        match t.await.map_err(|e| e.to_string())? {
            Ok(family) => {
                out.failed += family.failed;
                out.posts.extend(family.posts);
                out.pages.extend(family.pages);
                last = last.max(family.done_at.duration_since(started));
                match family.ended {
                    Ended::Booked(slot) => {
                        out.booked += 1;
                        claims.push((f.child.clone(), slot));
                    }
                    Ended::NoneFree => out.none_free += 1,
                    Ended::GaveUp => out.gave_up += 1,
                }
            }
            Err(e) => {
                eprintln!("a family failed: {e}");
                out.failed += 1;
            }
        }
    }
    out.took = last.max(Duration::from_millis(1));
    let stored: std::collections::HashMap<_, _> = bookings::of_round_slots(store, &school.round)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .collect();
    out.lost = claims
        .iter()
        .filter(|(child, slot)| stored.get(child) != Some(slot))
        .count();
    Ok(out)
}

/// The slot a family wants: early evening (17:00–19:00) eight times as likely as the
/// afternoon or late evening, 16:00 and 19:00 three times.
fn preferred(slots: &[(String, i8)], seed: u64) -> String {
    let weight = |hour: i8| match hour {
        17 | 18 => 8,
        16 | 19 => 3,
        _ => 1,
    };
    let total: u64 = slots.iter().map(|(_, h)| weight(*h)).sum();
    let mut pick = (seed >> 11) % total.max(1);
    for (id, h) in slots {
        if pick < weight(*h) {
            return id.clone();
        }
        pick -= weight(*h);
    }
    slots.last().map(|(id, _)| id.clone()).unwrap_or_default()
}

struct FamilyRun {
    ended: Ended,
    failed: usize,
    posts: Vec<f64>,
    pages: Vec<f64>,
    done_at: Instant,
}

/// Books `wanted`, then whatever nearest slot a "just taken" answer offers first.
async fn book(c: &mut Connection, path: &str, wanted: String) -> std::io::Result<FamilyRun> {
    let mut run = FamilyRun {
        ended: Ended::GaveUp,
        failed: 0,
        posts: Vec::new(),
        pages: Vec::new(),
        done_at: Instant::now(),
    };
    let mut slot = wanted;
    let mut key = samenspraak_store::new_secret()[..32].to_string();
    for _ in 0..MAX_TRIES {
        let a = c.post_form(path, &[("slot", &slot), ("key", &key)]).await?;
        run.posts.push(ms(&a));
        run.done_at = Instant::now();
        match a.status {
            303 => {
                let page = c.get(a.location.as_deref().unwrap_or(path)).await?;
                run.pages.push(ms(&page));
                if page.status != 200 {
                    run.failed += 1;
                }
                run.ended = Ended::Booked(slot);
                return Ok(run);
            }
            409 => match (field(&a.body, "slot"), field(&a.body, "key")) {
                (Some(next), Some(k)) => {
                    slot = next;
                    key = k;
                }
                _ => {
                    run.ended = Ended::NoneFree;
                    return Ok(run);
                }
            },
            _ => run.failed += 1,
        }
    }
    Ok(run)
}

/// The first `value` of a hidden field in a page.
fn field(body: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body.find(&marker)? + marker.len();
    let end = body[start..].find('"')? + start;
    Some(body[start..end].to_string())
}

fn ms(a: &Answer) -> f64 {
    a.took.as_secs_f64() * 1000.0
}

fn percentile(values: &[f64], p: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * v.len() as f64).ceil() as usize;
    v[rank.clamp(1, v.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_families_want_the_early_evening() {
        let slots: Vec<(String, i8)> = (13..21).map(|h| (format!("s{h}"), h)).collect();
        let mut seed = 7u64;
        let mut evening = 0;
        for _ in 0..10_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let s = preferred(&slots, seed);
            if s == "s17" || s == "s18" {
                evening += 1;
            }
        }
        // 16 of 26 weight units.
        assert!((5_500..6_800).contains(&evening), "{evening}");
    }

    #[test]
    fn percentiles_are_read_from_the_sorted_values() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&v, 50.0), 50.0);
        assert_eq!(percentile(&v, 99.0), 99.0);
        assert_eq!(percentile(&[], 99.0), 0.0);
    }

    #[test]
    fn the_nearest_free_slot_is_read_from_the_page() {
        let page = r#"<input type="hidden" name="slot" value="abc"><input type="hidden" name="key" value="k1">"#;
        assert_eq!(field(page, "slot").as_deref(), Some("abc"));
        assert_eq!(field(page, "key").as_deref(), Some("k1"));
        assert_eq!(field("<p>Niets vrij</p>", "slot"), None);
    }
}
