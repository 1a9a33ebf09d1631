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

    // Nine languages, each in its own name, in a menu that folds open; Arabic turns the
    // whole page right to left.
    b.click(".lang-menu summary").await;
    assert!(b.text(".lang-menu ul").await.contains("Українська"));
    b.check("p02a-language-menu").await;
    b.click("form[action='/language'] button[lang='ar']").await;
    b.wait_for_text("h1", "Samira Bennani").await;
    let dir = b
        .client
        .execute(
            "return document.documentElement.dir + ' ' + document.documentElement.lang",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(dir.as_str(), Some("rtl ar"));
    b.check("p02b-portal-arabic").await;
    // Her questionnaire in Arabic: the scales and the faces right to left.
    b.click("a.button.primary[href^='/family/questionnaire/']").await;
    b.wait_for_text("main", "Amira").await;
    b.check("p02c-questionnaire-arabic").await;
    b.goto("/family").await;

    b.choose_language("nl").await;
    b.wait_for_text("h1", "Dag Samira Bennani").await;
    b.check("p03-portal-dutch").await;

    // Choosing a time: not open yet in the demo, and the page says from when.
    b.click("a[href^='/family/book/']").await;
    b.wait_for_text("main", "Je kan een moment kiezen vanaf").await;
    b.check("p03a-booking-not-yet").await;
    b.goto("/family").await;

    // Half the questionnaire for Amira: the script keeps it as they type; the phone is
    // closed (the page left) and opened again later.
    b.click("a[href^='/family/questionnaire/']").await;
    b.wait_for_text("h1", "Vragenlijst over Amira").await;
    b.fill("#q_tells", "Ze vertelt graag over de sportdag.").await;
    b.click("input[name='q_likes_school'][value='4']").await;
    b.check("p03b-questionnaire").await;
    b.wait_for_text(".autosave-status", "Bewaard").await;
    b.goto("/family").await;
    b.click("a[href^='/family/questionnaire/']").await;
    b.wait_for_text("h1", "Vragenlijst over Amira").await;
    let kept = b
        .client
        .find(fantoccini::Locator::Css("#q_tells"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(kept, "Ze vertelt graag over de sportdag.", "the draft survived");
    b.click("input[name='q_direction'][value='food_hospitality']").await;
    b.click("button[name='action'][value='submit']").await;
    b.wait_for_text(".notice", "De leerkracht heeft je antwoorden gekregen")
        .await;
    b.check("p03c-questionnaire-sent").await;

    // Her consents, as the school wrote them down; withdrawing one is asked first.
    b.goto("/family").await;
    assert!(b.text(".family-consents").await.contains("Foto's op de sokkenmuur"));
    b.click(".family-consents a[href$='/photos']").await;
    b.wait_for_text("h1", "Toestemming intrekken").await;
    b.check("p03d-consent-withdraw").await;
    b.click("main form button").await;
    b.wait_for_text(".notice", "Je hebt je toestemming ingetrokken").await;
    assert!(!b.text(".family-consents").await.contains("Foto's op de sokkenmuur"));

    b.click("form[action='/family/done'] button").await;
    b.wait_for_path("/code").await;
    b.fill("#invitation_code", "ABCD EFGH JK").await;
    b.click(".family-code-form button[type=submit]").await;
    b.wait_for_text("#invitation_code-error", "We kennen die code niet")
        .await;
    b.check("p04-code-wrong").await;

    // The teacher reads the answers in Amira's talk.
    b.goto("/login").await;
    b.fill("#email", "an.desmet@regenboog.example").await;
    b.fill("#password", demo::PASSWORD).await;
    b.click("button[type=submit].primary").await;
    b.wait_for_text("h1", "Dag ").await;
    let school = samenspraak_store::schools::list(&app.store).await.unwrap().remove(0);
    let round = samenspraak_store::rounds::list(&app.store, &school.id)
        .await
        .unwrap()
        .remove(0);
    let class = samenspraak_store::classes::list(
        &app.store,
        &school.id,
        &samenspraak_store::schools::current_year(
            &app.store,
            &school.id,
            samenspraak_core::time::today(samenspraak_store::now()),
        )
        .await
        .unwrap()
        .unwrap()
        .id,
    )
    .await
    .unwrap()
    .into_iter()
    .find(|c| c.name == "6A")
    .unwrap();
    b.goto(&format!("/rounds/{}/talks/{}", round.id, class.id)).await;
    b.click("form[action$='/plan'] button").await;
    b.wait_for_text(".plan-bar strong", "ingepland").await;
    b.click("a.talk-child").await;
    b.wait_for_text("#parents", "Ze vertelt graag over de sportdag.").await;
    assert!(b.text("#parents").await.contains("voeding en horeca"));
    b.client
        .execute("document.getElementById('parents').scrollIntoView()", vec![])
        .await
        .unwrap();
    b.check("p05-teacher-reads-the-answers").await;

    // The teacher's overview of the invitations, and the letters to print.
    b.goto(&format!("/rounds/{}/invitations/{}", round.id, class.id)).await;
    b.wait_for_text("main", "Samira Bennani").await;
    assert!(
        b.text("main").await.contains("verstuurd"),
        "Samira sent the questionnaire"
    );
    b.check("p06-invitations").await;
    // What was sent to each parent: a letter, or mails and what became of them.
    b.click(&format!("a[href='/rounds/{}/outbox/{}']", round.id, class.id))
        .await;
    b.wait_for_text("main", "Samira Bennani").await;
    b.check("p06a-outbox").await;
    b.goto(&format!("/rounds/{}/invitations/{}", round.id, class.id)).await;
    b.click("form[action$='/letters'] button").await;
    b.wait_for_text("main", "Bonjour Samira Bennani").await;
    b.check("p07-letters").await;

    // The conversation times: a day added, printed.
    b.goto(&format!("/rounds/{}/slots/{}", round.id, class.id)).await;
    b.fill("#room", "klas 6A").await;
    b.click("form.form button[type=submit]").await;
    b.wait_for_text("main", "0 van de").await;
    b.check("p08-slots").await;

    assert_eq!(b.visited.len(), 16);
    b.close().await;
    app.stop().await;
}
