//! Invitations by mail, through a real SMTP server on 127.0.0.1: the mail arrives in the
//! guardian's language, its link opens the portal; a mail server that is down at first
//! still gets the mail once it is up; quiet hours hold mail back.

use crate::on_both_backends;
use crate::support::smtp::{SmtpSink, decoded};
use crate::support::{Client, TestApp};
use samenspraak_store::{Backend, outbox};
use std::time::Duration;

/// Gives the 6A guardian an address and lets mail go at any hour.
async fn prepare(app: &TestApp) {
    sqlx::query("UPDATE guardian SET email = 'samira@example.be'")
        .execute(app.store.pool())
        .await
        .unwrap();
    app.store.forget_all();
    outbox::set_quiet_hours(
        &app.store,
        &app.world.a.id,
        0,
        0,
        &samenspraak_store::audit::Who::system(&app.world.a.id),
    )
    .await
    .unwrap();
}

fn overview(app: &TestApp) -> String {
    let a = &app.world.a;
    format!("/rounds/{}/invitations/{}", a.round, a.class_6a)
}

async fn send_invitations(app: &TestApp, teacher: &Client) {
    let r = teacher.post_form(&format!("{}/emails", overview(app)), &[]).await;
    assert_eq!(r.status, 303, "{}", r.body);
}

/// The invitation link in a received mail.
fn link_in(message: &str) -> String {
    let text = decoded(message);
    let at = text.find("/i/").expect("the mail holds the link");
    assert!(
        text[..at].ends_with(|c: char| c.is_ascii_digit()),
        "a whole address: {text}"
    );
    text[at..at + "/i/".len() + 64].to_string()
}

async fn a_mailed_invitation_leads_to_the_portal(backend: Backend) {
    let sink = SmtpSink::start().await;
    let url = sink.url();
    let app = TestApp::spawn_with(backend, |c| c.mail.smtp_url = Some(url)).await;
    prepare(&app).await;
    let teacher = app.signed_in(&app.world.a.teacher).await;
    assert!(teacher.get(&overview(&app)).await.body.contains("Nog niet gemaild"));
    send_invitations(&app, &teacher).await;

    let messages = sink.wait_for(1).await;
    let mail = decoded(&messages[0]);
    assert!(mail.contains("To: \"Samira Aalders\" <samira@example.be>") || mail.contains("Samira Aalders"));
    assert!(mail.contains("Bonjour Samira Aalders,"), "in French: {mail}");
    assert!(
        mail.contains("text/plain") && mail.contains("text/html"),
        "plain text and HTML"
    );
    let link = link_in(&messages[0]);
    let token = link.trim_start_matches("/i/");
    assert!(!mail.contains("INVITATION-"), "every placeholder filled in");

    // The secret is in the mail only: nowhere in the database, not in the outbox either.
    let stored = samenspraak_store::testing::snapshot(&app.store).await;
    for (table, rows) in &stored {
        assert!(
            !rows.iter().any(|r| r.contains(token)),
            "the live token lies in {table}"
        );
    }
    let queued: String = sqlx::query_scalar("SELECT text_body FROM outbox WHERE purpose = 'invitation'")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert!(queued.contains(samenspraak_core::invitation::TOKEN_PLACEHOLDER));

    let parent = app.client();
    let r = parent.post_form(&link, &[]).await;
    assert_eq!(r.location(), Some("/family"));
    assert!(parent.get("/family").await.body.contains("Amira Aalders"));
    let page = teacher.get(&overview(&app)).await.body;
    assert!(page.contains("Verstuurd op"), "{page}");
    app.stop().await;
}

