//! The gesprekskader: the teacher fills in boxes (none mandatory) and agreements, and marks
//! how they went; the family reads what was filled in, in their language, and nothing else.

use crate::on_both;
use crate::support::TestApp;

on_both!(
    the_teacher_fills_in_the_frame_and_the_family_reads_it,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let frame = format!("/rounds/{}/frame/{}", a.round, a.child_6a);
        let page = teacher.get(&frame).await.body;
        assert!(
            page.contains("De keuze voor het secundair"),
            "a 6th grade has the study choice box"
        );

        // A box too long: said next to it, and nothing is saved, not even the other box.
        let long = "x".repeat(2001);
        let r = teacher
            .post_form(
                &frame,
                &[
                    ("box_going_well", "Ze is trots op haar spreekbeurt over vulkanen."),
                    ("box_hard", &long),
                ],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.text_of("box_hard-error").is_some());
        assert!(
            r.body.contains("Ze is trots op haar spreekbeurt"),
            "nothing typed is lost"
        );
        assert!(
            samenspraak_store::frames::boxes(&app.store, &a.round, &a.child_6a)
                .await
                .unwrap()
                .is_empty()
        );
        let r = teacher
            .post_form(
                &frame,
                &[
                    ("box_going_well", "Ze is trots op haar spreekbeurt over vulkanen."),
                    ("box_hard", ""),
                    ("box_study_choice", "ASO of STEM; infodag Sint-Jozef op 6 maart."),
                ],
            )
            .await;
        assert_eq!(r.status, 303);

        // Agreements: what and who are needed, a date must exist.
        let agreements = format!("{frame}/agreements");
        let r = teacher
            .post_form(&agreements, &[("what", ""), ("who", "child"), ("by", "31/02/2027")])
            .await;
        assert_eq!(r.status, 422);
        assert!(r.text_of("what-error").is_some() && r.text_of("by-error").is_some());
        for (what, who) in [
            ("Elke avond tien minuten lezen", "child"),
            ("De infodag bezoeken", "parents"),
        ] {
            let r = teacher
                .post_form(&agreements, &[("what", what), ("who", who), ("by", "06/03/2027")])
                .await;
            assert_eq!(r.status, 303);
        }
        let list = samenspraak_store::frames::agreements(&app.store, &a.round, &a.child_6a)
            .await
            .unwrap();
        assert_eq!(list.len(), 2);
        let r = teacher
            .post_form(
                &format!("{agreements}/{}", list[1].id),
                &[("status", "done"), ("note", "Samen gegaan")],
            )
            .await;
        assert_eq!(r.status, 303);
        let round_page = teacher.get(&format!("/rounds/{}", a.round)).await.body;
        assert!(round_page.contains("2 vakken · 2 afspraken"));

        // A confidential note about Amira, which the family must never read.
        let (talk, _) = app.first_planned_talk(&teacher).await;
        samenspraak_store::talk_notes::add(
            &app.store,
            &talk.id,
            &talk.child_id,
            samenspraak_core::visibility::Visibility::Staff,
            "VERTROUWELIJK-7Q: thuis gaat het moeilijk",
            &samenspraak_store::audit::Who::staff(&a.id, &a.teacher_id, ""),
        )
        .await
        .unwrap();

        // Samira reads French: the boxes filled in, the agreements, no empty box.
        let samira = app.signed_in_guardian().await;
        let portal = samira.get("/family").await.body;
        let link = format!("/family/conference/{}/{}", a.round, a.child_6a);
        assert!(portal.contains(&link), "the portal links to what was agreed");
        let page = samira.get(&link).await.body;
        assert!(page.contains("Qu&#39;est-ce qui va bien ? De quoi suis-je fier ou fière ?"));
        assert!(page.contains("Ze is trots op haar spreekbeurt over vulkanen."));
        assert!(page.contains("Le choix de l&#39;école secondaire") || page.contains("Le choix de l'école secondaire"));
        assert!(!page.contains("Ce qui est difficile"), "an empty box is left out");
        assert!(page.contains("Elke avond tien minuten lezen") && page.contains("l&#39;enfant"));
        assert!(page.contains("fait") && page.contains("Samen gegaan"));
        assert!(!page.contains("VERTROUWELIJK-7Q"));
        // Samira marks it read; the teacher sees who did.
        assert!(
            teacher
                .get(&frame)
                .await
                .body
                .contains("Nog geen ouder heeft het verslag als gelezen aangeduid.")
        );
        assert_eq!(samira.post_form(&format!("{link}/read"), &[]).await.status, 303);
        assert!(samira.get(&link).await.body.contains("Vous avez lu ceci le"));
        assert!(teacher.get(&frame).await.body.contains("Gelezen door Samira Aalders ("));
        // Not another family's child.
        assert_eq!(
            samira
                .get(&format!("/family/conference/{}/{}", a.round, a.child_6b))
                .await
                .status,
            404
        );
    }
);

