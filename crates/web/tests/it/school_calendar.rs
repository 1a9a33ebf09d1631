//! The school calendar: the Flemish holidays are there without anyone typing them, the
//! school adds its own free days, and neither the child-talk planner nor a typed date lands
//! on them.

use crate::on_both;
use crate::support::TestApp;
use jiff::civil::date;

on_both!(
    the_holidays_are_built_in_and_the_school_adds_its_own,
    async |app: &TestApp| {
        let a = &app.world.a;
        let admin = app.signed_in(&a.admin).await;
        let page = admin.get("/school/calendar?year=2026").await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("Schoolkalender"), "{}", page.body);
        assert!(
            page.body
                .contains("maandag 21 december 2026 tot en met zondag 3 januari 2027")
                && page.body.contains("kerstvakantie"),
            "{}",
            page.body
        );
        assert!(page.body.contains("paasvakantie") && page.body.contains("Hemelvaart"));

        // A pedagogical study day of the school's own; a mistake keeps what was typed.
        let r = admin
            .post_form(
                "/school/calendar",
                &[
                    ("year", "2026"),
                    ("day_off_from", "2027-03-10"),
                    ("day_off_until", "2027-03-09"),
                    ("day_off_kind", "study_day"),
                    ("day_off_name", "Studiedag rekenen"),
                ],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.text_of("day_off_until-error").is_some());
        assert!(r.body.contains("value=\"Studiedag rekenen\""));
        let r = admin
            .post_form(
                "/school/calendar",
                &[
                    ("year", "2026"),
                    ("day_off_from", "2027-03-10"),
                    ("day_off_until", ""),
                    ("day_off_kind", "study_day"),
                    ("day_off_name", "Studiedag rekenen"),
                ],
            )
            .await;
        assert!(r.location().unwrap().starts_with("/school/calendar?year=2026&added=1"));
        let page = admin.get(r.location().unwrap()).await.body;
        assert!(page.contains("woensdag 10 maart 2027") && page.contains("Studiedag rekenen"));

        // A round whose booking closes on Christmas Day, or whose follow-up falls on the
        // study day, is refused with the day named next to the field.
        let teacher = app.signed_in(&a.teacher).await;
        let form = [
            ("name", "KOM-gesprekken december"),
            ("class", a.class_6a.as_str()),
            ("child_talk_from", "2026-11-16"),
            ("child_talk_until", "2026-12-04"),
            ("booking_opens", "2026-12-01T19:00"),
            ("booking_closes", "2026-12-25T12:00"),
            ("conference_from", "2027-01-04"),
            ("conference_until", "2027-01-07"),
            ("follow_up_on", "2027-03-10"),
        ];
        let r = teacher.post_form("/rounds", &form).await;
        assert_eq!(r.status, 422);
        assert_eq!(
            r.text_of("booking_closes-error").as_deref(),
            Some("Geen schooldag op vrijdag 25 december 2026: kerstvakantie. Kies een andere dag.")
        );
        assert_eq!(
            r.text_of("follow_up_on-error").as_deref(),
            Some("Geen schooldag op woensdag 10 maart 2027: Studiedag rekenen. Kies een andere dag.")
        );

        // Another school's admin cannot take our study day away.
        let id = samenspraak_store::school_calendar::between(&app.store, &a.id, date(2027, 3, 10), date(2027, 3, 10))
            .await
            .unwrap()
            .into_iter()
            .find(|e| !e.built_in)
            .unwrap()
            .id;
        let other = app.signed_in(&app.world.b.admin).await;
        let r = other
            .post_form(&format!("/school/calendar/{id}/delete"), &[("year", "2026")])
            .await;
        assert_eq!(r.status, 404);
        let r = admin
            .post_form(&format!("/school/calendar/{id}/delete"), &[("year", "2026")])
            .await;
        assert_eq!(r.location(), Some("/school/calendar?year=2026&removed=1"));
        let r = teacher.post_form("/rounds", &form).await;
        assert!(
            r.text_of("follow_up_on-error").is_none(),
            "the day is a school day again"
        );
    }
);

