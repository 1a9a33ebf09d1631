//! The family's summary of the KOM conversation (DESIGN.md §2 step 6): the boxes of the frame
//! that were filled in, the agreements, and for a 6th grader the school's study-choice links
//! — never anything of `staff` visibility: it is built from the frame, the agreements and the
//! study-choice list only. All fixed text is in the reader's language. One `Summary`, shown
//! four ways: an A4 print view and a PDF in the portal, a mail to each guardian with the right
//! to information, and the teacher's print of a whole class in conversation order.

use crate::http::error::AppError;
use crate::http::viewer::{StaffViewer, Viewer};
use crate::i18n::Tr;
use crate::print::pdf;
use crate::services::booking_mail::html;
use crate::state::AppState;
use crate::ui::agreements::{AgreementView, agreement_view};
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::Language;
use samenspraak_core::ids::SchoolId;
use samenspraak_store::children::Child;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::outbox::NewMail;
use samenspraak_store::rounds::Round;
use samenspraak_store::{bookings, frames, guardians};
use std::collections::HashMap;

/// A study-choice link as printed: its title, its address and the address as a QR code.
pub struct StudyLink {
    pub title: String,
    pub url: String,
    pub qr_svg: String,
}

/// The school's study-choice links, each with its QR code.
pub(super) async fn study_links(state: &AppState, school: &SchoolId) -> Result<Vec<StudyLink>, AppError> {
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
pub(super) fn study_links_pdf(flow: &mut pdf::Flow, heading: &str, links: &[StudyLink]) -> Result<(), AppError> {
    if links.is_empty() {
        return Ok(());
    }
    flow.heading(12.5, heading);
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
    let boxes = super::filled_boxes(state, t, round, child)
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
fn pdf_of(summaries: &[Summary]) -> Result<Vec<u8>, AppError> {
    let mut flow = pdf::Flow::default();
    for (i, s) in summaries.iter().enumerate() {
        if i > 0 {
            flow.new_page();
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
    Ok(pdf::document(&flow.into_pages(), &title))
}

#[derive(Template)]
#[template(path = "conference/summary.html")]
struct SummaryPage {
    ctx: PageCtx,
    back: String,
    pdf: String,
    summaries: Vec<Summary>,
}

/// `GET /family/conversation/{round}/{child}/print`: the summary on A4, for the family.
pub async fn family_print(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let back = format!("/family/conversation/{round}/{child}");
    let s = for_family(&state, &viewer, round, child).await?;
    render(&SummaryPage {
        ctx: viewer.page(s.title.clone()),
        pdf: format!("{back}/summary.pdf"),
        back,
        summaries: vec![s],
    })
}

/// `GET /family/conversation/{round}/{child}/summary.pdf`.
pub async fn family_pdf(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let s = for_family(&state, &viewer, round, child).await?;
    Ok(crate::print::pdf::response(
        pdf_of(&[s])?,
        &viewer.tr().t("summary-file"),
    ))
}

/// The summary of the guardian's own child, in the guardian's language.
async fn for_family(state: &AppState, viewer: &Viewer, round: String, child: String) -> Result<Summary, AppError> {
    let own = crate::access::family::OwnChild::load(state, viewer, round, child).await?;
    let class = samenspraak_store::classes::get(&state.store, &own.round.school_id, &own.class).await?;
    summary(state, &viewer.tr(), &own.round, &class, &own.child).await
}

/// The summaries of a class's conversations, in conversation order (`?day=` one day): one
/// per language the family reads, so each household gets its own on paper.
async fn of_class(
    state: &AppState,
    sv: &StaffViewer,
    round: String,
    class: String,
    day: Option<jiff::civil::Date>,
) -> Result<(Round, SchoolClass, Vec<Summary>), AppError> {
    let (round, class) = crate::access::scope::round_and_class(state, sv, round, class).await?;
    let mut out = Vec::new();
    for (_, child) in super::in_conversation_order(state, &round, &class, day).await? {
        for lang in family_languages(state, &child).await? {
            let s = summary(state, &Tr::new(lang), &round, &class, &child).await?;
            if !s.is_empty() {
                out.push(s);
            }
        }
    }
    Ok((round, class, out))
}

/// The languages the child's guardians with the right to information read, Dutch when none.
async fn family_languages(state: &AppState, child: &Child) -> Result<Vec<Language>, AppError> {
    let mut langs: Vec<Language> = guardians::of_child(&state.store, &child.id)
        .await?
        .iter()
        .filter(|g| g.active && g.right_to_info)
        .map(|g| crate::i18n::portal_language(g.language))
        .collect();
    langs.dedup();
    if langs.is_empty() {
        langs.push(Language::Nl);
    }
    Ok(langs)
}

/// `GET /rounds/{id}/slots/{class}/summaries`: every summary of the class, to print at once.
pub async fn class_print(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let day = q.get("day").and_then(|d| d.parse().ok());
    let (round, class, summaries) = of_class(&state, &sv, round, class, day).await?;
    let t = sv.viewer.tr();
    let back = format!("/rounds/{}/slots/{}", round.id, class.id);
    render(&SummaryPage {
        ctx: sv
            .viewer
            .page(t.t2("summary-class-title", "class", &class.name, "round", &round.plan.name)),
        pdf: format!("{back}/summaries.pdf"),
        back,
        summaries,
    })
}

/// `GET /rounds/{id}/slots/{class}/summaries.pdf`.
pub async fn class_pdf(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let day = q.get("day").and_then(|d| d.parse().ok());
    let (_, _, summaries) = of_class(&state, &sv, round, class, day).await?;
    Ok(crate::print::pdf::response(
        pdf_of(&summaries)?,
        &sv.viewer.tr().t("summary-file"),
    ))
}

/// The summary as a mail to one guardian: the whole summary in the mail itself, and where the
/// PDF is.
fn mail(s: &Summary, t: &Tr, to: &guardians::Guardian, round: &Round, site: &str, portal: &str) -> NewMail {
    let mut text = vec![t.t1("letter-greeting", "name", &to.name), t.t("summary-mail-intro")];
    let mut body = String::new();
    for (label, words) in &s.boxes {
        text.push(format!("{label}\n{words}"));
        body.push_str(&format!(
            "<h2>{}</h2><p style=\"white-space: pre-line\">{}</p>",
            html(label),
            html(words)
        ));
    }
    if !s.agreements.is_empty() {
        let items: Vec<String> = s
            .agreements
            .iter()
            .map(|a| {
                let by = if a.by.is_empty() {
                    String::new()
                } else {
                    format!(", {}", a.by)
                };
                format!("- {} ({}{by})", a.what, a.who)
            })
            .collect();
        text.push(format!("{}\n{}", s.agreements_heading, items.join("\n")));
        body.push_str(&format!(
            "<h2>{}</h2><ul>{}</ul>",
            html(&s.agreements_heading),
            items
                .iter()
                .map(|i| format!("<li>{}</li>", html(i.trim_start_matches("- "))))
                .collect::<String>()
        ));
    }
    for link in &s.study {
        text.push(format!("{}: {}", link.title, link.url));
    }
    let link = format!("{site}{portal}");
    text.push(t.t1("summary-mail-link", "url", &link));
    text.push(t.t("letter-bye"));
    let intro = format!("<p>{}</p><p>{}</p>", html(&text[0]), html(&t.t("summary-mail-intro")));
    let outro = format!(
        "{}<p>{}</p><p>{}</p>",
        s.study
            .iter()
            .map(|l| format!("<p><a href=\"{}\">{}</a></p>", html(&l.url), html(&l.title)))
            .collect::<String>(),
        html(&t.t1("summary-mail-link", "url", &link)),
        html(&t.t("letter-bye"))
    );
    NewMail {
        school: round.school_id.clone(),
        round: Some(round.id.clone()),
        guardian: Some(to.id.clone()),
        purpose: "summary",
        to_address: to.email.clone().unwrap_or_default(),
        to_name: to.name.clone(),
        subject: s.title.clone(),
        text_body: text.join("\n\n"),
        html_body: format!(
            "<!doctype html><html lang=\"{}\"><body>{intro}{body}{outro}</body></html>",
            t.code()
        ),
        calendar: None,
        invitation: None,
    }
}

/// `POST /rounds/{id}/frame/{child}/send`: the summary to each guardian with the right to
/// information and an address, each in their language.
pub async fn send(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (round, class, child) = super::load(&state, &sv, round, child).await?;
    let site = state.config.base_url.trim_end_matches('/').to_string();
    let portal = format!("/family/conversation/{}/{}", round.id, child.id);
    let mut mails = Vec::new();
    for g in guardians::of_child(&state.store, &child.id).await? {
        if !(g.active && g.right_to_info && g.email.is_some()) {
            continue;
        }
        let t = Tr::new(crate::i18n::portal_language(g.language));
        let s = summary(&state, &t, &round, &class, &child).await?;
        if s.is_empty() {
            break;
        }
        mails.push(mail(&s, &t, &g, &round, &site, &portal));
    }
    if !mails.is_empty() {
        frames::send_summary(&state.store, &round.id, &child.id, sv.id(), &mails).await?;
    }
    Ok(Redirect::to(&format!("/rounds/{}/frame/{}?sent={}", round.id, child.id, mails.len())).into_response())
}
