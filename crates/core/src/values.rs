//! Validated values: once one of these exists, it is valid. Parsing errors name a Fluent
//! message key, so the web layer shows them translated next to the field.

use jiff::civil::Date;

/// Why a value was refused; `key()` is the Fluent message shown next to the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    #[error("required")]
    Required,
    #[error("too long")]
    TooLong,
    #[error("invalid email")]
    Email,
    #[error("invalid phone")]
    Phone,
    #[error("invalid date")]
    Date,
    #[error("invalid date and time")]
    DateTime,
    #[error("invalid time of day")]
    Time,
    #[error("date on another weekday")]
    WrongWeekday,
    #[error("password too short")]
    PasswordTooShort,
    #[error("unknown language")]
    Language,
    #[error("unknown choice")]
    Choice,
    #[error("end before start")]
    EndBeforeStart,
    #[error("end time before start time")]
    EndBeforeStartTime,
    #[error("out of order")]
    OutOfOrder,
    #[error("already in use")]
    Taken,
    #[error("not a whole number within the limits")]
    OutOfRange,
    #[error("not a web address")]
    Url,
}

impl FieldError {
    pub fn key(self) -> &'static str {
        match self {
            Self::Required => "error-required",
            Self::Url => "error-url",
            Self::TooLong => "error-too-long",
            Self::Email => "error-email",
            Self::Phone => "error-phone",
            Self::Date => "error-date",
            Self::DateTime => "error-datetime",
            Self::Time => "error-time",
            Self::WrongWeekday => "error-wrong-weekday",
            Self::PasswordTooShort => "error-password-short",
            Self::Language => "error-language",
            Self::Choice => "error-choice",
            Self::EndBeforeStart => "error-end-before-start",
            Self::EndBeforeStartTime => "error-end-before-start-time",
            Self::OutOfOrder => "error-phase-order",
            Self::Taken => "error-taken",
            Self::OutOfRange => "error-out-of-range",
        }
    }
}

/// A whole number from `min` to `max`, as typed in a form.
pub fn parse_whole(raw: &str, min: i64, max: i64) -> Result<i64, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(FieldError::Required);
    }
    raw.parse::<i64>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or(FieldError::OutOfRange)
}

