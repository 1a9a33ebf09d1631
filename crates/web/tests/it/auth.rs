//! Signing in and out: clear messages, server-side sessions, rate limits, cross-site
//! protection, and deactivation that ends a session at once.

use crate::on_both;
use crate::support::{PASSWORD, TestApp};
use hyper::Method;
use samenspraak_store::staff;

on_both!(sign_in_and_out, async |app: &TestApp| {
    let c = app.client();
    let r = c.get("/login").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Welkom bij Samenspraak"));

    let r = c
        .post_form(
            "/login",
            &[
                ("email", &app.world.a.teacher),
                ("password", PASSWORD),
                ("next", "/rounds"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), Some("/rounds"));
    let cookie = r.header("set-cookie").unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let home = c.get("/").await;
    assert!(
        home.body.contains(">Dag teacher<"),
        "greeted by the first word of the name: {}",
        home.body
    );

    let secret = c.cookie("sid").unwrap();
    let r = c.post_form("/logout", &[]).await;
    assert_eq!(r.location(), Some("/login?bye=1"));
    // The old cookie is worthless now: the session ended on the server.
    let replay = app.client();
    replay.set_cookie("sid", &secret);
    assert_eq!(replay.get("/").await.status, 303);
});

on_both!(
    wrong_password_is_told_kindly_and_keeps_the_email,
    async |app: &TestApp| {
        let c = app.client();
        let r = c
            .post_form("/login", &[("email", &app.world.a.teacher), ("password", "fout")])
            .await;
        assert_eq!(r.status, 422);
        assert_eq!(
            r.text_of("password-error").as_deref(),
            Some("Dit e-mailadres of wachtwoord klopt niet. Kijk beide nog eens na.")
        );
        assert!(
            r.body.contains(&format!("value=\"{}\"", app.world.a.teacher)),
            "email kept"
        );
        // An unknown account gets the very same answer.
        let r = c
            .post_form("/login", &[("email", "niemand@a.example"), ("password", "fout")])
            .await;
        assert_eq!(
            r.text_of("password-error").as_deref(),
            Some("Dit e-mailadres of wachtwoord klopt niet. Kijk beide nog eens na.")
        );
        let r = c.post_form("/login", &[("email", ""), ("password", "")]).await;
        assert_eq!(r.text_of("email-error").as_deref(), Some("Vul je e-mailadres in."));
    }
);

on_both!(too_many_failures_lock_the_account, async |app: &TestApp| {
    let c = app.client();
    for _ in 0..5 {
        c.post_form("/login", &[("email", &app.world.a.care), ("password", "raden")])
            .await;
    }
    // Even the right password waits now, from this address.
    let r = c
        .post_form("/login", &[("email", &app.world.a.care), ("password", PASSWORD)])
        .await;
    assert_eq!(r.status, 429);
    assert!(r.header("retry-after").is_some());
    let msg = r.text_of("password-error").unwrap();
    assert!(msg.starts_with("Te veel mislukte pogingen. Wacht 15 minuten"), "{msg}");
    // Another account from the same address is not locked yet.
    let r = c
        .post_form("/login", &[("email", &app.world.a.admin), ("password", PASSWORD)])
        .await;
    assert_eq!(r.status, 303);
});

on_both!(deactivation_ends_the_session_at_once, async |app: &TestApp| {
    let teacher = app.signed_in(&app.world.a.teacher).await;
    assert_eq!(teacher.get("/classes").await.status, 200);
    let admin = app.signed_in(&app.world.a.admin).await;
    let r = admin
        .post_form(&format!("/staff/{}/active", app.world.a.teacher_id), &[("active", "0")])
        .await;
    assert_eq!(r.status, 303);
    let r = teacher.get("/classes").await;
    assert_eq!(r.status, 303, "signed out on the next request");
    let r = teacher
        .post_form("/login", &[("email", &app.world.a.teacher), ("password", PASSWORD)])
        .await;
    assert_eq!(r.status, 422, "and cannot sign in again");
    assert!(
        staff::actor(&app.store, &app.world.a.teacher_id)
            .await
            .unwrap()
            .is_none()
    );
});

on_both!(cross_site_posts_are_refused, async |app: &TestApp| {
    let admin = app.signed_in(&app.world.a.admin).await;
    let body = b"name=7C&grade=6".to_vec();
    let ct = ("content-type", "application/x-www-form-urlencoded");
    let r = admin
        .request(
            Method::POST,
            "/classes",
            &[ct, ("sec-fetch-site", "cross-site")],
            body.clone(),
        )
        .await;
    assert_eq!(r.status, 403);
    assert!(r.body.contains("Geen toegang"), "a real page, not an empty 403");
    let r = admin
        .request(
            Method::POST,
            "/classes",
            &[ct, ("origin", "https://evil.example")],
            body.clone(),
        )
        .await;
    assert_eq!(r.status, 403);
    // The Host header is the sender's to choose: an Origin that matches it but not the
    // public address is another site.
    let r = admin
        .request(
            Method::POST,
            "/classes",
            &[ct, ("origin", "http://attacker.example"), ("host", "attacker.example")],
            body.clone(),
        )
        .await;
    assert_eq!(r.status, 403);
    let r = admin
        .request(
            Method::POST,
            "/classes",
            &[ct, ("sec-fetch-site", "same-origin")],
            body.clone(),
        )
        .await;
    assert_eq!(r.status, 303, "same-origin works");
    // Neither header: a state-changing request says where it comes from, or is refused.
    let r = admin
        .request(Method::POST, "/classes", &[ct, ("sec-fetch-site", "")], body)
        .await;
    assert_eq!(r.status, 403);
});

#[tokio::test]
async fn https_sites_are_remembered_as_https() {
    let app = TestApp::spawn_with(samenspraak_store::Backend::Sqlite, |c| {
        c.base_url = "https://kom.regenboog.example".into();
    })
    .await;
    let r = app.client().get("/login").await;
    assert_eq!(r.header("strict-transport-security"), Some("max-age=31536000"));
    app.stop().await;
    let plain = TestApp::spawn(samenspraak_store::Backend::Sqlite).await;
    assert_eq!(
        plain.client().get("/login").await.header("strict-transport-security"),
        None
    );
    plain.stop().await;
}

on_both!(pages_send_protective_headers, async |app: &TestApp| {
    let r = app.client().get("/login").await;
    assert!(
        r.header("content-security-policy")
            .unwrap()
            .contains("default-src 'self'")
    );
    assert_eq!(r.header("x-frame-options"), Some("DENY"));
    assert_eq!(r.header("cache-control"), Some("no-store"));
    // Assets are embedded and cached for good under a content hash.
    let css = r
        .body
        .split("href=\"/static/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let asset = app.client().get(&format!("/static/{css}")).await;
    assert_eq!(asset.status, 200);
    assert!(asset.header("cache-control").unwrap().contains("immutable"));
    assert!(
        !r.body.contains("http://") && !r.body.contains("https://"),
        "no external resources"
    );
});

on_both!(next_never_leaves_the_site, async |app: &TestApp| {
    let c = app.client();
    let r = c
        .post_form(
            "/login",
            &[
                ("email", &app.world.a.admin),
                ("password", PASSWORD),
                ("next", "//evil.example/x"),
            ],
        )
        .await;
    assert_eq!(r.location(), Some("/"));
    // A tab or a newline is dropped by browsers (`/\t/host` becomes `//host`) and cannot
    // go into a header: such a `next` goes home instead.
    for next in [
        "/\t/evil.example",
        "/\n/evil.example",
        "/\\evil.example",
        "/ok\r\nSet-Cookie: x=1",
    ] {
        let c = app.client();
        let r = c
            .post_form(
                "/login",
                &[("email", &app.world.a.admin), ("password", PASSWORD), ("next", next)],
            )
            .await;
        assert_eq!(r.location(), Some("/"), "{next:?}");
    }
    let r = app.client().get("/login?next=/%09/evil.example").await;
    assert!(r.body.contains("name=\"next\" value=\"/\""), "{}", r.body);
});

on_both!(invisible_characters_never_reach_the_database, async |app: &TestApp| {
    let admin = app.signed_in(&app.world.a.admin).await;
    // A class name with NUL, a bell, and a right-to-left override that would show "6C" as
    // something else on every list, letter and PDF.
    let r = admin
        .post_form("/classes", &[("name", "\u{202E}7\u{0}C\u{7}\u{2066}"), ("grade", "6")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let year = samenspraak_store::schools::current_year(
        &app.store,
        &app.world.a.id,
        samenspraak_core::time::today(samenspraak_store::now()),
    )
    .await
    .unwrap()
    .unwrap();
    let names: Vec<String> = samenspraak_store::classes::list(&app.store, &app.world.a.id, &year.id)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert!(names.contains(&"7C".to_string()), "{names:?}");
});
