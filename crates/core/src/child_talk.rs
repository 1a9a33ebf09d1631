//! The vocabulary of child talks (kindgesprekken): the kinds of class moment they are
//! planned into, a talk's status, and the round's settings for length and pace.

use crate::values::{FieldError, FieldProblems};
use jiff::civil::{Time, Weekday};

/// The kinds of class time the tip sheet names for a quiet one-to-one talk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MomentKind {
    CornerWork,
    IndependentWork,
    CoTeaching,
    ColleagueTakesClass,
    LunchBreak,
    Other,
}

impl MomentKind {
    pub const ALL: [MomentKind; 6] = [
        Self::CornerWork,
        Self::IndependentWork,
        Self::CoTeaching,
        Self::ColleagueTakesClass,
        Self::LunchBreak,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::CornerWork => "corner_work",
            Self::IndependentWork => "independent_work",
            Self::CoTeaching => "co_teaching",
            Self::ColleagueTakesClass => "colleague",
            Self::LunchBreak => "lunch",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("moment-kind-{}", self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TalkStatus {
    Planned,
    /// Planned again by hand, or after the child was absent.
    Moved,
    Done,
    Absent,
}

impl TalkStatus {
    pub const ALL: [TalkStatus; 4] = [Self::Planned, Self::Moved, Self::Done, Self::Absent];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Moved => "moved",
            Self::Done => "done",
            Self::Absent => "absent",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("talk-status-{}", self.as_str())
    }
}

/// How long a talk lasts, the pause after it, and how many fit in one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TalkSettings {
    pub talk_minutes: i64,
    pub break_minutes: i64,
    pub per_moment: i64,
}

impl Default for TalkSettings {
    fn default() -> Self {
        Self {
            talk_minutes: 20,
            break_minutes: 5,
            per_moment: 3,
        }
    }
}

impl TalkSettings {
    /// The limits of each setting, from and to, which the form states next to its field.
    pub const TALK_MINUTES: (i64, i64) = (10, 30);
    pub const BREAK_MINUTES: (i64, i64) = (0, 30);
    pub const PER_MOMENT: (i64, i64) = (1, 12);

    /// From the form; the tip sheet's 15–20 minutes, with some room either way.
    pub fn parse(talk: &str, pause: &str, per_moment: &str) -> Result<Self, FieldProblems> {
        let mut errors = Vec::new();
        let mut number = |field: &'static str, raw: &str, (min, max): (i64, i64)| {
            crate::values::parse_whole(raw, min, max)
                .map_err(|e| errors.push((field, e)))
                .ok()
        };
        let t = number("talk_minutes", talk, Self::TALK_MINUTES);
        let b = number("break_minutes", pause, Self::BREAK_MINUTES);
        let p = number("per_moment", per_moment, Self::PER_MOMENT);
        match (t, b, p) {
            (Some(talk_minutes), Some(break_minutes), Some(per_moment)) => Ok(Self {
                talk_minutes,
                break_minutes,
                per_moment,
            }),
            _ => Err(errors),
        }
    }
}

/// A weekday from 1 (Monday) to 7, as stored.
pub fn weekday_from_number(n: i64) -> Option<Weekday> {
    match n {
        1 => Some(Weekday::Monday),
        2 => Some(Weekday::Tuesday),
        3 => Some(Weekday::Wednesday),
        4 => Some(Weekday::Thursday),
        5 => Some(Weekday::Friday),
        6 => Some(Weekday::Saturday),
        7 => Some(Weekday::Sunday),
        _ => None,
    }
}

/// `10:40` or `10.40` or `1040` as teachers type it.
pub fn parse_time_of_day(raw: &str) -> Result<Time, FieldError> {
    let t = raw.trim().replace(['.', 'u', 'h'], ":");
    let t = if !t.contains(':') && t.len() == 4 {
        format!("{}:{}", &t[..2], &t[2..])
    } else {
        t
    };
    let (h, m) = t.split_once(':').ok_or(FieldError::Time)?;
    let (h, m) = (
        h.trim().parse::<i8>().map_err(|_| FieldError::Time)?,
        m.trim().parse::<i8>().map_err(|_| FieldError::Time)?,
    );
    Time::new(h, m, 0, 0).map_err(|_| FieldError::Choice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_as_teachers_type_them() {
        let want = jiff::civil::time(10, 40, 0, 0);
        for raw in ["10:40", "10.40", "1040", "10u40", " 10:40 "] {
            assert_eq!(parse_time_of_day(raw), Ok(want), "{raw}");
        }
        assert!(parse_time_of_day("25:00").is_err());
        assert!(parse_time_of_day("na de speeltijd").is_err());
    }

    #[test]
    fn settings_stay_within_sense() {
        assert_eq!(TalkSettings::parse("15", "5", "4").unwrap().talk_minutes, 15);
        let e = TalkSettings::parse("90", "-1", "0").unwrap_err();
        assert_eq!(
            e.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            ["talk_minutes", "break_minutes", "per_moment"]
        );
    }
}
