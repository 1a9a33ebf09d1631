//! Translations. Every user-facing string is a Fluent message in `locales/<lang>/*.ftl`,
//! embedded at compile time. Dutch is the default and the fallback; English is complete.
//! Templates get a [`Tr`] and call `t.t("key")`; missing keys show up in tests, not to users.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use samenspraak_core::Language;
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "nl",
        // Bidi isolation marks would end up in titles, mails and test assertions.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The translator for one request: a language and the embedded catalogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub lang: Language,
}

/// The languages a guardian can choose: every language with a catalog in `locales/`.
/// Dutch, English and French are complete (a test holds them to it); a catalog added for
/// another language (Arabic, say, written right to left) makes it available at once, and
/// what it does not translate yet reads in Dutch.
pub fn portal_languages() -> &'static [Language] {
    static LANGUAGES: std::sync::OnceLock<Vec<Language>> = std::sync::OnceLock::new();
    LANGUAGES.get_or_init(|| {
        let shipped: Vec<String> = LOCALES.locales().map(|l| l.language.as_str().to_string()).collect();
        Language::ALL
            .into_iter()
            .filter(|l| shipped.iter().any(|s| s == l.code()))
            .collect()
    })
}

/// The guardian's languages, each in its own name ("Nederlands, Français, …, Українська"),
/// for the letter's line that says which languages the website speaks. In a right-to-left
/// sentence each name is isolated (FSI … PDI), so the list keeps its order and its commas;
/// the comma is the reader's ("، " in Arabic).
pub fn portal_language_names(lang: Language) -> String {
    let rtl = lang.dir() == "rtl";
    portal_languages()
        .iter()
        .map(|l| {
            let name = Tr::new(*l).t("language-switch");
            if rtl { format!("\u{2068}{name}\u{2069}") } else { name }
        })
        .collect::<Vec<_>>()
        .join(&Tr::new(lang).t("list-separator"))
}

/// The language a guardian who prefers `preferred` reads their letter and portal in.
pub fn portal_language(preferred: Language) -> Language {
    if portal_languages().contains(&preferred) {
        preferred
    } else {
        Language::Nl
    }
}

impl Tr {
    pub fn new(lang: Language) -> Self {
        Self { lang }
    }

    fn id(&self) -> LanguageIdentifier {
        self.lang.code().parse().expect("language codes are valid identifiers")
    }

    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    pub fn t1(&self, key: &str, name: &'static str, value: impl std::fmt::Display) -> String {
        self.args(key, &[(name, value.to_string())])
    }

    pub fn t2(
        &self,
        key: &str,
        n1: &'static str,
        v1: impl std::fmt::Display,
        n2: &'static str,
        v2: impl std::fmt::Display,
    ) -> String {
        self.args(key, &[(n1, v1.to_string()), (n2, v2.to_string())])
    }

    /// A count, so the catalogs can choose singular or plural.
    pub fn n(&self, key: &str, count: impl std::borrow::Borrow<i64>) -> String {
        let count = *count.borrow();
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        args.insert(Cow::Borrowed("count"), FluentValue::from(count));
        LOCALES.lookup_with_args(&self.id(), key, &args)
    }

    /// A message with several counts, each choosing its own plural form.
    pub fn counts(&self, key: &str, counts: &[(&'static str, i64)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = counts
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(*v)))
            .collect();
        LOCALES.lookup_with_args(&self.id(), key, &map)
    }

    pub fn args(&self, key: &str, args: &[(&'static str, String)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
            .collect();
        LOCALES.lookup_with_args(&self.id(), key, &map)
    }

    /// The language's code for `<html lang>`.
    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// A date as a Flemish reader expects it: "dinsdag 15 december 2026".
    pub fn date_long(&self, d: impl std::borrow::Borrow<jiff::civil::Date>) -> String {
        let d = *d.borrow();
        let weekday = self.t(&format!("weekday-{}", d.weekday().to_monday_one_offset()));
        let month = self.t(&format!("month-{}", d.month()));
        self.args(
            "date-long",
            &[
                ("weekday", weekday),
                ("day", d.day().to_string()),
                ("month", month),
                ("year", d.year().to_string()),
            ],
        )
    }

    /// "15 dec." style, for timelines and tables.
    pub fn date_short(&self, d: impl std::borrow::Borrow<jiff::civil::Date>) -> String {
        let d = *d.borrow();
        let month = self.t(&format!("month-short-{}", d.month()));
        self.args("date-short", &[("day", d.day().to_string()), ("month", month)])
    }

    pub fn datetime_long(&self, dt: jiff::civil::DateTime) -> String {
        self.t2(
            "datetime-long",
            "date",
            self.date_long(dt.date()),
            "time",
            dt.strftime("%H:%M"),
        )
    }

    pub fn language_name(&self, l: impl std::borrow::Borrow<Language>) -> String {
        let l = *l.borrow();
        self.t(&format!("language-{}", l.code()))
    }
}
