//! Booking the KOM conversation: the teacher's slots, a family that books, books twice by
//! accident, changes and cancels; a slot just taken answered with the nearest free ones;
//! and a race of many families for few slots that never double-books.

use crate::on_both;
use crate::support::{Client, TestApp};
use samenspraak_core::ActorKind;
use samenspraak_store::{bookings, children, guardians, sessions};

/// Booking open since an hour, until next week; the conversations on the first school day
/// ten days from now or later.
pub(crate) async fn open_booking(app: &TestApp) -> jiff::civil::Date {
    let now = samenspraak_store::now();
    let today = samenspraak_core::time::today(now);
    let mut day = today.checked_add(jiff::Span::new().days(10)).unwrap();
    // On a school day: a conversation day in a holiday is refused.
    let off = samenspraak_core::calendar::flemish_days_off_from(day);
    while !samenspraak_core::calendar::is_school_day(day, &off) {
        day = day.tomorrow().unwrap();
    }
    sqlx::query(
        "UPDATE round SET booking_opens_at = $1, booking_closes_at = $2, conference_from = $3, conference_until = $3",
    )
    .bind(now - 3600)
    .bind(now + 7 * 86400)
    .bind(day.to_string())
    .execute(app.store.pool())
    .await
    .unwrap();
    app.store.forget_all();
    day
}

/// The school books `slot` for `child` (a proposal, as the teacher's "propose" does).
pub(crate) async fn booked_by_school(app: &TestApp, slot: &str, child: &samenspraak_core::ids::ChildId) {
    let a = &app.world.a;
    let item = bookings::Proposed {
        slot: slot.to_string(),
        child: child.clone(),
        mails: Vec::new(),
    };
    bookings::propose(&app.store, &a.round, &a.teacher_id, &[item])
        .await
        .unwrap();
}

/// Slots of `minutes` without a gap for 6A on `day`, from and until (hour, minute), in
/// `room`; returns all of 6A's slots.
pub(crate) async fn slots_of_6a_in(
    app: &TestApp,
    day: jiff::civil::Date,
    from: (i8, i8),
    until: (i8, i8),
    minutes: i64,
    room: &str,
) -> Vec<bookings::Slot> {
    let a = &app.world.a;
    let plan = samenspraak_core::booking::DayPlan::new(
        jiff::civil::time(from.0, from.1, 0, 0),
        jiff::civil::time(until.0, until.1, 0, 0),
        minutes,
        0,
    )
    .unwrap();
    let details = bookings::DayDetails {
        room,
        ..Default::default()
    };
    bookings::add_day(&app.store, &a.id, &a.round, &a.class_6a, day, &plan, details)
        .await
        .unwrap();
    bookings::slots(&app.store, &a.round, &a.class_6a).await.unwrap()
}

/// Slots for 6A without a room.
async fn slots_of_6a(
    app: &TestApp,
    day: jiff::civil::Date,
    from: (i8, i8),
    until: (i8, i8),
    minutes: i64,
) -> Vec<bookings::Slot> {
    slots_of_6a_in(app, day, from, until, minutes, "").await
}

/// Amira's sister Yasmine, in 6B: another class, another room.
async fn sister_in_6b(app: &TestApp) -> children::Child {
    let a = &app.world.a;
    let yasmine = children::create(
        &app.store,
        &a.id,
        children::ChildFields {
            class: Some(&a.class_6b),
            first_name: "Yasmine",
            last_name: "Aalders",
            birth_date: None,
        },
    )
    .await
    .unwrap();
    guardians::link_child(&app.store, yasmine.id.as_str(), a.guardian_6a.as_str())
        .await
        .unwrap();
    yasmine
}

/// A child in 6A with a guardian signed in on their own phone.
async fn family(app: &TestApp, first: &str) -> (samenspraak_core::ids::ChildId, Client) {
    let a = &app.world.a;
    let child = children::create(
        &app.store,
        &a.id,
        children::ChildFields {
            class: Some(&a.class_6a),
            first_name: first,
            last_name: "Aerts",
            birth_date: None,
        },
    )
    .await
    .unwrap();
    let g = guardians::create(
        &app.store,
        &a.id,
        &child.id,
        guardians::GuardianFields {
            name: &format!("Ouder van {first}"),
            email: None,
            phone: None,
            language: samenspraak_core::Language::Nl,
            right_to_info: true,
            interpreter: false,
        },
        guardians::HouseholdChoice::New,
    )
    .await
    .unwrap();
    let secret = sessions::create(&app.store, ActorKind::Guardian, g.id.as_str(), &a.id)
        .await
        .unwrap();
    let phone = app.client();
    phone.set_cookie("sid", &secret);
    (child.id, phone)
}

