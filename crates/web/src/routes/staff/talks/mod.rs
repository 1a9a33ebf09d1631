//! Planning the child talks of one class in a round: the planning page (the plan by day,
//! the children not yet placed and why, the moments and exceptions), the automatic plan,
//! changes by hand, and the printable week plan with a slip per child.

pub mod actions;
pub mod grid;
pub mod instruments;
pub mod page;
pub mod portfolio;
pub mod print;
pub mod report;
pub mod talk;
pub mod video;

use crate::http::error::AppError;
use crate::http::form::FieldErrors;
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::response::Response;
use jiff::civil::Date;
use samenspraak_core::child_talk::{TalkSettings, TalkStatus};
use samenspraak_core::ids::RoundId;
use samenspraak_core::planner::{NotPlaced, PlanInput, Talk};
use samenspraak_store::child_talks::{self, ClassMoment, StoredTalk};
use samenspraak_store::children::{self, Child};
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::rounds::{self, Round};
use std::collections::HashMap;

/// Everything the page and the planner need about one class in one round.
pub struct Planning {
    pub round: Round,
    pub class: SchoolClass,
    pub settings: TalkSettings,
    pub moments: Vec<ClassMoment>,
    pub children: Vec<Child>,
    pub talks: Vec<StoredTalk>,
    pub input: PlanInput,
    /// The school calendar's holidays and free days in the window.
    pub days_off: Vec<samenspraak_store::school_calendar::Entry>,
}

impl Planning {
    pub async fn load(state: &AppState, sv: &StaffViewer, round: String, class: String) -> Result<Self, AppError> {
        let round = rounds::get(&state.store, sv.school(), &RoundId(round)).await?;
        let class = crate::access::scope::class_to_plan(state, sv, class).await?;
        if !round.classes.contains(&class.id) {
            return Err(AppError::NotFound);
        }
        let store = &state.store;
        let settings = child_talks::settings(store, &round.id).await?;
        let moments = child_talks::moments(store, &class.id).await?;
        let children: Vec<Child> = children::in_class(store, &class.id)
            .await?
            .into_iter()
            .filter(|c| c.active)
            .collect();
        let talks = child_talks::talks(store, &round.id, &class.id).await?;
        // Talks that happened or that the teacher fixed stay; the planner works around them.
        let locked = talks
            .iter()
            .filter(|t| t.locked || t.status == TalkStatus::Done)
            .map(|t| Talk {
                date: t.date,
                start: t.start,
                moment: t.moment_id.clone().unwrap_or_default(),
                child: t.child_id.clone(),
            })
            .collect();
        // Talks are planned from today on: the days already gone are not planned into.
        let today = samenspraak_core::time::today(samenspraak_store::now());
        let from = round.plan.child_talk_from.max(today);
        let until = round.plan.child_talk_until;
        // The class's own closed days and the school calendar's holidays and free days.
        let mut closed_days: std::collections::BTreeSet<_> = child_talks::closed_days(store, &class.id)
            .await?
            .into_iter()
            .map(|(d, _)| d)
            .collect();
        let days_off =
            samenspraak_store::school_calendar::between(store, &round.school_id, from, until.max(from)).await?;
        for e in &days_off {
            let mut d = e.from.max(from);
            while d <= e.until.min(until) {
                closed_days.insert(d);
                d = d.tomorrow().map_err(|_| AppError::BadRequest)?;
            }
        }
        let input = PlanInput {
            from,
            until,
            moments: moments.iter().map(ClassMoment::as_planner_moment).collect(),
            closed_days,
            cancelled: child_talks::cancellations(store, &class.id).await?,
            children: children.iter().map(|c| c.id.clone()).collect(),
            absent: child_talks::absences(store, &class.id).await?,
            talk_minutes: settings.talk_minutes,
            break_minutes: settings.break_minutes,
            max_per_moment: settings.per_moment as usize,
            locked,
        };
        Ok(Self {
            round,
            class,
            settings,
            moments,
            children,
            talks,
            input,
            days_off,
        })
    }

    pub fn url(&self) -> String {
        format!("/rounds/{}/talks/{}", self.round.id, self.class.id)
    }

    pub fn child_name(&self, id: &samenspraak_core::ids::ChildId) -> String {
        self.children
            .iter()
            .find(|c| &c.id == id)
            .map(Child::full_name)
            .unwrap_or_default()
    }

