//! Children's media in an S3-compatible bucket, for real: moto's S3 server on 127.0.0.1
//! (`moto_server`, from PyPI's `moto[server]`), the app configured with its address. A
//! video goes up in parts and nothing stays on disk, plays back whole and in the part a
//! player asks for, comes whole in the child's export, a refused file leaves no object, the
//! keeping date's housekeeping and the child's erase delete the objects, and `/readyz` says
//! when the bucket is away.

use crate::on_both_backends;
use crate::support::{Client, TestApp};
use samenspraak_store::{Backend, videos};
use samenspraak_web::config::BucketConfig;

const BUCKET: &str = "samenspraak-media";

/// A moto server on a free port, with an empty bucket; stopped when dropped.
struct S3 {
    process: std::process::Child,
    base: String,
}

impl S3 {
    async fn start() -> Self {
        let port = crate::support::free_port();
        let process = std::process::Command::new("moto_server")
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("moto_server on the PATH (pip install 'moto[server]')");
        let s3 = Self {
            process,
            base: format!("http://127.0.0.1:{port}"),
        };
        let client = Client::new(&s3.base);
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let made = client
            .request(axum::http::Method::PUT, &format!("/{BUCKET}"), &[], Vec::new())
            .await;
        assert_eq!(made.status, 200, "bucket made: {}", made.body);
        s3
    }

    fn config(&self) -> BucketConfig {
        BucketConfig {
            bucket: BUCKET.into(),
            endpoint: Some(self.base.clone()),
            region: "eu-west-1".into(),
            access_key_id: Some("testing".into()),
            secret_access_key: Some("testing".into()),
        }
    }

    /// The keys in the bucket, as S3's own listing says.
    async fn keys(&self) -> Vec<String> {
        let listed = Client::new(&self.base)
            .get(&format!("/{BUCKET}?list-type=2"))
            .await
            .body;
        listed
            .split("<Key>")
            .skip(1)
            .filter_map(|k| k.split("</Key>").next())
            .map(str::to_string)
            .collect()
    }
}

