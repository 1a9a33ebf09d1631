//! The attacks the limits are there for, run for real: one address trying every child of
//! a class, many addresses trying one child, someone trying to keep a teacher locked out,
//! and a school whose tablets, laptops and parents share one public address.

use crate::support::{Client, PASSWORD, TestApp};
use samenspraak_core::ids::ChildId;
use samenspraak_core::tablet::{PICTURE_CODE_LEN, PictureCode};
use samenspraak_store::login_limits::{PICTURES_PER_CHILD, PICTURES_PER_CLASS, STAFF_PER_ACCOUNT_AND_ADDRESS};
use samenspraak_store::{children, tablet};

/// The app behind a reverse proxy, so each client can come from an address of its own.
macro_rules! behind_proxy {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let app = TestApp::spawn_with(samenspraak_store::Backend::Sqlite, |c| c.trust_forwarded = true).await;
                ($body)(&app).await;
                app.stop().await;
            }

            #[cfg(pg_tests)]
            #[tokio::test]
            async fn postgres() {
                let app = TestApp::spawn_with(samenspraak_store::Backend::Postgres, |c| c.trust_forwarded = true).await;
                ($body)(&app).await;
                app.stop().await;
            }
        }
    };
}

fn from(app: &TestApp, address: &str) -> Client {
    let c = app.client();
    *c.forwarded_for.lock().unwrap() = Some(address.to_string());
    c
}

async fn code_of(app: &TestApp, child: &ChildId) -> PictureCode {
    tablet::picture_codes(&app.store, &app.world.a.class_6a)
        .await
        .unwrap()
        .into_iter()
        .find(|(id, _)| id == child)
        .map(|(_, c)| c)
        .unwrap()
}

fn other_than(code: PictureCode, n: u8) -> PictureCode {
    let mut other = code;
    other.0[PICTURE_CODE_LEN - 1] = (code.0[PICTURE_CODE_LEN - 1] + 1 + n % 8) % 9;
    other
}

async fn tap(c: &Client, class_code: &str, child: &ChildId, code: PictureCode) -> crate::support::Resp {
    let fields: Vec<(String, String)> = code
        .0
        .iter()
        .enumerate()
        .map(|(i, n)| (format!("p{}", i + 1), n.to_string()))
        .collect();
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    c.post_form(&format!("/tablet/{class_code}/{child}"), &fields).await
}

async fn more_children(app: &TestApp, n: usize) -> Vec<ChildId> {
    let a = &app.world.a;
    let mut ids = vec![a.child_6a.clone()];
    for i in 0..n {
        let name = format!("Kind{i}");
        let c = children::create(
            &app.store,
            &a.id,
            children::ChildFields {
                class: Some(&a.class_6a),
                first_name: &name,
                last_name: "Aerts",
                birth_date: None,
            },
        )
        .await
        .unwrap();
        ids.push(c.id);
    }
    ids
}

