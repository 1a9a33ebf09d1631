//! The fonts the PDFs embed, and how a line of text is cut into the pieces they draw: runs
//! in one writing direction (Unicode bidi, so an Arabic name reads right to left inside a
//! Dutch sentence and a date stays left to right inside an Arabic one), each run cut again
//! where another font has the letters. Widths come from shaping the text with the font it
//! is drawn with, so wrapping and right-aligned Arabic lines land where they are drawn.

use std::sync::LazyLock;
use unicode_bidi::{BidiInfo, Level};

/// One font, once for drawing (krilla subsets it into each PDF) and once for measuring.
pub(crate) struct Face {
    pub(crate) font: krilla::text::Font,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    fn load(data: &'static [u8]) -> Self {
        Self {
            font: krilla::text::Font::new(data.into(), 0).expect("the embedded fonts are valid"),
            shaper: rustybuzz::Face::from_slice(data, 0).expect("the embedded fonts are valid"),
        }
    }

    fn has(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }

    /// The advance of `text` shaped in this font, in ems.
    fn advance(&self, text: &str, rtl: bool) -> f64 {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let shaped = rustybuzz::shape(&self.shaper, &[], buffer);
        let units: i64 = shaped.glyph_positions().iter().map(|p| i64::from(p.x_advance)).sum();
        units as f64 / f64::from(self.shaper.units_per_em())
    }
}

/// The fonts in the order they are tried for a letter: Noto Sans for Latin, Greek and
/// Cyrillic, then Noto Sans Arabic. A script we add gets its font at the end of each list.
struct Fonts {
    regular: [Face; 2],
    bold: [Face; 2],
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| Fonts {
    regular: [
        Face::load(include_bytes!("../../fonts/NotoSans-Regular.ttf")),
        Face::load(include_bytes!("../../fonts/NotoSansArabic-Regular.ttf")),
    ],
    bold: [
        Face::load(include_bytes!("../../fonts/NotoSans-Bold.ttf")),
        Face::load(include_bytes!("../../fonts/NotoSansArabic-Bold.ttf")),
    ],
});

fn faces(bold: bool) -> &'static [Face] {
    if bold { &FONTS.bold } else { &FONTS.regular }
}

/// A piece of a line drawn with one font in one direction.
pub(crate) struct Segment {
    pub(crate) text: String,
    pub(crate) rtl: bool,
    pub(crate) face: &'static Face,
    /// The advance in ems; times the font size gives points.
    pub(crate) ems: f64,
}

/// The direction a paragraph is written in, on a page written `page_rtl` or not. A
/// paragraph only in one direction keeps it — a teacher's Dutch sentence in an Arabic
/// summary ends with its full stop on the right; one with neither (a time, a code) reads
/// left to right. One with both is the page's own words on an Arabic page (which may start
/// with "KOM-gesprek"), and elsewhere goes by its first letter (UAX #9, P2–P3): a parent's
/// Arabic answer naming "6A" on a Dutch sheet.
pub(crate) fn base_rtl(text: &str, page_rtl: bool) -> bool {
    use unicode_bidi::BidiClass::{AL, L, R};
    let class = |c: char| unicode_bidi::bidi_class(c);
    let has = |classes: &[unicode_bidi::BidiClass]| text.chars().any(|c| classes.contains(&class(c)));
    match (has(&[R, AL]), has(&[L])) {
        (true, true) if page_rtl => true,
        (true, true) => text.chars().map(class).find(|c| [R, AL, L].contains(c)) != Some(L),
        (right_to_left, _) => right_to_left,
    }
}

/// The line as segments in the order they stand on paper, left to right, in a paragraph
/// written right to left when `rtl` (see [`base_rtl`]).
pub(crate) fn segments(line: &str, rtl: bool, bold: bool) -> Vec<Segment> {
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(line, Some(base));
    let mut out = Vec::new();
    for paragraph in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let run_rtl = levels[run.start].is_rtl();
            let mut pieces = by_face(&line[run], bold);
            // A right-to-left run's pieces stand on paper in the reverse of reading order.
            if run_rtl {
                pieces.reverse();
            }
            out.extend(pieces.into_iter().map(|(face, text)| Segment {
                ems: face.advance(&text, run_rtl),
                text,
                rtl: run_rtl,
                face,
            }));
        }
    }
    out
}

