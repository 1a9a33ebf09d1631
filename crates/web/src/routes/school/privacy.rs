//! The school as data controller (`/school/privacy`): the audit log, filtered by person,
//! child, kind and period, on a page and as a CSV file. Only the school admin reads it.

use crate::access::scope::ManagesPeople;
use crate::http::error::AppError;
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use samenspraak_core::ids::ChildId;
use samenspraak_core::time::{local_to_utc, utc_to_local};
use samenspraak_store::audit::{self, Filter, Kind, Listed};
use samenspraak_store::{children, classes, staff, two_factor};
use serde::Deserialize;

/// The most entries the page shows; the CSV file has them all.
const PAGE_ROWS: i64 = 200;

/// The filter as the form sends it; empty means any.
#[derive(Debug, Deserialize, Default, Clone)]
#[serde(default)]
pub struct AuditQuery {
    person: String,
    child: String,
    kind: String,
    from: String,
    until: String,
}

impl AuditQuery {
    fn filter(&self, limit: Option<i64>) -> Filter {
        let day = |s: &str| s.parse::<Date>().ok().map(|d| local_to_utc(d.at(0, 0, 0, 0)));
        Filter {
            actor_id: Some(self.person.clone()).filter(|p| !p.is_empty()),
            child: Some(self.child.clone()).filter(|c| !c.is_empty()).map(ChildId),
            kind: Kind::parse(&self.kind),
            from: day(&self.from),
            // Up to and including the day chosen.
            until: self
                .until
                .parse::<Date>()
                .ok()
                .and_then(|d| d.tomorrow().ok())
                .map(|d| local_to_utc(d.at(0, 0, 0, 0))),
            limit,
        }
    }

    /// The same filter as a query string, for the CSV link.
    fn query_string(&self) -> String {
        serde_urlencoded::to_string([
            ("person", &self.person),
            ("child", &self.child),
            ("kind", &self.kind),
            ("from", &self.from),
            ("until", &self.until),
        ])
        .unwrap_or_default()
    }
}

/// One line as the page shows it.
pub struct Line {
    when: String,
    who: String,
    what: String,
    child: String,
    round: String,
    address: String,
    detail: String,
}

/// A choice in a filter's list.
pub struct Choice {
    value: String,
    label: String,
}

#[derive(Template)]
#[template(path = "school/privacy.html")]
struct PrivacyPage {
    ctx: PageCtx,
    q: AuditQuery,
    people: Vec<Choice>,
    children: Vec<Choice>,
    kinds: Vec<Choice>,
    lines: Vec<Line>,
    /// More entries match than the page shows.
    more: bool,
    csv: String,
    /// The school requires the second sign-in step of all staff.
    two_factor_required: bool,
    /// Active staff who have not set it up.
    without_factor: usize,
}

/// `GET /school/privacy`: the audit log, the newest first.
pub async fn show(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Query(q): Query<AuditQuery>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let mut entries = audit::list(&state.store, sv.school(), &q.filter(Some(PAGE_ROWS + 1))).await?;
    let more = entries.len() > PAGE_ROWS as usize;
    entries.truncate(PAGE_ROWS as usize);
    let kinds = Kind::ALL
        .iter()
        .map(|k| Choice {
            value: k.as_str().to_string(),
            label: kind_label(&t, k.as_str()),
        })
        .collect();
    let people = people(&state, &sv).await?;
    render(&PrivacyPage {
        ctx: sv.viewer.page(t.t("privacy-title")),
        lines: entries.iter().map(|e| line(&t, e, &people)).collect(),
        people,
        children: children_of_school(&state, &sv).await?,
        kinds,
        more,
        csv: format!("/school/privacy/audit.csv?{}", q.query_string()),
        q,
        two_factor_required: two_factor::required(&state.store, sv.school()).await?,
        without_factor: without_factor(&state, &sv).await?,
    })
}

