//! Importing a class list: upload (CSV or spreadsheet), a preview that says per line what
//! will happen or what is wrong and how to fix it, and a confirmation that imports all rows
//! or none. Nothing is saved before the confirmation.

use crate::access::scope::{Importer, current_year};
use crate::http::error::AppError;
use crate::http::form::FieldErrors;
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::services::import_file::{ReadError, budget, from_csv, read_table, to_csv};
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::{ClassId, ImportId};
use samenspraak_core::import::{ChildRow, Column, ParsedList, Problem, parse_class_list};
use samenspraak_core::policy::{Action, decide};
use samenspraak_store::imports::{self, ImportScope, ImportSummary, KnownChild};
use samenspraak_store::schools::SchoolYear;
use samenspraak_store::{StoreError, classes};

#[derive(Template)]
#[template(path = "import/upload.html")]
struct UploadPage {
    ctx: PageCtx,
    errors: FieldErrors,
}

pub async fn show(Importer(sv): Importer) -> Result<Response, AppError> {
    render(&UploadPage {
        ctx: sv.viewer.page(sv.viewer.tr().t("import-title")),
        errors: FieldErrors::new(),
    })
}

pub async fn example(Importer(sv): Importer) -> Result<Response, AppError> {
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
    Importer(sv): Importer,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut too_large = false;
    while let Some(mut field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or("").to_string();
        // Keep no more than the budget allows; the rest is read and dropped, so the browser
        // still gets the page with the message instead of a broken connection.
        let mut bytes = Vec::new();
        loop {
            let chunk = match field.chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break,
                // Past the route's body limit: the same answer as past the budget.
                Err(e) if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                    too_large = true;
                    break;
                }
                Err(_) => return Err(AppError::BadRequest),
            };
            if too_large || bytes.len() + chunk.len() > budget::MAX_UPLOAD_BYTES {
                too_large = true;
                bytes = Vec::new();
                continue;
            }
            bytes.extend_from_slice(&chunk);
        }
        file = Some((name, bytes));
        break;
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
    if too_large {
        return refuse(ReadError::TooLarge(budget::Exceeded::Bytes).key());
    }
    // Reading a workbook is work for a blocking thread, not for the server's event loop.
    let _turn = state
        .class_list_readers
        .acquire()
        .await
        .map_err(|_| AppError::Internal("class-list readers closed".into()))?;
    let table = match tokio::task::spawn_blocking(move || read_table(&bytes)).await {
        Ok(Ok(table)) => table,
        Ok(Err(e)) => return refuse(e.key()),
        Err(e) => {
            tracing::error!(error = %e, "reading an uploaded class list failed");
            return refuse("import-file-spreadsheet");
        }
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
    /// The class a school admin's import moves the child out of.
    moved_from: Option<String>,
}

#[derive(Template)]
#[template(path = "import/preview.html")]
struct PreviewPage {
    ctx: PageCtx,
    id: String,
    file_name: String,
    rows: Vec<RowPlan>,
    problems: Vec<(Option<usize>, String)>,
    moved_children: usize,
    /// "Alles ziet er goed uit: 2 nieuwe leerlingen, 1 leerling die al gekend is …"
    ready: String,
    new_classes: Vec<String>,
    year: String,
}

/// The parsed list with the viewer's own checks added, and what each row will do.
struct Checked {
    list: ParsedList,
    new_classes: Vec<String>,
    /// Per row of `list.rows`: the existing child it updates, with the name of its class.
    known: Vec<Option<(KnownChild, Option<String>)>>,
}

/// Who the viewer's import reaches: the whole school for a school admin, otherwise only the
/// classes they may write (the import's matching and writing stay inside them).
fn scope<'a>(sv: &StaffViewer, writable: &'a [ClassId]) -> ImportScope<'a> {
    if decide(&sv.actor(), Action::ManagePeople { school: sv.school() }).is_allowed() {
        ImportScope::School
    } else {
        ImportScope::Classes(writable)
    }
}

