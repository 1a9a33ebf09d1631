//! Reading back what we print, with real decoders: a PDF's text with poppler's `pdftotext`,
//! its first page as an image with `pdftoppm` (kept beside the screenshots, to look at), and
//! the QR code on it with zbar's `zbarimg`.

use std::path::PathBuf;
use std::process::Command;

/// A PDF as the decoders see it, in a directory of its own that goes away with it.
pub struct Printed {
    dir: PathBuf,
    pdf: PathBuf,
}

impl Printed {
    pub fn new(bytes: &[u8]) -> Self {
        let dir = std::env::temp_dir().join(format!("samenspraak-pdf-{}", samenspraak_store::new_id()));
        std::fs::create_dir_all(&dir).unwrap();
        let pdf = dir.join("printed.pdf");
        std::fs::write(&pdf, bytes).unwrap();
        Self { dir, pdf }
    }

    /// The text, as `pdftotext` reads it.
    pub fn text(&self) -> String {
        self.pdftotext(&[])
    }

    /// The text as one line of words, without the direction marks poppler puts around
    /// right-to-left lines: a name wrapped over two lines reads as one.
    pub fn flat_text(&self) -> String {
        self.text()
            .replace(['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'], "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The text with the page's layout kept: a table's columns stay on one line.
    pub fn layout_text(&self) -> String {
        self.pdftotext(&["-layout"])
    }

    fn pdftotext(&self, args: &[&str]) -> String {
        let out = Command::new("pdftotext")
            .args(args)
            .arg(&self.pdf)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils) is installed");
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// How many pages it has, as `pdfinfo` counts them.
    pub fn pages(&self) -> usize {
        let out = Command::new("pdfinfo")
            .arg(&self.pdf)
            .output()
            .expect("pdfinfo (poppler-utils) is installed");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("pdfinfo says how many pages")
    }

    /// Page one rendered at `dpi`, saved as `<name>.png` among the screenshots, and the QR
    /// code zbar reads on it (empty when there is none).
    pub fn first_page(&self, dpi: u32, name: &str) -> String {
        let rendered = Command::new("pdftoppm")
            .args(["-png", "-r", &dpi.to_string(), "-f", "1", "-l", "1"])
            .arg(&self.pdf)
            .arg(self.dir.join("page"))
            .status()
            .expect("pdftoppm (poppler-utils) is installed");
        assert!(rendered.success());
        let image = std::fs::read_dir(&self.dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "png"))
            .expect("a page image");
        let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e2e-screenshots");
        std::fs::create_dir_all(&shots).unwrap();
        std::fs::copy(&image, shots.join(format!("{name}.png"))).unwrap();
        let scanned = Command::new("zbarimg")
            .args(["--quiet", "--raw"])
            .arg(&image)
            .output()
            .expect("zbarimg (zbar-tools) is installed");
        String::from_utf8_lossy(&scanned.stdout).trim().to_string()
    }
}

impl Drop for Printed {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