on_both!(
    open_agreements_come_back_in_the_next_talk_and_on_the_class_list,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        // An earlier round, with two agreements for Amira: one past its date, one done.
        let earlier = samenspraak_store::rounds::create(
            &app.store,
            &a.id,
            &samenspraak_core::round::RoundInput {
                name: "KOM-gesprekken vorig trimester".into(),
                child_talk_from: "2026-09-14".into(),
                child_talk_until: "2026-09-25".into(),
                parent_prep_until: String::new(),
                booking_opens: "2026-09-28T19:00".into(),
                booking_closes: "2026-10-02T12:00".into(),
                conference_from: "2026-10-05".into(),
                conference_until: "2026-10-08".into(),
                follow_up_on: String::new(),
            }
            .parse()
            .unwrap(),
            std::slice::from_ref(&a.class_6a),
            &a.teacher_id,
        )
        .await
        .unwrap();
        let frame = format!("/rounds/{}/frame/{}", earlier.id, a.child_6a);
        for (what, by) in [
            ("Elke avond tien minuten lezen", "15/11/2026"),
            ("Zwemdiploma halen", ""),
        ] {
            let r = teacher
                .post_form(
                    &format!("{frame}/agreements"),
                    &[("what", what), ("who", "child"), ("by", by)],
                )
                .await;
            assert_eq!(r.status, 303);
        }
        let done = samenspraak_store::frames::agreements(&app.store, &earlier.id, &a.child_6a)
            .await
            .unwrap()
            .into_iter()
            .find(|x| x.what == "Zwemdiploma halen")
            .unwrap();
        teacher
            .post_form(
                &format!("{frame}/agreements/{}", done.id),
                &[("status", "done"), ("note", "")],
            )
            .await;

        // The class list: what is open, past its date marked.
        let list = teacher.get(&format!("/classes/{}/agreements", a.class_6a)).await.body;
        assert!(
            list.contains("Elke avond tien minuten lezen") && list.contains("over datum"),
            "{list}"
        );
        assert!(!list.contains("Zwemdiploma"), "done is no longer open");

        // This round's child talk shows the open one, for the teacher and on the tablet.
        let (_, talk_url) = app.first_planned_talk(&teacher).await;
        let page = teacher.get(&talk_url).await.body;
        assert!(page.contains("Afspraken van het vorige KOM-gesprek"));
        assert!(page.contains("Elke avond tien minuten lezen") && !page.contains("Zwemdiploma"));
        let tablet = app.signed_in_child(&a.child_6a).await;
        let page = tablet.get("/tablet/talk").await.body;
        assert!(
            page.contains("Wat we de vorige keer afspraken. Hoe ging het?"),
            "{page}"
        );
        assert!(page.contains("Elke avond tien minuten lezen"));

        // Amira says how it went, with a tap; the done one cannot be touched from the tablet.
        let open = samenspraak_store::frames::open_before(&app.store, &a.child_6a, &a.round)
            .await
            .unwrap();
        assert_eq!(open.len(), 1);
        let field = format!("agreement_{}", open[0].id);
        let done_field = format!("agreement_{}", done.id);
        let r = tablet
            .post_form(
                "/tablet/talk/agreements",
                &[(field.as_str(), "partly"), (done_field.as_str(), "not_yet")],
            )
            .await;
        assert_eq!(r.status, 303);
        let says = |list: Vec<samenspraak_store::frames::Agreement>, id: &str| {
            list.into_iter().find(|x| x.id == id).unwrap().child_says
        };
        let list = samenspraak_store::frames::agreements(&app.store, &earlier.id, &a.child_6a)
            .await
            .unwrap();
        assert_eq!(
            says(list.clone(), &open[0].id),
            Some(samenspraak_core::frame::ChildSays::Partly)
        );
        assert_eq!(says(list, &done.id), None);
        assert!(
            tablet
                .get("/tablet/talk")
                .await
                .body
                .contains("value=\"partly\" checked")
        );
        // The teacher reads it on the preparation of this round's conversation.
        let prep = teacher
            .get(&format!("/rounds/{}/prepare/{}", a.round, a.child_6a))
            .await
            .body;
        assert!(prep.contains("Elke avond tien minuten lezen") && prep.contains("het kind zegt: een beetje"));
    }
);

