//! Sign-in that a stolen password does not open: the second step with an authenticator
//! app and recovery codes, required by the school, and the sessions a person (or the
//! school admin) can see and end.

use crate::on_both;
use crate::support::{Client, PASSWORD, Resp, TestApp};
use samenspraak_store::audit::{self, Filter};
use samenspraak_web::services::two_factor::code_at;

/// The value of a hidden field on a page.
fn hidden(body: &str, name: &str) -> String {
    let at = body
        .find(&format!("name=\"{name}\" value=\""))
        .expect("the field is there");
    let rest = &body[at + name.len() + 15..];
    rest[..rest.find('"').unwrap()].to_string()
}

/// The recovery codes on the page that shows them once.
fn recovery_codes(body: &str) -> Vec<String> {
    body.split("<li><code>")
        .skip(1)
        .map(|s| s[..s.find('<').unwrap()].to_string())
        .collect()
}

async fn password(c: &Client, email: &str) -> Resp {
    c.post_form(
        "/login",
        &[("email", email), ("password", PASSWORD), ("next", "/classes")],
    )
    .await
}

fn now() -> i64 {
    samenspraak_store::now()
}

on_both!(
    a_teacher_sets_up_the_app_and_then_a_password_alone_does_not_open_the_school,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let page = teacher.get("/account").await;
        assert!(page.body.contains("Aanmelden in twee stappen"), "{}", page.body);
        let enrol = teacher.get("/account/two-factor").await;
        assert_eq!(enrol.status, 200);
        assert!(enrol.body.contains("<svg"), "the QR code is on the page");
        let secret = hidden(&enrol.body, "secret");
        assert_eq!(secret.len(), 32, "160 bits in base32");
        // A wrong code keeps the same secret on the page, with the message next to the field.
        let wrong = teacher
            .post_form("/account/two-factor", &[("secret", &secret), ("login_code", "000000")])
            .await;
        assert_eq!(wrong.status, 422);
        assert!(wrong.text_of("login_code-error").unwrap().contains("past niet"));
        assert_eq!(hidden(&wrong.body, "secret"), secret);
        let on = teacher
            .post_form(
                "/account/two-factor",
                &[("secret", &secret), ("login_code", &code_at(&secret, now()))],
            )
            .await;
        assert_eq!(on.status, 200, "{}", on.body);
        let codes = recovery_codes(&on.body);
        assert_eq!(codes.len(), 10, "{}", on.body);

        // The password alone now opens only the step to the code.
        let thief = app.client();
        let r = password(&thief, &a.teacher).await;
        assert_eq!(r.status, 303);
        assert_eq!(r.location(), Some("/login/code"));
        assert!(thief.cookie("sid").is_none(), "no session yet");
        assert_eq!(thief.get("/classes").await.status, 303, "still signed out");
        for left in (1..5).rev() {
            let r = thief.post_form("/login/code", &[("login_code", "123456")]).await;
            assert_eq!(r.status, 422);
            assert!(r.body.contains(&format!("nog {left} keer")) || left == 1, "{}", r.body);
        }
        let r = thief.post_form("/login/code", &[("login_code", "123456")]).await;
        assert_eq!(r.location(), Some("/login?again=1"), "five wrong codes end the step");
        let r = thief
            .post_form("/login/code", &[("login_code", &code_at(&secret, now() + 30))])
            .await;
        assert_eq!(r.location(), Some("/login?again=1"), "even the right code after that");

        // The teacher: password, then the code from the app.
        let phone = app.client();
        password(&phone, &a.teacher).await;
        let step = phone.get("/login/code").await;
        assert_eq!(step.status, 200);
        let code = code_at(&secret, now() + 30);
        let r = phone.post_form("/login/code", &[("login_code", &code)]).await;
        assert_eq!(r.status, 303, "{}", r.body);
        assert_eq!(r.location(), Some("/classes"), "where they were going");
        assert_eq!(phone.get("/classes").await.status, 200);
        // The same code again (read over a shoulder) does not open a second session.
        let copy = app.client();
        password(&copy, &a.teacher).await;
        let r = copy.post_form("/login/code", &[("login_code", &code)]).await;
        assert_eq!(r.status, 422, "a code counts once");

        // A recovery code works once, however it is typed.
        let laptop = app.client();
        password(&laptop, &a.teacher).await;
        let typed = codes[3].to_uppercase().replace('-', " ");
        let r = laptop.post_form("/login/code", &[("login_code", &typed)]).await;
        assert_eq!(r.status, 303, "{}", r.body);
        let again = app.client();
        password(&again, &a.teacher).await;
        assert_eq!(
            again
                .post_form("/login/code", &[("login_code", &codes[3])])
                .await
                .status,
            422
        );
        assert!(teacher.get("/account").await.body.contains("nog 9 herstelcodes"));

        // The log: set up, signed in with the app and with a recovery code, the wrong codes.
        let log = audit::list(&app.store, &a.id, &Filter::default()).await.unwrap();
        assert!(log.iter().any(|e| e.kind == "two-factor-on"));
        assert!(
            log.iter()
                .any(|e| e.kind == "sign-in" && e.detail.as_deref() == Some("factor=totp"))
        );
        assert!(
            log.iter()
                .any(|e| e.kind == "sign-in" && e.detail.as_deref() == Some("factor=recovery"))
        );
        assert!(
            log.iter()
                .filter(|e| e.kind == "sign-in-failed" && e.detail.as_deref() == Some("factor=code"))
                .count()
                >= 5
        );
        for e in &log {
            assert!(
                !e.detail.clone().unwrap_or_default().contains(&secret),
                "no secret in the log"
            );
        }
    }
);

