//! What was sent to the parents, as the school sees it: a confirmation to an address that
//! does not exist is refused by a real SMTP server on 127.0.0.1, given up at once (not tried
//! eight times), and the teacher reads why in plain words; after correcting the address,
//! "Opnieuw versturen" delivers it. A guardian without an address is marked "krijgt een
//! brief". The school admin sees the whole school's failed mails; nobody reaches another
//! school's mail.

use crate::on_both_backends;
use crate::support::TestApp;
use crate::support::smtp::SmtpSink;
use samenspraak_core::ids::{ClassId, GuardianId, RoundId, SchoolId};
use samenspraak_store::{Backend, outbox};
use std::time::Duration;

async fn outbox_status(app: &TestApp) -> (String, i64) {
    let row: (String, i64) = sqlx::query_as("SELECT status, attempts FROM outbox WHERE purpose = 'booking'")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    row
}

/// A mail put in the outbox directly: to `guardian` of the school's round, about the class.
async fn queued(
    app: &TestApp,
    (school, class): (&SchoolId, Option<&ClassId>),
    round: &RoundId,
    guardian: &GuardianId,
    subject: &str,
) -> String {
    outbox::enqueue(
        &app.store,
        outbox::NewMail {
            school: school.clone(),
            class: class.cloned(),
            round: Some(round.clone()),
            guardian: Some(guardian.clone()),
            purpose: "summary",
            to_address: "someone@example.be".into(),
            to_name: "Someone".into(),
            subject: subject.into(),
            text_body: String::new(),
            html_body: String::new(),
            calendar: None,
            invitation: None,
        },
    )
    .await
    .unwrap()
}

async fn a_refused_mail_is_explained_and_sent_again(backend: Backend) {
    let sink = SmtpSink::start().await;
    let url = sink.url();
    let app = TestApp::spawn_with(backend, |c| c.mail.smtp_url = Some(url)).await;
    let a = &app.world.a;
    sqlx::query("UPDATE guardian SET email = 'nobody@example.be' WHERE id = $1")
        .bind(a.guardian_6a.as_str())
        .execute(app.store.pool())
        .await
        .unwrap();
    app.store.forget_all();
    let system = samenspraak_store::audit::Who::system(&a.id);
    outbox::set_quiet_hours(&app.store, &a.id, 0, 0, &system).await.unwrap();
    let teacher = app.signed_in(&a.teacher).await;
    let page = format!("/rounds/{}/outbox/{}", a.round, a.class_6a);
    // Before anything is sent.
    let before = teacher.get(&page).await;
    assert_eq!(before.status, 200);
    assert!(before.body.contains("Samira Aalders") && before.body.contains("Nog niets verstuurd."));

    // The teacher books the conversation; the confirmation goes to an address that does not
    // exist, and the server says so.
    let day = crate::booking::open_booking(&app).await;
    let slot = crate::booking::slots_of_6a_in(&app, day, (16, 0), (16, 20), 20, "klas 6A")
        .await
        .remove(0);
    let r = teacher
        .post_form(
            &format!("/rounds/{}/slots/{}/{}/book", a.round, a.class_6a, slot.id),
            &[("child", a.child_6a.as_str())],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mut status = outbox_status(&app).await;
    for _ in 0..100 {
        if status.0 == "failed" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        status = outbox_status(&app).await;
    }
    assert_eq!(
        status,
        ("failed".to_string(), 0),
        "refused for good at the first answer"
    );
    assert_eq!(sink.received(), 0);
    let body = teacher.get(&page).await.body;
    assert!(body.contains("Bevestiging van het moment"), "{body}");
    assert!(body.contains("Niet verstuurd"));
    assert!(
        body.contains("Dit e-mailadres bestaat niet (meer)."),
        "the reason in plain words"
    );
    assert!(body.contains("550"), "and the server's own words for whoever helps");
    assert!(body.contains("1 mail is niet aangekomen."));
    // The school admin sees it among the school's failed mails.
    let admin = app.signed_in(&a.admin).await;
    let school = admin.get("/school/outbox?failed=1").await.body;
    assert!(school.contains("nobody@example.be") && school.contains("Dit e-mailadres bestaat niet"));

    // The address corrected, the mail goes again, to the new address.
    sqlx::query("UPDATE guardian SET email = 'samira@example.be' WHERE id = $1")
        .bind(a.guardian_6a.as_str())
        .execute(app.store.pool())
        .await
        .unwrap();
    let id: (String,) = sqlx::query_as("SELECT id FROM outbox WHERE purpose = 'booking'")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    let r = teacher.post_form(&format!("{page}/{}/retry", id.0), &[]).await;
    assert_eq!(r.location(), Some(format!("{page}?retried=1").as_str()));
    let delivered = sink.wait_for(1).await;
    assert!(delivered[0].contains("samira@example.be"));
    for _ in 0..100 {
        if outbox_status(&app).await.0 == "sent" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let body = teacher.get(&page).await.body;
    assert!(body.contains("Verstuurd op"), "{body}");
    assert!(!body.contains("Opnieuw versturen"));
    // A sent mail is not sent again by a replayed form, nor said to be.
    let again = teacher.post_form(&format!("{page}/{}/retry", id.0), &[]).await;
    assert_eq!(again.location(), Some(page.as_str()));
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(sink.received(), 1);

    // Another school's mail is out of reach, for its id as for its page.
    let b = &app.world.b;
    let theirs = queued(&app, (&b.id, None), &b.round, &b.guardian_6a, "Other school").await;
    assert_eq!(
        teacher.post_form(&format!("{page}/{theirs}/retry"), &[]).await.status,
        404
    );
    assert_eq!(
        admin
            .post_form(&format!("/school/outbox/{theirs}/retry"), &[])
            .await
            .status,
        404
    );
    assert!(!admin.get("/school/outbox").await.body.contains("Other school"));

    // A mail to the same mother about a child in 6B is 6B's: 6A's teacher neither sees it
    // nor sends it again; the school admin sees it.
    let sibling = queued(
        &app,
        (&a.id, Some(&a.class_6b)),
        &a.round,
        &a.guardian_6a,
        "Verslag over Lotte",
    )
    .await;
    assert!(!teacher.get(&page).await.body.contains("Verslag over Lotte"));
    assert_eq!(
        teacher.post_form(&format!("{page}/{sibling}/retry"), &[]).await.status,
        404
    );
    assert!(admin.get("/school/outbox").await.body.contains("Verslag over Lotte"));
    app.stop().await;
}

/// A guardian without an address is listed as getting a letter.
async fn a_guardian_without_an_address_gets_a_letter(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let body = teacher
        .get(&format!("/rounds/{}/outbox/{}", a.round, a.class_6a))
        .await
        .body;
    assert!(body.contains("krijgt een brief"), "{body}");
    assert!(body.contains("1 ouder heeft geen e-mailadres en krijgt een brief."));
    app.stop().await;
}

on_both_backends!(a_refused_mail_is_explained_and_sent_again);
on_both_backends!(a_guardian_without_an_address_gets_a_letter);
