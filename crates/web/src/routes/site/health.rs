//! `GET /healthz` and `GET /readyz`, for load balancers, orchestrators and monitoring; they
//! reveal nothing else.
//!
//! `/healthz` says the process is alive and answering HTTP: restart it when this fails.
//! `/readyz` says this instance can serve a request now: the database answers, the store
//! for children's media (folder or bucket) takes a file, and the database's schema is the one this build
//! expects. A proxy sends requests only to an instance that is ready; an instance that is
//! alive but not ready (its database away a moment) is left running.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;

pub async fn alive() -> (StatusCode, &'static str) {
    (StatusCode::OK, "ok\n")
}

pub async fn ready(State(state): State<AppState>) -> (StatusCode, &'static str) {
    let unavailable = StatusCode::SERVICE_UNAVAILABLE;
    if !state.store.ping().await {
        return (unavailable, "database unavailable\n");
    }
    match state.store.pending_migrations().await {
        Ok(0) => {}
        Ok(_) => return (unavailable, "database schema not current\n"),
        Err(_) => return (unavailable, "database unavailable\n"),
    }
    if !crate::services::media_files::writable(&state.media).await {
        return (unavailable, "media storage unavailable\n");
    }
    (StatusCode::OK, "ready\n")
}