/// Every refused field of a form: (field name, why).
pub type FieldProblems = Vec<(&'static str, FieldError)>;

/// Trims, and refuses empty or absurdly long text.
pub fn required_text(raw: &str, max_chars: usize) -> Result<String, FieldError> {
    let t = collapse_spaces(raw);
    if t.is_empty() {
        Err(FieldError::Required)
    } else if t.chars().count() > max_chars {
        Err(FieldError::TooLong)
    } else {
        Ok(t)
    }
}

pub fn optional_text(raw: &str, max_chars: usize) -> Result<Option<String>, FieldError> {
    match required_text(raw, max_chars) {
        Ok(t) => Ok(Some(t)),
        Err(FieldError::Required) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Text of several lines, as typed in a textarea: spaces within a line collapsed, each line
/// trimmed, at most one empty line in a row, none at the start or end. Empty is none.
pub fn optional_lines(raw: &str, max_chars: usize) -> Result<Option<String>, FieldError> {
    let mut lines: Vec<String> = Vec::new();
    for line in raw.lines().map(collapse_spaces) {
        if !line.is_empty() || lines.last().is_some_and(|l| !l.is_empty()) {
            lines.push(line);
        }
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let text = lines.join("\n");
    if text.is_empty() {
        Ok(None)
    } else if text.chars().count() > max_chars {
        Err(FieldError::TooLong)
    } else {
        Ok(Some(text))
    }
}

fn collapse_spaces(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A lower-cased email address with one `@`, a dot in the domain and no spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let e = raw.trim().to_lowercase();
        if e.is_empty() {
            return Err(FieldError::Required);
        }
        let Some((local, domain)) = e.split_once('@') else {
            return Err(FieldError::Email);
        };
        let ok = !local.is_empty()
            && e.len() <= 254
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !e.chars().any(|c| c.is_whitespace() || c == ',' || c == ';');
        if ok { Ok(Self(e)) } else { Err(FieldError::Email) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A phone number as people write it; at least 9 digits, only digits and separators.
pub fn parse_phone(raw: &str) -> Result<String, FieldError> {
    let t = raw.trim();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let allowed = t.chars().all(|c| c.is_ascii_digit() || " +-./()".contains(c));
    if allowed && (9..=15).contains(&digits) {
        Ok(collapse_spaces(t))
    } else {
        Err(FieldError::Phone)
    }
}

/// Dates as Belgian schools write them: `14/03/2015`, `14-03-2015`, `14.03.2015`,
/// ISO `2015-03-14`, or an Excel serial day number.
pub fn parse_date(raw: &str) -> Result<Date, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(FieldError::Required);
    }
    if let Ok(d) = t.parse::<Date>() {
        return Ok(d);
    }
    // An Excel date cell read as a number: days since 1899-12-30.
    if let Ok(serial) = t.parse::<f64>()
        && (1000.0..100_000.0).contains(&serial)
    {
        let base = Date::new(1899, 12, 30).map_err(|_| FieldError::Date)?;
        return base
            .checked_add(jiff::Span::new().days(serial.trunc() as i64))
            .map_err(|_| FieldError::Date);
    }
    let parts: Vec<&str> = t.split(['/', '-', '.']).map(str::trim).collect();
    if let [d, m, y] = parts[..] {
        let (Ok(d), Ok(m), Ok(mut y)) = (d.parse::<i8>(), m.parse::<i8>(), y.parse::<i16>()) else {
            return Err(FieldError::Date);
        };
        if y < 100 {
            y += 2000;
        }
        return Date::new(y, m, d).map_err(|_| FieldError::Date);
    }
    Err(FieldError::Date)
}

pub const MIN_PASSWORD_CHARS: usize = 10;

pub fn check_new_password(raw: &str) -> Result<(), FieldError> {
    if raw.chars().count() < MIN_PASSWORD_CHARS {
        Err(FieldError::PasswordTooShort)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_breaks_but_not_their_clutter() {
        assert_eq!(
            optional_lines("  Lezen  gaat  beter \r\n\n\n\n- vraag 1\n  - vraag 2  \n\n", 100),
            Ok(Some("Lezen gaat beter\n\n- vraag 1\n- vraag 2".into()))
        );
        assert_eq!(optional_lines(" \n \n", 100), Ok(None));
        assert_eq!(optional_lines("abc", 2), Err(FieldError::TooLong));
    }

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" An.Peeters@School.be ").unwrap().as_str(),
            "an.peeters@school.be"
        );
        for bad in ["an", "an@school", "an@@school.be", "an school@x.be", "@x.be", "a@x..be"] {
            assert_eq!(Email::parse(bad), Err(FieldError::Email), "{bad}");
        }
    }

    #[test]
    fn belgian_dates() {
        let want = Date::new(2015, 3, 14).unwrap();
        for ok in ["14/03/2015", "14-3-2015", "14.03.2015", "2015-03-14", "42077"] {
            assert_eq!(parse_date(ok), Ok(want), "{ok}");
        }
        assert_eq!(parse_date("31/02/2015"), Err(FieldError::Date));
        assert_eq!(parse_date("morgen"), Err(FieldError::Date));
    }

    #[test]
    fn phones() {
        assert!(parse_phone("0470 12 34 56").is_ok());
        assert!(parse_phone("+32 470/12.34.56").is_ok());
        assert_eq!(parse_phone("12345"), Err(FieldError::Phone));
        assert_eq!(parse_phone("bel mama"), Err(FieldError::Phone));
    }
}

/// An optional web address for families to open (a video call): `https://` and no spaces,
/// at most 300 characters. Empty is none.
pub fn parse_https_link(raw: &str) -> Result<Option<String>, FieldError> {
    let link = raw.trim();
    if link.is_empty() {
        return Ok(None);
    }
    if link.chars().count() > 300 {
        return Err(FieldError::TooLong);
    }
    let rest = link.strip_prefix("https://").ok_or(FieldError::Url)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || !host.contains('.') || link.chars().any(|c| c.is_whitespace() || c == '"' || c == '<') {
        return Err(FieldError::Url);
    }
    Ok(Some(link.to_string()))
}

#[cfg(test)]
mod link_tests {
    use super::*;

    #[test]
    fn a_video_link_is_a_secure_web_address() {
        assert_eq!(parse_https_link("  "), Ok(None));
        assert_eq!(
            parse_https_link(" https://meet.jit.si/kom-6a ").unwrap().as_deref(),
            Some("https://meet.jit.si/kom-6a")
        );
        assert_eq!(parse_https_link("http://meet.example/x"), Err(FieldError::Url));
        assert_eq!(parse_https_link("meet.jit.si/kom"), Err(FieldError::Url));
        assert_eq!(parse_https_link("https://localhost"), Err(FieldError::Url));
        assert_eq!(parse_https_link("https://a.be/x y"), Err(FieldError::Url));
        assert_eq!(
            parse_https_link(&format!("https://a.be/{}", "x".repeat(300))),
            Err(FieldError::TooLong)
        );
    }
}

/// The name a colleague is greeted by: "Juf An De Smet" is "An", "Meester Tom" is "Tom".
/// Staff names are written as the children and parents read them, title first.
pub fn given_name(display: &str) -> &str {
    const TITLES: [&str; 9] = [
        "juf", "juffrouw", "meester", "meneer", "mevrouw", "mevr.", "dhr.", "mr.", "dr.",
    ];
    let words: Vec<&str> = display.split_whitespace().collect();
    let titles = words
        .iter()
        .take_while(|w| TITLES.contains(&w.to_lowercase().as_str()))
        .count();
    // A title alone is all there is to greet by.
    words.get(titles).or(words.first()).copied().unwrap_or(display)
}

#[cfg(test)]
mod given_name_tests {
    use super::given_name;

    #[test]
    fn a_colleague_is_greeted_by_their_first_name() {
        assert_eq!(given_name("Juf An De Smet"), "An");
        assert_eq!(given_name("meester Tom Peeters"), "Tom");
        assert_eq!(given_name("Mevr. Fatima Zahra"), "Fatima");
        assert_eq!(given_name("Pieter Janssens"), "Pieter");
        assert_eq!(given_name("Meester"), "Meester", "a title alone is all there is");
        assert_eq!(given_name(""), "");
    }
}
