//! The booking rush, played against the real server over HTTP on 127.0.0.1: a fresh school
//! with N families, each with its own guardian session, all on the booking page before the
//! moment booking opens, then all booking at once. Each family wants a slot in its child's
//! class, most of them in the early evening; a family told "just taken" takes the nearest
//! free slot the answer offers, like a person would, until it has one or none is left.
//! Measured in the same run, the floor: the same number of requests, all at once, to an
//! endpoint that does only a unique insert in its own transaction; and the ceiling of HTTP
//! alone, the same connections fetching a small static file as often as a family asks.

use crate::db::BenchDb;
use crate::families::families_book;
use crate::floors::{floor, http_floor};
use crate::seed::seed;
use crate::servers::Servers;
use samenspraak_store::testing::TestDatabase;
use samenspraak_store::{Backend, Store, bookings};

pub struct Options {
    pub families: usize,
    pub slots: usize,
    /// A PostgreSQL server to make a throw-away database on; SQLite in a temporary file
    /// without one.
    pub database_url: Option<String>,
    pub instances: usize,
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
    let db = BenchDb::on(store.pool().clone(), store.backend() == Backend::Sqlite);
    db.prepare_floor().await.map_err(|e| e.to_string())?;
    let servers = Servers::start(url, o.instances.max(1))?;

    eprintln!("floor …");
    let floor = floor(&servers, o.families).await?;
    eprintln!("http floor …");
    let http = http_floor(&servers, o.families).await?;
    eprintln!("rush …");
    let rush = families_book(&servers, &school, store).await?;
    let rss = servers.peak_rss_mb();
    drop(servers);

    let double = db.double_bookings(&school.round).await.map_err(|e| e.to_string())?;
    let made = bookings::of_round(store, &school.round).await.map_err(err)?.len();
    let durability = db.durability().await.map_err(|e| e.to_string())?;
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
pub fn percentile(values: &[f64], p: f64) -> f64 {
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
    fn percentiles_are_read_from_the_sorted_values() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&v, 50.0), 50.0);
        assert_eq!(percentile(&v, 99.0), 99.0);
        assert_eq!(percentile(&[], 99.0), 0.0);
    }
}
