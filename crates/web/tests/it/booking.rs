//! Booking the KOM conversation: the teacher's slots, a family that books, books twice by
//! accident, changes and cancels; a slot just taken answered with the nearest free ones;
//! and a race of many families for few slots that never double-books.

use crate::on_both;
use crate::support::{Client, TestApp};
use samenspraak_core::ActorKind;
use samenspraak_store::{bookings, children, guardians, sessions};

/// Booking open since an hour, until next week; the conversations ten days from now.
pub(crate) async fn open_booking(app: &TestApp) -> jiff::civil::Date {
    let now = samenspraak_store::now();
    let today = samenspraak_core::time::today(now);
    let day = today.checked_add(jiff::Span::new().days(10)).unwrap();
    sqlx::query(
        "UPDATE round SET booking_opens_at = $1, booking_closes_at = $2, conference_from = $3, conference_until = $3",
    )
    .bind(now - 3600)
    .bind(now + 7 * 86400)
    .bind(day.to_string())
    .execute(app.store.pool())
    .await
    .unwrap();
    day
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
            page.contains(", 16:00–16:20</button>"),
            "the date and the time in words"
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
                .contains("Geboekt!")
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
        assert!(r.body.contains("net door iemand anders gekozen"));
        let nearest = r.body.find(", 16:20–16:40").unwrap();
        let further = r.body.find(", 16:40–17:00").unwrap();
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
    let plan =
        samenspraak_core::booking::DayPlan::new(jiff::civil::time(8, 0, 0, 0), jiff::civil::time(12, 10, 0, 0), 5, 0)
            .unwrap();
    bookings::add_day(&app.store, &a.id, &a.round, &a.class_6a, day, &plan, "")
        .await
        .unwrap();
    let slots = bookings::slots(&app.store, &a.round, &a.class_6a).await.unwrap();
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
        let print = teacher.get(&format!("{slots_page}/print")).await.body;
        assert!(print.contains("16:20–16:40") && print.contains("Amira Aalders"));
        assert!(
            print.contains("Samira Aalders") && print.contains("Frans"),
            "the guardians and their language"
        );
        assert!(print.contains("de bib"));
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