on_both!(
    when_the_school_requires_it_staff_without_it_set_it_up_at_their_next_sign_in,
    async |app: &TestApp| {
        let a = &app.world.a;
        let admin = app.signed_in(&a.admin).await;
        let teacher = app.signed_in(&a.teacher).await;
        let r = admin
            .post_form("/school/privacy/two-factor", &[("required", "1")])
            .await;
        assert_eq!(r.status, 303);
        let page = admin.get("/school/privacy").await;
        assert!(page.body.contains("Verplicht voor het hele team"));
        // A teacher of the school cannot switch it for the school.
        assert_eq!(teacher.post_form("/school/privacy/two-factor", &[]).await.status, 403);
        let c = app.client();
        let r = password(&c, &a.teacher).await;
        assert_eq!(r.location(), Some("/login/enrol"));
        let enrol = c.get("/login/enrol").await;
        assert!(enrol.body.contains("De school vraagt"), "{}", enrol.body);
        let secret = hidden(&enrol.body, "secret");
        let r = c
            .post_form(
                "/login/enrol",
                &[("secret", &secret), ("login_code", &code_at(&secret, now()))],
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(recovery_codes(&r.body).len(), 10);
        assert!(c.cookie("sid").is_some(), "signed in with the page of codes");
        assert_eq!(c.get("/classes").await.status, 200);
        // Switching it off is refused while the school requires it.
        let off = c
            .post_form(
                "/account/two-factor/off",
                &[("off_code", &code_at(&secret, now() + 30))],
            )
            .await;
        assert_eq!(off.status, 422);
        // The admin resets it for someone who lost their phone: set up again next time.
        let edit = admin.get(&format!("/staff/{}/edit", a.teacher_id)).await;
        assert!(edit.body.contains("Aanmelden in twee stappen staat aan"));
        let r = admin
            .post_form(&format!("/staff/{}/two-factor/off", a.teacher_id), &[])
            .await;
        assert_eq!(r.status, 303);
        let c2 = app.client();
        assert_eq!(password(&c2, &a.teacher).await.location(), Some("/login/enrol"));
        // School B's admin cannot touch school A's accounts.
        let other = app.signed_in(&app.world.b.admin).await;
        assert_eq!(
            other
                .post_form(&format!("/staff/{}/sessions", a.teacher_id), &[])
                .await
                .status,
            404
        );
    }
);

on_both!(
    everyone_sees_their_sessions_and_ends_them_and_a_new_password_ends_the_others,
    async |app: &TestApp| {
        let a = &app.world.a;
        let laptop = app.signed_in(&a.teacher).await;
        let phone = app.client();
        let body = format!(
            "email={}&password={}&next=%2F",
            a.teacher.replace('@', "%40"),
            PASSWORD.replace(' ', "+")
        );
        let r = phone
            .request(
                hyper::Method::POST,
                "/login",
                &[
                    ("content-type", "application/x-www-form-urlencoded"),
                    (
                        "user-agent",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1",
                    ),
                ],
                body.into_bytes(),
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        let page = laptop.get("/account").await;
        assert!(page.body.contains("Safari · iPhone"), "{}", page.body);
        assert!(page.body.contains("dit toestel"));
        let handle = {
            let at = page.body.find("name=\"session\" value=\"").unwrap();
            page.body[at + 22..at + 38].to_string()
        };
        // Another teacher cannot end it, even knowing the handle.
        let care = app.signed_in(&a.care).await;
        assert_eq!(
            care.post_form("/account/sessions/end", &[("session", &handle)])
                .await
                .status,
            404
        );
        assert_eq!(phone.get("/").await.status, 200);
        let r = laptop.post_form("/account/sessions/end", &[("session", &handle)]).await;
        assert_eq!(r.status, 303);
        assert_eq!(phone.get("/classes").await.status, 303, "the phone is signed out");
        assert_eq!(laptop.get("/classes").await.status, 200, "the laptop is not");

        // A new password ends the other sessions, not this one.
        let tablet = app.signed_in(&a.teacher).await;
        let wrong = laptop
            .post_form(
                "/account/password",
                &[("current_password", "geraden"), ("new_password", "kort")],
            )
            .await;
        assert_eq!(wrong.status, 422);
        assert!(wrong.text_of("current_password-error").is_some());
        assert!(wrong.text_of("new_password-error").is_some());
        let r = laptop
            .post_form(
                "/account/password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", "een-nieuw-wachtwoord-42"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        assert_eq!(tablet.get("/classes").await.status, 303);
        assert_eq!(laptop.get("/classes").await.status, 200);
        let fresh = app.client();
        let r = fresh
            .post_form(
                "/login",
                &[
                    ("email", &a.teacher),
                    ("password", "een-nieuw-wachtwoord-42"),
                    ("next", "/"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);

        // The school admin ends every session of a member of staff.
        let admin = app.signed_in(&a.admin).await;
        let r = admin.post_form(&format!("/staff/{}/sessions", a.teacher_id), &[]).await;
        assert_eq!(r.status, 303);
        assert_eq!(laptop.get("/classes").await.status, 303);
        assert_eq!(fresh.get("/classes").await.status, 303);
        let ended = app.log_of(&a.id, audit::Kind::SessionsEnded).await;
        assert_eq!(
            ended.len(),
            3,
            "one, the others at the password change, all by the admin"
        );
        assert!(app.log_of(&a.id, audit::Kind::PasswordChanged).await.len() == 1);
    }
);

on_both!(
    a_known_password_buys_ten_guesses_at_the_code_not_endless_ones_even_all_at_once,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let secret = hidden(&teacher.get("/account/two-factor").await.body, "secret");
        let r = teacher
            .post_form(
                "/account/two-factor",
                &[("secret", &secret), ("login_code", &code_at(&secret, now()))],
            )
            .await;
        assert_eq!(r.status, 200);
        // Two steps of five wrong codes, each opened with the right password, the codes of
        // a step sent all at once.
        let thief = app.client();
        for _ in 0..2 {
            assert_eq!(password(&thief, &a.teacher).await.location(), Some("/login/code"));
            let burst: Vec<_> = (0..8)
                .map(|_| thief.post_form("/login/code", &[("login_code", "000000")]))
                .collect();
            let answers = futures_util::future::join_all(burst).await;
            let told_wrong = answers.iter().filter(|r| r.status == 422).count();
            assert!(told_wrong <= 4, "a step judges five codes at most, however they arrive");
        }
        let tried: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM login_failure WHERE kind = 'second_step'")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
        assert_eq!(tried, 10, "sixteen codes sent, ten judged");
        // A third step: the account's second step is locked for a while, even for the
        // right code.
        password(&thief, &a.teacher).await;
        let r = thief
            .post_form("/login/code", &[("login_code", &code_at(&secret, now() + 30))])
            .await;
        assert_eq!(r.status, 429, "{}", r.body);
        assert!(r.header("retry-after").is_some());
        assert!(thief.cookie("sid").is_none());
        // The account page asks for a code too, with a limit of its own (a stolen session
        // guessing there locks that page, not the owner's sign-in).
        for _ in 0..5 {
            let r = teacher
                .post_form("/account/recovery-codes", &[("codes_code", "000000")])
                .await;
            assert_eq!(r.status, 422);
        }
        let r = teacher
            .post_form(
                "/account/recovery-codes",
                &[("codes_code", &code_at(&secret, now() + 60))],
            )
            .await;
        assert_eq!(r.status, 429, "{}", r.body);
        // The admin resets the second step of someone who was locked out: they start afresh.
        let admin = app.signed_in(&a.admin).await;
        let r = admin
            .post_form(&format!("/staff/{}/two-factor/off", a.teacher_id), &[])
            .await;
        assert_eq!(r.status, 303);
        let failures: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM login_failure WHERE kind = 'second_step'")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
        assert_eq!(failures, 0);
    }
);
