//! The KOM conversation (conference) itself: the teacher's preparation (staff only, every
//! part of it), the shared screen and the teacher's panel, and the family's summary on
//! paper, as PDF and by mail. A marker string is put in every confidential place and looked
//! for everywhere a family or a child reads.

use crate::booking::{open_booking, slots_of_6a_in};
use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::bookings;

pub(crate) const SECRET: &str = "GEHEIM-9Z-thuis-loopt-het-mis";

/// Books Amira's conversation, fills in a preparation with the marker, a confidential talk
/// note with it, the frame (one box left empty) and two agreements.
pub(crate) async fn held_conference(app: &TestApp) -> crate::support::Client {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let day = open_booking(app).await;
    let slots = slots_of_6a_in(app, day, (17, 0), (18, 0), 20, "klas 6A").await;
    bookings::book(
        &app.store,
        bookings::Request {
            round: &a.round,
            slot: &slots[1].id,
            child: &a.child_6a,
            seat: "",
            by: bookings::BookedBy::Staff(&a.teacher_id),
            request_key: &"p".repeat(32),
            who: &samenspraak_store::audit::Who::system(&a.id),
        },
        Vec::new(),
    )
    .await
    .unwrap();
    let prep = format!("/rounds/{}/prepare/{}", a.round, a.child_6a);
    let r = teacher
        .post_form(
            &prep,
            &[
                ("focus", "Zelfvertrouwen bij wiskunde"),
                ("message", "Ze mag trotser zijn op haar rekenwerk."),
                (
                    "ask_child",
                    "Wat lukt er nu beter?\nWie helpt je als het moeilijk wordt?",
                ),
                ("ask_parents", "Hoe verloopt het huiswerk thuis?"),
                ("confidential", SECRET),
                ("web_maths", "4"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let (talk, _) = app.first_planned_talk(&teacher).await;
    samenspraak_store::talk_notes::add(
        &app.store,
        &talk.id,
        &talk.child_id,
        samenspraak_core::visibility::Visibility::Staff,
        SECRET,
        &samenspraak_store::audit::Who::staff(&a.id, &a.teacher_id, ""),
    )
    .await
    .unwrap();
    let frame = format!("/rounds/{}/frame/{}", a.round, a.child_6a);
    let r = teacher
        .post_form(
            &frame,
            &[
                ("box_going_well", "Ze is trots op haar spreekbeurt over vulkanen."),
                ("box_hard", ""),
                ("box_study_choice", "STEM of Latijn\nInfodag Sint-Jozef op 6 maart"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    for (what, who) in [
        ("Elke avond tien minuten lezen", "child"),
        ("De infodag bezoeken", "parents"),
    ] {
        let r = teacher
            .post_form(
                &format!("{frame}/agreements"),
                &[("what", what), ("who", who), ("by", "2027-03-06")],
            )
            .await;
        assert_eq!(r.status, 303);
    }
    teacher
}

on_both!(the_teacher_prepares_and_only_staff_read_it, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let prep = format!("/rounds/{}/prepare/{}", a.round, a.child_6a);
    let page = teacher.get(&prep).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Wat de ouders voorbereidden") && page.body.contains("Alleen voor het schoolteam"));

    // Too long, and a score the web does not have: said next to the fields; nothing is
    // saved and nothing typed is lost.
    let r = teacher
        .post_form(
            &prep,
            &[
                ("focus", "Zelfvertrouwen bij wiskunde"),
                ("confidential", &"x".repeat(2001)),
                ("web_maths", "9"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.text_of("confidential-error").is_some() && r.text_of("web-error").is_some());
    assert!(r.body.contains("Zelfvertrouwen bij wiskunde"));
    let (stored, web) = samenspraak_store::preparations::get(&app.store, &a.round, &a.child_6a)
        .await
        .unwrap();
    assert!(stored.is_empty() && web.is_none());

    held_conference(app).await;
    let page = teacher.get(&prep).await.body;
    assert!(page.contains("Zelfvertrouwen bij wiskunde") && page.contains(SECRET));
    assert!(
        page.contains("<option value=\"4\" selected>"),
        "the teacher's score is kept"
    );
    let sheet = teacher.get(&format!("{prep}/print")).await.body;
    assert!(sheet.contains("Mijn boodschap") && sheet.contains("Ze mag trotser zijn op haar rekenwerk."));
    assert!(sheet.contains(SECRET), "the staff sheet holds the confidential notes");
    let day = teacher
        .get(&format!("/rounds/{}/slots/{}/prepare", a.round, a.class_6a))
        .await
        .body;
    assert!(
        day.contains("Zelfvertrouwen bij wiskunde"),
        "the day's sheets, in conversation order"
    );

    // The teacher's panel: focus, questions one by one, the confidential notes, the slot.
    let panel = teacher
        .get(&format!("/rounds/{}/conference/{}/panel", a.round, a.child_6a))
        .await
        .body;
    assert!(panel.contains("Wie helpt je als het moeilijk wordt?") && panel.contains(SECRET));
    assert!(panel.contains("17:20–17:40 · klas 6A"), "{panel}");
    assert!(panel.contains("data-keep"), "the frame keeps what is typed");
    // A problem in a form sent from the panel comes back on the panel, next to its field.
    let frame = format!("/rounds/{}/frame/{}", a.round, a.child_6a);
    let r = teacher
        .post_form(
            &format!("{frame}/agreements"),
            &[
                ("what", ""),
                ("who", "parents"),
                ("by", "31/02/2027"),
                ("back", "panel"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Gesprek met Amira"), "still the panel");
    assert!(r.text_of("what-error").is_some() && r.text_of("by-error").is_some());
    assert!(r.body.contains(r#"value="31/02/2027""#) && r.body.contains(r#"value="parents" selected"#));
    let r = teacher
        .post_form(
            &frame,
            &[
                ("box_hard", &"x".repeat(2001)),
                ("box_going_well", "Rekenen"),
                ("back", "panel"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Gesprek met Amira") && r.text_of("box_hard-error").is_some());
    assert!(r.body.contains(">Rekenen</textarea>"), "nothing typed is lost");

    // The shared screen: the child's agenda, nothing of the preparation but the spider web.
    let axes = "alone=3;together=4;asking_help=2;planning=3;reading=4;maths=2;sport=5;creativity=4";
    samenspraak_store::instruments::set(&app.store, &a.round, &a.child_6a, "spider_web", axes)
        .await
        .unwrap();
    samenspraak_store::instruments::set(
        &app.store,
        &a.round,
        &a.child_6a,
        "smileys",
        "like_school=5;work_not_too_hard=2",
    )
    .await
    .unwrap();
    let screen = teacher
        .get(&format!("/rounds/{}/conference/{}", a.round, a.child_6a))
        .await
        .body;
    assert!(screen.contains("Mijn spinnenweb") && screen.contains("Zo ziet de juf of meester het"));
    // A sad face under what is hard reads as the child meant it: the sentence says what
    // goes well, the face's words say it does not.
    let hard = screen
        .rsplit("Dit vind ik moeilijk</h2>")
        .next()
        .expect("the step of what is hard");
    assert!(
        hard.contains("Ik kan het werk in de klas goed aan. <em class=\"face-answer\">(niet zo)</em>"),
        "{hard}"
    );
    assert!(
        screen.contains("Elke avond tien minuten lezen"),
        "what is agreed so far"
    );
    for private in [SECRET, "Zelfvertrouwen", "Hoe verloopt het huiswerk", "Ze mag trotser"] {
        assert!(!screen.contains(private), "{private} on the shared screen");
    }

    // The round page: the conversation's row shows it, with a link to the preparation.
    let round = teacher.get(&format!("/rounds/{}", a.round)).await.body;
    assert!(round.contains(&prep));

    // Another school's teacher: not found; a guardian: not theirs.
    let other = app.signed_in(&app.world.b.teacher).await;
    assert_eq!(other.get(&prep).await.status, 404);
    let samira = app.signed_in_guardian().await;
    assert_ne!(samira.get(&prep).await.status, 200);
});

on_both!(
    the_family_gets_its_summary_on_paper_as_pdf_and_by_mail,
    async |app: &TestApp| {
        let a = &app.world.a;
        sqlx::query("UPDATE guardian SET email = 'samira@example.be'")
            .execute(app.store.pool())
            .await
            .unwrap();
        app.store.forget_all();
        samenspraak_store::study_resources::add(&app.store, &a.id, "Onderwijskiezer", "https://www.onderwijskiezer.be")
            .await
            .unwrap();
        let teacher = held_conference(app).await;
        let frame = format!("/rounds/{}/frame/{}", a.round, a.child_6a);

        // Mailed to Samira, in French, the summary itself in the mail.
        let r = teacher.post_form(&format!("{frame}/send"), &[]).await;
        assert_eq!(r.location(), Some(format!("{frame}?sent=1").as_str()));
        let page = teacher.get(&format!("{frame}?sent=1")).await.body;
        assert!(
            page.contains("Het verslag staat klaar om te mailen naar één ouder."),
            "{page}"
        );
        assert!(page.contains("Verslag klaargezet om te mailen op"));
        assert!(page.contains(": Wacht op verzending"), "queued is not sent");
        sqlx::query("UPDATE outbox SET status = 'sent', sent_at = 1796000000 WHERE purpose = 'summary'")
            .execute(app.store.pool())
            .await
            .unwrap();
        let page = teacher.get(&frame).await.body;
        assert!(page.contains(": Verstuurd op"), "{page}");
        let (subject, text, html): (String, String, String) = sqlx::query_as(
            "SELECT subject, text_body, html_body FROM outbox WHERE purpose = 'summary' AND to_address = 'samira@example.be'",
        )
        .fetch_one(app.store.pool())
        .await
        .unwrap();
        assert!(subject.starts_with("Compte rendu de l'entretien KOM"), "{subject}");
        assert!(text.contains("Ze is trots op haar spreekbeurt over vulkanen."));
        assert!(text.contains("Elke avond tien minuten lezen") && text.contains("https://www.onderwijskiezer.be"));
        assert!(!text.contains(SECRET) && !html.contains(SECRET));
        assert!(
            !text.contains("Ce qui est difficile"),
            "an empty box is left out of the mail"
        );
        let round_page = teacher.get(&format!("/rounds/{}", a.round)).await.body;
        assert!(round_page.contains("verslag gemaild"));

        // The portal: an A4 print view with the study links as QR codes, and a PDF.
        let samira = app.signed_in_guardian().await;
        let mine = format!("/family/conference/{}/{}", a.round, a.child_6a);
        assert!(samira.get(&mine).await.body.contains(&format!("{mine}/print")));
        let print = samira.get(&format!("{mine}/print")).await;
        assert_eq!(print.status, 200);
        assert!(
            print.body.contains("Compte rendu de l&#39;entretien KOM")
                || print.body.contains("Compte rendu de l'entretien KOM")
        );
        assert!(print.body.contains("STEM of Latijn") && print.body.contains("<svg"));
        assert!(!print.body.contains(SECRET) && !print.body.contains("Ce qui est difficile"));
        let pdf = samira.get(&format!("{mine}/summary.pdf")).await;
        assert_eq!(pdf.header("content-type"), Some("application/pdf"));
        // Its text is read back in the browser suite (poppler); here: a PDF in her language,
        // titled for her child, with the fonts that print every name.
        let bytes = String::from_utf8_lossy(&pdf.bytes);
        assert!(bytes.starts_with("%PDF") && bytes.contains("/Lang(fr)"));
        assert!(
            bytes.contains("<rdf:li xml:lang=\"x-default\">Compte rendu de l&apos;entretien KOM pour Amira")
                || bytes.contains("Compte rendu de l'entretien KOM pour Amira"),
            "the title"
        );
        assert!(bytes.contains("NotoSans"));
        // The study-choice sheet the parents may hand to the secondary school: the frame's
        // study choice, what the grid shows, the links; nothing confidential.
        samenspraak_store::activities::add(
            &app.store,
            &a.id,
            &a.class_6a,
            "Een brug bouwen met spaghetti",
            "stem",
            jiff::civil::date(2026, 11, 2),
        )
        .await
        .unwrap();
        let spaghetti = samenspraak_store::activities::of_class(&app.store, &a.class_6a)
            .await
            .unwrap()
            .remove(0)
            .id;
        samenspraak_store::activities::rate(
            &app.store,
            &a.round,
            &a.class_6a,
            &a.child_6a,
            &[(spaghetti, true, true)],
        )
        .await
        .unwrap();
        let page = samira.get(&mine).await.body;
        assert!(page.contains(&format!("{mine}/study-choice")));
        let sheet = samira.get(&format!("{mine}/study-choice")).await.body;
        assert!(sheet.contains("Ce qui plaît à Amira et qui marche bien"), "{sheet}");
        assert!(sheet.contains("Een brug bouwen met spaghetti (STEM)") && sheet.contains("STEM of Latijn"));
        assert!(sheet.contains("https://www.onderwijskiezer.be") && !sheet.contains(SECRET));
        let sheet_pdf = samira.get(&format!("{mine}/study-choice.pdf")).await;
        // Its text is read back by poppler in the browser suite.
        let sheet_pdf = String::from_utf8_lossy(&sheet_pdf.bytes);
        assert!(sheet_pdf.starts_with("%PDF") && sheet_pdf.contains("/Lang(fr)"));
        assert_eq!(
            samira
                .get(&format!("/family/conference/{}/{}/study-choice", a.round, a.child_6b))
                .await
                .status,
            404
        );
        // Reading it marks the follow-up step.
        samira.post_form(&format!("{mine}/read"), &[]).await;
        assert!(
            teacher
                .get(&format!("/rounds/{}", a.round))
                .await
                .body
                .contains("verslag gelezen")
        );

        // The teacher prints the class's summaries at once; still nothing confidential.
        let all = teacher
            .get(&format!("/rounds/{}/slots/{}/summaries", a.round, a.class_6a))
            .await
            .body;
        assert!(all.contains("Ze is trots op haar spreekbeurt") && !all.contains(SECRET));
        let all_pdf = teacher
            .get(&format!("/rounds/{}/slots/{}/summaries.pdf", a.round, a.class_6a))
            .await;
        // Each family's summary on a page of its own, in its language (read back by poppler
        // in the browser suite).
        let all_pdf = String::from_utf8_lossy(&all_pdf.bytes);
        assert!(all_pdf.starts_with("%PDF-") && all_pdf.contains("/Lang(fr)"));

        // Or one day's: the day of the conversation has it, the next day none.
        let day = bookings::of_child(&app.store, &a.round, &a.child_6a)
            .await
            .unwrap()
            .unwrap()
            .day;
        let schedule = teacher
            .get(&format!("/rounds/{}/slots/{}/print", a.round, a.class_6a))
            .await
            .body;
        assert!(schedule.contains(&format!("summaries?day={day}")));
        let of_day = |d: jiff::civil::Date| format!("/rounds/{}/slots/{}/summaries?day={d}", a.round, a.class_6a);
        assert!(
            teacher
                .get(&of_day(day))
                .await
                .body
                .contains("Ze is trots op haar spreekbeurt")
        );
        let next = teacher.get(&of_day(day.tomorrow().unwrap())).await.body;
        assert!(next.contains("Er is nog geen verslag om af te drukken.") && !next.contains("spreekbeurt"));

        // Nowhere a child or a guardian reads: the tablet, the portal.
        let tablet = app.signed_in_child(&a.child_6a).await;
        assert!(!tablet.get("/tablet/talk").await.body.contains(SECRET));
        for page in ["/family", mine.as_str()] {
            assert!(!samira.get(page).await.body.contains(SECRET), "{page}");
        }
        // Another family's summary is not Samira's to read.
        assert_eq!(
            samira
                .get(&format!("/family/conference/{}/{}/summary.pdf", a.round, a.child_6b))
                .await
                .status,
            404
        );
    }
);

on_both!(
    the_screen_shows_what_the_child_brings_and_the_panel_the_earlier_agreements,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (talk, talk_url) = app.first_planned_talk(&teacher).await;
        assert_eq!(talk.child_id, a.child_6a);
        // A question from the jar, drawn and answered in the child talk.
        samenspraak_store::question_jar::add_own(
            &app.store,
            &a.id,
            &a.teacher_id,
            &a.class_6a,
            samenspraak_core::question_bank::Category::LookingBack,
            "Waar ben je deze weken het meest trots op?",
        )
        .await
        .unwrap();
        assert_eq!(teacher.post_form(&format!("{talk_url}/draw"), &[]).await.status, 303);
        let drawn = samenspraak_store::question_jar::drawn(&app.store, &talk.id)
            .await
            .unwrap();
        teacher
            .post_form(
                &format!("{talk_url}/questions/{}", drawn[0].entry_id),
                &[("answer", "Mijn brief aan de burgemeester.")],
            )
            .await;
        // A portfolio piece: on the screen only once approved and with the consent for it.
        let piece = samenspraak_store::new_id();
        samenspraak_store::portfolio::add(
            &app.store,
            samenspraak_store::portfolio::NewItem {
                id: &piece,
                school: &a.id,
                child: &a.child_6a,
                kind: samenspraak_store::portfolio::ItemKind::Text,
                title: "Mijn spreekbeurt over vulkanen",
                body: "Met een zelfgemaakte vulkaan.",
                content_type: None,
                size_bytes: None,
                added_by: "child",
            },
        )
        .await
        .unwrap();
        let screen_url = format!("/rounds/{}/conference/{}", a.round, a.child_6a);
        let screen = teacher.get(&screen_url).await.body;
        assert!(screen.contains("Vragen uit de vragenpot"), "{screen}");
        assert!(
            screen.contains("Waar ben je deze weken het meest trots op?")
                && screen.contains("Mijn brief aan de burgemeester.")
        );
        assert!(!screen.contains("vulkanen"), "not approved, no consent: not shown");
        samenspraak_store::portfolio::set_approved(&app.store, &a.child_6a, &piece, Some(&a.teacher_id))
            .await
            .unwrap();
        assert!(
            !teacher.get(&screen_url).await.body.contains("vulkanen"),
            "no consent yet"
        );
        samenspraak_store::consent::give(
            &app.store,
            &a.id,
            &a.child_6a,
            samenspraak_store::consent::Purpose::Portfolio,
            "Samira",
            jiff::civil::date(2026, 9, 1),
            &samenspraak_store::audit::Who::staff(&a.id, &a.teacher_id, ""),
        )
        .await
        .unwrap();
        let screen = teacher.get(&screen_url).await.body;
        assert!(screen.contains("Dit wil ik jullie tonen") && screen.contains("Mijn spreekbeurt over vulkanen"));

        // An agreement of an earlier round comes back on this round's panel.
        let later = app
            .later_round("KOM-gesprekken lente", std::slice::from_ref(&a.class_6a), 30)
            .await
            .id;
        let frame = format!("/rounds/{}/frame/{}", a.round, a.child_6a);
        let r = teacher
            .post_form(
                &format!("{frame}/agreements"),
                &[
                    ("what", "Elke avond tien minuten lezen"),
                    ("who", "child"),
                    ("by", "2027-03-06"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        let panel = teacher
            .get(&format!("/rounds/{later}/conference/{}/panel", a.child_6a))
            .await
            .body;
        assert!(panel.contains("id=\"earlier-heading\""), "{panel}");
        assert!(panel.contains("Elke avond tien minuten lezen"));
    }
);