behind_proxy!(
    one_address_trying_every_child_of_a_class_stops_the_class_and_tells_the_teacher,
    async |app: &TestApp| {
        let a = &app.world.a;
        let kids = more_children(app, 12).await;
        let class_code = tablet::class_code(&app.store, &a.class_6a).await.unwrap();
        let attacker = from(app, "10.0.0.66");
        // One wrong try per child, never enough to lock a child.
        for (n, child) in kids.iter().enumerate().take(PICTURES_PER_CLASS as usize) {
            let code = code_of(app, child).await;
            let r = tap(&attacker, &class_code, child, other_than(code, n as u8)).await;
            assert_eq!(r.status, 422, "try {n}");
        }
        // The class has had its share: the next child waits, whoever is at the tablet.
        let next = &kids[PICTURES_PER_CLASS as usize];
        let r = tap(&attacker, &class_code, next, code_of(app, next).await).await;
        assert_eq!(r.status, 429, "even the right code waits: {}", r.body);
        assert!(r.header("retry-after").unwrap().parse::<i64>().unwrap() >= 60);
        assert!(
            r.body.contains("In deze klas werden te vaak foute prentjes getikt"),
            "{}",
            r.body
        );

        // The teacher sees it on the class's tablet page, and a new class code starts afresh.
        let teacher = app.signed_in(&a.teacher).await;
        let page = teacher.get(&format!("/classes/{}/tablet", a.class_6a)).await;
        assert!(
            page.body.contains(&format!(
                "De voorbije 24 uur werden in deze klas {PICTURES_PER_CLASS} foute prentjescodes"
            )),
            "{}",
            page.body
        );
        teacher
            .post_form(&format!("/classes/{}/tablet/code", a.class_6a), &[])
            .await;
        let class_code = tablet::class_code(&app.store, &a.class_6a).await.unwrap();
        let r = tap(&from(app, "10.0.0.7"), &class_code, next, code_of(app, next).await).await;
        assert_eq!(r.location(), Some("/tablet/talk"));
        let page = teacher.get(&format!("/classes/{}/tablet", a.class_6a)).await;
        assert!(!page.body.contains("foute prentjescodes"));
    }
);

behind_proxy!(
    many_addresses_trying_one_child_are_stopped_by_the_childs_own_count,
    async |app: &TestApp| {
        let a = &app.world.a;
        let class_code = tablet::class_code(&app.store, &a.class_6a).await.unwrap();
        let mine = code_of(app, &a.child_6a).await;
        for n in 0..PICTURES_PER_CHILD {
            let c = from(app, &format!("10.0.1.{n}"));
            assert_eq!(
                tap(&c, &class_code, &a.child_6a, other_than(mine, n as u8))
                    .await
                    .status,
                422
            );
        }
        let fresh = from(app, "10.0.1.200");
        let r = tap(&fresh, &class_code, &a.child_6a, mine).await;
        assert_eq!(r.status, 429, "a new address does not give new tries");
    }
);

behind_proxy!(class_codes_cannot_be_tried_without_end, async |app: &TestApp| {
    let guesser = from(app, "10.0.2.1");
    let mut last = 0;
    for n in 0..12 {
        let typed = format!("ZZZ{n:03}");
        last = guesser.post_form("/tablet", &[("code", &typed)]).await.status.as_u16();
        if last == 429 {
            break;
        }
    }
    assert_eq!(last, 429, "typing codes is limited");
    let r = guesser.get("/tablet/ZZZZZZ").await;
    assert_eq!(r.status, 429, "so is putting them in the address");
    assert!(r.header("retry-after").is_some(), "and it says when to come back");
    // A child on another tablet types the right one.
    let code = tablet::class_code(&app.store, &app.world.a.class_6a).await.unwrap();
    let r = from(app, "10.0.2.2").post_form("/tablet", &[("code", &code)]).await;
    assert_eq!(r.location(), Some(format!("/tablet/{code}").as_str()));
});

