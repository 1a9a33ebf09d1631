//! The two cookies Samenspraak sets: `sid` (the session secret; HttpOnly, SameSite=Lax,
//! Secure over HTTPS, gone when the browser closes) and `lang` (the chosen language).

use axum::http::HeaderMap;
use axum::http::header::COOKIE;

pub const SESSION: &str = "sid";
pub const LANGUAGE: &str = "lang";
/// Between the password and the code of a second step; only the sign-in pages see it.
pub const STEP: &str = "step";

/// The value of cookie `name` in the request, if any.
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

pub fn session(secret: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION}={secret}; Path=/; HttpOnly; SameSite=Lax{secure}")
}

pub fn clear_session(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
}

pub fn step(secret: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{STEP}={secret}; Path=/login; HttpOnly; SameSite=Lax; Max-Age=600{secure}")
}

pub fn clear_step(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{STEP}=; Path=/login; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
}

pub fn language(code: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{LANGUAGE}={code}; Path=/; SameSite=Lax; Max-Age=31536000{secure}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_cookie_among_others() {
        let mut h = HeaderMap::new();
        h.insert(COOKIE, "lang=en; sid=abc123".parse().unwrap());
        assert_eq!(get(&h, SESSION).as_deref(), Some("abc123"));
        assert_eq!(get(&h, LANGUAGE).as_deref(), Some("en"));
        assert_eq!(get(&h, "other"), None);
    }

    #[test]
    fn session_cookie_is_http_only_and_secure_over_https() {
        assert!(session("s", true).contains("HttpOnly; SameSite=Lax; Secure"));
        assert!(!session("s", false).contains("Secure"));
    }
}
