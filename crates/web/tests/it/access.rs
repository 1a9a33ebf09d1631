//! The access matrix (DESIGN.md §3): every staff role of two schools, and someone not
//! signed in, asks for every page. What must be denied is denied, no page of school B shows
//! school A's data, and refused changes change nothing.

use crate::on_both;
use crate::support::{Client, TestApp};
use samenspraak_store::{classes, guardians, rounds, staff};

/// A page of school A and who at school A may open it: a = admin, t = teacher of 6A,
/// c = care coordinator.
fn pages(app: &TestApp) -> Vec<(String, &'static str)> {
    let a = &app.world.a;
    vec![
        ("/".into(), "atc"),
        ("/calendar".into(), "atc"),
        ("/classes".into(), "atc"),
        ("/rounds".into(), "atc"),
        (format!("/classes/{}", a.class_6a), "atc"),
        (format!("/classes/{}", a.class_6b), "ac"),
        ("/classes/new".into(), "a"),
        (format!("/classes/{}/edit", a.class_6a), "a"),
        (format!("/children/{}", a.child_6a), "atc"),
        (format!("/children/{}", a.child_6b), "ac"),
        ("/children/new".into(), "a"),
        (format!("/children/{}/edit", a.child_6a), "a"),
        (format!("/children/{}/guardians/new", a.child_6a), "a"),
        (format!("/guardians/{}/edit", a.guardian_6a), "a"),
        ("/rounds/new".into(), "at"),
        (format!("/rounds/{}", a.round), "atc"),
        (format!("/rounds/{}/edit", a.round), "a"),
        (format!("/rounds/{}/days", a.round), "a"),
        (format!("/classes/{}/agreements", a.class_6a), "atc"),
        (format!("/classes/{}/agreements", a.class_6b), "ac"),
        (format!("/rounds/{}/frame/{}", a.round, a.child_6a), "at"),
        (format!("/rounds/{}/frame/{}", a.round, a.child_6b), "a"),
        (format!("/rounds/{}/prepare/{}", a.round, a.child_6a), "at"),
        (format!("/rounds/{}/prepare/{}", a.round, a.child_6b), "a"),
        (format!("/rounds/{}/prepare/{}/print", a.round, a.child_6a), "at"),
        (format!("/rounds/{}/conference/{}", a.round, a.child_6a), "at"),
        (format!("/rounds/{}/conference/{}/panel", a.round, a.child_6b), "a"),
        (format!("/rounds/{}/slots/{}/prepare", a.round, a.class_6a), "at"),
        (format!("/rounds/{}/slots/{}/summaries", a.round, a.class_6b), "a"),
        (format!("/rounds/{}/slots/{}/summaries.pdf", a.round, a.class_6a), "at"),
        ("/import".into(), "at"),
        ("/staff".into(), "a"),
        ("/staff/new".into(), "a"),
        (format!("/staff/{}/edit", a.teacher_id), "a"),
        ("/school".into(), "a"),
        (format!("/classes/{}/moments", a.class_6a), "at"),
        (format!("/classes/{}/moments", a.class_6b), "a"),
        (format!("/rounds/{}/talks/{}", a.round, a.class_6a), "at"),
        (format!("/rounds/{}/talks/{}", a.round, a.class_6b), "a"),
        (format!("/rounds/{}/talks/{}/print", a.round, a.class_6a), "at"),
        (format!("/classes/{}/jar", a.class_6a), "at"),
        (format!("/classes/{}/jar", a.class_6b), "a"),
        (format!("/classes/{}/jar/cards", a.class_6a), "at"),
        (format!("/classes/{}/activities", a.class_6a), "at"),
        (format!("/classes/{}/activities", a.class_6b), "a"),
        (format!("/classes/{}/wall", a.class_6a), "at"),
        (format!("/classes/{}/wall", a.class_6b), "a"),
        (format!("/classes/{}/tablet", a.class_6a), "at"),
        (format!("/classes/{}/tablet", a.class_6b), "a"),
        (format!("/classes/{}/instruments", a.class_6a), "at"),
        (format!("/classes/{}/instruments", a.class_6b), "a"),
        ("/school/instruments".into(), "a"),
        ("/school/study-choice".into(), "a"),
        (format!("/rounds/{}/invitations/{}", a.round, a.class_6a), "at"),
        (format!("/rounds/{}/invitations/{}", a.round, a.class_6b), "a"),
        (format!("/rounds/{}/slots/{}", a.round, a.class_6a), "at"),
        (format!("/rounds/{}/slots/{}", a.round, a.class_6b), "a"),
        (format!("/rounds/{}/slots/{}/print", a.round, a.class_6a), "at"),
    ]
}

/// Pages that name a resource of school A by its id.
fn names_a_resource(path: &str) -> bool {
    // The school pages are each school's own.
    !path.starts_with("/school") && path.split('/').filter(|s| !s.is_empty()).count() >= 2 && !path.ends_with("/new")
        || path.contains("/guardians/new")
}

