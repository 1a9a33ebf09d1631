//! The parents' questionnaire: filled in on the portal, saved as it goes, changed until the
//! deadline, each guardian's answers kept apart, and read by the teacher in the talk.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::questionnaires::{self, Progress};

on_both!(
    a_guardian_fills_in_the_questionnaire_and_the_teacher_reads_it,
    async |app: &TestApp| {
        let a = &app.world.a;
        let parent = app.signed_in_guardian().await;
        let portal = parent.get("/family").await.body;
        let url = format!("/family/questionnaire/{}/{}", a.round, a.child_6a);
        assert!(portal.contains(&format!("href=\"{url}\"")), "the portal leads to it");

        // Opening it is noted; the 6th grade gets the study-choice questions.
        let page = parent.get(&url).await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("name=\"q_direction\""), "6th grade: study choice");
        assert!(page.body.contains("data-autosave"));
        assert!(
            !page.body.contains("{ $") && !page.body.contains("{$"),
            "every placeholder filled"
        );
        assert!(page.body.contains("Amira"), "the child's name in the questions");
        let progress = questionnaires::responses(&app.store, &a.round, &a.child_6a)
            .await
            .unwrap();
        assert_eq!(progress[0].progress, Progress::Opened);

        // Half of it, as a draft: the first answers are kept when the phone is closed.
        let r = parent
            .post_form(
                &url,
                &[
                    ("q_tells", "Ze vertelt veel over de turnles, en over haar vriendin."),
                    ("q_likes_school", "4"),
                    ("q_spider_maths", "3"),
                    ("action", "draft"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        // Without a script the page it comes back to says so, where the buttons are.
        let back = r.location().expect("back to the questionnaire").to_string();
        assert!(back.ends_with("#saved"), "{back}");
        let saved = parent.get(back.trim_end_matches("#saved")).await.body;
        assert!(
            saved.contains("id=\"saved\"") && saved.contains(">Enregistré.</p>"),
            "{saved}"
        );
        let again = parent.get(&url).await.body;
        assert!(!again.contains(">Enregistré.</p>"), "said only right after saving");
        // An open answer comes back whole, commas and all, so saving again loses nothing.
        assert!(
            again.contains(">Ze vertelt veel over de turnles, en over haar vriendin.</textarea>"),
            "{again}"
        );
        assert!(again.contains("name=\"q_likes_school\" value=\"4\" checked"));
        assert!(again.contains("name=\"q_spider_maths\" value=\"3\" checked"));

        // A wrong answer keeps everything typed and saves nothing.
        let r = parent
            .post_form(
                &url,
                &[
                    ("q_tells", "Iets nieuws"),
                    ("q_direction", "raketten"),
                    ("action", "submit"),
                ],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("id=\"q_direction-error\""));
        assert!(r.body.contains("Iets nieuws"), "typing is kept");
        let stored = questionnaires::answers(&app.store, &a.round, &a.child_6a, &a.guardian_6a)
            .await
            .unwrap();
        assert!(
            stored
                .iter()
                .any(|(k, v)| k == "tells" && v == "Ze vertelt veel over de turnles, en over haar vriendin.")
        );

        // The rest, and sent.
        let r = parent
            .post_form(
                &url,
                &[
                    ("q_tells", "Ze vertelt veel over de turnles."),
                    ("q_likes_school", "4"),
                    ("q_spider_maths", "3"),
                    ("q_direction", "stem"),
                    ("q_info", "open_days"),
                    ("q_info", "costs"),
                    ("action", "submit"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        assert!(parent.get(&url).await.body.contains("Vos réponses sont envoyées"));
        let progress = questionnaires::responses(&app.store, &a.round, &a.child_6a)
            .await
            .unwrap();
        assert_eq!(progress[0].progress, Progress::Submitted);

        // The teacher reads it in the child's talk.
        let teacher = app.signed_in(&a.teacher).await;
        let (_, talk) = app.first_planned_talk(&teacher).await;
        let view = teacher.get(&talk).await.body;
        assert!(view.contains("Wat de ouders voorbereidden"));
        assert!(view.contains("Samira Aalders"));
        assert!(view.contains("Ze vertelt veel over de turnles."));
        assert!(view.contains("techniek, wetenschappen, wiskunde (STEM)"));
        assert!(view.contains("wanneer de infodagen en opendeurdagen zijn, wat een school kost"));
        assert!(view.contains("Rekenen 3/5"));
        assert!(
            view.contains("Zo ziet Samira Aalders het"),
            "the parents' web over the child's"
        );
        assert!(view.contains("stroke=\"#2f5fa8\""));
        // The table beside the picture has a column for the parents' line too.
        let table = view
            .split("<caption>Mijn spinnenweb in cijfers")
            .nth(1)
            .expect("the web's table");
        let table = &table[..table.find("</table>").unwrap()];
        assert!(table.contains("<th scope=\"col\">Samira Aalders</th>"), "{table}");
        assert!(table.contains("<td>3 / 5</td>"), "{table}");

        // A child on the tablet never sees it.
        let kid = app.signed_in_child(&a.child_6a).await;
        assert!(!kid.get("/tablet/talk").await.body.contains("turnles"));
    }
);

on_both!(
    two_households_answer_side_by_side_and_the_deadline_holds,
    async |app: &TestApp| {
        let a = &app.world.a;
        // A second guardian, in another household.
        let second = samenspraak_store::guardians::create(
            &app.store,
            &a.id,
            &a.child_6a,
            samenspraak_store::guardians::GuardianFields {
                name: "Ahmed Aalders",
                email: None,
                phone: None,
                language: samenspraak_core::Language::Nl,
                right_to_info: true,
                interpreter: false,
            },
            samenspraak_store::guardians::HouseholdChoice::New,
        )
        .await
        .unwrap();
        let url = format!("/family/questionnaire/{}/{}", a.round, a.child_6a);
        let first = app.signed_in_guardian().await;
        first
            .post_form(&url, &[("q_tells", "Bij mama: vrolijk."), ("action", "submit")])
            .await;
        let issued = samenspraak_store::invitations::issue(
            &app.store,
            &a.id,
            &a.round,
            &second.id,
            samenspraak_core::invitation::Channel::Letter,
            jiff::civil::date(2999, 1, 1),
            &samenspraak_store::audit::Who::staff(&a.id, &a.teacher_id, ""),
        )
        .await
        .unwrap();
        let other = app.client();
        other.post_form(&format!("/i/{}", issued.token), &[]).await;
        other
            .post_form(&url, &[("q_tells", "Bij papa: stil."), ("action", "submit")])
            .await;
        let teacher = app.signed_in(&a.teacher).await;
        let (_, talk) = app.first_planned_talk(&teacher).await;
        let view = teacher.get(&talk).await.body;
        assert!(
            view.contains("Bij mama: vrolijk.") && view.contains("Bij papa: stil."),
            "both kept"
        );

        // Another family's child: not found.
        let r = first
            .get(&format!("/family/questionnaire/{}/{}", a.round, a.child_6b))
            .await;
        assert_eq!(r.status, 404);

        // Past the deadline: the answers stay, changes are refused with a message.
        sqlx::query("UPDATE round SET parent_prep_until = '2000-01-01'")
            .execute(app.store.pool())
            .await
            .unwrap();
        app.store.forget_all();
        let page = first.get(&url).await.body;
        assert!(page.contains("Le questionnaire est fermé"));
        assert!(page.contains("Bij mama: vrolijk."));
        let r = first
            .post_form(&url, &[("q_tells", "Te laat"), ("action", "submit")])
            .await;
        assert_eq!(r.status, 422);
        let stored = questionnaires::answers(&app.store, &a.round, &a.child_6a, &a.guardian_6a)
            .await
            .unwrap();
        assert!(stored.iter().all(|(_, v)| v != "Te laat"));
    }
);

on_both!(
    the_teacher_chooses_the_set_and_follows_who_answered,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let overview = format!("/rounds/{}/invitations/{}", a.round, a.class_6a);
        assert!(teacher.get(&overview).await.body.contains("niet geopend"));
        let r = teacher
            .post_form(&format!("{overview}/questionnaire"), &[("set", "home")])
            .await;
        assert_eq!(r.status, 303);
        let parent = app.signed_in_guardian().await;
        let url = format!("/family/questionnaire/{}/{}", a.round, a.child_6a);
        let page = parent.get(&url).await.body;
        assert!(page.contains("name=\"q_does_well\"") && !page.contains("name=\"q_direction\""));
        assert!(teacher.get(&overview).await.body.contains("<td>geopend</td>"));
        parent
            .post_form(&url, &[("q_help", "Samen lezen."), ("action", "submit")])
            .await;
        assert!(teacher.get(&overview).await.body.contains("<td>verstuurd</td>"));
        assert_eq!(
            teacher
                .post_form(&format!("{overview}/questionnaire"), &[("set", "everything")])
                .await
                .status,
            400
        );
    }
);

on_both!(the_teacher_asks_their_own_questions, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let overview = format!("/rounds/{}/invitations/{}", a.round, a.class_6a);
    teacher
        .post_form(
            &format!("{overview}/questionnaire"),
            &[
                ("set", "own"),
                ("own", "Hoe gaat het met de fietsles?\n\nWat eet Amira graag?"),
            ],
        )
        .await;
    assert!(
        teacher.get(&overview).await.body.contains("Wat eet Amira graag?"),
        "kept for next time"
    );
    let parent = app.signed_in_guardian().await;
    let url = format!("/family/questionnaire/{}/{}", a.round, a.child_6a);
    let page = parent.get(&url).await.body;
    assert!(page.contains("Hoe gaat het met de fietsles?") && page.contains("Wat eet Amira graag?"));
    assert!(!page.contains("name=\"q_tells\""), "only the teacher's own questions");
    let field = page
        .split("name=\"q_own")
        .nth(1)
        .map(|rest| format!("q_own{}", rest.split('"').next().unwrap()))
        .unwrap();
    parent
        .post_form(&url, &[(field.as_str(), "Beter dan vorig jaar."), ("action", "submit")])
        .await;
    let (_, talk) = app.first_planned_talk(&teacher).await;
    let view = teacher.get(&talk).await.body;
    assert!(view.contains("Hoe gaat het met de fietsles?") && view.contains("Beter dan vorig jaar."));

    // The sets with their own questions: the thermometer asks 0 to 10.
    teacher
        .post_form(&format!("{overview}/questionnaire"), &[("set", "home"), ("own", "")])
        .await;
    let page = parent.get(&url).await.body;
    assert!(page.contains("name=\"q_feels\" value=\"10\""));
    assert_eq!(
        parent
            .post_form(&url, &[("q_feels", "11"), ("action", "draft")])
            .await
            .status,
        422
    );
});
