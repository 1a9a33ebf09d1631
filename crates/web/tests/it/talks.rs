//! Planning the child talks of a class: moments, one click, changes by hand, absences, the
//! printed plan — and who may do it.

use crate::on_both;
use crate::support::{Client, TestApp, talk_window};
use jiff::civil::{Date, Weekday};
use samenspraak_core::child_talk::TalkStatus;
use samenspraak_store::child_talks;
use samenspraak_store::children::{self, ChildFields};

/// Seven more children in 6A, so a plan has something to spread.
async fn fill_6a(app: &TestApp) {
    for first in ["Bo", "Cas", "Dina", "Emma", "Fien", "Gust", "Hind"] {
        let f = ChildFields {
            class: Some(&app.world.a.class_6a),
            first_name: first,
            last_name: "Aalders",
            birth_date: None,
        };
        children::create(&app.store, &app.world.a.id, f).await.unwrap();
    }
}

/// The school days of the test window that fall on `weekday`: the planner leaves the
/// school calendar's holidays free.
fn window_days(weekday: Weekday) -> Vec<Date> {
    let (mut d, until) = talk_window();
    let off = samenspraak_core::calendar::flemish_days_off_from(d);
    let mut out = Vec::new();
    while d <= until {
        if d.weekday() == weekday && samenspraak_core::calendar::is_school_day(d, &off) {
            out.push(d);
        }
        d = d.tomorrow().unwrap();
    }
    out
}

async fn add_moment(c: &Client, class: &str, weekday: &str, start: &str, end: &str, place: &str) -> u16 {
    let r = c
        .post_form(
            &format!("/classes/{class}/moments"),
            &[
                ("kind", "corner_work"),
                ("weekday", weekday),
                ("start", start),
                ("end", end),
                ("place", place),
            ],
        )
        .await;
    r.status.as_u16()
}

