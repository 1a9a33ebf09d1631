//! Forms: the body extractor that cleans what was typed, and the messages next to fields.

use crate::http::error::AppError;
use crate::i18n::Tr;
use samenspraak_core::values::FieldError;

/// Messages next to form fields, already translated. Each also carries the field's name as
/// the summary at the top of the form shows it (`field-<name>` in the catalogs).
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(Vec<(String, String, String)>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &'static str, t: &Tr, error: FieldError) {
        self.add_message(field, t, t.t(error.key()));
    }

    pub fn add_message(&mut self, field: &'static str, t: &Tr, message: String) {
        self.0
            .push((field.to_string(), t.t(&format!("field-{field}")), message));
    }

    /// A message next to a field whose name and label are made at run time (a box of the
    /// school's own frame, say).
    pub fn add_labelled(&mut self, field: String, label: String, message: String) {
        self.0.push((field, label, message));
    }

    pub fn from_list(list: &[(&'static str, FieldError)], t: &Tr) -> Self {
        let mut e = Self::new();
        for (field, error) in list {
            e.add(field, t, *error);
        }
        e
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _, _)| *f == field).map(|(_, _, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// For the summary at the top of a form: (field id, field name, message).
    pub fn all(&self) -> &[(String, String, String)] {
        &self.0
    }
}

/// The value of a form field from the pairs a form sent, empty when it is missing.
pub fn field(pairs: &[(String, String)], name: &str) -> String {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Minutes to wait, rounded up, for a message.
pub fn minutes_to_wait(retry_after_seconds: i64) -> i64 {
    (retry_after_seconds + 59) / 60
}

/// What a person can have meant to type: control characters (other than line breaks and
/// tabs), NUL, and the invisible marks that turn text around (bidirectional embeddings,
/// overrides and isolates, which can make "Jan" print as a different name) are dropped.
/// Arabic's own direction marks (LRM, RLM, ALM) stay.
pub fn clean_input(text: &str) -> String {
    text.chars()
        .filter(|c| {
            let turns_text = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}');
            !turns_text && (!c.is_control() || matches!(c, '\n' | '\r' | '\t'))
        })
        .collect()
}

/// A form body. Like axum's `Form`, but every value goes through [`clean_input`] first, and
/// a body that cannot be read becomes the translated "that did not work" page instead of a
/// bare text response. Form structs use `#[serde(default)]`, so a missing field is an empty
/// one, checked like any other.
pub struct Form<T>(pub T);

impl<T, S> axum::extract::FromRequest<S> for Form<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        let bad = |_| AppError::BadRequest;
        let is_form = req
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(AppError::BadRequest);
        }
        let body = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).map_err(bad)?;
        let cleaned: Vec<(String, String)> = pairs.into_iter().map(|(k, v)| (k, clean_input(&v))).collect();
        let encoded = serde_urlencoded::to_string(&cleaned).map_err(|_| AppError::BadRequest)?;
        serde_urlencoded::from_str(&encoded).map(Form).map_err(bad)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn typed_text_loses_what_nobody_can_see() {
        assert_eq!(super::clean_input("Ja\u{0}n\u{7}"), "Jan");
        assert_eq!(super::clean_input("Amira\u{202E}lirpa"), "Amiralirpa");
        assert_eq!(super::clean_input("\u{2067}Noor\u{2069}\u{FEFF}"), "Noor");
        assert_eq!(super::clean_input("twee\r\nregels\tmet tab"), "twee\r\nregels\tmet tab");
        assert_eq!(super::clean_input("فاطمة\u{200F} Ayşe"), "فاطمة\u{200F} Ayşe");
    }
}
