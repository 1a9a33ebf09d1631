//! The calendar files a booking mail carries, read by a real iCalendar parser (Python's
//! `icalendar`): the conversation lands at the right hour on both sides of a clock change.

use samenspraak_core::ics::{Event, calendar};
use std::process::Command;

/// Debian's python, where `apt-get install python3-icalendar` puts the parser.
fn python() -> &'static str {
    if std::path::Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}

/// What `script` prints about a calendar file (its path is `sys.argv[1]`), read by Python's
/// `icalendar`.
fn read_with_icalendar(ics: &str, script: &str) -> String {
    let file = std::env::temp_dir().join(format!("samenspraak-{}.ics", samenspraak_store::new_id()));
    std::fs::write(&file, ics).unwrap();
    let out = Command::new(python())
        .arg("-c")
        .arg(format!(
            "import sys, icalendar\ncal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
             ev = [c for c in cal.walk('VEVENT')][0]\n{script}"
        ))
        .arg(&file)
        .output()
        .expect("python3 with icalendar (python3-icalendar) is installed");
    let _ = std::fs::remove_file(&file);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// When the event starts, with its offset from UTC.
fn parsed_start(ics: &str) -> String {
    read_with_icalendar(
        ics,
        "start = ev.decoded('DTSTART')\n\
         zone = [c for c in cal.walk('VTIMEZONE')][0].to_tz()\n\
         print(zone.localize(start.replace(tzinfo=None)).isoformat() if start.tzinfo is None else start.isoformat())",
    )
}

#[test]
fn a_conversation_keeps_its_hour_in_winter_and_in_summer() {
    let event = |day: jiff::civil::Date| {
        calendar(&Event {
            uid: "r-c@samenspraak",
            sequence: 1,
            start: day.at(17, 40, 0, 0),
            end: day.at(18, 0, 0, 0),
            summary: "KOM-gesprek over Amira, 6A",
            location: "klas 6A",
            description: "Tot dan!",
            stamp: 1_800_000_000,
        })
    };
    // The clock goes forward on the last Sunday of March 2027, the 28th.
    assert_eq!(
        parsed_start(&event(jiff::civil::date(2027, 3, 26))),
        "2027-03-26T17:40:00+01:00"
    );
    assert_eq!(
        parsed_start(&event(jiff::civil::date(2027, 3, 29))),
        "2027-03-29T17:40:00+02:00"
    );
    assert_eq!(
        parsed_start(&event(jiff::civil::date(2026, 12, 14))),
        "2026-12-14T17:40:00+01:00"
    );
}

/// What a real parser reads in a file: its method, and the event's UID and status.
fn parsed(ics: &str) -> String {
    read_with_icalendar(ics, "print(cal.get('METHOD'), ev.get('UID'), ev.get('STATUS', '-'))")
}

#[test]
fn a_cancellation_cancels_the_event_the_confirmation_added() {
    let event = Event {
        uid: "r1-c1@samenspraak",
        sequence: 5,
        start: jiff::civil::date(2027, 1, 18).at(16, 20, 0, 0),
        end: jiff::civil::date(2027, 1, 18).at(16, 40, 0, 0),
        summary: "KOM-gesprek over Amira",
        location: "klas 6A",
        description: "",
        stamp: 1_800_000_000,
    };
    assert_eq!(parsed(&calendar(&event)), "PUBLISH r1-c1@samenspraak -");
    assert_eq!(
        parsed(&samenspraak_core::ics::cancellation(&event)),
        "CANCEL r1-c1@samenspraak CANCELLED"
    );
}
