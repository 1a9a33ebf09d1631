//! What the teacher prints for the conversation days (DESIGN.md §2, step 4): per day the
//! schedule for the desk (time, child, guardians, the language they read, whether they need
//! an interpreter, the room), a door list for the corridor (time and first name with an
//! initial, nothing more), and a slip per family in the family's language. Each as a print
//! view; the schedule and the door list also as a PDF.

use crate::http::error::AppError;
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::print::flow;
use crate::print::pdf;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use crate::ui::words::slot_words;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use samenspraak_store::bookings::{self, Slot};
use samenspraak_store::{children, classes, guardians};

/// One conversation on the printed schedule.
pub struct Row {
    pub time: String,
    pub child: String,
    /// First name and initial: what the door list shows.
    pub short: String,
    pub guardians: String,
    pub languages: String,
    pub interpreter: bool,
    pub room: String,
}

/// One family's slip, in the language they read.
pub struct Slip {
    pub lang: &'static str,
    /// Right to left for a family that reads Arabic.
    pub dir: &'static str,
    pub heading: String,
    pub lines: Vec<String>,
}

struct Day {
    label: String,
    /// The day as `2027-01-04`, to print that day's preparations and summaries.
    iso: String,
    rows: Vec<Row>,
}

/// The booked conversations of a class in a round, by day, and the slips.
struct Schedule {
    title: String,
    back: String,
    days: Vec<Day>,
    slips: Vec<Slip>,
    /// Across several classes (the teacher's own sheet): the per-class prints are not
    /// linked from it.
    several: bool,
    /// On a class's sheet, when the viewer has more classes in the round: their own sheet
    /// across all of them.
    mine: Option<String>,
}

async fn schedule(state: &AppState, sv: &StaffViewer, round: String, class: String) -> Result<Schedule, AppError> {
    let (round, class) = crate::access::scope::round_and_class(state, sv, round, class).await?;
    let t = sv.viewer.tr();
    let title = t.t2("slots-title", "class", &class.name, "round", &round.plan.name);
    let back = format!("/rounds/{}/slots/{}", round.id, class.id);
    let several = my_classes(state, sv, &round).await?.len() > 1;
    let mut s = schedule_of(state, &t, &round, &[class], title, back).await?;
    s.mine = several.then(|| format!("/rounds/{}/schedule", round.id));
    Ok(s)
}

/// The viewer's own conversations of a round across every class they plan for: one day sheet
/// and one door list for a teacher of 6A and 6B.
async fn my_schedule(state: &AppState, sv: &StaffViewer, round: String) -> Result<Schedule, AppError> {
    let round =
        samenspraak_store::rounds::get(&state.store, sv.school(), &samenspraak_core::ids::RoundId(round)).await?;
    let mine = my_classes(state, sv, &round).await?;
    if mine.is_empty() {
        return Err(AppError::Forbidden);
    }
    let t = sv.viewer.tr();
    let names: Vec<&str> = mine.iter().map(|c| c.name.as_str()).collect();
    let title = t.t2("slots-title", "class", names.join(", "), "round", &round.plan.name);
    let back = format!("/rounds/{}/schedule", round.id);
    schedule_of(state, &t, &round, &mine, title, back).await
}

/// The classes of a round the viewer plans for: a teacher's own, every one for the admin.
async fn my_classes(
    state: &AppState,
    sv: &StaffViewer,
    round: &samenspraak_store::rounds::Round,
) -> Result<Vec<samenspraak_store::classes::SchoolClass>, AppError> {
    let actor = sv.actor();
    Ok(crate::access::scope::visible_classes(state, sv)
        .await?
        .into_iter()
        .filter(|c| round.classes.contains(&c.id))
        .filter(|c| {
            samenspraak_core::policy::decide(
                &actor,
                samenspraak_core::policy::Action::PlanChildTalks {
                    school: &c.school_id,
                    class: &c.id,
                },
            )
            .is_allowed()
        })
        .collect())
}

