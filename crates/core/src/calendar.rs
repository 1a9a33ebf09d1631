//! The school calendar: the Flemish school holidays and days without school, computed for a
//! school year from the rules of the decree (the date of Easter decides most of them), and
//! the days a school adds itself. The computed days are a starting point the school admin
//! can correct — a government can change the rules — so they are kept as data, not asked
//! of this module each time.

use jiff::civil::{Date, Weekday, date};

/// Why there is no school on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayOffKind {
    Autumn,
    Christmas,
    Carnival,
    Easter,
    Summer,
    /// 11 November.
    Armistice,
    EasterMonday,
    /// 1 May.
    LabourDay,
    /// Ascension Day and the Friday after.
    Ascension,
    WhitMonday,
    /// A free day the school chose (two a year in primary school).
    FreeDay,
    /// A pedagogical study day: no lessons, the team trains.
    StudyDay,
    /// Any other day without school (a strike, a school party day).
    Other,
}

impl DayOffKind {
    pub const OWN: [DayOffKind; 3] = [DayOffKind::FreeDay, DayOffKind::StudyDay, DayOffKind::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Autumn => "autumn",
            Self::Christmas => "christmas",
            Self::Carnival => "carnival",
            Self::Easter => "easter",
            Self::Summer => "summer",
            Self::Armistice => "armistice",
            Self::EasterMonday => "easter_monday",
            Self::LabourDay => "labour_day",
            Self::Ascension => "ascension",
            Self::WhitMonday => "whit_monday",
            Self::FreeDay => "free_day",
            Self::StudyDay => "study_day",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Autumn,
            Self::Christmas,
            Self::Carnival,
            Self::Easter,
            Self::Summer,
            Self::Armistice,
            Self::EasterMonday,
            Self::LabourDay,
            Self::Ascension,
            Self::WhitMonday,
            Self::FreeDay,
            Self::StudyDay,
            Self::Other,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }

    /// The Fluent key of the kind's name ("kerstvakantie").
    pub fn key(self) -> String {
        format!("day-off-{}", self.as_str())
    }
}

/// One stretch of days without school, both ends included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayOff {
    pub from: Date,
    pub until: Date,
    pub kind: DayOffKind,
}

impl DayOff {
    pub fn contains(&self, day: Date) -> bool {
        self.from <= day && day <= self.until
    }
}

/// Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher).
pub fn easter(year: i16) -> Date {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(year, month as i8, day as i8)
}

/// The school year a day belongs to, by the calendar year it starts in (1 September).
pub fn school_year_of(day: Date) -> i16 {
    if day.month() >= 9 { day.year() } else { day.year() - 1 }
}

fn monday_of_week(day: Date) -> Date {
    day.checked_sub(jiff::Span::new().days(i64::from(day.weekday().to_monday_zero_offset())))
        .expect("a date in range")
}

fn plus(day: Date, days: i64) -> Date {
    day.checked_add(jiff::Span::new().days(days)).expect("a date in range")
}

/// The holidays and days without school of the Flemish school year that starts on
/// 1 September of `first_year`, as the decree sets them, in date order.
pub fn flemish_days_off(first_year: i16) -> Vec<DayOff> {
    let next = first_year + 1;
    let mut days = Vec::new();
    let mut add = |from: Date, until: Date, kind| days.push(DayOff { from, until, kind });
    let single = |d: Date| (d, d);

    // Autumn: the week of 1 November (from 2 November when that is a Sunday).
    let all_saints = date(first_year, 11, 1);
    let autumn = if all_saints.weekday() == Weekday::Sunday {
        plus(all_saints, 1)
    } else {
        monday_of_week(all_saints)
    };
    add(autumn, plus(autumn, 6), DayOffKind::Autumn);
    let armistice = date(first_year, 11, 11);
    if !(autumn..=plus(autumn, 6)).contains(&armistice) {
        let (f, u) = single(armistice);
        add(f, u, DayOffKind::Armistice);
    }

    // Christmas: two weeks from the Monday of the week of 25 December; from the Monday after
    // when Christmas is on a Saturday or a Sunday.
    let christmas = date(first_year, 12, 25);
    let christmas_start = match christmas.weekday() {
        Weekday::Saturday | Weekday::Sunday => plus(monday_of_week(christmas), 7),
        _ => monday_of_week(christmas),
    };
    add(christmas_start, plus(christmas_start, 13), DayOffKind::Christmas);

    let easter_day = easter(next);
    // Carnival: the seventh Monday before Easter, one week.
    let carnival = plus(easter_day, -48);
    add(carnival, plus(carnival, 6), DayOffKind::Carnival);

    // Easter holidays: from the first Monday of April; from the Monday after Easter when
    // Easter is in March; from the second Monday before Easter when Easter is after 15 April
    // (Easter Monday is then a day off of its own).
    let first_of_april = date(next, 4, 1);
    let first_monday = plus(
        first_of_april,
        i64::from((7 - first_of_april.weekday().to_monday_zero_offset()) % 7),
    );
    let easter_monday = plus(easter_day, 1);
    let easter_start = if easter_day.month() == 3 {
        easter_monday
    } else if easter_day > date(next, 4, 15) {
        plus(easter_day, -13)
    } else {
        first_monday
    };
    let easter_until = plus(easter_start, 13);
    add(easter_start, easter_until, DayOffKind::Easter);
    if !(easter_start..=easter_until).contains(&easter_monday) {
        let (f, u) = single(easter_monday);
        add(f, u, DayOffKind::EasterMonday);
    }

    let labour = date(next, 5, 1);
    if !(easter_start..=easter_until).contains(&labour) {
        let (f, u) = single(labour);
        add(f, u, DayOffKind::LabourDay);
    }
    let ascension = plus(easter_day, 39);
    add(ascension, plus(ascension, 1), DayOffKind::Ascension);
    let (f, u) = single(plus(easter_day, 50));
    add(f, u, DayOffKind::WhitMonday);
    add(date(next, 7, 1), date(next, 8, 31), DayOffKind::Summer);
    days.sort_by_key(|d| d.from);
    days
}

