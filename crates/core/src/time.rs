//! School time. Moments are stored as UTC seconds; people see and type them in the school's
//! zone, Europe/Brussels, which changes offset twice a year.

use jiff::civil::{Date, DateTime};
use jiff::tz::{Disambiguation, TimeZone};

pub const SCHOOL_ZONE: &str = "Europe/Brussels";

pub fn school_tz() -> TimeZone {
    TimeZone::get(SCHOOL_ZONE).expect("the bundled time zone database has Europe/Brussels")
}

/// A school-local moment as UTC seconds. In the autumn hour that happens twice the earlier
/// one is meant; a time skipped in spring moves forward to the first time that exists.
pub fn local_to_utc(local: DateTime) -> i64 {
    school_tz()
        .to_ambiguous_timestamp(local)
        .disambiguate(Disambiguation::Compatible)
        .map(|t| t.as_second())
        .unwrap_or_default()
}

pub fn utc_to_local(seconds: i64) -> DateTime {
    let ts = jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    school_tz().to_datetime(ts)
}

pub fn today(now_utc_seconds: i64) -> Date {
    utc_to_local(now_utc_seconds).date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn round_trips_across_the_autumn_switch() {
        // 25 October 2026: clocks go back from 03:00 to 02:00.
        for (h, m) in [(1, 30), (2, 30), (3, 30), (18, 0)] {
            let local = date(2026, 10, 25).at(h, m, 0, 0);
            assert_eq!(utc_to_local(local_to_utc(local)), local);
        }
        let winter = local_to_utc(date(2026, 12, 1).at(18, 0, 0, 0));
        let summer = local_to_utc(date(2026, 6, 1).at(18, 0, 0, 0));
        assert_eq!(winter % 86400, 17 * 3600);
        assert_eq!(summer % 86400, 16 * 3600);
    }

    #[test]
    fn a_spring_gap_time_moves_forward() {
        // 28 March 2027: 02:30 does not exist.
        let t = local_to_utc(date(2027, 3, 28).at(2, 30, 0, 0));
        assert_eq!(utc_to_local(t), date(2027, 3, 28).at(3, 30, 0, 0));
    }
}
