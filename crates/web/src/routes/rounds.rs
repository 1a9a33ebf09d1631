//! Rounds (gespreksrondes): the list, the form to create or change one, and the round page
//! with its timeline and, per child, where they stand in each step.

use crate::app::AppState;
use crate::auth::StaffViewer;
use crate::error::{AppError, allow};
use crate::i18n::Tr;
use crate::page::Form;
use crate::page::{FieldErrors, PageCtx, render, render_invalid};
use crate::routes::scope::visible_classes;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::{ClassId, RoundId};
use samenspraak_core::policy::{Action, decide};
use samenspraak_core::round::{Phase, RoundInput, Step, StepState};
use samenspraak_core::time::today;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::rounds::{self, Round};
use samenspraak_store::{children, now};

/// A round as listed on the start page and the rounds page.
pub struct RoundSummary {
    pub id: String,
    pub name: String,
    pub classes: String,
    pub current: String,
    pub dates: String,
}

fn summarize(t: &Tr, round: &Round, class_names: &[SchoolClass]) -> RoundSummary {
    let phases = round.plan.timeline(today(now()));
    let current = phases
        .iter()
        .find(|p| p.state != samenspraak_core::round::PhaseState::Done)
        .map(|p| t.t(p.kind.key()))
        .unwrap_or_else(|| t.t("round-finished"));
    RoundSummary {
        id: round.id.to_string(),
        name: round.plan.name.clone(),
        classes: names_of(&round.classes, class_names),
        current,
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
        .filter_map(|id| {
            classes
                .iter()
                .find(|c| &c.id == id)
                .map(|c| c.name.as_str())
        })
        .collect();
    names.join(", ")
}

/// The rounds this viewer may see, most recent first.
pub async fn visible_rounds(
    state: &AppState,
    sv: &StaffViewer,
) -> Result<Vec<RoundSummary>, AppError> {
    let t = sv.viewer.tr();
    let actor = sv.actor();
    let all_classes = all_classes(state, sv).await?;
    Ok(rounds::list(&state.store, sv.school())
        .await?
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
        .map(|r| summarize(&t, r, &all_classes))
        .collect())
}

/// Every class of the current year, for names; visibility is decided per round.
async fn all_classes(state: &AppState, sv: &StaffViewer) -> Result<Vec<SchoolClass>, AppError> {
    Ok(match crate::routes::scope::current_year(state, sv).await? {
        Some(year) => samenspraak_store::classes::list(&state.store, sv.school(), &year.id).await?,
        None => Vec::new(),
    })
}

#[derive(Template)]
#[template(path = "rounds/list.html")]
struct ListPage {
    ctx: PageCtx,
    rounds: Vec<RoundSummary>,
    can_create: bool,
}

pub async fn list(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    allow(decide(&sv.actor(), Action::UseStaffPages))?;
    let t = sv.viewer.tr();
    let rounds = visible_rounds(&state, &sv).await?;
    render(&ListPage {
        ctx: sv.viewer.page(t.t("rounds-title")),
        rounds,
        can_create: can_create(&state, &sv).await?,
    })
}

async fn can_create(state: &AppState, sv: &StaffViewer) -> Result<bool, AppError> {
    Ok(!writable_classes(state, sv).await?.is_empty())
}

/// Classes the viewer may put in a round.
async fn writable_classes(
    state: &AppState,
    sv: &StaffViewer,
) -> Result<Vec<SchoolClass>, AppError> {
    let actor = sv.actor();
    Ok(visible_classes(state, sv)
        .await?
        .into_iter()
        .filter(|c| c.active)
        .filter(|c| {
            decide(
                &actor,
                Action::WriteRound {
                    school: &c.school_id,
                    classes: std::slice::from_ref(&c.id),
                },
            )
            .is_allowed()
        })
        .collect())
}

#[derive(Template)]
#[template(path = "rounds/form.html")]
struct FormPage {
    ctx: PageCtx,
    action: String,
    input: RoundInput,
    classes: Vec<(SchoolClass, bool)>,
    errors: FieldErrors,
    is_new: bool,
}

impl FormPage {
    fn field(&self, name: &str) -> &str {
        let i = &self.input;
        match name {
            "name" => &i.name,
            "child_talk_from" => &i.child_talk_from,
            "child_talk_until" => &i.child_talk_until,
            "parent_prep_until" => &i.parent_prep_until,
            "booking_opens" => &i.booking_opens,
            "booking_closes" => &i.booking_closes,
            "conference_from" => &i.conference_from,
            "conference_until" => &i.conference_until,
            _ => &i.follow_up_on,
        }
    }
}

pub async fn new(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    let classes = writable_classes(&state, &sv).await?;
    if classes.is_empty() {
        return Err(AppError::Forbidden);
    }
    let t = sv.viewer.tr();
    // A teacher with one class means that class.
    let single = classes.len() == 1;
    render(&FormPage {
        ctx: sv.viewer.page(t.t("round-new-title")),
        action: "/rounds".into(),
        input: RoundInput::default(),
        classes: classes.into_iter().map(|c| (c, single)).collect(),
        errors: FieldErrors::new(),
        is_new: true,
    })
}

/// The form as posted: the fields of `RoundInput` and any number of `class` values.
fn read_form(pairs: &[(String, String)]) -> (RoundInput, Vec<ClassId>) {
    let mut input = RoundInput::default();
    let mut classes = Vec::new();
    for (k, v) in pairs {
        let slot = match k.as_str() {
            "name" => &mut input.name,
            "child_talk_from" => &mut input.child_talk_from,
            "child_talk_until" => &mut input.child_talk_until,
            "parent_prep_until" => &mut input.parent_prep_until,
            "booking_opens" => &mut input.booking_opens,
            "booking_closes" => &mut input.booking_closes,
            "conference_from" => &mut input.conference_from,
            "conference_until" => &mut input.conference_until,
            "follow_up_on" => &mut input.follow_up_on,
            "class" => {
                classes.push(ClassId(v.clone()));
                continue;
            }
            _ => continue,
        };
        *slot = v.clone();
    }
    (input, classes)
}

pub async fn create(
    State(state): State<AppState>,
    sv: StaffViewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    save(&state, &sv, None, &pairs).await
}

pub async fn update(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let round = rounds::get(&state.store, sv.school(), &RoundId(id)).await?;
    allow(decide(
        &sv.actor(),
        Action::WriteRound {
            school: &round.school_id,
            classes: &round.classes,
        },
    ))?;
    save(&state, &sv, Some(round), &pairs).await
}

async fn save(
    state: &AppState,
    sv: &StaffViewer,
    existing: Option<Round>,
    pairs: &[(String, String)],
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let (input, chosen) = read_form(pairs);
    let writable = writable_classes(state, sv).await?;
    // Classes the viewer may not write are refused whole, not silently dropped.
    if chosen.iter().any(|c| !writable.iter().any(|w| &w.id == c)) {
        return Err(AppError::Forbidden);
    }
    let parsed = input.parse();
    let mut errors = match &parsed {
        Ok(_) => FieldErrors::new(),
        Err(list) => FieldErrors::from_list(list, &t),
    };
    if chosen.is_empty() {
        errors.add_message("classes", &t, t.t("round-pick-a-class"));
    }
    match parsed {
        Ok(plan) if errors.is_empty() => {
            let id = match existing {
                Some(r) => {
                    rounds::update(&state.store, sv.school(), &r.id, &plan, &chosen).await?;
                    r.id
                }
                None => {
                    rounds::create(&state.store, sv.school(), &plan, &chosen, sv.id())
                        .await?
                        .id
                }
            };
            Ok(Redirect::to(&format!("/rounds/{id}")).into_response())
        }
        _ => {
            let is_new = existing.is_none();
            let page = FormPage {
                ctx: sv.viewer.page(t.t(if is_new {
                    "round-new-title"
                } else {
                    "round-edit-title"
                })),
                action: existing
                    .map(|r| format!("/rounds/{}", r.id))
                    .unwrap_or_else(|| "/rounds".into()),
                input,
                classes: writable
                    .into_iter()
                    .map(|c| {
                        let on = chosen.contains(&c.id);
                        (c, on)
                    })
                    .collect(),
                errors,
                is_new,
            };
            render_invalid(&page)
        }
    }
}

pub async fn edit(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let round = rounds::get(&state.store, sv.school(), &RoundId(id)).await?;
    allow(decide(
        &sv.actor(),
        Action::WriteRound {
            school: &round.school_id,
            classes: &round.classes,
        },
    ))?;
    let t = sv.viewer.tr();
    let classes = writable_classes(&state, &sv).await?;
    render(&FormPage {
        ctx: sv.viewer.page(t.t("round-edit-title")),
        action: format!("/rounds/{}", round.id),
        input: RoundInput::from_plan(&round.plan),
        classes: classes
            .into_iter()
            .map(|c| {
                let on = round.classes.contains(&c.id);
                (c, on)
            })
            .collect(),
        errors: FieldErrors::new(),
        is_new: false,
    })
}

/// One child's row on the round page.
struct ChildRow {
    id: String,
    name: String,
    steps: Vec<StepState>,
}

/// One class's block on the round page, with a progress count per step.
struct ClassBlock {
    name: String,
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
}

pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
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
        // Later parts of the cycle fill these in; until then every step is still to start.
        let children: Vec<ChildRow> = kids
            .iter()
            .filter(|c| c.active)
            .map(|c| ChildRow {
                id: c.id.to_string(),
                name: c.full_name(),
                steps: vec![StepState::NotStarted; Step::ALL.len()],
            })
            .collect();
        let total = children.len() as i64;
        let progress = Step::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| {
                (
                    *s,
                    children
                        .iter()
                        .filter(|c| c.steps[i] == StepState::Done)
                        .count() as i64,
                    total,
                )
            })
            .collect();
        blocks.push(ClassBlock {
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
    })
}
