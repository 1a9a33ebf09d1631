//! Signing in on the class tablet, without passwords: the class code (written on the board,
//! or scanned as a QR code) opens the class's list of names; a child taps their own name
//! and then their picture code, four pictures out of nine (6,561 codes).
//!
//! Neither code is a strong secret: the class code keeps outsiders from the list of names,
//! the picture code keeps classmates apart. Failed picture codes are counted per child, per
//! class and per address (`store::login_limits`), so guessing one takes months, and the
//! teacher can give a child a new code at any time. A stored code of another length (the
//! three pictures of before) no longer matches and is made anew when the class's page
//! shows the codes.

/// The letters of a class code: no 0/O, 1/I/L, so a child copying from the board can't
/// mistake one for another.
const CLASS_CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CLASS_CODE_LEN: usize = 6;

/// A class code from random bytes (one byte per letter).
pub fn class_code(random: [u8; CLASS_CODE_LEN]) -> String {
    random
        .iter()
        .map(|b| char::from(CLASS_CODE_ALPHABET[usize::from(*b) % CLASS_CODE_ALPHABET.len()]))
        .collect()
}

/// What a child typed, as a class code: case, spaces and dashes don't matter. `None` when it
/// can't be a class code at all.
pub fn normalize_class_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == CLASS_CODE_LEN && code.bytes().all(|b| CLASS_CODE_ALPHABET.contains(&b))).then_some(code)
}

/// A class code as it is written on the board: two groups of three.
pub fn display_class_code(code: &str) -> String {
    if code.len() == CLASS_CODE_LEN {
        format!("{} {}", &code[..3], &code[3..])
    } else {
        code.to_string()
    }
}

/// The nine pictures, by key; the templates draw them and the catalogs name them.
pub const PICTURES: [&str; 9] = ["sun", "moon", "star", "tree", "flower", "cat", "fish", "house", "ball"];
pub const PICTURE_CODE_LEN: usize = 4;

/// Four pictures in order; a picture may come back (sun, sun, cat, moon).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PictureCode(pub [u8; PICTURE_CODE_LEN]);

impl PictureCode {
    pub fn random(random: [u8; PICTURE_CODE_LEN]) -> Self {
        Self(random.map(|b| b % PICTURES.len() as u8))
    }

    /// Stored as the picture numbers, e.g. "0-5-2".
    pub fn encode(&self) -> String {
        self.0.map(|n| n.to_string()).join("-")
    }

    pub fn decode(s: &str) -> Option<Self> {
        let parts: Vec<u8> = s.split('-').map(|p| p.parse().ok()).collect::<Option<_>>()?;
        Self::from_numbers(&parts)
    }

    /// The code from the pictures tapped: each a number below nine, exactly four of them.
    pub fn from_numbers(numbers: &[u8]) -> Option<Self> {
        let code: [u8; PICTURE_CODE_LEN] = numbers.try_into().ok()?;
        code.iter()
            .all(|n| usize::from(*n) < PICTURES.len())
            .then_some(Self(code))
    }

    /// The pictures' keys, in order.
    pub fn keys(&self) -> [&'static str; PICTURE_CODE_LEN] {
        self.0.map(|n| PICTURES[usize::from(n)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_codes_use_only_unmistakable_letters() {
        for seed in 0..=255u8 {
            let code = class_code([seed, seed.wrapping_mul(7), 3, 200, 31, 255]);
            assert_eq!(code.len(), CLASS_CODE_LEN);
            assert!(!code.contains(['0', 'O', '1', 'I', 'L']), "{code}");
            assert_eq!(normalize_class_code(&code), Some(code.clone()));
        }
    }

    #[test]
    fn a_typed_class_code_forgives_case_spaces_and_dashes() {
        assert_eq!(normalize_class_code(" k7m-q2p "), Some("K7MQ2P".into()));
        assert_eq!(normalize_class_code("K7M Q2P"), Some("K7MQ2P".into()));
        assert_eq!(normalize_class_code("K7M"), None);
        assert_eq!(normalize_class_code("K0MQ2P"), None, "0 is never in a code");
        assert_eq!(display_class_code("K7MQ2P"), "K7M Q2P");
    }

    #[test]
    fn picture_codes_round_trip_and_refuse_what_is_not_four_pictures() {
        let code = PictureCode::random([200, 9, 17, 4]);
        assert_eq!(code, PictureCode([2, 0, 8, 4]));
        assert_eq!(PictureCode::decode(&code.encode()), Some(code));
        assert_eq!(code.keys(), ["star", "sun", "ball", "flower"]);
        assert_eq!(PictureCode::from_numbers(&[1, 2, 3]), None);
        assert_eq!(PictureCode::from_numbers(&[1, 2, 9, 0]), None);
        assert_eq!(PictureCode::decode("1-x-2-3"), None);
        assert_eq!(PictureCode::decode("1-2-3"), None, "a code of before is made anew");
    }
}
