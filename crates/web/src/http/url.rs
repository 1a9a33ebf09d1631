//! Addresses: a value put into a query string, and a `next` or `back` that may only lead
//! to a page of this site.

/// Percent-encodes a value for a query string.
pub fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Only paths of this site: no scheme, no `//host`, no backslashes, and no control
/// character or space at all (a browser drops a tab or newline, so `/\t/host` would become
/// `//host`, and a newline cannot go into a header).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.chars().any(|c| c.is_control() || c.is_whitespace()) =>
        {
            n.to_string()
        }
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(super::safe_next(Some("/rounds/abc")), "/rounds/abc");
        for evil in ["//evil.example", "https://evil.example", "/\\evil.example", "rounds"] {
            assert_eq!(super::safe_next(Some(evil)), "/", "{evil}");
        }
    }
}
