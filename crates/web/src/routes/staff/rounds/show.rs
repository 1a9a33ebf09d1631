//! The round page: the phases as a timeline, and per class a progress bar per step and a
//! row per child.

use crate::http::error::{AppError, allow};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use samenspraak_core::child_talk::TalkStatus;
use samenspraak_core::ids::RoundId;
use samenspraak_core::policy::{Action, decide};
use samenspraak_core::round::{Phase, Step, StepState};
use samenspraak_core::time::today;
use samenspraak_store::rounds;
use samenspraak_store::{child_talks, children, now};

/// One child's row on the round page: per step its state and the words shown for it.
struct ChildRow {
    id: String,
    name: String,
    steps: Vec<(StepState, String)>,
    /// The child talk's page, for who may hold it.
    talk_url: Option<String>,
    /// What the child talk holds, in a few words ("2 vragen", "spinnenweb", "filmpje").
    talk_contents: String,
    /// The conversation frame, for who may hold the conversation.
    frame_url: Option<String>,
    /// The teacher's preparation, for the same people.
    prepare_url: Option<String>,
}

/// One class's block on the round page, with a progress count per step.
struct ClassBlock {
    name: String,
    /// The planning page of the class's child talks, for who may plan them.
    plan_url: Option<String>,
    /// Inviting the class's guardians, for the same people.
    invite_url: Option<String>,
    /// The class's conversation times.
    slots_url: Option<String>,
    children: Vec<ChildRow>,
    progress: Vec<(Step, i64, i64)>,
}

#[derive(Template)]
#[template(path = "rounds/show.html")]
struct ShowPage {
    ctx: PageCtx,
    id: String,
    name: String,
    phases: Vec<Phase>,
    booking_opens: String,
    booking_closes: String,
    steps: Vec<Step>,
    blocks: Vec<ClassBlock>,
    can_edit: bool,
    /// "choose" or "propose".
    booking_mode: &'static str,
    /// The head starts to choose from: (minutes, words, chosen).
    head_starts: Vec<(i64, String, bool)>,
    /// Whether siblings' conversations may fall at the same time.
    siblings_parallel: bool,
    /// In "propose": how many children's families said when they can come.
    answered: i64,
    /// After a proposal: what it did.
    notice: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let round = rounds::get(&state.store, sv.school(), &RoundId(id)).await?;
    let actor = sv.actor();
    allow(decide(
        &actor,
        Action::ViewRound {
            school: &round.school_id,
            classes: &round.classes,
        },
    ))?;
    let t = sv.viewer.tr();
    let mut blocks = Vec::new();
    let talks: std::collections::HashMap<_, _> = child_talks::statuses(&state.store, &round.id)
        .await?
        .into_iter()
        .map(|(c, s, d)| (c, (s, d)))
        .collect();
    let contents = samenspraak_store::talk_contents::of_round(&state.store, &round.id).await?;
    let answered = samenspraak_store::questionnaires::progress_of_round(&state.store, &round.id).await?;
    let booked = samenspraak_store::bookings::of_round(&state.store, &round.id).await?;
    let waiting = samenspraak_store::waiting::of_round(&state.store, &round.id).await?;
    let proposed = samenspraak_store::bookings::proposed_children(&state.store, &round.id).await?;
    let framed = samenspraak_store::frames::counts_of_round(&state.store, &round.id).await?;
    let prepared = samenspraak_store::preparations::prepared(&state.store, &round.id).await?;
    let followed = samenspraak_store::frames::follow_up_of_round(&state.store, &round.id).await?;
    let mut said_when: Vec<_> = samenspraak_store::availability::of_round(&state.store, &round.id)
        .await?
        .into_iter()
        .map(|(c, _, _)| c)
        .collect();
    said_when.sort();
    said_when.dedup();
    for class_id in &round.classes {
        // Within a round, each viewer sees the children of the classes they may see.
        if !decide(
            &actor,
            Action::ViewClass {
                school: &round.school_id,
                class: class_id,
            },
        )
        .is_allowed()
        {
            continue;
        }
        let class = samenspraak_store::classes::get(&state.store, sv.school(), class_id).await?;
        let kids = children::in_class(&state.store, class_id).await?;
        let may_plan = decide(
            &actor,
            Action::PlanChildTalks {
                school: &round.school_id,
                class: class_id,
            },
        )
        .is_allowed();
        let children: Vec<ChildRow> = kids
            .iter()
            .filter(|c| c.active)
            .map(|c| {
                // Steps the later parts of the cycle fill in are still to start.
                let steps = Step::ALL
                    .iter()
                    .map(|step| match step {
                        Step::ChildTalk => child_talk_cell(&t, talks.get(&c.id)),
                        Step::ParentPrep => {
                            let furthest = answered
                                .iter()
                                .filter(|(child, _, _)| *child == c.id)
                                .map(|(_, _, p)| *p)
                                .max();
                            parent_prep_cell(&t, furthest)
                        }
                        Step::Booking => match booked.iter().find(|(child, _, _)| *child == c.id) {
                            Some((_, day, start)) if proposed.contains(&c.id) => (
                                StepState::InProgress,
                                t.t1(
                                    "proposal-state",
                                    "when",
                                    format!("{} {}", t.date_short(day), start.strftime("%H:%M")),
                                ),
                            ),
                            Some((_, day, start)) => (
                                StepState::Done,
                                format!("{} {}", t.date_short(day), start.strftime("%H:%M")),
                            ),
                            None if waiting.contains(&c.id) => (StepState::InProgress, t.t("wait-state")),
                            None => (StepState::NotStarted, t.t("booking-state-none")),
                        },
                        Step::Conference => match framed.iter().find(|(child, _, _)| *child == c.id) {
                            Some((_, boxes, agreements)) => (
                                StepState::Done,
                                t.t2(
                                    "frame-state",
                                    "boxes",
                                    t.n("count-boxes", *boxes),
                                    "agreements",
                                    t.n("count-agreements", *agreements),
                                ),
                            ),
                            None if prepared.contains(&c.id) => (StepState::InProgress, t.t("prep-state")),
                            None => (StepState::NotStarted, t.t(StepState::NotStarted.key())),
                        },
                        Step::FollowUp => match followed.iter().find(|(child, _, _)| *child == c.id) {
                            Some((_, _, true)) => (StepState::Done, t.t("follow-up-read")),
                            Some((_, true, false)) => (StepState::InProgress, t.t("follow-up-sent")),
                            _ => (StepState::NotStarted, t.t(StepState::NotStarted.key())),
                        },
                    })
                    .collect();
                let held = contents.get(&c.id);
                ChildRow {
                    id: c.id.to_string(),
                    name: c.full_name(),
                    steps,
                    talk_url: held
                        .filter(|_| may_plan)
                        .map(|h| format!("/rounds/{}/talks/{}/{}", round.id, class_id, h.talk_id)),
                    talk_contents: held.map(|h| describe_contents(&t, h)).unwrap_or_default(),
                    frame_url: may_plan.then(|| format!("/rounds/{}/frame/{}", round.id, c.id)),
                    prepare_url: may_plan.then(|| format!("/rounds/{}/prepare/{}", round.id, c.id)),
                }
            })
            .collect();
        let total = children.len() as i64;
        let progress = Step::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| {
                (
                    *s,
                    children.iter().filter(|c| c.steps[i].0 == StepState::Done).count() as i64,
                    total,
                )
            })
            .collect();
        blocks.push(ClassBlock {
            plan_url: may_plan.then(|| format!("/rounds/{}/talks/{}", round.id, class_id)),
            invite_url: may_plan.then(|| format!("/rounds/{}/invitations/{}", round.id, class_id)),
            slots_url: may_plan.then(|| format!("/rounds/{}/slots/{}", round.id, class_id)),
            name: class.name,
            children,
            progress,
        });
    }
    render(&ShowPage {
        ctx: sv.viewer.page(round.plan.name.clone()),
        id: round.id.to_string(),
        name: round.plan.name.clone(),
        phases: round.plan.timeline(today(now())),
        booking_opens: t.datetime_long(round.plan.booking_opens),
        booking_closes: t.datetime_long(round.plan.booking_closes),
        steps: Step::ALL.to_vec(),
        blocks,
        can_edit: decide(
            &actor,
            Action::WriteRound {
                school: &round.school_id,
                classes: &round.classes,
            },
        )
        .is_allowed(),
        booking_mode: round.booking_mode.as_str(),
        siblings_parallel: round.siblings_parallel,
        head_starts: samenspraak_core::booking::HEAD_STARTS
            .iter()
            .map(|m| (*m, t.t(&format!("head-start-{m}")), *m == round.head_start_minutes))
            .collect(),
        answered: said_when.len() as i64,
        notice: q.get("proposed").map(|n| {
            let count = |k: &str| q.get(k).and_then(|v| v.parse::<i64>().ok()).unwrap_or(0);
            t.args(
                "proposal-done",
                &[
                    ("booked", t.n("count-conversations", n.parse::<i64>().unwrap_or(0))),
                    ("unplaced", t.n("count-children-unplaced", count("unplaced"))),
                    ("apart", count("apart").to_string()),
                ],
            )
        }),
    })
}