async fn mail_waits_for_a_server_that_is_down(backend: Backend) {
    // A port nobody listens on yet.
    let port = crate::support::free_port();
    let app = TestApp::spawn_with(backend, |c| {
        c.mail.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        c.mail.retry_base_seconds = 1;
    })
    .await;
    prepare(&app).await;
    let teacher = app.signed_in(&app.world.a.teacher).await;
    send_invitations(&app, &teacher).await;

    // The first try fails and is recorded; the teacher sees the mail still waiting.
    let mut failed_once = false;
    for _ in 0..100 {
        let row = sqlx::query("SELECT attempts FROM outbox")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
        let attempts: i64 = sqlx::Row::get(&row, "attempts");
        if attempts >= 1 {
            failed_once = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(failed_once, "the first try was made and failed");
    assert!(
        teacher
            .get(&overview(&app))
            .await
            .body
            .contains("Wacht op verzending (")
    );

    // The server comes up: the mail goes at the next try, nothing lost.
    let sink = SmtpSink::start_on(port).await;
    let messages = sink.wait_for(1).await;
    assert!(decoded(&messages[0]).contains("/i/"));
    for _ in 0..100 {
        if teacher.get(&overview(&app)).await.body.contains("Verstuurd op") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(teacher.get(&overview(&app)).await.body.contains("Verstuurd op"));
    assert_eq!(sink.received(), 1, "sent once");
    app.stop().await;
}

async fn quiet_hours_hold_mail_back(backend: Backend) {
    let sink = SmtpSink::start().await;
    let url = sink.url();
    let app = TestApp::spawn_with(backend, |c| c.mail.smtp_url = Some(url)).await;
    prepare(&app).await;
    // Quiet from this hour until the next.
    let hour = i64::from(samenspraak_core::time::utc_to_local(samenspraak_store::now()).hour());
    outbox::set_quiet_hours(
        &app.store,
        &app.world.a.id,
        hour,
        (hour + 1) % 24,
        &samenspraak_store::audit::Who::system(&app.world.a.id),
    )
    .await
    .unwrap();
    let teacher = app.signed_in(&app.world.a.teacher).await;
    send_invitations(&app, &teacher).await;
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(sink.received(), 0, "nothing leaves in quiet hours");
    let row = sqlx::query("SELECT status, attempts, next_attempt_at FROM outbox")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    let status: String = sqlx::Row::get(&row, "status");
    let attempts: i64 = sqlx::Row::get(&row, "attempts");
    let next: i64 = sqlx::Row::get(&row, "next_attempt_at");
    assert_eq!(
        (status.as_str(), attempts),
        ("waiting", 0),
        "postponed, not counted as a try"
    );
    assert!(next > samenspraak_store::now(), "due when the quiet hours end");
    app.stop().await;
}

async fn the_school_sets_its_quiet_hours(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.signed_in(&app.world.a.admin).await;
    let r = admin
        .post_form("/school/mail", &[("quiet_from", "25"), ("quiet_until", "")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"quiet_from-error\"") && r.body.contains("id=\"quiet_until-error\""));
    assert!(r.body.contains("value=\"25\""), "typing is kept");
    let r = admin
        .post_form("/school/mail", &[("quiet_from", "21"), ("quiet_until", "6")])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(outbox::quiet_hours(&app.store, &app.world.a.id).await.unwrap(), (21, 6));
    let teacher = app.signed_in(&app.world.a.teacher).await;
    assert_eq!(
        teacher
            .post_form("/school/mail", &[("quiet_from", "0"), ("quiet_until", "0")])
            .await
            .status,
        403
    );
    app.stop().await;
}

async fn reminders_go_to_who_has_not_answered(backend: Backend) {
    let sink = SmtpSink::start().await;
    let url = sink.url();
    let app = TestApp::spawn_with(backend, |c| c.mail.smtp_url = Some(url)).await;
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    // Without an address, the guardian is on the list to call.
    let page = teacher.get(&overview(&app)).await.body;
    assert!(page.contains("Nog te bellen") && page.contains("Samira Aalders"));

    prepare(&app).await;
    let r = teacher.post_form(&format!("{}/remind", overview(&app)), &[]).await;
    assert_eq!(r.status, 303);
    let messages = sink.wait_for(1).await;
    let mail = decoded(&messages[0]);
    assert!(
        mail.contains("Nous n'avons pas encore re"),
        "a reminder in French: {mail}"
    );
    // Its fresh link works.
    let parent = app.client();
    assert_eq!(
        parent.post_form(&link_in(&messages[0]), &[]).await.location(),
        Some("/family")
    );
    parent
        .post_form(
            &format!("/family/questionnaire/{}/{}", a.round, a.child_6a),
            &[("q_tells", "Goed."), ("action", "submit")],
        )
        .await;

    // Answered: no new reminder, and not on any list.
    teacher.post_form(&format!("{}/remind", overview(&app)), &[]).await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(sink.received(), 1, "no reminder for who answered");
    app.stop().await;
}

async fn a_booking_is_confirmed_with_a_calendar_file(backend: Backend) {
    let sink = SmtpSink::start().await;
    let url = sink.url();
    let app = TestApp::spawn_with(backend, |c| c.mail.smtp_url = Some(url)).await;
    prepare(&app).await;
    let a = &app.world.a;
    let day = crate::booking::open_booking(&app).await;
    let slot = crate::booking::slots_of_6a_in(&app, day, (16, 0), (16, 20), 20, "klas 6A")
        .await
        .remove(0);
    let parent = app.signed_in_guardian().await;
    let r = parent
        .post_form(
            &format!("/family/book/{}/{}", a.round, a.child_6a),
            &[("slot", &slot.id), ("key", &"b".repeat(32))],
        )
        .await;
    assert_eq!(r.status, 303);
    let messages = sink.wait_for(1).await;
    let mail = decoded(&messages[0]);
    assert!(mail.contains("kom-gesprek.ics"), "a calendar file attached");
    let ics = crate::support::smtp::attached_calendar(&messages[0]).expect("the calendar part");
    let start = format!("DTSTART;TZID=Europe/Brussels:{}T160000", day.strftime("%Y%m%d"));
    assert!(ics.contains(&start), "{ics}");
    assert!(ics.contains("LOCATION:klas 6A"));

    // The teacher moves it: the family is told, with the new time.
    crate::booking::slots_of_6a_in(&app, day, (17, 0), (17, 20), 20, "klas 6A").await;
    let later = samenspraak_store::bookings::slots(&app.store, &a.round, &a.class_6a)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.child.is_none())
        .unwrap();
    let teacher = app.signed_in(&a.teacher).await;
    teacher
        .post_form(
            &format!("/rounds/{}/slots/{}/{}/book", a.round, a.class_6a, later.id),
            &[("child", a.child_6a.as_str())],
        )
        .await;
    let messages = sink.wait_for(2).await;
    let moved = crate::support::smtp::attached_calendar(&messages[1]).unwrap();
    assert!(moved.contains(&format!(
        "DTSTART;TZID=Europe/Brussels:{}T170000",
        day.strftime("%Y%m%d")
    )));
    app.stop().await;
}

/// An invitation that expired while its mail waited is not sent with a fresh secret: the
/// mail is given up, and the teacher reads why in her own words.
async fn a_mail_whose_invitation_expired_is_given_up(backend: Backend) {
    // The app's own sender has no server; this test runs the sender itself, once.
    let app = TestApp::spawn(backend).await;
    prepare(&app).await;
    let teacher = app.signed_in(&app.world.a.teacher).await;
    send_invitations(&app, &teacher).await;
    sqlx::query("UPDATE invitation SET valid_until = '2000-01-01'")
        .execute(app.store.pool())
        .await
        .unwrap();
    let mail = samenspraak_web::config::MailConfig {
        smtp_url: Some("smtp://127.0.0.1:9".into()),
        ..Default::default()
    };
    assert_eq!(samenspraak_web::services::mailer::work(&app.store, &mail).await, Ok(0));
    let page = teacher.get(&overview(&app)).await.body;
    assert!(
        page.contains("Niet verstuurd: de uitnodiging was intussen vervangen of verlopen."),
        "{page}"
    );
    app.stop().await;
}

/// Two instances on one database work the outbox side by side: every mail arrives, none
/// twice.
async fn two_instances_send_each_mail_once(backend: Backend) {
    let sink = SmtpSink::start().await;
    // The app's own sender has no server; the two senders here are the instances.
    let app = TestApp::spawn(backend).await;
    prepare(&app).await;
    let a = &app.world.a;
    const MAILS: usize = 60;
    for n in 0..MAILS {
        outbox::enqueue(
            &app.store,
            outbox::NewMail {
                school: a.id.clone(),
                round: None,
                guardian: None,
                class: None,
                purpose: "test",
                to_address: format!("parent{n}@example.be"),
                to_name: format!("Parent {n}"),
                subject: format!("Mail {n}"),
                text_body: "Hallo".into(),
                html_body: "<p>Hallo</p>".into(),
                calendar: None,
                invitation: None,
            },
        )
        .await
        .unwrap();
    }
    let mail = samenspraak_web::config::MailConfig {
        smtp_url: Some(sink.url()),
        ..Default::default()
    };
    let sender = |store: samenspraak_store::Store, mail: samenspraak_web::config::MailConfig| {
        tokio::spawn(async move {
            let mut sent = 0;
            loop {
                match samenspraak_web::services::mailer::work(&store, &mail).await {
                    Ok(0) => return sent,
                    Ok(n) => sent += n,
                    Err(e) => panic!("{e}"),
                }
            }
        })
    };
    let first = sender(app.store.clone(), mail.clone());
    let second = sender(app.another_store().await, mail);
    let (first, second) = (first.await.unwrap(), second.await.unwrap());
    assert_eq!(first + second, MAILS, "{first} + {second}");
    let received = sink.wait_for(MAILS).await;
    assert_eq!(received.len(), MAILS);
    for n in 0..MAILS {
        let subject = format!("Subject: Mail {n}\r\n");
        let copies = received.iter().filter(|m| m.contains(&subject)).count();
        assert_eq!(copies, 1, "mail {n} arrived {copies} times");
    }
    app.stop().await;
}

/// A server told to stop finishes the mail it is sending and starts no other: no mail is
/// left half-sent (to go twice after the restart), and every mail marked sent arrived.
async fn a_stopping_server_sends_no_mail_halfway(backend: Backend) {
    let sink = SmtpSink::start().await;
    let url = sink.url();
    let mut app = TestApp::spawn_with(backend, |c| {
        c.mail.smtp_url = Some(url);
        c.mail.poll = Duration::from_millis(50);
    })
    .await;
    prepare(&app).await;
    for i in 0..60 {
        outbox::enqueue(
            &app.store,
            outbox::NewMail {
                school: app.world.a.id.clone(),
                class: None,
                round: None,
                guardian: None,
                purpose: "test",
                to_address: format!("ouder{i}@example.be"),
                to_name: format!("Ouder {i}"),
                subject: "Bericht".into(),
                text_body: "Tekst".into(),
                html_body: "<p>Tekst</p>".into(),
                calendar: None,
                invitation: None,
            },
        )
        .await
        .unwrap();
    }
    sink.wait_for(1).await;
    let left = app.stop_serving().await;
    let count = |status: &'static str| {
        let pool = left.pool().clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox WHERE status = $1")
                .bind(status)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(count("sending").await, 0, "no mail cut off halfway");
    let sent = count("sent").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        sent as usize,
        sink.received(),
        "every mail marked sent arrived, and no more"
    );
    assert_eq!(count("waiting").await, 60 - sent, "the rest waits for the next start");
    left.close().await;
    app.stop().await;
}

on_both_backends!(two_instances_send_each_mail_once);
on_both_backends!(a_stopping_server_sends_no_mail_halfway);
on_both_backends!(a_mail_whose_invitation_expired_is_given_up);
on_both_backends!(a_booking_is_confirmed_with_a_calendar_file);
on_both_backends!(reminders_go_to_who_has_not_answered);
on_both_backends!(the_school_sets_its_quiet_hours);
on_both_backends!(a_mailed_invitation_leads_to_the_portal);
on_both_backends!(mail_waits_for_a_server_that_is_down);
on_both_backends!(quiet_hours_hold_mail_back);
