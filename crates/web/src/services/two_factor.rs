//! The second sign-in step: the codes of an authenticator app (TOTP, RFC 6238: SHA-1, six
//! digits, 30 seconds, what every app reads from an `otpauth://` QR code), the ten one-time
//! recovery codes, and the pages for setting the app up that the sign-in and the account
//! page share.

use crate::http::error::AppError;
use crate::http::form::FieldErrors;
use crate::http::viewer::Viewer;
use crate::state::AppState;
use crate::ui::page::PageCtx;
use askama::Template;
use samenspraak_core::ActorKind;
use samenspraak_core::ids::{SchoolId, StaffId};
use samenspraak_store::{audit, now, schools, staff, two_factor};
use serde::Deserialize;
use totp_rs::{Algorithm, Secret, TOTP};

/// Seconds per code.
const STEP: i64 = 30;

/// A new secret: 160 random bits, base32 as the apps show and take it.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    Secret::Raw(bytes.to_vec()).to_encoded().to_string()
}

fn totp(secret: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret.to_string()).to_bytes().ok()?;
    TOTP::new(Algorithm::SHA1, 6, 1, STEP as u64, bytes).ok()
}

/// The code the app shows at `at` (for tests, and to show nothing else).
pub fn code_at(secret: &str, at: i64) -> String {
    totp(secret).map(|t| t.generate(at.max(0) as u64)).unwrap_or_default()
}

/// The time step whose code was typed, allowing one step of clock drift either way.
pub fn matching_step(secret: &str, typed: &str, at: i64) -> Option<i64> {
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret)?;
    let now = at / STEP;
    [now - 1, now, now + 1].into_iter().filter(|s| *s >= 0).find(|step| {
        let expected = totp.generate((step * STEP) as u64);
        // The same time whatever digit differs.
        expected
            .bytes()
            .zip(typed.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    })
}

/// The address an authenticator app reads from the QR code.
pub fn otpauth_url(issuer: &str, account: &str, secret: &str) -> String {
    let issuer = percent(issuer);
    format!(
        "otpauth://totp/{issuer}:{}?secret={secret}&issuer={issuer}&algorithm=SHA1&digits=6&period={STEP}",
        percent(account)
    )
}

fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Letters and digits no one confuses when reading them off paper (no 0/o, 1/l/i).
const RECOVERY_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// Ten recovery codes like `k7dm-3xqa`, about 40 random bits each.
pub fn recovery_codes() -> Vec<String> {
    (0..10)
        .map(|_| {
            let mut bytes = [0u8; 8];
            getrandom::fill(&mut bytes).expect("the operating system's random source failed");
            let chars: String = bytes
                .iter()
                .map(|b| RECOVERY_ALPHABET[usize::from(*b) % RECOVERY_ALPHABET.len()] as char)
                .collect();
            format!("{}-{}", &chars[..4], &chars[4..])
        })
        .collect()
}

/// A recovery code as typed (any case, with or without the dash or spaces) in the form it
/// was handed out; None when it cannot be one.
pub fn recovery_code_typed(typed: &str) -> Option<String> {
    let chars: String = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (chars.len() == 8).then(|| format!("{}-{}", &chars[..4], &chars[4..]))
}

/// The app being set up: its QR code and the secret in letters for typing it in.
#[derive(Template)]
#[template(path = "two_factor_enrol.html")]
pub struct EnrolPage {
    pub ctx: PageCtx,
    pub action: &'static str,
    pub qr: String,
    pub secret: String,
    /// The secret in groups of four, for reading it off the screen.
    pub secret_grouped: String,
    pub errors: FieldErrors,
    /// The school requires the step: said as the reason on the page.
    pub required: bool,
}

/// The ten recovery codes, shown once.
#[derive(Template)]
#[template(path = "two_factor_codes.html")]
pub struct RecoveryPage {
    pub ctx: PageCtx,
    pub codes: Vec<String>,
    pub next: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    pub login_code: String,
    pub secret: String,
}

