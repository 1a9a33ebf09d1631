//! `POST /csp-report`: where browsers say that the content policy stopped something on one
//! of our pages (an inline script, a handler, a foreign source). Our own pages never cause
//! one, so each report is worth a look: it is counted and logged (shortened), never stored.
//! Anyone can send one, so the body is small and the sender limited.

use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use std::sync::atomic::Ordering;

/// The most of a report that is read and logged.
pub const MAX_REPORT_BYTES: usize = 8 * 1024;

pub async fn receive(State(state): State<AppState>, body: Bytes) -> StatusCode {
    let n = state.csp_reports.fetch_add(1, Ordering::Relaxed) + 1;
    let text = String::from_utf8_lossy(&body[..body.len().min(MAX_REPORT_BYTES)]);
    let short: String = text.chars().take(500).collect();
    tracing::warn!(reports = n, report = %short, "the content policy stopped something on a page");
    StatusCode::NO_CONTENT
}
