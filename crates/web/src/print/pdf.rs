//! A small PDF writer for the invitation letters, the printed schedules and the family's
//! summary of the conversation: A4 pages with text in Helvetica, the font
//! every PDF reader has built in (so nothing is embedded and the file stays a few kB), and a
//! QR code drawn as squares, crisp at any size. Text is Windows-1252, which holds Dutch,
//! French and English; a letter outside it (a Turkish ş, say) is written as its plain
//! look-alike. The HTML letters are the full-fidelity version.

use encoding_rs::WINDOWS_1252;

/// A4 in points.
pub const WIDTH: f64 = 595.0;
pub const HEIGHT: f64 = 842.0;

/// One page's drawing operations.
#[derive(Default)]
pub struct Page {
    pub(crate) ops: String,
}

/// Helvetica's advance widths (per 1000 units) for ASCII 32–126.
const WIDTHS: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
    556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
    260, 334, 584,
];

/// A plain look-alike for letters Windows-1252 lacks.
fn look_alike(c: char) -> char {
    match c {
        'ş' | 'ś' => 's',
        'Ş' | 'Ś' => 'S',
        'ı' => 'i',
        'İ' => 'I',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ł' => 'l',
        'Ł' => 'L',
        'ć' | 'č' => 'c',
        'ą' => 'a',
        'ę' => 'e',
        'ń' => 'n',
        'ż' | 'ź' => 'z',
        _ => '?',
    }
}

/// The text as Windows-1252 bytes.
fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let (bytes, _, unmappable) = WINDOWS_1252.encode(c.encode_utf8(&mut buf));
        if unmappable {
            out.push(look_alike(c) as u8);
        } else {
            out.extend_from_slice(&bytes);
        }
    }
    out
}

/// How wide `text` is at `size` points; accented letters count as their base letter.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let units: f64 = encode(text)
        .iter()
        .map(|b| match b {
            32..=126 => f64::from(WIDTHS[usize::from(b - 32)]),
            0xE0..=0xFF => 556.0,
            0xC0..=0xDF => 667.0,
            _ => 556.0,
        })
        .sum();
    // Bold Helvetica runs about 6 % wider.
    units * size / 1000.0 * if bold { 1.06 } else { 1.0 }
}

/// A PDF string literal: the bytes, with its three special characters escaped.
fn literal(text: &str) -> String {
    let mut s = String::from("(");
    for b in encode(text) {
        match b {
            b'(' | b')' | b'\\' => {
                s.push('\\');
                s.push(char::from(b));
            }
            32..=126 => s.push(char::from(b)),
            other => s.push_str(&format!("\\{other:03o}")),
        }
    }
    s.push(')');
    s
}

impl Page {
    /// One line of text with its baseline at `y` (from the bottom of the page).
    pub fn text(&mut self, x: f64, y: f64, size: f64, bold: bool, text: &str) {
        let font = if bold { "F2" } else { "F1" };
        self.ops.push_str(&format!(
            "BT /{font} {size:.1} Tf {x:.2} {y:.2} Td {} Tj ET\n",
            literal(text)
        ));
    }

    /// Text wrapped to `width`, from the baseline `y` down; returns the baseline below it.
    pub fn paragraph(&mut self, x: f64, y: f64, width: f64, size: f64, bold: bool, text: &str) -> f64 {
        let leading = size * 1.4;
        let mut y = y;
        for line in wrap(text, width, size, bold) {
            self.text(x, y, size, bold, &line);
            y -= leading;
        }
        y
    }

    /// A QR code of `size` points square, its top left corner at (`x`, `top`), with the
    /// quiet zone scanners need around it.
    pub fn qr(&mut self, x: f64, top: f64, size: f64, code: &qrcode::QrCode) {
        let modules = code.width();
        let quiet = 4;
        let unit = size / (modules + 2 * quiet) as f64;
        let colors = code.to_colors();
        self.ops.push_str("0 g\n");
        for (i, color) in colors.iter().enumerate() {
            if *color == qrcode::Color::Dark {
                let (col, row) = (i % modules, i / modules);
                let left = x + (col + quiet) as f64 * unit;
                let y = top - (row + quiet + 1) as f64 * unit;
                // A hair wider than the module, so no white seams show between squares.
                self.ops
                    .push_str(&format!("{left:.3} {y:.3} {:.3} {:.3} re\n", unit + 0.05, unit + 0.05));
            }
        }
        self.ops.push_str("f\n");
    }
}

/// The lines `text` takes at `width`: words kept whole, a line break in the text kept.
pub fn wrap(text: &str, width: f64, size: f64, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for part in text.lines() {
        let mut line = String::new();
        for word in part.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if text_width(&candidate, size, bold) > width && !line.is_empty() {
                lines.push(std::mem::replace(&mut line, word.to_string()));
            } else {
                line = candidate;
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

/// The pages as one PDF file.
pub fn document(pages: &[Page], title: &str) -> Vec<u8> {
    let mut out: Vec<u8> = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets: Vec<usize> = Vec::new();
    let page_ids: Vec<usize> = (0..pages.len()).map(|i| 6 + 2 * i).collect();
    let mut object = |out: &mut Vec<u8>, body: &[u8]| {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", offsets.len()).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    };
    object(&mut out, b"<< /Type /Catalog /Pages 2 0 R >>");
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    object(
        &mut out,
        format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), pages.len()).as_bytes(),
    );
    object(
        &mut out,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    );
    object(
        &mut out,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    );
    let mut info = b"<< /Title ".to_vec();
    info.extend_from_slice(literal(title).as_bytes());
    info.extend_from_slice(b" /Producer (Samenspraak) >>");
    object(&mut out, &info);
    for (i, page) in pages.iter().enumerate() {
        let content_id = page_ids[i] + 1;
        object(
            &mut out,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content_id} 0 R >>"
            )
            .as_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", page.ops.len()).into_bytes();
        stream.extend_from_slice(page.ops.as_bytes());
        stream.extend_from_slice(b"\nendstream");
        object(&mut out, &stream);
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes());
    for offset in &offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offsets.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_windows_1252_with_look_alikes_and_escapes() {
        assert_eq!(encode("é€"), vec![0xE9, 0x80]);
        assert_eq!(encode("Ayşe Yılmaz"), b"Ayse Yilmaz".to_vec());
        assert_eq!(literal("a(b)\\"), "(a\\(b\\)\\\\)");
        assert_eq!(literal("à"), "(\\340)");
    }

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
    fn widths_follow_helvetica() {
        assert!((text_width("iii", 10.0, false) - 6.66).abs() < 1e-9);
        assert!(text_width("WWW", 10.0, false) > text_width("iii", 10.0, false) * 4.0);
    }

    #[test]
    fn a_document_has_its_pages_and_a_correct_cross_reference() {
        let mut p = Page::default();
        p.text(56.0, 780.0, 12.0, false, "Dag Els,");
        let pdf = document(&[p, Page::default()], "Test");
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.starts_with("%PDF-1.4"));
        assert!(text.contains("/Count 2"));
        // Every offset in the table points at its object.
        let xref_at: usize = text
            .rsplit("startxref\n")
            .next()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let table = &text[xref_at..];
        for (n, line) in table.lines().skip(3).take_while(|l| l.ends_with(" n ")).enumerate() {
            let offset: usize = line[..10].parse().unwrap();
            assert!(
                text[offset..].starts_with(&format!("{} 0 obj", n + 1)),
                "object {}",
                n + 1
            );
        }
    }
}
