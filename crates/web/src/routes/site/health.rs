//! `GET /healthz`: 200 when the database answers, 503 when it does not. For load balancers
//! and monitoring; it reveals nothing else. `POST /bench/floor`: the booking-rush benchmark's
//! floor, served only to that benchmark.

use crate::http::form::Form;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;

pub async fn check(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.store.ping().await {
        (StatusCode::OK, "ok\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
    }
}

/// `POST /bench/floor` with `slot` and `key`: only a unique insert in its own transaction, no
/// session, no page. 201 when inserted, 409 when the slot was taken. The benchmark reads the
/// app's booking figures against this one.
pub async fn floor(State(state): State<AppState>, Form(pairs): Form<Vec<(String, String)>>) -> StatusCode {
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    match samenspraak_store::bench::floor_insert(&state.store, field("slot"), field("key")).await {
        Ok(true) => StatusCode::CREATED,
        Ok(false) => StatusCode::CONFLICT,
        Err(e) => {
            tracing::error!(error = %e, "floor insert");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}
