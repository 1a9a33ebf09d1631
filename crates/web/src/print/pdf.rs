//! The PDF writer for the invitation letters, the printed schedules, the family's summary
//! and the study sheet: A4 pages of text lines and QR codes, drawn by krilla into a tagged
//! PDF (headings, paragraphs and figures in reading order, each page in its reader's
//! language) that embeds just the glyphs it uses from the Noto fonts in `fonts/`. So every
//! name prints as it is written, and an Arabic letter reads right to left.
//!
//! Positions are measured from the *start* edge of the page: the left edge in a left-to-right
//! language, the right edge in Arabic. Layouts are written once, and a page in a
//! right-to-left language mirrors them.

use crate::print::fonts;
use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{ContentTag, SpanTag, Tag, TagGroup, TagKind, TagTree};
use krilla::text::TextDirection;
use samenspraak_core::Language;
use std::num::NonZeroU16;

/// A4 in points.
pub const WIDTH: f64 = 595.0;
pub const HEIGHT: f64 = 842.0;

/// What a line of text is, for a screen reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The page's title.
    Title,
    Heading,
    Text,
}

enum Item {
    Text {
        x: f64,
        y: f64,
        size: f64,
        bold: bool,
        text: String,
        role: Role,
        /// Lines with the same number belong to one paragraph.
        paragraph: u32,
        /// The paragraph's direction (see `fonts::base_rtl`).
        rtl: bool,
    },
    Qr {
        x: f64,
        top: f64,
        size: f64,
        dark: Vec<bool>,
        modules: usize,
        alt: String,
    },
}

/// One page: what is drawn on it, in reading order, and the language it is written in.
pub struct Page {
    items: Vec<Item>,
    lang: Language,
    paragraphs: u32,
}

impl Default for Page {
    fn default() -> Self {
        Self::new(Language::Nl)
    }
}

/// How wide `text` is at `size` points.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    fonts::width(text, size, bold)
}

impl Page {
    /// An empty page in `lang`: right to left when the language is written so.
    pub fn new(lang: Language) -> Self {
        Self {
            items: Vec::new(),
            lang,
            paragraphs: 0,
        }
    }

    /// Whether the page is written right to left.
    pub(crate) fn rtl(&self) -> bool {
        self.lang.dir() == "rtl"
    }

    /// A new paragraph's number, for [`Page::line`].
    pub(crate) fn start_paragraph(&mut self) -> u32 {
        self.paragraphs += 1;
        self.paragraphs
    }

    /// One line of text, `x` from the start edge, its baseline at `y` (from the bottom).
    pub fn text(&mut self, x: f64, y: f64, size: f64, bold: bool, text: &str) {
        let paragraph = self.start_paragraph();
        let rtl = fonts::base_rtl(text, self.rtl());
        self.line(x, y, size, bold, text, (Role::Text, paragraph, rtl));
    }

    /// A heading of one line; `Role::Title` for the page's title.
    pub fn heading(&mut self, x: f64, y: f64, size: f64, role: Role, text: &str) {
        let paragraph = self.start_paragraph();
        let rtl = fonts::base_rtl(text, self.rtl());
        self.line(x, y, size, true, text, (role, paragraph, rtl));
    }

    /// One line of a paragraph: its role, its number and its direction.
    pub(crate) fn line(&mut self, x: f64, y: f64, size: f64, bold: bool, text: &str, of: (Role, u32, bool)) {
        let (role, paragraph, rtl) = of;
        self.items.push(Item::Text {
            x,
            y,
            size,
            bold,
            text: text.to_string(),
            role,
            paragraph,
            rtl,
        });
    }

    /// Text wrapped to `width`, from the baseline `y` down; returns the baseline below it.
    pub fn paragraph(&mut self, x: f64, y: f64, width: f64, size: f64, bold: bool, text: &str) -> f64 {
        self.wrapped(x, y, width, size, bold, text, Role::Text)
    }

    /// Like [`Page::paragraph`], as a heading.
    pub fn heading_paragraph(&mut self, x: f64, y: f64, width: f64, size: f64, text: &str) -> f64 {
        self.wrapped(x, y, width, size, true, text, Role::Heading)
    }

