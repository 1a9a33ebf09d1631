//! Guardians: invitation letters with a link and a code, a landing page that a mail filter
//! can open without harm, the portal with their own children only, in their language.

use crate::on_both;
use crate::support::{Client, TestApp};

/// Prints the letters of 6A (for one guardian, or all) and returns (link path, code) of the
/// first letter.
async fn print_letters(app: &TestApp, teacher: &Client, only: Option<&str>) -> (String, String, String) {
    let a = &app.world.a;
    let fields: Vec<(&str, &str)> = only.map(|g| vec![("guardian", g)]).unwrap_or_default();
    let r = teacher
        .post_form(
            &format!("/rounds/{}/invitations/{}/letters", a.round, a.class_6a),
            &fields,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let link = r
        .body
        .split(&format!("href=\"{}/i/", app.base))
        .nth(1)
        .expect("the letter links to the invitation")
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let code = r
        .body
        .split("<p class=\"letter-code\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string();
    (format!("/i/{link}"), code, r.body)
}

on_both!(
    a_guardian_comes_in_through_the_letter_and_sees_only_their_child,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let overview = format!("/rounds/{}/invitations/{}", a.round, a.class_6a);
        let page = teacher.get(&overview).await.body;
        assert!(page.contains("Samira Aalders") && page.contains("Nog niet uitgenodigd"));

        let (link, code, letters) = print_letters(app, &teacher, None).await;
        let (token, lang) = link.split_once('?').expect("the link says her language");
        assert_eq!(token.len(), "/i/".len() + 64, "256 random bits");
        assert_eq!(lang, "lang=fr");
        assert!(letters.contains("lang=\"fr\""), "Samira reads French: {letters}");
        assert!(letters.contains("Bonjour Samira Aalders,"));
        assert!(letters.contains("<svg"), "a QR code");
        assert!(letters.contains(&format!("{}/code", app.base)));
        assert_eq!(code.len(), 12, "ten letters in groups: {code}");

        // A mail filter opens the link: nothing happens, nothing is told.
        let scanner = app.client();
        let r = scanner.get(&link).await;
        assert_eq!(r.status, 200);
        assert!(r.header("set-cookie").is_none(), "no session from a GET");
        assert_eq!(r.header("referrer-policy"), Some("no-referrer"));
        assert_eq!(r.header("cache-control"), Some("no-store"));
        assert!(
            !r.body.contains("Amira") && !r.body.contains("Aalders"),
            "no personal data"
        );
        assert!(
            teacher.get(&overview).await.body.contains("Brief gemaakt op"),
            "not opened by the scanner"
        );

        // The guardian taps the button.
        let parent = app.client();
        let r = parent.post_form(&link, &[]).await;
        assert_eq!(r.location(), Some("/family"));
        assert!(parent.cookie("sid").is_some());
        let portal = parent.get("/family").await;
        assert_eq!(portal.status, 200);
        assert!(portal.body.contains("lang=\"fr\""), "in the guardian's language");
        assert!(portal.body.contains("Bonjour Samira Aalders"));
        assert!(portal.body.contains("Amira Aalders"));
        assert!(!portal.body.contains("Lotte"), "not a child of another family");
        assert!(!portal.body.contains("Bogaerts"), "nothing of another school");
        assert!(teacher.get(&overview).await.body.contains("Geopend op"));

        // A guardian is no member of staff: at the site's address, their own portal.
        assert_eq!(parent.get("/").await.location(), Some("/family"));
        assert_eq!(parent.get(&format!("/children/{}", a.child_6a)).await.status, 403);
        assert_eq!(parent.get(&format!("/rounds/{}", a.round)).await.status, 403);

        // They switch to English, and it sticks.
        parent
            .post_form("/language", &[("lang", "en"), ("back", "/family")])
            .await;
        assert!(parent.get("/family").await.body.contains("Hello Samira Aalders"));

        // The typed code works too; a wrong one is said at the field, typing kept.
        let other_device = app.client();
        let r = other_device
            .post_form("/code", &[("invitation_code", "ABCD EFGH JK")])
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("We kennen die code niet"));
        assert!(r.body.contains("value=\"ABCD EFGH JK\""));
        let r = other_device
            .post_form("/code", &[("invitation_code", &code.to_lowercase())])
            .await;
        assert_eq!(r.location(), Some("/family"));

        // New letters: the old link and code stop working, with the same answer as any
        // unknown token.
        let (new_link, _, _) = print_letters(app, &teacher, Some(a.guardian_6a.as_str())).await;
        assert_ne!(new_link, link);
        let r = app.client().post_form(&link, &[]).await;
        assert_eq!(r.status, 404);
        assert!(r.body.contains("Ce lien ou ce code ne marche pas, ou plus."));
        let unknown = app
            .client()
            .post_form(&format!("/i/{}?lang=fr", "ab".repeat(32)), &[])
            .await;
        assert_eq!(
            (unknown.status, unknown.body.len()),
            (r.status, r.body.len()),
            "no oracle"
        );
        let r = app.client().post_form("/code", &[("invitation_code", &code)]).await;
        assert_eq!(r.status, 422);

        // Revoked: the link stops and the guardian's sessions end.
        let r = teacher
            .post_form(&format!("{overview}/{}/revoke", a.guardian_6a), &[])
            .await;
        assert_eq!(r.status, 303);
        assert_eq!(parent.get("/family").await.location(), Some("/code"));
        assert_eq!(app.client().post_form(&new_link, &[]).await.status, 404);
    }
);

