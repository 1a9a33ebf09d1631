//! Invitations for guardians (DESIGN.md §2, step 2): a secret link per guardian and per way
//! it reaches them (a printed letter or an email), and a short code to type for those who
//! cannot scan the letter's QR code. Only hashes are stored; a link works until two weeks
//! after the round's conferences, and can be revoked and made anew at any time.
//!
//! Opening a link shows a page with a button and changes nothing: mail filters open every
//! link in a mail, and must neither use up the invitation nor receive a session.

use jiff::civil::Date;

/// How the invitation reached the guardian; each has its own link, so printing the letters
/// again does not stop the emailed link from working, and the other way round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Letter,
    Email,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Letter => "letter",
            Self::Email => "email",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Letter, Self::Email].into_iter().find(|c| c.as_str() == s)
    }
}

/// The letters of a typed code: no 0/O, 1/I/L, and upper case only, so it reads aloud and
/// types back without doubt.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Ten letters: 31^10 ≈ 8·10^14 codes (about 50 bits); with five wrong tries per address per
/// quarter of an hour, guessing one is out of reach.
pub const CODE_LEN: usize = 10;

/// A typed code from random bytes (one per letter).
pub fn code(random: [u8; CODE_LEN]) -> String {
    random
        .iter()
        .map(|b| char::from(CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()]))
        .collect()
}

/// Stands in a queued invitation mail where the link's token goes: the secret is made only
/// when the mail is sent, so no live invitation lies in the outbox.
pub const TOKEN_PLACEHOLDER: &str = "INVITATION-TOKEN";
/// Stands in a queued invitation mail where the letter code goes (as printed).
pub const CODE_PLACEHOLDER: &str = "INVITATION-CODE";

/// A queued mail's text with the invitation's token and code filled in.
pub fn fill_in(text: &str, token: &str, code: &str) -> String {
    text.replace(TOKEN_PLACEHOLDER, token)
        .replace(CODE_PLACEHOLDER, &display_code(code))
}

/// A code as printed: groups of four, four and two ("K7MQ 2P9X HT").
pub fn display_code(code: &str) -> String {
    if code.len() != CODE_LEN {
        return code.to_string();
    }
    format!("{} {} {}", &code[..4], &code[4..8], &code[8..])
}

/// What someone typed, as a code: case, spaces and dashes don't matter.
pub fn normalize_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == CODE_LEN && code.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(code)
}

/// The last day an invitation works: two weeks after the round's conferences.
pub fn valid_until(conference_until: Date) -> Date {
    conference_until
        .checked_add(jiff::Span::new().days(14))
        .unwrap_or(conference_until)
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_queued_mail_gets_its_secret_when_it_is_sent() {
        let queued = format!("https://kom.school.be/i/{TOKEN_PLACEHOLDER}\ncode: {CODE_PLACEHOLDER}");
        assert_eq!(
            display_code(CODE_PLACEHOLDER),
            CODE_PLACEHOLDER,
            "the placeholder is not grouped"
        );
        assert_eq!(
            fill_in(&queued, "ab12", "K7MQ2P9XHT"),
            "https://kom.school.be/i/ab12\ncode: K7MQ 2P9X HT"
        );
    }

    use super::*;

    #[test]
    fn codes_are_ten_unmistakable_letters_printed_in_groups() {
        let c = code([0, 1, 2, 3, 4, 5, 6, 7, 8, 255]);
        assert_eq!(c.len(), CODE_LEN);
        assert!(!c.contains(['0', 'O', '1', 'I', 'L']));
        assert_eq!(display_code(&c), format!("{} {} {}", &c[..4], &c[4..8], &c[8..]));
        assert_eq!(normalize_code(&display_code(&c).to_lowercase()), Some(c.clone()));
        assert_eq!(normalize_code("ABCD-EFGH-JK"), Some("ABCDEFGHJK".into()));
        assert_eq!(normalize_code("ABCD"), None);
    }

    #[test]
    fn a_code_with_a_letter_never_printed_is_no_code() {
        assert_eq!(normalize_code("ABCD EFGH J0"), None);
        assert_eq!(normalize_code("ABCD EFGH JO"), None);
    }

    #[test]
    fn invitations_work_until_two_weeks_after_the_conferences() {
        assert_eq!(
            valid_until(jiff::civil::date(2026, 12, 17)),
            jiff::civil::date(2026, 12, 31)
        );
        assert_eq!(Channel::parse("email"), Some(Channel::Email));
    }
}
