//! The child's video and portfolio: consent first, files checked by their bytes and their
//! size while they stream in, nothing kept half, seen only by the child and staff, gone
//! when consent is withdrawn or the keeping time is over; portfolio items reach the family
//! only after a teacher approved them.

use crate::on_both;
use crate::support::TestApp;
use samenspraak_core::media::VideoLimits;
use samenspraak_store::{portfolio, videos};

/// A WebM file as MediaRecorder starts one, padded to `len` bytes.
pub(crate) fn webm(len: usize) -> Vec<u8> {
    let mut v = vec![
        0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81,
    ];
    v.resize(len, 0x42);
    v
}

fn mp4(len: usize) -> Vec<u8> {
    let mut v = b"\0\0\0\x20ftypisom\0\0\x02\0isomiso2".to_vec();
    v.resize(len, 7);
    v
}

/// The first planned talk of 6A (its record and address), its child's parents' consent
/// for video given today.
pub(crate) async fn talk_with_video_consent(
    app: &TestApp,
    teacher: &crate::support::Client,
) -> (samenspraak_store::child_talks::StoredTalk, String) {
    let (talk, url) = app.first_planned_talk(teacher).await;
    let today = samenspraak_core::time::today(samenspraak_store::now()).to_string();
    teacher
        .post_form(
            &format!("/children/{}/consent", talk.child_id),
            &[("given_by", "Ann Aalders"), ("given_on", &today)],
        )
        .await;
    (talk, url)
}