    #[allow(clippy::too_many_arguments)]
    fn wrapped(&mut self, x: f64, y: f64, width: f64, size: f64, bold: bool, text: &str, role: Role) -> f64 {
        let leading = size * 1.4;
        let paragraph = self.start_paragraph();
        let rtl = fonts::base_rtl(text, self.rtl());
        let mut y = y;
        for line in wrap(text, width, size, bold) {
            self.line(x, y, size, bold, &line, (role, paragraph, rtl));
            y -= leading;
        }
        y
    }

    /// A QR code of `size` points square, `x` from the start edge and its top at `top`, with
    /// the quiet zone scanners need around it; `alt` says what it leads to.
    pub fn qr(&mut self, x: f64, top: f64, size: f64, code: &qrcode::QrCode, alt: &str) {
        self.items.push(Item::Qr {
            x,
            top,
            size,
            dark: code.to_colors().iter().map(|c| *c == qrcode::Color::Dark).collect(),
            modules: code.width(),
            alt: alt.to_string(),
        });
    }

    /// The page's text in reading order, one line each, for tests.
    #[cfg(test)]
    pub fn plain_text(&self) -> String {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                Item::Qr { .. } => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The lines `text` takes at `width`: words kept whole, a line break in the text kept.
pub fn wrap(text: &str, width: f64, size: f64, bold: bool) -> Vec<String> {
    let space = text_width(" ", size, bold);
    let mut lines = Vec::new();
    for part in text.lines() {
        let mut line = String::new();
        let mut line_width = 0.0;
        // Only a plain space breaks: a non-breaking one ("2026 р.") holds its words together.
        for word in part.split([' ', '\t']).filter(|w| !w.is_empty()) {
            let word_width = text_width(word, size, bold);
            if line.is_empty() {
                line = word.to_string();
                line_width = word_width;
            } else if line_width + space + word_width > width {
                lines.push(std::mem::replace(&mut line, word.to_string()));
                line_width = word_width;
            } else {
                line.push(' ');
                line.push_str(word);
                line_width += space + word_width;
            }
        }
        lines.push(line);
    }
    // An empty line between paragraphs stays; none at the end.
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// A PDF as the answer to a request, shown in the browser and never kept in a cache on the
/// way (it holds a child's name).
pub fn response(bytes: Vec<u8>, name: &str) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{name}.pdf\"")),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

/// The pages as one PDF file titled `title`, in `lang` (each page may be in its own).
pub fn document(pages: &[Page], title: &str, lang: Language) -> Vec<u8> {
    let mut document = Document::new();
    let mut tree = TagTree::new().with_lang(Some(lang.code().to_string()));
    let size = PageSettings::from_wh(WIDTH as f32, HEIGHT as f32).expect("A4 is a valid page size");
    for page in pages {
        let mut part = TagGroup::new(TagKind::from(Tag::Part).with_lang(Some(page.lang.code().to_string())));
        let mut pdf_page = document.start_page_with(size.clone());
        let mut surface = pdf_page.surface();
        let mut open: Option<(u32, TagGroup)> = None;
        for item in &page.items {
            match item {
                Item::Text {
                    x,
                    y,
                    size,
                    bold,
                    text,
                    role,
                    paragraph,
                    rtl,
                } => {
                    if open.as_ref().is_none_or(|(n, _)| n != paragraph) {
                        if let Some((_, group)) = open.take() {
                            part.push(group);
                        }
                        open = Some((*paragraph, TagGroup::new(tag_of(*role))));
                    }
                    let ids = draw_line(&mut surface, (page.rtl(), *rtl), *x, *y, *size, *bold, text);
                    if let Some((_, group)) = open.as_mut() {
                        for id in ids {
                            group.push(id);
                        }
                    }
                }
                Item::Qr {
                    x,
                    top,
                    size,
                    dark,
                    modules,
                    alt,
                } => {
                    if let Some((_, group)) = open.take() {
                        part.push(group);
                    }
                    let left = if page.rtl() { WIDTH - x - size } else { *x };
                    let id = surface.start_tagged(ContentTag::Other);
                    draw_qr(&mut surface, left, *top, *size, dark, *modules);
                    surface.end_tagged();
                    let mut figure = TagGroup::new(Tag::Figure(Some(alt.clone())));
                    figure.push(id);
                    part.push(figure);
                }
            }
        }
        if let Some((_, group)) = open.take() {
            part.push(group);
        }
        surface.finish();
        pdf_page.finish();
        tree.push(part);
    }
    document.set_tag_tree(tree);
    document.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .language(lang.code().to_string())
            .producer("Samenspraak".to_string()),
    );
    document.finish().expect("the PDF's pages, fonts and tags are valid")
}

