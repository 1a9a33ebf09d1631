//! A member of staff's own account (`/account`): the second sign-in step (switch on with an
//! authenticator app, new recovery codes, switch off), the password, and the sessions open
//! on other devices, each of which they can end.

use crate::http::error::AppError;
use crate::http::form::minutes_to_wait;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::services::two_factor::{self as second_step, CodeForm, RecoveryPage};
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid, render_too_many};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ActorKind;
use samenspraak_core::time::utc_to_local;
use samenspraak_core::values::check_new_password;
use samenspraak_store::login_limits::{self, Attempt, Verdict};
use samenspraak_store::{audit, sessions, staff, two_factor};
use serde::Deserialize;

/// One open session as the list shows it.
pub struct SessionLine {
    handle: String,
    device: String,
    address: String,
    since: String,
    last_seen: String,
    this_one: bool,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    ctx: PageCtx,
    email: String,
    factor_on: bool,
    required: bool,
    codes_left: i64,
    sessions: Vec<SessionLine>,
    errors: FieldErrors,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Notice {
    done: String,
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    errors: FieldErrors,
    notice: Option<String>,
) -> Result<AccountPage, AppError> {
    let t = sv.viewer.tr();
    let me = staff::get(&state.store, sv.school(), sv.id()).await?;
    let factor_on = two_factor::factor(&state.store, sv.id()).await?.is_some();
    let open = sessions::open_of(
        &state.store,
        ActorKind::Staff,
        sv.id().as_str(),
        sv.viewer.session.as_deref(),
    )
    .await?;
    Ok(AccountPage {
        ctx: sv.viewer.page(t.t("account-title")),
        email: me.email,
        factor_on,
        required: two_factor::required(&state.store, sv.school()).await?,
        codes_left: two_factor::recovery_codes_left(&state.store, sv.id()).await?,
        sessions: open
            .into_iter()
            .map(|o| SessionLine {
                handle: o.handle,
                device: o.device.unwrap_or_else(|| t.t("account-device-unknown")),
                address: o.address.unwrap_or_default(),
                since: t.datetime_long(utc_to_local(o.created_at)),
                last_seen: t.datetime_long(utc_to_local(o.last_seen_at)),
                this_one: o.this_one,
            })
            .collect(),
        errors,
        notice,
    })
}

/// `GET /account`
pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Query(q): Query<Notice>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let notice = match q.done.as_str() {
        "password" => Some(t.t("account-password-changed")),
        "ended" => Some(t.t("account-sessions-ended")),
        "off" => Some(t.t("account-factor-off")),
        _ => None,
    };
    render(&page(&state, &sv, FieldErrors::new(), notice).await?)
}

/// `GET /account/two-factor`: a new secret to scan.
pub async fn enrol_form(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    if two_factor::factor(&state.store, sv.id()).await?.is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    let page = second_step::enrol_page(
        &state,
        &sv.viewer,
        sv.id(),
        sv.school(),
        "/account/two-factor",
        None,
        FieldErrors::new(),
    )
    .await?;
    render(&page)
}

fn codes_page(sv: &StaffViewer, codes: Vec<String>) -> Result<Response, AppError> {
    render(&RecoveryPage {
        ctx: sv.viewer.page(sv.viewer.tr().t("recovery-title")),
        codes,
        next: "/account".into(),
    })
}

/// `POST /account/two-factor`: the first code switches it on; the codes are shown once.
pub async fn enrol(
    State(state): State<AppState>,
    sv: StaffViewer,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    if two_factor::factor(&state.store, sv.id()).await?.is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    match second_step::confirm_enrolment(&state, &sv.viewer, sv.id(), sv.school(), "/account/two-factor", &form).await?
    {
        Err(page) => render_invalid(&page),
        Ok(codes) => codes_page(&sv, codes),
    }
}

/// A code from the app or a recovery code, asked before changing the second step. Wrong
/// codes count against the account as at sign-in: a stolen session buys no endless
/// guessing of the code.
async fn code_or_again(
    state: &AppState,
    sv: &StaffViewer,
    typed: &str,
    field: &'static str,
) -> Result<Option<Response>, AppError> {
    let t = sv.viewer.tr();
    let me = staff::get(&state.store, sv.school(), sv.id()).await?;
    let attempt = Attempt::AccountCode { email: &me.email };
    let (this_try, verdict) = login_limits::reserve(&state.store, attempt, &sv.viewer.client_ip).await?;
    if let Some(locked) = locked(state, sv, verdict, field).await? {
        return Ok(Some(locked));
    }
    if second_step::check_code(state, sv.id(), typed).await?.is_some() {
        login_limits::forget_try(&state.store, &this_try).await?;
        return Ok(None);
    }
    audit::record(
        &state.store,
        &sv.who().did(audit::Kind::SignInFailed).detail("factor=code"),
    )
    .await?;
    let mut errors = FieldErrors::new();
    errors.add_message(field, &t, t.t("account-code-wrong"));
    Ok(Some(render_invalid(&page(state, sv, errors, None).await?)?))
}

