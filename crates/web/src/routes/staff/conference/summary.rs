//! The family's summary of the KOM conversation (DESIGN.md §2 step 6): the boxes of the frame
//! that were filled in, the agreements, and for a 6th grader the school's study-choice links
//! — never anything of `staff` visibility: it is built from the frame, the agreements and the
//! study-choice list only. All fixed text is in the reader's language. One `Summary`, shown
//! four ways: an A4 print view and a PDF in the portal, a mail to each guardian with the right
//! to information, and the teacher's print of a whole class in conversation order.

use crate::http::error::AppError;
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::print::summary::{Summary, SummaryPage, summary};
use crate::services::booking_mail::html;
use crate::state::AppState;
use crate::ui::page::render;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::Language;
use samenspraak_store::children::Child;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::outbox::NewMail;
use samenspraak_store::rounds::Round;
use samenspraak_store::{frames, guardians};
use std::collections::HashMap;

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
    let mut opened = Vec::new();
    for (_, child) in crate::ui::conference::in_conference_order(state, &round, &class, day).await? {
        for lang in family_languages(state, &child).await? {
            let s = summary(state, &Tr::new(lang), &round, &class, &child).await?;
            if !s.is_empty() {
                out.push(s);
            }
        }
        opened.push(
            sv.who()
                .did(samenspraak_store::audit::Kind::SummaryOpened)
                .child(&child.id)
                .round(&round.id),
        );
    }
    // One transaction for the class's audit lines, not one commit (and disk flush) per child.
    samenspraak_store::audit::record_all(&state.store, &opened).await?;
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
        crate::print::summary::to_pdf(&summaries)?,
        &sv.viewer.tr().t("summary-file"),
    ))
}

/// The summary as a mail to one guardian: the whole summary in the mail itself, and where the
/// PDF is.
fn mail(s: &Summary, t: &Tr, to: &guardians::Guardian, round: &Round, links: (&str, &str), signed: &str) -> NewMail {
    let (site, portal) = links;
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
    text.push(format!("{}\n{signed}", t.t("letter-bye")));
    let intro = format!("<p>{}</p><p>{}</p>", html(&text[0]), html(&t.t("summary-mail-intro")));
    let outro = format!(
        "{}<p>{}</p><p>{}<br>{}</p>",
        s.study
            .iter()
            .map(|l| format!("<p><a href=\"{}\">{}</a></p>", html(&l.url), html(&l.title)))
            .collect::<String>(),
        html(&t.t1("summary-mail-link", "url", &link)),
        html(&t.t("letter-bye")),
        html(signed)
    );
    NewMail {
        school: round.school_id.clone(),
        round: Some(round.id.clone()),
        guardian: Some(to.id.clone()),
        class: None,
        purpose: "summary",
        to_address: to.email.clone().unwrap_or_default(),
        to_name: to.name.clone(),
        subject: s.title.clone(),
        text_body: text.join("\n\n"),
        html_body: format!(
            "<!doctype html><html lang=\"{}\" dir=\"{}\"><body>{intro}{body}{outro}</body></html>",
            t.code(),
            t.lang.dir()
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
    let (round, class, child) = crate::access::scope::child_in_round(&state, &sv, round, child).await?;
    let site = state.config.base_url.trim_end_matches('/').to_string();
    let portal = format!("/family/conference/{}/{}", round.id, child.id);
    let signed = crate::services::booking_mail::signature(&state, &child).await?;
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
        let mut m = mail(&s, &t, &g, &round, (&site, &portal), &signed);
        m.class = Some(class.id.clone());
        mails.push(m);
    }
    if !mails.is_empty() {
        frames::send_summary(&state.store, &round.id, &child.id, sv.id(), &mails).await?;
    }
    Ok(Redirect::to(&format!("/rounds/{}/frame/{}?sent={}", round.id, child.id, mails.len())).into_response())
}