/// Every video's keeping date is past; the housekeeping runs. Returns what it removed.
pub(crate) async fn keeping_date_passes(app: &TestApp) -> usize {
    sqlx::query("UPDATE child_video SET delete_after = '2000-06-30'")
        .execute(app.store.pool())
        .await
        .unwrap();
    samenspraak_web::app::purge_media(&app.store, &app.state.media)
        .await
        .unwrap()
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

on_both!(
    a_video_needs_consent_is_checked_while_it_streams_and_goes_with_the_consent,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (talk, url) = app.first_planned_talk(&teacher).await;
        let child_page = format!("/children/{}", talk.child_id);

        // No consent yet: the button is off and says why; an upload is refused.
        let page = teacher.get(&url).await.body;
        assert!(page.contains("kan pas als de school de toestemming"));
        assert!(page.contains("disabled aria-describedby=\"video-off-why\""));
        let r = teacher
            .post_file(&format!("{url}/video"), "video", "filmpje.webm", &webm(4000))
            .await;
        assert_eq!(r.status, 422);
        assert!(app.media_files().is_empty(), "nothing kept without consent");

        // Consent: who and when are required, a day to come is refused, typing is kept.
        let r = teacher
            .post_form(
                &format!("{child_page}/consent"),
                &[("given_by", " "), ("given_on", "2999-01-01")],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("id=\"given_by-error\""));
        assert!(r.body.contains("Die datum ligt nog in de toekomst"));
        assert!(r.body.contains("value=\"2999-01-01\""));
        let today = samenspraak_core::time::today(samenspraak_store::now()).to_string();
        let r = teacher
            .post_form(
                &format!("{child_page}/consent"),
                &[("given_by", "Ann Aalders (mama)"), ("given_on", &today)],
            )
            .await;
        assert_eq!(r.status, 303);
        let shown = teacher.get(&child_page).await.body;
        assert!(shown.contains("Gegeven door Ann Aalders (mama) op"), "{shown}");
        let care = app.signed_in(&a.care).await;
        assert_eq!(
            care.post_form(&format!("{child_page}/consent/withdraw"), &[])
                .await
                .status,
            403,
            "the care coordinator reads, never records"
        );

        // A file that is no video, whatever its name, is refused and not kept.
        let r = teacher
            .post_file(
                &format!("{url}/video"),
                "video",
                "filmpje.webm",
                b"%PDF-1.7\n%...........",
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("Dat is geen filmpje"));
        assert!(r.body.contains("id=\"video-file-error\""));
        // Over the school's limit: refused while streaming, nothing kept.
        videos::set_limits(
            &app.store,
            &a.id,
            VideoLimits {
                max_seconds: 60,
                max_bytes: 3000,
                keep_days: None,
            },
            &samenspraak_store::audit::Who::system(&a.id),
        )
        .await
        .unwrap();
        let r = teacher
            .post_file(&format!("{url}/video"), "video", "filmpje.webm", &webm(5000))
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("Dat filmpje is te groot: hoogstens 1 MB"), "{}", r.body);
        assert!(r.body.contains("hoogstens 1 minuut"), "the limit is said in words");
        assert!(
            app.media_files().is_empty(),
            "nothing half-stored: {:?}",
            app.media_files()
        );
        videos::set_limits(
            &app.store,
            &a.id,
            VideoLimits::default(),
            &samenspraak_store::audit::Who::system(&a.id),
        )
        .await
        .unwrap();

        // The child records on the tablet; child and teacher can play it, no one else.
        let kid = app.signed_in_child(&talk.child_id).await;
        let first = webm(6000);
        let r = kid.post_file("/tablet/talk/video", "video", "blob", &first).await;
        assert_eq!(r.location(), Some("/tablet/talk?step=video#video"));
        let played = teacher.get(&format!("{url}/video")).await;
        assert_eq!(played.status, 200);
        assert_eq!(played.header("content-type"), Some("video/webm"));
        assert_eq!(played.header("cache-control"), Some("private, no-store"));
        assert_eq!(played.bytes, first);
        assert_eq!(played.header("accept-ranges"), Some("bytes"));
        assert_eq!(kid.get("/tablet/talk/video").await.bytes, first);

        // A player seeking in the video gets the part it asks for; the seeking is not
        // another viewing in the log, from whatever byte it starts.
        let viewings = async || {
            app.log_of(&a.id, samenspraak_store::audit::Kind::VideoViewed)
                .await
                .len()
        };
        let before = viewings().await;
        let video = format!("{url}/video");
        let part = teacher
            .request(
                axum::http::Method::GET,
                &video,
                &[("range", "bytes=1000-2999")],
                Vec::new(),
            )
            .await;
        assert_eq!(part.status, 206);
        assert_eq!(part.header("content-range"), Some("bytes 1000-2999/6000"));
        assert_eq!(part.bytes, first[1000..3000]);
        let tail = teacher
            .request(axum::http::Method::GET, &video, &[("range", "bytes=-500")], Vec::new())
            .await;
        assert_eq!((tail.status.as_u16(), tail.bytes.as_slice()), (206, &first[5500..]));
        let past = teacher
            .request(axum::http::Method::GET, &video, &[("range", "bytes=6000-")], Vec::new())
            .await;
        assert_eq!(past.status, 416);
        assert_eq!(past.header("content-range"), Some("bytes */6000"));
        let start = teacher
            .request(axum::http::Method::GET, &video, &[("range", "bytes=0-")], Vec::new())
            .await;
        assert_eq!((start.status.as_u16(), start.bytes.len()), (206, 6000));
        assert_eq!(viewings().await, before, "seeking is not a viewing");
        // Someone else looking is, even asking for a part only.
        let admin = app.signed_in(&a.admin).await;
        let part = admin
            .request(axum::http::Method::GET, &video, &[("range", "bytes=1-")], Vec::new())
            .await;
        assert_eq!(part.status, 206);
        assert_eq!(viewings().await, before + 1, "another person's viewing is logged");
        assert_eq!(
            app.client().get(&format!("{url}/video")).await.status,
            303,
            "sign in first"
        );
        let other_school = app.signed_in(&app.world.b.teacher).await;
        assert_eq!(other_school.get(&format!("{url}/video")).await.status, 404);
        let classmate = samenspraak_store::children::create(
            &app.store,
            &a.id,
            samenspraak_store::children::ChildFields {
                class: Some(&a.class_6a),
                first_name: "Arne",
                last_name: "Aerts",
                birth_date: None,
            },
        )
        .await
        .unwrap();
        let other_kid = app.signed_in_child(&classmate.id).await;
        assert_eq!(
            other_kid.get("/tablet/talk/video").await.status,
            404,
            "not a classmate's video"
        );

        // Shown in the conversation only when the teacher says so.
        assert!(teacher.get(&url).await.body.contains("Niet getoond in het KOM-gesprek"));
        teacher.post_form(&format!("{url}/video/show"), &[("show", "1")]).await;
        assert!(
            teacher
                .get(&url)
                .await
                .body
                .contains("Wordt getoond in het KOM-gesprek")
        );
        assert_eq!(
            kid.post_form("/tablet/talk/video/show", &[("show", "0")]).await.status,
            404
        );
        assert!(
            teacher.get(&url).await.body.contains("Wordt getoond"),
            "only the teacher decides"
        );

        // Recording again replaces the video; the old file goes.
        let second = mp4(7000);
        kid.post_file("/tablet/talk/video", "video", "blob", &second).await;
        let played = teacher.get(&format!("{url}/video")).await;
        assert_eq!(played.header("content-type"), Some("video/mp4"));
        assert_eq!(played.bytes, second);
        assert_eq!(app.media_files().len(), 1);

        // Consent withdrawn: the video is gone at once, the record stays.
        teacher.post_form(&format!("{child_page}/consent/withdraw"), &[]).await;
        assert_eq!(teacher.get(&format!("{url}/video")).await.status, 404);
        assert!(app.media_files().is_empty());
        let shown = teacher.get(&child_page).await.body;
        assert!(shown.contains("Ingetrokken door"));
        assert!(shown.contains("Geen toestemming"));
    }
);