/// The child-talk cell of a child's row: planned with its day, done, or absent.
fn child_talk_cell(t: &crate::i18n::Tr, talk: Option<&(TalkStatus, jiff::civil::Date)>) -> (StepState, String) {
    match talk {
        None => (StepState::NotStarted, t.t(StepState::NotStarted.key())),
        Some((TalkStatus::Done, _)) => (StepState::Done, t.t(StepState::Done.key())),
        Some((TalkStatus::Absent, _)) => (StepState::NotStarted, t.t("talk-status-absent")),
        Some((_, day)) => (StepState::InProgress, t.t1("talk-planned-on", "day", t.date_short(day))),
    }
}

/// What a child talk holds, in a few words joined by a dot.
fn describe_contents(t: &crate::i18n::Tr, c: &samenspraak_store::talk_contents::TalkContents) -> String {
    let mut words = Vec::new();
    if c.questions > 0 {
        words.push(t.n("contents-questions", c.questions));
    }
    for instrument in &c.instruments {
        words.push(t.t(&format!("contents-{instrument}")));
    }
    if c.grid_ratings > 0 {
        words.push(t.t("contents-grid"));
    }
    if c.video {
        words.push(t.t("contents-video"));
    }
    if c.portfolio > 0 {
        words.push(t.n("contents-portfolio", c.portfolio));
    }
    if c.report {
        words.push(t.t("contents-report"));
    }
    if c.notes > 0 {
        words.push(t.n("contents-notes", c.notes));
    }
    words.join(" · ")
}

/// The parents' preparation of a child's row: the furthest any guardian got with the
/// questionnaire.
fn parent_prep_cell(
    t: &crate::i18n::Tr,
    furthest: Option<samenspraak_store::questionnaires::Progress>,
) -> (StepState, String) {
    use samenspraak_store::questionnaires::Progress;
    match furthest {
        None | Some(Progress::NotOpened) => (StepState::NotStarted, t.t(StepState::NotStarted.key())),
        Some(Progress::Submitted) => (StepState::Done, t.t("q-progress-submitted")),
        Some(p) => (StepState::InProgress, t.t(&format!("q-progress-{}", p.as_str()))),
    }
}