on_both!(every_role_of_two_schools_on_every_page, async |app: &TestApp| {
    let (a, b) = (&app.world.a, &app.world.b);
    let actors: Vec<(&str, Client)> = vec![
        ("a", app.signed_in(&a.admin).await),
        ("t", app.signed_in(&a.teacher).await),
        ("c", app.signed_in(&a.care).await),
        ("B-admin", app.signed_in(&b.admin).await),
        ("B-teacher", app.signed_in(&b.teacher).await),
        ("B-care", app.signed_in(&b.care).await),
        ("kid", app.signed_in_child(&a.child_6a).await),
        ("parent", app.signed_in_guardian().await),
    ];
    let anonymous = app.client();
    let mut checked = 0;
    for (path, allowed) in pages(app) {
        let r = anonymous.get(&path).await;
        assert_eq!(r.status, 303, "anonymous {path}");
        assert!(
            r.location().unwrap().starts_with("/login?next="),
            "anonymous {path} → {:?}",
            r.location()
        );

        for (who, client) in &actors {
            let r = client.get(&path).await;
            checked += 1;
            if (*who == "kid" || *who == "parent") && path == "/" {
                // At the site's address, each finds their own start page.
                let own = if *who == "kid" { "/tablet/talk" } else { "/family" };
                assert_eq!((r.status.as_u16(), r.location()), (303, Some(own)), "{who} /");
            } else if *who == "kid" || *who == "parent" {
                // A child on the class tablet or a guardian gets no staff page at all.
                assert!(r.status == 403 || r.status == 404, "{who} {path} answered {}", r.status);
            } else if who.len() == 1 {
                if allowed.contains(who) {
                    assert_eq!(r.status, 200, "{who} {path}: {}", r.body);
                } else {
                    assert!(r.status == 403 || r.status == 404, "{who} {path} answered {}", r.status);
                    assert!(!r.body.contains("Lotte"), "{who} {path} shows a child of another class");
                }
            } else {
                // School B: never a page with school A's data.
                assert!(!r.body.contains(a.marker), "{who} {path} leaks school A: {}", r.body);
                if names_a_resource(&path) {
                    assert!(r.status == 403 || r.status == 404, "{who} {path} answered {}", r.status);
                }
            }
        }
    }
    assert_eq!(checked, 58 * 8);
});

on_both!(refused_changes_change_nothing, async |app: &TestApp| {
    let (a, b) = (&app.world.a, &app.world.b);
    let b_admin = app.signed_in(&b.admin).await;
    let teacher = app.signed_in(&a.teacher).await;
    let care = app.signed_in(&a.care).await;

    let r = b_admin
        .post_form(
            &format!("/classes/{}", a.class_6a),
            &[("name", "Gekaapt"), ("grade", "6"), ("active", "on")],
        )
        .await;
    assert_eq!(r.status, 404, "{}", r.body);
    assert_eq!(classes::get(&app.store, &a.id, &a.class_6a).await.unwrap().name, "6A");

    let r = b_admin
        .post_form(
            &format!("/children/{}/guardians", a.child_6a),
            &[("name", "Indringer"), ("language", "nl"), ("household", "new")],
        )
        .await;
    assert_eq!(r.status, 404);
    let r = b_admin
        .post_form(
            &format!("/guardians/{}", a.guardian_6a),
            &[("name", "Indringer"), ("language", "nl"), ("household", "new")],
        )
        .await;
    assert_eq!(r.status, 404);
    let names: Vec<String> = guardians::of_child(&app.store, &a.child_6a)
        .await
        .unwrap()
        .into_iter()
        .map(|g| g.name)
        .collect();
    assert_eq!(names, vec![format!("Samira {}", a.marker)]);

    let before = staff::list(&app.store, &a.id).await.unwrap().len();
    let r = teacher
        .post_form(
            "/staff",
            &[
                ("name", "Nieuw"),
                ("email", "nieuw@a.example"),
                ("role", "school_admin"),
                ("password", "0123456789ab"),
            ],
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(staff::list(&app.store, &a.id).await.unwrap().len(), before);

    let admin_id = staff::find_for_login(&app.store, &a.admin).await.unwrap().unwrap().0.id;
    let r = teacher
        .post_form(&format!("/staff/{admin_id}/active"), &[("active", "0")])
        .await;
    assert_eq!(r.status, 403);
    assert!(
        staff::actor(&app.store, &admin_id).await.unwrap().is_some(),
        "admin still active"
    );

    for (who, client) in [("teacher", &teacher), ("care", &care)] {
        let r = client
            .post_form(
                &format!("/rounds/{}", a.round),
                &[("name", "Gekaapt"), ("class", a.class_6a.as_str())],
            )
            .await;
        assert_eq!(r.status, 403, "{who}");
    }
    let r = care.post_form("/classes", &[("name", "7Z"), ("grade", "6")]).await;
    assert_eq!(r.status, 403);
    assert!(
        rounds::get(&app.store, &a.id, &a.round)
            .await
            .unwrap()
            .plan
            .name
            .ends_with(a.marker)
    );
    // A teacher may not slip another class into a round of their own.
    let r = teacher
        .post_form(
            "/rounds",
            &[
                ("name", "Stiekem"),
                ("class", a.class_6b.as_str()),
                ("child_talk_from", "2026-11-16"),
                ("child_talk_until", "2026-12-04"),
                ("booking_opens", "2026-11-30T19:00"),
                ("booking_closes", "2026-12-11T12:00"),
                ("conference_from", "2026-12-14"),
                ("conference_until", "2026-12-17"),
            ],
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(rounds::list(&app.store, &a.id).await.unwrap().len(), 1);
});
