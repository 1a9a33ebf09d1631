//! Sessions end on the server: on sign-out, after idling, and at their absolute limit.

use crate::fixtures;
use crate::on_both;
use samenspraak_core::ActorKind;
use samenspraak_store::login_limits::{self, Attempt, Verdict};
use samenspraak_store::{Store, secret_hash, sessions};

async fn backdate(store: &Store, secret: &str, idle: i64, absolute: i64) {
    sqlx::query(
        "UPDATE user_session SET last_seen_at = last_seen_at - $1, expires_at = expires_at - $2 WHERE token_hash = $3",
    )
    .bind(idle)
    .bind(absolute)
    .bind(secret_hash(secret))
    .execute(store.pool())
    .await
    .unwrap();
    store.forget_all();
}

on_both!(session_lifecycle, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let limits = ActorKind::Staff.session_limits();
    let school = f.school.id.clone();
    let open = async || sessions::create(&store, ActorKind::Staff, "t1", &school).await.unwrap();

    let a = open().await;
    let got = sessions::touch(&store, &a).await.unwrap().unwrap();
    assert_eq!(got.actor_id, "t1");
    assert!(sessions::touch(&store, "not-a-session").await.unwrap().is_none());
    sessions::delete(&store, &a).await.unwrap();
    assert!(sessions::touch(&store, &a).await.unwrap().is_none(), "signed out");

    let idle = open().await;
    backdate(&store, &idle, limits.idle_seconds - 30, 0).await;
    assert!(
        sessions::touch(&store, &idle).await.unwrap().is_some(),
        "not idle long enough yet"
    );
    backdate(&store, &idle, limits.idle_seconds, 0).await;
    assert!(sessions::touch(&store, &idle).await.unwrap().is_none(), "idle too long");

    let old = open().await;
    backdate(&store, &old, 0, limits.absolute_seconds).await;
    assert!(
        sessions::touch(&store, &old).await.unwrap().is_none(),
        "past the absolute limit"
    );
});

on_both!(secrets_are_stored_hashed, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let secret = sessions::create(&store, ActorKind::Staff, "t1", &f.school.id)
        .await
        .unwrap();
    use sqlx::Row;
    let stored: Vec<String> = sqlx::query("SELECT token_hash FROM user_session")
        .fetch_all(store.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| r.get("token_hash"))
        .collect();
    assert_eq!(stored, vec![secret_hash(&secret)]);
    assert!(!stored.contains(&secret));
});

on_both!(
    failed_logins_lock_account_and_address_then_address,
    async |store: Store| {
        let an = Attempt::Staff { email: "an@school.be" };
        for _ in 0..login_limits::STAFF_PER_ACCOUNT_AND_ADDRESS {
            assert_eq!(
                login_limits::check(&store, an, "10.0.0.1").await.unwrap(),
                Verdict::Allowed
            );
            login_limits::record_failure(&store, Attempt::Staff { email: "An@School.be" }, "10.0.0.1")
                .await
                .unwrap();
        }
        assert!(matches!(
            login_limits::check(&store, an, "10.0.0.1").await.unwrap(),
            Verdict::Locked { .. }
        ));
        assert_eq!(
            login_limits::check(&store, an, "10.9.9.9").await.unwrap(),
            Verdict::Allowed,
            "the owner elsewhere is not locked out"
        );
        for i in 0..login_limits::STAFF_PER_ADDRESS {
            let email = format!("x{i}@school.be");
            login_limits::record_failure(&store, Attempt::Staff { email: &email }, "10.0.0.2")
                .await
                .unwrap();
        }
        assert!(matches!(
            login_limits::check(&store, Attempt::Staff { email: "new@school.be" }, "10.0.0.2")
                .await
                .unwrap(),
            Verdict::Locked { .. }
        ));
        // Another kind from the same address is counted apart.
        assert_eq!(
            login_limits::check(&store, Attempt::Invitation, "10.0.0.2")
                .await
                .unwrap(),
            Verdict::Allowed
        );
        login_limits::clear_after_success(&store, an, "10.0.0.1").await.unwrap();
        assert_eq!(
            login_limits::check(&store, an, "10.0.0.1").await.unwrap(),
            Verdict::Allowed
        );
    }
);