/// The text cut where the font that has its letters changes; spaces and punctuation stay
/// with the font before them when it has them.
fn by_face(text: &str, bold: bool) -> Vec<(&'static Face, String)> {
    let faces = faces(bold);
    let mut pieces: Vec<(&'static Face, String)> = Vec::new();
    // Direction marks and isolates have done their work in the bidi step; they have no
    // glyph to draw (UAX #9, rule X9).
    for c in text.chars().filter(|c| !is_bidi_control(*c)) {
        if let Some((face, piece)) = pieces.last_mut()
            && face.has(c)
        {
            piece.push(c);
            continue;
        }
        let face = faces.iter().find(|f| f.has(c)).unwrap_or(&faces[0]);
        match pieces.last_mut() {
            Some((last, piece)) if std::ptr::eq(*last, face) => piece.push(c),
            _ => pieces.push((face, c.to_string())),
        }
    }
    pieces
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// How wide `text` is at `size` points, as drawn.
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    by_face(text, bold)
        .iter()
        .map(|(face, piece)| face.advance(piece, false))
        .sum::<f64>()
        * size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_finds_a_font_with_its_letters() {
        for name in [
            "Ayşe Yılmaz",
            "Łukasz Wiśniewski",
            "Олена Коваленко",
            "Ştefan Popescu",
            "فاطمة الزهراء",
        ] {
            for c in name.chars() {
                assert!(faces(false).iter().any(|f| f.has(c)), "{c} in {name}");
                assert!(faces(true).iter().any(|f| f.has(c)), "bold {c} in {name}");
            }
        }
    }

    #[test]
    fn an_arabic_name_in_a_dutch_line_is_its_own_right_to_left_run() {
        let line = "Dag فاطمة الزهراء, welkom";
        let parts = segments(line, false, false);
        let texts: Vec<(&str, bool)> = parts.iter().map(|s| (s.text.as_str(), s.rtl)).collect();
        assert_eq!(texts[0], ("Dag ", false));
        assert_eq!(texts[1], ("فاطمة الزهراء", true));
        assert_eq!(texts[2], (", welkom", false));
        assert!(!std::ptr::eq(parts[0].face, parts[1].face), "Arabic has its own font");
    }

    #[test]
    fn in_an_arabic_line_a_latin_name_and_a_time_keep_their_own_order() {
        // "The appointment 14:30 with Amira", written right to left.
        let parts = segments("الموعد 14:30 مع Amira", true, false);
        let texts: Vec<&str> = parts.iter().map(|s| s.text.as_str()).collect();
        // On paper, left to right: the name, "with", the time, "the appointment".
        let at = |needle: &str| texts.iter().position(|t| t.contains(needle)).unwrap();
        assert!(at("Amira") < at("14:30") && at("14:30") < at("الموعد"), "{texts:?}");
        assert!(parts[at("الموعد")].rtl && !parts[at("14:30")].rtl);
    }

    #[test]
    fn a_dutch_sentence_on_an_arabic_page_keeps_its_full_stop_at_the_end() {
        let sentence = "Ze is trots op haar spreekbeurt.";
        assert!(!base_rtl(sentence, true));
        assert!(
            base_rtl("الموعد مع Amira", false),
            "mixed on a Dutch page: its first letter"
        );
        assert!(
            base_rtl("KOM-gesprek (لقاء الطفل)", true),
            "the page's words on an Arabic page"
        );
        assert!(!base_rtl("14:30 – 15:00", true), "a time reads left to right");
        let parts = segments(sentence, base_rtl(sentence, true), false);
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].text, "Ze is trots op haar spreekbeurt.");
        assert!(!parts[0].rtl);
    }

    #[test]
    fn direction_marks_are_obeyed_and_not_drawn() {
        // A time range isolated left to right inside an Arabic line keeps its order.
        let parts = segments("الموعد \u{2066}15:30–15:50\u{2069}", true, false);
        let texts: Vec<&str> = parts.iter().map(|s| s.text.as_str()).collect();
        assert!(texts.contains(&"15:30–15:50"), "{texts:?}");
        assert!(texts.iter().all(|t| !t.chars().any(is_bidi_control)));
    }

    #[test]
    fn widths_come_from_the_font() {
        assert!(width("WWW", 10.0, false) > width("iii", 10.0, false) * 2.5);
        assert!(width("Amira", 10.0, true) > width("Amira", 10.0, false));
        assert!((width("Amira", 20.0, false) - 2.0 * width("Amira", 10.0, false)).abs() < 1e-9);
        assert!(width("فاطمة", 10.0, false) > 10.0);
    }
}
