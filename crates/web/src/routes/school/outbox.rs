//! The school's whole outbox (`/school/outbox`), for the school admin: every mail to a
//! parent, newest first, or only those that failed, with the reason and a button that sends
//! one again. A teacher sees their own classes' on each class's page of a round.

use crate::access::scope::ManagesPeople;
use crate::http::error::AppError;
use crate::state::AppState;
use crate::ui::outbox::{MailRow, mail_row};
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_store::outbox;
use std::collections::HashMap;

/// How many mails the page shows at most.
const SHOWN: i64 = 300;

#[derive(Template)]
#[template(path = "school/outbox.html")]
struct OutboxPage {
    ctx: PageCtx,
    url: String,
    mails: Vec<MailRow>,
    failed_only: bool,
    failed: i64,
    notice: Option<String>,
}

/// `GET /school/outbox` (`?failed=1`: only what failed).
pub async fn show(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let failed_only = q.contains_key("failed");
    let mails = outbox::of_school(&state.store, sv.school(), failed_only, SHOWN).await?;
    render(&OutboxPage {
        ctx: sv.viewer.page(t.t("outbox-school-title")),
        url: "/school/outbox".into(),
        mails: mails.iter().map(|m| mail_row(&t, m)).collect(),
        failed_only,
        failed: outbox::failed_count(&state.store, sv.school()).await?,
        notice: q.contains_key("retried").then(|| t.t("outbox-retried")),
    })
}

/// `POST /school/outbox/{mail}/retry`.
pub async fn retry(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Path(mail): Path<String>,
) -> Result<Response, AppError> {
    if !outbox::retry(&state.store, sv.school(), &mail).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/school/outbox?retried=1").into_response())
}
