//! The study-choice sheet of a 6th grader, for the parents (domain.md §1.9): on one page what
//! the conversation noted about the choice of secondary school and about the child's
//! interests and talents, what the interest grid shows (liked and good at, liked and still
//! growing, per study domain), and the school's study-choice links as QR codes. It is the
//! parents' to hand to the secondary school as input for the BaSO-fiche, or not: the school
//! never sends it anywhere. Family visibility only: the frame's family boxes, the child's own
//! grid, the school's links.

use crate::http::error::AppError;
use crate::http::viewer::Viewer;
use crate::i18n::Tr;
use crate::print::flow;
use crate::print::pdf;
use crate::print::summary::StudyLink;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use samenspraak_core::frame::FrameBox;

/// One part of the sheet: a heading and its lines.
pub struct Part {
    pub heading: String,
    pub lines: Vec<String>,
}

pub struct StudySheet {
    pub title: String,
    pub intro: String,
    pub parts: Vec<Part>,
    pub study_heading: String,
    pub study: Vec<StudyLink>,
}

async fn study_sheet(state: &AppState, viewer: &Viewer, round: String, child: String) -> Result<StudySheet, AppError> {
    let own = crate::access::family::OwnChild::load(state, viewer, round, child).await?;
    let class = samenspraak_store::classes::get(&state.store, &own.round.school_id, &own.class).await?;
    if class.grade != Some(6) {
        return Err(AppError::NotFound);
    }
    let t = viewer.tr();
    let name = own.child.first_name.clone();
    let boxes = crate::ui::conference::filled_boxes(state, &t, &own.round, &own.child).await?;
    let mut parts: Vec<Part> = [FrameBox::StudyChoice, FrameBox::Interests]
        .into_iter()
        .filter_map(|want| {
            let (_, label, text) = boxes.iter().find(|(key, _, _)| key == want.as_str())?;
            Some(Part {
                heading: label.clone(),
                lines: text.lines().map(str::to_string).collect(),
            })
        })
        .collect();
    let grid = crate::ui::grid::grid(state, &t, &own.round, &class.id, &own.child.id).await?;
    let activities = |liked: bool, good: bool| -> Vec<String> {
        grid.activities
            .iter()
            .filter(|a| a.liked == Some(liked) && a.good == Some(good))
            .map(|a| format!("{} ({})", a.title, a.domain))
            .collect()
    };
    for (key, lines) in [
        ("study-sheet-liked-good", activities(true, true)),
        ("study-sheet-liked", activities(true, false)),
        (
            "grid-domains",
            grid.domains.iter().map(|(d, words)| format!("{d}: {words}")).collect(),
        ),
    ] {
        if !lines.is_empty() {
            parts.push(Part {
                heading: t.t1(key, "child", &name),
                lines,
            });
        }
    }
    let study = crate::print::summary::study_links(state, &own.round.school_id).await?;
    Ok(StudySheet {
        title: t.t1("study-sheet-title", "child", own.child.full_name()),
        intro: t.t1("study-sheet-intro", "child", &name),
        parts,
        study_heading: t.t("family-study"),
        study,
    })
}

#[derive(Template)]
#[template(path = "conference/study_sheet.html")]
struct SheetPage {
    ctx: PageCtx,
    back: String,
    sheet: StudySheet,
}

/// `GET /family/conference/{round}/{child}/study-choice`: the sheet on A4.
pub async fn show(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let back = format!("/family/conference/{round}/{child}");
    let sheet = study_sheet(&state, &viewer, round, child).await?;
    render(&SheetPage {
        ctx: viewer.page(sheet.title.clone()),
        back,
        sheet,
    })
}

/// `GET /family/conference/{round}/{child}/study-choice.pdf`.
pub async fn pdf(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((round, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let s = study_sheet(&state, &viewer, round, child).await?;
    let t: Tr = viewer.tr();
    let mut flow = flow::Flow::new(t.lang);
    flow.heading(17.0, &s.title);
    flow.paragraph(10.0, &s.intro);
    for part in &s.parts {
        flow.heading(12.5, &part.heading);
        for line in &part.lines {
            flow.item(11.0, line, "");
        }
    }
    crate::print::summary::study_links_pdf(&mut flow, &s.study_heading, &s.study)?;
    Ok(pdf::response(
        pdf::document(&flow.into_pages(), &s.title, t.lang),
        &t.t("study-sheet-file"),
    ))
}
