//! The printed letters as a real decoder reads them: the PDF rendered to an image by
//! poppler's `pdftoppm`, its QR code read by zbar's `zbarimg`, its text by `pdftotext`; the
//! QR code leads to the right guardian's portal. The printed schedules read the same way.

use crate::support::TestApp;
use samenspraak_store::Backend;

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
    let printed = super::printed::Printed::new(&r.bytes);
    let text = printed.text();
    assert!(text.contains("Bonjour Samira Aalders"), "the letter in French: {text}");
    assert!(text.contains(&format!("{}/code", app.base)));

    let link = printed.first_page(150, "letter-pdf-page-1");
    assert!(link.starts_with(&format!("{}/i/", app.base)), "{link}");

    let parent = app.client();
    let path = link.trim_start_matches(&app.base);
    assert_eq!(parent.post_form(path, &[]).await.location(), Some("/family"));
    assert!(parent.get("/family").await.body.contains("Amira Aalders"));
    app.stop().await;
}

#[tokio::test]
async fn an_empty_schedule_is_still_a_page_that_says_so() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let base = format!("/rounds/{}/slots/{}", a.round, a.class_6a);
    for file in ["print.pdf", "door.pdf"] {
        let printed = super::printed::Printed::new(&teacher.get(&format!("{base}/{file}")).await.bytes);
        assert_eq!(printed.pages(), 1, "{file}: one page a reader opens");
        assert!(
            printed.text().contains("geen geboekte gespreksmomenten"),
            "{file}: {}",
            printed.text()
        );
    }
    app.stop().await;
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
            who: &samenspraak_store::audit::Who::system(&a.id),
        },
        Vec::new(),
    )
    .await
    .unwrap();
    let teacher = app.signed_in(&a.teacher).await;
    let base = format!("/rounds/{}/slots/{}", a.round, a.class_6a);
    let schedule = super::printed::Printed::new(&teacher.get(&format!("{base}/print.pdf")).await.bytes).layout_text();
    let line = schedule
        .lines()
        .find(|l| l.contains("16:20–16:40") || l.contains("16:20-16:40"))
        .unwrap_or_else(|| panic!("the conversation's line: {schedule}"));
    assert!(
        line.contains("Amira Aalders") && line.contains("Samira Aalders") && line.contains("Frans"),
        "{line}"
    );
    assert!(line.contains("klas 6A"));
    let door = super::printed::Printed::new(&teacher.get(&format!("{base}/door.pdf")).await.bytes).layout_text();
    assert!(door.contains("Amira A."), "{door}");
    assert!(!door.contains("Amira Aalders") && !door.contains("Samira"), "{door}");
    app.stop().await;
}
