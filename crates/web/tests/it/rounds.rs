//! Creating and changing a round: every mistake is named next to its field and nothing
//! typed is lost; a good round shows its timeline and a row per child.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::rounds;

on_both!(a_round_with_mistakes_keeps_what_was_typed, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let form = [
        ("name", "KOM-gesprekken lente"),
        ("class", a.class_6a.as_str()),
        ("child_talk_from", "2027-03-01"),
        ("child_talk_until", "2027-02-01"),
        ("booking_opens", "gisteren"),
        ("booking_closes", "2027-03-20T12:00"),
        ("conference_from", "2027-03-22"),
        ("conference_until", "2027-03-25"),
    ];
    let r = teacher.post_form("/rounds", &form).await;
    assert_eq!(r.status, 422);
    assert_eq!(
        r.text_of("child_talk_until-error").as_deref(),
        Some("Deze datum ligt vóór het begin. Kies een latere datum.")
    );
    assert_eq!(
        r.text_of("booking_opens-error").as_deref(),
        Some("Geef een datum en een uur, bijvoorbeeld 30/11/2026 19:00.")
    );
    assert!(r.body.contains("Er zijn 2 problemen."), "{}", r.body);
    assert!(
        r.body.contains("value=\"KOM-gesprekken lente\"") && r.body.contains("value=\"gisteren\""),
        "typed values are kept"
    );
    assert!(
        r.body.contains(&format!("value=\"{}\" checked", a.class_6a)),
        "the chosen class stays chosen"
    );
    assert_eq!(rounds::list(&app.store, &a.id).await.unwrap().len(), 1, "nothing saved");

    let mut fixed = form;
    fixed[3] = ("child_talk_until", "2027-03-12");
    fixed[4] = ("booking_opens", "2027-03-08T19:00");
    let r = teacher.post_form("/rounds", &fixed).await;
    assert_eq!(r.status, 303);
    let page = teacher.get(r.location().unwrap()).await;
    assert!(page.body.contains("<h1>KOM-gesprekken lente</h1>"));
    assert!(
        page.body
            .contains("Inschrijven kan van maandag 8 maart 2027 om 19:00 tot zaterdag 20 maart 2027 om 12:00."),
        "{}",
        page.body
    );
    assert!(page.body.contains("Amira Aalders"), "a row per child");
    assert!(
        page.body.contains("0 van 2") || page.body.contains("0 van 1"),
        "progress per step"
    );
});

on_both!(
    the_round_page_shows_each_teacher_only_their_children,
    async |app: &TestApp| {
        let a = &app.world.a;
        let path = format!("/rounds/{}", a.round);
        let teacher = app.signed_in(&a.teacher).await.get(&path).await;
        assert!(teacher.body.contains("Amira Aalders"));
        assert!(!teacher.body.contains("Lotte Aalders"), "6B is not the teacher's class");
        assert!(
            !teacher.body.contains("/edit\""),
            "a teacher of one class cannot change a round of two"
        );
        let care = app.signed_in(&a.care).await.get(&path).await;
        assert!(care.body.contains("Amira Aalders") && care.body.contains("Lotte Aalders"));
    }
);

on_both!(the_admin_changes_a_round, async |app: &TestApp| {
    let a = &app.world.a;
    let admin = app.signed_in(&a.admin).await;
    let edit = admin.get(&format!("/rounds/{}/edit", a.round)).await;
    assert!(
        edit.body.contains("value=\"2026-11-30T19:00\""),
        "the saved moment comes back in school time"
    );
    let r = admin
        .post_form(
            &format!("/rounds/{}", a.round),
            &[
                ("name", "KOM-gesprekken winter"),
                ("class", a.class_6b.as_str()),
                ("child_talk_from", "2026-11-16"),
                ("child_talk_until", "2026-12-04"),
                ("booking_opens", "2026-11-30T19:00"),
                ("booking_closes", "2026-12-11T12:00"),
                ("conference_from", "2026-12-14"),
                ("conference_until", "2026-12-17"),
                ("follow_up_on", "2027-02-01"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let round = rounds::get(&app.store, &a.id, &a.round).await.unwrap();
    assert_eq!(round.plan.name, "KOM-gesprekken winter");
    assert_eq!(round.classes, vec![a.class_6b.clone()]);
    assert_eq!(round.plan.follow_up_on, Some(jiff::civil::date(2027, 2, 1)));
});
