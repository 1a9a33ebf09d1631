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
        r.body.contains("Er liep bij ons iets mis. Er is niets verloren."),
        "{}",
        r.body
    );
    assert!(
        !r.body.to_lowercase().contains("sqlx") && !r.body.contains("pool"),
        "no internals shown"
    );
});

// A form's address opened as a page (reloaded, bookmarked, or the language switched on a
// page that showed a form's problems) answers with the site's own page in the reader's
// language, navigation included, not the browser's bare "405".
on_both!(a_form_address_opened_as_a_page_says_so, async |app: &TestApp| {
    let admin = app.signed_in(&app.world.a.admin).await;
    let r = admin.get("/children").await;
    assert_eq!(r.status, 405);
    assert!(r.body.contains("Dit adres hoort bij een formulier"), "{}", r.body);
    assert!(r.body.contains("href=\"/classes\""), "the menu is there: {}", r.body);
    let signed_out = app.client();
    let r = signed_out.get("/logout").await;
    assert_eq!(r.status, 405);
    assert!(r.body.contains("Dit adres hoort bij een formulier"), "{}", r.body);
});
