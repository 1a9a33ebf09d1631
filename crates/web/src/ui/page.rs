//! What every page shares: the layout's context (language, navigation per role, asset
//! URLs), rendering with the right headers, and the error page the middleware puts in place
//! of an error marker.

use crate::assets;
use crate::http::error::{AppError, ErrorPage};
use crate::http::viewer::Viewer;
use crate::i18n::Tr;
use askama::Template;
use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use samenspraak_core::{Actor, StaffRole};

/// One link in the main navigation.
#[derive(Debug, Clone)]
pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

/// The layout's context; every page template has one as `ctx`.
#[derive(Debug, Clone)]
pub struct PageCtx {
    pub t: Tr,
    pub title: String,
    pub nav: Vec<NavItem>,
    pub user_name: Option<String>,
    /// Where the signed-in person manages their own sign-in (staff: password, second
    /// step, sessions).
    pub account: Option<&'static str>,
    /// Where the brand links to: the staff start page, or the child's talk on the tablet.
    pub home: &'static str,
    /// Where signing out posts to; a child's ends on the class's names for the next child.
    pub sign_out: &'static str,
    /// Where someone signed out signs in: staff with a password, guardians with their code.
    pub sign_in: &'static str,
    /// The languages this page can be switched to.
    pub languages: &'static [samenspraak_core::Language],
    pub school_name: Option<String>,
    /// A parent's page: it offers to read its text aloud.
    pub read_aloud: bool,
    pub path: String,
    pub css_url: String,
    pub js_url: String,
    pub logo_url: String,
}

impl PageCtx {
    pub fn new(viewer: &Viewer, title: String) -> Self {
        let t = viewer.tr();
        let path_only = viewer.path.split('?').next().unwrap_or("/").to_string();
        let nav = match &viewer.actor {
            Some(Actor::Staff(s)) => {
                let items = staff_nav(s.role);
                // The longest item the path starts with is the current one: `/school/privacy`
                // is Privacy, not School.
                let current = items
                    .iter()
                    .map(|(href, _)| *href)
                    .filter(|href| {
                        *href == path_only
                            || (*href != "/"
                                && path_only.starts_with(href)
                                && path_only[href.len()..].starts_with(['/', '-']))
                    })
                    .max_by_key(|href| href.len());
                items
                    .into_iter()
                    .map(|(href, key)| NavItem {
                        href,
                        label: t.t(key),
                        current: Some(href) == current,
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        let user_name = match &viewer.actor {
            Some(Actor::Staff(s)) => Some(s.name.clone()),
            Some(Actor::Child { .. }) => viewer.child_name.clone(),
            Some(Actor::Guardian { .. }) => viewer.guardian_name.clone(),
            None => None,
        };
        let is_child = matches!(viewer.actor, Some(Actor::Child { .. }));
        let is_guardian = matches!(viewer.actor, Some(Actor::Guardian { .. }))
            || ["/i/", "/code", "/family"].iter().any(|p| path_only.starts_with(p));
        Self {
            t,
            title,
            nav,
            user_name,
            account: matches!(viewer.actor, Some(Actor::Staff(_))).then_some("/account"),
            home: if is_child {
                "/tablet/talk"
            } else if is_guardian {
                "/family"
            } else {
                "/"
            },
            sign_out: if is_child {
                "/tablet/done"
            } else if is_guardian {
                "/family/done"
            } else {
                "/logout"
            },
            sign_in: if is_guardian { "/code" } else { "/login" },
            languages: if is_guardian {
                crate::i18n::portal_languages()
            } else {
                &samenspraak_core::Language::UI
            },
            school_name: viewer.school_name.clone(),
            read_aloud: is_guardian,
            path: viewer.path.clone(),
            css_url: assets::url("app.css"),
            js_url: assets::url("app.js"),
            logo_url: assets::url("logo.svg"),
        }
    }

    /// The other languages this page is offered in, in the header.
    pub fn other_languages(&self) -> Vec<(&'static str, String)> {
        self.languages
            .iter()
            .copied()
            .filter(|l| *l != self.t.lang)
            .map(|l| (l.code(), Tr::new(l).t("language-switch")))
            .collect()
    }
}

fn staff_nav(role: StaffRole) -> Vec<(&'static str, &'static str)> {
    let mut nav = vec![
        ("/", "nav-home"),
        ("/rounds", "nav-rounds"),
        ("/classes", "nav-classes"),
    ];
    match role {
        StaffRole::SchoolAdmin => {
            nav.push(("/import", "nav-import"));
            nav.push(("/staff", "nav-staff"));
            nav.push(("/school", "nav-school"));
            nav.push(("/school/privacy", "nav-privacy"));
        }
        StaffRole::Teacher => nav.push(("/import", "nav-import")),
        StaffRole::CareCoordinator => {}
    }
    nav
}

impl Viewer {
    /// The layout's context for a page with this title.
    pub fn page(&self, title: String) -> PageCtx {
        PageCtx::new(self, title)
    }
}

/// Renders a page. Pages carry personal data: never stored by caches.
pub fn render(page: &impl Template) -> Result<Response, AppError> {
    let html = page.render()?;
    let mut response = Html(html).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// Renders a form again with its errors, as 422 so scripts and tests can tell.
pub fn render_invalid(page: &impl Template) -> Result<Response, AppError> {
    let mut response = render(page)?;
    *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    Ok(response)
}

/// Renders a page that says the visitor tried too often, as 429 with `Retry-After`, so a
/// browser, a script and a test all know when to come back.
pub fn render_too_many(page: &impl Template, retry_after_seconds: i64) -> Result<Response, AppError> {
    let mut response = render(page)?;
    *response.status_mut() = axum::http::StatusCode::TOO_MANY_REQUESTS;
    response.headers_mut().insert(
        axum::http::header::RETRY_AFTER,
        axum::http::HeaderValue::from(retry_after_seconds.max(1)),
    );
    Ok(response)
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    ctx: PageCtx,
    message: String,
    signed_in: bool,
}

fn error_page(viewer: &Viewer, error: ErrorPage) -> Response {
    let t = viewer.tr();
    let page = ErrorTemplate {
        ctx: viewer.page(t.t(&format!("{}-title", error.key()))),
        message: t.t(error.key()),
        signed_in: viewer.actor.is_some(),
    };
    match page.render() {
        Ok(html) => (error.status, Html(html)).into_response(),
        Err(_) => error.status.into_response(),
    }
}

/// Runs the request and renders the error page in the reader's language if the answer is
/// an error marker (from a handler, the cross-site check or the viewer middleware, which
/// hands over the viewer it resolved).
pub async fn error_pages(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let (Some(&error), Some(viewer)) = (
        response.extensions().get::<ErrorPage>(),
        response.extensions().get::<Viewer>(),
    ) else {
        return response;
    };
    let mut page = error_page(viewer, error);
    // The page replaces the body; what the error said in its headers stays.
    if let Some(wait) = response.headers().get(header::RETRY_AFTER) {
        page.headers_mut().insert(header::RETRY_AFTER, wait.clone());
    }
    page
}
