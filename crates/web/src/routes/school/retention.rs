//! How long the school keeps what (`/school/privacy/retention`): the school admin sets the
//! periods and sees, before anything runs, what the next 1 July will delete.

use crate::access::scope::ManagesPeople;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::Date;
use samenspraak_core::time::today;
use samenspraak_core::values::{FieldProblems, parse_whole};
use samenspraak_store::now;
use samenspraak_store::retention::{self, Counts, Periods, SENT_MAIL_DAYS, YEARS};
use serde::Deserialize;

const DAYS_A_YEAR: i64 = 365;

/// The periods as typed: school years, days, years.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RetentionForm {
    talk_years: String,
    family_years: String,
    sent_mail_days: String,
    audit_years: String,
    /// `years`: children who left are erased after `left_years`; `never`: not by themselves.
    left_keep: String,
    left_years: String,
}

impl From<Periods> for RetentionForm {
    fn from(p: Periods) -> Self {
        let years = |days: i64| ((days + DAYS_A_YEAR - 1) / DAYS_A_YEAR).to_string();
        RetentionForm {
            talk_years: p.talk_years.to_string(),
            family_years: p.family_years.to_string(),
            sent_mail_days: p.sent_mail_days.to_string(),
            audit_years: years(p.audit_days),
            left_keep: if p.left_days.is_some() { "years" } else { "never" }.into(),
            left_years: p.left_days.map(years).unwrap_or_else(|| "1".into()),
        }
    }
}

impl RetentionForm {
    fn parse(&self) -> Result<Periods, FieldProblems> {
        let mut problems = FieldProblems::new();
        let mut whole = |field: &'static str, raw: &str, range: std::ops::RangeInclusive<i64>| {
            parse_whole(raw, *range.start(), *range.end())
                .map_err(|e| problems.push((field, e)))
                .ok()
        };
        let talk = whole("talk_years", &self.talk_years, YEARS);
        let family = whole("family_years", &self.family_years, YEARS);
        let mails = whole("sent_mail_days", &self.sent_mail_days, SENT_MAIL_DAYS);
        let audit = whole("audit_years", &self.audit_years, YEARS);
        let left = if self.left_keep == "never" {
            Some(None)
        } else {
            whole("left_years", &self.left_years, YEARS).map(|y| Some(y * DAYS_A_YEAR))
        };
        match (talk, family, mails, audit, left) {
            (Some(talk_years), Some(family_years), Some(sent_mail_days), Some(audit), Some(left_days)) => Ok(Periods {
                talk_years,
                family_years,
                sent_mail_days,
                audit_days: audit * DAYS_A_YEAR,
                left_days,
            }),
            _ => Err(problems),
        }
    }
}

/// One kind in the preview: what it is and how many go.
pub struct Going {
    label: String,
    count: u64,
}

#[derive(Template)]
#[template(path = "school/retention.html")]
struct RetentionPage {
    ctx: PageCtx,
    form: RetentionForm,
    errors: FieldErrors,
    /// "On Thursday 1 July 2027 these go".
    preview_heading: String,
    going: Vec<Going>,
    saved: bool,
}

fn going(sv: &StaffViewer, counts: &Counts) -> Vec<Going> {
    let t = sv.viewer.tr();
    [
        ("retention-kind-talk-notes", counts.talk_notes),
        ("retention-kind-instruments", counts.instruments),
        ("retention-kind-questionnaires", counts.questionnaires),
        ("retention-kind-summaries", counts.summaries),
        ("retention-kind-videos", counts.videos),
        ("retention-kind-sent-mails", counts.sent_mails),
        ("retention-kind-audit-entries", counts.audit_entries),
        ("retention-kind-children-left", counts.children_left),
    ]
    .into_iter()
    .map(|(key, count)| Going { label: t.t(key), count })
    .collect()
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    form: RetentionForm,
    errors: FieldErrors,
    saved: bool,
) -> Result<RetentionPage, AppError> {
    let t = sv.viewer.tr();
    let on: Date = retention::next_first_of_july(today(now()));
    let counts = retention::preview(&state.store, sv.school(), on, now()).await?;
    Ok(RetentionPage {
        ctx: sv.viewer.page(t.t("retention-title")),
        preview_heading: t.t1("retention-preview", "day", t.date_long(on)),
        going: going(sv, &counts),
        form,
        errors,
        saved,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Saved {
    saved: Option<String>,
}

/// `GET /school/privacy/retention`
pub async fn show(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    axum::extract::Query(q): axum::extract::Query<Saved>,
) -> Result<Response, AppError> {
    let periods = retention::periods(&state.store, sv.school()).await?;
    render(&page(&state, &sv, periods.into(), FieldErrors::new(), q.saved.is_some()).await?)
}

/// `POST /school/privacy/retention`: new periods; the preview shows what they mean.
pub async fn save(
    State(state): State<AppState>,
    ManagesPeople(sv): ManagesPeople,
    Form(form): Form<RetentionForm>,
) -> Result<Response, AppError> {
    match form.parse() {
        Ok(periods) => {
            retention::set_periods(&state.store, sv.school(), &periods, &sv.who()).await?;
            Ok(Redirect::to("/school/privacy/retention?saved=1#preview-heading").into_response())
        }
        Err(problems) => {
            let errors = FieldErrors::from_list(&problems, &sv.viewer.tr());
            render_invalid(&page(&state, &sv, form, errors, false).await?)
        }
    }
}
