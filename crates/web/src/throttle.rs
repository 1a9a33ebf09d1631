//! Limits on how often one person may do something that is not signing in: upload a file,
//! or send a booking form. A family that books, changes and cancels a few times is never
//! near them; a script that repeats a request thousands of times is stopped with 429 and
//! `Retry-After`. Counted in memory per instance, by who is signed in (or the address when
//! nobody is): this guards the server's work, while sign-ins and codes, whose guessing
//! must be stopped across instances, are counted in the database (`store::login_limits`).

use crate::app::AppState;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use samenspraak_core::actor::Actor;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Uploads (videos, photos, portfolio files, reports, class lists) per person.
pub const UPLOADS: (usize, Duration) = (30, Duration::from_secs(10 * 60));
/// Booking forms (book, change, cancel, the waiting list, availability) per person.
pub const BOOKING_FORMS: (usize, Duration) = (30, Duration::from_secs(5 * 60));

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

fn who(request: &Request) -> String {
    let Some(viewer) = request.extensions().get::<Viewer>() else {
        return String::new();
    };
    match &viewer.actor {
        Some(Actor::Staff(s)) => format!("staff:{}", s.id),
        Some(Actor::Guardian { id, .. }) => format!("guardian:{id}"),
        Some(Actor::Child { id, .. }) => format!("child:{id}"),
        None => format!("address:{}", viewer.client_ip),
    }
}

async fn limit(throttle: &Throttle, request: Request, next: Next) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    match throttle.hit(&who(&request), Instant::now()) {
        Ok(()) => next.run(request).await,
        Err(retry_after_seconds) => AppError::TooMany {
            retry_after_seconds: retry_after_seconds as i64,
        }
        .into_response(),
    }
}

/// For the routes that take a file.
pub async fn uploads(State(state): State<AppState>, request: Request, next: Next) -> Response {
    limit(&state.uploads, request, next).await
}

/// Content-policy reports per address: a page that really breaks sends a handful.
pub const CSP_REPORTS: (usize, Duration) = (60, Duration::from_secs(10 * 60));

/// For the content-policy reports, by address (no one is signed in for them).
pub async fn csp_reports(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let key = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_default();
    match state.csp_report_senders.hit(&key, Instant::now()) {
        Ok(()) => next.run(request).await,
        Err(_) => axum::http::StatusCode::TOO_MANY_REQUESTS.into_response(),
    }
}

/// For the family's booking forms.
pub async fn booking_forms(State(state): State<AppState>, request: Request, next: Next) -> Response {
    limit(&state.booking_forms, request, next).await
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