on_both!(
    an_account_guessed_from_many_addresses_waits_where_it_failed,
    async |store: Store| {
        let an = Attempt::Staff { email: "an@school.be" };
        for i in 0..login_limits::SPREAD_PER_ACCOUNT {
            login_limits::record_failure(&store, an, &format!("10.1.{}.{}", i / 200, i % 200))
                .await
                .unwrap();
        }
        assert!(matches!(
            login_limits::check(&store, an, "10.1.0.3").await.unwrap(),
            Verdict::Locked { .. }
        ));
        assert_eq!(
            login_limits::check(&store, an, "192.0.2.1").await.unwrap(),
            Verdict::Allowed,
            "an address that never failed on the account still may"
        );
    }
);

on_both!(housekeeping_forgets_what_expired, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let fresh = samenspraak_store::imports::save_pending(&store, &f.school.id, &f.teacher.id, "a.csv", "x")
        .await
        .unwrap();
    let stale = samenspraak_store::imports::save_pending(&store, &f.school.id, &f.teacher.id, "b.csv", "x")
        .await
        .unwrap();
    sqlx::query("UPDATE pending_import SET created_at = created_at - $1 WHERE id = $2")
        .bind(samenspraak_store::imports::PENDING_TTL_SECONDS + 1)
        .bind(stale.as_str())
        .execute(store.pool())
        .await
        .unwrap();
    login_limits::record_failure(&store, Attempt::Staff { email: "an@school.be" }, "10.0.0.1")
        .await
        .unwrap();
    sqlx::query("UPDATE login_failure SET at = at - $1")
        .bind(login_limits::LONGEST_WINDOW_SECONDS)
        .execute(store.pool())
        .await
        .unwrap();
    login_limits::record_failure(&store, Attempt::Staff { email: "an@school.be" }, "10.0.0.1")
        .await
        .unwrap();

    assert_eq!(samenspraak_store::imports::purge_stale(&store).await.unwrap(), 1);
    assert!(
        samenspraak_store::imports::get_pending(&store, &f.teacher.id, &fresh)
            .await
            .is_ok()
    );
    assert!(
        samenspraak_store::imports::get_pending(&store, &f.teacher.id, &stale)
            .await
            .is_err()
    );
    assert_eq!(
        login_limits::purge_old(&store).await.unwrap(),
        1,
        "only the failure outside the window"
    );
    let expired = sessions::create(&store, ActorKind::Staff, "t1", &f.school.id)
        .await
        .unwrap();
    backdate(&store, &expired, 0, ActorKind::Staff.session_limits().absolute_seconds).await;
    assert_eq!(sessions::purge_expired(&store).await.unwrap(), 1);
});

/// Sessions are kept in memory for a moment: signing out is seen at once by the instance
/// that did it, and by every other instance on the same database within `MAX_AGE`.
async fn a_sign_out_reaches_every_instance_in_time(store: Store, url: &str) {
    let f = fixtures::school(&store, "De Regenboog").await;
    let other = Store::connect(url).await.unwrap();
    let secret = sessions::create(&store, ActorKind::Guardian, "g1", &f.school.id)
        .await
        .unwrap();
    assert!(sessions::touch(&store, &secret).await.unwrap().is_some());
    assert!(sessions::touch(&other, &secret).await.unwrap().is_some());

    sessions::delete(&store, &secret).await.unwrap();
    assert!(
        sessions::touch(&store, &secret).await.unwrap().is_none(),
        "here at once"
    );
    tokio::time::sleep(samenspraak_store::MAX_AGE).await;
    assert!(
        sessions::touch(&other, &secret).await.unwrap().is_none(),
        "there within MAX_AGE"
    );

    // Ending all of an account's sessions works the same way.
    let again = sessions::create(&store, ActorKind::Guardian, "g1", &f.school.id)
        .await
        .unwrap();
    assert!(sessions::touch(&other, &again).await.unwrap().is_some());
    sessions::delete_for_actor(&other, ActorKind::Guardian, "g1")
        .await
        .unwrap();
    assert!(
        sessions::touch(&other, &again).await.unwrap().is_none(),
        "there at once"
    );
    other.close().await;
}

