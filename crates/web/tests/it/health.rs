//! `/healthz` tells a load balancer whether the database answers.

use crate::on_both;
use crate::support::TestApp;

on_both!(healthz_follows_the_database, async |app: &TestApp| {
    let c = app.client();
    let r = c.get("/healthz").await;
    assert_eq!((r.status.as_u16(), r.body.as_str()), (200, "ok\n"));
    let teacher = app.signed_in(&app.world.a.teacher).await;
    app.store.close().await;
    let r = c.get("/healthz").await;
    assert_eq!(r.status, 503);
    // A page asked for while the database is away: a calm page in the reader's language,
    // nothing of the internals.
    let r = teacher.get("/classes").await;
    assert_eq!(r.status, 500);
    assert!(
        r.body.contains("Er liep bij ons iets mis. Er is niets verloren gegaan"),
        "{}",
        r.body
    );
    assert!(
        !r.body.to_lowercase().contains("sqlx") && !r.body.contains("pool"),
        "no internals shown"
    );
});
