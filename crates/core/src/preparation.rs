//! The teacher's preparation of a KOM conversation (DESIGN.md §2 step 5): the focus, the
//! message they certainly want to pass on, the questions for the child and for the parents,
//! and confidential notes. All of it is `staff` visibility: it is shown on the teacher's
//! private panel and printed on the staff-only sheet, never to the family or on the shared
//! screen. The teacher's own view of the spider web is kept beside it (`instrument`).

use crate::values::{FieldError, optional_lines};

/// The longest text a preparation field holds.
pub const FIELD_CHARS: usize = 2000;

/// A field of the preparation, in the order of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrepField {
    Focus,
    Message,
    AskChild,
    AskParents,
    Confidential,
}

impl PrepField {
    pub const ALL: [PrepField; 5] = [
        Self::Focus,
        Self::Message,
        Self::AskChild,
        Self::AskParents,
        Self::Confidential,
    ];

    /// The column and form field name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Focus => "focus",
            Self::Message => "message",
            Self::AskChild => "ask_child",
            Self::AskParents => "ask_parents",
            Self::Confidential => "confidential",
        }
    }
}

/// A preparation as typed, checked: each field's text, or none when left empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preparation {
    pub focus: Option<String>,
    pub message: Option<String>,
    pub ask_child: Option<String>,
    pub ask_parents: Option<String>,
    pub confidential: Option<String>,
}

impl Preparation {
    pub fn get(&self, f: PrepField) -> Option<&str> {
        match f {
            PrepField::Focus => self.focus.as_deref(),
            PrepField::Message => self.message.as_deref(),
            PrepField::AskChild => self.ask_child.as_deref(),
            PrepField::AskParents => self.ask_parents.as_deref(),
            PrepField::Confidential => self.confidential.as_deref(),
        }
    }

    fn slot(&mut self, f: PrepField) -> &mut Option<String> {
        match f {
            PrepField::Focus => &mut self.focus,
            PrepField::Message => &mut self.message,
            PrepField::AskChild => &mut self.ask_child,
            PrepField::AskParents => &mut self.ask_parents,
            PrepField::Confidential => &mut self.confidential,
        }
    }

    /// Whether nothing is written.
    pub fn is_empty(&self) -> bool {
        PrepField::ALL.iter().all(|f| self.get(*f).is_none())
    }

    /// The questions for the child or the parents, one per line.
    pub fn questions(text: Option<&str>) -> Vec<String> {
        text.unwrap_or_default()
            .lines()
            .map(|l| l.trim_start_matches(['-', '*', '•']).trim().to_string())
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// Checks every field as typed (`value_of` gives a field's raw text); none is required.
    /// Every problem is returned with its field.
    pub fn parse(value_of: impl Fn(&str) -> String) -> Result<Self, Vec<(&'static str, FieldError)>> {
        let mut out = Self::default();
        let mut problems = Vec::new();
        for f in PrepField::ALL {
            match optional_lines(&value_of(f.as_str()), FIELD_CHARS) {
                Ok(text) => *out.slot(f) = text,
                Err(e) => problems.push((f.as_str(), e)),
            }
        }
        if problems.is_empty() { Ok(out) } else { Err(problems) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_required_and_too_long_is_said_per_field() {
        let empty = Preparation::parse(|_| "  ".into()).unwrap();
        assert!(empty.is_empty());
        let p = Preparation::parse(|f| match f {
            "focus" => "Zelfvertrouwen bij wiskunde".into(),
            "ask_child" => "- Wat lukt er nu beter?\n\n* Wie helpt je?".into(),
            _ => String::new(),
        })
        .unwrap();
        assert_eq!(p.focus.as_deref(), Some("Zelfvertrouwen bij wiskunde"));
        assert_eq!(
            Preparation::questions(p.ask_child.as_deref()),
            vec!["Wat lukt er nu beter?", "Wie helpt je?"]
        );
        let long = "x".repeat(FIELD_CHARS + 1);
        let bad = Preparation::parse(|f| if f == "message" { long.clone() } else { "ok".into() }).unwrap_err();
        assert_eq!(bad, vec![("message", FieldError::TooLong)]);
    }
}
