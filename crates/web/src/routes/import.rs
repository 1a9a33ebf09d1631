//! Importing a class list: upload (CSV or spreadsheet), a preview that says per line what
//! will happen or what is wrong and how to fix it, and a confirmation that imports all rows
//! or none. Nothing is saved before the confirmation.

use crate::app::AppState;
use crate::auth::StaffViewer;
use crate::error::{AppError, allow};
use crate::i18n::Tr;
use crate::import_file::{from_csv, read_table, to_csv};
use crate::page::{FieldErrors, PageCtx, render, render_invalid};
use crate::routes::scope::current_year;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::ImportId;
use samenspraak_core::import::{ChildRow, Column, ParsedList, Problem, parse_class_list};
use samenspraak_core::policy::{Action, decide};
use samenspraak_store::imports::{self, ImportSummary};
use samenspraak_store::schools::SchoolYear;
use samenspraak_store::{StoreError, children, classes};
use std::collections::HashSet;

#[derive(Template)]
#[template(path = "import/upload.html")]
struct UploadPage {
    ctx: PageCtx,
    errors: FieldErrors,
}

fn require(sv: &StaffViewer) -> Result<(), AppError> {
    allow(decide(&sv.actor(), Action::ImportClassList { school: sv.school() }))
}

pub async fn show(sv: StaffViewer) -> Result<Response, AppError> {
    require(&sv)?;
    render(&UploadPage {
        ctx: sv.viewer.page(sv.viewer.tr().t("import-title")),
        errors: FieldErrors::new(),
    })
}

pub async fn example(sv: StaffViewer) -> Result<Response, AppError> {
    require(&sv)?;
    let body = sv.viewer.tr().t("import-example-csv");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"klaslijst-voorbeeld.csv\"",
            ),
        ],
        format!("\u{feff}{body}\r\n"),
    )
        .into_response())
}

pub async fn upload(
    State(state): State<AppState>,
    sv: StaffViewer,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    require(&sv)?;
    let t = sv.viewer.tr();
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("").to_string();
            let bytes = field.bytes().await.map_err(|_| AppError::BadRequest)?;
            file = Some((name, bytes.to_vec()));
        }
    }
    let refuse = |key: &str| {
        let mut errors = FieldErrors::new();
        errors.add_message("file", &t, t.t(key));
        render_invalid(&UploadPage {
            ctx: sv.viewer.page(t.t("import-title")),
            errors,
        })
    };
    let Some((name, bytes)) = file.filter(|(n, b)| !n.is_empty() || !b.is_empty()) else {
        return refuse("import-file-missing");
    };
    let table = match read_table(&bytes) {
        Ok(table) => table,
        Err(e) => return refuse(e.key()),
    };
    let id = imports::save_pending(&state.store, sv.school(), sv.id(), &name, &to_csv(&table)).await?;
    Ok(Redirect::to(&format!("/import/{id}")).into_response())
}

/// What a row will do.
struct RowPlan {
    line: usize,
    class: String,
    name: String,
    guardians: String,
    is_new: bool,
    new_class: bool,
}

#[derive(Template)]
#[template(path = "import/preview.html")]
struct PreviewPage {
    ctx: PageCtx,
    id: String,
    file_name: String,
    rows: Vec<RowPlan>,
    problems: Vec<(Option<usize>, String)>,
    new_children: usize,
    updated_children: usize,
    new_classes: Vec<String>,
    year: String,
}

/// The parsed list with the viewer's own checks added: rows for classes they may not write
/// become problems.
async fn check(
    state: &AppState,
    sv: &StaffViewer,
    year: &SchoolYear,
    table: &[Vec<String>],
) -> Result<(ParsedList, Vec<String>), AppError> {
    let mut list = parse_class_list(table);
    let existing = classes::list(&state.store, sv.school(), &year.id).await?;
    let actor = sv.actor();
    let mut new_classes: Vec<String> = Vec::new();
    let mut refused = Vec::new();
    for row in &list.rows {
        let found = existing.iter().find(|c| c.name.eq_ignore_ascii_case(row.class.trim()));
        let allowed = decide(
            &actor,
            Action::WriteClassList {
                school: sv.school(),
                class: found.map(|c| &c.id),
            },
        )
        .is_allowed();
        if !allowed {
            refused.push(Problem::ClassNotAllowed {
                line: row.line,
                class: row.class.clone(),
            });
        } else if found.is_none() && !new_classes.iter().any(|n| n.eq_ignore_ascii_case(&row.class)) {
            new_classes.push(row.class.clone());
        }
    }
    list.problems.extend(refused);
    list.problems.sort_by_key(|p| p.line());
    Ok((list, new_classes))
}

