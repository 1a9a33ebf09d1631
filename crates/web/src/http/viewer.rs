//! The viewer of a request: their language, and their actor when signed in. A middleware
//! resolves it once per request (session → actor → language) and renders error pages on the
//! way out; handlers take it as an extractor.

use crate::http::cookies;
use crate::http::error::{AppError, ErrorPage, error_response};
use crate::i18n::{Tr, portal_languages};
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use samenspraak_core::ids::{ChildId, GuardianId, SchoolId, StaffId};
use samenspraak_core::{Actor, ActorKind, Language, StaffActor};
use samenspraak_store::{audit, children, guardians, schools, sessions, staff};
use std::net::SocketAddr;

#[derive(Debug, Clone)]
pub struct Viewer {
    pub lang: Language,
    pub actor: Option<Actor>,
    pub school_name: Option<String>,
    /// The first name of a child signed in on the class tablet.
    pub child_name: Option<String>,
    /// The name of a guardian signed in through their invitation.
    pub guardian_name: Option<String>,
    /// The children of a guardian signed in, also those who left (the actor lists the
    /// ones still at school).
    pub guardian_children: Vec<children::Child>,
    /// The session cookie's secret, to sign out.
    pub session: Option<String>,
    /// The client's address, for rate limits.
    pub client_ip: String,
    /// The browser in a few words ("Firefox · Windows"), for the list of sessions.
    pub device: String,
    /// Path and query of this request, to come back after signing in.
    pub path: String,
}

impl Viewer {
    pub fn tr(&self) -> Tr {
        Tr::new(self.lang)
    }

    /// Where a sign-in from this request comes from.
    pub fn origin(&self) -> sessions::Origin<'_> {
        sessions::Origin {
            address: &self.client_ip,
            device: &self.device,
            factor: None,
        }
    }

    /// The signed-in person as the audit log names them.
    pub fn who(&self) -> Option<audit::Who> {
        let actor = self.actor.as_ref()?;
        Some(audit::Who::person(
            actor.school(),
            actor.kind(),
            actor.id(),
            &self.client_ip,
        ))
    }
}

/// A signed-in member of staff; other requests are sent to sign in or refused.
#[derive(Debug, Clone)]
pub struct StaffViewer {
    pub viewer: Viewer,
    pub staff: StaffActor,
}

impl StaffViewer {
    pub fn actor(&self) -> Actor {
        Actor::Staff(self.staff.clone())
    }

    pub fn school(&self) -> &SchoolId {
        &self.staff.school
    }

    pub fn id(&self) -> &StaffId {
        &self.staff.id
    }

    /// This member of staff as the audit log names them.
    pub fn who(&self) -> audit::Who {
        audit::Who::person(
            &self.staff.school,
            ActorKind::Staff,
            self.staff.id.as_str(),
            &self.viewer.client_ip,
        )
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .ok_or_else(|| AppError::Internal("viewer middleware missing".into()))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for StaffViewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        match &viewer.actor {
            Some(Actor::Staff(staff)) => Ok(StaffViewer {
                staff: staff.clone(),
                viewer,
            }),
            Some(_) => Err(AppError::Forbidden),
            None => Err(AppError::SignIn {
                next: viewer.path.clone(),
            }),
        }
    }
}

/// Resolves the viewer and runs the request. An answer that is an error marker carries the
/// viewer out with it, so the error page (`ui::page::error_pages`) speaks the reader's
/// language and shows their navigation.
pub async fn middleware(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    // Taken out of the request first: a borrowed request cannot be held across awaits.
    let headers = request.headers().clone();
    let path = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    let ip = client_ip(&state, &request);
    let viewer = match resolve(&state, &headers, path.clone(), ip.clone()).await {
        Ok(v) => v,
        Err(e) => {
            // The database is gone or broken: still an answer in the reader's language.
            tracing::error!(error = %e, "cannot resolve the viewer");
            let guest = Viewer {
                lang: choose_language(None, &headers, languages_for(None, &path)),
                actor: None,
                school_name: None,
                child_name: None,
                guardian_name: None,
                guardian_children: Vec::new(),
                session: None,
                client_ip: ip,
                device: device(&headers),
                path,
            };
            let mut response = error_response(StatusCode::INTERNAL_SERVER_ERROR);
            response.extensions_mut().insert(guest);
            return response;
        }
    };
    request.extensions_mut().insert(viewer.clone());
    let mut response = next.run(request).await;
    if response.extensions().get::<ErrorPage>().is_some() {
        response.extensions_mut().insert(viewer);
    }
    response
}

