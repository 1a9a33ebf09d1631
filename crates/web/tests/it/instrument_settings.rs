//! Instruments a school adjusts and a teacher picks for their class: the spider web's axes,
//! the smileys' statements, the grid's names and colours; and the previous round's web laid
//! under this one's.

use crate::on_both;
use crate::support::{TestApp, talk_window};
use samenspraak_core::round::RoundInput;
use samenspraak_store::{instruments, rounds};

on_both!(
    a_teacher_picks_the_axes_and_statements_for_their_class,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (talk, url) = app.first_planned_talk(&teacher).await;
        let settings = format!("/classes/{}/instruments", a.class_6a);
        let page = teacher.get(&settings).await;
        assert_eq!(page.status, 200);
        assert_eq!(page.body.matches("Volgt de keuze van de school").count(), 2);

        // Two axes are too few for a web; what was ticked stays ticked.
        let r = teacher
            .post_form(
                &format!("{settings}/spider_web"),
                &[("item", "alone"), ("item", "maths"), ("own", "")],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("Kies minstens 5 onderdelen."));
        assert!(r.body.contains("value=\"maths\" checked"));
        assert!(!r.body.contains("value=\"sport\" checked"));

        let r = teacher
            .post_form(
                &format!("{settings}/spider_web"),
                &[
                    ("item", "alone"),
                    ("item", "together"),
                    ("item", "reading"),
                    ("item", "maths"),
                    ("own", "Luisteren naar anderen\n"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        let view = teacher.get(&url).await.body;
        assert!(view.contains("<th scope=\"row\">Luisteren naar anderen</th>"));
        assert!(
            !view.contains("<th scope=\"row\">Sport</th>"),
            "an axis not chosen is gone"
        );

        // The child scores the teacher's own axis like any other.
        let own_key = view
            .split("name=\"")
            .map(|p| p.split('"').next().unwrap())
            .find(|n| n.starts_with("own"))
            .expect("the own axis has a field")
            .to_string();
        teacher
            .post_form(&format!("{url}/spider"), &[(own_key.as_str(), "4"), ("alone", "2")])
            .await;
        let stored = instruments::get(&app.store, &a.round, &talk.child_id, "spider_web")
            .await
            .unwrap()
            .unwrap();
        assert!(stored.contains(&format!("{own_key}=4")), "{stored}");
        assert!(
            teacher
                .get(&url)
                .await
                .body
                .contains("<th scope=\"row\">Luisteren naar anderen</th><td>4 / 5</td>")
        );

        // Others may not change the class's choice.
        let care = app.signed_in(&a.care).await;
        assert_eq!(care.get(&settings).await.status, 403);
        let other = app.signed_in(&app.world.b.admin).await;
        assert_eq!(
            other
                .post_form(&format!("{settings}/smileys"), &[("item", "friends")])
                .await
                .status,
            404
        );
        assert_eq!(teacher.get("/school/instruments").await.status, 403);

        // Back to the school's choice: the defaults again.
        teacher.post_form(&format!("{settings}/spider_web/school"), &[]).await;
        let view = teacher.get(&url).await.body;
        assert!(view.contains("<th scope=\"row\">Sport</th>"));
        assert!(!view.contains("Luisteren naar anderen"));
    }
);

on_both!(
    the_school_sets_statements_and_the_grid_for_every_class,
    async |app: &TestApp| {
        let a = &app.world.a;
        let admin = app.signed_in(&a.admin).await;
        let teacher = app.signed_in(&a.teacher).await;
        let (_, url) = app.first_planned_talk(&teacher).await;
        let r = admin
            .post_form(
                "/school/instruments/smileys",
                &[
                    ("item", "friends"),
                    ("item", "safe_playground"),
                    ("own", "Ik kijk uit naar het middelbaar."),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        let view = teacher.get(&url).await.body;
        assert!(view.contains("Ik kijk uit naar het middelbaar."));
        assert!(!view.contains("Ik ga graag naar school."), "not chosen by the school");

        // The grid's colours must keep the text readable; names are the school's own.
        let grid = |colour: &'static str| {
            vec![
                ("name_liked_good", "Mijn talent"),
                ("colour_liked_good", colour),
                ("name_liked", ""),
                ("colour_liked", "#f8e7a8"),
                ("name_good", ""),
                ("colour_good", "#cfe0f3"),
                ("name_neither", ""),
                ("colour_neither", "#eceeed"),
            ]
        };
        let r = admin.post_form("/school/instruments/grid", &grid("#202020")).await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("Die kleur is te donker"));
        assert!(r.body.contains("value=\"Mijn talent\""), "typing is kept");
        let r = admin.post_form("/school/instruments/grid", &grid("groen")).await;
        assert!(r.body.contains("Schrijf de kleur als # en zes tekens"));
        samenspraak_store::activities::add(
            &app.store,
            &a.id,
            &a.class_6a,
            "Een brug bouwen",
            "stem",
            talk_window().0,
        )
        .await
        .unwrap();
        let r = admin.post_form("/school/instruments/grid", &grid("#FFE0E0")).await;
        assert_eq!(r.status, 303);
        let view = teacher.get(&url).await.body;
        assert!(view.contains("fill=\"#ffe0e0\""));
        assert!(view.contains(">Mijn talent</text>"));
    }
);

on_both!(
    the_spider_web_shows_the_previous_round_beneath,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (talk, url) = app.first_planned_talk(&teacher).await;
        assert!(!teacher.get(&url).await.body.contains("Vorige keer"));

        // A round in the spring, with the child's web of then.
        let (from, _) = talk_window();
        let spring = |days: i64| (from - jiff::Span::new().days(days)).to_string();
        let input = RoundInput {
            name: "KOM-gesprekken lente".into(),
            child_talk_from: spring(200),
            child_talk_until: spring(190),
            parent_prep_until: String::new(),
            booking_opens: format!("{}T19:00", spring(189)),
            booking_closes: format!("{}T12:00", spring(185)),
            conference_from: spring(180),
            conference_until: spring(178),
            follow_up_on: String::new(),
        };
        let earlier = rounds::create(
            &app.store,
            &a.id,
            &input.parse().unwrap(),
            std::slice::from_ref(&a.class_6a),
            &a.teacher_id,
        )
        .await
        .unwrap();
        instruments::set(&app.store, &earlier.id, &talk.child_id, "spider_web", "alone=2;maths=3")
            .await
            .unwrap();
        teacher.post_form(&format!("{url}/spider"), &[("alone", "4")]).await;

        let view = teacher.get(&url).await.body;
        assert!(view.contains("Vorige keer (KOM-gesprekken lente)"));
        assert!(view.contains("stroke-dasharray"), "the earlier web is drawn dashed");
        assert!(
            view.contains("<th scope=\"row\">Alleen werken</th><td>4 / 5</td><td>2 / 5</td>"),
            "now and then side by side"
        );
    }
);

on_both!(the_school_names_its_own_study_domains, async |app: &TestApp| {
    let a = &app.world.a;
    let admin = app.signed_in(&a.admin).await;
    let teacher = app.signed_in(&a.teacher).await;
    let r = admin
        .post_form(
            "/school/instruments/domains",
            &[("item", "stem"), ("own", "Hout en techniek\nMuziek")],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = teacher.get(&format!("/classes/{}/activities", a.class_6a)).await.body;
    assert!(page.contains(">Hout en techniek</option>"));
    assert!(
        !page.contains(">Sport</option>"),
        "a domain the school dropped is not offered"
    );
    let key = page
        .split("<option value=\"")
        .skip(1)
        .map(|p| (p.split('"').next().unwrap(), p.split('>').nth(1).unwrap_or("")))
        .find(|(_, label)| label.starts_with("Hout en techniek"))
        .map(|(k, _)| k.to_string())
        .unwrap();
    let (from, _) = talk_window();
    let r = teacher
        .post_form(
            &format!("/classes/{}/activities", a.class_6a),
            &[
                ("title", "Een vogelhuisje timmeren"),
                ("domain", &key),
                ("done_on", &from.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let r = teacher
        .post_form(
            &format!("/classes/{}/activities", a.class_6a),
            &[
                ("title", "Voetbal"),
                ("domain", "sport"),
                ("done_on", &from.to_string()),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "sport is not one of the school's domains now");

    let (_, url) = app.first_planned_talk(&teacher).await;
    let view = teacher.get(&url).await.body;
    assert!(
        view.contains("(Hout en techniek)"),
        "the grid names the school's domain"
    );
    // A teacher does not change the school's domains.
    assert!(
        !teacher
            .get(&format!("/classes/{}/instruments", a.class_6a))
            .await
            .body
            .contains("Studiedomeinen")
    );
    assert_eq!(
        teacher
            .post_form(
                &format!("/classes/{}/instruments/domains", a.class_6a),
                &[("item", "stem")]
            )
            .await
            .status,
        404
    );
});
