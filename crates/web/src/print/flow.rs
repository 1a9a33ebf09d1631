//! Layouts on the PDF writer's pages: text that flows from page to page (headings,
//! paragraphs, items, QR codes with a caption), and tables cut into pages with their header
//! on each.

use crate::print::fonts;
use crate::print::pdf::{Page, Role, WIDTH, text_width, wrap};
use samenspraak_core::Language;

/// A document that flows over as many A4 pages as it needs, top to bottom: headings,
/// paragraphs, items with a bullet, QR codes with a caption. A line never splits; a
/// heading is not left alone at the foot of a page.
pub struct Flow {
    pages: Vec<Page>,
    y: f64,
    lang: Language,
    /// The next heading is a part's title (the document's, or the next family's).
    title_next: bool,
}

impl Default for Flow {
    fn default() -> Self {
        Self::new(Language::Nl)
    }
}

impl Flow {
    const LEFT: f64 = 56.0;
    const TOP: f64 = 790.0;
    const BOTTOM: f64 = 56.0;
    const WIDTH: f64 = WIDTH - 2.0 * Self::LEFT;

    /// A flow in `lang`, right to left when the language is written so.
    pub fn new(lang: Language) -> Self {
        Self {
            pages: vec![Page::new(lang)],
            y: Self::TOP,
            lang,
            title_next: true,
        }
    }

    /// Room for `height` points below the current line, else a new page.
    fn room(&mut self, height: f64) {
        if self.y - height < Self::BOTTOM {
            self.pages.push(Page::new(self.lang));
            self.y = Self::TOP;
        }
    }

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a flow has a page")
    }

    /// A paragraph's lines at `indent` from the start margin, in one direction; `first` is
    /// the paragraph's number on the current page when something of it is already drawn
    /// there (an item's bullet). Continued on a new page, it is a new paragraph there.
    fn lines(&mut self, indent: f64, size: f64, bold: bool, text: &str, role: Role, first: Option<u32>) {
        let leading = size * 1.4;
        let rtl = fonts::base_rtl(text, self.lang.dir() == "rtl");
        let mut paragraph = first;
        for line in wrap(text, Self::WIDTH - indent, size, bold) {
            let pages = self.pages.len();
            self.room(leading);
            if paragraph.is_none() || self.pages.len() != pages {
                paragraph = Some(self.page().start_paragraph());
            }
            let (y, number) = (self.y, paragraph.unwrap_or_default());
            self.page()
                .line(Self::LEFT + indent, y, size, bold, &line, (role, number, rtl));
            self.y -= leading;
        }
    }

    /// A title or heading, with room for two lines under it on the same page.
    pub fn heading(&mut self, size: f64, text: &str) {
        self.heading_keep(size, text, 2.0 * 11.0 * 1.4);
    }

    /// A heading kept on one page with the first `keep` points of what follows it (a QR code
    /// under "Kiezen voor het secundair", say): never alone at the foot of a page.
    pub fn heading_keep(&mut self, size: f64, text: &str, keep: f64) {
        self.room(size * 1.4 + keep + 8.0);
        self.y -= 6.0;
        let role = if std::mem::take(&mut self.title_next) {
            Role::Title
        } else {
            Role::Heading
        };
        self.lines(0.0, size, true, text, role, None);
        self.y -= 2.0;
    }

    pub fn paragraph(&mut self, size: f64, text: &str) {
        self.lines(0.0, size, false, text, Role::Text, None);
        self.y -= size * 0.5;
    }

    /// An item of a list: a bullet, then its text indented.
    pub fn item(&mut self, size: f64, text: &str, detail: &str) {
        self.room(size * 1.4);
        let y = self.y;
        let page = self.page();
        let number = page.start_paragraph();
        let rtl = page.rtl();
        page.line(Self::LEFT + 4.0, y, size, true, "•", (Role::Text, number, rtl));
        self.lines(16.0, size, false, text, Role::Text, Some(number));
        if !detail.is_empty() {
            self.lines(16.0, size * 0.9, false, detail, Role::Text, None);
        }
        self.y -= size * 0.3;
    }

    /// A QR code with its caption beside it.
    pub fn qr(&mut self, code: &qrcode::QrCode, size: f64, caption: &str, detail: &str) {
        self.room(size + 6.0);
        let top = self.y + 8.0;
        self.page().qr(Self::LEFT - 8.0, top, size, code, caption);
        let (x, below) = (Self::LEFT + size, self.y - 10.0);
        let y = self.page().paragraph(x, below, Self::WIDTH - size, 11.0, true, caption);
        self.page().paragraph(x, y, Self::WIDTH - size, 9.0, false, detail);
        self.y -= size;
    }

    /// Starts the next part on a new page (the next family's summary, say).
    pub fn new_page(&mut self) {
        self.new_page_in(self.lang);
    }

    /// Starts the next part on a new page in `lang`: the next family's summary in theirs.
    pub fn new_page_in(&mut self, lang: Language) {
        self.lang = lang;
        self.title_next = true;
        self.pages.push(Page::new(lang));
        self.y = Self::TOP;
    }

    pub fn into_pages(self) -> Vec<Page> {
        self.pages
    }
}

