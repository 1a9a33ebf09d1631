//! The booking-rush benchmark, run small as a test of what it reports.

use std::process::Command;

/// The booking-rush benchmark, small: more families than slots, all at once over HTTP. Every
/// slot ends with one booking, the families left over are told plainly that none is free,
/// and no request fails. (Its speed figures are read, not asserted.)
#[test]
fn a_small_booking_rush_fills_every_slot_once() {
    let out = Command::new(env!("CARGO_BIN_EXE_samenspraak-bench"))
        .args(["rush", "--families", "60", "--slots", "50"])
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let line: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).expect("one JSON line");
    assert_eq!(line["bookings_made"], 50, "{line}");
    assert_eq!(line["families_told_none_free"], 10, "{line}");
    assert_eq!(line["double_bookings"], 0, "{line}");
    assert_eq!(line["booked_but_not_stored"], 0, "{line}");
    assert_eq!(line["failed_requests"], 0, "{line}");
    assert_eq!(line["floor"]["inserts"], 60, "{line}");
    assert_eq!(line["durability"], "synchronous=FULL");
}

/// Two instances on one PostgreSQL database, the first killed with SIGKILL three times
/// while families book and cancel: the other keeps answering while it is down, and after
/// each restart every confirmed booking is there, none twice, one mail each.
#[cfg(pg_tests)]
#[test]
fn of_two_instances_one_is_killed_and_the_other_keeps_serving() {
    let url = std::env::var("SAMENSPRAAK_TEST_DATABASE_URL").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_samenspraak-bench"))
        .args([
            "kill",
            "--kills",
            "3",
            "--families",
            "24",
            "--instances",
            "2",
            "--database-url",
            &url,
        ])
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let line: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).expect("one JSON line");
    assert_eq!(line["instances"], 2, "{line}");
    assert_eq!(line["double_bookings"], 0, "{line}");
    assert!(line["told_checked"].as_u64().unwrap() > 0, "{line}");
    assert!(
        line["answers_by_the_other_while_one_was_down"].as_u64().unwrap() > 0,
        "the other instance served while the first was down: {line}"
    );
    assert_eq!(line["bookings_committed"], line["booking_mails"], "{line}");
}