    /// Where a talk happens, as the child will read it: the moment's place, else its kind.
    pub fn place(&self, t: &Tr, talk: &StoredTalk) -> String {
        match self.moments.iter().find(|m| Some(&m.id) == talk.moment_id.as_ref()) {
            Some(m) if !m.place.is_empty() => m.place.clone(),
            Some(m) => t.t(&m.kind.key()),
            None => String::new(),
        }
    }
}

/// Every planning handler starts from the class's planning, found from the address (`{id}`
/// the round, `{class}`) for a member of staff who may plan the class.
impl FromRequestParts<AppState> for Planning {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let sv = StaffViewer::from_request_parts(parts, state).await?;
        let Path(ids) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        let id = |k: &str| ids.get(k).cloned().ok_or(AppError::NotFound);
        Planning::load(state, &sv, id("id")?, id("class")?).await
    }
}

/// One talk on the planning page.
pub(super) struct TalkRow {
    pub id: String,
    pub child: String,
    pub time: String,
    pub place: String,
    pub status: TalkStatus,
    pub locked: bool,
    pub date: String,
    pub start: String,
}

/// The talks of one day.
pub(super) struct Day {
    pub label: String,
    pub talks: Vec<TalkRow>,
}

pub(super) fn days(t: &Tr, p: &Planning) -> Vec<Day> {
    let mut days: Vec<(Date, Day)> = Vec::new();
    for talk in &p.talks {
        let row = TalkRow {
            id: talk.id.clone(),
            child: p.child_name(&talk.child_id),
            time: format!("{}–{}", talk.start.strftime("%H:%M"), talk.end.strftime("%H:%M")),
            place: p.place(t, talk),
            status: talk.status,
            locked: talk.locked,
            date: talk.date.to_string(),
            start: talk.start.strftime("%H:%M").to_string(),
        };
        match days.last_mut() {
            Some((d, day)) if *d == talk.date => day.talks.push(row),
            _ => days.push((
                talk.date,
                Day {
                    label: t.date_long(talk.date),
                    talks: vec![row],
                },
            )),
        }
    }
    days.into_iter().map(|(_, d)| d).collect()
}

/// A day without child talks in the class, on the planning page.
pub(super) struct ClosedDay {
    /// The day as the form sends it back, `2026-12-24`.
    iso: String,
    label: String,
    reason: String,
}

/// A weekly moment that falls away on one day.
pub(super) struct CancelledMoment {
    moment: String,
    iso: String,
    /// The day and the moment in words.
    label: String,
}

/// The three settings of the child talks, as text in the form.
pub(super) struct SettingsFields {
    pub talk_minutes: String,
    pub break_minutes: String,
    pub per_moment: String,
}

impl SettingsFields {
    fn of(s: &TalkSettings) -> Self {
        Self {
            talk_minutes: s.talk_minutes.to_string(),
            break_minutes: s.break_minutes.to_string(),
            per_moment: s.per_moment.to_string(),
        }
    }
}

