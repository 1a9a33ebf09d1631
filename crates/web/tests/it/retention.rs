//! Retention that runs by itself: the school's periods, the preview of what 1 July will
//! delete, and the run itself with the clock moved forward.

use crate::on_both;
use crate::support::TestApp;
use jiff::civil::Date;
use samenspraak_core::time::local_to_utc;
use samenspraak_store::audit;
use samenspraak_store::retention::{self, round_data_goes_on};
use samenspraak_store::{children, outbox, rounds};

/// The moment a day starts, as the housekeeping would see it then.
fn at(day: Date) -> i64 {
    local_to_utc(day.at(3, 0, 0, 0))
}

on_both!(
    what_the_school_keeps_no_longer_goes_on_its_day_and_the_preview_said_so,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (_, url) = app.first_planned_talk(&teacher).await;
        let r = teacher
            .post_form(&format!("{url}/notes"), &[("text", "BEWAARMERK-1 las graag voor")])
            .await;
        assert_eq!(r.status, 303);
        let round = rounds::get(&app.store, &a.id, &a.round).await.unwrap();
        // Two school years by default: the 1 July a year after the round's school year ends.
        let goes_on = round_data_goes_on(round.plan.conference_until, 2);
        assert_eq!(goes_on.month(), 7);
        assert_eq!(goes_on.day(), 1);
        assert!(
            goes_on
                > round
                    .plan
                    .conference_until
                    .checked_add(jiff::Span::new().days(365))
                    .unwrap()
        );
        let day_before = goes_on.yesterday().unwrap();

        // A mail sent now, gone 30 days later.
        let mail = outbox::enqueue(
            &app.store,
            outbox::NewMail {
                school: a.id.clone(),
                class: None,
                round: None,
                guardian: None,
                purpose: "test",
                to_address: "ouder@example.org".into(),
                to_name: "Ouder".into(),
                subject: "Uitnodiging".into(),
                text_body: "Tekst".into(),
                html_body: "<p>Tekst</p>".into(),
                calendar: None,
                invitation: None,
            },
        )
        .await
        .unwrap();
        outbox::mark_sent(&app.store, &mail).await.unwrap();

        let preview = |day: Date| {
            let store = app.store.clone();
            let school = a.id.clone();
            async move {
                retention::preview(&store, &school, day, samenspraak_store::now())
                    .await
                    .unwrap()
            }
        };
        let before = preview(day_before).await;
        assert_eq!(before.talk_notes, 0, "not before its day: {before:?}");
        assert_eq!(before.sent_mails, 1, "the sent mail is older than 30 days by then");
        let due = preview(goes_on).await;
        assert!(due.talk_notes >= 1, "{due:?}");

        // The day before, the note stays; on the day it goes, as the preview said.
        samenspraak_web::app::run_retention(&app.store, &app.state.media, at(day_before))
            .await
            .unwrap();
        assert!(teacher.get(&url).await.body.contains("BEWAARMERK-1"));
        let ran = samenspraak_web::app::run_retention(&app.store, &app.state.media, at(goes_on))
            .await
            .unwrap();
        assert_eq!(
            ran.talk_notes, due.talk_notes,
            "the run deletes what the preview counted"
        );
        let page = teacher.get(&url).await;
        assert_eq!(page.status, 200, "the talk itself stays: {}", page.body);
        assert!(!page.body.contains("BEWAARMERK-1"));
        // School B's round had its own period; nothing of school A's run touched it.
        let runs = app.log_of(&a.id, audit::Kind::RetentionRun).await;
        assert_eq!(runs.len(), 2, "one line per run that deleted something: {runs:?}");
        let detail = runs[0].detail.clone().unwrap();
        assert!(detail.contains(&format!("talk-notes={}", due.talk_notes)), "{detail}");
        assert!(!detail.contains("BEWAARMERK"), "counts, never contents");
        assert_eq!(runs[1].detail.as_deref(), Some("sent-mails=1"));
        // The log reads it in words.
        let admin = app.signed_in(&a.admin).await;
        let log = admin.get("/school/privacy?kind=retention-run").await;
        assert!(
            log.body.contains("notities en antwoorden") || log.body.contains("1 notitie of antwoord"),
            "{}",
            log.body
        );
        // Running again deletes nothing more and writes no line.
        let again = samenspraak_web::app::run_retention(&app.store, &app.state.media, at(goes_on))
            .await
            .unwrap();
        assert_eq!(again.total(), 0);
    }
);

