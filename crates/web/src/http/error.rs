//! Errors at the edge. A handler returns `AppError`; it becomes a status code and a marker,
//! and the viewer middleware turns the marker into a translated page with the site's
//! navigation. Internals are logged, never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::policy::Decision;
use samenspraak_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// No session: go and sign in, then come back to `next`.
    #[error("sign-in required")]
    SignIn { next: String },
    /// No child signed in on the class tablet: back to the class code.
    #[error("tablet sign-in required")]
    TabletSignIn,
    /// No guardian signed in: to the page for the letter's code.
    #[error("guardian sign-in required")]
    GuardianSignIn,
    #[error("bad request")]
    BadRequest,
    /// Too many failed tries from here: come back after this many seconds.
    #[error("too many attempts")]
    TooMany { retry_after_seconds: i64 },
    /// The disk (or the database's) is full: nothing was saved; reading still works.
    #[error("storage full: {0}")]
    Full(String),
    #[error("internal: {0}")]
    Internal(String),
}

impl AppError {
    /// A file error: a full disk is said as such, anything else is internal.
    pub fn io(what: &str, e: std::io::Error) -> AppError {
        if e.raw_os_error() == Some(ENOSPC) || e.kind() == std::io::ErrorKind::StorageFull {
            AppError::Full(format!("{what}: {e}"))
        } else {
            AppError::Internal(format!("{what}: {e}"))
        }
    }
}

/// "No space left on device" on Linux.
const ENOSPC: i32 = 28;

/// Put on an error response so the middleware renders the right page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorPage {
    pub status: StatusCode,
}

impl ErrorPage {
    pub fn key(self) -> &'static str {
        match self.status {
            StatusCode::NOT_FOUND => "error-page-not-found",
            StatusCode::FORBIDDEN => "error-page-forbidden",
            StatusCode::BAD_REQUEST | StatusCode::PAYLOAD_TOO_LARGE => "error-page-bad-request",
            StatusCode::TOO_MANY_REQUESTS => "error-page-too-many",
            StatusCode::INSUFFICIENT_STORAGE => "error-page-full",
            // A form's address opened as a page: reloaded, bookmarked, or the language
            // switched on a page that showed a form's problems.
            StatusCode::METHOD_NOT_ALLOWED => "error-page-form-address",
            _ => "error-page-internal",
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            other if other.is_storage_full() => AppError::Full(other.to_string()),
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = match self {
            AppError::SignIn { next } => {
                let target = format!("/login?next={}", crate::http::url::url_encode(&next));
                return Redirect::to(&target).into_response();
            }
            AppError::TabletSignIn => return Redirect::to("/tablet").into_response(),
            AppError::GuardianSignIn => return Redirect::to("/code").into_response(),
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::TooMany { retry_after_seconds } => {
                let mut response = error_response(StatusCode::TOO_MANY_REQUESTS);
                response.headers_mut().insert(
                    axum::http::header::RETRY_AFTER,
                    axum::http::HeaderValue::from(retry_after_seconds.max(1)),
                );
                return response;
            }
            AppError::Full(detail) => {
                tracing::error!(%detail, "a write failed: the disk is full");
                StatusCode::INSUFFICIENT_STORAGE
            }
            AppError::Internal(detail) => {
                tracing::error!(%detail, "request failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        error_response(status)
    }
}

pub fn error_response(status: StatusCode) -> Response {
    let mut response = status.into_response();
    response.extensions_mut().insert(ErrorPage { status });
    response
}

/// Turns the policy's decision into a result handlers can `?`.
pub fn allow(decision: Decision) -> Result<(), AppError> {
    match decision {
        Decision::Allow => Ok(()),
        Decision::Forbidden => Err(AppError::Forbidden),
        Decision::NotFound => Err(AppError::NotFound),
    }
}
