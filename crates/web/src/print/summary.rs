//! The family's summary of the KOM conversation (DESIGN.md §2 step 6): the boxes of the frame
//! that were filled in, the agreements, and for a 6th grader the school's study-choice links
//! — never anything of `staff` visibility: it is built from the frame, the agreements and the
//! study-choice list only. All fixed text is in the reader's language. One `Summary`, as an
//! A4 print view and as a PDF, for the family's portal and the teacher's print of a class.

use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::print::flow;
use crate::print::pdf;
use crate::state::AppState;
use crate::ui::agreements::{AgreementView, agreement_view};
use crate::ui::conference::filled_boxes;
use crate::ui::page::PageCtx;
use askama::Template;
use samenspraak_core::ids::SchoolId;
use samenspraak_store::children::Child;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::rounds::Round;
use samenspraak_store::{bookings, frames};

/// A study-choice link as printed: its title, its address and the address as a QR code.
pub struct StudyLink {
    pub title: String,
    pub url: String,
    pub qr_svg: String,
}

/// The school's study-choice links, each with its QR code.
pub async fn study_links(state: &AppState, school: &SchoolId) -> Result<Vec<StudyLink>, AppError> {
    samenspraak_store::study_resources::list(&state.store, school)
        .await?
        .into_iter()
        .map(|r| {
            Ok(StudyLink {
                qr_svg: crate::ui::qr::qr_svg(&r.url)?,
                title: r.title,
                url: r.url,
            })
        })
        .collect()
}

/// The study-choice links on a PDF: a heading, then each link's QR code beside its title and
/// address. Nothing when the school has none.
pub fn study_links_pdf(flow: &mut flow::Flow, heading: &str, links: &[StudyLink]) -> Result<(), AppError> {
    if links.is_empty() {
        return Ok(());
    }
    // The heading goes with the first QR code: never alone at the foot of a page.
    flow.heading_keep(12.5, heading, 84.0 + 6.0);
    for link in links {
        let code = qrcode::QrCode::new(link.url.as_bytes()).map_err(|e| AppError::Internal(e.to_string()))?;
        flow.qr(&code, 84.0, &link.title, &link.url);
    }
    Ok(())
}

/// What the family reads after the conversation, in one language.
pub struct Summary {
    pub lang: &'static str,
    pub title: String,
    /// The school, the class and the day of the conversation.
    pub subtitle: String,
    /// The boxes filled in: (label, text).
    pub boxes: Vec<(String, String)>,
    pub agreements: Vec<AgreementView>,
    pub study: Vec<StudyLink>,
    pub agreements_heading: String,
    pub study_heading: String,
    pub footer: String,
}

impl Summary {
    pub fn is_empty(&self) -> bool {
        self.boxes.is_empty() && self.agreements.is_empty()
    }
}

/// Builds the summary of `child`'s conversation in `round`, with `t`'s language.
pub async fn summary(
    state: &AppState,
    t: &Tr,
    round: &Round,
    class: &SchoolClass,
    child: &Child,
) -> Result<Summary, AppError> {
    let store = &state.store;
    let boxes = filled_boxes(state, t, round, child)
        .await?
        .into_iter()
        .map(|(_, label, text)| (label, text))
        .collect();
    let agreements = frames::agreements(store, &round.id, &child.id)
        .await?
        .iter()
        .map(|a| agreement_view(t, a))
        .collect();
    let study = if class.grade == Some(6) {
        study_links(state, &round.school_id).await?
    } else {
        Vec::new()
    };
    let school = samenspraak_store::schools::get(store, &round.school_id).await?.name;
    let mut subtitle = vec![school, t.t1("summary-class", "class", &class.name)];
    if let Some(slot) = bookings::of_child(store, &round.id, &child.id).await? {
        subtitle.push(t.date_long(slot.day));
    }
    Ok(Summary {
        lang: t.code(),
        title: t.t1("summary-title", "child", child.full_name()),
        subtitle: subtitle.join(" · "),
        boxes,
        agreements,
        study,
        agreements_heading: t.t("agreements-heading"),
        study_heading: t.t("family-study"),
        footer: t.t("summary-footer"),
    })
}

/// The summaries as one PDF, each starting on a new page.
pub fn to_pdf(summaries: &[Summary]) -> Result<Vec<u8>, AppError> {
    let lang_of = |s: &Summary| samenspraak_core::Language::parse(s.lang).unwrap_or_default();
    let first = summaries.first().map(lang_of).unwrap_or_default();
    let mut flow = flow::Flow::new(first);
    for (i, s) in summaries.iter().enumerate() {
        if i > 0 {
            flow.new_page_in(lang_of(s));
        }
        flow.heading(17.0, &s.title);
        flow.paragraph(10.0, &s.subtitle);
        for (label, text) in &s.boxes {
            flow.heading(12.5, label);
            flow.paragraph(11.0, text);
        }
        if !s.agreements.is_empty() {
            flow.heading(12.5, &s.agreements_heading);
            for a in &s.agreements {
                let mut detail = vec![a.who.clone()];
                if !a.by.is_empty() {
                    detail.push(a.by.clone());
                }
                detail.push(a.status_words.clone());
                if !a.note.is_empty() {
                    detail.push(a.note.clone());
                }
                flow.item(11.0, &a.what, &detail.join(" · "));
            }
        }
        study_links_pdf(&mut flow, &s.study_heading, &s.study)?;
        flow.paragraph(9.0, "");
        flow.paragraph(9.0, &s.footer);
    }
    let title = summaries.first().map(|s| s.title.clone()).unwrap_or_default();
    Ok(pdf::document(&flow.into_pages(), &title, first))
}

#[derive(Template)]
#[template(path = "conference/summary.html")]
pub struct SummaryPage {
    pub ctx: PageCtx,
    pub back: String,
    pub pdf: String,
    pub summaries: Vec<Summary>,
}