impl Drop for S3 {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

async fn videos_live_in_the_bucket(backend: Backend) {
    let s3 = S3::start().await;
    let config = s3.config();
    let app = TestApp::spawn_with(backend, |c| c.media_bucket = Some(config)).await;
    let c = app.client();
    assert_eq!(c.get("/readyz").await.body, "ready\n");
    assert!(s3.keys().await.is_empty(), "the readiness probe leaves nothing behind");

    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let (talk, url) = crate::media::talk_with_video_consent(&app, &teacher).await;

    // Larger than one part: it goes up in two.
    let video = crate::media::webm(9 * 1024 * 1024 + 1234);
    let r = teacher
        .post_file(&format!("{url}/video"), "video", "filmpje.webm", &video)
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let keys = s3.keys().await;
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert!(keys[0].starts_with("media/"), "{keys:?}");
    assert!(app.media_files().is_empty(), "nothing of it on the disk");

    // An object no row knows (an upload whose row never came) goes with the housekeeping;
    // the video stays.
    let put = Client::new(&s3.base)
        .request(
            axum::http::Method::PUT,
            &format!("/{BUCKET}/media/orphan0upload"),
            &[],
            b"half".to_vec(),
        )
        .await;
    assert_eq!(put.status, 200);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let known = videos::all_file_ids(&app.store).await.unwrap();
    let removed = samenspraak_web::services::media_files::remove_orphans(&app.state.media, &known, 0).await;
    assert_eq!(removed, 1);
    assert_eq!(s3.keys().await, keys);

    let played = teacher.get(&format!("{url}/video")).await;
    assert_eq!(played.status, 200);
    assert_eq!(played.header("content-type"), Some("video/webm"));
    assert!(played.bytes == video, "the same bytes back");
    let part = teacher
        .request(
            axum::http::Method::GET,
            &format!("{url}/video"),
            &[("range", "bytes=9437000-9437999")],
            Vec::new(),
        )
        .await;
    assert_eq!(part.status, 206);
    let len = video.len();
    assert_eq!(
        part.header("content-range"),
        Some(format!("bytes 9437000-9437999/{len}").as_str())
    );
    assert!(part.bytes == video[9_437_000..9_438_000]);
    // A player's first request: the whole video as a part, its size from the same request.
    let first = teacher
        .request(
            axum::http::Method::GET,
            &format!("{url}/video"),
            &[("range", "bytes=0-")],
            Vec::new(),
        )
        .await;
    assert_eq!(first.status, 206);
    assert_eq!(
        first.header("content-range"),
        Some(format!("bytes 0-{}/{len}", len - 1).as_str())
    );
    assert!(first.bytes == video);
    let past = teacher
        .request(
            axum::http::Method::GET,
            &format!("{url}/video"),
            &[("range", &format!("bytes={len}-"))],
            Vec::new(),
        )
        .await;
    assert_eq!(past.status, 416);

    // The child's export holds the video, read back from the bucket; no copy stays behind.
    let admin = app.signed_in(&a.admin).await;
    let child_page = format!("/children/{}", talk.child_id);
    let r = admin.post_form(&format!("{child_page}/export"), &[]).await;
    assert_eq!(r.status, 200);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(r.bytes.clone())).expect("a ZIP file");
    let name = format!("media/{}", keys[0].trim_start_matches("media/"));
    let mut exported = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name(&name).expect("the video in the export"), &mut exported).unwrap();
    assert!(exported == video, "the video as it was recorded");
    let leftovers = std::fs::read_dir(app.data_dir.join("exports")).map_or(0, |d| d.count());
    assert_eq!(leftovers, 0, "no downloaded copy stays on the disk");

    // Larger than the school allows: refused while it streams, after its first part went
    // up; the upload is aborted, no object and no open upload stay behind.
    videos::set_limits(
        &app.store,
        &a.id,
        samenspraak_core::media::VideoLimits {
            max_bytes: 10 * 1024 * 1024,
            ..Default::default()
        },
        &samenspraak_store::audit::Who::system(&a.id),
    )
    .await
    .unwrap();
    let r = teacher
        .post_file(
            &format!("{url}/video"),
            "video",
            "filmpje.webm",
            &crate::media::webm(12 * 1024 * 1024),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(s3.keys().await, keys, "the earlier video only");
    let open_uploads = Client::new(&s3.base).get(&format!("/{BUCKET}?uploads")).await.body;
    assert!(!open_uploads.contains("<UploadId>"), "{open_uploads}");

    // A document sent as a video: refused by its first bytes, nothing reaches the bucket.
    let r = teacher
        .post_file(
            &format!("{url}/video"),
            "video",
            "filmpje.webm",
            b"%PDF-1.7 not a film at all",
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(s3.keys().await.len(), 1);

    // Past its keeping date, the housekeeping deletes the object.
    assert_eq!(crate::media::keeping_date_passes(&app).await, 1);
    assert!(s3.keys().await.is_empty());
    assert!(
        videos::get(&app.store, &a.round, &talk.child_id)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(teacher.get(&format!("{url}/video")).await.status, 404);

    // Erasing the child deletes their objects too.
    teacher
        .post_file(
            &format!("{url}/video"),
            "video",
            "filmpje.webm",
            &crate::media::webm(5000),
        )
        .await;
    assert_eq!(s3.keys().await.len(), 1);
    let child = samenspraak_store::children::get(&app.store, &a.id, &talk.child_id)
        .await
        .unwrap();
    let r = admin
        .post_form(&format!("{child_page}/erase"), &[("name", &child.full_name())])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(s3.keys().await.is_empty(), "the erase reached the bucket");

    // The bucket away: the instance is alive, not ready.
    drop(s3);
    let r = c.get("/readyz").await;
    assert_eq!(
        (r.status.as_u16(), r.body.as_str()),
        (503, "media storage unavailable\n")
    );
    assert_eq!(c.get("/healthz").await.status, 200);
    app.stop().await;
}

on_both_backends!(videos_live_in_the_bucket);
