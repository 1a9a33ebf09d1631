//! `GET /healthz`: 200 when the database answers, 503 when it does not. For load balancers
//! and monitoring; it reveals nothing else.

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