#[tokio::test]
async fn a_sign_out_reaches_every_instance_in_time_on_sqlite() {
    let db = samenspraak_store::testing::TestDatabase::sqlite().await;
    a_sign_out_reaches_every_instance_in_time(db.store.clone(), &db.url).await;
    db.drop_now().await;
}

#[cfg(pg_tests)]
#[tokio::test]
async fn a_sign_out_reaches_every_instance_in_time_on_postgres() {
    let db = samenspraak_store::testing::TestDatabase::new(samenspraak_store::Backend::Postgres).await;
    a_sign_out_reaches_every_instance_in_time(db.store.clone(), &db.url).await;
    db.drop_now().await;
}

// When booking opens, every family's first request reads its session and its guardian at
// the same moment; those reads are made in groups. Each must still find its own.
on_both!(
    sessions_and_guardians_read_together_each_find_their_own,
    async |store: Store| {
        use samenspraak_core::Language;
        use samenspraak_store::guardians::{self, GuardianFields, HouseholdChoice};
        use samenspraak_store::{children, schools};

        let f = fixtures::school(&store, "De Regenboog").await;
        let other = schools::create(&store, "De Linde").await.unwrap();
        let mut families = Vec::new();
        for i in 0..80 {
            let child = children::create(
                &store,
                &f.school.id,
                children::ChildFields {
                    class: Some(&f.class_6a.id),
                    first_name: &format!("Kind{i}"),
                    last_name: "Peeters",
                    birth_date: None,
                },
            )
            .await
            .unwrap();
            let g = guardians::create(
                &store,
                &f.school.id,
                &child.id,
                GuardianFields {
                    name: &format!("Ouder {i}"),
                    email: None,
                    phone: None,
                    language: Language::Nl,
                    right_to_info: true,
                    interpreter: false,
                },
                HouseholdChoice::New,
            )
            .await
            .unwrap();
            let secret = sessions::create(&store, ActorKind::Guardian, g.id.as_str(), &f.school.id)
                .await
                .unwrap();
            families.push((secret, g.id, child.first_name));
        }
        store.forget_all();

        let mut asks = Vec::new();
        for (i, (secret, guardian, child)) in families.into_iter().enumerate() {
            let store = store.clone();
            let (school, other) = (f.school.id.clone(), other.id.clone());
            asks.push(tokio::spawn(async move {
                // Now and then a cookie nobody has, and a guardian asked for in another school.
                let stranger = sessions::touch(&store, &format!("{secret}-not")).await.unwrap();
                assert!(stranger.is_none(), "an unknown cookie signs nobody in");
                let session = sessions::touch(&store, &secret).await.unwrap().expect("a session");
                assert_eq!(session.actor_id, guardian.as_str());
                let me = guardians::signed_in(&store, &school, &guardian)
                    .await
                    .unwrap()
                    .expect("the guardian");
                assert_eq!(me.guardian.id, guardian);
                assert_eq!(me.guardian.name, format!("Ouder {i}"));
                let children: Vec<&str> = me.children.iter().map(|c| c.first_name.as_str()).collect();
                assert_eq!(children, [child.as_str()]);
                if i % 10 == 0 {
                    let elsewhere = guardians::signed_in(&store, &other, &guardian).await.unwrap();
                    assert!(elsewhere.is_none(), "a guardian of one school is nobody in another");
                }
            }));
        }
        for a in asks {
            a.await.unwrap();
        }
    }
);