/// The booked conversations of `classes` in a round, by day and time, and the slips.
async fn schedule_of(
    state: &AppState,
    t: &Tr,
    round: &samenspraak_store::rounds::Round,
    classes: &[samenspraak_store::classes::SchoolClass],
    title: String,
    back: String,
) -> Result<Schedule, AppError> {
    let site = state.config.base_url.trim_end_matches('/').to_string();
    let several = classes.len() > 1;
    let mut booked = Vec::new();
    let mut slips = Vec::new();
    for class in classes {
        let kids = children::in_class(&state.store, &class.id).await?;
        let teachers: Vec<String> = classes::teachers(&state.store, &class.id)
            .await?
            .into_iter()
            .map(|c| c.name)
            .collect();
        for slot in bookings::slots(&state.store, &round.id, &class.id).await? {
            let Some(child) = slot.child.as_ref().and_then(|c| kids.iter().find(|k| &k.id == c)) else {
                continue;
            };
            let family: Vec<_> = guardians::of_child(&state.store, &child.id)
                .await?
                .into_iter()
                .filter(|g| g.active && g.right_to_info)
                // Separated parents with a conversation each: only that household.
                .filter(|g| slot.seat.is_empty() || g.household_id.as_str() == slot.seat)
                .collect();
            let mut languages: Vec<_> = family.iter().map(|g| g.language).collect();
            languages.dedup();
            let initial: String = child.last_name.chars().take(1).collect();
            let row = Row {
                time: format!("{}–{}", slot.start.strftime("%H:%M"), slot.end.strftime("%H:%M")),
                child: if several {
                    format!("{} ({})", child.full_name(), class.name)
                } else {
                    child.full_name()
                },
                short: format!("{} {initial}.", child.first_name),
                guardians: family.iter().map(|g| g.name.clone()).collect::<Vec<_>>().join(", "),
                languages: languages
                    .iter()
                    .map(|l| t.language_name(l))
                    .collect::<Vec<_>>()
                    .join(", "),
                interpreter: family.iter().any(|g| g.interpreter),
                room: slot.room.clone(),
            };
            // One slip per language the family reads; Dutch when nobody is on file.
            let mut slip_languages: Vec<_> = languages.iter().map(|l| crate::i18n::portal_language(*l)).collect();
            slip_languages.dedup();
            if slip_languages.is_empty() {
                slip_languages.push(samenspraak_core::Language::Nl);
            }
            for lang in slip_languages {
                slips.push((
                    (slot.day, slot.start),
                    slip(&Tr::new(lang), &child.first_name, &slot, &teachers, &site),
                ));
            }
            booked.push(((slot.day, slot.start), row));
        }
    }
    // Across classes, the day in the order it is lived: by time.
    booked.sort_by_key(|(at, _)| *at);
    slips.sort_by_key(|(at, _)| *at);
    let mut days: Vec<Day> = Vec::new();
    for ((day, _), row) in booked {
        let label = t.date_long(day);
        match days.last_mut() {
            Some(d) if d.label == label => d.rows.push(row),
            _ => days.push(Day {
                label,
                iso: day.to_string(),
                rows: vec![row],
            }),
        }
    }
    Ok(Schedule {
        title,
        back,
        days,
        slips: slips.into_iter().map(|(_, s)| s).collect(),
        several,
        mine: None,
    })
}

fn slip(t: &Tr, child: &str, slot: &Slot, teachers: &[String], site: &str) -> Slip {
    let mut lines = vec![slot_words(t, slot)];
    if !slot.room.is_empty() {
        lines.push(crate::ui::words::room_words(t, &slot.room));
    }
    if !teachers.is_empty() {
        lines.push(t.t1("slip-with", "teacher", teachers.join(", ")));
    }
    lines.push(t.t1("slip-change", "url", format!("{site}/family")));
    Slip {
        lang: t.code(),
        dir: t.lang.dir(),
        heading: t.t1("booking-mail-event", "child", child),
        lines,
    }
}

#[derive(Template)]
#[template(path = "schedule/day.html")]
struct DayPage {
    ctx: PageCtx,
    s: Schedule,
}

#[derive(Template)]
#[template(path = "schedule/door.html")]
struct DoorPage {
    ctx: PageCtx,
    s: Schedule,
}

#[derive(Template)]
#[template(path = "schedule/slips.html")]
struct SlipsPage {
    ctx: PageCtx,
    s: Schedule,
}

/// A print view of the schedule, made into a page by `make`.
async fn view<P: Template>(
    state: &AppState,
    sv: &StaffViewer,
    (round, class): (String, String),
    make: impl FnOnce(PageCtx, Schedule) -> P,
) -> Result<Response, AppError> {
    let s = schedule(state, sv, round, class).await?;
    render(&make(sv.viewer.page(s.title.clone()), s))
}

