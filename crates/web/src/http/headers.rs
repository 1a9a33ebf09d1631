//! What every answer carries whatever the page: the security headers, and the error page
//! marker in place of a handler that panicked.

use crate::http::error::ErrorPage;
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::Response;
use tower_http::set_header::SetResponseHeaderLayer;

/// Headers every response carries: a strict content policy (only our own embedded assets),
/// no framing, no MIME sniffing, no referrer to other sites.
const SECURITY_HEADERS: [(HeaderName, &str); 4] = [
    (
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self'; script-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; report-uri /csp-report",
    ),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (header::REFERRER_POLICY, "same-origin"),
];

/// Puts the security headers on every answer of `app` that has not set its own. Served
/// over https, browsers are also told never to come back over plain http; not for
/// subdomains: a school's domain has other sites, which are not ours to bind.
pub fn secure<S: Clone + Send + Sync + 'static>(mut app: Router<S>, over_https: bool) -> Router<S> {
    for (name, value) in SECURITY_HEADERS {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ));
    }
    if over_https {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        ));
    }
    app
}

/// The answer to a request whose handler panicked: the error page; the server and every
/// other request go on.
pub fn panicked(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    response.extensions_mut().insert(ErrorPage {
        status: StatusCode::INTERNAL_SERVER_ERROR,
    });
    response
}
