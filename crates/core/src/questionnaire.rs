//! The questionnaire parents fill in at home with their child (DESIGN.md §2, step 2), in
//! our own words: a set for every class ("preparing at home") and one for the 6th grade about
//! the choice of secondary school. Questions are open text, one choice, several choices, a
//! smiley, the thermometer, or the spider web with the class's own axes, so the parents'
//! view can be laid over the child's.
//!
//! Texts live in the catalogs (`q-<key>`, and `q-<key>-<choice>` for choices).

use crate::values::FieldError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    Text,
    /// One of the choices.
    Single(&'static [&'static str]),
    /// Any of the choices.
    Multiple(&'static [&'static str]),
    /// A face from 1 (not at all) to 5 (very much).
    Smiley,
    /// 0 to 10.
    Thermometer,
    /// 1 to 5 on each of the class's spider-web axes.
    SpiderWeb,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub key: &'static str,
    pub kind: QuestionKind,
}

const TOPICS: &[&str] = &["friends", "learning", "homework", "feelings", "behaviour", "next_year"];
const DIRECTIONS: &[&str] = &[
    "stem",
    "language_culture",
    "economics_organisation",
    "society_welfare",
    "arts_creation",
    "sport",
    "food_hospitality",
    "agriculture_nature",
    "not_sure",
];
const INFO: &[&str] = &["open_days", "school_visits", "choice_help", "support_needs", "costs"];
const LANGUAGES: &[&str] = &["nl", "fr", "en", "ar", "tr", "pl", "ro", "bg", "uk", "other"];

const HOME: &[Question] = &[
    Question {
        key: "tells",
        kind: QuestionKind::Text,
    },
    Question {
        key: "likes_school",
        kind: QuestionKind::Smiley,
    },
    Question {
        key: "feels",
        kind: QuestionKind::Thermometer,
    },
    Question {
        key: "does_well",
        kind: QuestionKind::Text,
    },
    Question {
        key: "spider",
        kind: QuestionKind::SpiderWeb,
    },
    Question {
        key: "topics",
        kind: QuestionKind::Multiple(TOPICS),
    },
    Question {
        key: "discuss",
        kind: QuestionKind::Text,
    },
    Question {
        key: "help",
        kind: QuestionKind::Text,
    },
];

const STUDY_CHOICE: &[Question] = &[
    Question {
        key: "tells",
        kind: QuestionKind::Text,
    },
    Question {
        key: "likes_school",
        kind: QuestionKind::Smiley,
    },
    Question {
        key: "feels",
        kind: QuestionKind::Thermometer,
    },
    Question {
        key: "spider",
        kind: QuestionKind::SpiderWeb,
    },
    Question {
        key: "expect",
        kind: QuestionKind::Text,
    },
    Question {
        key: "direction",
        kind: QuestionKind::Single(DIRECTIONS),
    },
    Question {
        key: "schools",
        kind: QuestionKind::Text,
    },
    Question {
        key: "info",
        kind: QuestionKind::Multiple(INFO),
    },
    Question {
        key: "info_language",
        kind: QuestionKind::Single(LANGUAGES),
    },
    Question {
        key: "discuss",
        kind: QuestionKind::Text,
    },
];

/// Which questionnaire a class gets in a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Set {
    /// Preparing the conversation at home.
    Home,
    /// The 6th grade: expectations for secondary school, directions, information needed.
    StudyChoice,
    /// Only the teacher's own questions.
    Own,
}

impl Set {
    pub const ALL: [Set; 3] = [Set::Home, Set::StudyChoice, Set::Own];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Home => "home",
            Self::StudyChoice => "study_choice",
            Self::Own => "own",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// The set a class starts with: the study choice in the 6th grade.
    pub fn for_grade(grade: Option<i64>) -> Self {
        if grade == Some(6) {
            Self::StudyChoice
        } else {
            Self::Home
        }
    }

    pub fn questions(self) -> &'static [Question] {
        match self {
            Self::Home => HOME,
            Self::StudyChoice => STUDY_CHOICE,
            Self::Own => &[],
        }
    }
}

/// The teacher's own questions (open answers), one per non-empty line, each with a key made
/// from its words so answers stay with the question they were given to.
pub fn own_questions(lines: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in lines.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let text: String = line.chars().take(300).collect();
        let key = crate::instrument_template::own_key(&text);
        if !out.iter().any(|(k, _)| *k == key) {
            out.push((key, text));
        }
    }
    out
}

/// Longest open answer.
pub const MAX_TEXT: usize = 2000;