on_both!(videos_are_deleted_after_their_keeping_date, async |app: &TestApp| {
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let (talk, url) = talk_with_video_consent(app, &teacher).await;
    teacher
        .post_file(&format!("{url}/video"), "video", "filmpje.webm", &webm(3000))
        .await;
    let kept = videos::get(&app.store, &a.round, &talk.child_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.delete_after.month(), 6, "kept until the end of the school year");
    assert_eq!(kept.delete_after.day(), 30);

    // Nothing is due yet: the housekeeping keeps it (whatever year the tests run in).
    sqlx::query("UPDATE child_video SET delete_after = '2999-06-30'")
        .execute(app.store.pool())
        .await
        .unwrap();
    samenspraak_web::app::purge_media(&app.store, &app.state.media)
        .await
        .unwrap();
    assert_eq!(app.media_files().len(), 1);
    assert_eq!(keeping_date_passes(app).await, 1);
    assert!(app.media_files().is_empty());
    assert_eq!(teacher.get(&format!("{url}/video")).await.status, 404);
});

on_both!(
    portfolio_items_reach_the_family_only_after_the_teacher_approved_them,
    async |app: &TestApp| {
        let a = &app.world.a;
        let teacher = app.signed_in(&a.teacher).await;
        let (talk, url) = app.first_planned_talk(&teacher).await;
        let kid = app.signed_in_child(&talk.child_id).await;

        let r = kid
            .post_multipart(
                "/tablet/talk/portfolio",
                &[("title", None, b""), ("text", None, b"   "), ("photo", Some(""), b"")],
            )
            .await;
        assert_eq!(r.status, 422, "nothing to add");
        assert!(
            r.body
                .contains("Kies een foto of een bestand, of schrijf een paar zinnen.")
        );
        let r = kid
            .post_multipart(
                "/tablet/talk/portfolio",
                &[
                    ("title", None, b"Mijn brug"),
                    ("photo", Some("brug.jpg"), b"%PDF-1.4 not a photo"),
                ],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("Dat bestand kunnen we niet bewaren"));
        assert!(app.media_files().is_empty());

        let r = kid
            .post_multipart(
                "/tablet/talk/portfolio",
                &[("title", None, b"Mijn brug"), ("photo", Some("brug.png"), PNG)],
            )
            .await;
        assert_eq!(r.location(), Some("/tablet/talk?step=portfolio#portfolio"));
        let r = kid
            .post_multipart(
                "/tablet/talk/portfolio",
                &[
                    ("title", None, b"Spreekbeurt"),
                    ("text", None, "Over de Oostendse vissers.".as_bytes()),
                ],
            )
            .await;
        assert_eq!(r.status, 303);

        let items = portfolio::of_child(&app.store, &talk.child_id).await.unwrap();
        assert_eq!(items.len(), 2);
        assert!(
            portfolio::for_family(&app.store, &talk.child_id)
                .await
                .unwrap()
                .is_empty(),
            "nothing before approval"
        );
        let photo = items.iter().find(|i| i.title == "Mijn brug").unwrap();
        let picture = teacher.get(&format!("{url}/portfolio/{}", photo.id)).await;
        assert_eq!(picture.header("content-type"), Some("image/png"));
        assert_eq!(picture.bytes, PNG);
        let page = teacher.get(&url).await.body;
        assert!(page.contains("Over de Oostendse vissers."));
        assert_eq!(page.matches("Nog niet goedgekeurd").count(), 2);

        // The child cannot approve; the teacher can.
        let approve = format!("/tablet/talk/portfolio/{}/approve", photo.id);
        assert_ne!(kid.post_form(&approve, &[("approved", "1")]).await.status, 303);
        let r = teacher
            .post_form(&format!("{url}/portfolio/{}/approve", photo.id), &[("approved", "1")])
            .await;
        assert_eq!(r.status, 303);
        let family = portfolio::for_family(&app.store, &talk.child_id).await.unwrap();
        assert_eq!(family.len(), 1);
        assert_eq!(family[0].title, "Mijn brug");

        // An approved item stays unless the teacher removes it; the child may remove the rest.
        assert_eq!(
            kid.post_form(&format!("/tablet/talk/portfolio/{}/delete", photo.id), &[])
                .await
                .status,
            403
        );
        let text = items.iter().find(|i| i.title == "Spreekbeurt").unwrap();
        assert_eq!(
            kid.post_form(&format!("/tablet/talk/portfolio/{}/delete", text.id), &[])
                .await
                .status,
            303
        );
        // What the teacher added stays too, approved or not: the tablet offers no button,
        // and a crafted post is refused.
        let r = teacher
            .post_multipart(
                &format!("{url}/portfolio"),
                &[("title", None, b"Werkstuk van juf"), ("text", None, b"Mooi gedaan.")],
            )
            .await;
        assert_eq!(r.status, 303);
        let teachers = portfolio::of_child(&app.store, &talk.child_id)
            .await
            .unwrap()
            .into_iter()
            .find(|i| i.title == "Werkstuk van juf")
            .unwrap();
        assert!(!teachers.approved && !teachers.by_child);
        let tablet_page = kid.get("/tablet/talk").await.body;
        assert!(!tablet_page.contains(&format!("/tablet/talk/portfolio/{}/delete", teachers.id)));
        assert_eq!(
            kid.post_form(&format!("/tablet/talk/portfolio/{}/delete", teachers.id), &[])
                .await
                .status,
            403
        );
        assert!(
            portfolio::of_child(&app.store, &talk.child_id)
                .await
                .unwrap()
                .iter()
                .any(|i| i.id == teachers.id)
        );
        for id in [&photo.id, &teachers.id] {
            teacher.post_form(&format!("{url}/portfolio/{id}/delete"), &[]).await;
        }
        assert!(
            portfolio::of_child(&app.store, &talk.child_id)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(app.media_files().is_empty(), "the photo's file went with it");
    }
);

on_both!(
    the_school_sets_how_long_videos_are_and_are_kept,
    async |app: &TestApp| {
        let a = &app.world.a;
        let admin = app.signed_in(&a.admin).await;
        let teacher = app.signed_in(&a.teacher).await;
        assert_eq!(
            teacher
                .post_form("/school/videos", &[("video_minutes", "3")])
                .await
                .status,
            403
        );
        let r = admin
            .post_form(
                "/school/videos",
                &[
                    ("video_minutes", "20"),
                    ("video_megabytes", "veel"),
                    ("video_keep", "days"),
                    ("video_keep_days", ""),
                ],
            )
            .await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("id=\"video_minutes-error\""));
        assert!(r.body.contains("id=\"video_megabytes-error\""));
        assert!(r.body.contains("id=\"video_keep_days-error\""));
        assert!(r.body.contains("value=\"veel\""), "what was typed stays");
        let r = admin
            .post_form(
                "/school/videos",
                &[
                    ("video_minutes", "3"),
                    ("video_megabytes", "50"),
                    ("video_keep", "days"),
                    ("video_keep_days", "30"),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        assert_eq!(
            videos::limits(&app.store, &a.id).await.unwrap(),
            VideoLimits {
                max_seconds: 180,
                max_bytes: 50 * 1024 * 1024,
                keep_days: Some(30)
            }
        );

        let (talk, url) = talk_with_video_consent(app, &teacher).await;
        assert!(teacher.get(&url).await.body.contains("Je hebt hoogstens 3 minuten."));
        teacher
            .post_file(&format!("{url}/video"), "video", "filmpje.webm", &webm(3000))
            .await;
        let round = samenspraak_store::rounds::get(&app.store, &a.id, &a.round)
            .await
            .unwrap();
        let kept = videos::get(&app.store, &a.round, &talk.child_id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            kept.delete_after,
            round
                .plan
                .conference_until
                .checked_add(jiff::Span::new().days(30))
                .unwrap()
        );
    }
);
