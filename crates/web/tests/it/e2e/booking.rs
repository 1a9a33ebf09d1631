//! A parent books the KOM conversation on a phone (390×844) in the demo school, once booking
//! is open: books with the keyboard alone, changes, cancels; finds nothing free, joins the
//! waiting list, and takes the slot offered when another family cancels.

use super::browser::Browser;
use super::journeys::sign_in;
use crate::support::TestApp;
use samenspraak_store::{Backend, bookings, children, rounds, schools};
use samenspraak_web::demo;

#[tokio::test]
async fn a_parent_books_changes_cancels_and_waits_on_a_phone() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let demo = demo::ensure(&app.store).await.unwrap();
    let (name, token) = demo.guardian_links[0].clone();
    assert_eq!(name, "Samira Bennani");
    let school = schools::list(&app.store).await.unwrap().remove(0);
    let round = rounds::list(&app.store, &school.id).await.unwrap().remove(0);
    rounds::open_booking_at(&app.store, &round.id, samenspraak_store::now() - 60)
        .await
        .unwrap();
    let mut b = super::journeys::guardian_phone(&app.base, &token).await;
    b.choose_language("nl").await;
    b.wait_for_text("h1", "Dag Samira Bennani").await;

    // Amira's page: real buttons with the day and the time in words.
    b.click("a[href^='/family/book/']").await;
    b.wait_for_text("h1", "Een moment kiezen voor het gesprek over Amira")
        .await;
    // Per day a heading, then the times; each button says the whole day and time to a
    // screen reader.
    assert!(b.text(".slot-day").await.starts_with("maandag "));
    let first = b
        .client
        .execute(
            "return document.querySelector('.slot-list li:first-child button').textContent",
            vec![],
        )
        .await
        .unwrap();
    let first = first.as_str().unwrap_or_default().trim().to_string();
    assert!(
        first.starts_with("maandag ") && first.ends_with(", 15:30–15:50"),
        "{first}"
    );
    b.check("b01-slots").await;
    assert!(
        b.small_touch_targets().await.is_empty(),
        "{:?}",
        b.small_touch_targets().await
    );
    // The same times in Arabic, right to left; the times themselves stay as they are.
    b.choose_language("ar").await;
    b.wait_for_text(".slot-list", "15:30").await;
    b.check("b01a-slots-arabic").await;
    b.choose_language("nl").await;
    b.wait_for_text("h1", "Een moment kiezen").await;

    // With the keyboard alone: Tab to the first time, Enter.
    let mut tabs = 0;
    loop {
        b.client
            .active_element()
            .await
            .unwrap()
            .send_keys("\u{E004}")
            .await
            .unwrap();
        tabs += 1;
        let focused = b
            .client
            .execute("return document.activeElement.className", vec![])
            .await
            .unwrap();
        if focused.as_str().unwrap_or_default().contains("slot-button") {
            break;
        }
        assert!(tabs < 40, "the slot buttons are never reached with Tab");
    }
    b.client
        .active_element()
        .await
        .unwrap()
        .send_keys("\u{E007}")
        .await
        .unwrap();
    b.wait_for_text(".notice", "Gelukt!").await;
    assert!(b.text(".booking-when").await.ends_with("15:30–15:50"));
    b.check("b02-booked").await;

    // Another time after all: the second button of the list.
    b.click(".slot-list li:nth-child(2) button").await;
    b.wait_for_text(".notice", "Gelukt!").await;
    let moved = b.text(".booking-when").await;
    assert!(!moved.ends_with("15:30–15:50"), "{moved}");
    // And then not at all.
    // Asked once more before it goes.
    b.click("details.confirm-cancel summary").await;
    b.click("form[action$='/cancel'] button").await;
    b.wait_for_text(".notice", "geannuleerd").await;
    b.check("b03-cancelled").await;

    // Every other family of 6A books; nothing is left for Amira.
    let six_a = demo_class(&app, &school.id, "6A").await;
    let amira = children::in_class(&app.store, &six_a.id)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.first_name == "Amira")
        .unwrap();
    let class = amira.class_id.clone().unwrap();
    let slots = bookings::slots(&app.store, &round.id, &class).await.unwrap();
    let others: Vec<_> = children::in_class(&app.store, &class)
        .await
        .unwrap()
        .into_iter()
        .filter(|c| c.id != amira.id)
        .collect();
    let teacher = samenspraak_store::staff::find_for_login(&app.store, "an.desmet@regenboog.example")
        .await
        .unwrap()
        .unwrap()
        .0;
    // One slot per other child; the rest is taken off the day.
    for surplus in slots.iter().skip(others.len()) {
        bookings::remove_slot(&app.store, &round.id, &class, &surplus.id)
            .await
            .unwrap();
    }
    for (i, (slot, child)) in slots.iter().zip(&others).enumerate() {
        let key = format!("{i:032}");
        let r = bookings::Request {
            round: &round.id,
            slot: &slot.id,
            child: &child.id,
            seat: "",
            by: bookings::BookedBy::Staff(&teacher.id),
            request_key: &key,
            who: &samenspraak_store::audit::Who::system(&school.id),
        };
        assert_eq!(
            bookings::book(&app.store, r, Vec::new()).await.unwrap(),
            bookings::Outcome::Booked
        );
    }
    b.goto(&format!("/family/book/{}/{}", round.id, amira.id)).await;
    b.wait_for_text("main", "Er is geen vrij moment meer").await;
    b.click("form[action$='/wait'] button").await;
    b.wait_for_text(".notice", "Je staat op de wachtlijst").await;
    assert!(b.text("main").await.contains("plaats 1"));
    b.check("b04-waiting").await;

    // A family cancels: the slot is offered to Amira's family first.
    bookings::cancel(
        &app.store,
        &round.id,
        &others[0].id,
        "",
        &samenspraak_store::audit::Who::system(&school.id),
        &[],
    )
    .await
    .unwrap();
    let state = samenspraak_web::state::AppState::new(
        app.store.clone(),
        samenspraak_web::config::Config::for_tests("", &app.data_dir),
    );
    samenspraak_web::services::offers::offer_freed(&state, &round, &class).await;
    b.goto(&format!("/family/book/{}/{}", round.id, amira.id)).await;
    b.wait_for_text(".offer h2", "Er is een moment vrijgekomen voor jou")
        .await;
    b.check("b05-offer").await;
    b.click(".offer form:first-of-type button").await;
    b.wait_for_text(".notice", "Gelukt!").await;
    assert!(b.text(".booking-when").await.ends_with("15:30–15:50"), "the freed slot");
    b.check("b06-offer-taken").await;
    b.close().await;
    app.stop().await;
}