/// `GET /school/privacy/audit.csv`: every entry that matches, for the data-protection
/// officer's own records.
pub async fn csv(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Query(q): Query<AuditQuery>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let entries = audit::list(&state.store, sv.school(), &q.filter(None)).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let columns = [
        "when",
        "actor_kind",
        "actor_id",
        "actor",
        "kind",
        "what",
        "child_id",
        "child",
        "round",
        "address",
        "detail",
    ];
    let fail = |e: csv::Error| AppError::Internal(e.to_string());
    out.write_record(columns).map_err(fail)?;
    for e in &entries {
        let when = utc_to_local(e.at).strftime("%Y-%m-%d %H:%M:%S").to_string();
        out.write_record([
            when.as_str(),
            e.actor_kind.as_str(),
            e.actor_id.as_deref().unwrap_or(""),
            e.actor_name.as_deref().unwrap_or(""),
            e.kind.as_str(),
            &kind_label(&t, &e.kind),
            e.child_id.as_deref().unwrap_or(""),
            e.child_name.as_deref().unwrap_or(""),
            e.round_name.as_deref().unwrap_or(""),
            e.address.as_deref().unwrap_or(""),
            e.detail.as_deref().unwrap_or(""),
        ])
        .map_err(fail)?;
    }
    let body = out.into_inner().map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

fn kind_label(t: &Tr, kind: &str) -> String {
    t.t(&format!("audit-kind-{kind}"))
}

/// The entry's detail in words: `visibility=staff account=… rows=25` becomes
/// "Vertrouwelijk · An De Smet · 25 rijen". Ids of parents are left out.
fn detail_words(t: &Tr, raw: &str, people: &[Choice]) -> String {
    raw.split_whitespace()
        .filter_map(|part| {
            let (key, value) = part.split_once('=')?;
            Some(match key {
                "account" => people.iter().find(|p| p.value == value)?.label.clone(),
                "guardian" => return None,
                "visibility" => t.t(&format!("visibility-{value}")),
                "role" => t.t(&format!("role-{value}")),
                "channel" => t.t(&format!("audit-channel-{value}")),
                "factor" => t.t(&format!("audit-factor-{value}")),
                "purpose" => t.t(&format!("consent-purpose-{value}")),
                "setting" => t.t(&format!("audit-setting-{value}")),
                _ => t.n(&format!("audit-detail-{key}"), value.parse().unwrap_or(0)),
            })
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn line(t: &Tr, e: &Listed, people: &[Choice]) -> Line {
    let who = match (e.actor_kind.as_str(), &e.actor_name) {
        ("system", _) => t.t("audit-system"),
        (kind, Some(name)) => format!("{name} ({})", t.t(&format!("audit-actor-{kind}"))),
        (kind, None) => format!("{} ({})", t.t("audit-gone"), t.t(&format!("audit-actor-{kind}"))),
    };
    let child = match (&e.child_id, &e.child_name) {
        (_, Some(name)) => name.clone(),
        (Some(_), None) => t.t("audit-child-erased"),
        (None, None) => String::new(),
    };
    Line {
        when: t.datetime_long(utc_to_local(e.at)),
        who,
        what: kind_label(t, &e.kind),
        child,
        round: e.round_name.clone().unwrap_or_default(),
        address: e.address.clone().unwrap_or_default(),
        detail: e
            .detail
            .as_deref()
            .map(|d| detail_words(t, d, people))
            .unwrap_or_default(),
    }
}

/// The school's staff, for the person filter.
async fn people(state: &AppState, sv: &StaffViewer) -> Result<Vec<Choice>, AppError> {
    Ok(staff::list(&state.store, sv.school())
        .await?
        .into_iter()
        .map(|s| Choice {
            value: s.id.as_str().to_string(),
            label: s.name,
        })
        .collect())
}

/// The children of this school year's classes, for the child filter: "6A · Amira Haddad".
async fn children_of_school(state: &AppState, sv: &StaffViewer) -> Result<Vec<Choice>, AppError> {
    let mut out = Vec::new();
    let Some(year) = crate::access::scope::current_year(state, sv).await? else {
        return Ok(out);
    };
    for class in classes::list(&state.store, sv.school(), &year.id).await? {
        for child in children::in_class(&state.store, &class.id).await? {
            out.push(Choice {
                label: format!("{} · {}", class.name, child.full_name()),
                value: child.id.as_str().to_string(),
            });
        }
    }
    Ok(out)
}

/// Active staff of the school without a second step.
async fn without_factor(state: &AppState, sv: &StaffViewer) -> Result<usize, AppError> {
    let mut n = 0;
    for s in staff::list(&state.store, sv.school()).await? {
        if s.active && two_factor::factor(&state.store, &s.id).await?.is_none() {
            n += 1;
        }
    }
    Ok(n)
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct RequireForm {
    required: Option<String>,
}

/// `POST /school/privacy/two-factor`: staff without the second step set it up at their
/// next sign-in.
pub async fn require_two_factor(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    crate::http::form::Form(form): crate::http::form::Form<RequireForm>,
) -> Result<Response, AppError> {
    two_factor::set_required(&state.store, sv.school(), form.required.is_some(), &sv.who()).await?;
    Ok(axum::response::Redirect::to("/school/privacy#two-factor-heading").into_response())
}
