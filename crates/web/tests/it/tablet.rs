//! Children on the class tablet: the class code, their name, their picture code; a session
//! that holds only their own talk, never a teacher's note, and ends when they are done.

use crate::on_both;
use crate::support::{Client, TestApp};
use samenspraak_core::ids::ChildId;
use samenspraak_core::tablet::PictureCode;
use samenspraak_store::{instruments, tablet};

async fn picture_code(app: &TestApp, child: &ChildId) -> PictureCode {
    let class = &app.world.a.class_6a;
    tablet::picture_codes(&app.store, class)
        .await
        .unwrap()
        .into_iter()
        .find(|(id, _)| id == child)
        .map(|(_, code)| code)
        .expect("every child of the class has a picture code")
}

fn fields(code: PictureCode) -> Vec<(String, String)> {
    code.0
        .iter()
        .enumerate()
        .map(|(i, n)| (format!("p{}", i + 1), n.to_string()))
        .collect()
}

/// Some other code than `code`: the first picture moved on by one.
fn wrong(code: PictureCode) -> PictureCode {
    PictureCode([(code.0[0] + 1) % 9, code.0[1], code.0[2], code.0[3]])
}

async fn tap(kid: &Client, path: &str, code: PictureCode) -> crate::support::Resp {
    let f = fields(code);
    let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    kid.post_form(path, &pairs).await
}

on_both!(
    a_child_signs_in_with_class_code_name_and_pictures_and_sees_only_their_talk,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (talk, teacher_url) = app.first_planned_talk(&teacher).await;
        teacher
            .post_form(
                &format!("/classes/{}/jar/bank", a.class_6a),
                &[("q", "lb1"), ("q", "hf1")],
            )
            .await;
        teacher
            .post_form(
                &format!("{teacher_url}/notes"),
                &[
                    ("text", "Thuis loopt het moeilijk sinds de verhuis."),
                    ("visibility", "staff"),
                ],
            )
            .await;

        // The teacher's page for the board: the code, a QR code, every child's pictures.
        let board = teacher.get(&format!("/classes/{}/tablet", a.class_6a)).await;
        assert_eq!(board.status, 200);
        let code = tablet::class_code(&app.store, &a.class_6a).await.unwrap();
        let shown = format!("{} {}", &code[..3], &code[3..]);
        assert!(board.body.contains(&shown), "the code is written as on the board");
        assert!(board.body.contains("<svg"), "a QR code is drawn");
        let mine = picture_code(app, &talk.child_id).await;
        let words = mine
            .keys()
            .map(|k| samenspraak_web::i18n::Tr::new(samenspraak_core::Language::Nl).t(&format!("picture-{k}")));
        assert!(
            board.body.contains(&words.join(", ")),
            "the teacher can read the code aloud"
        );

        let kid = app.client();
        let r = kid.get("/tablet/talk").await;
        assert_eq!(
            r.location(),
            Some("/tablet"),
            "no child signed in: back to the class code"
        );

        let r = kid.post_form("/tablet", &[("code", "ZZZ ZZZ")]).await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("Die klascode kennen we niet"));
        assert!(r.body.contains("value=\"ZZZ ZZZ\""), "what was typed stays");
        let typed = format!("{}-{}", code[..3].to_lowercase(), &code[3..]);
        let r = kid.post_form("/tablet", &[("code", &typed)]).await;
        assert_eq!(r.location(), Some(format!("/tablet/{code}").as_str()));

        let names = kid.get(&format!("/tablet/{code}")).await;
        assert_eq!(names.status, 200);
        let child = samenspraak_store::children::get(&app.store, &a.id, &talk.child_id)
            .await
            .unwrap();
        assert!(names.body.contains(&child.first_name));
        assert!(!names.body.contains(&child.last_name), "last names stay off the board");
        assert!(!names.body.contains("Bogaerts"), "nothing of the other school");
        let pad = format!("/tablet/{code}/{}", talk.child_id);
        assert_eq!(kid.get(&format!("/tablet/{code}/{}", a.child_6b)).await.status, 404);
        assert_eq!(
            kid.get(&format!("/tablet/{code}/{}", app.world.b.child_6a))
                .await
                .status,
            404
        );

        let r = kid.post_form(&pad, &[("p1", "1"), ("p2", "2")]).await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("Kies vier prentjes"));
        let r = tap(&kid, &pad, wrong(mine)).await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("Die prentjes kloppen niet"));
        let r = tap(&kid, &pad, mine).await;
        assert_eq!(r.location(), Some("/tablet/talk"));

        let page = kid.get("/tablet/talk").await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains(&format!("Dag {}!", child.first_name)));
        assert!(
            !page.body.contains("Thuis loopt het moeilijk"),
            "a confidential note never reaches the tablet"
        );
        assert!(!page.body.contains("id=\"notes\""), "no notes on the tablet");
        // One thing per screen: the jar first, with a strip of the screens and "verder".
        assert!(page.body.contains("Stap 1 van ") && page.body.contains("id=\"jar-heading\""));
        assert!(
            !page.body.contains("id=\"thermometer\""),
            "the thermometer has its own screen"
        );
        assert!(
            page.body
                .contains("href=\"/tablet/talk?step=thermometer\" rel=\"next\"")
        );
        for step in samenspraak_core::talk_steps::Step::ALL {
            let screen = kid.get(&format!("/tablet/talk?step={}", step.as_str())).await.body;
            assert!(!screen.contains("Thuis loopt het moeilijk") && !screen.contains("id=\"notes\""));
        }
        let done = kid.get("/tablet/talk?step=done").await.body;
        assert!(done.contains("Klaar! Goed gedaan.") && done.contains("action=\"/tablet/done\""));
        // "Verder" on a screen saves and goes on to the next one.
        let r = kid
            .post_form("/tablet/talk/thermometer?next=smileys", &[("value", "5"), ("why", "")])
            .await;
        assert_eq!(r.location(), Some("/tablet/talk?step=smileys"));

        // The child fills in the thermometer and draws a question; the teacher sees both.
        let r = kid
            .post_form("/tablet/talk/thermometer", &[("value", "6"), ("why", "")])
            .await;
        assert_eq!(r.location(), Some("/tablet/talk?step=thermometer#thermometer"));
        assert!(
            instruments::get(&app.store, &a.round, &talk.child_id, "thermometer")
                .await
                .unwrap()
                .is_some()
        );
        assert_eq!(kid.post_form("/tablet/talk/draw", &[]).await.status, 303);
        let drawn = samenspraak_store::question_jar::drawn(&app.store, &talk.id)
            .await
            .unwrap();
        assert_eq!(drawn.len(), 1);
        assert!(kid.get("/tablet/talk").await.body.contains(&drawn[0].text));
        let seen = teacher.get(&teacher_url).await.body;
        assert!(seen.contains("Op de thermometer: 6 op 10"));
        assert!(seen.contains(&drawn[0].text));

        // A child is no teacher: staff pages and teacher actions are refused.
        assert_eq!(kid.get(&teacher_url).await.status, 403);
        assert_eq!(kid.get("/").await.location(), Some("/tablet/talk"), "their own talk");
        assert_eq!(
            kid.post_form(&format!("{teacher_url}/notes"), &[("text", "x")])
                .await
                .status,
            403
        );

        // Done: the tablet goes back to the names for the next child.
        let r = kid.post_form("/tablet/done", &[]).await;
        assert_eq!(r.location(), Some(format!("/tablet/{code}").as_str()));
        assert_eq!(kid.get("/tablet/talk").await.location(), Some("/tablet"));
    }
);