on_both!(
    a_child_who_left_is_erased_a_year_later_unless_the_school_says_not_to,
    async |app: &TestApp| {
        let a = &app.world.a;
        let admin = app.signed_in(&a.admin).await;
        let child = children::get(&app.store, &a.id, &a.child_6b).await.unwrap();
        // The school marks the child as gone (the box "active" left empty).
        let r = admin
            .post_form(
                &format!("/children/{}", a.child_6b),
                &[
                    ("first_name", child.first_name.as_str()),
                    ("last_name", child.last_name.as_str()),
                    ("class", a.class_6b.as_str()),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        assert!(!children::get(&app.store, &a.id, &a.child_6b).await.unwrap().active);
        let today = samenspraak_core::time::today(samenspraak_store::now());
        let in_days = |n: i64| today.checked_add(jiff::Span::new().days(n)).unwrap();

        // Not by itself when the school says so.
        let r = admin
            .post_form(
                "/school/privacy/retention",
                &[
                    ("talk_years", "2"),
                    ("family_years", "2"),
                    ("sent_mail_days", "30"),
                    ("audit_years", "2"),
                    ("left_keep", "never"),
                    ("left_years", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        samenspraak_web::app::run_retention(&app.store, &app.state.media, at(in_days(400)))
            .await
            .unwrap();
        assert!(children::get(&app.store, &a.id, &a.child_6b).await.is_ok());

        // One year: half a year later the child is there, after the year it is erased.
        let r = admin
            .post_form(
                "/school/privacy/retention",
                &[
                    ("talk_years", "2"),
                    ("family_years", "2"),
                    ("sent_mail_days", "30"),
                    ("audit_years", "2"),
                    ("left_keep", "years"),
                    ("left_years", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        let page = admin.get("/school/privacy/retention").await;
        assert!(page.body.contains("Dit wordt gewist op"), "{}", page.body);
        samenspraak_web::app::run_retention(&app.store, &app.state.media, at(in_days(180)))
            .await
            .unwrap();
        assert!(children::get(&app.store, &a.id, &a.child_6b).await.is_ok());
        let ran = samenspraak_web::app::run_retention(&app.store, &app.state.media, at(in_days(370)))
            .await
            .unwrap();
        assert_eq!(ran.children_left, 1);
        assert!(children::get(&app.store, &a.id, &a.child_6b).await.is_err(), "erased");
        assert!(
            children::get(&app.store, &a.id, &a.child_6a).await.is_ok(),
            "the class mate stays"
        );
        let erased = app.log_of(&a.id, audit::Kind::ChildErased).await;
        assert_eq!(erased.len(), 1);
        assert_eq!(erased[0].actor_kind, "system");
        assert_eq!(erased[0].child_name, None, "the entry names no one");
    }
);

on_both!(
    the_periods_are_set_within_their_bounds_and_logged,
    async |app: &TestApp| {
        let a = &app.world.a;
        let admin = app.signed_in(&a.admin).await;
        let page = admin.get("/school/privacy/retention").await;
        assert_eq!(page.status, 200);
        for default in ["value=\"2\"", "value=\"30\""] {
            assert!(page.body.contains(default), "{default}");
        }
        assert!(page.body.contains("1 juli"), "the preview's day");
        let r = admin
            .post_form(
                "/school/privacy/retention",
                &[
                    ("talk_years", "0"),
                    ("family_years", "3"),
                    ("sent_mail_days", "drie"),
                    ("audit_years", "2"),
                    ("left_keep", "years"),
                    ("left_years", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("id=\"talk_years-error\""), "{}", r.body);
        assert!(r.body.contains("id=\"sent_mail_days-error\""));
        assert!(r.body.contains("value=\"drie\""), "what was typed stays");
        assert_eq!(
            retention::periods(&app.store, &a.id).await.unwrap(),
            retention::Periods::default(),
            "nothing half-saved"
        );
        let r = admin
            .post_form(
                "/school/privacy/retention",
                &[
                    ("talk_years", "1"),
                    ("family_years", "3"),
                    ("sent_mail_days", "60"),
                    ("audit_years", "5"),
                    ("left_keep", "years"),
                    ("left_years", "2"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        let p = retention::periods(&app.store, &a.id).await.unwrap();
        assert_eq!((p.talk_years, p.family_years, p.sent_mail_days), (1, 3, 60));
        assert_eq!((p.audit_days, p.left_days), (5 * 365, Some(2 * 365)));
        let log = admin.get("/school/privacy?kind=settings-changed").await;
        assert!(log.body.contains("bewaartermijnen"));
        // A teacher neither sees nor sets them; school B keeps its own.
        let teacher = app.signed_in(&a.teacher).await;
        assert_eq!(teacher.get("/school/privacy/retention").await.status, 403);
        assert_eq!(
            retention::periods(&app.store, &app.world.b.id).await.unwrap(),
            retention::Periods::default()
        );
    }
);

on_both!(of_two_instances_one_runs_the_retention, async |app: &TestApp| {
    // Not the app's own chore, which its housekeeping claims as it starts.
    const CHORE: &str = "test-chore";
    let now = samenspraak_store::now();
    assert!(
        retention::claim(&app.store, CHORE, "een", now, now + 1800)
            .await
            .unwrap()
    );
    assert!(
        !retention::claim(&app.store, CHORE, "twee", now + 60, now + 1860)
            .await
            .unwrap()
    );
    assert!(
        retention::claim(&app.store, CHORE, "een", now + 900, now + 2700)
            .await
            .unwrap(),
        "renewed"
    );
    // The holder stopped renewing: the other takes over.
    assert!(
        retention::claim(&app.store, CHORE, "twee", now + 2701, now + 4500)
            .await
            .unwrap()
    );
    assert!(
        !retention::claim(&app.store, CHORE, "een", now + 2800, now + 4600)
            .await
            .unwrap()
    );
});
