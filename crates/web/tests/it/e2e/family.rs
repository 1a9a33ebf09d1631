//! A parent on a phone (390×844): opens the invitation from the demo, lands in the portal in
//! French, switches to Dutch, signs out, and mistypes the letter's code once.

use super::browser::{Browser, Setup};
use crate::support::TestApp;
use samenspraak_store::Backend;
use samenspraak_web::demo;

#[tokio::test]
async fn a_parent_opens_the_invitation_on_a_phone() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let demo = demo::ensure(&app.store).await.unwrap();
    let (name, token) = demo.guardian_links[0].clone();
    assert_eq!(name, "Samira Bennani");
    let mut b = Browser::start_with(
        &app.base,
        Setup {
            window: (390, 844),
            fake_media: false,
        },
    )
    .await;

    b.goto(&format!("/i/{token}")).await;
    b.check("p01-landing").await;
    b.click("main form button").await;
    b.wait_for_path("/family").await;
    b.wait_for_text("h1", "Bonjour Samira Bennani").await;
    let portal = b.body().await;
    assert!(
        portal.contains("Amira El Amrani") && portal.contains("Yassin El Amrani"),
        "both children, two classes"
    );
    b.check("p02-portal-french").await;

    b.click("form[action='/language'] button[lang='nl']").await;
    b.wait_for_text("h1", "Dag Samira Bennani").await;
    b.check("p03-portal-dutch").await;

    b.click("form[action='/family/done'] button").await;
    b.wait_for_path("/code").await;
    b.fill("#invitation_code", "ABCD EFGH JK").await;
    b.click(".family-code-form button[type=submit]").await;
    b.wait_for_text("#invitation_code-error", "Die code kennen we niet")
        .await;
    b.check("p04-code-wrong").await;

    assert_eq!(b.visited.len(), 4);
    b.close().await;
    app.stop().await;
}
