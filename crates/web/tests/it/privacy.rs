//! The school as data controller: the audit log says who did and saw what about a child;
//! the school admin hands a child's data over as one ZIP and erases a child completely.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_store::audit::{self, Filter};
use sqlx::{Column, Row};
use std::io::Read;

const PASSWORD: &str = crate::support::PASSWORD;

/// Every text value of every table as (table, column, value), read straight from the
/// database: what an erase must leave nothing of.
async fn every_text(app: &TestApp) -> Vec<(String, String, String)> {
    let pool = app.store.pool();
    let tables_sql = match app.store.backend() {
        samenspraak_store::Backend::Sqlite => {
            "SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_migrations'"
        }
        samenspraak_store::Backend::Postgres => {
            "SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = current_schema() \
             AND table_type = 'BASE TABLE'"
        }
    };
    let tables: Vec<String> = sqlx::query(tables_sql)
        .fetch_all(pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>("t"))
        .collect();
    assert!(tables.len() > 40, "every table is read: {tables:?}");
    let mut out = Vec::new();
    for table in tables {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {table}")))
            .fetch_all(pool)
            .await
            .unwrap();
        for row in &rows {
            for (i, column) in row.columns().iter().enumerate() {
                if let Ok(Some(v)) = row.try_get::<Option<String>, _>(i) {
                    out.push((table.clone(), column.name().to_string(), v));
                }
            }
        }
    }
    out
}

/// A small video as a browser records it (the start of a WebM file).
fn webm() -> Vec<u8> {
    let mut video = vec![
        0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81,
    ];
    video.resize(5000, 0x42);
    video
}

