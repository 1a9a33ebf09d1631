//! A child on the class tablet (portrait, 820×1180, with a camera): signs in with the class
//! code, their name and picture code, draws two questions, fills in the thermometer, the
//! spider web and the interest grid, records a five-second video and adds to their
//! portfolio; then the teacher sees all of it beside their own notes.

use super::browser::Browser;
use crate::support::TestApp;
use fantoccini::Locator;
use samenspraak_store::{Backend, child_talks, children, classes, rounds, schools, tablet, videos};
use samenspraak_web::demo;
use std::time::Duration;

async fn sign_in(b: &Browser, email: &str) {
    b.goto("/login").await;
    b.fill("#email", email).await;
    b.fill("#password", demo::PASSWORD).await;
    b.click("button[type=submit].primary").await;
    b.wait_for_text("h1", "Dag ").await;
}

/// Checks the page with axe and a screenshot, and that every target a child taps is big.
async fn check_for_child(b: &mut Browser, name: &str) {
    b.check(name).await;
    let small = b.small_touch_targets().await;
    assert!(small.is_empty(), "too small to tap on {name}: {small:?}");
}

#[tokio::test]
async fn a_child_holds_their_talk_on_the_class_tablet() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    demo::ensure(&app.store).await.unwrap();
    let school = schools::list(&app.store)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.name == demo::SCHOOL_NAME)
        .unwrap();
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let year = schools::current_year(&app.store, &school.id, today)
        .await
        .unwrap()
        .unwrap();
    let class = classes::list(&app.store, &school.id, &year.id)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.name == "6A")
        .unwrap();
    let round = rounds::list(&app.store, &school.id).await.unwrap().remove(0);
    let mut b = Browser::start_tablet(&app.base).await;

    // The teacher plans the talks, notes the parents' consent for one child, and puts the
    // class code on the board.
    sign_in(&b, "an.desmet@regenboog.example").await;
    b.goto(&format!("/rounds/{}/talks/{}", round.id, class.id)).await;
    b.click("form[action$='/plan'] button").await;
    b.wait_for_text(".plan-bar strong", "ingepland").await;
    // A child for whom the enrolment form brought no consent for a video.
    let mut talk = None;
    for t in child_talks::talks(&app.store, &round.id, &class.id).await.unwrap() {
        if samenspraak_store::consent::current(&app.store, &t.child_id)
            .await
            .unwrap()
            .is_none()
        {
            talk = Some(t);
            break;
        }
    }
    let talk = talk.expect("a child without consent for a video");
    let child = children::get(&app.store, &school.id, &talk.child_id).await.unwrap();
    b.goto(&format!("/children/{}", child.id)).await;
    b.fill("#given_by", "Mama van ").await;
    b.client
        .find(Locator::Css("#given_by"))
        .await
        .unwrap()
        .send_keys(&child.first_name)
        .await
        .unwrap();
    b.click(".consent-form button[type=submit]").await;
    b.wait_for_text(".consent-line", "Gegeven door Mama van").await;
    b.check("t01-teacher-consent").await;
    // Writes a line of the period's report for the talk.
    b.goto(&format!("/rounds/{}/talks/{}/{}", round.id, class.id, talk.id))
        .await;
    b.fill("#report-talents", "Bouwt graag en legt het goed uit aan anderen.")
        .await;
    b.click(".report-form button[type=submit]").await;
    b.wait_for_url("#report").await;
    b.goto(&format!("/classes/{}/tablet", class.id)).await;
    let code = tablet::class_code(&app.store, &class.id).await.unwrap();
    assert_eq!(b.text(".class-code").await, format!("{} {}", &code[..3], &code[3..]));
    b.check("t02-teacher-class-tablet").await;
    // Picks the spider web's axes for the class: one of the defaults off, one of her own on.
    b.goto(&format!("/classes/{}/instruments", class.id)).await;
    b.click("section:has(#spider_web) input[value='sport']").await;
    b.fill("#spider_web-own", "Luisteren naar anderen").await;
    b.click("section:has(#spider_web) .settings-form button[type=submit]")
        .await;
    b.wait_for_text("section:has(#spider_web)", "Eigen keuze voor deze klas")
        .await;
    b.check("t02b-teacher-instruments").await;
    b.click("form[action='/logout'] button").await;
    b.wait_for_path("/login").await;

    // The child types the code from the board, with a slip first.
    b.goto("/tablet").await;
    check_for_child(&mut b, "t03-tablet-code").await;
    b.fill("#code", "ABC").await;
    b.click(".tablet-code-form button[type=submit]").await;
    b.wait_for_text("#code-error", "Die klascode kennen we niet").await;
    check_for_child(&mut b, "t04-tablet-code-wrong").await;
    b.fill("#code", &code.to_lowercase()).await;
    b.click(".tablet-code-form button[type=submit]").await;
    b.wait_for_text("h1", "Klas 6A: wie ben jij?").await;
    check_for_child(&mut b, "t05-tablet-names").await;

    // Taps their name, and their three pictures.
    b.click(&format!("a.name-tile[href$='/{}']", child.id)).await;
    b.wait_for_text("h1", "Wat is jouw prentjescode?").await;
    check_for_child(&mut b, "t06-tablet-pictures").await;
    let (_, pictures) = tablet::picture_codes(&app.store, &class.id)
        .await
        .unwrap()
        .into_iter()
        .find(|(id, _)| *id == child.id)
        .unwrap();
    for (i, n) in pictures.0.iter().enumerate() {
        b.click(&format!(".picture-row:nth-of-type({}) input[value='{n}']", i + 1))
            .await;
    }
    b.click(".picture-pad button[type=submit]").await;
    b.wait_for_text("h1", &format!("Dag {}!", child.first_name)).await;
    check_for_child(&mut b, "t07-tablet-talk").await;

    // One screen at a time: the question jar first. Draws two questions.
    assert!(b.text(".tablet-count").await.starts_with("Stap 1 van"));
    b.click("form[action='/tablet/talk/draw'] button").await;
    b.wait_for_text(".drawn-list", "?").await;
    b.click("form[action='/tablet/talk/draw'] button").await;
    for _ in 0..50 {
        if b.client.find_all(Locator::Css(".drawn-question")).await.unwrap().len() == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        b.client.find_all(Locator::Css(".drawn-question")).await.unwrap().len(),
        2
    );
    check_for_child(&mut b, "t08-tablet-drawn").await;

    // "Verder": the thermometer. Its "verder" saves and goes on to the smileys.
    b.click(".tablet-nav a[rel=next]").await;
    b.wait_for_url("step=thermometer").await;
    b.click("label.heat-8").await;
    check_for_child(&mut b, "t08b-tablet-thermometer").await;
    b.click("#thermometer button[type=submit]").await;
    b.wait_for_url("step=smileys").await;
    b.click(".tablet-nav a[rel=prev]").await;
    b.wait_for_text("#thermometer figcaption", "8 op 10").await;
    // The spider web, from the strip of pictures.
    b.click(".tablet-strip a[href$='step=spider']").await;
    b.wait_for_url("step=spider").await;
    for (axis, score) in [
        ("='alone'", 3),
        ("='together'", 5),
        ("='asking_help'", 2),
        ("='planning'", 4),
        ("='reading'", 4),
        ("='maths'", 5),
        ("^='own'", 2),
        ("='creativity'", 3),
    ] {
        b.click(&format!("input[name{axis}][value='{score}']")).await;
    }
    b.click("#spider button[type=submit]").await;
    b.wait_for_url("step=grid").await;
    for (n, liked, good) in [(1, 1, 1), (2, 0, 1), (3, 1, 0)] {
        b.click(&format!(
            "#grid fieldset:nth-of-type({n}) input[name^='liked_'][value='{liked}']"
        ))
        .await;
        b.click(&format!(
            "#grid fieldset:nth-of-type({n}) input[name^='good_'][value='{good}']"
        ))
        .await;
    }
    b.click("#grid button[type=submit]").await;
    b.wait_for_url("step=wall").await;
    b.goto("/tablet/talk?step=grid").await;
    b.wait_for_text("#grid", "Leuk én goed in").await;
    b.goto("/tablet/talk?step=spider").await;
    b.wait_for_text("#spider table", "5 / 5").await;
    assert!(b.text("#spider table").await.contains("Luisteren naar anderen"));
    check_for_child(&mut b, "t09-tablet-spider").await;
    // The report the teacher wrote, on its own screen.
    b.goto("/tablet/talk?step=report").await;
    assert!(
        b.text("#report")
            .await
            .contains("Bouwt graag en legt het goed uit aan anderen.")
    );

    // Records a five-second video with the tablet's camera, looks at it, keeps it.
    b.goto("/tablet/talk?step=video").await;
    b.click(".recorder [data-step='start']").await;
    b.wait_for_text(".recorder-status", "Opname loopt").await;
    tokio::time::sleep(Duration::from_secs(5)).await;
    b.click(".recorder [data-step='stop']").await;
    b.click(".recorder [data-step='save']").await;
    b.wait_for_url("#video").await;
    for _ in 0..100 {
        if b.client.find(Locator::Css("figure.child-video video")).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let video = videos::get(&app.store, &round.id, &child.id)
        .await
        .unwrap()
        .expect("the recorded video is stored");
    assert_eq!(video.content_type, "video/webm");
    assert!(
        video.size_bytes > 10_000,
        "five seconds of video: {} bytes",
        video.size_bytes
    );
    b.client
        .execute("document.getElementById('video').scrollIntoView()", vec![])
        .await
        .unwrap();
    check_for_child(&mut b, "t10-tablet-video").await;

    // Adds a few words to their portfolio.
    b.click(".tablet-nav a[rel=next]").await;
    b.wait_for_url("step=portfolio").await;
    b.fill("#portfolio-title", "Mijn spreekbeurt").await;
    b.fill("#portfolio-text", "Over de haven van Zeebrugge.").await;
    b.click(".portfolio-form button[type=submit]").await;
    b.wait_for_text("#portfolio .portfolio", "Over de haven van Zeebrugge.")
        .await;
    b.client
        .execute("document.getElementById('portfolio').scrollIntoView()", vec![])
        .await
        .unwrap();
    check_for_child(&mut b, "t11-tablet-portfolio").await;

    // The last screen: done, give the tablet back. It is ready for the next child, in
    // English for a moment.
    b.click(".tablet-nav a[rel=next]").await;
    b.wait_for_text("#done-heading", "Klaar!").await;
    check_for_child(&mut b, "t12-tablet-done").await;
    b.click("form.tablet-done button").await;
    b.wait_for_text("h1", "wie ben jij?").await;
    b.click("form[action='/language'] button").await;
    b.wait_for_text("h1", "Class 6A: who are you?").await;
    check_for_child(&mut b, "t12-tablet-names-english").await;
    b.click("form[action='/language'] button").await;
    b.wait_for_text("h1", "wie ben jij?").await;

    // The teacher sees all of it, with their own notes beside it.
    sign_in(&b, "an.desmet@regenboog.example").await;
    b.goto(&format!("/rounds/{}/talks/{}/{}", round.id, class.id, talk.id))
        .await;
    b.wait_for_text("#thermometer figcaption", "8 op 10").await;
    let page = b.body().await;
    assert_eq!(
        b.client.find_all(Locator::Css(".drawn-question")).await.unwrap().len(),
        2
    );
    assert!(page.contains("Over de haven van Zeebrugge."));
    assert!(page.contains("Niet getoond in het KOM-gesprek"));
    assert!(b.client.find(Locator::Css("figure.child-video video")).await.is_ok());
    b.fill("#note-text", "Wil graag over de overstap naar het middelbaar praten.")
        .await;
    b.click(".note-form button[type=submit]").await;
    b.wait_for_text("#notes summary", "Toon mijn notitie").await;
    b.click("#portfolio form[action$='/approve'] button").await;
    b.wait_for_text("#portfolio", "Goedgekeurd voor de ouders").await;
    b.client
        .execute("document.getElementById('video').scrollIntoView()", vec![])
        .await
        .unwrap();
    b.check("t13-teacher-sees-the-talk").await;

    // The round page says what the talk holds.
    b.goto(&format!("/rounds/{}", round.id)).await;
    b.wait_for_text(".status-table", "2 vragen · thermometer · spinnenweb · raster")
        .await;
    assert!(
        b.text(".status-table")
            .await
            .contains("filmpje · 1 in portfolio · rapport · 1 notitie")
    );
    b.check("t14-teacher-round").await;

    assert_eq!(b.visited.len(), 17);
    b.close().await;
    app.stop().await;
}
