//! The parent portal's overview of a guardian's children, built once for the portal itself
//! and for the school's "view as a parent" (`Bekijk als ouder`), so that what the school
//! sees is what the family sees, not a copy of it.

use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::ui::page::PageCtx;
use askama::Template;
use samenspraak_core::ids::{ChildId, GuardianId, SchoolId};
use samenspraak_store::{classes, guardians, rounds};

/// One of the guardian's children on the portal, with the rounds of their class.
pub struct ChildCard {
    pub name: String,
    pub class_name: String,
    pub rounds: Vec<RoundCard>,
    /// For a 6th grader: the school's study-choice links (title, link).
    pub study: Vec<(String, String)>,
    /// The consents that hold: (what for, given by whom and when, where to withdraw it).
    pub consents: Vec<(String, String, String)>,
}

pub struct RoundCard {
    pub name: String,
    /// The questionnaire for this child, and the words of its button.
    pub questionnaire: (String, String),
    /// Where the family chooses a time for the conversation.
    pub book: String,
    /// What the conversation brought (the frame and the agreements), once there is any.
    pub conversation: Option<String>,
    /// What is asked of the family now, in a sentence.
    pub now: String,
    /// (step, when, is it now) in the order of the cycle.
    pub steps: Vec<(String, String, bool)>,
    /// The conversation booked: when, where, the video link, and the calendar file.
    pub booked: Option<Booked>,
    /// Where the family stands, a sentence each, with a link where there is something to
    /// do or read: the questionnaire sent or waiting, a summary to read, open agreements.
    pub status: Vec<(String, Option<String>)>,
}

pub struct Booked {
    pub when: String,
    pub room: Option<String>,
    pub video: Option<String>,
    pub calendar: String,
}

/// The portal's page. With `preview`, a member of staff is looking at it as the guardian
/// would: the same cards, nothing to click that would act for the family.
#[derive(Template)]
#[template(path = "family/portal.html")]
pub struct PortalPage {
    pub ctx: PageCtx,
    /// Said at the top after the family withdrew a consent.
    pub notice: Option<String>,
    /// The family's words: the guardian's language, also when the school looks.
    pub t: Tr,
    pub greeting: String,
    pub children: Vec<ChildCard>,
    pub preview: Option<Preview>,
}

/// What the school sees above the family's page when it views it as them.
pub struct Preview {
    /// "You see what Fatima Haddad sees, in Arabic. Nothing can be changed here."
    pub banner: String,
    /// The language of the family's part of the page.
    pub lang: &'static str,
    pub back: String,
    pub back_label: String,
}

/// The cards of the guardian's `children` (those still at school that they may hear
/// about), with what the school asks of them per round, in the words of `t`.
pub async fn cards(
    state: &AppState,
    t: &Tr,
    id: &GuardianId,
    school: &SchoolId,
    children: &[ChildId],
) -> Result<Vec<ChildCard>, AppError> {
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let school_rounds = rounds::list(&state.store, school).await?;
    let study: Vec<(String, String)> = samenspraak_store::study_resources::list(&state.store, school)
        .await?
        .into_iter()
        .map(|r| (r.title, r.url))
        .collect();
    let mut framed = std::collections::HashMap::new();
    for r in &school_rounds {
        let children: Vec<_> = samenspraak_store::frames::counts_of_round(&state.store, &r.id)
            .await?
            .into_iter()
            .map(|(c, _, _)| c)
            .collect();
        framed.insert(r.id.clone(), children);
    }
    let mut cards = Vec::new();
    let store = &state.store;
    for child in guardians::children_of(store, id).await? {
        if !children.contains(&child.id) {
            continue;
        }
        let Some(class_id) = &child.class_id else {
            continue;
        };
        let class = classes::get(&state.store, school, class_id).await?;
        let mut rounds = Vec::new();
        for r in school_rounds
            .iter()
            .filter(|r| r.classes.contains(class_id))
            .filter(|r| today <= samenspraak_core::invitation::valid_until(r.plan.conference_until))
        {
            let mut card = round_card(t, &r.plan, &child.first_name, today);
            let key = if today <= r.plan.questionnaire_deadline() {
                "family-q-fill"
            } else {
                "family-q-edit"
            };
            card.questionnaire = (format!("/family/questionnaire/{}/{}", r.id, child.id), t.t(key));
            card.book = format!("/family/book/{}/{}", r.id, child.id);
            card.conversation = framed
                .get(&r.id)
                .is_some_and(|c| c.contains(&child.id))
                .then(|| format!("/family/conference/{}/{}", r.id, child.id));
            card.booked = samenspraak_store::bookings::of_child(store, &r.id, &child.id)
                .await?
                .map(|slot| Booked {
                    when: crate::ui::words::slot_words(t, &slot),
                    room: (!slot.room.is_empty()).then(|| crate::ui::words::room_words(t, &slot.room)),
                    video: slot.video_link.clone(),
                    calendar: format!("{}/calendar.ics", card.book),
                });
            if card.booked.is_some() && today <= r.plan.conference_until {
                card.now = t.t1("family-now-booked", "child", &child.first_name);
            }
            card.status = status(state, t, id, r, &child.id, card.conversation.as_deref()).await?;
            rounds.push(card);
        }
        cards.push(ChildCard {
            study: if class.grade == Some(6) {
                study.clone()
            } else {
                Vec::new()
            },
            consents: samenspraak_store::consent::history(&state.store, &child.id)
                .await?
                .into_iter()
                .filter(|c| !c.withdrawn)
                .map(|c| {
                    (
                        t.t(&format!("consent-purpose-{}", c.purpose.as_str())),
                        t.t2(
                            "family-consent-given",
                            "who",
                            &c.given_by,
                            "date",
                            t.date_long(c.given_on),
                        ),
                        format!("/family/consent/{}/{}", child.id, c.purpose.as_str()),
                    )
                })
                .collect(),
            name: child.full_name(),
            class_name: class.name,
            rounds,
        });
    }
    Ok(cards)
}