pub async fn preview(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    require(&sv)?;
    let t = sv.viewer.tr();
    let pending = match imports::get_pending(&state.store, sv.id(), &ImportId(id)).await {
        Ok(p) => p,
        Err(StoreError::NotFound) => return Ok(Redirect::to("/import").into_response()),
        Err(e) => return Err(e.into()),
    };
    let year = current_year(&state, &sv).await?.ok_or(AppError::BadRequest)?;
    let (list, new_classes) = check(&state, &sv, &year, &from_csv(&pending.rows_csv)).await?;
    let known: HashSet<String> = children::match_keys(&state.store, sv.school()).await?;
    let rows: Vec<RowPlan> = list.rows.iter().map(|r| plan_row(r, &known, &new_classes)).collect();
    render(&PreviewPage {
        ctx: sv.viewer.page(t.t("import-preview-title")),
        id: pending.id.to_string(),
        file_name: pending.file_name,
        new_children: rows.iter().filter(|r| r.is_new).count(),
        updated_children: rows.iter().filter(|r| !r.is_new).count(),
        problems: list.problems.iter().map(|p| (p.line(), describe(&t, p))).collect(),
        rows,
        new_classes,
        year: year.name,
    })
}

fn plan_row(r: &ChildRow, known: &HashSet<String>, new_classes: &[String]) -> RowPlan {
    RowPlan {
        line: r.line,
        class: r.class.clone(),
        name: format!("{} {}", r.first_name, r.last_name),
        guardians: r
            .guardians
            .iter()
            .map(|g| g.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        is_new: !known.contains(&r.match_key()),
        new_class: new_classes.iter().any(|n| n.eq_ignore_ascii_case(&r.class)),
    }
}

#[derive(Template)]
#[template(path = "import/done.html")]
struct DonePage {
    ctx: PageCtx,
    summary: ImportSummary,
}

pub async fn confirm(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    require(&sv)?;
    let t = sv.viewer.tr();
    let pending = match imports::get_pending(&state.store, sv.id(), &ImportId(id)).await {
        Ok(p) => p,
        // Already imported (a second click, a resent form): nothing happens twice.
        Err(StoreError::NotFound) => return Ok(Redirect::to("/classes").into_response()),
        Err(e) => return Err(e.into()),
    };
    let year = current_year(&state, &sv).await?.ok_or(AppError::BadRequest)?;
    let (list, _) = check(&state, &sv, &year, &from_csv(&pending.rows_csv)).await?;
    if !list.is_importable() {
        return Ok(Redirect::to(&format!("/import/{}", pending.id)).into_response());
    }
    let summary = imports::apply(&state.store, sv.school(), &year.id, &pending.id, &list.rows).await?;
    render(&DonePage {
        ctx: sv.viewer.page(t.t("import-done-title")),
        summary,
    })
}

fn column_label(t: &Tr, c: Column) -> String {
    match c.guardian() {
        Some(n) => t.t1(c.key(), "n", n),
        None => t.t(c.key()),
    }
}

/// A problem in plain words: where, what is wrong, and how to fix it.
pub fn describe(t: &Tr, p: &Problem) -> String {
    match p {
        Problem::MissingColumn(c) => t.t1("import-missing-column", "column", column_label(t, *c)),
        Problem::NoRows => t.t("import-no-rows"),
        Problem::Field {
            column, value, error, ..
        } => t.args(
            if value.is_empty() {
                "import-problem-field-empty"
            } else {
                "import-problem-field"
            },
            &[
                ("column", column_label(t, *column)),
                ("value", value.clone()),
                ("fix", t.t(&format!("import-fix-{}", error.key()))),
            ],
        ),
        Problem::GuardianWithoutName { guardian, .. } => t.t1("import-guardian-without-name", "n", guardian),
        Problem::DuplicateChild { first_line, .. } => t.t1("import-duplicate", "first", first_line),
        Problem::ClassNotAllowed { class, .. } => t.t1("import-class-not-allowed", "class", class),
    }
}
