//! Who may see a piece of child data (DESIGN.md §3). The server decides; a page never does.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Vertrouwelijk: the child's teachers and the care coordinator only.
    Staff,
    /// The child and staff.
    Child,
    /// The child, the child's guardians and staff.
    Family,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Staff => "staff",
            Self::Child => "child",
            Self::Family => "family",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Staff, Self::Child, Self::Family]
            .into_iter()
            .find(|v| v.as_str() == s)
    }

    pub fn key(self) -> String {
        format!("visibility-{}", self.as_str())
    }

    /// Whether a guardian may ever see data with this visibility.
    pub fn reaches_family(self) -> bool {
        self == Self::Family
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_family_data_reaches_guardians() {
        assert!(!Visibility::Staff.reaches_family());
        assert!(!Visibility::Child.reaches_family());
        assert!(Visibility::Family.reaches_family());
        assert_eq!(Visibility::parse("staff"), Some(Visibility::Staff));
        assert_eq!(Visibility::parse("public"), None);
    }
}
