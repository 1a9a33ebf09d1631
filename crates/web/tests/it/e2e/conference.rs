//! The KOM conversation in a real browser: the teacher prepares it, Amira leads the shared
//! screen, the teacher fills in the gesprekskader on the panel (also with the connection
//! gone), and her mother reads the summary on her phone, on paper and as PDF. Every page is
//! checked with axe.

use super::browser::Browser;
use super::journeys::{guardian_phone, sign_in};
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
    let mut phone = guardian_phone(&app.base, &token).await;
    phone.click("a[href^='/family/conference/']").await;
    phone.wait_for_text("h1", "L'entretien KOM pour Amira").await;
    let page = phone.text("main").await;
    assert!(page.contains("Ze is trots op haar spreekbeurt over vulkanen."));
    assert!(page.contains("Elke avond tien minuten lezen"));
    assert!(!page.contains("Ce qui est difficile"), "empty boxes are left out");
    phone.check("k02-family-reads").await;
    assert!(phone.small_touch_targets().await.is_empty());
    phone.close().await;
    app.stop().await;
}

/// The whole conversation at laptop size: the teacher prepares Amira's conversation and
/// prints the sheet, Amira leads the shared screen (also with the arrow keys), the teacher
/// fills in the frame on the panel — once while the connection is gone, without losing a
/// word — and adds two agreements; her mother reads the summary on her phone, prints it and
/// marks it read.
#[tokio::test]
async fn a_whole_conversation_prepared_held_and_read() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let demo = demo::ensure(&app.store).await.unwrap();
    let school = schools::list(&app.store).await.unwrap().remove(0);
    let round = rounds::list(&app.store, &school.id).await.unwrap().remove(0);
    let mut b = Browser::start(&app.base).await;
    sign_in(&b, "an.desmet@regenboog.example").await;
    b.goto(&format!("/rounds/{}", round.id)).await;
    b.click("a[href*='/prepare/']").await;
    b.wait_for_text("h1", "Voorbereiding: Amira El Amrani").await;
    let prepare = b.path().await;
    assert!(
        b.text(".prep-gathered")
            .await
            .contains("Trots op: Een zakelijke brief schrijven")
    );
    b.fill("#focus", "Zelfvertrouwen bij Frans").await;
    b.fill("#message", "Amira helpt anderen graag; dat mag ze weten.").await;
    b.fill("#ask_child", "Wat lukt er nu beter?\nWie helpt je bij Frans?")
        .await;
    b.fill("#ask_parents", "Hoe gaat het huiswerk thuis?").await;
    b.fill("#confidential", "Mama vroeg om niet over de verhuis te praten.")
        .await;
    // The fullest child of the demo gets fuller: a long message, and in her child talk four
    // questions from the jar, each with a long answer. The sheet still fits one A4.
    let long = "Amira vertelde uitgebreid over de spreekbeurt, de vriendinnen en het Frans. ".repeat(8);
    b.fill(
        "#message",
        &format!("Amira helpt anderen graag; dat mag ze weten. {long}"),
    )
    .await;
    let amira_id = samenspraak_core::ids::ChildId(prepare.rsplit('/').next().unwrap().to_string());
    let amira_class = samenspraak_store::children::get(&app.store, &school.id, &amira_id)
        .await
        .unwrap()
        .class_id
        .unwrap();
    let talk = samenspraak_store::child_talks::talks(&app.store, &round.id, &amira_class)
        .await
        .unwrap()
        .into_iter()
        .find(|k| k.child_id == amira_id)
        .expect("Amira's child talk in the demo");
    for entry in samenspraak_store::question_jar::jar(&app.store, &amira_class)
        .await
        .unwrap()
        .iter()
        .take(4)
    {
        samenspraak_store::question_jar::draw(&app.store, &talk.id, entry)
            .await
            .unwrap();
        samenspraak_store::question_jar::set_answer(&app.store, &talk.id, &entry.id, &long)
            .await
            .unwrap();
    }
    b.client
        .execute(
            "document.querySelector(\"select[name='web_maths']\").value = '4'",
            vec![],
        )
        .await
        .unwrap();
    b.click(".prep-form button[type=submit]").await;
    b.wait_for_text(".notice", "Bewaard").await;
    b.check("k03-prepare").await;
    b.click("a[href$='/print']").await;
    b.wait_for_text(".prep-sheet", "Zelfvertrouwen bij Frans").await;
    b.check("k04-prepare-sheet").await;
    // On A4 as the browser prints it: the sheet, without the site's navigation.
    let a4 = b
        .client
        .print(
            fantoccini::wd::PrintConfiguration::builder()
                .size(fantoccini::wd::PrintSize::A4)
                .build()
                .unwrap(),
        )
        .await
        .unwrap();
    let printed = super::printed::Printed::new(&a4);
    let text = printed.text();
    assert!(text.contains("Zelfvertrouwen bij Frans") && !text.contains("Gespreksrondes"));
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("zie verder in Samenspraak"),
        "long answers are cut on paper: {words}"
    );
    printed.first_page(80, "k04b-prepare-sheet-a4");
    assert_eq!(
        printed.pages(),
        1,
        "a child's preparation is one sheet of A4; on the second: {:?}",
        text.split('\x0c').nth(1)
    );

    // The shared screen: Amira leads, step by step.
    let screen = prepare.replace("/prepare/", "/conference/");
    b.goto(&screen).await;
    b.wait_for_text(".screen-step:first-child h2", "Welkom").await;
    b.check("k05-screen-welcome").await;
    b.click("#step-1 a[rel=next]").await;
    b.wait_for_url("#step-2").await;
    // First what she drew from the jar in her child talk, then what she is proud of.
    assert!(b.text("#step-2").await.contains("Vragen uit de vragenpot"));
    b.check("k06a-screen-questions").await;
    // The arrow key goes on, as the button does.
    b.client
        .active_element()
        .await
        .unwrap()
        .send_keys("\u{E014}")
        .await
        .unwrap();
    b.wait_for_url("#step-3").await;
    assert!(b.text("#step-3").await.contains("Een zakelijke brief schrijven"));
    b.check("k06-screen-proud").await;
    b.goto(&format!("{screen}#step-6")).await;
    b.wait_for_text("#step-6 h2", "Mijn spinnenweb").await;
    assert!(b.text("#step-6").await.contains("Zo ziet de juf of meester het"));
    b.check("k07-screen-spider").await;
    let shared = b.body().await;
    for private in ["Zelfvertrouwen bij Frans", "verhuis", "huiswerk thuis"] {
        assert!(!shared.contains(private), "{private} on the shared screen");
    }

    // Amira's parents took the first time of 6A's conversation days, days from now.
    let (child, class) = (amira_id.clone(), amira_class.clone());
    let first = samenspraak_store::bookings::slots(&app.store, &round.id, &class)
        .await
        .unwrap()
        .remove(0);
    let an = samenspraak_store::staff::find_for_login(&app.store, "an.desmet@regenboog.example")
        .await
        .unwrap()
        .unwrap()
        .0;
    let item = samenspraak_store::bookings::Proposed {
        slot: first.id.clone(),
        child: child.clone(),
        mails: Vec::new(),
    };
    samenspraak_store::bookings::propose(&app.store, &round.id, &an.id, &[item])
        .await
        .unwrap();
    samenspraak_store::bookings::confirm(&app.store, &round.id, &child)
        .await
        .unwrap();

    // The teacher's panel: the frame, saved without leaving the page.
    b.goto(&format!("{screen}/panel")).await;
    b.wait_for_text("h1", "Gesprek met Amira El Amrani").await;
    assert!(b.text(".ask-list").await.contains("Wie helpt je bij Frans?"));
    // The timer counts in days and hours while the talk is far off, in minutes when near.
    let timer = b.text(".timer").await;
    let numbers: Vec<u32> = timer
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    assert!(
        timer.starts_with("Begint over ") && numbers.iter().all(|n| *n < 60),
        "{timer}"
    );
    b.fill("#box_going_well", "Ze is trots op haar brief aan de burgemeester.")
        .await;
    b.click("form.frame-form button[type=submit]").await;
    b.wait_for_text("form.frame-form .keep-status", "Bewaard om").await;
    // The connection drops: what is typed waits in the browser, also over a reload.
    b.client
        .execute("window.fetch = () => Promise.reject(new TypeError('offline'))", vec![])
        .await
        .unwrap();
    b.fill("#box_hard", "Frans: de getallen tot honderd.").await;
    b.click("form.frame-form button[type=submit]").await;
    b.wait_for_text("form.frame-form .keep-status", "Wacht op verbinding")
        .await;
    assert!(b.text(".keep-offline").await.contains("Geen verbinding"));
    b.check("k08-panel-offline").await;
    b.goto(&format!("{screen}/panel")).await;
    b.wait_for_text("form.frame-form .keep-status", "Niet-bewaarde tekst teruggezet")
        .await;
    let kept = b
        .client
        .execute("return document.getElementById('box_hard').value", vec![])
        .await
        .unwrap();
    assert_eq!(kept.as_str(), Some("Frans: de getallen tot honderd."));
    b.click("form.frame-form button[type=submit]").await;
    b.wait_for_text("form.frame-form .keep-status", "Bewaard om").await;
    for (what, who) in [
        ("Elke dag vijf Franse woordjes oefenen", "child"),
        ("Samen naar de infodag", "parents"),
    ] {
        b.fill("#what", what).await;
        b.client
            .execute(&format!("document.getElementById('who').value = '{who}'"), vec![])
            .await
            .unwrap();
        b.click("form[action$='/agreements'] button[type=submit]").await;
        b.wait_for_text(".agreements", what).await;
    }
    b.check("k09-panel").await;
    // The summary goes out from the frame page.
    b.goto(&prepare.replace("/prepare/", "/frame/")).await;
    b.click("form[action$='/send'] button").await;
    b.wait_for_text(".notice", "Het verslag staat klaar").await;
    b.close().await;

    // Her mother, on her phone: the summary in French, on paper, and read.
    let (_, token) = demo.guardian_links[0].clone();
    let mut phone = guardian_phone(&app.base, &token).await;
    phone.click("a[href^='/family/conference/']").await;
    phone.wait_for_text("main", "Frans: de getallen tot honderd.").await;
    phone.click("a[href$='/print']").await;
    phone.wait_for_text("h1", "Compte rendu de l'entretien KOM").await;
    let summary = phone.text("main").await;
    assert!(summary.contains("Elke dag vijf Franse woordjes oefenen") && !summary.contains("verhuis"));
    phone.check("k10-summary-print").await;
    phone.client.back().await.unwrap();
    phone.click(".read-form button").await;
    phone.wait_for_text(".notice", "Vous avez lu ceci le").await;
    phone.check("k11-summary-read").await;
    assert!(phone.small_touch_targets().await.is_empty());
    // The sheet for the secondary school: hers to hand over, or not.
    phone.click("a[href$='/study-choice']").await;
    phone.wait_for_text("h1", "En route vers l'école secondaire").await;
    assert!(
        phone
            .text("main")
            .await
            .contains("Ce qui plaît à Amira et qui marche bien")
    );
    phone.check("k12-study-sheet").await;
    phone.close().await;
    app.stop().await;
}