on_both!(invitations_expire_and_guessing_is_slowed_down, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let (link, _, _) = print_letters(app, &teacher, None).await;
    // Five wrong tries from one address, and even the right link waits.
    let guesser = app.client();
    for i in 0..5 {
        let r = guesser.post_form(&format!("/i/{:064x}", i + 1), &[]).await;
        assert_eq!(r.status, 404);
    }
    let r = guesser.post_form(&link, &[]).await;
    assert_eq!(r.status, 429);
    assert!(r.header("retry-after").is_some());
    // In the language the link says.
    assert!(r.body.contains("Trop d&#39;essais en peu de temps"), "{}", r.body);
    assert!(guesser.cookie("sid").is_none());

    sqlx::query("UPDATE invitation SET valid_until = '2000-01-01'")
        .execute(app.store.pool())
        .await
        .unwrap();
    sqlx::query("DELETE FROM login_failure")
        .execute(app.store.pool())
        .await
        .unwrap();
    let r = app.client().post_form(&link, &[]).await;
    assert_eq!(r.status, 404, "expired");

    // Without a right to information, no letter.
    sqlx::query("UPDATE guardian SET right_to_info = 0")
        .execute(app.store.pool())
        .await
        .unwrap();
    app.store.forget_all();
    let r = teacher
        .post_form(&format!("/rounds/{}/invitations/{}/letters", a.round, a.class_6a), &[])
        .await;
    assert!(!r.body.contains("class=\"letter"), "{}", r.body);

    // Only the class's teachers and the admin invite.
    let care = app.signed_in(&a.care).await;
    assert_eq!(
        care.get(&format!("/rounds/{}/invitations/{}", a.round, a.class_6a))
            .await
            .status,
        403
    );
    let other = app.signed_in(&app.world.b.teacher).await;
    assert_eq!(
        other
            .post_form(&format!("/rounds/{}/invitations/{}/letters", a.round, a.class_6a), &[])
            .await
            .status,
        404
    );
});

on_both!(the_code_page_speaks_the_browser_s_language, async |app: &TestApp| {
    let guest = app.client();
    *guest.accept_language.lock().unwrap() = Some("fr-BE,fr;q=0.9".into());
    let page = guest.get("/code").await.body;
    assert!(page.contains("Le code de la lettre"));
    assert!(page.contains("lang=\"fr\""));
    // Staff pages are not in French: the same browser reads the sign-in page in Dutch.
    assert!(guest.get("/login").await.body.contains("lang=\"nl\""));
});

