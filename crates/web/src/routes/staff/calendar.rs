//! A teacher's conversations in their own calendar app: a secret address to subscribe to
//! (`GET /feed/{secret}`, no sign-in, as calendar apps cannot sign in), made and renewed on
//! `/calendar`. The address is shown once; only its hash is kept. The feed holds what the
//! day needs and no more: the child's first name and initial, the class, the time and the
//! room; never notes, never the parents' details.

use crate::http::error::AppError;
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_store::{bookings, calendar_feeds};

#[derive(Template)]
#[template(path = "calendar.html")]
struct CalendarPage {
    ctx: PageCtx,
    /// Since when the current address works, in words.
    since: Option<String>,
    /// The new address, right after it was made.
    address: Option<String>,
}

async fn page(state: &AppState, sv: &StaffViewer, address: Option<String>) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let since = calendar_feeds::since(&state.store, sv.id())
        .await?
        .map(|s| t.date_long(samenspraak_core::time::utc_to_local(s).date()));
    render(&CalendarPage {
        ctx: sv.viewer.page(t.t("calendar-title")),
        since,
        address,
    })
}

/// `GET /calendar`.
pub async fn show(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    page(&state, &sv, None).await
}

/// `POST /calendar`: a new address; the old one stops working.
pub async fn renew(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    let secret = calendar_feeds::renew(&state.store, sv.id()).await?;
    let address = format!("{}/feed/{secret}", state.config.base_url.trim_end_matches('/'));
    let mut response = page(&state, &sv, Some(address)).await?;
    // The address is a secret: not kept by the browser's cache.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// `POST /calendar/stop`.
pub async fn stop(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    calendar_feeds::stop(&state.store, sv.id()).await?;
    Ok(Redirect::to("/calendar").into_response())
}

/// `GET /feed/{secret}`: the conversations from a month ago on, as iCalendar. An unknown
/// or stopped address is a plain 404.
pub async fn feed(State(state): State<AppState>, Path(secret): Path<String>) -> Result<Response, AppError> {
    let Some((staff, _school, language)) = calendar_feeds::owner(&state.store, &secret).await? else {
        return Err(AppError::NotFound);
    };
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let from = today.checked_sub(jiff::Span::new().days(31)).unwrap_or(today);
    let conversations = bookings::of_staff(&state.store, &staff, from).await?;
    let t = crate::i18n::Tr::new(
        language
            .filter(|l| samenspraak_core::Language::UI.contains(l))
            .unwrap_or_default(),
    );
    let stamp = samenspraak_store::now();
    let texts: Vec<(String, String)> = conversations
        .iter()
        .map(|c| {
            let initial: String = c.last_name.chars().take(1).collect();
            let who = format!("{} {initial}.", c.first_name);
            (
                format!("{}-{}@samenspraak", c.round, c.child),
                t.args("calendar-event", &[("child", who), ("class", c.class_name.clone())]),
            )
        })
        .collect();
    let events: Vec<samenspraak_core::ics::Event> = conversations
        .iter()
        .zip(&texts)
        .map(|(c, (uid, summary))| samenspraak_core::ics::Event {
            uid,
            sequence: 0,
            start: c.slot.day.to_datetime(c.slot.start),
            end: c.slot.day.to_datetime(c.slot.end),
            summary,
            location: &c.slot.room,
            description: "",
            stamp,
        })
        .collect();
    let body = samenspraak_core::ics::calendar_of(&events, Some(&t.t("calendar-feed-name")));
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        body,
    )
        .into_response())
}
