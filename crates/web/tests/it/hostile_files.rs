//! Every hostile or malformed file we know of, sent to every upload. The small ones live
//! in `tests/hostile/`; the large ones (zip bombs, a 50 MB line, sheets that claim or hold
//! too much) are made here. Class lists go to the real `samenspraak` binary, whose peak
//! memory is read from the kernel afterwards; the media uploads go to the test app. Every
//! answer is a page (a preview, or the form with a message next to the field), never a
//! server error, and nothing is stored half.

use crate::support::{Client, TestApp};
use std::io::Write;
use std::process::{Child, Command, Stdio};

/// The peak memory the class-list server may reach while it reads the whole corpus.
const MAX_PEAK_RSS_KB: u64 = 300 * 1024;

fn stored_corpus() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("the corpus folder")
        .map(|e| {
            let path = e.unwrap().path();
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&path).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn zip_of(parts: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(method)
        .large_file(true);
    for (name, body) in parts {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(body).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

const RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str =
    r#"<workbook xmlns:r="r"><sheets><sheet name="Klas" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;

/// A workbook whose first sheet and shared strings are these.
fn workbook(sheet: &[u8], shared: &[u8]) -> Vec<u8> {
    zip_of(
        &[
            ("_rels/.rels", RELS.as_bytes()),
            ("xl/workbook.xml", WORKBOOK.as_bytes()),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
            ("xl/sharedStrings.xml", shared),
            ("xl/worksheets/sheet1.xml", sheet),
        ],
        zip::CompressionMethod::Deflated,
    )
}

fn rows_sheet(rows: usize) -> Vec<u8> {
    let mut s = String::from("<worksheet><sheetData>");
    for r in 1..=rows {
        s.push_str(&format!(
            "<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>6A</t></is></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>Kind {r}</t></is></c></row>"
        ));
    }
    s.push_str("</sheetData></worksheet>");
    s.into_bytes()
}

/// The large files, made for each run rather than kept.
fn generated_corpus() -> Vec<(String, Vec<u8>)> {
    let zeros = vec![b' '; 200 * 1024 * 1024];
    let header = b"<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Klas</t></is></c></row>";
    let mut bomb_sheet = header.to_vec();
    bomb_sheet.extend_from_slice(&zeros);
    let mut shared = String::from("<sst uniqueCount=\"1\">");
    for i in 0..300_000 {
        shared.push_str(&format!(
            "<si><t>gedeelde tekst nummer {i} die lang genoeg is om te tellen</t></si>"
        ));
    }
    shared.push_str("</sst>");
    let mut many_strings_one_long = String::from("<sst>");
    many_strings_one_long.push_str(&format!("<si><t>{}</t></si>", "x".repeat(30 * 1024 * 1024)));
    many_strings_one_long.push_str("</sst>");
    let long_value_sheet = format!(
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>{}</v></c></row></sheetData></worksheet>",
        "9".repeat(20 * 1024 * 1024)
    );
    let many_attributes = format!(
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" {}><v>1</v></c></row></sheetData></worksheet>",
        (0..200_000)
            .map(|i| format!("a{i}=\"x\""))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let many_parts: Vec<(String, Vec<u8>)> = (0..3000).map(|i| (format!("p{i}.xml"), Vec::new())).collect();
    let many_parts: Vec<(&str, &[u8])> = many_parts.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    let sparse = b"<worksheet><dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData></worksheet>";
    let mut one_line = b"Klas;Voornaam;Naam\n6A;".to_vec();
    one_line.resize(50 * 1024 * 1024, b'x');
    let mut big_csv = Vec::new();
    while big_csv.len() < 6 * 1024 * 1024 {
        big_csv.extend_from_slice(b"6A;Noor;Aerts;02/05/2015;Els Aerts;els@example.be\n");
    }
    vec![
        ("gen-zip-bomb-200mb.xlsx".into(), workbook(&bomb_sheet, b"<sst/>")),
        (
            "gen-zip-bomb-stored-part.xlsx".into(),
            zip_of(
                &[("xl/worksheets/sheet1.xml", &zeros[..45 * 1024 * 1024])],
                zip::CompressionMethod::Deflated,
            ),
        ),
        (
            "gen-300k-shared-strings.xlsx".into(),
            workbook(&rows_sheet(2), shared.as_bytes()),
        ),
        (
            "gen-one-30mb-shared-string.xlsx".into(),
            workbook(&rows_sheet(2), many_strings_one_long.as_bytes()),
        ),
        (
            "gen-20mb-cell-value.xlsx".into(),
            workbook(long_value_sheet.as_bytes(), b"<sst/>"),
        ),
        (
            "gen-200k-attributes.xlsx".into(),
            workbook(many_attributes.as_bytes(), b"<sst/>"),
        ),
        (
            "gen-3000-parts.xlsx".into(),
            zip_of(&many_parts, zip::CompressionMethod::Stored),
        ),
        ("gen-sparse-far-cell.xlsx".into(), workbook(sparse, b"<sst/>")),
        ("gen-5001-rows.xlsx".into(), workbook(&rows_sheet(5001), b"<sst/>")),
        ("gen-csv-one-50mb-line.csv".into(), one_line),
        ("gen-csv-6mb.csv".into(), big_csv),
        ("gen-csv-100k-columns.csv".into(), "a;".repeat(100_000).into_bytes()),
        (
            "gen-csv-5001-rows.csv".into(),
            "6A;Noor;Aerts\n".repeat(5001).into_bytes(),
        ),
    ]
}

fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut all = stored_corpus();
    all.extend(generated_corpus());
    all
}

/// The demo school served by the real binary, stopped when dropped.
struct Served {
    child: Child,
    base: String,
    dir: std::path::PathBuf,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Served {
    async fn start() -> Self {
        let port = crate::support::free_port();
        let dir = std::env::temp_dir().join(format!("samenspraak-hostile-{}", samenspraak_store::new_id()));
        let child = Command::new(env!("CARGO_BIN_EXE_samenspraak"))
            .args(["demo", "--port", &port.to_string(), "--data-dir"])
            .arg(&dir)
            .env("SAMENSPRAAK_LOG", "error")
            // The corpus is many uploads by one person: above the limit a school runs with.
            .env("SAMENSPRAAK_UPLOADS_PER_TEN_MINUTES", "10000")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the samenspraak binary runs");
        let base = format!("http://127.0.0.1:{port}");
        let served = Self { child, base, dir };
        for _ in 0..480 {
            // The client asks only once something listens; it treats a refused connection
            // as a failed test.
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
                && served.client().get("/healthz").await.status == 200
            {
                return served;
            }
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        }
        panic!("the demo did not start");
    }

    fn client(&self) -> Client {
        Client::new(&self.base)
    }

    fn peak_rss_kb(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
            .expect("VmHWM in /proc")
    }

    fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

#[tokio::test]
async fn every_hostile_class_list_is_answered_within_the_budget() {
    let files = corpus();
    assert!(files.len() >= 100, "the corpus has {} files", files.len());
    let mut served = Served::start().await;
    let admin = served.client();
    let r = admin
        .post_form(
            "/login",
            &[
                ("email", "directie@regenboog.example"),
                ("password", "kom-gesprek-demo"),
                ("next", "/"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "the demo's school admin signs in");
    let start_rss = served.peak_rss_kb();
    let (mut previewed, mut refused) = (0, 0);
    for (name, bytes) in &files {
        let r = admin.post_file("/import", "file", name, bytes).await;
        match r.status.as_u16() {
            303 => {
                let preview = admin.get(r.location().unwrap()).await;
                assert_eq!(preview.status, 200, "{name}: the preview opens");
                previewed += 1;
            }
            422 => {
                let message = r.text_of("file-error");
                assert!(
                    message.as_deref().is_some_and(|m| m.len() > 20),
                    "{name}: a message next to the field, got {message:?}"
                );
                refused += 1;
            }
            other => panic!("{name}: answered {other}: {}", r.body),
        }
        assert!(served.alive(), "{name}: the server is still running");
    }
    let peak = served.peak_rss_kb();
    println!(
        "hostile class lists: {} files, {previewed} previewed, {refused} refused with a message; \
         server peak RSS {} MB (after start {} MB)",
        files.len(),
        peak / 1024,
        start_rss / 1024
    );
    assert!(peak < MAX_PEAK_RSS_KB, "peak RSS {peak} kB");
    assert_eq!(admin.get("/healthz").await.status, 200);
    // The control file reads as the class list it is.
    let r = admin
        .post_file(
            "/import",
            "file",
            "klas.xlsx",
            &files.iter().find(|(n, _)| n == "xlsx-valid-control.xlsx").unwrap().1,
        )
        .await;
    let preview = admin.get(r.location().unwrap()).await;
    assert!(preview.body.contains("Noor Aerts"), "{}", preview.body);
}

/// The test app with room for the corpus: many uploads by one teacher.
macro_rules! with_room_for_uploads {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let app = TestApp::spawn_with(samenspraak_store::Backend::Sqlite, |c| {
                    c.uploads_per_ten_minutes = 10_000
                })
                .await;
                ($body)(&app).await;
                app.stop().await;
            }

            #[cfg(pg_tests)]
            #[tokio::test]
            async fn postgres() {
                let app = TestApp::spawn_with(samenspraak_store::Backend::Postgres, |c| {
                    c.uploads_per_ten_minutes = 10_000
                })
                .await;
                ($body)(&app).await;
                app.stop().await;
            }
        }
    };
}

with_room_for_uploads!(
    every_hostile_file_sent_as_media_is_refused_or_kept_whole,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (talk, url) = app.first_planned_talk(&teacher).await;
        let today = samenspraak_core::time::today(samenspraak_store::now()).to_string();
        let r = teacher
            .post_form(
                &format!("/children/{}/consent", talk.child_id),
                &[("given_by", "Ann Aalders (mama)"), ("given_on", &today)],
            )
            .await;
        assert_eq!(r.status, 303);
        samenspraak_store::learning_wall::add(
            &app.store,
            &a.id,
            &a.class_6a,
            "Breuken",
            "wiskunde",
            samenspraak_core::time::today(samenspraak_store::now()),
        )
        .await
        .unwrap();
        let wall = samenspraak_store::learning_wall::items(&app.store, &a.class_6a)
            .await
            .unwrap();
        let wall_photo = format!("/classes/{}/wall/{}/photo", a.class_6a, wall[0].id);
        let uploads: [(String, &str); 4] = [
            (format!("{url}/video"), "video"),
            (format!("{url}/portfolio"), "file"),
            (format!("{url}/report/file"), "report"),
            (wall_photo, "photo"),
        ];
        let files = stored_corpus();
        let mut answered = 0;
        for (name, bytes) in &files {
            for (path, field) in &uploads {
                let r = teacher
                    .post_multipart(path, &[("title", None, b"Werkje"), (field, Some(name), bytes)])
                    .await;
                assert!(
                    [303, 422].contains(&r.status.as_u16()),
                    "{name} to {path}: answered {}",
                    r.status
                );
                answered += 1;
            }
        }
        // Whatever was kept is whole and has its row; no upload was left half on disk.
        let on_disk = app.media_files();
        assert!(
            on_disk.iter().all(|f| !f.starts_with("upload-")),
            "leftovers: {on_disk:?}"
        );
        for file in &on_disk {
            let size = std::fs::metadata(app.data_dir.join("media").join(file)).unwrap().len();
            assert!(
                files.iter().any(|(_, b)| b.len() as u64 == size),
                "{file} is one of the files, whole"
            );
        }
        println!(
            "hostile media: {} files × {} uploads = {answered} answers, {} kept",
            files.len(),
            uploads.len(),
            on_disk.len()
        );
    }
);