/// The Flemish days off of the school year `day` falls in and of the next one: enough to
/// plan a few months ahead from `day`.
pub fn flemish_days_off_from(day: Date) -> Vec<DayOff> {
    let year = school_year_of(day);
    [year, year + 1].into_iter().flat_map(flemish_days_off).collect()
}

/// Whether there is school on a day: not on a weekend, not on a day off.
pub fn is_school_day(day: Date, off: &[DayOff]) -> bool {
    !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) && !off.iter().any(|d| d.contains(day))
}

/// The last school day on or before `day`, looking back at most a month.
pub fn school_day_on_or_before(day: Date, off: &[DayOff]) -> Date {
    let mut d = day;
    for _ in 0..31 {
        if is_school_day(d, off) {
            return d;
        }
        d = plus(d, -1);
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(days: &[DayOff], kind: DayOffKind) -> (Date, Date) {
        let d = days
            .iter()
            .find(|d| d.kind == kind)
            .unwrap_or_else(|| panic!("{kind:?}"));
        (d.from, d.until)
    }

    #[test]
    fn easter_is_computed_for_known_years() {
        assert_eq!(easter(2021), date(2021, 4, 4));
        assert_eq!(easter(2024), date(2024, 3, 31));
        assert_eq!(easter(2025), date(2025, 4, 20));
        assert_eq!(easter(2027), date(2027, 3, 28));
        assert_eq!(easter(2019), date(2019, 4, 21));
    }

    #[test]
    fn the_school_year_2020_21_matches_the_published_calendar() {
        let days = flemish_days_off(2020);
        assert_eq!(
            find(&days, DayOffKind::Christmas),
            (date(2020, 12, 21), date(2021, 1, 3))
        );
        assert_eq!(
            find(&days, DayOffKind::Carnival),
            (date(2021, 2, 15), date(2021, 2, 21))
        );
        assert_eq!(find(&days, DayOffKind::Easter), (date(2021, 4, 5), date(2021, 4, 18)));
        assert_eq!(
            find(&days, DayOffKind::Ascension),
            (date(2021, 5, 13), date(2021, 5, 14))
        );
        assert_eq!(
            find(&days, DayOffKind::WhitMonday),
            (date(2021, 5, 24), date(2021, 5, 24))
        );
    }

    #[test]
    fn the_school_year_2021_22_matches_the_published_calendar() {
        let days = flemish_days_off(2021);
        assert_eq!(find(&days, DayOffKind::Autumn), (date(2021, 11, 1), date(2021, 11, 7)));
        // 25 December 2021 is a Saturday: the holiday starts the Monday after.
        assert_eq!(
            find(&days, DayOffKind::Christmas),
            (date(2021, 12, 27), date(2022, 1, 9))
        );
        assert_eq!(
            find(&days, DayOffKind::Armistice),
            (date(2021, 11, 11), date(2021, 11, 11))
        );
    }

    #[test]
    fn christmas_day_2026_is_never_a_school_day() {
        let days = flemish_days_off(2026);
        assert_eq!(
            find(&days, DayOffKind::Christmas),
            (date(2026, 12, 21), date(2027, 1, 3))
        );
        for d in 21..=31 {
            assert!(!is_school_day(date(2026, 12, d), &days), "{d} December");
        }
        assert!(is_school_day(date(2026, 12, 18), &days));
        // Easter 2027 is on 28 March: the Easter holiday starts the Monday after.
        assert_eq!(find(&days, DayOffKind::Easter), (date(2027, 3, 29), date(2027, 4, 11)));
        assert!(
            !days.iter().any(|d| d.kind == DayOffKind::EasterMonday),
            "inside the holiday"
        );
    }

    #[test]
    fn a_late_easter_starts_the_holiday_two_mondays_before_and_frees_easter_monday() {
        // Easter 2025 is on 20 April.
        let days = flemish_days_off(2024);
        assert_eq!(find(&days, DayOffKind::Easter), (date(2025, 4, 7), date(2025, 4, 20)));
        assert_eq!(
            find(&days, DayOffKind::EasterMonday),
            (date(2025, 4, 21), date(2025, 4, 21))
        );
        assert_eq!(find(&days, DayOffKind::LabourDay), (date(2025, 5, 1), date(2025, 5, 1)));
    }

    #[test]
    fn the_last_school_day_before_a_holiday_is_found() {
        let days = flemish_days_off(2026);
        assert_eq!(school_day_on_or_before(date(2026, 12, 25), &days), date(2026, 12, 18));
        assert_eq!(school_day_on_or_before(date(2026, 12, 16), &days), date(2026, 12, 16));
        assert_eq!(school_year_of(date(2027, 3, 1)), 2026);
        assert_eq!(school_year_of(date(2026, 9, 1)), 2026);
    }

    #[test]
    fn every_kind_reads_back() {
        for k in flemish_days_off(2026).iter().map(|d| d.kind).chain(DayOffKind::OWN) {
            assert_eq!(DayOffKind::parse(k.as_str()), Some(k));
        }
    }
}