on_both!(
    a_teacher_plans_all_talks_with_one_click_and_adjusts_them,
    async |app: &TestApp| {
        let a = &app.world.a;
        fill_6a(app).await;
        let teacher = app.signed_in(&a.teacher).await;
        let class = a.class_6a.as_str();

        // A moment that ends before it starts is refused next to the field.
        let r = teacher
            .post_form(
                &format!("/classes/{class}/moments"),
                &[
                    ("kind", "lunch"),
                    ("weekday", "2"),
                    ("start", "12:30"),
                    ("end", "12:00"),
                ],
            )
            .await;
        assert_eq!(r.status, 422);
        assert_eq!(
            r.text_of("end-error").as_deref(),
            Some("Dit uur ligt vóór het begin. Kies een later uur.")
        );
        assert_eq!(
            add_moment(&teacher, class, "2", "09:00", "10:30", "de leeshoek").await,
            303
        );
        assert_eq!(add_moment(&teacher, class, "4", "13:30", "15:00", "").await, 303);

        let url = format!("/rounds/{}/talks/{class}", a.round);
        let page = teacher.get(&url).await;
        assert!(page.body.contains("0 van 8 kinderen ingepland"), "{}", page.body);
        let r = teacher.post_form(&format!("{url}/plan"), &[]).await;
        assert_eq!(r.status, 303);
        let talks = child_talks::talks(&app.store, &a.round, &a.class_6a).await.unwrap();
        assert_eq!(talks.len(), 8, "every child once");
        let days: std::collections::BTreeSet<_> = talks.iter().map(|t| t.date).collect();
        assert!(days.len() >= 4, "spread over the weeks, not crammed: {days:?}");
        let page = teacher.get(&url).await;
        assert!(page.body.contains("8 van 8 kinderen ingepland"));
        let round = teacher.get(&format!("/rounds/{}", a.round)).await;
        assert!(
            round.body.contains("Gepland "),
            "the round page shows each child's talk"
        );

        // Lock the first talk and move it by hand; mark the second one absent.
        let (first, second) = (&talks[0], &talks[1]);
        let last_tuesday = *window_days(Weekday::Tuesday).last().unwrap();
        let r = teacher
            .post_form(
                &format!("{url}/{}", first.id),
                &[
                    ("status", "planned"),
                    ("locked", "on"),
                    ("day", &last_tuesday.to_string()),
                    ("start", "09:50"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        let r = teacher
            .post_form(&format!("{url}/{}", second.id), &[("status", "absent")])
            .await;
        assert_eq!(r.status, 303);
        teacher.post_form(&format!("{url}/plan"), &[]).await;
        let again = child_talks::talks(&app.store, &a.round, &a.class_6a).await.unwrap();
        assert_eq!(again.len(), 8);
        let moved = again.iter().find(|t| t.child_id == first.child_id).unwrap();
        assert_eq!(
            (moved.date, moved.start.to_string()),
            (last_tuesday, "09:50:00".into()),
            "the locked talk stays"
        );
        assert_eq!(moved.status, TalkStatus::Moved);
        assert!(moved.locked);
        let replanned = again.iter().find(|t| t.child_id == second.child_id).unwrap();
        assert_ne!(replanned.date, second.date, "the absent child gets another day");

        // Printed: the plan per day and a slip per child with the place.
        let print = teacher.get(&format!("{url}/print")).await;
        assert_eq!(print.status, 200);
        assert!(print.body.contains("Strookjes voor de kinderen"));
        let when = samenspraak_web::i18n::Tr::new(samenspraak_core::Language::Nl).date_long(last_tuesday);
        let slip = format!("Jouw gesprekje met teacher Aalders: {when} om 09:50, in de leeshoek.");
        assert!(print.body.contains(&slip), "{slip} in {}", print.body);
        // Each slip carries the child's picture code for the tablet, drawn and in words.
        let codes = samenspraak_store::tablet::picture_codes(&app.store, &a.class_6a)
            .await
            .unwrap();
        let (_, code) = codes.iter().find(|(c, _)| *c == first.child_id).unwrap();
        let tr = samenspraak_web::i18n::Tr::new(samenspraak_core::Language::Nl);
        let words = code.keys().map(|k| tr.t(&format!("picture-{k}"))).join(", ");
        assert!(print.body.contains(&format!("({words})")), "{words}");
        assert_eq!(print.body.matches("Jouw prentjescode voor de tablet:").count(), 8);

        // Taken out of the plan, a child is listed as not yet planned.
        let r = teacher.post_form(&format!("{url}/{}/unplan", replanned.id), &[]).await;
        assert_eq!(r.status, 303);
        let page = teacher.get(&url).await;
        assert!(page.body.contains("7 van 8 kinderen ingepland") && page.body.contains("Nog niet ingepland"));
    }
);

on_both!(too_few_moments_are_explained, async |app: &TestApp| {
    let a = &app.world.a;
    fill_6a(app).await;
    let teacher = app.signed_in(&a.teacher).await;
    // One short moment a week: room for one child each Wednesday of the window.
    add_moment(&teacher, a.class_6a.as_str(), "3", "11:00", "11:25", "").await;
    let url = format!("/rounds/{}/talks/{}", a.round, a.class_6a);
    teacher.post_form(&format!("{url}/plan"), &[]).await;
    let page = teacher.get(&url).await;
    let room = window_days(Weekday::Wednesday).len();
    assert!(
        page.body.contains(&format!("{room} van 8 kinderen ingepland")),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("er zijn te weinig momenten; voeg een moment toe of maak de periode langer.")
    );
});

// The talks' settings say their limits; a number outside them is refused next to its field,
// in words that fit, and what was typed stays in the field.
on_both!(
    talk_settings_outside_their_limits_are_refused_and_kept,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let url = format!("/rounds/{}/talks/{}", a.round, a.class_6a);
        let page = teacher.get(&url).await;
        assert_eq!(page.text_of("talk_minutes-hint").as_deref(), Some("Van 10 tot 30."));
        let r = teacher
            .post_form(
                &format!("{url}/settings"),
                &[("talk_minutes", "500"), ("break_minutes", "5"), ("per_moment", "4")],
            )
            .await;
        assert_eq!(r.status, 422);
        assert_eq!(
            r.text_of("talk_minutes-error").as_deref(),
            Some("Vul een getal in binnen de grenzen die erbij staan.")
        );
        assert!(
            r.body.contains("name=\"talk_minutes\" type=\"number\" value=\"500\""),
            "{}",
            r.body
        );
        // Nothing was stored: the page shows the settings as they were.
        let again = teacher.get(&url).await;
        assert!(!again.body.contains("value=\"500\""));
    }
);

on_both!(only_the_class_teacher_and_the_admin_plan, async |app: &TestApp| {
    let (a, b) = (&app.world.a, &app.world.b);
    let teacher = app.signed_in(&a.teacher).await;
    let care = app.signed_in(&a.care).await;
    let other = app.signed_in(&b.admin).await;
    let url_6b = format!("/rounds/{}/talks/{}", a.round, a.class_6b);
    assert_eq!(
        teacher.post_form(&format!("{url_6b}/plan"), &[]).await.status,
        404,
        "6B is not the teacher's class"
    );
    assert_eq!(
        add_moment(&teacher, a.class_6b.as_str(), "2", "09:00", "10:00", "").await,
        404
    );
    assert_eq!(
        add_moment(&care, a.class_6a.as_str(), "2", "09:00", "10:00", "").await,
        403
    );
    assert_eq!(
        add_moment(&other, a.class_6a.as_str(), "2", "09:00", "10:00", "").await,
        404
    );
    assert_eq!(
        other
            .post_form(&format!("/rounds/{}/talks/{}/plan", a.round, a.class_6a), &[])
            .await
            .status,
        404
    );
    assert!(
        child_talks::moments(&app.store, &a.class_6a).await.unwrap().is_empty(),
        "nothing was added"
    );
    assert!(child_talks::moments(&app.store, &a.class_6b).await.unwrap().is_empty());
});

on_both!(a_moment_that_falls_away_gets_no_talks, async |app: &TestApp| {
    let a = &app.world.a;
    fill_6a(app).await;
    let teacher = app.signed_in(&a.teacher).await;
    add_moment(&teacher, a.class_6a.as_str(), "2", "09:00", "10:30", "").await;
    let moment = child_talks::moments(&app.store, &a.class_6a).await.unwrap()[0]
        .id
        .clone();
    let url = format!("/rounds/{}/talks/{}", a.round, a.class_6a);
    let tuesdays = window_days(Weekday::Tuesday);
    let wednesday = window_days(Weekday::Wednesday)[0];

    let r = teacher
        .post_form(
            &format!("{url}/cancel"),
            &[("moment", &moment), ("cancelled_on", &wednesday.to_string())],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(
        r.text_of("cancelled_on-error")
            .unwrap()
            .starts_with("Dit moment valt niet op die dag van de week.")
    );
    let r = teacher
        .post_form(
            &format!("{url}/cancel"),
            &[("moment", &moment), ("cancelled_on", &tuesdays[0].to_string())],
        )
        .await;
    assert_eq!(r.status, 303);
    teacher.post_form(&format!("{url}/plan"), &[]).await;
    let talks = child_talks::talks(&app.store, &a.round, &a.class_6a).await.unwrap();
    assert!(
        !talks.is_empty() && talks.iter().all(|t| t.date != tuesdays[0]),
        "no talk on the cancelled Tuesday"
    );
    assert!(teacher.get(&url).await.body.contains("Gaat toch door"));

    // It takes place after all: the next plan uses it again.
    teacher
        .post_form(
            &format!("{url}/cancel/remove"),
            &[("moment", &moment), ("cancelled_on", &tuesdays[0].to_string())],
        )
        .await;
    teacher.post_form(&format!("{url}/plan"), &[]).await;
    let talks = child_talks::talks(&app.store, &a.round, &a.class_6a).await.unwrap();
    assert!(talks.iter().any(|t| t.date == tuesdays[0]));
});

on_both!(
    two_children_swap_places_and_a_new_plan_keeps_it,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        samenspraak_store::children::create(
            &app.store,
            &a.id,
            samenspraak_store::children::ChildFields {
                class: Some(&a.class_6a),
                first_name: "Amber",
                last_name: "Aerts",
                birth_date: None,
            },
        )
        .await
        .unwrap();
        app.first_planned_talk(&teacher).await;
        let plan = format!("/rounds/{}/talks/{}", a.round, a.class_6a);
        let before = child_talks::talks(&app.store, &a.round, &a.class_6a).await.unwrap();
        assert_eq!(before.len(), 2);
        let (x, y) = (&before[0], &before[1]);
        let page = teacher.get(&plan).await.body;
        assert!(
            page.contains(&format!("action=\"{plan}/{}/swap\"", x.id)),
            "a plain form to swap"
        );

        let r = teacher
            .post_form(&format!("{plan}/{}/swap", x.id), &[("with", &y.id)])
            .await;
        assert_eq!(r.status, 303);
        let after = child_talks::talks(&app.store, &a.round, &a.class_6a).await.unwrap();
        let find = |id: &str| after.iter().find(|t| t.id == id).unwrap().clone();
        let (x2, y2) = (find(&x.id), find(&y.id));
        assert_eq!(
            (x2.date, x2.start, x2.moment_id.clone()),
            (y.date, y.start, y.moment_id.clone())
        );
        assert_eq!(
            (y2.date, y2.start, y2.moment_id.clone()),
            (x.date, x.start, x.moment_id.clone())
        );
        assert!(x2.locked && y2.locked, "fixed, so a new plan keeps the swap");
        assert_eq!(x2.status, samenspraak_core::child_talk::TalkStatus::Moved);

        teacher.post_form(&format!("{plan}/plan"), &[]).await;
        let replanned = child_talks::talks(&app.store, &a.round, &a.class_6a).await.unwrap();
        let x3 = replanned.iter().find(|t| t.id == x.id).unwrap();
        assert_eq!((x3.date, x3.start), (y.date, y.start));

        assert_eq!(
            teacher
                .post_form(&format!("{plan}/{}/swap", x.id), &[("with", "not-a-talk")])
                .await
                .status,
            404
        );
        let care = app.signed_in(&a.care).await;
        assert_eq!(
            care.post_form(&format!("{plan}/{}/swap", x.id), &[("with", &y.id)])
                .await
                .status,
            403
        );
    }
);

on_both!(the_round_page_says_what_each_talk_holds, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let (_, url) = app.first_planned_talk(&teacher).await;
    teacher
        .post_form(&format!("/classes/{}/jar/bank", a.class_6a), &[("q", "lb1")])
        .await;
    teacher.post_form(&format!("{url}/draw"), &[]).await;
    teacher
        .post_form(&format!("{url}/thermometer"), &[("value", "6")])
        .await;
    teacher
        .post_form(
            &format!("{url}/notes"),
            &[("text", "Goed gesprek."), ("visibility", "staff")],
        )
        .await;
    let round = teacher.get(&format!("/rounds/{}", a.round)).await.body;
    assert!(round.contains("1 vraag · thermometer · 1 notitie"), "{round}");
    assert!(
        round.contains(&format!("href=\"{url}\"")),
        "the teacher goes straight to the talk"
    );
    let care = app.signed_in(&a.care).await;
    let seen = care.get(&format!("/rounds/{}", a.round)).await.body;
    assert!(seen.contains("1 vraag · thermometer"));
    assert!(
        !seen.contains(&format!("href=\"{url}\"")),
        "the care coordinator does not hold talks"
    );
});
