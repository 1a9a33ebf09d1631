//! The gesprekskader (`conference_frame`, DESIGN.md §2 step 5): the boxes filled in during
//! the KOM conversation, none of them mandatory, and the agreements it ends with: what, who,
//! by when, and how it went. Both have `family` visibility: the child and the guardians read
//! them; an empty box is left out of everything a family sees or prints.

use crate::values::{FieldError, optional_lines, parse_date, required_text};
use jiff::civil::Date;

/// A box of the frame, in the order it is filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FrameBox {
    GoingWell,
    Hard,
    Feeling,
    Interests,
    AtHome,
    TeacherMessage,
    /// 6th grade: directions and schools considered, open days, what the family still wants
    /// to know.
    StudyChoice,
    NextConversation,
}

impl FrameBox {
    pub const ALL: [FrameBox; 8] = [
        Self::GoingWell,
        Self::Hard,
        Self::Feeling,
        Self::Interests,
        Self::AtHome,
        Self::TeacherMessage,
        Self::StudyChoice,
        Self::NextConversation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::GoingWell => "going_well",
            Self::Hard => "hard",
            Self::Feeling => "feeling",
            Self::Interests => "interests",
            Self::AtHome => "at_home",
            Self::TeacherMessage => "teacher_message",
            Self::StudyChoice => "study_choice",
            Self::NextConversation => "next_conversation",
        }
    }
}

/// Whether the box `key` is part of the frame of a child in `grade`: the study choice is for
/// the 6th grade only; every other box, the school's own too, is for all.
pub fn in_grade(key: &str, grade: Option<i64>) -> bool {
    key != FrameBox::StudyChoice.as_str() || grade == Some(6)
}

/// The built-in boxes' keys, in their order: the default frame a school adjusts
/// (`instrument_template::Kind::Frame`).
pub const FRAME_KEYS: [&str; 8] = [
    "going_well",
    "hard",
    "feeling",
    "interests",
    "at_home",
    "teacher_message",
    "study_choice",
    "next_conversation",
];

/// The longest text a box holds.
pub const BOX_CHARS: usize = 2000;

/// Who takes an agreement on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Child,
    Parents,
    Teacher,
    School,
    CareCoordinator,
}

impl Who {
    pub const ALL: [Who; 5] = [
        Self::Child,
        Self::Parents,
        Self::Teacher,
        Self::School,
        Self::CareCoordinator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Child => "child",
            Self::Parents => "parents",
            Self::Teacher => "teacher",
            Self::School => "school",
            Self::CareCoordinator => "care_coordinator",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|w| w.as_str() == s)
    }
}

/// Where an agreement stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    Open,
    Done,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 3] = [Self::Open, Self::Done, Self::Dropped];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Done => "done",
            Self::Dropped => "dropped",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|w| w.as_str() == s)
    }
}

/// How the child says an agreement went, in the next child talk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChildSays {
    Done,
    Partly,
    NotYet,
}

impl ChildSays {
    pub const ALL: [ChildSays; 3] = [Self::Done, Self::Partly, Self::NotYet];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Partly => "partly",
            Self::NotYet => "not_yet",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|w| w.as_str() == s)
    }
}

/// An agreement as typed, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementInput {
    pub what: String,
    pub who: Who,
    pub by: Option<Date>,
}

/// Checks a new agreement: what (required, at most 300 characters), who (one of `Who`), and
/// an optional date by when. Every problem is returned with its field.
pub fn parse_agreement(what: &str, who: &str, by: &str) -> Result<AgreementInput, Vec<(&'static str, FieldError)>> {
    let mut problems = Vec::new();
    let what = required_text(what, 300).map_err(|e| problems.push(("what", e))).ok();
    let who = Who::parse(who)
        .ok_or(FieldError::Choice)
        .map_err(|e| problems.push(("who", e)))
        .ok();
    let by = if by.trim().is_empty() {
        Some(None)
    } else {
        parse_date(by).map(Some).map_err(|e| problems.push(("by", e))).ok()
    };
    match (what, who, by) {
        (Some(what), Some(who), Some(by)) if problems.is_empty() => Ok(AgreementInput { what, who, by }),
        _ => Err(problems),
    }
}

/// A box's text as typed: trimmed, empty is none, at most `BOX_CHARS`.
pub fn parse_box(raw: &str) -> Result<Option<String>, FieldError> {
    optional_lines(raw, BOX_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn study_choice_is_a_sixth_grade_box() {
        assert!(in_grade("study_choice", Some(6)));
        assert!(!in_grade("study_choice", Some(5)));
        assert!(!in_grade("study_choice", None));
        assert!(in_grade("hard", Some(5)) && in_grade("own1a2b3c4d", None));
        for (b, key) in FrameBox::ALL.into_iter().zip(FRAME_KEYS) {
            assert_eq!(b.as_str(), key);
        }
    }

    #[test]
    fn an_agreement_says_what_and_who_and_maybe_by_when() {
        let a = parse_agreement(" Elke dag 10 minuten lezen ", "child", "31/01/2027").unwrap();
        assert_eq!(a.what, "Elke dag 10 minuten lezen");
        assert_eq!(a.who, Who::Child);
        assert_eq!(a.by, Some(jiff::civil::date(2027, 1, 31)));
        assert_eq!(parse_agreement("Opendag bezoeken", "parents", "").unwrap().by, None);
        let bad = parse_agreement("", "buurman", "31/02/2027").unwrap_err();
        assert_eq!(
            bad,
            vec![
                ("what", FieldError::Required),
                ("who", FieldError::Choice),
                ("by", FieldError::Date)
            ]
        );
        assert_eq!(parse_box("   "), Ok(None));
        assert_eq!(parse_box(&"x".repeat(BOX_CHARS + 1)), Err(FieldError::TooLong));
    }
}