#[derive(Template)]
#[template(path = "talks/plan.html")]
pub(super) struct PlanPage {
    ctx: PageCtx,
    url: String,
    round_id: String,
    round_name: String,
    class: SchoolClass,
    window: String,
    /// The settings as the form shows them: stored, or as typed when refused.
    settings: SettingsFields,
    /// Each setting's limits, in words, next to its field.
    limits: SettingsFields,
    moments: usize,
    days: Vec<Day>,
    planned: usize,
    not_placed: Vec<(String, String)>,
    closed: Vec<ClosedDay>,
    /// "kerstvakantie (maandag 21 december 2026 tot en met zondag 3 januari 2027)", …: the
    /// school calendar's days off in the window, which the planner leaves free.
    days_off: Option<String>,
    /// (moment id, "dinsdag 08:45–10:15, Hoekenwerk") for the cancel form.
    moment_options: Vec<(String, String)>,
    cancelled: Vec<CancelledMoment>,
    children: Vec<(String, String)>,
    statuses: Vec<(&'static str, String)>,
    /// (talk id, "Noor Peeters (1/12 08:45)") for swapping two talks.
    swap_options: Vec<(String, String)>,
    errors: FieldErrors,
}

pub(super) async fn render_page(
    state: &AppState,
    sv: &StaffViewer,
    p: Planning,
    errors: FieldErrors,
) -> Result<PlanPage, AppError> {
    let t = sv.viewer.tr();
    // What the planner would do now tells why a child without a talk cannot be placed.
    let dry = samenspraak_core::planner::plan(&p.input);
    let has_talk = |c: &Child| p.talks.iter().any(|t| t.child_id == c.id);
    let not_placed = p
        .children
        .iter()
        .filter(|c| !has_talk(c))
        .map(|c| {
            let why = match dry.not_placed.iter().find(|(id, _)| id == &c.id).map(|(_, w)| *w) {
                Some(NotPlaced::TooFewMoments) => t.t("talks-why-too-few"),
                Some(NotPlaced::AbsentOnEveryFreeDay) => t.t("talks-why-absent"),
                None => t.t("talks-why-not-yet"),
            };
            (c.full_name(), why)
        })
        .collect();
    let days_off = (!p.days_off.is_empty()).then(|| {
        let list: Vec<String> = p
            .days_off
            .iter()
            .map(|e| {
                let name = crate::ui::calendar::name_of(&t, e);
                format!("{name} ({})", crate::ui::calendar::when(&t, e))
            })
            .collect();
        t.t1("school-calendar-in-window", "days", list.join("; "))
    });
    let closed = child_talks::closed_days(&state.store, &p.class.id)
        .await?
        .into_iter()
        .map(|(d, reason)| ClosedDay {
            iso: d.to_string(),
            label: t.date_long(d),
            reason,
        })
        .collect();
    let describe = |m: &ClassMoment| {
        format!(
            "{} {}–{}, {}",
            t.t(&format!("weekday-{}", m.weekday.to_monday_one_offset())),
            m.start.strftime("%H:%M"),
            m.end.strftime("%H:%M"),
            t.t(&m.kind.key())
        )
    };
    let moment_options = p.moments.iter().map(|m| (m.id.clone(), describe(m))).collect();
    let cancelled = p
        .input
        .cancelled
        .iter()
        .filter_map(|(id, day)| {
            let m = p.moments.iter().find(|m| &m.id == id)?;
            Some(CancelledMoment {
                moment: id.clone(),
                iso: day.to_string(),
                label: format!("{} — {}", t.date_long(*day), describe(m)),
            })
        })
        .collect();
    // A talk that was held stays where it happened: it is no one's to swap with.
    let swap_options = p
        .talks
        .iter()
        .filter(|talk| talk.status != TalkStatus::Done)
        .map(|talk| {
            (
                talk.id.clone(),
                format!(
                    "{} ({} {})",
                    p.child_name(&talk.child_id),
                    talk.date.strftime("%-d/%-m"),
                    talk.start.strftime("%H:%M")
                ),
            )
        })
        .collect();
    Ok(PlanPage {
        swap_options,
        moment_options,
        cancelled,
        ctx: sv
            .viewer
            .page(t.t2("talks-title", "class", &p.class.name, "round", &p.round.plan.name)),
        url: p.url(),
        round_id: p.round.id.to_string(),
        round_name: p.round.plan.name.clone(),
        window: t.t2(
            "talks-window",
            "from",
            t.date_long(p.input.from),
            "until",
            t.date_long(p.input.until),
        ),
        settings: SettingsFields::of(&p.settings),
        limits: {
            let between = |(min, max): (i64, i64)| t.t2("talks-limits", "min", min.to_string(), "max", max.to_string());
            SettingsFields {
                talk_minutes: between(TalkSettings::TALK_MINUTES),
                break_minutes: between(TalkSettings::BREAK_MINUTES),
                per_moment: between(TalkSettings::PER_MOMENT),
            }
        },
        moments: p.moments.len(),
        days: days(&t, &p),
        planned: p.talks.len(),
        not_placed,
        closed,
        days_off,
        children: p.children.iter().map(|c| (c.id.to_string(), c.full_name())).collect(),
        statuses: TalkStatus::ALL.iter().map(|s| (s.as_str(), t.t(&s.key()))).collect(),
        class: p.class,
        errors,
    })
}

pub async fn show(State(state): State<AppState>, sv: StaffViewer, p: Planning) -> Result<Response, AppError> {
    render(&render_page(&state, &sv, p, FieldErrors::new()).await?)
}
