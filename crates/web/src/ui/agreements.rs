//! Agreements as pages show them: what, who, by when, how it went and what the child says
//! of it — on the conversation, the preparation, the summary and the next child talk.

use crate::i18n::Tr;
use samenspraak_store::frames::Agreement;

/// An agreement as shown: its words, who, by when, its status in words and its note.
pub struct AgreementView {
    pub id: String,
    pub what: String,
    pub who: String,
    pub by: String,
    pub status: &'static str,
    pub status_words: String,
    pub note: String,
    /// How the child said it went ("done", "partly", "not_yet"), and in words.
    pub child_says: &'static str,
    pub child_says_words: String,
}

pub fn agreement_view(t: &Tr, a: &Agreement) -> AgreementView {
    AgreementView {
        id: a.id.clone(),
        what: a.what.clone(),
        who: t.t(&format!("who-{}", a.who.as_str())),
        by: a
            .due_on
            .map(|d| t.t1("agreement-by", "date", t.date_long(d)))
            .unwrap_or_default(),
        status: a.status.as_str(),
        status_words: t.t(&format!("agreement-{}", a.status.as_str())),
        note: a.note.clone().unwrap_or_default(),
        child_says: a.child_says.map(|c| c.as_str()).unwrap_or_default(),
        child_says_words: a
            .child_says
            .map(|c| t.t1("child-says", "what", t.t(&format!("child-says-{}", c.as_str()))))
            .unwrap_or_default(),
    }
}
