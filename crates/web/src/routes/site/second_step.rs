//! The second step of a staff sign-in: after the right password, the code from the
//! authenticator app or a recovery code (`/login/code`); for someone whose school requires
//! the second step and who has none yet, setting the app up first (`/login/enrol`). The
//! step lasts ten minutes and allows five codes; a code counts once.

use crate::http::cookies;
use crate::http::error::AppError;
use crate::http::form::minutes_to_wait;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::Viewer;
use crate::routes::site::login::open_session;
use crate::services::two_factor::{CodeForm, RecoveryPage, check_code, confirm_enrolment, enrol_page};
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid, render_too_many};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ActorKind;
use samenspraak_store::login_limits::{self, Attempt, Verdict};
use samenspraak_store::two_factor::{self, Step};
use samenspraak_store::{audit, staff};

#[derive(Template)]
#[template(path = "login_code.html")]
struct CodePage {
    ctx: PageCtx,
    errors: FieldErrors,
}

/// The step of this browser, if it has one that lasts.
async fn current_step(
    state: &AppState,
    viewer: &Viewer,
    headers: &axum::http::HeaderMap,
) -> Result<Option<(String, Step)>, AppError> {
    let Some(secret) = cookies::get(headers, cookies::STEP) else {
        return Ok(None);
    };
    Ok(two_factor::step(&state.store, &secret).await?.map(|s| (secret, s)))
        .map(|found| found.filter(|_| viewer.actor.is_none()))
}

fn start_again() -> Response {
    Redirect::to("/login?again=1").into_response()
}

/// `GET /login/code`
pub async fn code_form(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    if current_step(&state, &viewer, &headers).await?.is_none() {
        return Ok(start_again());
    }
    render(&CodePage {
        ctx: viewer.page(viewer.tr().t("code-title")),
        errors: FieldErrors::new(),
    })
}

/// This browser's step, taking one of its tries (for the forms that use one).
async fn try_step(
    state: &AppState,
    viewer: &Viewer,
    headers: &axum::http::HeaderMap,
) -> Result<Option<(String, Step, i64)>, AppError> {
    let Some(secret) = cookies::get(headers, cookies::STEP) else {
        return Ok(None);
    };
    if viewer.actor.is_some() {
        return Ok(None);
    }
    Ok(two_factor::take_try(&state.store, &secret)
        .await?
        .map(|(step, left)| (secret, step, left)))
}

/// `POST /login/code`: five tries per step, and every wrong code counts against the
/// account (`Attempt::SecondStep`), so a known password buys no endless guessing.
pub async fn code_submit(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: axum::http::HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let Some((secret, step, left)) = try_step(&state, &viewer, &headers).await? else {
        return Ok(start_again());
    };
    let t = viewer.tr();
    let account = staff::get(&state.store, &step.school, &step.staff).await?;
    let attempt = Attempt::SecondStep { email: &account.email };
    // Counted before it is judged: a burst of parallel codes cannot slip under the limit.
    let (this_try, verdict) = login_limits::reserve(&state.store, attempt, &viewer.client_ip).await?;
    if let Verdict::Locked {
        retry_after_seconds, ..
    } = verdict
    {
        two_factor::end_step(&state.store, &secret).await?;
        let mut errors = FieldErrors::new();
        errors.add_message(
            "login_code",
            &t,
            t.n("login-locked", minutes_to_wait(retry_after_seconds)),
        );
        let page = CodePage {
            ctx: viewer.page(t.t("code-title")),
            errors,
        };
        return render_too_many(&page, retry_after_seconds);
    }
    if let Some(factor) = check_code(&state, &step.staff, &form.login_code).await? {
        login_limits::forget_try(&state.store, &this_try).await?;
        // The password's failures end here, now that the whole sign-in succeeded.
        let password = Attempt::Staff { email: &account.email };
        login_limits::clear_after_success(&state.store, password, &viewer.client_ip).await?;
        two_factor::end_step(&state.store, &secret).await?;
        return open_session(&state, &viewer, &account, Some(factor), &step.next).await;
    }
    let entry = audit::Who::person(&step.school, ActorKind::Staff, step.staff.as_str(), &viewer.client_ip)
        .did(audit::Kind::SignInFailed)
        .detail("factor=code");
    audit::record(&state.store, &entry).await?;
    if left == 0 {
        two_factor::end_step(&state.store, &secret).await?;
        return Ok(start_again());
    }
    let mut errors = FieldErrors::new();
    errors.add_message("login_code", &t, t.n("code-wrong", left));
    render_invalid(&CodePage {
        ctx: viewer.page(t.t("code-title")),
        errors,
    })
}

/// `GET /login/enrol`: the school requires the second step and this person has none yet.
pub async fn enrol_form(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let Some((_, step)) = current_step(&state, &viewer, &headers).await? else {
        return Ok(start_again());
    };
    if two_factor::factor(&state.store, &step.staff).await?.is_some() {
        return Ok(Redirect::to("/login/code").into_response());
    }
    render(
        &enrol_page(
            &state,
            &viewer,
            &step.staff,
            &step.school,
            "/login/enrol",
            None,
            FieldErrors::new(),
        )
        .await?,
    )
}

/// `POST /login/enrol`: the first code from the app switches it on, signs in and shows
/// the recovery codes once.
pub async fn enrol_submit(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: axum::http::HeaderMap,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let Some((secret, step, _)) = try_step(&state, &viewer, &headers).await? else {
        return Ok(start_again());
    };
    if two_factor::factor(&state.store, &step.staff).await?.is_some() {
        return Ok(Redirect::to("/login/code").into_response());
    }
    match confirm_enrolment(&state, &viewer, &step.staff, &step.school, "/login/enrol", &form).await? {
        Err(page) => render_invalid(&page),
        Ok(recovery) => {
            two_factor::end_step(&state.store, &secret).await?;
            let account = staff::get(&state.store, &step.school, &step.staff).await?;
            let password = Attempt::Staff { email: &account.email };
            login_limits::clear_after_success(&state.store, password, &viewer.client_ip).await?;
            let signed_in = open_session(&state, &viewer, &account, Some("totp"), &step.next).await?;
            // The session's cookies go with the page of codes, not with a redirect.
            let page = RecoveryPage {
                ctx: viewer.page(viewer.tr().t("recovery-title")),
                codes: recovery,
                next: step.next,
            };
            let mut response = render(&page)?;
            for cookie in signed_in.headers().get_all(axum::http::header::SET_COOKIE) {
                response
                    .headers_mut()
                    .append(axum::http::header::SET_COOKIE, cookie.clone());
            }
            Ok(response)
        }
    }
}