on_both!(
    a_child_is_exported_whole_and_then_erased_without_a_trace,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (talk, url) = app.first_planned_talk(&teacher).await;
        assert_eq!(talk.child_id, a.child_6a);
        let child_page = format!("/children/{}", a.child_6a);
        const STAFF_NOTE: &str = "WISMERK-STAF-7731 thuis is het moeilijk";
        const FAMILY_NOTE: &str = "WISMERK-GEZIN-7732 trots op de spreekbeurt";
        teacher
            .post_form(&format!("{url}/notes"), &[("text", STAFF_NOTE)])
            .await;
        teacher
            .post_form(
                &format!("{url}/notes"),
                &[("text", FAMILY_NOTE), ("visibility", "family")],
            )
            .await;
        let today = samenspraak_core::time::today(samenspraak_store::now()).to_string();
        let r = teacher
            .post_form(
                &format!("{child_page}/consent"),
                &[("given_by", "mama"), ("given_on", &today)],
            )
            .await;
        assert_eq!(r.status, 303);
        let video = webm();
        let r = teacher
            .post_file(&format!("{url}/video"), "video", "filmpje.webm", &video)
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        assert_eq!(app.media_files().len(), 1);
        // The teacher watches it and reads the notes: both go to the log.
        assert_eq!(teacher.get(&format!("{url}/video")).await.status, 200);
        assert!(teacher.get(&url).await.body.contains("WISMERK-STAF-7731"));
        // The parent signs in: an invitation, a session.
        let parent = app.signed_in_guardian().await;
        assert_eq!(parent.get("/family").await.status, 200);

        // Only the school admin sees the section, exports or erases.
        assert!(!teacher.get(&child_page).await.body.contains("data-heading"));
        assert_eq!(
            teacher.post_form(&format!("{child_page}/export"), &[]).await.status,
            403
        );
        assert_eq!(
            teacher
                .post_form(&format!("{child_page}/erase"), &[("name", "Amira Aalders")])
                .await
                .status,
            403
        );
        let other_school = app.signed_in(&app.world.b.admin).await;
        assert_eq!(
            other_school
                .post_form(&format!("{child_page}/erase"), &[("name", "Amira Aalders")])
                .await
                .status,
            404
        );

        let admin = app.signed_in(&a.admin).await;
        assert!(admin.get(&child_page).await.body.contains("Alle gegevens downloaden"));
        let r = admin.post_form(&format!("{child_page}/export"), &[]).await;
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), Some("application/zip"));
        assert!(r.header("content-disposition").unwrap().contains("Amira-Aalders.zip"));
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(r.bytes.clone())).expect("a ZIP file");
        let names: Vec<String> = zip.file_names().map(|n| n.unwrap().to_string()).collect();
        assert!(names.contains(&"README.txt".to_string()), "{names:?}");
        let media: Vec<&String> = names.iter().filter(|n| n.starts_with("media/")).collect();
        assert_eq!(media.len(), 1, "the video is in it: {names:?}");
        let mut bytes = Vec::new();
        zip.by_name(media[0]).unwrap().read_to_end(&mut bytes).unwrap();
        assert_eq!(bytes, video, "the video as it was recorded");
        let mut json = String::new();
        zip.by_name("data.json").unwrap().read_to_string(&mut json).unwrap();
        let data: serde_json::Value = serde_json::from_str(&json).unwrap();
        let tables = &data["tables"];
        assert_eq!(tables["child"][0]["first_name"], "Amira");
        assert_eq!(tables["guardian"][0]["name"], "Samira Aalders");
        let notes = tables["talk_note"].as_array().unwrap();
        let visibility = |text: &str| {
            notes
                .iter()
                .find(|n| n["text"] == text)
                .map(|n| n["visibility"].clone())
        };
        assert_eq!(
            visibility(STAFF_NOTE),
            Some("staff".into()),
            "a confidential note says so"
        );
        assert_eq!(visibility(FAMILY_NOTE), Some("family".into()));
        assert!(tables["media_consent"].as_array().is_some_and(|c| c.len() == 1));
        assert!(tables["child_talk"].as_array().is_some_and(|c| !c.is_empty()));
        assert!(
            app.data_dir.join("exports").read_dir().map_or(0, |d| d.count()) == 0,
            "no copy stays behind"
        );

        // Erasing asks for the child's name; a wrong one erases nothing.
        let confirm = admin.get(&format!("{child_page}/erase")).await;
        assert!(confirm.body.contains("Amira Aalders wissen"), "{}", confirm.body);
        assert!(
            confirm.body.contains("Eén ouder die geen ander kind op school heeft"),
            "{}",
            confirm.body
        );
        let r = admin
            .post_form(&format!("{child_page}/erase"), &[("name", "Amira")])
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("id=\"name-error\""));
        assert_eq!(admin.get(&child_page).await.status, 200, "still there");

        let r = admin
            .post_form(&format!("{child_page}/erase"), &[("name", "  amira   aalders ")])
            .await;
        assert_eq!(r.status, 303);
        assert_eq!(r.location(), Some(format!("/classes/{}?erased=1", a.class_6a).as_str()));
        assert!(
            admin
                .get(r.location().unwrap())
                .await
                .body
                .contains("Het kind is gewist")
        );
        assert_eq!(admin.get(&child_page).await.status, 404);
        assert!(app.media_files().is_empty(), "the video file is gone");
        assert_ne!(
            parent.get("/family").await.status,
            200,
            "the parent's session ended with them"
        );

        // A scan of every table: nothing of the child or the guardian who went with it; only
        // the log keeps their ids, which no longer lead to anyone.
        let ids = [a.child_6a.as_str(), a.guardian_6a.as_str()];
        let words = [
            "Amira Aalders",
            "Samira Aalders",
            "WISMERK-STAF-7731",
            "WISMERK-GEZIN-7732",
        ];
        let all = every_text(app).await;
        let left: Vec<_> = all
            .iter()
            .filter(|(table, _, value)| {
                words.iter().any(|w| value.contains(w))
                    || (table != "audit_entry" && ids.iter().any(|id| value.contains(id)))
            })
            .collect();
        assert!(left.is_empty(), "left behind: {left:?}");
        // The other child of the school and the round are untouched.
        assert!(all.iter().any(|(t, _, v)| t == "child" && v == "Lotte"));
        assert!(
            all.iter()
                .any(|(t, _, v)| t == "round" && v.contains("KOM-gesprekken Aalders"))
        );

        // The log tells the story without names.
        let log = audit::list(
            &app.store,
            &a.id,
            &Filter {
                child: Some(a.child_6a.clone()),
                ..Filter::default()
            },
        )
        .await
        .unwrap();
        let kinds: Vec<&str> = log.iter().map(|e| e.kind.as_str()).collect();
        for kind in [
            "note-created",
            "notes-read",
            "video-viewed",
            "consent-given",
            "child-exported",
            "child-erased",
        ] {
            assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
        }
        assert!(
            log.iter().all(|e| e.child_name.is_none()),
            "an erased child has no name in the log"
        );
        let page = admin.get(&format!("/school/privacy?child={}", a.child_6a)).await;
        assert!(
            page.body.contains("gewist kind") && page.body.contains("kind gewist"),
            "{}",
            page.body
        );
    }
);