/// The family's summary as PDF, read back by poppler: the boxes filled in and the agreements
/// are there, in the guardian's language; the empty box and every confidential word are not.
#[tokio::test]
async fn the_summary_pdf_reads_back_without_anything_confidential() {
    use crate::conference::{SECRET, held_conference};
    let app = TestApp::spawn(Backend::Sqlite).await;
    samenspraak_store::study_resources::add(
        &app.store,
        &app.world.a.id,
        "Onderwijskiezer",
        "https://www.onderwijskiezer.be",
    )
    .await
    .unwrap();
    held_conference(&app).await;
    let a = &app.world.a;
    let samira = app.signed_in_guardian().await;
    let r = samira
        .get(&format!("/family/conference/{}/{}/summary.pdf", a.round, a.child_6a))
        .await;
    assert_eq!(r.status, 200);
    let printed = super::printed::Printed::new(&r.bytes);
    let text = printed.text();
    assert!(text.contains("Compte rendu de l'entretien KOM"), "{text}");
    assert!(text.contains("Qu'est-ce qui va bien ? De quoi suis-je fier ou fière ?"));
    assert!(text.contains("Ze is trots op haar spreekbeurt over vulkanen."));
    assert!(
        text.contains("Infodag Sint-Jozef op 6 maart"),
        "a line break in a box is kept"
    );
    let (first, second) = (
        text.find("Elke avond tien minuten lezen").expect("the first agreement"),
        text.find("De infodag bezoeken").expect("the second agreement"),
    );
    assert!(
        first < second,
        "the agreements in the order they were made, also within a second"
    );
    assert!(!text.contains("Ce qui est difficile"), "the empty box is left out");
    assert!(!text.contains(SECRET) && !text.contains("Zelfvertrouwen"));

    // Page one as an image, for a person to look at; its QR code reads as the link.
    assert_eq!(
        printed.first_page(110, "k13-summary-pdf"),
        "https://www.onderwijskiezer.be"
    );
    app.stop().await;
}