on_both!(
    wrong_picture_codes_lock_one_child_until_the_teacher_gives_a_new_code,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let code = tablet::class_code(&app.store, &a.class_6a).await.unwrap();
        let child = a.child_6a.clone();
        let mine = picture_code(app, &child).await;
        let pad = format!("/tablet/{code}/{child}");
        let kid = app.client();
        for _ in 0..5 {
            assert_eq!(tap(&kid, &pad, wrong(mine)).await.status, 422);
        }
        let r = tap(&kid, &pad, mine).await;
        assert_eq!(r.status, 429, "locked: even the right code waits");
        assert!(r.header("retry-after").is_some_and(|s| s.parse::<i64>().unwrap() > 60));
        assert!(r.body.contains("Te vaak geprobeerd"), "{}", r.body);

        // Another child on the same tablet is not locked out with them.
        let other = samenspraak_store::children::create(
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
        let theirs = picture_code(app, &other.id).await;
        let r = tap(&app.client(), &format!("/tablet/{code}/{}", other.id), theirs).await;
        assert_eq!(r.location(), Some("/tablet/talk"));

        // A new code from the teacher lets the child in at once; the old code is gone.
        let r = teacher
            .post_form(&format!("/classes/{}/tablet/{child}/reset", a.class_6a), &[])
            .await;
        assert_eq!(r.status, 303);
        let new = picture_code(app, &child).await;
        if new != mine {
            assert_eq!(tap(&app.client(), &pad, mine).await.status, 422);
        }
        let r = tap(&kid, &pad, new).await;
        assert_eq!(r.location(), Some("/tablet/talk"));
        // Not planned yet: the child is told so, kindly.
        let page = kid.get("/tablet/talk").await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("nog niet in de planning"));

        // A new class code: the old one opens nothing any more.
        teacher
            .post_form(&format!("/classes/{}/tablet/code", a.class_6a), &[])
            .await;
        assert_eq!(app.client().get(&format!("/tablet/{code}")).await.status, 404);
    }
);

on_both!(only_the_class_teachers_see_the_codes, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    assert_eq!(
        teacher.get(&format!("/classes/{}/tablet", a.class_6b)).await.status,
        404,
        "not their class"
    );
    let other_school = app.signed_in(&app.world.b.teacher).await;
    assert_eq!(
        other_school
            .get(&format!("/classes/{}/tablet", a.class_6a))
            .await
            .status,
        404
    );
    let care = app.signed_in(&a.care).await;
    assert_eq!(care.get(&format!("/classes/{}/tablet", a.class_6a)).await.status, 403);
    assert_eq!(
        care.post_form(&format!("/classes/{}/tablet/code", a.class_6a), &[])
            .await
            .status,
        403
    );
});

on_both!(
    a_child_session_ends_after_fifteen_quiet_minutes,
    async |app: &TestApp| {
        let a = &app.world.a;
        let code = tablet::class_code(&app.store, &a.class_6a).await.unwrap();
        let mine = picture_code(app, &a.child_6a).await;
        let kid = app.client();
        let r = tap(&kid, &format!("/tablet/{code}/{}", a.child_6a), mine).await;
        assert_eq!(r.location(), Some("/tablet/talk"));
        assert_eq!(kid.get("/tablet/talk").await.status, 200);
        sqlx::query("UPDATE user_session SET last_seen_at = last_seen_at - 901 WHERE actor_kind = 'child'")
            .execute(app.store.pool())
            .await
            .unwrap();
        app.store.forget_all();
        assert_eq!(kid.get("/tablet/talk").await.location(), Some("/tablet"));
    }
);