on_both!(
    the_audit_log_records_sign_ins_and_bookings_without_secrets,
    async |app: &TestApp| {
        let a = &app.world.a;
        // A wrong password, then the right one.
        let client = app.client();
        let r = client
            .post_form("/login", &[("email", &a.teacher), ("password", "geraden-wachtwoord-1")])
            .await;
        assert_eq!(r.status, 422);
        let teacher = app.signed_in(&a.teacher).await;
        teacher.post_form("/logout", &[]).await;
        let parent = app.signed_in_guardian().await;
        assert_eq!(parent.get("/family").await.status, 200);

        // Only the school admin reads the log.
        let teacher = app.signed_in(&a.teacher).await;
        assert_eq!(teacher.get("/school/privacy").await.status, 403);
        assert_eq!(teacher.get("/school/privacy/audit.csv").await.status, 403);
        let admin = app.signed_in(&a.admin).await;
        let page = admin.get("/school/privacy").await;
        assert_eq!(page.status, 200);
        for words in [
            "aanmelden mislukt",
            "aangemeld",
            "afgemeld",
            "uitnodiging gemaakt",
            "uitnodiging geopend",
        ] {
            assert!(page.body.contains(words), "{words} on the page");
        }
        assert!(page.body.contains("Samira Aalders (ouder)"), "{}", page.body);
        assert!(page.body.contains("127.0.0.1"), "where from");

        // Filtered on a person and a kind.
        let teacher_id = a.teacher_id.as_str();
        let page = admin
            .get(&format!("/school/privacy?person={teacher_id}&kind=sign-in-failed"))
            .await;
        assert_eq!(
            page.body.matches("aanmelden mislukt</td>").count() + page.body.matches("aanmelden mislukt<br>").count(),
            1
        );
        assert!(!page.body.contains("uitnodiging geopend</td>"));

        let csv = admin.get("/school/privacy/audit.csv").await;
        assert_eq!(csv.status, 200);
        assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
        let mut reader = csv::Reader::from_reader(csv.bytes.as_slice());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert!(rows.iter().any(|r| &r[4] == "sign-in-failed" && &r[2] == teacher_id));
        assert!(rows.iter().any(|r| &r[4] == "invitation-opened"));
        for secret in [PASSWORD, "geraden-wachtwoord-1"] {
            assert!(!csv.body.contains(secret), "no password in the log");
        }
        // A setting changed: what, by whom.
        let r = admin
            .post_form("/school/mail", &[("quiet_from", "21"), ("quiet_until", "7")])
            .await;
        assert_eq!(r.status, 303);
        let page = admin.get("/school/privacy?kind=settings-changed").await;
        assert!(page.body.contains("stille uren voor mails"), "{}", page.body);
        // School B's log has none of it.
        let other = app.signed_in(&app.world.b.admin).await;
        assert!(!other.get("/school/privacy").await.body.contains("Aalders"));
    }
);

/// The text of every element with this class, tags stripped.
fn texts_of_class(body: &str, class: &str) -> Vec<String> {
    body.split(&format!("class=\"{class}\">"))
        .skip(1)
        .map(|s| s[..s.find("</").unwrap()].trim().to_string())
        .collect()
}

on_both!(
    the_school_sees_the_portal_as_the_parent_does_in_their_language,
    async |app: &TestApp| {
        let a = &app.world.a;
        sqlx::query("UPDATE guardian SET language = 'fr' WHERE id = $1")
            .bind(a.guardian_6a.as_str())
            .execute(app.store.pool())
            .await
            .unwrap();
        let parent = app.signed_in_guardian().await;
        let own = parent.get("/family").await;
        assert_eq!(own.status, 200);
        let said = texts_of_class(&own.body, "family-now");
        assert!(!said.is_empty(), "{}", own.body);

        let teacher = app.signed_in(&a.teacher).await;
        let child_page = teacher.get(&format!("/children/{}", a.child_6a)).await;
        let view = format!("/children/{}/as-guardian/{}", a.child_6a, a.guardian_6a);
        assert!(child_page.body.contains(&view), "the link is on the child's page");
        let seen = teacher.get(&view).await;
        assert_eq!(seen.status, 200, "{}", seen.body);
        assert_eq!(
            texts_of_class(&seen.body, "family-now"),
            said,
            "word for word what the parent reads"
        );
        assert!(seen.body.contains("in het Frans"), "the banner says in which language");
        assert!(seen.body.contains("lang=\"fr\""));
        assert!(
            !seen.body.contains("href=\"/family/book/"),
            "nothing acts for the family"
        );
        assert!(!seen.body.contains("action=\"/family/done\""));
        assert!(
            app.log_of(&a.id, audit::Kind::ParentViewOpened)
                .await
                .iter()
                .any(|e| e.child_id.as_deref() == Some(a.child_6a.as_str())),
            "written to the log"
        );

        // Not for the care coordinator, another class's teacher, another school, or a
        // guardian of another child.
        let care = app.signed_in(&a.care).await;
        assert_eq!(care.get(&view).await.status, 403);
        let other = app.signed_in(&app.world.b.admin).await;
        assert_eq!(other.get(&view).await.status, 404);
        let stranger = format!("/children/{}/as-guardian/{}", a.child_6b, a.guardian_6a);
        let admin = app.signed_in(&a.admin).await;
        assert_eq!(admin.get(&stranger).await.status, 404);
        // A guardian who lost the right to information sees nothing; the school sees that.
        sqlx::query("UPDATE guardian SET right_to_info = 0 WHERE id = $1")
            .bind(a.guardian_6a.as_str())
            .execute(app.store.pool())
            .await
            .unwrap();
        let none = admin.get(&view).await;
        assert!(none.body.contains("ziet niets over dit kind"), "{}", none.body);
        assert!(texts_of_class(&none.body, "family-now").is_empty());
    }
);

