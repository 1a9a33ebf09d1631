//! What every page shares: the layout's context (language, navigation per role, asset URLs),
//! rendering with the right headers, and field errors for forms.

use crate::assets;
use crate::http::error::ErrorPage;
use crate::http::viewer::Viewer;
use crate::i18n::Tr;
use askama::Template;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use samenspraak_core::values::FieldError;
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
    /// Where the brand links to: the staff start page, or the child's talk on the tablet.
    pub home: &'static str,
    /// Where signing out posts to; a child's ends on the class's names for the next child.
    pub sign_out: &'static str,
    /// Where someone signed out signs in: staff with a password, guardians with their code.
    pub sign_in: &'static str,
    /// The languages this page can be switched to.
    pub languages: &'static [samenspraak_core::Language],
    pub school_name: Option<String>,
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
            Some(Actor::Staff(s)) => staff_nav(s.role)
                .into_iter()
                .map(|(href, key)| NavItem {
                    href,
                    label: t.t(key),
                    current: if href == "/" {
                        path_only == "/"
                    } else {
                        path_only.starts_with(href)
                    },
                })
                .collect(),
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
        }
        StaffRole::Teacher => nav.push(("/import", "nav-import")),
        StaffRole::CareCoordinator => {}
    }
    nav
}

/// Renders a page. Pages carry personal data: never stored by caches.
pub fn render(page: &impl Template) -> Result<Response, crate::http::error::AppError> {
    let html = page.render()?;
    let mut response = Html(html).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    ctx: PageCtx,
    message: String,
    signed_in: bool,
}

pub fn error_page(viewer: &Viewer, error: ErrorPage) -> Response {
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

/// Messages next to form fields, already translated. Each also carries the field's name as
/// the summary at the top of the form shows it (`field-<name>` in the catalogs).
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(Vec<(String, String, String)>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &'static str, t: &Tr, error: FieldError) {
        self.add_message(field, t, t.t(error.key()));
    }

    pub fn add_message(&mut self, field: &'static str, t: &Tr, message: String) {
        self.0
            .push((field.to_string(), t.t(&format!("field-{field}")), message));
    }

    /// A message next to a field whose name and label are made at run time (a box of the
    /// school's own frame, say).
    pub fn add_labelled(&mut self, field: String, label: String, message: String) {
        self.0.push((field, label, message));
    }

    pub fn from_list(list: &[(&'static str, FieldError)], t: &Tr) -> Self {
        let mut e = Self::new();
        for (field, error) in list {
            e.add(field, t, *error);
        }
        e
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _, _)| *f == field).map(|(_, _, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// For the summary at the top of a form: (field id, field name, message).
    pub fn all(&self) -> &[(String, String, String)] {
        &self.0
    }
}

/// The value of a form field from the pairs a form sent, empty when it is missing.
pub fn field(pairs: &[(String, String)], name: &str) -> String {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Renders a form again with its errors, as 422 so scripts and tests can tell.
pub fn render_invalid(page: &impl Template) -> Result<Response, crate::http::error::AppError> {
    let mut response = render(page)?;
    *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    Ok(response)
}

/// Renders a page that says the visitor tried too often, as 429 with `Retry-After`, so a
/// browser, a script and a test all know when to come back.
pub fn render_too_many(
    page: &impl Template,
    retry_after_seconds: i64,
) -> Result<Response, crate::http::error::AppError> {
    let mut response = render(page)?;
    *response.status_mut() = axum::http::StatusCode::TOO_MANY_REQUESTS;
    response.headers_mut().insert(
        axum::http::header::RETRY_AFTER,
        axum::http::HeaderValue::from(retry_after_seconds.max(1)),
    );
    Ok(response)
}

/// Minutes to wait, rounded up, for a message.
pub fn minutes_to_wait(retry_after_seconds: i64) -> i64 {
    (retry_after_seconds + 59) / 60
}

/// What a person can have meant to type: control characters (other than line breaks and
/// tabs), NUL, and the invisible marks that turn text around (bidirectional embeddings,
/// overrides and isolates, which can make "Jan" print as a different name) are dropped.
/// Arabic's own direction marks (LRM, RLM, ALM) stay.
pub fn clean_input(text: &str) -> String {
    text.chars()
        .filter(|c| {
            let turns_text = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}');
            !turns_text && (!c.is_control() || matches!(c, '\n' | '\r' | '\t'))
        })
        .collect()
}

/// A form body. Like axum's `Form`, but every value goes through [`clean_input`] first, and
/// a body that cannot be read becomes the translated "that did not work" page instead of a
/// bare text response. Form structs use `#[serde(default)]`, so a missing field is an empty
/// one, checked like any other.
pub struct Form<T>(pub T);

impl<T, S> axum::extract::FromRequest<S> for Form<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = crate::http::error::AppError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        let bad = |_| crate::http::error::AppError::BadRequest;
        let is_form = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(crate::http::error::AppError::BadRequest);
        }
        let body = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| crate::http::error::AppError::BadRequest)?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).map_err(bad)?;
        let cleaned: Vec<(String, String)> = pairs.into_iter().map(|(k, v)| (k, clean_input(&v))).collect();
        let encoded = serde_urlencoded::to_string(&cleaned).map_err(|_| crate::http::error::AppError::BadRequest)?;
        serde_urlencoded::from_str(&encoded).map(Form).map_err(bad)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn typed_text_loses_what_nobody_can_see() {
        assert_eq!(super::clean_input("Ja\u{0}n\u{7}"), "Jan");
        assert_eq!(super::clean_input("Amira\u{202E}lirpa"), "Amiralirpa");
        assert_eq!(super::clean_input("\u{2067}Noor\u{2069}\u{FEFF}"), "Noor");
        assert_eq!(super::clean_input("twee\r\nregels\tmet tab"), "twee\r\nregels\tmet tab");
        assert_eq!(super::clean_input("فاطمة\u{200F} Ayşe"), "فاطمة\u{200F} Ayşe");
    }
}