/// `GET /rounds/{id}/schedule`: the viewer's day sheet across their classes.
pub async fn my_day(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(round): Path<String>,
) -> Result<Response, AppError> {
    let s = my_schedule(&state, &sv, round).await?;
    render(&DayPage {
        ctx: sv.viewer.page(s.title.clone()),
        s,
    })
}

/// `GET /rounds/{id}/schedule/door`: the viewer's door list across their classes.
pub async fn my_door(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(round): Path<String>,
) -> Result<Response, AppError> {
    let s = my_schedule(&state, &sv, round).await?;
    render(&DoorPage {
        ctx: sv.viewer.page(s.title.clone()),
        s,
    })
}

/// `GET /rounds/{id}/schedule.pdf`
pub async fn my_day_pdf(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(round): Path<String>,
) -> Result<Response, AppError> {
    let s = my_schedule(&state, &sv, round).await?;
    Ok(day_pdf_of(&sv.viewer.tr(), &s))
}

/// `GET /rounds/{id}/schedule/door.pdf`
pub async fn my_door_pdf(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(round): Path<String>,
) -> Result<Response, AppError> {
    let s = my_schedule(&state, &sv, round).await?;
    Ok(door_pdf_of(&sv.viewer.tr(), &s))
}

/// `GET /rounds/{id}/slots/{class}/print`: the day's schedule for the desk.
pub async fn day(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(ids): Path<(String, String)>,
) -> Result<Response, AppError> {
    view(&state, &sv, ids, |ctx, s| DayPage { ctx, s }).await
}

/// `GET /rounds/{id}/slots/{class}/door`: the list for the classroom door.
pub async fn door(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(ids): Path<(String, String)>,
) -> Result<Response, AppError> {
    view(&state, &sv, ids, |ctx, s| DoorPage { ctx, s }).await
}

/// `GET /rounds/{id}/slots/{class}/slips`: a slip per family, to cut and hand out.
pub async fn slips(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(ids): Path<(String, String)>,
) -> Result<Response, AppError> {
    view(&state, &sv, ids, |ctx, s| SlipsPage { ctx, s }).await
}

/// `GET /rounds/{id}/slots/{class}/print.pdf`: the schedule, a page (or more) per day.
pub async fn day_pdf(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let s = schedule(&state, &sv, round, class).await?;
    Ok(day_pdf_of(&sv.viewer.tr(), &s))
}

fn day_pdf_of(t: &Tr, s: &Schedule) -> Response {
    let columns = [
        (t.t("slots-time"), 70.0),
        (t.t("child"), 120.0),
        (t.t("invite-guardian"), 140.0),
        (t.t("invite-language"), 70.0),
        (t.t("slots-interpreter"), 45.0),
        (t.t("field-room"), 70.0),
    ];
    let yes = t.t("yes");
    let mut pages = Vec::new();
    for d in &s.days {
        let rows: Vec<Vec<String>> = d
            .rows
            .iter()
            .map(|r| {
                vec![
                    r.time.clone(),
                    r.child.clone(),
                    r.guardians.clone(),
                    r.languages.clone(),
                    if r.interpreter { yes.clone() } else { String::new() },
                    r.room.clone(),
                ]
            })
            .collect();
        pages.extend(flow::table_pages(&s.title, &d.label, &columns, &rows, 10.0, t.lang));
    }
    if pages.is_empty() {
        pages = flow::empty_pages(&s.title, &t.t("schedule-pdf-empty"), t.lang);
    }
    crate::print::pdf::response(pdf::document(&pages, &s.title, t.lang), &t.t("schedule-file"))
}

/// `GET /rounds/{id}/slots/{class}/door.pdf`: the door list, big, a page per day.
pub async fn door_pdf(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let s = schedule(&state, &sv, round, class).await?;
    Ok(door_pdf_of(&sv.viewer.tr(), &s))
}

fn door_pdf_of(t: &Tr, s: &Schedule) -> Response {
    let columns = [(t.t("slots-time"), 160.0), (t.t("child"), 300.0)];
    let mut pages = Vec::new();
    for d in &s.days {
        let rows: Vec<Vec<String>> = d.rows.iter().map(|r| vec![r.time.clone(), r.short.clone()]).collect();
        pages.extend(flow::table_pages(&s.title, &d.label, &columns, &rows, 20.0, t.lang));
    }
    if pages.is_empty() {
        pages = flow::empty_pages(&s.title, &t.t("schedule-pdf-empty"), t.lang);
    }
    crate::print::pdf::response(pdf::document(&pages, &s.title, t.lang), &t.t("door-file"))
}