/// Where this guardian stands in a round for a child: the questionnaire sent or still a
/// draft, a summary not read yet, the agreements still open.
async fn status(
    state: &AppState,
    t: &Tr,
    guardian: &GuardianId,
    round: &rounds::Round,
    child: &ChildId,
    conversation: Option<&str>,
) -> Result<Vec<(String, Option<String>)>, AppError> {
    use samenspraak_store::questionnaires::{self, Progress};
    let store = &state.store;
    let mut out = Vec::new();
    let questionnaire = format!("/family/questionnaire/{}/{}", round.id, child);
    let mine = questionnaires::responses(store, &round.id, child)
        .await?
        .into_iter()
        .find(|r| &r.guardian_id == guardian);
    match mine.as_ref().map(|r| (r.progress, r.submitted_at)) {
        Some((Progress::Submitted, at)) => out.push((
            t.t1(
                "family-status-sent",
                "date",
                t.date_long(samenspraak_core::time::utc_to_local(at.unwrap_or(0)).date()),
            ),
            None,
        )),
        Some((Progress::Draft, _)) => out.push((t.t("family-status-draft"), Some(questionnaire))),
        _ => {}
    }
    if samenspraak_store::frames::summary_sent(store, &round.id, child)
        .await?
        .is_some()
    {
        let read = samenspraak_store::frames::read_by(store, &round.id, child)
            .await?
            .iter()
            .any(|(g, _, _)| g == guardian);
        if !read {
            out.push((t.t("family-status-summary"), conversation.map(String::from)));
        }
    }
    let open = samenspraak_store::frames::agreements(store, &round.id, child)
        .await?
        .iter()
        .filter(|a| a.status == samenspraak_core::frame::Status::Open)
        .count();
    if open > 0 {
        out.push((
            t.n("family-status-agreements", open as i64),
            conversation.map(String::from),
        ));
    }
    Ok(out)
}

/// A round as a family reads it: each step with its dates, and what is asked right now.
fn round_card(
    t: &crate::i18n::Tr,
    plan: &samenspraak_core::round::RoundPlan,
    child: &str,
    today: jiff::civil::Date,
) -> RoundCard {
    let days_until = |d: jiff::civil::Date| (d - today).get_days().max(0) as i64;
    let booking_open = plan.booking_opens.date() <= today && today <= plan.booking_closes.date();
    let mut steps = Vec::new();
    if let Some(until) = plan.parent_prep_until {
        steps.push((
            t.t("family-step-prepare"),
            t.t1("family-until", "date", t.date_long(until)),
            today <= until,
        ));
    }
    steps.push((
        t.t("family-step-book"),
        t.t2(
            "family-between",
            "from",
            t.datetime_long(plan.booking_opens),
            "until",
            t.datetime_long(plan.booking_closes),
        ),
        booking_open,
    ));
    steps.push((
        t.t("family-step-conference"),
        t.t2(
            "family-between-days",
            "from",
            t.date_long(plan.conference_from),
            "until",
            t.date_long(plan.conference_until),
        ),
        plan.conference_from <= today && today <= plan.conference_until,
    ));
    let now = match plan.parent_prep_until {
        Some(until) if today <= until => format!(
            "{} {}",
            t.t1("family-now-prepare", "child", child),
            t.n("family-days-left", days_until(until))
        ),
        _ if booking_open => t.t1("family-now-book", "date", t.datetime_long(plan.booking_closes)),
        _ if today < plan.booking_opens.date() => t.t1("family-now-wait", "date", t.datetime_long(plan.booking_opens)),
        _ if today <= plan.conference_until => t.t1("family-now-conference", "child", child),
        _ => t.t("family-now-done"),
    };
    RoundCard {
        name: plan.name.clone(),
        questionnaire: (String::new(), String::new()),
        book: String::new(),
        conversation: None,
        now,
        steps,
        booked: None,
        status: Vec::new(),
    }
}
