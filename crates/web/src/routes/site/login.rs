//! Staff sign-in and sign-out. Passwords are checked with argon2id off the async threads;
//! failures are counted per account and per address, and a locked account gets a clear
//! message with the minutes to wait. A wrong email and a wrong password get the same answer.

use crate::http::cookies;
use crate::http::error::AppError;
use crate::http::form::Form;
use crate::http::form::{FieldErrors, minutes_to_wait};
use crate::http::url::safe_next;
use crate::http::viewer::Viewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid, render_too_many};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ActorKind;
use samenspraak_store::login_limits::{self, Attempt, Verdict};
use samenspraak_store::{audit, sessions, staff, two_factor};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    ctx: PageCtx,
    email: String,
    next: String,
    errors: FieldErrors,
    notice: Option<String>,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
    bye: Option<String>,
    /// The second step ran out (time or codes): start with the password again.
    again: Option<String>,
}

pub async fn show(viewer: Viewer, Query(q): Query<LoginQuery>) -> Result<Response, AppError> {
    if viewer.actor.is_some() {
        return Ok(Redirect::to(&safe_next(q.next.as_deref())).into_response());
    }
    let t = viewer.tr();
    let notice = q
        .bye
        .map(|_| t.t("login-signed-out"))
        .or(q.again.map(|_| t.t("login-step-again")));
    render(&LoginPage {
        ctx: viewer.page(t.t("login-title")),
        email: String::new(),
        next: safe_next(q.next.as_deref()),
        errors: FieldErrors::new(),
        notice,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

/// A real hash to check against when the account does not exist, so that both cases take
/// the same time.
fn dummy_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| password_auth::generate_hash("no such account"))
        .clone()
}

pub async fn submit(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let t = viewer.tr();
    let next = safe_next(form.next.as_deref());
    let again = |errors: FieldErrors| {
        render_invalid(&LoginPage {
            ctx: viewer.page(t.t("login-title")),
            email: form.email.clone(),
            next: next.clone(),
            errors,
            notice: None,
        })
    };
    let email = form.email.trim().to_lowercase();
    if email.is_empty() || form.password.is_empty() {
        let mut errors = FieldErrors::new();
        if email.is_empty() {
            errors.add_message("email", &t, t.t("login-email-missing"));
        }
        if form.password.is_empty() {
            errors.add_message("password", &t, t.t("login-password-missing"));
        }
        return again(errors);
    }
    let attempt = Attempt::Staff { email: &email };
    if let Verdict::Locked {
        retry_after_seconds, ..
    } = login_limits::check(&state.store, attempt, &viewer.client_ip).await?
    {
        let mut errors = FieldErrors::new();
        errors.add_message(
            "password",
            &t,
            t.n("login-locked", minutes_to_wait(retry_after_seconds)),
        );
        return render_too_many(
            &LoginPage {
                ctx: viewer.page(t.t("login-title")),
                email: form.email.clone(),
                next: next.clone(),
                errors,
                notice: None,
            },
            retry_after_seconds,
        );
    }
    let account = staff::find_for_login(&state.store, &email).await?;
    let hash = account.as_ref().map(|(_, h)| h.clone()).unwrap_or_else(dummy_hash);
    let password = form.password.clone();
    let verified = tokio::task::spawn_blocking(move || password_auth::verify_password(password, &hash).is_ok())
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let account = match account {
        Some((account, _)) if verified && account.active => account,
        known => {
            let entry = known.map(|(account, _)| {
                audit::Who::person(
                    &account.school_id,
                    ActorKind::Staff,
                    account.id.as_str(),
                    &viewer.client_ip,
                )
                .did(audit::Kind::SignInFailed)
            });
            login_limits::record_failure_of(&state.store, attempt, &viewer.client_ip, entry.as_ref()).await?;
            let mut errors = FieldErrors::new();
            errors.add_message("password", &t, t.t("login-wrong"));
            return again(errors);
        }
    };
    // With a second factor (or a school that requires one) the password opens only the
    // step to the code, or to setting the app up. The failures counted so far stay until
    // the second step succeeds: a right password does not buy more guesses at the code.
    let has_factor = two_factor::factor(&state.store, &account.id).await?.is_some();
    if has_factor || two_factor::required(&state.store, &account.school_id).await? {
        let step = two_factor::start_step(&state.store, &account.id, &next).await?;
        let to = if has_factor { "/login/code" } else { "/login/enrol" };
        let cookie = cookies::step(&step, state.config.secure_cookies());
        return Ok(([(header::SET_COOKIE, cookie)], Redirect::to(to)).into_response());
    }
    login_limits::clear_after_success(&state.store, attempt, &viewer.client_ip).await?;
    open_session(&state, &viewer, &account, None, &next).await
}

/// Signs a member of staff in on a fresh session (after the password, or the password and
/// the code) and sends them where they were going.
pub async fn open_session(
    state: &AppState,
    viewer: &Viewer,
    account: &staff::Staff,
    factor: Option<&'static str>,
    next: &str,
) -> Result<Response, AppError> {
    // A new secret at every sign-in: a session id planted before sign-in is worthless.
    if let Some(old) = &viewer.session {
        sessions::delete(&state.store, old).await?;
    }
    let origin = sessions::Origin {
        factor,
        ..viewer.origin()
    };
    let secret = sessions::sign_in(
        &state.store,
        ActorKind::Staff,
        account.id.as_str(),
        &account.school_id,
        &origin,
    )
    .await?;
    let secure = state.config.secure_cookies();
    let mut response = Redirect::to(next).into_response();
    for cookie in [cookies::session(&secret, secure), cookies::clear_step(secure)] {
        response.headers_mut().append(
            header::SET_COOKIE,
            cookie.parse().map_err(|_| AppError::Internal("cookie".into()))?,
        );
    }
    Ok(response)
}

pub async fn logout(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    if let Some(secret) = &viewer.session {
        sessions::sign_out(&state.store, secret, &viewer.client_ip).await?;
    }
    let cookie = cookies::clear_session(state.config.secure_cookies());
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to("/login?bye=1")).into_response())
}