/// The page with "wait N minutes" at `field` when this account has had too many tries.
async fn locked(
    state: &AppState,
    sv: &StaffViewer,
    verdict: Verdict,
    field: &'static str,
) -> Result<Option<Response>, AppError> {
    let Verdict::Locked {
        retry_after_seconds, ..
    } = verdict
    else {
        return Ok(None);
    };
    let t = sv.viewer.tr();
    let mut errors = FieldErrors::new();
    errors.add_message(field, &t, t.n("login-locked", minutes_to_wait(retry_after_seconds)));
    Ok(Some(render_too_many(
        &page(state, sv, errors, None).await?,
        retry_after_seconds,
    )?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConfirmForm {
    /// For new recovery codes.
    codes_code: String,
    /// For switching it off.
    off_code: String,
}

/// `POST /account/recovery-codes`: ten new codes; the old ones stop working.
pub async fn new_codes(
    State(state): State<AppState>,
    sv: StaffViewer,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    if let Some(again) = code_or_again(&state, &sv, &form.codes_code, "codes_code").await? {
        return Ok(again);
    }
    let codes = second_step::recovery_codes();
    two_factor::new_recovery_codes(&state.store, sv.id(), &codes, &sv.who()).await?;
    codes_page(&sv, codes)
}

/// `POST /account/two-factor/off`: not while the school requires it.
pub async fn switch_off(
    State(state): State<AppState>,
    sv: StaffViewer,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    if two_factor::required(&state.store, sv.school()).await? {
        let t = sv.viewer.tr();
        let mut errors = FieldErrors::new();
        errors.add_message("off_code", &t, t.t("account-factor-required"));
        return render_invalid(&page(&state, &sv, errors, None).await?);
    }
    if let Some(again) = code_or_again(&state, &sv, &form.off_code, "off_code").await? {
        return Ok(again);
    }
    two_factor::disable(&state.store, sv.id(), &sv.who()).await?;
    Ok(Redirect::to("/account?done=off").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
}

/// `POST /account/password`: with the current password; the other sessions end.
pub async fn change_password(
    State(state): State<AppState>,
    sv: StaffViewer,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let me = staff::get(&state.store, sv.school(), sv.id()).await?;
    let attempt = Attempt::Staff { email: &me.email };
    let (this_try, verdict) = login_limits::reserve(&state.store, attempt, &sv.viewer.client_ip).await?;
    if let Some(locked) = locked(&state, &sv, verdict, "current_password").await? {
        return Ok(locked);
    }
    let hash = staff::password_hash(&state.store, sv.id()).await?;
    let current = form.current_password.clone();
    let verified = tokio::task::spawn_blocking(move || password_auth::verify_password(current, &hash).is_ok())
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let mut errors = FieldErrors::new();
    if verified {
        login_limits::forget_try(&state.store, &this_try).await?;
    } else {
        audit::record(&state.store, &sv.who().did(audit::Kind::SignInFailed)).await?;
        errors.add_message("current_password", &t, t.t("account-password-wrong"));
    }
    if let Err(e) = check_new_password(&form.new_password) {
        errors.add("new_password", &t, e);
    }
    if !errors.is_empty() {
        return render_invalid(&page(&state, &sv, errors, None).await?);
    }
    let new = form.new_password.clone();
    let new_hash = tokio::task::spawn_blocking(move || password_auth::generate_hash(new))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    staff::change_password(&state.store, sv.id(), &new_hash, &sv.who()).await?;
    sessions::end_all_of(
        &state.store,
        ActorKind::Staff,
        sv.id().as_str(),
        sv.viewer.session.as_deref(),
        &sv.who(),
    )
    .await?;
    Ok(Redirect::to("/account?done=password").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EndForm {
    /// A session's handle, or `others` for every session but this one.
    session: String,
}

/// `POST /account/sessions/end`
pub async fn end_session(
    State(state): State<AppState>,
    sv: StaffViewer,
    Form(form): Form<EndForm>,
) -> Result<Response, AppError> {
    let me = sv.id().as_str();
    if form.session == "others" {
        sessions::end_all_of(
            &state.store,
            ActorKind::Staff,
            me,
            sv.viewer.session.as_deref(),
            &sv.who(),
        )
        .await?;
    } else if !sessions::end_one(&state.store, ActorKind::Staff, me, &form.session, &sv.who()).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/account?done=ended#sessions-heading").into_response())
}
