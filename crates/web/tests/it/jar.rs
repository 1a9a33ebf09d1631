//! The question jar: composed from the bank and the teacher's own questions, printed as
//! cards, and drawn from in a child talk — never the same question twice in one talk.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::question_jar;

on_both!(
    a_teacher_fills_the_jar_and_a_child_draws_from_it,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let jar = format!("/classes/{}/jar", a.class_6a);
        let page = teacher.get(&jar).await;
        assert_eq!(page.status, 200);
        assert!(
            page.body.contains("Welke school of richting wil je eens bekijken?"),
            "6th-grade questions are offered"
        );

        let r = teacher
            .post_form(
                &format!("{jar}/bank"),
                &[("q", "lb1"), ("q", "hf1"), ("q", "fu2"), ("q", "bestaat-niet")],
            )
            .await;
        assert_eq!(r.status, 303);
        let r = teacher
            .post_form(&format!("{jar}/own"), &[("category", "proud_of"), ("text", "  ")])
            .await;
        assert_eq!(r.status, 422);
        assert_eq!(r.text_of("text-error").as_deref(), Some("Vul dit veld in."));
        teacher
            .post_form(
                &format!("{jar}/own"),
                &[
                    ("category", "proud_of"),
                    ("text", "Welke tekening van de sokkenmuur is van jou?"),
                ],
            )
            .await;
        let entries = question_jar::jar(&app.store, &a.class_6a).await.unwrap();
        assert_eq!(entries.len(), 4);
        // Edited in the teacher's own words; emptied, it leaves the jar.
        let lb1 = entries.iter().find(|e| e.bank_id.as_deref() == Some("lb1")).unwrap();
        teacher
            .post_form(
                &format!("{jar}/{}", lb1.id),
                &[("text", "Welke les wil je nog eens overdoen?")],
            )
            .await;
        let fu2 = entries.iter().find(|e| e.bank_id.as_deref() == Some("fu2")).unwrap();
        teacher.post_form(&format!("{jar}/{}", fu2.id), &[("text", "")]).await;
        let entries = question_jar::jar(&app.store, &a.class_6a).await.unwrap();
        assert_eq!(entries.len(), 3);
        assert!(entries.iter().any(|e| e.text == "Welke les wil je nog eens overdoen?"));
        // The own question is kept with the teacher for next year.
        assert_eq!(
            question_jar::own_questions(&app.store, &a.teacher_id)
                .await
                .unwrap()
                .len(),
            1
        );

        let cards = teacher.get(&format!("{jar}/cards")).await;
        assert!(cards.body.contains("Welke tekening van de sokkenmuur is van jou?") && cards.body.contains("Trots op"));

        // A talk: plan one, then draw every question, one at a time, never twice.
        let (talk, url) = app.first_planned_talk(&teacher).await;
        let talk = &talk;
        let view = teacher.get(&url).await;
        assert!(
            view.body.contains("Kindgesprek met Amira Aalders") && view.body.contains("Nog 3 vragen in de pot."),
            "{}",
            view.body
        );
        for _ in 0..5 {
            teacher.post_form(&format!("{url}/draw"), &[]).await;
        }
        let drawn = question_jar::drawn(&app.store, &talk.id).await.unwrap();
        assert_eq!(drawn.len(), 3, "three questions, each once");
        let distinct: std::collections::BTreeSet<_> = drawn.iter().map(|d| &d.entry_id).collect();
        assert_eq!(distinct.len(), 3);
        assert!(
            teacher
                .get(&url)
                .await
                .body
                .contains("Alle vragen uit de pot zijn getrokken.")
        );

        // The teacher notes an answer and puts one question back.
        teacher
            .post_form(
                &format!("{url}/questions/{}", drawn[0].entry_id),
                &[("answer", "Een 8, want ik heb een nieuwe vriendin.")],
            )
            .await;
        teacher
            .post_form(&format!("{url}/questions/{}/back", drawn[1].entry_id), &[])
            .await;
        let after = question_jar::drawn(&app.store, &talk.id).await.unwrap();
        assert_eq!(after.len(), 2);
        assert_eq!(after[0].answer, "Een 8, want ik heb een nieuwe vriendin.");
        assert!(teacher.get(&url).await.body.contains("Nog 1 vraag in de pot."));
    }
);

on_both!(
    only_the_class_teacher_and_the_admin_keep_the_jar,
    async |app: &TestApp| {
        let (a, b) = (&app.world.a, &app.world.b);
        let care = app.signed_in(&a.care).await;
        let teacher = app.signed_in(&a.teacher).await;
        let other = app.signed_in(&b.admin).await;
        assert_eq!(
            care.post_form(&format!("/classes/{}/jar/bank", a.class_6a), &[("q", "lb1")])
                .await
                .status,
            403
        );
        assert_eq!(
            teacher
                .post_form(&format!("/classes/{}/jar/bank", a.class_6b), &[("q", "lb1")])
                .await
                .status,
            404
        );
        assert_eq!(
            other
                .post_form(&format!("/classes/{}/jar/bank", a.class_6a), &[("q", "lb1")])
                .await
                .status,
            404
        );
        assert!(question_jar::jar(&app.store, &a.class_6a).await.unwrap().is_empty());
        assert!(question_jar::jar(&app.store, &a.class_6b).await.unwrap().is_empty());
    }
);
