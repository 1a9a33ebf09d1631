//! Limits on how often one person may do something that is not signing in: upload a file,
//! or send a booking form (`http::limit` applies them to routes). A family that books,
//! changes and cancels a few times is never near them; a script that repeats a request
//! thousands of times is stopped with 429 and `Retry-After`. Counted in memory per instance, by who is signed in (or the address when
//! nobody is): this guards the server's work, while sign-ins and codes, whose guessing
//! must be stopped across instances, are counted in the database (`store::login_limits`).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Uploads (videos, photos, portfolio files, reports, class lists) per person.
pub const UPLOADS: (usize, Duration) = (30, Duration::from_secs(10 * 60));
/// Booking forms (book, change, cancel, the waiting list, availability) per person.
pub const BOOKING_FORMS: (usize, Duration) = (30, Duration::from_secs(5 * 60));

/// Content-policy reports per address: a page that really breaks sends a handful.
pub const CSP_REPORTS: (usize, Duration) = (60, Duration::from_secs(10 * 60));

/// A sliding window of attempts per key.
pub struct Throttle {
    max: usize,
    window: Duration,
    hits: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl Throttle {
    pub fn new((max, window): (usize, Duration)) -> Self {
        Self {
            max,
            window,
            hits: Mutex::new(HashMap::new()),
        }
    }

    /// Counts an attempt for `key`; past the limit, the seconds until one may try again.
    pub fn hit(&self, key: &str, now: Instant) -> Result<(), u64> {
        let mut hits = self.hits.lock().unwrap_or_else(|e| e.into_inner());
        // Keys come from whoever asks: forget the quiet ones before the map grows large.
        if hits.len() > 10_000 {
            hits.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < self.window));
        }
        let times = hits.entry(key.to_string()).or_default();
        while times.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
            times.pop_front();
        }
        if times.len() >= self.max {
            let oldest = *times.front().expect("full");
            let wait = self.window.saturating_sub(now.duration_since(oldest));
            return Err(wait.as_secs().max(1));
        }
        times.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_limit_one_waits_until_the_oldest_try_is_out_of_the_window() {
        let t = Throttle::new((3, Duration::from_secs(60)));
        let start = Instant::now();
        for s in 0..3 {
            assert_eq!(t.hit("a", start + Duration::from_secs(s)), Ok(()));
        }
        assert_eq!(t.hit("a", start + Duration::from_secs(10)), Err(50));
        assert_eq!(t.hit("b", start + Duration::from_secs(10)), Ok(()), "another person");
        assert_eq!(
            t.hit("a", start + Duration::from_secs(60)),
            Ok(()),
            "the first try is out"
        );
    }
}
