//! `/healthz` says the process answers; `/readyz` whether it can serve: database, media
//! storage, schema.

use crate::on_both;
use crate::support::TestApp;

on_both!(
    readyz_follows_the_database_healthz_the_process,
    async |app: &TestApp| {
        let c = app.client();
        let r = c.get("/healthz").await;
        assert_eq!((r.status.as_u16(), r.body.as_str()), (200, "ok\n"));
        let r = c.get("/readyz").await;
        assert_eq!((r.status.as_u16(), r.body.as_str()), (200, "ready\n"));
        assert!(app.media_files().is_empty(), "the probe leaves no file behind");

        // A newer build migrated the schema's record away from what this one knows: not ready.
        sqlx::query("DELETE FROM schema_migration WHERE name = '0001_people'")
            .execute(app.store.pool())
            .await
            .unwrap();
        let r = c.get("/readyz").await;
        assert_eq!(
            (r.status.as_u16(), r.body.as_str()),
            (503, "database schema not current\n")
        );
        sqlx::query("INSERT INTO schema_migration (name, applied_at) VALUES ('0001_people', 0)")
            .execute(app.store.pool())
            .await
            .unwrap();

        // The media folder cannot be written (a share that went away): not ready.
        let media = app.data_dir.join("media");
        std::fs::create_dir_all(&app.data_dir).unwrap();
        let _ = std::fs::remove_dir_all(&media);
        std::fs::write(&media, b"a file where the folder should be").unwrap();
        let r = c.get("/readyz").await;
        assert_eq!(
            (r.status.as_u16(), r.body.as_str()),
            (503, "media storage unavailable\n")
        );
        std::fs::remove_file(&media).unwrap();
        assert_eq!(c.get("/readyz").await.status, 200);

        let teacher = app.signed_in(&app.world.a.teacher).await;
        app.store.close().await;
        let r = c.get("/readyz").await;
        assert_eq!((r.status.as_u16(), r.body.as_str()), (503, "database unavailable\n"));
        assert_eq!(c.get("/healthz").await.status, 200, "alive all the same");
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
    }
);

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