async fn resolve(state: &AppState, headers: &HeaderMap, path: String, client_ip: String) -> Result<Viewer, AppError> {
    let secret = cookies::get(headers, cookies::SESSION);
    let mut actor = None;
    let mut preferred = None;
    let mut school_name = None;
    let mut child_name = None;
    let mut guardian_name = None;
    let mut guardian_children = Vec::new();
    let session = match &secret {
        Some(secret) => sessions::touch(&state.store, secret).await?,
        None => None,
    };
    match session {
        Some(session) if session.actor_kind == ActorKind::Staff => {
            if let Some(me) = staff::signed_in(&state.store, &StaffId(session.actor_id.clone())).await? {
                preferred = me.language;
                school_name = Some(me.school_name);
                actor = Some(Actor::Staff(me.actor));
            }
        }
        Some(session) if session.actor_kind == ActorKind::Guardian => {
            // A guardian who was removed, or whose right to information the school took
            // away, since signing in is signed out: nothing of the child reaches them.
            let id = GuardianId(session.actor_id.clone());
            if let Some(me) = guardians::signed_in(&state.store, &session.school_id, &id).await?
                && me.guardian.active
                && me.guardian.right_to_info
            {
                preferred = Some(me.guardian.language);
                school_name = Some(me.school_name.clone());
                guardian_name = Some(me.guardian.name.clone());
                actor = Some(Actor::Guardian {
                    id,
                    school: session.school_id.clone(),
                    children: me.children.iter().filter(|c| c.active).map(|c| c.id.clone()).collect(),
                });
                guardian_children = me.children.clone();
            }
        }
        Some(session) if session.actor_kind == ActorKind::Child => {
            // A child who left the class or school since signing in is signed out.
            let child = children::get(&state.store, &session.school_id, &ChildId(session.actor_id.clone())).await;
            if let Ok(child) = child
                && child.active
                && let Some(class) = child.class_id
            {
                school_name = Some(schools::get(&state.store, &session.school_id).await?.name);
                child_name = Some(child.first_name);
                actor = Some(Actor::Child {
                    id: child.id,
                    school: child.school_id,
                    class,
                });
            }
        }
        _ => {}
    }
    // A staff member's saved choice wins over the cookie; a guardian's language on file
    // is only where they start, their own choice (the cookie) wins.
    let lang = match &actor {
        Some(Actor::Guardian { .. }) => cookie_language(headers, portal_languages())
            .or(preferred.filter(|l| portal_languages().contains(l)))
            .or_else(|| accept_language(headers, portal_languages()))
            .unwrap_or_default(),
        // An invitation's link says the guardian's language (`/i/…?lang=ar`): the page before
        // signing in speaks it, unless they chose another.
        None if path.starts_with("/i/") => cookie_language(headers, portal_languages())
            .or_else(|| link_language(&path))
            .or_else(|| accept_language(headers, portal_languages()))
            .unwrap_or_default(),
        _ => choose_language(preferred, headers, languages_for(actor.as_ref(), &path)),
    };
    Ok(Viewer {
        lang,
        actor,
        school_name,
        child_name,
        guardian_name,
        guardian_children,
        session: secret,
        client_ip,
        device: device(headers),
        path,
    })
}

/// The browser and system of a `User-Agent`, in the words people know them by.
fn device(headers: &HeaderMap) -> String {
    let agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let first = |pairs: &[(&str, &'static str)]| {
        pairs
            .iter()
            .find(|(needle, _)| agent.contains(needle))
            .map(|(_, name)| *name)
    };
    let browser = first(&[
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("CriOS", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]);
    let system = first(&[
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("CrOS", "Chromebook"),
        ("Windows", "Windows"),
        ("Mac OS X", "Mac"),
        ("Linux", "Linux"),
    ]);
    match (browser, system) {
        (Some(b), Some(s)) => format!("{b} · {s}"),
        (Some(one), None) | (None, Some(one)) => one.to_string(),
        (None, None) => agent.chars().take(40).collect(),
    }
}

/// The languages a page can be read in: everything a guardian sees (the portal and the
/// invitation's landing pages) is complete in more languages than the staff pages.
fn languages_for(actor: Option<&Actor>, path: &str) -> &'static [Language] {
    let portal = matches!(actor, Some(Actor::Guardian { .. }))
        || GUARDIAN_PATHS
            .iter()
            .any(|p| path == *p || path.starts_with(&format!("{p}/")));
    if portal { portal_languages() } else { &Language::UI }
}

/// Pages a guardian reaches before signing in.
const GUARDIAN_PATHS: [&str; 3] = ["/i", "/code", "/family"];

/// The account's language, then the `lang` cookie, then `Accept-Language`, then Dutch; each
/// only if the page can be read in it.
fn choose_language(preferred: Option<Language>, headers: &HeaderMap, offered: &[Language]) -> Language {
    preferred
        .filter(|l| offered.contains(l))
        .or_else(|| cookie_language(headers, offered))
        .or_else(|| accept_language(headers, offered))
        .unwrap_or_default()
}

/// The `lang` of a link's query, when a guardian can read the page in it.
fn link_language(path: &str) -> Option<Language> {
    let (_, query) = path.split_once('?')?;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Language::parse)
        .filter(|l| portal_languages().contains(l))
}

fn cookie_language(headers: &HeaderMap, offered: &[Language]) -> Option<Language> {
    cookies::get(headers, cookies::LANGUAGE)
        .and_then(|c| Language::parse(&c))
        .filter(|l| offered.contains(l))
}

fn accept_language(headers: &HeaderMap, offered: &[Language]) -> Option<Language> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|h| Language::from_accept_language_in(h, offered))
}

fn client_ip(state: &AppState, request: &Request) -> String {
    if state.config.trust_forwarded
        && let Some(forwarded) = request.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok())
        && let Some(last) = forwarded.split(',').map(str::trim).rfind(|s| !s.is_empty())
    {
        // The proxy appends the address it saw; earlier entries are the client's claims.
        return last.to_string();
    }
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}
