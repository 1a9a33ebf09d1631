//! The printed letters as a real decoder reads them: the PDF rendered to an image by
//! poppler's `pdftoppm`, its QR code read by zbar's `zbarimg`, its text by `pdftotext`; the
//! QR code leads to the right guardian's portal. The printed schedules read the same way.

use crate::support::TestApp;
use samenspraak_store::Backend;
use std::process::Command;

#[tokio::test]
async fn the_qr_code_on_a_printed_letter_leads_to_the_guardian_s_portal() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let r = teacher
        .post_form(
            &format!("/rounds/{}/invitations/{}/letters.pdf", a.round, a.class_6a),
            &[],
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/pdf"));
    let dir = std::env::temp_dir().join(format!("samenspraak-letters-{}", samenspraak_store::new_id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = dir.join("brieven.pdf");
    std::fs::write(&pdf, &r.bytes).unwrap();

    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(text.status.success());
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Bonjour Samira Aalders"), "the letter in French: {text}");
    assert!(text.contains("http://127.0.0.1/code"));

    let png = dir.join("page");
    let rendered = Command::new("pdftoppm")
        .args(["-png", "-r", "150", "-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg(&png)
        .status()
        .expect("pdftoppm (poppler-utils) is installed");
    assert!(rendered.success());
    let image = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "png"))
        .expect("a page image");
    let scanned = Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(&image)
        .output()
        .expect("zbarimg (zbar-tools) is installed");
    assert!(scanned.status.success(), "no QR code found on the page");
    let link = String::from_utf8_lossy(&scanned.stdout).trim().to_string();
    assert!(link.starts_with("http://127.0.0.1/i/"), "{link}");

    let parent = app.client();
    let path = link.trim_start_matches("http://127.0.0.1");
    assert_eq!(parent.post_form(path, &[]).await.location(), Some("/family"));
    assert!(parent.get("/family").await.body.contains("Amira Aalders"));
    // Kept beside the screenshots, to look at.
    let shots = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e2e-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    std::fs::copy(&image, shots.join("letter-pdf-page-1.png")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    app.stop().await;
}

fn pdf_text(bytes: &[u8]) -> String {
    let file = std::env::temp_dir().join(format!("samenspraak-{}.pdf", samenspraak_store::new_id()));
    std::fs::write(&file, bytes).unwrap();
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let _ = std::fs::remove_file(&file);
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn the_day_schedule_and_the_door_list_as_pdf() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let a = &app.world.a;
    let day = crate::booking::open_booking(&app).await;
    let slots = crate::booking::slots_of_6a_in(&app, day, (16, 0), (16, 40), 20, "klas 6A").await;
    let by = samenspraak_store::bookings::BookedBy::Staff(&a.teacher_id);
    samenspraak_store::bookings::book(
        &app.store,
        samenspraak_store::bookings::Request {
            round: &a.round,
            slot: &slots[1].id,
            child: &a.child_6a,
            seat: "",
            by,
            request_key: &"1".repeat(32),
        },
        Vec::new(),
    )
    .await
    .unwrap();
    let teacher = app.signed_in(&a.teacher).await;
    let base = format!("/rounds/{}/slots/{}", a.round, a.class_6a);
    let schedule = pdf_text(&teacher.get(&format!("{base}/print.pdf")).await.bytes);
    let line = schedule
        .lines()
        .find(|l| l.contains("16:20–16:40") || l.contains("16:20-16:40"))
        .unwrap_or_else(|| panic!("the conversation's line: {schedule}"));
    assert!(
        line.contains("Amira Aalders") && line.contains("Samira Aalders") && line.contains("Frans"),
        "{line}"
    );
    assert!(line.contains("klas 6A"));
    let door = pdf_text(&teacher.get(&format!("{base}/door.pdf")).await.bytes);
    assert!(door.contains("Amira A."), "{door}");
    assert!(!door.contains("Amira Aalders") && !door.contains("Samira"), "{door}");
    app.stop().await;
}