/// One answer as typed, checked: the stored value, or why it is refused. An empty answer is
/// `Ok(None)`: no question is mandatory.
pub fn parse_answer(
    kind: QuestionKind,
    values: &[String],
    spider_axes: &[&str],
    axis_value: impl Fn(&str) -> Option<String>,
) -> Result<Option<String>, FieldError> {
    let first = values.first().map(|v| v.trim()).unwrap_or("");
    match kind {
        QuestionKind::Text => {
            if first.chars().count() > MAX_TEXT {
                return Err(FieldError::TooLong);
            }
            Ok((!first.is_empty()).then(|| first.to_string()))
        }
        QuestionKind::Single(choices) => match first {
            "" => Ok(None),
            v if choices.contains(&v) => Ok(Some(v.to_string())),
            _ => Err(FieldError::Choice),
        },
        QuestionKind::Multiple(choices) => {
            let picked: Vec<&str> = choices
                .iter()
                .copied()
                .filter(|c| values.iter().any(|v| v == c))
                .collect();
            if values.iter().any(|v| !v.is_empty() && !choices.contains(&v.as_str())) {
                return Err(FieldError::Choice);
            }
            Ok((!picked.is_empty()).then(|| picked.join(",")))
        }
        QuestionKind::Smiley => number(first, 1, 5),
        QuestionKind::Thermometer => number(first, 0, 10),
        QuestionKind::SpiderWeb => {
            let web = crate::instrument::SpiderWeb::parse(spider_axes, axis_value)?;
            Ok((!web.scores.is_empty()).then(|| web.encode()))
        }
    }
}

fn number(v: &str, min: u8, max: u8) -> Result<Option<String>, FieldError> {
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<u8>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .map(|n| Some(n.to_string()))
        .ok_or(FieldError::Choice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(v: &str) -> Vec<String> {
        vec![v.to_string()]
    }

    #[test]
    fn the_sixth_grade_gets_the_study_choice() {
        assert_eq!(Set::for_grade(Some(6)), Set::StudyChoice);
        assert_eq!(Set::for_grade(Some(5)), Set::Home);
        assert_eq!(Set::for_grade(None), Set::Home);
        for set in Set::ALL {
            let keys: Vec<_> = set.questions().iter().map(|q| q.key).collect();
            let mut unique = keys.clone();
            unique.dedup();
            assert_eq!(keys.len(), unique.len());
            assert_eq!(Set::parse(set.as_str()), Some(set));
        }
    }

    #[test]
    fn own_questions_keep_their_key_with_their_words() {
        let q = own_questions("Hoe gaat het met de fietsles?\n\n  Wat eet je graag?  \nHoe gaat het met de fietsles?");
        assert_eq!(q.len(), 2, "a question twice is asked once");
        assert_eq!(q[1].1, "Wat eet je graag?");
        assert_eq!(own_questions("Wat eet je graag?")[0].0, q[1].0);
        assert!(Set::Own.questions().is_empty());
    }

    #[test]
    fn answers_are_checked_and_nothing_is_mandatory() {
        let none = |_: &str| None;
        assert_eq!(parse_answer(QuestionKind::Text, &one("  "), &[], none), Ok(None));
        assert_eq!(
            parse_answer(QuestionKind::Text, &one(&"x".repeat(MAX_TEXT + 1)), &[], none),
            Err(FieldError::TooLong)
        );
        assert_eq!(
            parse_answer(QuestionKind::Single(DIRECTIONS), &one("stem"), &[], none),
            Ok(Some("stem".into()))
        );
        assert_eq!(
            parse_answer(QuestionKind::Single(DIRECTIONS), &one("rocket"), &[], none),
            Err(FieldError::Choice)
        );
        let picked = vec!["homework".to_string(), "friends".to_string()];
        assert_eq!(
            parse_answer(QuestionKind::Multiple(TOPICS), &picked, &[], none),
            Ok(Some("friends,homework".into())),
            "in the order offered"
        );
        assert_eq!(
            parse_answer(QuestionKind::Smiley, &one("6"), &[], none),
            Err(FieldError::Choice)
        );
        assert_eq!(
            parse_answer(QuestionKind::Thermometer, &one("0"), &[], none),
            Ok(Some("0".into()))
        );
        let web = parse_answer(QuestionKind::SpiderWeb, &[], &["alone", "maths"], |a| {
            (a == "maths").then(|| "4".to_string())
        });
        assert_eq!(web, Ok(Some("maths=4".into())));
    }
}