on_both!(a_conversation_day_in_a_holiday_is_refused, async |app: &TestApp| {
    let a = &app.world.a;
    let admin = app.signed_in(&a.admin).await;
    let days = format!("/rounds/{}/days", a.round);
    let r = admin
        .post_form(
            &days,
            &[
                ("day", "2026-12-24"),
                ("from", "16:00"),
                ("until", "17:00"),
                ("minutes", "20"),
                ("class", a.class_6a.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(
        r.text_of("day-error").as_deref(),
        Some("Geen schooldag op donderdag 24 december 2026: kerstvakantie. Kies een andere dag.")
    );
    assert!(r.body.contains("value=\"16:00\""), "what was typed stays");
});

on_both!(the_planner_leaves_the_christmas_holiday_free, async |app: &TestApp| {
    let a = &app.world.a;
    // Christmas 2030 is on a Wednesday: the holiday runs from 23 December to 5 January.
    sqlx::query("UPDATE round SET child_talk_from = '2030-12-16', child_talk_until = '2031-01-10'")
        .execute(app.store.pool())
        .await
        .unwrap();
    app.store.forget_all();
    let teacher = app.signed_in(&a.teacher).await;
    let class = a.class_6a.as_str();
    for weekday in ["1", "2", "3", "4", "5"] {
        let r = teacher
            .post_form(
                &format!("/classes/{class}/moments"),
                &[
                    ("kind", "corner_work"),
                    ("weekday", weekday),
                    ("start", "09:00"),
                    ("end", "09:20"),
                    ("place", "de leeshoek"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
    }
    let url = format!("/rounds/{}/talks/{class}", a.round);
    let page = teacher.get(&url).await.body;
    assert!(
        page.contains("kerstvakantie (maandag 23 december 2030 tot en met zondag 5 januari 2031)"),
        "{page}"
    );
    assert_eq!(teacher.post_form(&format!("{url}/plan"), &[]).await.status, 303);
    let talks = samenspraak_store::child_talks::talks(&app.store, &a.round, &a.class_6a)
        .await
        .unwrap();
    assert!(!talks.is_empty());
    for t in &talks {
        assert!(
            !(date(2030, 12, 23) <= t.date && t.date <= date(2031, 1, 5)),
            "a talk in the holiday: {}",
            t.date
        );
    }
    // Moved by hand onto Christmas Eve: refused, with the day named.
    let r = teacher
        .post_form(
            &format!("{url}/{}", talks[0].id),
            &[("status", "planned"), ("day", "2030-12-24"), ("start", "09:00")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(
        r.text_of("day-error").as_deref(),
        Some("Geen schooldag op dinsdag 24 december 2030: kerstvakantie. Kies een andere dag.")
    );
});

on_both!(
    a_day_off_over_planned_conversations_is_said_and_a_second_send_adds_nothing,
    async |app: &TestApp| {
        let a = &app.world.a;
        let day = crate::booking::open_booking(app).await;
        let slots = crate::booking::slots_of_6a_in(app, day, (16, 0), (17, 0), 20, "klas 6A").await;
        crate::booking::booked_by_school(app, &slots[0].id, &a.child_6a).await;
        let admin = app.signed_in(&a.admin).await;
        let form = [
            ("year", ""),
            ("day_off_from", &day.to_string() as &str),
            ("day_off_until", ""),
            ("day_off_kind", "study_day"),
            ("day_off_name", "Studiedag"),
        ];
        let r = admin.post_form("/school/calendar", &form).await;
        let page = admin.get(r.location().unwrap()).await.body;
        assert!(
            page.contains("Let op: er was al iets gepland op die dag(en)."),
            "{page}"
        );
        assert!(
            page.contains("3 gespreksmomenten, waarvan 1 geboekt, geen kindgesprekken."),
            "{page}"
        );
        admin.post_form("/school/calendar", &form).await;
        let entries = samenspraak_store::school_calendar::between(&app.store, &a.id, day, day)
            .await
            .unwrap();
        assert_eq!(
            entries.iter().filter(|e| e.name == "Studiedag").count(),
            1,
            "sent twice, added once"
        );
    }
);