on_both!(
    the_consent_register_shows_who_gave_and_who_withdrew_and_a_parent_withdraws_on_the_portal,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (_, url) = app.first_planned_talk(&teacher).await;
        let child_page = format!("/children/{}", a.child_6a);
        let today = samenspraak_core::time::today(samenspraak_store::now()).to_string();
        for purpose in ["video", "photos"] {
            let r = teacher
                .post_form(
                    &format!("{child_page}/consent"),
                    &[
                        ("purpose", purpose),
                        ("given_by", "Samira (mama)"),
                        ("given_on", &today),
                    ],
                )
                .await;
            assert_eq!(r.status, 303, "{}", r.body);
        }
        let page = teacher.get(&child_page).await;
        assert!(
            page.body.contains("Filmpje in het gesprek tussen kind en leerkracht")
                && page.body.contains("Foto&#39;s op de sokkenmuur"),
            "{}",
            page.body
        );
        let video = webm();
        let r = teacher
            .post_file(&format!("{url}/video"), "video", "filmpje.webm", &video)
            .await;
        assert_eq!(r.status, 303, "{}", r.body);
        assert_eq!(app.media_files().len(), 1);

        // The parent sees both on the portal and withdraws the video consent there.
        let parent = app.signed_in_guardian().await;
        let portal = parent.get("/family").await;
        // The parent reads the portal in French, their language.
        assert!(portal.body.contains("Autorisations"), "{}", portal.body);
        let withdraw = format!("/family/consent/{}/video", a.child_6a);
        assert!(portal.body.contains(&withdraw));
        let confirm = parent.get(&withdraw).await;
        assert_eq!(confirm.status, 200);
        assert!(confirm.body.contains("effacées tout de suite"), "{}", confirm.body);
        assert_eq!(app.media_files().len(), 1, "asking is not yet withdrawing");
        let r = parent.post_form(&withdraw, &[]).await;
        assert_eq!(r.location(), Some("/family?withdrawn=1"));
        assert!(app.media_files().is_empty(), "the video is gone with the consent");
        let portal = parent.get("/family?withdrawn=1").await;
        assert!(
            portal.body.contains("Vous avez retiré votre autorisation"),
            "{}",
            portal.body
        );
        assert!(!portal.body.contains(&withdraw), "only the photos' consent is left");
        // Another family's child, or a purpose that does not exist: not found.
        assert_eq!(
            parent
                .get(&format!("/family/consent/{}/video", a.child_6b))
                .await
                .status,
            404
        );
        assert_eq!(
            parent
                .get(&format!("/family/consent/{}/tattoo", a.child_6a))
                .await
                .status,
            404
        );

        // The teacher withdraws the photos' consent; the register shows all of it.
        let r = teacher
            .post_form(&format!("{child_page}/consent/withdraw"), &[("purpose", "photos")])
            .await;
        assert_eq!(r.status, 303);
        let admin = app.signed_in(&a.admin).await;
        let register = admin.get("/school/privacy/consent").await;
        assert_eq!(register.status, 200);
        let b = &register.body;
        assert!(b.contains("Samira (mama)"), "{b}");
        assert!(
            b.contains("(ouder, via het portaal)"),
            "the parent's own withdrawal: {b}"
        );
        assert!(b.contains("1 filmpje verwijderd"), "what the withdrawal deleted: {b}");
        assert!(b.contains("niets gewist"), "{b}");
        assert_eq!(teacher.get("/school/privacy/consent").await.status, 403);
        let log = app.log_of(&a.id, audit::Kind::ConsentWithdrawn).await;
        assert_eq!(log.len(), 2);
        assert!(
            log.iter()
                .any(|e| e.actor_kind == "guardian" && e.detail.as_deref() == Some("purpose=video videos-removed=1"))
        );
    }
);