fn tag_of(role: Role) -> TagKind {
    match role {
        Role::Title => Tag::Hn(NonZeroU16::MIN, None).into(),
        Role::Heading => Tag::Hn(NonZeroU16::MIN.saturating_add(1), None).into(),
        Role::Text => Tag::P.into(),
    }
}

/// One line of a paragraph written `rtl` or not: its segments side by side, from the start
/// edge of a page written `page_rtl` or not, each a tagged span.
fn draw_line(
    surface: &mut Surface,
    (page_rtl, rtl): (bool, bool),
    x: f64,
    y: f64,
    size: f64,
    bold: bool,
    text: &str,
) -> Vec<krilla::tagging::Identifier> {
    let segments = fonts::segments(text, rtl, bold);
    let width: f64 = segments.iter().map(|s| s.ems * size).sum();
    let mut left = if page_rtl { WIDTH - x - width } else { x };
    let mut ids = Vec::with_capacity(segments.len());
    for segment in segments {
        ids.push(surface.start_tagged(ContentTag::Span(SpanTag::empty())));
        // krilla measures from the top of the page, PDF from the bottom.
        surface.draw_text(
            Point::from_xy(left as f32, (HEIGHT - y) as f32),
            segment.face.font.clone(),
            size as f32,
            &segment.text,
            false,
            if segment.rtl {
                TextDirection::RightToLeft
            } else {
                TextDirection::LeftToRight
            },
        );
        surface.end_tagged();
        left += segment.ems * size;
    }
    ids
}

/// The dark modules of a QR code as squares, `left` and `top` its corner (quiet zone
/// included), in PDF coordinates.
fn draw_qr(surface: &mut Surface, left: f64, top: f64, size: f64, dark: &[bool], modules: usize) {
    let quiet = 4;
    let unit = size / (modules + 2 * quiet) as f64;
    let mut path = PathBuilder::new();
    for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        let (col, row) = (i % modules, i / modules);
        let x = left + (col + quiet) as f64 * unit;
        let y_down = HEIGHT - top + (row + quiet) as f64 * unit;
        // A hair wider than the module, so no white seams show between squares.
        if let Some(rect) = Rect::from_xywh(x as f32, y_down as f32, (unit + 0.05) as f32, (unit + 0.05) as f32) {
            path.push_rect(rect);
        }
    }
    if let Some(path) = path.finish() {
        surface.draw_path(&path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_line_breaks() {
        let lines = wrap(
            "een twee drie vier\n\nvijf",
            text_width("een twee", 10.0, false) + 1.0,
            10.0,
            false,
        );
        assert_eq!(lines, vec!["een twee", "drie vier", "", "vijf"]);
    }

    #[test]
    fn a_document_is_a_pdf_with_its_pages_and_the_fonts_it_uses() {
        let mut dutch = Page::new(Language::Nl);
        dutch.heading(56.0, 780.0, 16.0, Role::Title, "Dag Ayşe Yılmaz,");
        let mut arabic = Page::new(Language::Ar);
        arabic.paragraph(56.0, 780.0, 480.0, 12.0, false, "مرحبا فاطمة الزهراء");
        let pdf = document(&[dutch, arabic], "Uitnodiging", Language::Nl);
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.starts_with("%PDF-"));
        assert!(
            text.contains("NotoSans-Bold") && text.contains("NotoSansArabic"),
            "subset fonts embedded"
        );
        assert!(text.contains("/StructTreeRoot"), "tagged");
        assert!(
            text.contains("/Lang(nl)") && text.contains("/Lang(ar)"),
            "each page in its language"
        );
    }
}
