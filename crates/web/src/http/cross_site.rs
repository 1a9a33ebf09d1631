//! The cross-site check: a request that changes something must come from a page of this
//! site. Browsers say where a form comes from in `Origin` (and, newer ones, in
//! `Sec-Fetch-Site`); `Origin` is compared with the configured public address, never with
//! the `Host` header, which the sender chooses. A state-changing request that says neither
//! is refused: every browser this site serves sends at least one of them. `Origin: null`
//! (what a browser sends from a page with `Referrer-Policy: no-referrer`, such as the
//! invitation pages) says nothing, so `Sec-Fetch-Site` decides then.

use crate::http::error::error_response;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

/// `scheme://host[:port]` of a public address, as a browser writes it in `Origin`.
pub fn origin_of(base_url: &str) -> &str {
    let base = base_url.trim_end_matches('/');
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    match base[after_scheme..].find('/') {
        Some(path) => &base[..after_scheme + path],
        None => base,
    }
}

/// Whether a request with these headers may change something.
pub fn comes_from_this_site(origin: Option<&[u8]>, fetch_site: Option<&[u8]>, base_url: &str) -> bool {
    match (origin.filter(|o| *o != b"null"), fetch_site) {
        (Some(origin), _) => origin.eq_ignore_ascii_case(origin_of(base_url).as_bytes()),
        (None, Some(site)) => site == b"same-origin",
        (None, None) => false,
    }
}

pub async fn middleware(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let origin = headers.get(header::ORIGIN).map(|v| v.as_bytes());
    let fetch_site = headers.get("sec-fetch-site").map(|v| v.as_bytes());
    if comes_from_this_site(origin, fetch_site, &state.config.base_url) {
        next.run(request).await
    } else {
        error_response(StatusCode::FORBIDDEN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_sites_pages_may_post() {
        let base = "https://kom.school.be/";
        assert_eq!(origin_of(base), "https://kom.school.be");
        assert_eq!(origin_of("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_eq!(origin_of("https://school.be/kom"), "https://school.be");
        let yes =
            |o: Option<&str>, s: Option<&str>| comes_from_this_site(o.map(str::as_bytes), s.map(str::as_bytes), base);
        assert!(yes(Some("https://kom.school.be"), None));
        assert!(yes(Some("HTTPS://KOM.SCHOOL.BE"), Some("same-origin")));
        assert!(yes(None, Some("same-origin")));
        assert!(
            !yes(Some("https://evil.example"), Some("same-origin")),
            "Origin decides"
        );
        assert!(
            !yes(Some("http://kom.school.be"), None),
            "another scheme is another site"
        );
        assert!(!yes(Some("null"), None));
        assert!(yes(Some("null"), Some("same-origin")), "a no-referrer page of ours");
        assert!(!yes(Some("null"), Some("cross-site")), "a sandboxed frame elsewhere");
        assert!(!yes(None, Some("cross-site")));
        assert!(!yes(None, Some("none")));
        assert!(!yes(None, None), "neither header: refused");
    }
}
