//! The `samenspraak` command as an IT person uses it: first setup without demo data,
//! migrations, backups, and one clear line for a bad setting.

use samenspraak_store::{Store, schools, staff};
use std::path::Path;
use std::process::{Command, Output};

fn samenspraak(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_samenspraak"));
    cmd.args(args)
        .arg("--data-dir")
        .arg(dir)
        .env("SAMENSPRAAK_LOG", "error");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the samenspraak binary runs")
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

fn temp_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("samenspraak-cli-{}", samenspraak_store::new_id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test]
async fn first_setup_migrate_and_backup() {
    let dir = temp_dir();
    let out = samenspraak(&dir, &["admin", "create-school", "Basisschool Het Anker"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("school Basisschool Het Anker created with school year "));

    let out = samenspraak(
        &dir,
        &[
            "admin",
            "create-user",
            "--school",
            "Basisschool Het Anker",
            "--email",
            "Directie@Anker.be",
            "--name",
            "Lies Goossens",
            "--role",
            "school_admin",
        ],
        &[("SAMENSPRAAK_PASSWORD", "een-lang-wachtwoord")],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "account directie@anker.be created\n");
    // Without a password given, one is made and printed once, in the demo's login format.
    let out = samenspraak(
        &dir,
        &[
            "admin",
            "create-user",
            "--school",
            "Basisschool Het Anker",
            "--email",
            "juf@anker.be",
            "--name",
            "Juf Ine",
            "--role",
            "teacher",
        ],
        &[],
    );
    let line = text(&out.stdout);
    assert!(
        line.starts_with("login teacher juf@anker.be ")
            && line.trim_end().len() > "login teacher juf@anker.be ".len() + 9,
        "{line}"
    );
    let out = samenspraak(
        &dir,
        &[
            "admin",
            "create-user",
            "--school",
            "Basisschool Het Anker",
            "--email",
            "juf@anker.be",
            "--name",
            "Juf Ine",
            "--role",
            "teacher",
        ],
        &[],
    );
    assert_eq!(text(&out.stderr), "samenspraak: juf@anker.be already has an account\n");
    let out = samenspraak(
        &dir,
        &[
            "admin",
            "create-user",
            "--school",
            "Elders",
            "--email",
            "x@y.be",
            "--name",
            "X",
            "--role",
            "teacher",
        ],
        &[],
    );
    assert!(
        text(&out.stderr).contains("no school named 'Elders'"),
        "{}",
        text(&out.stderr)
    );

    let out = samenspraak(&dir, &["migrate"], &[]);
    assert_eq!(text(&out.stdout), "0 migration(s) applied\n");

    let backup = dir.join("kopie.zip");
    let out = samenspraak(&dir, &["backup", backup.to_str().unwrap()], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let restored = temp_dir();
    let out = samenspraak(&restored, &["restore", backup.to_str().unwrap()], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let copy = Store::connect(&format!("sqlite://{}", restored.join("samenspraak.db").display()))
        .await
        .unwrap();
    let school = &schools::list(&copy).await.unwrap()[0];
    assert_eq!(school.name, "Basisschool Het Anker");
    assert_eq!(
        staff::list(&copy, &school.id).await.unwrap().len(),
        2,
        "the backup holds what was written"
    );
    copy.close().await;
    let _ = std::fs::remove_dir_all(&restored);
    let again = samenspraak(&dir, &["backup", backup.to_str().unwrap()], &[]);
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("already exists"));
    // With the media in a bucket, the archive holds the database and says so.
    let bucketed = dir.join("met-bucket.zip");
    let out = samenspraak(
        &dir,
        &["backup", bucketed.to_str().unwrap()],
        &[("SAMENSPRAAK_MEDIA_BUCKET", "school-media")],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("the database only: the media files are in bucket school-media"),
        "{}",
        text(&out.stdout)
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&bucketed).unwrap()).unwrap();
    let mut readme = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("README.txt").unwrap(), &mut readme).unwrap();
    assert!(readme.contains("are in bucket school-media, not here"), "{readme}");
    assert!(!readme.contains("media/ "), "{readme}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Arguments, environment, and the one line expected on stderr.
type Case = (
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
    &'static str,
);

#[test]
fn a_bad_setting_stops_start_up_with_one_clear_line() {
    let dir = temp_dir();
    let cases: [Case; 4] = [
        (
            &["serve", "--port", "acht"],
            &[],
            "samenspraak: configuration: port: 'acht' is not a port number (1–65535)\n",
        ),
        (
            &["serve"],
            &[("SAMENSPRAAK_DATABASE_URL", "mysql://db/school")],
            "samenspraak: configuration: database_url: 'mysql://db/school' is neither sqlite://… nor postgres://…\n",
        ),
        (
            &["serve"],
            &[("SAMENSPRAAK_BIND", "school.lan")],
            "samenspraak: configuration: bind: 'school.lan' is not an IP address, e.g. 127.0.0.1 or 0.0.0.0\n",
        ),
        (
            &["serve", "--base-url", "school.be"],
            &[],
            "samenspraak: configuration: base_url: 'school.be' must start with http:// or https://\n",
        ),
    ];
    for (args, env, expected) in cases {
        let out = samenspraak(&dir, args, env);
        assert!(!out.status.success());
        assert_eq!(text(&out.stderr), expected);
    }
    let file = dir.join("samenspraak.toml");
    std::fs::write(&file, "port = 9090\ncolour = \"blauw\"\n").unwrap();
    let out = samenspraak(&dir, &["serve", "--config", file.to_str().unwrap()], &[]);
    let err = text(&out.stderr);
    assert!(
        err.starts_with("samenspraak: config file")
            && err.contains("unknown setting 'colour'")
            && err.lines().count() == 1,
        "{err}"
    );
    let out = samenspraak(&dir, &["serve", "--colour", "blauw"], &[]);
    assert!(text(&out.stderr).starts_with("samenspraak: unknown option --colour"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A data-protection officer with a shell: a child's data as a ZIP, the child erased, and
/// the audit log as JSON lines that tell it without the child's name.
#[tokio::test]
async fn export_erase_and_read_the_log_from_the_shell() {
    let dir = temp_dir();
    let out = samenspraak(&dir, &["admin", "create-school", "Basisschool De Linde"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let store = Store::connect(&format!("sqlite://{}", dir.join("samenspraak.db").display()))
        .await
        .unwrap();
    let school = schools::list(&store).await.unwrap().remove(0);
    let year = schools::years(&store, &school.id).await.unwrap().remove(0);
    let class = samenspraak_store::classes::create(&store, &school.id, &year.id, "6A", Some(6))
        .await
        .unwrap();
    let fields = samenspraak_store::children::ChildFields {
        class: Some(&class.id),
        first_name: "Noor",
        last_name: "Lindemans",
        birth_date: None,
    };
    let child = samenspraak_store::children::create(&store, &school.id, fields)
        .await
        .unwrap();
    store.close().await;
    let id = child.id.as_str();
    let zip_path = dir.join("noor.zip");
    let zip_arg = zip_path.display().to_string();
    let school_args = ["--school", "Basisschool De Linde", "--child", id];

    let out = samenspraak(
        &dir,
        &[&["admin", "export-child", "--out", &zip_arg][..], &school_args].concat(),
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let mut json = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("data.json").unwrap(), &mut json).unwrap();
    assert!(json.contains("\"first_name\": \"Noor\""), "{json}");
    // A file that is there is never overwritten.
    let again = samenspraak(
        &dir,
        &[&["admin", "export-child", "--out", &zip_arg][..], &school_args].concat(),
        &[],
    );
    assert!(!again.status.success());

    let out = samenspraak(&dir, &[&["admin", "erase-child"][..], &school_args].concat(), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("child erased: "), "{}", text(&out.stdout));
    let out = samenspraak(&dir, &[&["admin", "erase-child"][..], &school_args].concat(), &[]);
    assert_eq!(text(&out.stderr), "samenspraak: no such child at this school\n");

    let out = samenspraak(&dir, &["admin", "audit", "--school", "Basisschool De Linde"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    let kinds: Vec<&str> = lines.iter().filter_map(|l| l["kind"].as_str()).collect();
    assert_eq!(
        kinds,
        ["settings-changed", "child-exported", "child-erased"],
        "oldest first: the school year, then the child"
    );
    assert!(
        lines[1..]
            .iter()
            .all(|l| l["child_id"] == id && l["child"].is_null() && l["actor_kind"] == "system")
    );
    assert!(!text(&out.stdout).contains("Noor"));
    let tomorrow = samenspraak_core::time::today(samenspraak_store::now())
        .tomorrow()
        .unwrap()
        .to_string();
    let out = samenspraak(
        &dir,
        &[
            "admin",
            "audit",
            "--school",
            "Basisschool De Linde",
            "--since",
            &tomorrow,
        ],
        &[],
    );
    assert_eq!(text(&out.stdout), "", "nothing since tomorrow");
    let out = samenspraak(
        &dir,
        &[
            "admin",
            "audit",
            "--school",
            "Basisschool De Linde",
            "--since",
            "gisteren",
        ],
        &[],
    );
    assert!(text(&out.stderr).contains("use YYYY-MM-DD"));
    std::fs::remove_dir_all(&dir).ok();
}

/// Every row of every table, each as one line of its values, sorted: what a restore must
/// bring back.
async fn every_row(store: &Store) -> std::collections::BTreeMap<String, Vec<String>> {
    use sqlx::Row;
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .fetch_all(store.pool())
            .await
            .unwrap();
    let mut out = std::collections::BTreeMap::new();
    for table in tables {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {table}")))
            .fetch_all(store.pool())
            .await
            .unwrap();
        let mut lines: Vec<String> = rows
            .iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| {
                        r.try_get::<Option<String>, _>(i)
                            .map(|v| format!("{v:?}"))
                            .or_else(|_| r.try_get::<Option<i64>, _>(i).map(|v| format!("{v:?}")))
                            .or_else(|_| r.try_get::<Option<f64>, _>(i).map(|v| format!("{v:?}")))
                            .unwrap_or_else(|_| "?".into())
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect();
        lines.sort();
        out.insert(table, lines);
    }
    out
}

fn files_of(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_backup_taken_while_the_school_writes_restores_every_table_and_file() {
    let dir = temp_dir();
    let out = samenspraak(&dir, &["admin", "create-school", "Basisschool De Wilg"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let url = format!("sqlite://{}", dir.join("samenspraak.db").display());
    let store = Store::connect(&url).await.unwrap();
    let school = schools::list(&store).await.unwrap().remove(0);
    let year = schools::years(&store, &school.id).await.unwrap().remove(0);
    let class = samenspraak_store::classes::create(&store, &school.id, &year.id, "6A", Some(6))
        .await
        .unwrap();
    // The media folder: videos and photos by id, and an upload still being written.
    let media = dir.join("media");
    std::fs::create_dir_all(&media).unwrap();
    for i in 0..5u8 {
        let bytes: Vec<u8> = (0..20_000u32).map(|n| (n as u8).wrapping_mul(i + 3)).collect();
        std::fs::write(media.join(format!("film{i}abc")), bytes).unwrap();
    }
    std::fs::write(media.join("upload-half"), b"half").unwrap();

    // The school goes on writing while the backup runs.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (store, stop) = (store.clone(), stop.clone());
        let (school, class) = (school.id.clone(), class.id.clone());
        tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let first = format!("Kind{n}");
                let fields = samenspraak_store::children::ChildFields {
                    class: Some(&class),
                    first_name: &first,
                    last_name: "Wilgen",
                    birth_date: None,
                };
                samenspraak_store::children::create(&store, &school, fields)
                    .await
                    .unwrap();
                n += 1;
            }
            n
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let archive = dir.join("school.zip");
    let before = samenspraak_store::children::in_class(&store, &class.id)
        .await
        .unwrap()
        .len();
    let out = {
        let (dir, archive) = (dir.clone(), archive.clone());
        tokio::task::spawn_blocking(move || samenspraak(&dir, &["backup", archive.to_str().unwrap()], &[]))
            .await
            .unwrap()
    };
    let after = samenspraak_store::children::in_class(&store, &class.id)
        .await
        .unwrap()
        .len();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let written = writer.await.unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("5 media files"), "{}", text(&out.stdout));
    assert!(written > 0 && after > before, "children were written during the backup");

    // Into a fresh data directory.
    let fresh = temp_dir();
    let out = samenspraak(&fresh, &["restore", archive.to_str().unwrap()], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let restored = Store::connect(&format!("sqlite://{}", fresh.join("samenspraak.db").display()))
        .await
        .unwrap();
    assert_eq!(restored.integrity_check().await.unwrap(), "ok");
    let (was, is) = (every_row(&store).await, every_row(&restored).await);
    assert_eq!(
        was.keys().collect::<Vec<_>>(),
        is.keys().collect::<Vec<_>>(),
        "every table"
    );
    for (table, rows) in &is {
        if table == "child" {
            // A consistent moment during the writing: all of the children up to it.
            assert!(
                (before..=after).contains(&rows.len()),
                "{} of {before}..={after}",
                rows.len()
            );
            assert!(rows.iter().all(|r| was[table].contains(r)));
        } else {
            assert_eq!(rows, &was[table], "table {table} as it was");
        }
    }
    let mut expected = files_of(&media);
    expected.remove("upload-half");
    assert_eq!(files_of(&fresh.join("media")), expected, "every file, byte for byte");

    // Never over a school that is there, and never a file outside the data directory.
    let out = samenspraak(&fresh, &["restore", archive.to_str().unwrap()], &[]);
    assert!(text(&out.stderr).contains("is not empty"), "{}", text(&out.stderr));
    let hostile = dir.join("hostile.zip");
    {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&hostile).unwrap());
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("samenspraak.db", options).unwrap();
        std::io::Write::write_all(&mut zip, b"not a database").unwrap();
        zip.start_file("../escaped.txt", options).unwrap();
        std::io::Write::write_all(&mut zip, b"!").unwrap();
        zip.finish().unwrap();
    }
    let target = temp_dir();
    let out = samenspraak(&target, &["restore", hostile.to_str().unwrap()], &[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("which no backup holds"),
        "{}",
        text(&out.stderr)
    );
    assert!(!target.join("samenspraak.db").exists(), "nothing half-restored");
    assert!(!target.parent().unwrap().join("escaped.txt").exists());
    store.close().await;
    restored.close().await;
    for d in [dir, fresh, target] {
        let _ = std::fs::remove_dir_all(d);
    }
}
