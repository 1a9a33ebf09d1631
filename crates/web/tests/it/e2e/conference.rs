//! The gesprekskader in a real browser: the teacher fills in two boxes and an agreement for
//! Amira; her mother reads them on her phone. Both pages checked with axe.

use super::browser::{Browser, Setup};
use super::journeys::sign_in;
use crate::support::TestApp;
use samenspraak_store::{Backend, rounds, schools};
use samenspraak_web::demo;

#[tokio::test]
async fn the_teacher_writes_down_the_agreements_and_the_mother_reads_them() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let demo = demo::ensure(&app.store).await.unwrap();
    let school = schools::list(&app.store).await.unwrap().remove(0);
    let round = rounds::list(&app.store, &school.id).await.unwrap().remove(0);
    let mut b = Browser::start(&app.base).await;
    sign_in(&b, "an.desmet@regenboog.example").await;
    b.goto(&format!("/rounds/{}", round.id)).await;
    b.click("a[href*='/frame/']").await;
    b.wait_for_text("h1", "Gesprekskader: ").await;
    let child = b.text("h1").await;
    assert!(child.ends_with("Amira El Amrani"), "{child}");
    b.fill("#box_going_well", "Ze is trots op haar spreekbeurt over vulkanen.")
        .await;
    b.fill("#box_study_choice", "Ze twijfelt tussen STEM en Latijn.").await;
    b.click("form.frame-form button[type=submit]").await;
    b.wait_for_text(".notice", "Bewaard").await;
    b.fill("#what", "Elke avond tien minuten lezen").await;
    b.click("form[action$='/agreements'] button[type=submit]").await;
    b.wait_for_text(".agreements", "Elke avond tien minuten lezen").await;
    b.check("k01-frame").await;
    b.close().await;

    let (_, token) = demo.guardian_links[0].clone();
    let mut phone = Browser::start_with(
        &app.base,
        Setup {
            window: (390, 844),
            fake_media: false,
        },
    )
    .await;
    phone.goto(&format!("/i/{token}")).await;
    phone.click("main form button").await;
    phone.wait_for_path("/family").await;
    phone.click("a[href^='/family/conversation/']").await;
    phone.wait_for_text("h1", "L'entretien KOM au sujet de Amira").await;
    let page = phone.text("main").await;
    assert!(page.contains("Ze is trots op haar spreekbeurt over vulkanen."));
    assert!(page.contains("Elke avond tien minuten lezen"));
    assert!(!page.contains("Ce qui est difficile"), "empty boxes are left out");
    phone.check("k02-family-reads").await;
    assert!(phone.small_touch_targets().await.is_empty());
    phone.close().await;
    app.stop().await;
}