behind_proxy!(
    someone_who_knows_a_teachers_address_cannot_lock_her_out,
    async |app: &TestApp| {
        let teacher_email = app.world.a.teacher.clone();
        let attacker = from(app, "10.0.3.66");
        for _ in 0..STAFF_PER_ACCOUNT_AND_ADDRESS {
            let r = attacker
                .post_form("/login", &[("email", &teacher_email), ("password", "raden")])
                .await;
            assert_eq!(r.status, 422);
        }
        let r = attacker
            .post_form("/login", &[("email", &teacher_email), ("password", "nog eens")])
            .await;
        assert_eq!(r.status, 429, "the attacker's address waits");
        // The teacher, at school, signs in as always.
        let at_school = from(app, "10.0.3.1");
        let r = at_school
            .post_form(
                "/login",
                &[("email", &teacher_email), ("password", PASSWORD), ("next", "/")],
            )
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        // Her success gave the attacker nothing back.
        let r = attacker
            .post_form("/login", &[("email", &teacher_email), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status, 429);
    }
);

behind_proxy!(
    a_success_from_a_shared_address_does_not_wipe_other_failures,
    async |app: &TestApp| {
        let a = &app.world.a;
        let hall = "10.0.4.1";
        let guesser = from(app, hall);
        for _ in 0..STAFF_PER_ACCOUNT_AND_ADDRESS - 1 {
            guesser
                .post_form("/login", &[("email", &a.admin), ("password", "raden")])
                .await;
        }
        // A teacher signs in from the same address.
        let teacher = from(app, hall);
        let r = teacher
            .post_form(
                "/login",
                &[("email", &a.teacher), ("password", PASSWORD), ("next", "/")],
            )
            .await;
        assert_eq!(r.status, 303);
        guesser
            .post_form("/login", &[("email", &a.admin), ("password", "raden")])
            .await;
        let r = guesser
            .post_form("/login", &[("email", &a.admin), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status, 429, "the admin's count from here was kept");
    }
);

behind_proxy!(
    wrong_pictures_and_letter_codes_never_lock_the_teachers_out,
    async |app: &TestApp| {
        let a = &app.world.a;
        let school = "10.0.5.1";
        let kids = more_children(app, 3).await;
        let class_code = tablet::class_code(&app.store, &a.class_6a).await.unwrap();
        let tablet_client = from(app, school);
        for n in 0..100u8 {
            let child = &kids[usize::from(n) % kids.len()];
            let code = code_of(app, child).await;
            tap(&tablet_client, &class_code, child, other_than(code, n)).await;
        }
        let parent = from(app, school);
        for _ in 0..30 {
            parent.post_form("/code", &[("invitation_code", "ABCD-EFGH-JK")]).await;
        }
        for email in [&a.teacher, &a.admin, &a.care] {
            let r = from(app, school)
                .post_form("/login", &[("email", email), ("password", PASSWORD), ("next", "/")])
                .await;
            assert_eq!(r.status, 303, "{email} signs in from the school's address");
        }
    }
);

behind_proxy!(
    a_script_repeating_booking_forms_or_uploads_is_stopped,
    async |app: &TestApp| {
        let a = &app.world.a;
        let parent = app.signed_in_guardian().await;
        let cancel = format!("/family/book/{}/{}/cancel", a.round, a.child_6a);
        let (max, _) = samenspraak_web::throttle::BOOKING_FORMS;
        for n in 0..max {
            let r = parent.post_form(&cancel, &[]).await;
            assert_ne!(r.status, 429, "form {n} of a family that changes its mind");
        }
        let r = parent.post_form(&cancel, &[]).await;
        assert_eq!(r.status, 429);
        assert!(r.header("retry-after").unwrap().parse::<u64>().unwrap() > 0);
        assert!(
            r.body.contains("trop d&#39;essais en peu de temps"),
            "in her language: {}",
            r.body
        );
        // Reading the page is not limited, and another family is not held back.
        assert_eq!(
            parent
                .get(&format!("/family/book/{}/{}", a.round, a.child_6a))
                .await
                .status,
            200
        );

        let teacher = app.signed_in(&a.teacher).await;
        let (max, _) = samenspraak_web::throttle::UPLOADS;
        let mut last = 0;
        for _ in 0..=max {
            last = teacher
                .post_file("/import", "file", "klas.csv", b"Klas;Voornaam;Naam\n6A;Noor;Aerts\n")
                .await
                .status
                .as_u16();
        }
        assert_eq!(last, 429, "the upload after {max} in ten minutes");
        let other = app.signed_in(&a.admin).await;
        let r = other
            .post_file("/import", "file", "klas.csv", b"Klas;Voornaam;Naam\n6A;Noor;Aerts\n")
            .await;
        assert_eq!(r.status, 303, "the admin's uploads are their own");
    }
);
