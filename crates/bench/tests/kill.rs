//! The kill test in CI: twenty kills with SIGKILL during booking, on SQLite and on
//! PostgreSQL; `samenspraak-bench kill --kills 200` is the long run.

use std::process::Command;

fn killed_twenty_times(database_url: Option<&str>) -> serde_json::Value {
    let mut command = Command::new(env!("CARGO_BIN_EXE_samenspraak-bench"));
    command.args(["kill", "--kills", "20"]);
    if let Some(url) = database_url {
        command.args(["--database-url", url]);
    }
    let out = command.output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    assert!(out.status.success(), "a promise broke: {}", text(&out.stderr));
    let line: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).expect("one JSON line");
    assert_eq!(line["kills"], 20, "{line}");
    assert_eq!(line["lost"], 0, "{line}");
    assert_eq!(line["double_bookings"], 0, "{line}");
    assert_eq!(line["integrity"], "ok", "{line}");
    assert_eq!(line["bookings_committed"], line["booking_mails"], "{line}");
    assert!(
        line["requests_cut_off"].as_u64().unwrap() > 0,
        "the kills hit requests in flight: {line}"
    );
    assert!(line["told_checked"].as_u64().unwrap() > 100, "{line}");
    line
}

#[test]
fn bookings_survive_twenty_kills_on_sqlite() {
    let line = killed_twenty_times(None);
    assert_eq!(line["durability"], "synchronous=FULL");
}

#[test]
fn bookings_survive_twenty_kills_on_postgres() {
    let Ok(url) = std::env::var("SAMENSPRAAK_TEST_DATABASE_URL") else {
        eprintln!("SAMENSPRAAK_TEST_DATABASE_URL is not set: the PostgreSQL kill run is left out");
        return;
    };
    let line = killed_twenty_times(Some(&url));
    assert_eq!(line["durability"], "synchronous_commit=on");
}
