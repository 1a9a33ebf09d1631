//! The consent register (`/school/privacy/consent`): every consent the school holds or held,
//! per child and purpose — who gave it and when, who wrote it down, who withdrew it (a
//! member of staff or the parent on the portal) and what the withdrawal deleted. What a
//! school shows when it is asked on what ground it keeps a child's images.

use crate::access::scope::ManagesPeople;
use crate::http::error::AppError;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use samenspraak_core::time::utc_to_local;
use samenspraak_store::consent;

/// One line of the register, in words.
pub struct Line {
    child: String,
    href: String,
    class_name: String,
    what: String,
    given: String,
    recorded: String,
    withdrawn: String,
    removed: String,
}

#[derive(Template)]
#[template(path = "school/consent.html")]
struct RegisterPage {
    ctx: PageCtx,
    lines: Vec<Line>,
}

/// `GET /school/privacy/consent`
pub async fn show(State(state): State<AppState>, ManagesPeople(sv): ManagesPeople) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let lines = consent::register(&state.store, sv.school())
        .await?
        .into_iter()
        .map(|e| {
            let c = &e.consent;
            let withdrawn = match (c.withdrawn_at, &c.withdrawn_by) {
                (Some(at), Some(by)) if c.withdrawn_by_parent => format!(
                    "{} · {}",
                    t.datetime_long(utc_to_local(at)),
                    t.t1("consent-by-parent", "name", by)
                ),
                (Some(at), by) => format!(
                    "{} · {}",
                    t.datetime_long(utc_to_local(at)),
                    by.clone().unwrap_or_default()
                ),
                (None, _) => String::new(),
            };
            let removed = match c.removed.as_deref().and_then(|r| r.split_once('=')) {
                Some(("videos", n)) => t.n("audit-detail-videos-removed", n.parse::<i64>().unwrap_or(0)),
                Some(_) => t.t("consent-removed-nothing"),
                None => String::new(),
            };
            Line {
                href: format!("/children/{}#consent-heading", e.child_id),
                child: e.child_name,
                class_name: e.class_name.unwrap_or_default(),
                what: t.t(&format!("consent-purpose-{}", c.purpose.as_str())),
                given: format!("{} · {}", c.given_by, t.date_long(c.given_on)),
                recorded: format!("{} · {}", c.recorded_by, t.datetime_long(utc_to_local(e.recorded_at))),
                withdrawn,
                removed,
            }
        })
        .collect();
    render(&RegisterPage {
        ctx: sv.viewer.page(t.t("register-title")),
        lines,
    })
}
