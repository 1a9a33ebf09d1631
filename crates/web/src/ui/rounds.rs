//! Rounds as the start page and the rounds page list them: name, classes, the phase now and
//! the conversations' dates.

use crate::http::error::AppError;
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::state::AppState;
use samenspraak_core::ids::ClassId;
use samenspraak_core::policy::{Action, decide};
use samenspraak_core::time::today;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::now;
use samenspraak_store::rounds::{self, Round};

/// A round as listed on the start page and the rounds page.
pub struct RoundSummary {
    pub id: String,
    pub name: String,
    pub classes: String,
    pub current: String,
    /// The current phase's own dates.
    pub phase_dates: Option<String>,
    pub dates: String,
}

fn summarize(t: &Tr, round: &Round, class_names: &[SchoolClass]) -> RoundSummary {
    let phases = round.plan.timeline(today(now()));
    let phase = phases
        .iter()
        .find(|p| p.state != samenspraak_core::round::PhaseState::Done);
    // Phases overlap (child talks while booking is open): every one of them now is named.
    let now: Vec<String> = phases
        .iter()
        .filter(|p| p.state == samenspraak_core::round::PhaseState::Now)
        .map(|p| t.t(p.kind.key()))
        .collect();
    let current = if now.len() > 1 {
        now.join(" · ")
    } else {
        phase
            .map(|p| t.t(p.kind.key()))
            .unwrap_or_else(|| t.t("round-finished"))
    };
    // The phase with its own dates: "Kindgesprekken · 30 nov. – 8 jan.", not next to the
    // conversations' dates, which read as if they were the phase's.
    let phase_dates = phase.map(|p| {
        if p.from == p.until {
            t.date_short(p.from)
        } else {
            t.t2(
                "round-conference-dates",
                "from",
                t.date_short(p.from),
                "until",
                t.date_short(p.until),
            )
        }
    });
    RoundSummary {
        id: round.id.to_string(),
        name: round.plan.name.clone(),
        classes: names_of(&round.classes, class_names),
        current,
        phase_dates,
        dates: t.t2(
            "round-conference-dates",
            "from",
            t.date_short(round.plan.conference_from),
            "until",
            t.date_short(round.plan.conference_until),
        ),
    }
}

fn names_of(ids: &[ClassId], classes: &[SchoolClass]) -> String {
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| classes.iter().find(|c| &c.id == id).map(|c| c.name.as_str()))
        .collect();
    names.join(", ")
}

/// The rounds this viewer may see, most recent first.
pub async fn visible_rounds(state: &AppState, sv: &StaffViewer) -> Result<Vec<RoundSummary>, AppError> {
    let all_classes = all_classes(state, sv).await?;
    let rounds = rounds::list(&state.store, sv.school()).await?;
    Ok(summaries(sv, &rounds, &all_classes))
}

/// The rounds `sv` may see, summarized, from the school's rounds and the year's classes
/// already read (the start page reads them once for its lists too).
pub fn summaries(sv: &StaffViewer, rounds: &[Round], all_classes: &[SchoolClass]) -> Vec<RoundSummary> {
    let t = sv.viewer.tr();
    let actor = sv.actor();
    rounds
        .iter()
        .filter(|r| {
            decide(
                &actor,
                Action::ViewRound {
                    school: &r.school_id,
                    classes: &r.classes,
                },
            )
            .is_allowed()
        })
        .map(|r| summarize(&t, r, all_classes))
        .collect()
}

/// Every class of the current year, for names; visibility is decided per round.
pub async fn all_classes(state: &AppState, sv: &StaffViewer) -> Result<Vec<SchoolClass>, AppError> {
    Ok(match crate::access::scope::current_year(state, sv).await? {
        Some(year) => samenspraak_store::classes::list(&state.store, sv.school(), &year.id).await?,
        None => Vec::new(),
    })
}
