//! Calendar files (iCalendar, RFC 5545) for booked conversations: one event in school time
//! (Europe/Brussels, with its summer and winter rules, so a calendar shows the right hour on
//! both sides of a clock change), with a stable UID per booking so a changed time replaces
//! the old one in the family's calendar.

use jiff::civil::DateTime;

/// Europe/Brussels as calendars expect it: CET in winter, CEST from the last Sunday of March
/// until the last Sunday of October.
const BRUSSELS: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

pub struct Event<'a> {
    /// Stable per booking: the same UID with a higher `sequence` replaces the event.
    pub uid: &'a str,
    pub sequence: i64,
    /// School time.
    pub start: DateTime,
    pub end: DateTime,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    /// When the file was made, UTC seconds.
    pub stamp: i64,
}

/// Text as an iCalendar value: backslash, semicolon, comma and newlines escaped.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

fn local(dt: DateTime) -> String {
    dt.strftime("%Y%m%dT%H%M%S").to_string()
}

/// A calendar with the one event.
pub fn calendar(e: &Event<'_>) -> String {
    calendar_of(std::slice::from_ref(e), None)
}

/// A calendar that cancels the event with the same UID (RFC 5546 `METHOD:CANCEL`): a
/// calendar app that has it takes it out, or marks it cancelled.
pub fn cancellation(e: &Event<'_>) -> String {
    write(std::slice::from_ref(e), None, true)
}

/// A calendar with several events, as a subscribed feed serves them; `name` is what the
/// calendar app calls the feed.
pub fn calendar_of(events: &[Event<'_>], name: Option<&str>) -> String {
    write(events, name, false)
}

fn write(events: &[Event<'_>], name: Option<&str>, cancel: bool) -> String {
    let method = if cancel { "CANCEL" } else { "PUBLISH" };
    let mut out = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Samenspraak//KOM-gesprekken//NL\r\nCALSCALE:GREGORIAN\r\nMETHOD:{method}\r\n",
    );
    if let Some(name) = name {
        out.push_str(&fold(&format!("X-WR-CALNAME:{}", escape(name))));
        out.push_str("X-WR-TIMEZONE:Europe/Brussels\r\n");
    }
    out.push_str(BRUSSELS);
    for e in events {
        let stamp = jiff::Timestamp::from_second(e.stamp)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .strftime("%Y%m%dT%H%M%SZ")
            .to_string();
        out.push_str("BEGIN:VEVENT\r\n");
        for line in [
            format!("UID:{}", e.uid),
            format!("SEQUENCE:{}", e.sequence),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;TZID=Europe/Brussels:{}", local(e.start)),
            format!("DTEND;TZID=Europe/Brussels:{}", local(e.end)),
            format!("SUMMARY:{}", escape(e.summary)),
            format!("LOCATION:{}", escape(e.location)),
            format!("DESCRIPTION:{}", escape(e.description)),
        ] {
            out.push_str(&fold(&line));
        }
        if cancel {
            out.push_str("STATUS:CANCELLED\r\n");
        }
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn an_event_in_school_time_with_escaped_text_and_folded_lines() {
        let ics = calendar(&Event {
            uid: "booking-1@samenspraak",
            sequence: 2,
            start: date(2026, 3, 30).at(16, 20, 0, 0),
            end: date(2026, 3, 30).at(16, 40, 0, 0),
            summary: "KOM-gesprek over Amira, 6A",
            location: "klas 6A; eerste verdieping",
            description: &"Lang verhaal. ".repeat(10),
            stamp: 0,
        });
        assert!(ics.contains("DTSTART;TZID=Europe/Brussels:20260330T162000\r\n"));
        assert!(ics.contains("SUMMARY:KOM-gesprek over Amira\\, 6A\r\n"));
        assert!(ics.contains("LOCATION:klas 6A\\; eerste verdieping\r\n"));
        assert!(ics.lines().all(|l| l.len() <= 75), "folded");
        assert!(ics.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn a_cancellation_names_the_same_event() {
        let e = Event {
            uid: "r1-c1@samenspraak",
            sequence: 3,
            start: date(2027, 1, 18).at(16, 20, 0, 0),
            end: date(2027, 1, 18).at(16, 40, 0, 0),
            summary: "KOM-gesprek over Amira",
            location: "klas 6A",
            description: "",
            stamp: 0,
        };
        let ics = cancellation(&e);
        assert!(ics.contains("METHOD:CANCEL\r\n") && ics.contains("STATUS:CANCELLED\r\n"));
        assert!(ics.contains("UID:r1-c1@samenspraak\r\n"));
        assert!(calendar(&e).contains("METHOD:PUBLISH\r\n") && !calendar(&e).contains("CANCELLED"));
    }
}