/// Checks a code from the app, then a recovery code; returns which one it was.
pub async fn check_code(state: &AppState, staff: &StaffId, typed: &str) -> Result<Option<&'static str>, AppError> {
    if let Some(factor) = two_factor::factor(&state.store, staff).await?
        && let Some(step) = matching_step(&factor.secret, typed, now())
        && two_factor::use_step(&state.store, staff, step).await?
    {
        return Ok(Some("totp"));
    }
    if let Some(code) = recovery_code_typed(typed)
        && two_factor::use_recovery_code(&state.store, staff, &code).await?
    {
        return Ok(Some("recovery"));
    }
    Ok(None)
}

/// The enrolment page for a new secret (or the one being confirmed).
pub async fn enrol_page(
    state: &AppState,
    viewer: &Viewer,
    staff_id: &StaffId,
    school: &SchoolId,
    action: &'static str,
    secret: Option<String>,
    errors: FieldErrors,
) -> Result<EnrolPage, AppError> {
    let account = staff::get(&state.store, school, staff_id).await?;
    let school_name = schools::get(&state.store, school).await?.name;
    let secret = secret.filter(|s| !s.is_empty()).unwrap_or_else(new_secret);
    let url = otpauth_url(&format!("Samenspraak {school_name}"), &account.email, &secret);
    let grouped = secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    Ok(EnrolPage {
        ctx: viewer.page(viewer.tr().t("enrol-title")),
        action,
        qr: crate::ui::qr::qr_svg(&url)?,
        secret,
        secret_grouped: grouped,
        errors,
        required: two_factor::required(&state.store, school).await?,
    })
}

/// Switches the second step on when the code fits the secret; `Err` carries the page
/// again with the message.
pub async fn confirm_enrolment(
    state: &AppState,
    viewer: &Viewer,
    staff_id: &StaffId,
    school: &SchoolId,
    action: &'static str,
    form: &CodeForm,
) -> Result<Result<Vec<String>, EnrolPage>, AppError> {
    let t = viewer.tr();
    let fits = (form.secret.len() >= 32)
        .then(|| matching_step(&form.secret, &form.login_code, now()))
        .flatten();
    let Some(step) = fits else {
        let mut errors = FieldErrors::new();
        errors.add_message("login_code", &t, t.t("enrol-wrong"));
        let page = enrol_page(
            state,
            viewer,
            staff_id,
            school,
            action,
            Some(form.secret.clone()),
            errors,
        )
        .await?;
        return Ok(Err(page));
    };
    let recovery = recovery_codes();
    let who = audit::Who::person(school, ActorKind::Staff, staff_id.as_str(), &viewer.client_ip);
    two_factor::enable(&state.store, staff_id, &form.secret, step, &recovery, &who).await?;
    Ok(Ok(recovery))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" at 59 seconds gives
    /// 94287082 in eight digits; the app's six are its last six.
    #[test]
    fn codes_are_those_of_the_rfc() {
        let secret = Secret::Raw(b"12345678901234567890".to_vec()).to_encoded().to_string();
        assert_eq!(code_at(&secret, 59), "287082");
        assert_eq!(code_at(&secret, 1_111_111_109), "081804");
        assert_eq!(matching_step(&secret, "287 082", 59), Some(1));
        assert_eq!(
            matching_step(&secret, "287082", 59 + 30),
            Some(1),
            "one step late still counts"
        );
        assert_eq!(matching_step(&secret, "287082", 59 + 90), None);
        assert_eq!(matching_step(&secret, "287083", 59), None);
        assert_eq!(matching_step(&secret, "abcdef", 59), None);
    }

    #[test]
    fn recovery_codes_are_ten_different_and_read_back_however_typed() {
        let codes = recovery_codes();
        assert_eq!(codes.len(), 10);
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 10);
        let typed = codes[0].to_uppercase().replace('-', " ");
        assert_eq!(recovery_code_typed(&typed).as_deref(), Some(codes[0].as_str()));
        assert_eq!(recovery_code_typed("123"), None);
    }

    #[test]
    fn the_address_names_the_school_and_the_person() {
        let url = otpauth_url("Samenspraak De Regenboog", "an@school.be", "JBSWY3DPEHPK3PXP");
        assert_eq!(
            url,
            "otpauth://totp/Samenspraak%20De%20Regenboog:an@school.be?secret=JBSWY3DPEHPK3PXP\
             &issuer=Samenspraak%20De%20Regenboog&algorithm=SHA1&digits=6&period=30"
        );
    }
}
