//! How a guardian comes in: the invitation's landing page and the page to type the letter's
//! code. Opening an invitation link (GET) changes nothing and creates no
//! session, so a mail filter that opens every link neither uses it up nor gets in; only the
//! button on the page (POST) signs the guardian in, and the token is in no later address.

use crate::http::cookies;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form, minutes_to_wait};
use crate::http::viewer::Viewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid, render_too_many};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ActorKind;
use samenspraak_core::invitation::normalize_code;
use samenspraak_store::invitations::{self, Redeemed};
use samenspraak_store::login_limits::{self, Attempt, Verdict};
use samenspraak_store::sessions;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "family/landing.html")]
struct LandingPage {
    ctx: PageCtx,
    action: String,
}

#[derive(Template)]
#[template(path = "family/code.html")]
struct CodePage {
    ctx: PageCtx,
    code: String,
    errors: FieldErrors,
    bye: bool,
}

#[derive(Template)]
#[template(path = "family/not_valid.html")]
struct NotValidPage {
    ctx: PageCtx,
    message: String,
}

/// The landing page and the answers to a token leave no trace elsewhere: no referrer to
/// follow, nothing cached.
fn private(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `GET /i/{token}`: a page with one button. The token is not even looked up.
pub async fn landing(viewer: Viewer, Path(token): Path<String>) -> Result<Response, AppError> {
    let t = viewer.tr();
    // Only the shape of a token goes into the form's address; anything else gets a page
    // whose button leads nowhere useful, like any wrong token. The page's language goes
    // along, so an answer after the button (a link no longer valid) speaks it too.
    let token: String = token.chars().filter(char::is_ascii_hexdigit).take(64).collect();
    Ok(private(render(&LandingPage {
        ctx: viewer.page(t.t("family-landing-title")),
        action: format!("/i/{token}?lang={}", t.code()),
    })?))
}

/// Wrong links and codes are counted per address (`login_limits`): the seconds to wait
/// once there were too many.
async fn locked(state: &AppState, viewer: &Viewer) -> Result<Option<i64>, AppError> {
    match login_limits::check(&state.store, Attempt::Invitation, &viewer.client_ip).await? {
        Verdict::Locked {
            retry_after_seconds, ..
        } => Ok(Some(retry_after_seconds)),
        Verdict::Allowed => Ok(None),
    }
}

/// One answer for every token that does not let anyone in: unknown, expired, revoked, or a
/// guardian no longer at the school. Nothing tells them apart. After too many, the page
/// says how long to wait, as 429.
fn not_valid(viewer: &Viewer, retry_after_seconds: Option<i64>) -> Result<Response, AppError> {
    let t = viewer.tr();
    let message = match retry_after_seconds {
        Some(s) => t.n("family-locked", minutes_to_wait(s)),
        None => t.t("family-not-valid"),
    };
    let page = NotValidPage {
        ctx: viewer.page(t.t("family-not-valid-title")),
        message,
    };
    let response = match retry_after_seconds {
        Some(s) => render_too_many(&page, s)?,
        None => {
            let mut response = render(&page)?;
            *response.status_mut() = StatusCode::NOT_FOUND;
            response
        }
    };
    Ok(private(response))
}

/// Signs the guardian in on a fresh session and sends them to the portal.
async fn sign_in(state: &AppState, viewer: &Viewer, found: Redeemed) -> Result<Response, AppError> {
    if let Some(old) = &viewer.session {
        sessions::delete(&state.store, old).await?;
    }
    let secret = sessions::sign_in(
        &state.store,
        ActorKind::Guardian,
        found.guardian_id.as_str(),
        &found.school_id,
        &viewer.origin(),
    )
    .await?;
    let cookie = cookies::session(&secret, state.config.secure_cookies());
    Ok(private(
        ([(header::SET_COOKIE, cookie)], Redirect::to("/family")).into_response(),
    ))
}

fn today() -> jiff::civil::Date {
    samenspraak_core::time::today(samenspraak_store::now())
}

/// `POST /i/{token}`: the button on the landing page.
pub async fn open(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if let Some(seconds) = locked(&state, &viewer).await? {
        return not_valid(&viewer, Some(seconds));
    }
    match invitations::redeem_token(&state.store, &token, today(), &viewer.client_ip).await? {
        Some(found) => sign_in(&state, &viewer, found).await,
        None => {
            login_limits::record_failure(&state.store, Attempt::Invitation, &viewer.client_ip).await?;
            not_valid(&viewer, None)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeQuery {
    bye: Option<String>,
}

/// `GET /code`: where the letter sends those who cannot scan its QR code.
pub async fn code_form(
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<CodeQuery>,
) -> Result<Response, AppError> {
    let t = viewer.tr();
    Ok(private(render(&CodePage {
        ctx: viewer.page(t.t("family-code-title")),
        code: String::new(),
        errors: FieldErrors::new(),
        bye: q.bye.is_some(),
    })?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    invitation_code: String,
}

/// `POST /code`: the typed code; a wrong one is said next to the field, with what was typed.
pub async fn code_submit(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<CodeForm>,
) -> Result<Response, AppError> {
    let t = viewer.tr();
    let page = |message: String| {
        let mut errors = FieldErrors::new();
        errors.add_message("invitation_code", &t, message);
        CodePage {
            ctx: viewer.page(t.t("family-code-title")),
            code: f.invitation_code.chars().take(40).collect(),
            errors,
            bye: false,
        }
    };
    let again = |message: String| render_invalid(&page(message)).map(private);
    if f.invitation_code.trim().is_empty() {
        return again(t.t("family-code-missing"));
    }
    if let Some(seconds) = locked(&state, &viewer).await? {
        return render_too_many(&page(t.n("family-locked", minutes_to_wait(seconds))), seconds).map(private);
    }
    let found = match normalize_code(&f.invitation_code) {
        Some(code) => invitations::redeem_code(&state.store, &code, today(), &viewer.client_ip).await?,
        None => None,
    };
    match found {
        Some(found) => sign_in(&state, &viewer, found).await,
        None => {
            login_limits::record_failure(&state.store, Attempt::Invitation, &viewer.client_ip).await?;
            again(t.t("family-code-wrong"))
        }
    }
}
