//! Languages. Staff pages speak Dutch and English; a guardian reads their letter, mails and
//! pages in any language with a catalog (the web crate's `locales/`).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    Nl,
    En,
    Fr,
    Ar,
    Tr,
    Pl,
    Ro,
    Bg,
    Uk,
}

impl Language {
    /// Every language a guardian can prefer, in the order a language menu lists them.
    pub const ALL: [Language; 9] = [
        Self::Nl,
        Self::Fr,
        Self::En,
        Self::Ar,
        Self::Tr,
        Self::Pl,
        Self::Ro,
        Self::Bg,
        Self::Uk,
    ];
    /// Languages the staff interface is complete in.
    pub const UI: [Language; 2] = [Self::Nl, Self::En];

    pub fn code(self) -> &'static str {
        match self {
            Self::Nl => "nl",
            Self::En => "en",
            Self::Fr => "fr",
            Self::Ar => "ar",
            Self::Tr => "tr",
            Self::Pl => "pl",
            Self::Ro => "ro",
            Self::Bg => "bg",
            Self::Uk => "uk",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Reads what people type in a class list: a code or the language's name in Dutch,
    /// English or the language itself.
    pub fn parse_loose(text: &str) -> Option<Self> {
        let t = text.trim().to_lowercase();
        let t = t.as_str();
        if let Some(l) = Self::parse(t).filter(|_| t.len() <= 5) {
            return Some(l);
        }
        match t {
            "nederlands" | "dutch" | "vlaams" => Some(Self::Nl),
            "engels" | "english" | "anglais" => Some(Self::En),
            "frans" | "french" | "français" | "francais" => Some(Self::Fr),
            "arabisch" | "arabic" | "arabe" | "العربية" => Some(Self::Ar),
            "turks" | "turkish" | "türkçe" | "turkce" => Some(Self::Tr),
            "pools" | "polish" | "polski" | "polonais" => Some(Self::Pl),
            "roemeens" | "romanian" | "română" | "romana" | "roumain" => Some(Self::Ro),
            "bulgaars" | "bulgarian" | "български" | "bulgare" => Some(Self::Bg),
            "oekraïens" | "oekraiens" | "ukrainian" | "українська" | "ukrainien" => Some(Self::Uk),
            _ => None,
        }
    }

    pub fn is_ui(self) -> bool {
        Self::UI.contains(&self)
    }

    /// Writing direction, for `<html dir>`: Arabic is written right to left.
    pub fn dir(self) -> &'static str {
        if self == Self::Ar { "rtl" } else { "ltr" }
    }

    /// The staff interface language to use for someone who prefers `self`.
    pub fn ui_or_default(self) -> Self {
        if self.is_ui() { self } else { Self::Nl }
    }

    /// Picks the first UI language from an `Accept-Language` header, respecting q-values.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        Self::from_accept_language_in(header, &Self::UI)
    }

    /// Picks the first of `offered` from an `Accept-Language` header, respecting q-values.
    pub fn from_accept_language_in(header: &str, offered: &[Language]) -> Option<Self> {
        let mut choices: Vec<(f32, Language)> = header
            .split(',')
            .filter_map(|part| {
                let mut it = part.split(';');
                let lang = Self::parse(it.next()?)?;
                let q = it
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (offered.contains(&lang) && q > 0.0).then_some((q, lang))
            })
            .collect();
        // Stable sort keeps the header's order for equal weights.
        choices.sort_by(|a, b| b.0.total_cmp(&a.0));
        choices.first().map(|c| c.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_prefers_highest_weight_ui_language() {
        assert_eq!(
            Language::from_accept_language("fr-BE,fr;q=0.9,en;q=0.8,nl;q=0.7"),
            Some(Language::En)
        );
        assert_eq!(Language::from_accept_language("nl-BE,en;q=0.5"), Some(Language::Nl));
        assert_eq!(Language::from_accept_language("de-DE"), None);
    }

    #[test]
    fn loose_names_from_class_lists() {
        assert_eq!(Language::parse_loose("Frans"), Some(Language::Fr));
        assert_eq!(Language::parse_loose(" NL "), Some(Language::Nl));
        assert_eq!(Language::parse_loose("Türkçe"), Some(Language::Tr));
        assert_eq!(Language::parse_loose("Oekraïens"), Some(Language::Uk));
        assert_eq!(Language::parse_loose("Polski"), Some(Language::Pl));
        assert_eq!(Language::parse_loose("Klingon"), None);
    }
}