on_both!(a_right_taken_away_is_gone_on_the_next_request, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let (link, _, _) = print_letters(app, &teacher, None).await;
    let samira = app.client();
    assert_eq!(samira.post_form(&link, &[]).await.location(), Some("/family"));
    let pages = [
        format!("/family/book/{}/{}", a.round, a.child_6a),
        format!("/family/conference/{}/{}", a.round, a.child_6a),
        format!("/family/conference/{}/{}/summary.pdf", a.round, a.child_6a),
    ];
    for page in &pages {
        assert_eq!(samira.get(page).await.status, 200, "{page} before");
    }

    // The school records that Samira has no right to information any more.
    let admin = app.signed_in(&a.admin).await;
    let g = samenspraak_store::guardians::get(&app.store, &a.id, &a.guardian_6a)
        .await
        .unwrap();
    let r = admin
        .post_form(
            &format!("/guardians/{}", a.guardian_6a),
            &[
                ("name", &g.name),
                ("language", g.language.code()),
                ("household", g.household_id.as_str()),
                ("active", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);

    // Her very next requests: not her child's pages any more, and not on the portal.
    for page in &pages {
        let r = samira.get(page).await;
        assert!(
            [303, 403, 404].contains(&r.status.as_u16()),
            "{page} after: {}",
            r.status
        );
        assert!(!r.body.contains("Amira"), "{page}");
    }
    assert!(!samira.get("/family").await.body.contains("Amira"));
    // Her letter no longer lets anyone in.
    let again = app.client();
    let r = again.post_form(&link, &[]).await;
    assert_ne!(r.location(), Some("/family"));
    assert!(!again.get("/family").await.body.contains("Amira"));
});

on_both!(
    a_teacher_moved_to_another_class_loses_the_old_one_at_once,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let child_page = format!("/children/{}", a.child_6a);
        assert_eq!(teacher.get(&child_page).await.status, 200);
        samenspraak_store::staff::set_assignments(
            &app.store,
            &a.id,
            &a.teacher_id,
            &[(a.class_6b.clone(), samenspraak_store::staff::AssignmentKind::Titular)],
            &samenspraak_store::audit::Who::system(&a.id),
        )
        .await
        .unwrap();
        let r = teacher.get(&child_page).await;
        assert!(
            [403, 404].contains(&r.status.as_u16()),
            "the next request already: {}",
            r.status
        );
        assert!(!r.body.contains("Amira"));
        // A child who leaves the school is signed out of the tablet on theirs.
        let kid = app.signed_in_child(&a.child_6a).await;
        assert_eq!(kid.get("/tablet/talk").await.status, 200);
        sqlx::query("UPDATE child SET active = 0 WHERE id = $1")
            .bind(a.child_6a.as_str())
            .execute(app.store.pool())
            .await
            .unwrap();
        assert_eq!(kid.get("/tablet/talk").await.location(), Some("/tablet"));
    }
);

// A parent's pages offer to read their text aloud, with the device's own voice: the button
// is in the page, hidden until the script finds a voice for the page's language, and works
// without any network. Staff pages don't have it.
on_both!(a_parent_s_page_can_be_read_aloud, async |app: &TestApp| {
    let parent = app.signed_in_guardian().await;
    let portal = parent.get("/family").await.body;
    assert!(
        portal.contains("class=\"button read-aloud\" hidden data-stop=\"Arrêter la lecture\""),
        "{portal}"
    );
    assert!(portal.contains("<span>Lire à voix haute</span>"));
    // The drawn icons beside the main actions are the page's own, not fetched.
    assert!(portal.contains("class=\"action-icon\""));
    let teacher = app.signed_in(&app.world.a.teacher).await;
    assert!(!teacher.get("/").await.body.contains("read-aloud"));
    let script = app.client().get(&samenspraak_web::assets::url("app.js")).await.body;
    assert!(script.contains("speechSynthesis") && script.contains("voiceschanged"));
});
