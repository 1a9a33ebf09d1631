//! Sessions end on the server: on sign-out, after idling, and at their absolute limit.

use crate::fixtures;
use crate::on_both;
use samenspraak_core::ActorKind;
use samenspraak_store::login_limits::{self, Verdict};
use samenspraak_store::{Store, secret_hash, sessions};

async fn backdate(store: &Store, secret: &str, idle: i64, absolute: i64) {
    sqlx::query("UPDATE user_session SET last_seen_at = last_seen_at - $1, expires_at = expires_at - $2 WHERE token_hash = $3")
        .bind(idle)
        .bind(absolute)
        .bind(secret_hash(secret))
        .execute(store.pool())
        .await
        .unwrap();
}

on_both!(session_lifecycle, async |store: Store| {
    let f = fixtures::school(&store, "De Regenboog").await;
    let limits = ActorKind::Staff.session_limits();
    let school = f.school.id.clone();
    let open = async || {
        sessions::create(&store, ActorKind::Staff, "t1", &school)
            .await
            .unwrap()
    };

    let a = open().await;
    let got = sessions::touch(&store, &a).await.unwrap().unwrap();
    assert_eq!(got.actor_id, "t1");
    assert!(
        sessions::touch(&store, "not-a-session")
            .await
            .unwrap()
            .is_none()
    );
    sessions::delete(&store, &a).await.unwrap();
    assert!(
        sessions::touch(&store, &a).await.unwrap().is_none(),
        "signed out"
    );

    let idle = open().await;
    backdate(&store, &idle, limits.idle_seconds - 30, 0).await;
    assert!(
        sessions::touch(&store, &idle).await.unwrap().is_some(),
        "not idle long enough yet"
    );
    backdate(&store, &idle, limits.idle_seconds, 0).await;
    assert!(
        sessions::touch(&store, &idle).await.unwrap().is_none(),
        "idle too long"
    );

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
    failed_logins_lock_account_then_address,
    async |store: Store| {
        for _ in 0..login_limits::MAX_PER_ACCOUNT {
            assert_eq!(
                login_limits::check(&store, "an@school.be", "10.0.0.1")
                    .await
                    .unwrap(),
                Verdict::Allowed
            );
            login_limits::record_failure(&store, "An@School.be", "10.0.0.1")
                .await
                .unwrap();
        }
        assert!(matches!(
            login_limits::check(&store, "an@school.be", "10.9.9.9")
                .await
                .unwrap(),
            Verdict::Locked { .. }
        ));
        assert_eq!(
            login_limits::check(&store, "bert@school.be", "10.9.9.9")
                .await
                .unwrap(),
            Verdict::Allowed
        );
        for i in 0..login_limits::MAX_PER_ADDRESS {
            login_limits::record_failure(&store, &format!("x{i}@school.be"), "10.0.0.2")
                .await
                .unwrap();
        }
        assert!(matches!(
            login_limits::check(&store, "new@school.be", "10.0.0.2")
                .await
                .unwrap(),
            Verdict::Locked { .. }
        ));
        login_limits::clear_account(&store, "an@school.be")
            .await
            .unwrap();
        assert_eq!(
            login_limits::check(&store, "an@school.be", "10.9.9.9")
                .await
                .unwrap(),
            Verdict::Allowed
        );
    }
);