/// A table over as many A4 pages as it needs: `title` and `subtitle` on top of each, the
/// column headings in bold, then the rows; `columns` are (heading, width in points). Text
/// too wide for its column is cut with an ellipsis.
pub fn table_pages(
    title: &str,
    subtitle: &str,
    columns: &[(String, f64)],
    rows: &[Vec<String>],
    size: f64,
    lang: Language,
) -> Vec<Page> {
    const LEFT: f64 = 50.0;
    const BOTTOM: f64 = 60.0;
    let leading = size * 1.6;
    let mut pages = Vec::new();
    let mut rows = rows.iter().peekable();
    loop {
        let mut page = Page::new(lang);
        page.heading(LEFT, 790.0, 14.0, Role::Title, title);
        page.text(LEFT, 770.0, 12.0, false, subtitle);
        let mut y = 740.0;
        let mut x = LEFT;
        for (heading, width) in columns {
            page.text(x, y, size, true, &fit(heading, *width - 6.0, size, true));
            x += width;
        }
        y -= leading;
        while y > BOTTOM {
            let Some(row) = rows.next() else { break };
            let mut x = LEFT;
            for ((_, width), cell) in columns.iter().zip(row) {
                page.text(x, y, size, false, &fit(cell, *width - 6.0, size, false));
                x += width;
            }
            y -= leading;
        }
        pages.push(page);
        if rows.peek().is_none() {
            return pages;
        }
    }
}

/// One page with a title and a sentence, for a document that has nothing else to show:
/// a PDF without pages is a file readers refuse.
pub fn empty_pages(title: &str, message: &str, lang: Language) -> Vec<Page> {
    let mut flow = Flow::new(lang);
    flow.heading(16.0, title);
    flow.paragraph(11.0, message);
    flow.into_pages()
}

/// The text, cut with an ellipsis to fit `width`.
fn fit(text: &str, width: f64, size: f64, bold: bool) -> String {
    if text_width(text, size, bold) <= width {
        return text.to_string();
    }
    let mut cut: String = text.to_string();
    while !cut.is_empty() && text_width(&format!("{cut}…"), size, bold) > width {
        cut.pop();
    }
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_stays_with_the_qr_code_under_it() {
        let mut flow = Flow::default();
        while flow.y - Flow::BOTTOM > 100.0 {
            flow.paragraph(11.0, "Wat goed gaat en wat we afspreken.");
        }
        let pages = flow.pages.len();
        // Two lines would still fit under the heading, a QR code of 84 points would not.
        let mut two_lines = Flow {
            pages: vec![Page::default()],
            y: flow.y,
            lang: Language::Nl,
            title_next: false,
        };
        two_lines.heading(12.5, "Kiezen voor het secundair");
        assert_eq!(two_lines.pages.len(), 1);
        flow.heading_keep(12.5, "Kiezen voor het secundair", 84.0 + 6.0);
        assert_eq!(
            flow.pages.len(),
            pages + 1,
            "the heading goes to the page of its QR code"
        );
    }

    #[test]
    fn a_flow_goes_on_to_a_new_page_when_one_is_full() {
        let mut flow = Flow::default();
        flow.heading(16.0, "Verslag");
        for n in 0..80 {
            flow.item(11.0, &format!("Afspraak {n}"), "het kind");
        }
        let pages = flow.into_pages();
        assert!(pages.len() >= 2, "{} pages", pages.len());
        assert!(pages[1].plain_text().contains("Afspraak"));
    }
}