/// Parses the list, refuses rows for classes the viewer may not write, and finds the
/// children the rows update within the viewer's scope. A teacher's row that names a child of
/// another class reads exactly as a row for a child nobody knows.
async fn check(
    state: &AppState,
    sv: &StaffViewer,
    year: &SchoolYear,
    table: &[Vec<String>],
) -> Result<(Checked, Vec<ClassId>), AppError> {
    let mut list = parse_class_list(table);
    let existing = classes::list(&state.store, sv.school(), &year.id).await?;
    let actor = sv.actor();
    let writable: Vec<ClassId> = existing
        .iter()
        .filter(|c| {
            decide(
                &actor,
                Action::WriteClassList {
                    school: sv.school(),
                    class: Some(&c.id),
                },
            )
            .is_allowed()
        })
        .map(|c| c.id.clone())
        .collect();
    let find = |name: &str| existing.iter().find(|c| c.name.eq_ignore_ascii_case(name.trim()));
    let mut new_classes: Vec<String> = Vec::new();
    for row in &list.rows {
        let found = find(&row.class);
        let allowed = decide(
            &actor,
            Action::WriteClassList {
                school: sv.school(),
                class: found.map(|c| &c.id),
            },
        )
        .is_allowed();
        if !allowed {
            list.problems.push(Problem::ClassNotAllowed {
                line: row.line,
                class: row.class.clone(),
            });
        } else if found.is_none() && !new_classes.iter().any(|n| n.eq_ignore_ascii_case(&row.class)) {
            new_classes.push(row.class.clone());
        }
    }
    let keys: Vec<(Option<&ClassId>, String)> = list
        .rows
        .iter()
        .map(|r| (find(&r.class).map(|c| &c.id), r.match_key()))
        .collect();
    let scope = scope(sv, &writable);
    let found = imports::known_children(&state.store, sv.school(), scope, &keys).await?;
    let class_name = |id: &Option<ClassId>| {
        id.as_ref()
            .and_then(|id| existing.iter().find(|c| &c.id == id))
            .map(|c| c.name.clone())
    };
    let mut known = Vec::with_capacity(found.len());
    for ((row, (target, _)), child) in list.rows.iter().zip(&keys).zip(found) {
        let Some(child) = child else {
            known.push(None);
            continue;
        };
        let moves = child.class_id.as_ref() != *target;
        let from = class_name(&child.class_id);
        if moves && matches!(scope, ImportScope::Classes(_)) {
            list.problems.push(Problem::MoveNotAllowed {
                line: row.line,
                from: from.clone().unwrap_or_default(),
            });
        }
        known.push(Some((child, from)));
    }
    list.problems.sort_by_key(|p| p.line());
    Ok((
        Checked {
            list,
            new_classes,
            known,
        },
        writable,
    ))
}

pub async fn preview(
    State(state): State<AppState>,
    Importer(sv): Importer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let pending = match imports::get_pending(&state.store, sv.id(), &ImportId(id)).await {
        Ok(p) => p,
        Err(StoreError::NotFound) => return Ok(Redirect::to("/import").into_response()),
        Err(e) => return Err(e.into()),
    };
    let year = current_year(&state, &sv).await?.ok_or(AppError::BadRequest)?;
    let (checked, _) = check(&state, &sv, &year, &from_csv(&pending.rows_csv)).await?;
    let rows: Vec<RowPlan> = checked
        .list
        .rows
        .iter()
        .zip(&checked.known)
        .map(|(r, known)| plan_row(r, known.as_ref(), &checked.new_classes))
        .collect();
    let new_children = rows.iter().filter(|r| r.is_new).count();
    let updated_children = rows.len() - new_children;
    render(&PreviewPage {
        ctx: sv.viewer.page(t.t("import-preview-title")),
        id: pending.id.to_string(),
        file_name: pending.file_name,
        ready: t.counts(
            "import-ready",
            &[("new", new_children as i64), ("updated", updated_children as i64)],
        ),

        moved_children: rows.iter().filter(|r| r.moved_from.is_some()).count(),
        problems: checked
            .list
            .problems
            .iter()
            .map(|p| (p.line(), describe(&t, p)))
            .collect(),
        rows,
        new_classes: checked.new_classes,
        year: year.name,
    })
}

fn plan_row(r: &ChildRow, known: Option<&(KnownChild, Option<String>)>, new_classes: &[String]) -> RowPlan {
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
        is_new: known.is_none(),
        new_class: new_classes.iter().any(|n| n.eq_ignore_ascii_case(&r.class)),
        moved_from: known
            .and_then(|(_, from)| from.clone())
            .filter(|from| !from.eq_ignore_ascii_case(r.class.trim())),
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
    Importer(sv): Importer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let pending = match imports::get_pending(&state.store, sv.id(), &ImportId(id)).await {
        Ok(p) => p,
        // Already imported (a second click, a resent form): nothing happens twice.
        Err(StoreError::NotFound) => return Ok(Redirect::to("/classes").into_response()),
        Err(e) => return Err(e.into()),
    };
    let year = current_year(&state, &sv).await?.ok_or(AppError::BadRequest)?;
    // Everything is checked again: a confirmation writes nothing the preview would refuse.
    let (checked, writable) = check(&state, &sv, &year, &from_csv(&pending.rows_csv)).await?;
    if !checked.list.is_importable() {
        return Ok(Redirect::to(&format!("/import/{}", pending.id)).into_response());
    }
    let summary = imports::apply(
        &state.store,
        sv.school(),
        &year.id,
        scope(&sv, &writable),
        &pending.id,
        &checked.list.rows,
        &sv.who(),
    )
    .await?;
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
        Problem::MoveNotAllowed { from, .. } => t.t1("import-move-not-allowed", "class", from),
    }
}
