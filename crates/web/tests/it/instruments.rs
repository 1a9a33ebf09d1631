//! The thermometer and the spider web in a child talk: stored per child and round, shown as
//! a picture with its numbers beside it.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::instruments;

on_both!(
    a_child_fills_the_thermometer_and_the_spider_web,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (talk, url) = app.first_planned_talk(&teacher).await;
        let talk = &talk;
        assert!(teacher.get(&url).await.body.contains("Nog niet ingevuld"));

        // 11 is not on the thermometer: nothing is stored.
        teacher
            .post_form(&format!("{url}/thermometer"), &[("value", "11")])
            .await;
        assert!(
            instruments::get(&app.store, &a.round, &talk.child_id, "thermometer")
                .await
                .unwrap()
                .is_none()
        );
        let r = teacher
            .post_form(
                &format!("{url}/thermometer"),
                &[("value", "7"), ("why", "Ik heb een nieuwe vriendin.")],
            )
            .await;
        assert_eq!(r.location(), Some(format!("{url}#thermometer").as_str()));
        let r = teacher
            .post_form(
                &format!("{url}/spider"),
                &[("alone", "4"), ("maths", "2"), ("reading", "")],
            )
            .await;
        assert_eq!(r.status, 303);
        let r = teacher.post_form(&format!("{url}/spider"), &[("alone", "9")]).await;
        assert_eq!(r.status, 400, "a score off the scale is refused");

        let view = teacher.get(&url).await;
        assert!(view.body.contains("Op de thermometer: 7 op 10"));
        assert!(view.body.contains("Ik heb een nieuwe vriendin."));
        assert!(
            view.body.contains("<th scope=\"row\">Alleen werken</th><td>4 / 5</td>"),
            "{}",
            view.body
        );
        assert!(view.body.contains("<th scope=\"row\">Lezen</th><td>—</td>"));
        assert!(
            view.body.contains("name=\"value\" value=\"7\" checked"),
            "the chosen tile stays chosen"
        );
        // Smileys: a face per sentence; the chosen face is named in words beside the sentence.
        teacher
            .post_form(
                &format!("{url}/smileys"),
                &[("like_school", "5"), ("safe_playground", "2")],
            )
            .await;
        let view = teacher.get(&url).await;
        assert!(
            view.body
                .contains("Ik ga graag naar school. <span class=\"meta\">— helemaal wel</span>"),
            "{}",
            view.body
        );
        assert!(
            view.body
                .contains("Ik voel me veilig op de speelplaats. <span class=\"meta\">— niet zo</span>")
        );
        assert_eq!(
            teacher
                .post_form(&format!("{url}/smileys"), &[("friends", "0")])
                .await
                .status,
            400
        );

        // A second save replaces the first.
        teacher
            .post_form(&format!("{url}/thermometer"), &[("value", "8")])
            .await;
        let stored = instruments::get(&app.store, &a.round, &talk.child_id, "thermometer")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored, "8|");
        assert_eq!(instruments::filled(&app.store, &a.round).await.unwrap().len(), 3);

        // The care coordinator may not fill it in for a child.
        let care = app.signed_in(&a.care).await;
        assert_eq!(
            care.post_form(&format!("{url}/thermometer"), &[("value", "1")])
                .await
                .status,
            403
        );
        assert_eq!(
            instruments::get(&app.store, &a.round, &talk.child_id, "thermometer")
                .await
                .unwrap()
                .as_deref(),
            Some("8|")
        );
    }
);

on_both!(
    the_talent_grid_places_each_activity_in_its_quadrant,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let class = a.class_6a.as_str();
        let acts = format!("/classes/{class}/activities");
        let r = teacher
            .post_form(&acts, &[("title", " "), ("domain", "stem"), ("done_on", "2026-11-20")])
            .await;
        assert_eq!(r.status, 422);
        assert_eq!(r.text_of("title-error").as_deref(), Some("Vul dit veld in."));
        for (title, domain) in [
            ("Een brug bouwen", "stem"),
            ("Spreekbeurt", "language_culture"),
            ("Pannenkoeken bakken", "food_hospitality"),
        ] {
            assert_eq!(
                teacher
                    .post_form(
                        &acts,
                        &[("title", title), ("domain", domain), ("done_on", "2026-11-20")]
                    )
                    .await
                    .status,
                303
            );
        }
        let (talk, url) = app.first_planned_talk(&teacher).await;
        let talk = &talk;
        let list = samenspraak_store::activities::of_class(&app.store, &a.class_6a)
            .await
            .unwrap();
        let id = |title: &str| list.iter().find(|x| x.title == title).unwrap().id.clone();
        let (brug, spreek, pannen) = (id("Een brug bouwen"), id("Spreekbeurt"), id("Pannenkoeken bakken"));
        let r = teacher
            .post_form(
                &format!("{url}/grid"),
                &[
                    (&format!("liked_{brug}"), "1"),
                    (&format!("good_{brug}"), "1"),
                    (&format!("liked_{spreek}"), "0"),
                    (&format!("good_{spreek}"), "1"),
                    // Only half answered: not stored.
                    (&format!("liked_{pannen}"), "1"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        let view = teacher.get(&url).await;
        assert!(
            view.body.contains("Een brug bouwen</th><td>Leuk én goed in</td>"),
            "{}",
            view.body
        );
        assert!(view.body.contains("Spreekbeurt</th><td>Goed in, minder leuk</td>"));
        assert!(view.body.contains("Pannenkoeken bakken</th><td>—</td>"));
        assert!(
            view.body
                .contains("<th scope=\"row\">STEM</th><td>1 × Leuk én goed in</td>")
        );
        assert_eq!(
            samenspraak_store::activities::ratings(&app.store, &app.world.a.round, &talk.child_id)
                .await
                .unwrap()
                .len(),
            2
        );

        // A later round's answers are its own: January's grid stays as it was answered.
        let march = app.later_round("Maart", std::slice::from_ref(&a.class_6a), 60).await;
        samenspraak_store::activities::rate(
            &app.store,
            &march.id,
            &a.class_6a,
            &talk.child_id,
            &[(brug.clone(), false, false)],
        )
        .await
        .unwrap();
        let view = teacher.get(&url).await;
        assert!(
            view.body.contains("Een brug bouwen</th><td>Leuk én goed in</td>"),
            "January's grid is unchanged: {}",
            view.body
        );

        // Removing an activity removes the children's answers about it too.
        teacher.post_form(&format!("{acts}/{brug}/delete"), &[]).await;
        assert_eq!(
            samenspraak_store::activities::ratings(&app.store, &app.world.a.round, &talk.child_id)
                .await
                .unwrap()
                .len(),
            1
        );
        let care = app.signed_in(&a.care).await;
        assert_eq!(
            care.post_form(&acts, &[("title", "x"), ("domain", "stem"), ("done_on", "2026-11-20")])
                .await
                .status,
            403
        );
    }
);