on_both!(
    a_family_books_changes_and_cancels_and_never_gets_a_taken_slot,
    async |app: &TestApp| {
        let a = &app.world.a;
        let day = open_booking(app).await;
        let teacher = app.signed_in(&a.teacher).await;
        let slots_page = format!("/rounds/{}/slots/{}", a.round, a.class_6a);
        let r = teacher
            .post_form(
                &slots_page,
                &[
                    ("day", &day.to_string()),
                    ("from", "17:00"),
                    ("until", "16:00"),
                    ("minutes", "20"),
                    ("room", ""),
                ],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("id=\"until-error\""));
        let r = teacher
            .post_form(
                &slots_page,
                &[
                    ("day", &day.to_string()),
                    ("from", "16:00"),
                    ("until", "17:00"),
                    ("minutes", "20"),
                    ("gap", "0"),
                    ("room", "klas 6A"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        let slots = bookings::slots(&app.store, &a.round, &a.class_6a).await.unwrap();
        assert_eq!(slots.len(), 3);

        let (noor, noor_phone) = family(app, "Noor").await;
        let (finn, finn_phone) = family(app, "Finn").await;
        let noor_page = format!("/family/book/{}/{noor}", a.round);
        let page = noor_phone.get(&noor_page).await.body;
        assert_eq!(page.matches("class=\"button slot-button\"").count(), 3);
        assert!(
            page.contains(", </span><bdi dir=\"ltr\">16:00–16:20</bdi></button>")
                && page.contains(r#"<h3 class="slot-day">"#),
            "the day as a heading, and the date and the time in words in each button"
        );

        // Noor's parent books; the same form sent twice books once.
        let first = &slots[0].id;
        let key = "k".repeat(32);
        for _ in 0..2 {
            let r = noor_phone
                .post_form(&noor_page, &[("slot", first), ("key", &key)])
                .await;
            assert_eq!(r.location(), Some(format!("{noor_page}?booked=1").as_str()));
        }
        assert_eq!(
            bookings::of_child(&app.store, &a.round, &noor)
                .await
                .unwrap()
                .unwrap()
                .id,
            *first
        );
        assert!(
            noor_phone
                .get(&format!("{noor_page}?booked=1"))
                .await
                .body
                .contains("Gelukt!")
        );

        // Finn's parent wanted the same slot: just taken, the nearest free ones shown.
        let finn_page = format!("/family/book/{}/{finn}", a.round);
        let page = finn_phone.get(&finn_page).await.body;
        assert_eq!(
            page.matches("class=\"button slot-button\"").count(),
            2,
            "a taken slot is not offered"
        );
        assert!(!page.contains("Noor"), "never who booked");
        let r = finn_phone
            .post_form(&finn_page, &[("slot", first), ("key", &"f".repeat(32))])
            .await;
        assert_eq!(r.status, 409);
        assert!(r.body.contains("Iemand anders koos net dat moment"));
        let nearest = r.body.find("</span><bdi dir=\"ltr\">16:20–16:40").unwrap();
        let further = r.body.find("</span><bdi dir=\"ltr\">16:40–17:00").unwrap();
        assert!(nearest < further, "nearest first");
        assert!(bookings::of_child(&app.store, &a.round, &finn).await.unwrap().is_none());

        // Noor's parent changes to the last slot, then cancels.
        let r = noor_phone
            .post_form(&noor_page, &[("slot", &slots[2].id), ("key", &"c".repeat(32))])
            .await;
        assert_eq!(r.status, 303);
        assert_eq!(
            bookings::of_child(&app.store, &a.round, &noor)
                .await
                .unwrap()
                .unwrap()
                .id,
            slots[2].id
        );
        let teacher_view = teacher.get(&slots_page).await.body;
        assert!(teacher_view.contains("Noor Aerts"), "the teacher sees who booked");
        let round_page = teacher.get(&format!("/rounds/{}", a.round)).await.body;
        assert!(round_page.contains("16:40"), "booked, on the round page");
        noor_phone.post_form(&format!("{noor_page}/cancel"), &[]).await;
        assert!(bookings::of_child(&app.store, &a.round, &noor).await.unwrap().is_none());

        // Another family's child cannot be booked for.
        assert_eq!(noor_phone.get(&finn_page).await.status, 404);

        // Within a day of the conversation, nothing changes online.
        sqlx::query("UPDATE conference_slot SET day = $1")
            .bind(samenspraak_core::time::today(samenspraak_store::now()).to_string())
            .execute(app.store.pool())
            .await
            .unwrap();
        app.store.forget_all();
        let r = finn_phone
            .post_form(&finn_page, &[("slot", &slots[1].id), ("key", &"g".repeat(32))])
            .await;
        assert_eq!(r.status, 409);
        assert!(bookings::of_child(&app.store, &a.round, &finn).await.unwrap().is_none());
    }
);

on_both!(five_hundred_families_race_for_fifty_slots, async |app: &TestApp| {
    race(app, std::slice::from_ref(&app.base)).await;
});

/// Two app instances on one PostgreSQL database, the families spread over both.
#[cfg(pg_tests)]
#[tokio::test]
async fn five_hundred_families_race_for_fifty_slots_on_two_instances() {
    let app = TestApp::spawn(samenspraak_store::Backend::Postgres).await;
    let second = app.another_instance().await;
    race(&app, &[app.base.clone(), second]).await;
    app.stop().await;
}

/// 500 families at once for 50 slots, family i on instance i % instances: exactly 50
/// bookings, one per slot, and a clean "just taken" for the 450 others.
async fn race(app: &TestApp, instances: &[String]) {
    let a = &app.world.a;
    let day = open_booking(app).await;
    let slots = slots_of_6a(app, day, (8, 0), (12, 10), 5).await;
    assert_eq!(slots.len(), 50);
    let mut families = Vec::new();
    for i in 0..500 {
        let (child, phone) = family(app, &format!("Kind{i:03}")).await;
        families.push((child, phone.on(&instances[i % instances.len()])));
    }
    // All at once: family i wants slot i % 50.
    let mut racing = Vec::new();
    for (i, (child, phone)) in families.into_iter().enumerate() {
        let slot = slots[i % 50].id.clone();
        let url = format!("/family/book/{}/{child}", a.round);
        racing.push(tokio::spawn(async move {
            let key = format!("{i:032}");
            phone
                .post_form(&url, &[("slot", &slot), ("key", &key)])
                .await
                .status
                .as_u16()
        }));
    }
    let mut answers = std::collections::BTreeMap::new();
    for r in racing {
        *answers.entry(r.await.unwrap()).or_insert(0) += 1;
    }
    assert_eq!(answers.get(&303), Some(&50), "{answers:?}");
    assert_eq!(
        answers.get(&409),
        Some(&450),
        "a clean 'just taken' for the others: {answers:?}"
    );
    assert_eq!(answers.len(), 2, "no errors: {answers:?}");
    let booked = bookings::of_round(&app.store, &a.round).await.unwrap();
    assert_eq!(booked.len(), 50);
    let distinct: std::collections::BTreeSet<_> = booked.iter().map(|(_, d, t)| (*d, *t)).collect();
    assert_eq!(distinct.len(), 50, "one booking per slot");
}

on_both!(
    the_teacher_books_for_a_family_and_prints_the_day,
    async |app: &TestApp| {
        let a = &app.world.a;
        let day = open_booking(app).await;
        let teacher = app.signed_in(&a.teacher).await;
        let slots_page = format!("/rounds/{}/slots/{}", a.round, a.class_6a);
        teacher
            .post_form(
                &slots_page,
                &[
                    ("day", &day.to_string()),
                    ("from", "16:00"),
                    ("until", "16:40"),
                    ("minutes", "20"),
                    ("room", "de bib"),
                ],
            )
            .await;
        let slots = bookings::slots(&app.store, &a.round, &a.class_6a).await.unwrap();
        let r = teacher
            .post_form(
                &format!("{slots_page}/{}/book", slots[1].id),
                &[("child", a.child_6a.as_str())],
            )
            .await;
        assert_eq!(r.status, 303);
        assert_eq!(
            bookings::of_child(&app.store, &a.round, &a.child_6a)
                .await
                .unwrap()
                .unwrap()
                .id,
            slots[1].id
        );
        // Samira needs an interpreter.
        sqlx::query("UPDATE guardian SET interpreter = 1")
            .execute(app.store.pool())
            .await
            .unwrap();
        app.store.forget_all();
        let print = teacher.get(&format!("{slots_page}/print")).await.body;
        assert!(print.contains("16:20–16:40") && print.contains("Amira Aalders"));
        assert!(
            print.contains("Samira Aalders") && print.contains("Frans"),
            "the guardians and their language"
        );
        assert!(print.contains("<strong>Ja</strong>"), "an interpreter is needed");
        assert!(print.contains("de bib"));
        // The door list: time and first name with an initial, nothing about the family.
        let door = teacher.get(&format!("{slots_page}/door")).await.body;
        assert!(door.contains("Amira A.") && door.contains("16:20–16:40"));
        for private in ["Amira Aalders", "Samira", "Frans"] {
            assert!(!door.contains(private), "{private} on the door: {door}");
        }
        // The slip, in the family's language.
        let slips = teacher.get(&format!("{slots_page}/slips")).await.body;
        assert!(
            slips.contains(r#"<section class="slip" lang="fr" dir="ltr">"#),
            "{slips}"
        );
        assert!(slips.contains("Entretien KOM : Amira"), "{slips}");
        assert!(slips.contains("16:20–16:40") && slips.contains("de bib"));
        let pdf = teacher.get(&format!("{slots_page}/print.pdf")).await;
        assert_eq!(pdf.header("content-type"), Some("application/pdf"));
        assert!(pdf.bytes.starts_with(b"%PDF-"));
        // Not a child of this class.
        assert_eq!(
            teacher
                .post_form(
                    &format!("{slots_page}/{}/book", slots[0].id),
                    &[("child", a.child_6b.as_str())]
                )
                .await
                .status,
            404
        );
        let care = app.signed_in(&a.care).await;
        assert_eq!(care.get(&slots_page).await.status, 403);
    }
);

on_both!(a_freed_slot_goes_to_the_waiting_list_in_order, async |app: &TestApp| {
    let a = &app.world.a;
    let day = open_booking(app).await;
    let slots = slots_of_6a(app, day, (17, 0), (17, 40), 20).await;
    let (ann, ann_phone) = family(app, "Ann").await;
    let (bo, bo_phone) = family(app, "Bo").await;
    let (cas, cas_phone) = family(app, "Cas").await;
    let (dirk, dirk_phone) = family(app, "Dirk").await;
    // Cas's parent reads mail: the offer must reach them.
    sqlx::query(
        "UPDATE guardian SET email = 'cas@thuis.example' WHERE id IN \
             (SELECT guardian_id FROM child_guardian WHERE child_id = $1)",
    )
    .bind(cas.as_str())
    .execute(app.store.pool())
    .await
    .unwrap();
    app.store.forget_all();
    let url = |c: &samenspraak_core::ids::ChildId| format!("/family/book/{}/{c}", a.round);
    let book = async |phone: &Client, child, slot: &str, n: u8| {
        phone
            .post_form(&url(child), &[("slot", slot), ("key", &format!("{n:032}"))])
            .await
            .status
    };
    assert_eq!(book(&ann_phone, &ann, &slots[0].id, 1).await, 303);
    assert_eq!(book(&bo_phone, &bo, &slots[1].id, 2).await, 303);

    // Nothing free: Cas and then Dirk join the waiting list.
    let page = cas_phone.get(&url(&cas)).await.body;
    assert!(page.contains("Zet ons op de wachtlijst"), "{page}");
    assert_eq!(
        cas_phone.post_form(&format!("{}/wait", url(&cas)), &[]).await.status,
        303
    );
    assert_eq!(
        dirk_phone.post_form(&format!("{}/wait", url(&dirk)), &[]).await.status,
        303
    );
    assert!(cas_phone.get(&url(&cas)).await.body.contains("plaats 1"));
    assert!(dirk_phone.get(&url(&dirk)).await.body.contains("plaats 2"));
    let teacher = app.signed_in(&a.teacher).await;
    let round_page = teacher.get(&format!("/rounds/{}", a.round)).await.body;
    assert!(round_page.contains("op de wachtlijst"), "the teacher sees who waits");

    // Ann cancels: the slot is held for Cas, the first in line, and Cas is mailed.
    assert_eq!(
        ann_phone.post_form(&format!("{}/cancel", url(&ann)), &[]).await.status,
        303
    );
    let cas_page = cas_phone.get(&url(&cas)).await.body;
    assert!(cas_page.contains("Er is een moment vrijgekomen voor jou"), "{cas_page}");
    assert!(cas_page.contains("17:00–17:20"));
    let offers: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE purpose = 'offer' AND to_address = 'cas@thuis.example'")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
    assert_eq!(offers, 1);
    // Nobody else can take it: not Dirk, second in line, not Ann who let it go.
    let dirk_page = dirk_phone.get(&url(&dirk)).await.body;
    assert!(!dirk_page.contains("17:00–17:20"), "a held slot is not shown as free");
    assert_eq!(book(&dirk_phone, &dirk, &slots[0].id, 3).await, 409);
    assert_eq!(book(&ann_phone, &ann, &slots[0].id, 4).await, 409);

    // Cas says no thank you: the offer passes to Dirk, who takes it.
    assert_eq!(
        cas_phone
            .post_form(&format!("{}/wait/leave", url(&cas)), &[])
            .await
            .status,
        303
    );
    assert!(!cas_phone.get(&url(&cas)).await.body.contains("plaats"));
    assert!(
        dirk_phone
            .get(&url(&dirk))
            .await
            .body
            .contains("Er is een moment vrijgekomen voor jou")
    );
    assert_eq!(book(&dirk_phone, &dirk, &slots[0].id, 5).await, 303);
    let mine = bookings::of_child(&app.store, &a.round, &dirk).await.unwrap().unwrap();
    assert_eq!(mine.id, slots[0].id);
    assert!(
        samenspraak_store::waiting::place(&app.store, &a.round, &dirk)
            .await
            .unwrap()
            .is_none(),
        "booked, so off the list"
    );
});

on_both!(an_offer_not_taken_in_time_goes_to_the_next, async |app: &TestApp| {
    let a = &app.world.a;
    let day = open_booking(app).await;
    let slot = slots_of_6a(app, day, (17, 0), (17, 20), 20).await[0].id.clone();
    let (ann, ann_phone) = family(app, "Ann").await;
    let (cas, cas_phone) = family(app, "Cas").await;
    let (dirk, dirk_phone) = family(app, "Dirk").await;
    let url = |c: &samenspraak_core::ids::ChildId| format!("/family/book/{}/{c}", a.round);
    ann_phone
        .post_form(&url(&ann), &[("slot", &slot), ("key", &format!("{:032}", 1))])
        .await;
    cas_phone.post_form(&format!("{}/wait", url(&cas)), &[]).await;
    dirk_phone.post_form(&format!("{}/wait", url(&dirk)), &[]).await;
    ann_phone.post_form(&format!("{}/cancel", url(&ann)), &[]).await;
    assert!(
        cas_phone
            .get(&url(&cas))
            .await
            .body
            .contains("Er is een moment vrijgekomen voor jou")
    );
    // Twelve hours pass without an answer.
    sqlx::query("UPDATE booking_wait SET offer_expires_at = $1 WHERE child_id = $2")
        .bind(samenspraak_store::now() - 1)
        .bind(cas.as_str())
        .execute(app.store.pool())
        .await
        .unwrap();
    app.store.forget_all();
    // The background loop passes it on (here: called directly, as the loop does).
    let state = samenspraak_web::state::AppState::new(
        app.store.clone(),
        samenspraak_web::config::Config::for_tests("", &app.data_dir),
    );
    samenspraak_web::services::offers::pass_on_expired_offers(&state).await;
    assert!(
        dirk_phone
            .get(&url(&dirk))
            .await
            .body
            .contains("Er is een moment vrijgekomen voor jou")
    );
    let cas_page = cas_phone.get(&url(&cas)).await.body;
    assert!(
        !cas_page.contains("vrijgekomen") && !cas_page.contains("plaats 1"),
        "{cas_page}"
    );
});

on_both!(families_are_reminded_the_day_before_once, async |app: &TestApp| {
    let a = &app.world.a;
    sqlx::query("UPDATE guardian SET email = 'samira@example.be'")
        .execute(app.store.pool())
        .await
        .unwrap();
    app.store.forget_all();
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let tomorrow = today.checked_add(jiff::Span::new().days(1)).unwrap();
    let later = today.checked_add(jiff::Span::new().days(2)).unwrap();
    let slots = slots_of_6a(app, tomorrow, (16, 0), (16, 40), 20).await;
    let (finn, _) = family(app, "Finn").await;
    let by = samenspraak_store::bookings::BookedBy::Staff(&a.teacher_id);
    for (slot, child, key) in [(&slots[0], &a.child_6a, "1"), (&slots[1], &finn, "2")] {
        bookings::book(
            &app.store,
            bookings::Request {
                round: &a.round,
                slot: &slot.id,
                child,
                seat: "",
                by,
                request_key: &key.repeat(32),
                who: &samenspraak_store::audit::Who::system(&a.id),
            },
            Vec::new(),
        )
        .await
        .unwrap();
    }
    // A conversation the day after tomorrow is not reminded yet.
    let after = slots_of_6a(app, later, (16, 0), (16, 20), 20).await;
    let (gust, _) = family(app, "Gust").await;
    let slot_after = after.iter().find(|s| s.day == later).unwrap();
    bookings::book(
        &app.store,
        bookings::Request {
            round: &a.round,
            slot: &slot_after.id,
            child: &gust,
            seat: "",
            by,
            request_key: &"3".repeat(32),
            who: &samenspraak_store::audit::Who::system(&a.id),
        },
        Vec::new(),
    )
    .await
    .unwrap();

    let state = samenspraak_web::state::AppState::new(
        app.store.clone(),
        samenspraak_web::config::Config::for_tests("", &app.data_dir),
    );
    // The app's own loop may be first; either way each family is reminded once.
    let reminders = async || -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE purpose = 'reminder'")
            .fetch_one(app.store.pool())
            .await
            .unwrap()
    };
    // Two instances at once, as two servers on one database run their minute loops.
    let other = samenspraak_web::state::AppState::new(
        app.another_store().await,
        samenspraak_web::config::Config::for_tests("", &app.data_dir),
    );
    let (one, two) = tokio::join!(
        samenspraak_web::services::booking_mail::remind_tomorrow(&state),
        samenspraak_web::services::booking_mail::remind_tomorrow(&other),
    );
    one.unwrap();
    two.unwrap();
    assert_eq!(
        reminders().await,
        1,
        "Amira's parent has an address; Finn's has none; Gust is not tomorrow"
    );
    samenspraak_web::services::booking_mail::remind_tomorrow(&state)
        .await
        .unwrap();
    assert_eq!(reminders().await, 1, "once");
    let (subject, calendar, text): (String, String, String) = sqlx::query_as(
        "SELECT subject, calendar, text_body FROM outbox WHERE purpose = 'reminder' AND to_address = 'samira@example.be'",
    )
    .fetch_one(app.store.pool())
    .await
    .unwrap();
    // Samira reads French.
    assert!(subject.starts_with("Demain : entretien KOM pour Amira"), "{subject}");
    // The day before, changing online is over: the reminder says whom to tell instead.
    assert!(text.contains("Prévenez l'enseignant"), "{text}");
    assert!(!text.contains("jusqu'à la veille"), "{text}");
    let start = format!("DTSTART;TZID=Europe/Brussels:{}T160000", tomorrow.strftime("%Y%m%d"));
    assert!(calendar.contains(&start), "{calendar}");
});

on_both!(a_teacher_subscribes_to_their_conversations, async |app: &TestApp| {
    let a = &app.world.a;
    let day = open_booking(app).await;
    let slots = slots_of_6a(app, day, (16, 0), (16, 40), 20).await;
    let by = samenspraak_store::bookings::BookedBy::Staff(&a.teacher_id);
    bookings::book(
        &app.store,
        bookings::Request {
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
    assert!(teacher.get("/calendar").await.body.contains("Maak mijn agenda-link"));
    let page = teacher.post_form("/calendar", &[]).await;
    assert_eq!(page.header("cache-control"), Some("no-store"));
    let feed_of = |body: &str| -> String {
        let prefix = format!("{}/feed/", app.base);
        let at = body.find(&prefix).expect("the address, shown once");
        body[at + app.base.len()..at + prefix.len() + 64].to_string()
    };
    let address = &feed_of(&page.body);

    // The calendar app: no cookies.
    let app_client = app.client();
    let feed = app_client.get(address).await;
    assert_eq!(feed.status, 200);
    assert_eq!(feed.header("content-type"), Some("text/calendar; charset=utf-8"));
    assert!(
        feed.body.contains("SUMMARY:KOM-gesprek: Amira A. (6A)"),
        "{}",
        feed.body
    );
    let start = format!("DTSTART;TZID=Europe/Brussels:{}T162000", day.strftime("%Y%m%d"));
    assert!(feed.body.contains(&start));
    assert!(
        !feed.body.contains("Aalders") && !feed.body.contains("Samira"),
        "no more than the day needs"
    );
    assert!(
        !teacher.get("/calendar").await.body.contains("/feed/"),
        "not shown again"
    );

    // Another teacher's feed does not show 6A.
    let care = app.signed_in(&a.care).await;
    let other = care.post_form("/calendar", &[]).await.body;
    let other = &feed_of(&other);
    assert!(!app_client.get(other).await.body.contains("Amira"));

    // A new address replaces the old; stopping ends it.
    let renewed = teacher.post_form("/calendar", &[]).await.body;
    assert_eq!(app_client.get(address).await.status, 404);
    let renewed = &feed_of(&renewed);
    assert_eq!(app_client.get(renewed).await.status, 200);
    teacher.post_form("/calendar/stop", &[]).await;
    assert_eq!(app_client.get(renewed).await.status, 404);
});

on_both!(
    the_school_proposes_and_siblings_come_back_to_back,
    async |app: &TestApp| {
        let a = &app.world.a;
        let day = open_booking(app).await;
        sqlx::query("UPDATE guardian SET email = 'samira@example.be'")
            .execute(app.store.pool())
            .await
            .unwrap();
        app.store.forget_all();
        let yasmine = sister_in_6b(app).await;
        let t = |h, m| jiff::civil::time(h, m, 0, 0);
        let plan_6a = samenspraak_core::booking::DayPlan::new(t(16, 0), t(17, 0), 20, 0).unwrap();
        bookings::add_day(
            &app.store,
            &a.id,
            &a.round,
            &a.class_6a,
            day,
            &plan_6a,
            samenspraak_store::bookings::DayDetails {
                room: "6A",
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let plan_6b = samenspraak_core::booking::DayPlan::new(t(16, 0), t(17, 10), 20, 5).unwrap();
        bookings::add_day(
            &app.store,
            &a.id,
            &a.round,
            &a.class_6b,
            day,
            &plan_6b,
            samenspraak_store::bookings::DayDetails {
                room: "6B",
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let admin = app.signed_in(&a.admin).await;
        let round_page = format!("/rounds/{}", a.round);
        let r = admin
            .post_form(&format!("{round_page}/booking-mode"), &[("mode", "propose")])
            .await;
        assert_eq!(r.status, 303);

        // Samira says the afternoon suits her, once for both daughters.
        let samira = app.signed_in_guardian().await;
        let amira_url = format!("/family/book/{}/{}", a.round, a.child_6a);
        let page = samira.get(&amira_url).await.body;
        assert!(
            page.contains("Quand cela vous convient-il ?"),
            "Samira reads French: {page}"
        );
        let afternoon = format!("{day}/afternoon");
        let r = samira
            .post_form(&format!("{amira_url}/availability"), &[("part", &afternoon)])
            .await;
        assert_eq!(r.status, 303);
        let yasmine_url = format!("/family/book/{}/{}", a.round, yasmine.id);
        let again = samira.get(&yasmine_url).await.body;
        assert!(
            again.contains(&format!(r#"value="{afternoon}" checked"#)),
            "said for both: {again}"
        );
        // Finn's parents can only come in the evening, when there is nothing.
        let (finn, finn_phone) = family(app, "Finn").await;
        let finn_url = format!("/family/book/{}/{finn}", a.round);
        finn_phone
            .post_form(
                &format!("{finn_url}/availability"),
                &[("part", &format!("{day}/evening"))],
            )
            .await;
        assert!(
            admin
                .get(&round_page)
                .await
                .body
                .contains("Voor 3 kinderen hebben de ouders gezegd wanneer het past.")
        );

        let r = admin.post_form(&format!("{round_page}/propose"), &[]).await;
        assert_eq!(r.status, 303);
        let done = admin.get(r.location().unwrap()).await.body;
        assert!(
            done.contains("2 gesprekken voorgesteld en gemaild. 1 kind vond geen passend moment"),
            "{done}"
        );
        let amira = bookings::of_child(&app.store, &a.round, &a.child_6a)
            .await
            .unwrap()
            .unwrap();
        let sister = bookings::of_child(&app.store, &a.round, &yasmine.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((amira.start, amira.room.as_str()), (t(16, 0), "6A"));
        assert_eq!(
            (sister.start, sister.room.as_str()),
            (t(16, 25), "6B"),
            "right after, with five minutes to walk to 6B"
        );
        assert!(amira.proposed && sister.proposed);
        assert!(bookings::of_child(&app.store, &a.round, &finn).await.unwrap().is_none());
        assert!(admin.get(&round_page).await.body.contains("voorstel"));
        let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE purpose = 'proposal'")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
        assert_eq!(mails, 2, "one per daughter");

        // Samira confirms Amira's time.
        let page = samira.get(&amira_url).await.body;
        assert!(
            page.contains("L&#39;école propose ce moment") || page.contains("Ce moment nous convient"),
            "{page}"
        );
        assert_eq!(samira.post_form(&format!("{amira_url}/confirm"), &[]).await.status, 303);
        let amira = bookings::of_child(&app.store, &a.round, &a.child_6a)
            .await
            .unwrap()
            .unwrap();
        assert!(!amira.proposed);
    }
);

on_both!(
    separated_parents_each_book_their_own_conversation,
    async |app: &TestApp| {
        let a = &app.world.a;
        let day = open_booking(app).await;
        let slots = slots_of_6a(app, day, (16, 0), (17, 0), 20).await;
        sqlx::query("UPDATE guardian SET email = 'samira@example.be'")
            .execute(app.store.pool())
            .await
            .unwrap();
        app.store.forget_all();
        // Amira's father lives elsewhere.
        let email = samenspraak_core::values::Email::parse("marc@example.be").unwrap();
        let marc = guardians::create(
            &app.store,
            &a.id,
            &a.child_6a,
            guardians::GuardianFields {
                name: "Marc Aalders",
                email: Some(&email),
                phone: None,
                language: samenspraak_core::Language::Nl,
                right_to_info: true,
                interpreter: false,
            },
            guardians::HouseholdChoice::New,
        )
        .await
        .unwrap();
        let marc_phone = app.client();
        marc_phone.set_cookie(
            "sid",
            &sessions::create(&app.store, ActorKind::Guardian, marc.id.as_str(), &a.id)
                .await
                .unwrap(),
        );
        let samira = app.signed_in_guardian().await;
        let url = format!("/family/book/{}/{}", a.round, a.child_6a);
        let book = async |phone: &Client, slot: &str, n: u8| {
            phone
                .post_form(&url, &[("slot", slot), ("key", &format!("{n:032}"))])
                .await
                .status
        };

        // Together by default: Samira books, Marc sees that time as theirs.
        assert_eq!(book(&samira, &slots[0].id, 1).await, 303);
        assert!(marc_phone.get(&url).await.body.contains("16:00–16:20"));

        // The teacher allows a conversation each; Marc books his own.
        let teacher = app.signed_in(&a.teacher).await;
        let slots_page = format!("/rounds/{}/slots/{}", a.round, a.class_6a);
        assert!(teacher.get(&slots_page).await.body.contains("Ouders die apart wonen"));
        let r = teacher
            .post_form(
                &format!("{slots_page}/separate"),
                &[("child", a.child_6a.as_str()), ("on", "1")],
            )
            .await;
        assert_eq!(r.status, 303);
        let marc_page = marc_phone.get(&url).await.body;
        assert!(
            !marc_page.contains("Dit moment annuleren"),
            "nothing booked for Marc yet"
        );
        assert_eq!(book(&marc_phone, &slots[2].id, 2).await, 303);
        let mine = marc_phone.get(&url).await.body;
        assert!(mine.contains("16:40–17:00"));
        assert_eq!(
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM booking WHERE child_id = $1")
                .bind(a.child_6a.as_str())
                .fetch_one(app.store.pool())
                .await
                .unwrap(),
            2
        );
        let to: Vec<String> =
            sqlx::query_scalar("SELECT to_address FROM outbox WHERE purpose = 'booking' ORDER BY created_at, id")
                .fetch_all(app.store.pool())
                .await
                .unwrap();
        // The joint booking went to both; Marc's own to Marc only.
        assert_eq!(to.iter().filter(|t| *t == "marc@example.be").count(), 2, "{to:?}");
        assert_eq!(to.iter().filter(|t| *t == "samira@example.be").count(), 1, "{to:?}");
        // Marc cancels his; the other conversation stays.
        marc_phone.post_form(&format!("{url}/cancel"), &[]).await;
        assert!(
            bookings::of_child(&app.store, &a.round, &a.child_6a)
                .await
                .unwrap()
                .is_some()
        );
        let seats: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM booking WHERE child_id = $1")
            .bind(a.child_6a.as_str())
            .fetch_one(app.store.pool())
            .await
            .unwrap();
        assert_eq!(seats, 1);
        // The teacher's page names whose conversation it is.
        marc_phone
            .post_form(&url, &[("slot", &slots[2].id), ("key", &format!("{:032}", 3))])
            .await;
        assert!(
            teacher
                .get(&slots_page)
                .await
                .body
                .contains("apart gesprek: Marc Aalders")
        );
    }
);

on_both!(
    families_with_several_children_get_a_head_start,
    async |app: &TestApp| {
        let a = &app.world.a;
        let day = open_booking(app).await;
        let slots = slots_of_6a(app, day, (16, 0), (17, 0), 20).await;
        // Booking opens in half an hour for everyone.
        rounds_open_in(app, 30 * 60).await;
        // Samira has two daughters in the round.
        sister_in_6b(app).await;
        let samira = app.signed_in_guardian().await;
        let (finn, finn_phone) = family(app, "Finn").await;
        let amira_url = format!("/family/book/{}/{}", a.round, a.child_6a);
        let finn_url = format!("/family/book/{}/{finn}", a.round);
        let key = |n: u8| format!("{n:032}");

        // Without a head start nobody books before the opening.
        assert_eq!(
            samira
                .post_form(&amira_url, &[("slot", &slots[0].id), ("key", &key(1))])
                .await
                .status,
            409
        );
        let admin = app.signed_in(&a.admin).await;
        let r = admin
            .post_form(
                &format!("/rounds/{}/booking-mode", a.round),
                &[("mode", "choose"), ("head_start", "60")],
            )
            .await;
        assert_eq!(r.status, 303);
        assert_eq!(
            admin
                .post_form(
                    &format!("/rounds/{}/booking-mode", a.round),
                    &[("mode", "choose"), ("head_start", "45")],
                )
                .await
                .status,
            400,
            "only the head starts offered"
        );
        // An hour's head start: Samira, with two daughters in the round, books now.
        assert_eq!(
            samira
                .post_form(&amira_url, &[("slot", &slots[0].id), ("key", &key(2))])
                .await
                .status,
            303
        );
        // Finn's family, one child, waits for the opening; the page says when.
        let r = finn_phone
            .post_form(&finn_url, &[("slot", &slots[1].id), ("key", &key(3))])
            .await;
        assert_eq!(r.status, 409);
        assert!(r.body.contains("Je kan een moment kiezen vanaf"), "{}", r.body);
        assert!(!r.body.contains("te dichtbij"));
    }
);

/// Booking opens `seconds` from now.
async fn rounds_open_in(app: &TestApp, seconds: i64) {
    samenspraak_store::rounds::open_booking_at(&app.store, &app.world.a.round, samenspraak_store::now() + seconds)
        .await
        .unwrap();
}

on_both!(
    a_day_with_a_video_link_and_the_care_coordinator,
    async |app: &TestApp| {
        let a = &app.world.a;
        let day = open_booking(app).await;
        let teacher = app.signed_in(&a.teacher).await;
        let slots_page = format!("/rounds/{}/slots/{}", a.round, a.class_6a);
        let day_form = |link: &'static str| {
            vec![
                ("day", day.to_string()),
                ("from", "16:00".to_string()),
                ("until", "16:40".to_string()),
                ("minutes", "20".to_string()),
                ("room", "klas 6A".to_string()),
                ("also_present", "zorgcoördinator Els Peeters".to_string()),
                ("video_link", link.to_string()),
            ]
        };
        let form = day_form("meet.jit.si/kom-6a");
        let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = teacher.post_form(&slots_page, &fields).await;
        assert_eq!(r.status, 422);
        assert!(
            r.text_of("video_link-error")
                .unwrap_or_default()
                .contains("begint met https://"),
            "next to the field: {}",
            r.body
        );
        assert!(r.body.contains("zorgcoördinator Els Peeters"), "nothing typed is lost");
        assert!(
            bookings::slots(&app.store, &a.round, &a.class_6a)
                .await
                .unwrap()
                .is_empty()
        );

        let form = day_form("https://meet.jit.si/kom-6a");
        let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(teacher.post_form(&slots_page, &fields).await.status, 303);
        let slots = bookings::slots(&app.store, &a.round, &a.class_6a).await.unwrap();
        assert_eq!(slots.len(), 2);
        let samira = app.signed_in_guardian().await;
        let url = format!("/family/book/{}/{}", a.round, a.child_6a);
        samira
            .post_form(&url, &[("slot", &slots[0].id), ("key", &"v".repeat(32))])
            .await;
        let page = samira.get(&url).await.body;
        assert!(page.contains(r#"<a href="https://meet.jit.si/kom-6a""#), "{page}");
        assert!(page.contains("zorgcoördinator Els Peeters"));
    }
);

on_both!(a_longer_conversation_kept_for_one_child, async |app: &TestApp| {
    let a = &app.world.a;
    let day = open_booking(app).await;
    let teacher = app.signed_in(&a.teacher).await;
    let slots_page = format!("/rounds/{}/slots/{}", a.round, a.class_6a);
    let (finn, finn_phone) = family(app, "Finn").await;
    // Forty minutes at 18:00, for Amira only.
    let r = teacher
        .post_form(
            &slots_page,
            &[
                ("day", &day.to_string()),
                ("from", "18:00"),
                ("until", "18:40"),
                ("minutes", "40"),
                ("room", "klas 6A"),
                ("reserved_for", a.child_6a.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        teacher
            .get(&slots_page)
            .await
            .body
            .contains("voorbehouden voor Amira Aalders")
    );
    let slot = bookings::slots(&app.store, &a.round, &a.class_6a)
        .await
        .unwrap()
        .remove(0);
    assert_eq!(slot.reserved_for.as_ref(), Some(&a.child_6a));

    // Finn's family does not see it, and cannot take it.
    let finn_url = format!("/family/book/{}/{finn}", a.round);
    assert!(!finn_phone.get(&finn_url).await.body.contains("18:00–18:40"));
    let r = finn_phone
        .post_form(&finn_url, &[("slot", &slot.id), ("key", &"f".repeat(32))])
        .await;
    assert_eq!(r.status, 409);
    // Amira's family does, and books it.
    let samira = app.signed_in_guardian().await;
    let url = format!("/family/book/{}/{}", a.round, a.child_6a);
    assert!(samira.get(&url).await.body.contains("18:00–18:40"));
    assert_eq!(
        samira
            .post_form(&url, &[("slot", &slot.id), ("key", &"s".repeat(32))])
            .await
            .status,
        303
    );
    // A child of another class cannot be chosen.
    let r = teacher
        .post_form(
            &slots_page,
            &[
                ("day", &day.to_string()),
                ("from", "19:00"),
                ("until", "19:40"),
                ("minutes", "40"),
                ("reserved_for", a.child_6b.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text_of("reserved_for-error").is_some());
});

on_both!(the_admin_sets_a_day_for_several_classes, async |app: &TestApp| {
    let a = &app.world.a;
    let day = open_booking(app).await;
    let admin = app.signed_in(&a.admin).await;
    let days = format!("/rounds/{}/days", a.round);
    let page = admin.get(&days).await.body;
    assert!(page.contains("6A") && page.contains("6B"));
    let fields = |classes: &[&str]| {
        let mut f = vec![
            ("day", day.to_string()),
            ("from", "16:00".to_string()),
            ("until", "17:00".to_string()),
            ("minutes", "20".to_string()),
        ];
        f.extend(classes.iter().map(|c| ("class", c.to_string())));
        f
    };
    // No class ticked: said next to the classes, nothing made.
    let none = fields(&[]);
    let r = admin
        .post_form(&days, &none.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text_of("classes-error").is_some());
    let both = fields(&[a.class_6a.as_str(), a.class_6b.as_str()]);
    let r = admin
        .post_form(&days, &both.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
        .await;
    assert_eq!(r.status, 303);
    let done = admin.get(r.location().unwrap()).await.body;
    assert!(done.contains("6 momenten klaargezet in 2 klassen"), "{done}");
    let six_a = bookings::slots(&app.store, &a.round, &a.class_6a).await.unwrap();
    let six_b = bookings::slots(&app.store, &a.round, &a.class_6b).await.unwrap();
    assert_eq!((six_a.len(), six_b.len()), (3, 3));
    assert_eq!(six_a[0].room, "klas 6A", "each class in its own room");
    assert_eq!(six_b[0].room, "klas 6B");
    // A teacher of one class only may not.
    let teacher = app.signed_in(&a.teacher).await;
    assert_eq!(teacher.get(&days).await.status, 403);
});

on_both!(
    the_waiting_list_is_only_for_when_nothing_is_free_after_opening,
    async |app: &TestApp| {
        let a = &app.world.a;
        let day = open_booking(app).await;
        let slots = slots_of_6a(app, day, (17, 0), (17, 20), 20).await;
        let (ann, ann_phone) = family(app, "Ann").await;
        let url = format!("/family/book/{}/{ann}", a.round);
        let on_list = async || -> i64 {
            sqlx::query_scalar("SELECT COUNT(*) FROM booking_wait WHERE child_id = $1")
                .bind(ann.as_str())
                .fetch_one(app.store.pool())
                .await
                .unwrap()
        };

        // Before booking opens: a crafted post to the list is refused, and the page says when.
        sqlx::query("UPDATE round SET booking_opens_at = $1")
            .bind(samenspraak_store::now() + 3600)
            .execute(app.store.pool())
            .await
            .unwrap();
        app.store.forget_all();
        let r = ann_phone.post_form(&format!("{url}/wait"), &[]).await;
        assert_eq!(r.status, 409, "{}", r.body);
        assert_eq!(on_list().await, 0, "no place on the list before opening");

        // Open, with a time free for Ann: the list is not for her yet.
        open_booking(app).await;
        let r = ann_phone.post_form(&format!("{url}/wait"), &[]).await;
        assert_eq!(r.status, 409);
        assert!(r.body.contains("Er is nog een moment vrij voor je kind."), "{}", r.body);
        assert_eq!(on_list().await, 0);

        // Booked: nothing to wait for either.
        let r = ann_phone
            .post_form(&url, &[("slot", &slots[0].id), ("key", &"7".repeat(32))])
            .await;
        assert_eq!(r.status, 303);
        ann_phone.post_form(&format!("{url}/wait"), &[]).await;
        assert_eq!(on_list().await, 0);
    }
);

on_both!(
    a_teacher_of_two_classes_prints_one_sheet_a_day,
    async |app: &TestApp| {
        let a = &app.world.a;
        let day = open_booking(app).await;
        // Juf of 6A takes 6B's conversations too.
        samenspraak_store::staff::set_assignments(
            &app.store,
            &a.id,
            &a.teacher_id,
            &[
                (a.class_6a.clone(), samenspraak_store::staff::AssignmentKind::Titular),
                (a.class_6b.clone(), samenspraak_store::staff::AssignmentKind::Titular),
            ],
            &samenspraak_store::audit::Who::system(&a.id),
        )
        .await
        .unwrap();
        app.store.forget_all();
        let plan = samenspraak_core::booking::DayPlan::new(
            jiff::civil::time(16, 0, 0, 0),
            jiff::civil::time(17, 0, 0, 0),
            20,
            0,
        )
        .unwrap();
        for (class, room) in [(&a.class_6a, "klas 6A"), (&a.class_6b, "klas 6B")] {
            let details = bookings::DayDetails {
                room,
                ..Default::default()
            };
            bookings::add_day(&app.store, &a.id, &a.round, class, day, &plan, details)
                .await
                .unwrap();
        }
        let book = |class: &'static str, child: samenspraak_core::ids::ChildId, at: usize| async move {
            let class = if class == "6A" { &a.class_6a } else { &a.class_6b };
            let slot = bookings::slots(&app.store, &a.round, class).await.unwrap()[at]
                .id
                .clone();
            booked_by_school(app, &slot, &child).await;
        };
        book("6A", a.child_6a.clone(), 2).await; // 16:40
        book("6B", a.child_6b.clone(), 0).await; // 16:00
        let teacher = app.signed_in(&a.teacher).await;
        let sheet = teacher.get(&format!("/rounds/{}/schedule", a.round)).await;
        assert_eq!(sheet.status, 200);
        let body = &sheet.body;
        let lotte = body.find("Lotte Aalders (6B)").expect("6B's child on the sheet");
        let amira = body.find("Amira Aalders (6A)").expect("6A's child on the sheet");
        assert!(lotte < amira, "one day, by time across both classes");
        assert_eq!(
            body.matches("<section class=\"print-day").count(),
            1,
            "one sheet for the day"
        );
        let door = teacher.get(&format!("/rounds/{}/schedule/door", a.round)).await.body;
        assert!(door.find("Lotte A.").unwrap() < door.find("Amira A.").unwrap());
        let pdf = teacher.get(&format!("/rounds/{}/schedule.pdf", a.round)).await;
        assert_eq!(pdf.header("content-type"), Some("application/pdf"));
        // The class sheet links to the teacher's own sheet.
        let class_sheet = teacher
            .get(&format!("/rounds/{}/slots/{}/print", a.round, a.class_6a))
            .await
            .body;
        assert!(class_sheet.contains(&format!("href=\"/rounds/{}/schedule\"", a.round)));
        // The care coordinator plans no conversations: no sheet of their own.
        let care = app.signed_in(&a.care).await;
        assert_eq!(care.get(&format!("/rounds/{}/schedule", a.round)).await.status, 403);
    }
);