on_both!(
    the_school_lists_study_choice_links_for_sixth_grade_families,
    async |app: &TestApp| {
        let a = &app.world.a;
        let admin = app.signed_in(&a.admin).await;
        let r = admin
            .post_form(
                "/school/study-choice",
                &[("resource_title", "Onderwijskiezer"), ("url", "www.onderwijskiezer.be")],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.text_of("url-error").unwrap_or_default().contains("https://"));
        assert!(r.body.contains(r#"value="Onderwijskiezer""#), "nothing typed is lost");
        let r = admin
            .post_form(
                "/school/study-choice",
                &[
                    ("resource_title", "Onderwijskiezer"),
                    ("url", "https://www.onderwijskiezer.be"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        assert!(
            admin
                .get("/school/study-choice")
                .await
                .body
                .contains("https://www.onderwijskiezer.be")
        );
        let teacher = app.signed_in(&a.teacher).await;
        assert_eq!(teacher.get("/school/study-choice").await.status, 403);
        // Amira is in the 6th grade: her mother finds the link on the portal.
        let samira = app.signed_in_guardian().await;
        let portal = samira.get("/family").await.body;
        assert!(portal.contains(r#"href="https://www.onderwijskiezer.be""#), "{portal}");
        // The other school sees nothing of it.
        let b_admin = app.signed_in(&app.world.b.admin).await;
        assert!(
            !b_admin
                .get("/school/study-choice")
                .await
                .body
                .contains("onderwijskiezer")
        );
    }
);

on_both!(
    the_school_adjusts_its_frame_and_a_hidden_box_stays_with_the_school,
    async |app: &TestApp| {
        let a = &app.world.a;
        let admin = app.signed_in(&a.admin).await;
        let teacher = app.signed_in(&a.teacher).await;
        let frame = format!("/rounds/{}/frame/{}", a.round, a.child_6a);
        // Written before the school changes its frame.
        let r = teacher
            .post_form(&frame, &[("box_feeling", "Ze voelt zich goed in de klas.")])
            .await;
        assert_eq!(r.status, 303);

        // No box at all is not a frame: said, nothing changes.
        let r = admin.post_form("/school/instruments/frame", &[("own", "  ")]).await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("Kies minstens 1 onderdeel."), "{}", r.body);
        // Two built-in boxes, one renamed, and one of the school's own.
        let own = "Wat de zorgcoördinator opvolgt";
        let r = admin
            .post_form(
                "/school/instruments/frame",
                &[
                    ("item", "going_well"),
                    ("item", "hard"),
                    ("name_hard", "Werkpunten"),
                    ("name_going_well", ""),
                    ("own", own),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        let settings = admin.get("/school/instruments").await.body;
        assert!(settings.contains(r#"name="name_hard" value="Werkpunten""#));

        let page = teacher.get(&frame).await.body;
        assert!(page.contains("Werkpunten") && page.contains(own));
        assert!(!page.contains("name=\"box_feeling\"") && !page.contains("De keuze voor het secundair"));
        let own_field = format!("box_{}", samenspraak_core::instrument_template::own_key(own));
        let r = teacher
            .post_form(
                &frame,
                &[("box_hard", "Breuken"), (own_field.as_str(), &"x".repeat(2001))],
            )
            .await;
        assert_eq!(r.status, 422, "too long in the school's own box");
        assert!(r.text_of(&format!("{own_field}-error")).is_some());
        let r = teacher
            .post_form(
                &frame,
                &[("box_hard", "Breuken"), (own_field.as_str(), "Logopedie op dinsdag")],
            )
            .await;
        assert_eq!(r.status, 303);

        // The teacher is told the hidden box still holds text; it stays with the school.
        let page = teacher.get(&frame).await.body;
        assert!(
            page.contains("De school heeft dit vak intussen verborgen: Hoe voel ik me op school?"),
            "{page}"
        );

        // The family reads the school's names, and nothing of the box the school hid.
        let samira = app.signed_in_guardian().await;
        let page = samira
            .get(&format!("/family/conference/{}/{}", a.round, a.child_6a))
            .await
            .body;
        assert!(page.contains("Werkpunten") && page.contains("Breuken"));
        assert!(page.contains(own) && page.contains("Logopedie op dinsdag"));
        assert!(!page.contains("Ze voelt zich goed in de klas."), "{page}");
        assert!(!page.contains("Hoe voel ik me op school?"));
    }
);
