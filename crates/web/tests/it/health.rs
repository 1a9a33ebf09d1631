//! `/healthz` tells a load balancer whether the database answers.

use crate::on_both;
use crate::support::TestApp;

on_both!(healthz_follows_the_database, async |app: &TestApp| {
    let c = app.client();
    let r = c.get("/healthz").await;
    assert_eq!((r.status.as_u16(), r.body.as_str()), (200, "ok\n"));
    app.store.close().await;
    let r = c.get("/healthz").await;
    assert_eq!(r.status, 503);
});
