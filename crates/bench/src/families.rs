//! The families of a rush: each on its booking page before booking opens, then booking the
//! slot it wants, and on "just taken" the nearest free one the answer offers, like a person.

use crate::http::{Connection, ms};
use crate::seed::School;
use crate::servers::Servers;
use samenspraak_store::{Store, bookings, rounds};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Barrier;

/// How long before booking opens the families come to the page: long enough for all of
/// them to load it, also on a machine busy with something else (2,000 connections opened
/// at once took more than 4 s there). In a real school they come minutes before; this is
/// already longer than the servers keep anything in memory without reading it again.
pub const ANNOUNCED: Duration = Duration::from_secs(10);
/// A family gives up after this many "just taken" answers (a person would call the school).
pub const MAX_TRIES: usize = 50;

#[derive(Default)]
pub struct Rush {
    /// Families with a booking, by their own answers.
    pub booked: usize,
    pub none_free: usize,
    pub gave_up: usize,
    /// Families told "booked" whose child has no booking in that slot.
    pub lost: usize,
    pub failed: usize,
    /// Milliseconds per booking request, and per slot page read after booking.
    pub posts: Vec<f64>,
    pub pages: Vec<f64>,
    /// From the opening to the last booking answered.
    pub took: Duration,
}

enum Ended {
    Booked(String),
    NoneFree,
    GaveUp,
}

pub async fn families_book(servers: &Servers, school: &School, store: &Store) -> Result<Rush, String> {
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
    fn the_nearest_free_slot_is_read_from_the_page() {
        let page = r#"<input type="hidden" name="slot" value="abc"><input type="hidden" name="key" value="k1">"#;
        assert_eq!(field(page, "slot").as_deref(), Some("abc"));
        assert_eq!(field(page, "key").as_deref(), Some("k1"));
        assert_eq!(field("<p>Niets vrij</p>", "slot"), None);
    }
}