/// The school side of booking in the browser: the admin sets a day for several classes and
/// switches the round to proposals; the teacher sees the class's times, prints the day, the
/// door list and the slips, and makes a calendar link. Every page checked with axe.
#[tokio::test]
async fn the_school_sets_up_and_prints_the_conversation_days() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    demo::ensure(&app.store).await.unwrap();
    let school = schools::list(&app.store).await.unwrap().remove(0);
    let round = rounds::list(&app.store, &school.id).await.unwrap().remove(0);
    let mut b = Browser::start(&app.base).await;

    sign_in(&b, "directie@regenboog.example").await;
    b.goto("/school/study-choice").await;
    b.check("s00-study-choice").await;
    b.goto(&format!("/rounds/{}/days", round.id)).await;
    b.check("s01-days-form").await;
    // No class ticked: the page says so next to the classes, and makes nothing.
    b.client
        .execute(
            "document.querySelectorAll('input[name=class]').forEach(c => c.checked = false)",
            vec![],
        )
        .await
        .unwrap();
    b.click("form.form button[type=submit]").await;
    b.wait_for_text("#classes-error", "Vul dit veld in").await;
    let ticked = b
        .client
        .execute(
            "return document.querySelectorAll('input[name=class]:checked').length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(ticked.as_i64(), Some(0), "what was sent stays as it was");
    b.check("s02-days-errors").await;
    b.goto(&format!("/rounds/{}", round.id)).await;
    b.click("input[name='mode'][value='propose']").await;
    b.click("form[action$='/booking-mode'] button[type=submit]").await;
    b.wait_for_text("main", "Stel nu een moment voor").await;
    b.check("s03-round-propose").await;
    b.click("form[action$='/booking-mode'] input[value='choose']").await;
    b.click("form[action$='/booking-mode'] button[type=submit]").await;
    b.click("form[action='/logout'] button").await;
    b.wait_for_path("/login").await;

    // The teacher: 6A's times, three families booked, the printouts.
    let six_a = demo_class(&app, &school.id, "6A").await;
    let slots = bookings::slots(&app.store, &round.id, &six_a.id).await.unwrap();
    let kids = children::in_class(&app.store, &six_a.id).await.unwrap();
    let teacher = samenspraak_store::staff::find_for_login(&app.store, "an.desmet@regenboog.example")
        .await
        .unwrap()
        .unwrap()
        .0;
    for (i, (slot, child)) in slots.iter().zip(&kids).take(3).enumerate() {
        let key = format!("{i:032}");
        let r = bookings::Request {
            round: &round.id,
            slot: &slot.id,
            child: &child.id,
            seat: "",
            by: bookings::BookedBy::Staff(&teacher.id),
            request_key: &key,
            who: &samenspraak_store::audit::Who::system(&school.id),
        };
        bookings::book(&app.store, r, Vec::new()).await.unwrap();
    }
    sign_in(&b, "an.desmet@regenboog.example").await;
    let base = format!("/rounds/{}/slots/{}", round.id, six_a.id);
    b.goto(&base).await;
    b.wait_for_text("main", "3 van de 27 momenten zijn geboekt.").await;
    b.check("s04-slots").await;
    b.goto(&format!("{base}/print")).await;
    b.check("s05-day-schedule").await;
    b.goto(&format!("{base}/door")).await;
    b.check("s06-door-list").await;
    b.goto(&format!("{base}/slips")).await;
    b.check("s07-slips").await;
    b.goto("/calendar").await;
    b.check("s08-calendar").await;
    b.click("form[action='/calendar'] button").await;
    b.wait_for_text("main", "Je ziet de link maar één keer").await;
    b.check("s09-calendar-link").await;
    b.close().await;
    app.stop().await;
}

/// A class of the demo school, by name.
async fn demo_class(
    app: &TestApp,
    school: &samenspraak_core::ids::SchoolId,
    name: &str,
) -> samenspraak_store::classes::SchoolClass {
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let year = schools::current_year(&app.store, school, today).await.unwrap().unwrap();
    samenspraak_store::classes::list(&app.store, school, &year.id)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap()
}
