//! A full disk: with the database and the media folder on a small file system that fills
//! up, writes are refused with a page that says so (507), nothing is half-saved, reading
//! goes on, the database stays whole, and once there is room again the app writes again
//! without a restart. The file system is a tmpfs the test mounts (it needs root, as CI
//! has; elsewhere the test says why it did not run).

use crate::support::TestApp;
use samenspraak_store::testing::TestDatabase;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs of a few megabytes, unmounted and removed when dropped.
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount(megabytes: u32) -> Option<SmallDisk> {
        let dir = std::env::temp_dir().join(format!("samenspraak-full-{}", samenspraak_store::new_id()));
        std::fs::create_dir_all(&dir).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            Some(SmallDisk(dir))
        } else {
            let _ = std::fs::remove_dir(&dir);
            None
        }
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Writes a file until the disk has no room left.
fn fill(path: &Path) {
    let mut f = std::fs::File::create(path).unwrap();
    let block = vec![0x5a_u8; 16 * 1024];
    while f.write_all(&block).is_ok() {}
    let _ = f.sync_all();
}

#[tokio::test]
async fn a_full_disk_refuses_writes_kindly_keeps_reading_and_recovers_without_a_restart() {
    let Some(disk) = SmallDisk::mount(16) else {
        eprintln!("mounting a tmpfs needs root: the full-disk test did not run");
        return;
    };
    let db = TestDatabase::sqlite_in(&disk.0).await;
    let data = disk.0.join("data");
    let app = TestApp::spawn_on(db, |c| c.data_dir = data.clone()).await;
    let a = &app.world.a;
    let teacher = app.signed_in(&a.teacher).await;
    let (_, url) = app.first_planned_talk(&teacher).await;
    let today = samenspraak_core::time::today(samenspraak_store::now()).to_string();
    let r = teacher
        .post_form(
            &format!("/children/{}/consent", a.child_6a),
            &[("given_by", "mama"), ("given_on", &today)],
        )
        .await;
    assert_eq!(r.status, 303);
    let round_page = format!("/rounds/{}", a.round);
    assert_eq!(teacher.get(&round_page).await.status, 200);
    // Everything written so far sits in the database file; the log starts empty again.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(app.store.pool())
        .await
        .unwrap();
    fill(&disk.0.join("filler"));

    // Notes until the database has no room: each is saved whole or refused whole.
    let mut saved = Vec::new();
    let mut refused = None;
    for i in 0..200 {
        let text = format!("VOLMERK-{i:03} {}", "las vandaag hardop voor de klas. ".repeat(30));
        let r = teacher.post_form(&format!("{url}/notes"), &[("text", &text)]).await;
        match r.status.as_u16() {
            303 => saved.push(format!("VOLMERK-{i:03}")),
            507 => {
                refused = Some((format!("VOLMERK-{i:03}"), r.body));
                break;
            }
            other => panic!("a note on a full disk answered {other}: {}", r.body),
        }
    }
    let (lost, page) = refused.expect("the full disk refused a note");
    assert!(page.contains("De server is vol"), "{page}");
    assert!(page.contains("niet bewaard"), "says what happened to what was typed");
    // A video upload is refused the same way and leaves no half file behind.
    let mut video = vec![
        0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81,
    ];
    video.resize(400_000, 0x42);
    let r = teacher
        .post_file(&format!("{url}/video"), "video", "filmpje.webm", &video)
        .await;
    assert_eq!(r.status, 507, "{}", r.body);
    let half: Vec<_> = std::fs::read_dir(data.join("media"))
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().starts_with("upload-"))
                .collect()
        })
        .unwrap_or_default();
    assert!(half.is_empty(), "no half upload left: {half:?}");

    // Reading goes on.
    assert_eq!(teacher.get(&round_page).await.status, 200);
    assert_eq!(teacher.get("/classes").await.status, 200);
    let verdict = app.store.integrity_check().await.unwrap();
    assert_eq!(verdict, "ok");

    // Room again: the same server writes, and every note it said it saved is there.
    std::fs::remove_file(disk.0.join("filler")).unwrap();
    let r = teacher
        .post_form(&format!("{url}/notes"), &[("text", "VOLMERK-daarna")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let body = teacher.get(&url).await.body;
    for mark in &saved {
        assert!(body.contains(mark.as_str()), "{mark} was saved and is there");
    }
    assert!(!body.contains(lost.as_str()), "the refused note is not half there");
    assert!(body.contains("VOLMERK-daarna"));
    assert_eq!(app.store.integrity_check().await.unwrap(), "ok");
    app.stop().await;
    drop(disk);
}
