//! The middleware that applies the limits of `throttle` to a route: by who is signed in,
//! or by address when nobody is; past the limit, 429 with `Retry-After`.

use crate::http::error::AppError;
use crate::http::viewer::Viewer;
use crate::state::AppState;
use crate::throttle::Throttle;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use samenspraak_core::actor::Actor;
use std::time::Instant;

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
