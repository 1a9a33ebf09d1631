//! What the conference pages show alike (the frame, the screen and panel, the preparation,
//! the summary): the school's frame and its boxes for a child, the choices of an agreement,
//! the child's picks from the learning wall, and the order of the conversations.

use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::ui::instruments::item_label;
use samenspraak_core::frame::{self, FRAME_KEYS, Status, Who};
use samenspraak_core::ids::SchoolId;
use samenspraak_core::instrument_template::{self as template, Item, Kind};
use samenspraak_store::children::Child;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::frames;
use samenspraak_store::rounds::Round;

/// A box on the teacher's form: (name, label, text, hint).
pub struct BoxField {
    pub name: String,
    pub label: String,
    pub text: String,
    pub hint: String,
}

/// The school's frame for a child in `grade`: its boxes in order (the school may have hidden,
/// renamed or added some), the study choice only in the 6th grade.
pub async fn frame_of(state: &AppState, school: &SchoolId, grade: Option<i64>) -> Result<Vec<Item>, AppError> {
    let template = samenspraak_store::instrument_templates::of_school(&state.store, school, Kind::Frame)
        .await?
        .unwrap_or_else(|| template::Template::default_for(Kind::Frame));
    Ok(template
        .items
        .into_iter()
        .filter(|i| frame::in_grade(&i.key, grade))
        .collect())
}

/// The grade of the child's class, if the child is in one.
pub async fn grade_of(state: &AppState, round: &Round, child: &Child) -> Result<Option<i64>, AppError> {
    Ok(match &child.class_id {
        Some(c) => {
            samenspraak_store::classes::get(&state.store, &round.school_id, c)
                .await?
                .grade
        }
        None => None,
    })
}

/// The boxes filled in for the child: (key, label, text), in the order of the school's
/// frame. Only boxes of the frame as the school has it now: a box the school hid is hidden
/// from families too, even when it was filled in before ([`hidden_boxes`] tells the teacher).
pub async fn filled_boxes(
    state: &AppState,
    t: &Tr,
    round: &Round,
    child: &Child,
) -> Result<Vec<(String, String, String)>, AppError> {
    let frame = frame_of(state, &round.school_id, grade_of(state, round, child).await?).await?;
    let stored = frames::boxes(&state.store, &round.id, &child.id).await?;
    Ok(frame
        .iter()
        .filter_map(|item| {
            let (_, text) = stored.iter().find(|(k, _)| *k == item.key)?;
            Some((item.key.clone(), item_label(t, Kind::Frame, item), text.clone()))
        })
        .collect())
}

/// The boxes that hold text but that the school has since hidden from its frame, by name:
/// their text is kept, but no family sees it any more, and the teacher is told so.
pub async fn hidden_boxes(state: &AppState, t: &Tr, round: &Round, child: &Child) -> Result<Vec<String>, AppError> {
    let frame = frame_of(state, &round.school_id, grade_of(state, round, child).await?).await?;
    let stored = frames::boxes(&state.store, &round.id, &child.id).await?;
    Ok(stored
        .iter()
        .filter(|(key, text)| !text.trim().is_empty() && !frame.iter().any(|i| i.key == *key))
        .map(|(key, _)| {
            if FRAME_KEYS.contains(&key.as_str()) {
                t.t(&format!("frame-{key}"))
            } else {
                t.t("frame-other")
            }
        })
        .collect())
}

/// The frame's boxes for the child as the form shows them, with the stored text or, when a
/// form came back with problems, what was typed.
pub async fn box_fields(
    state: &AppState,
    t: &Tr,
    round: &Round,
    child: &Child,
    typed: Option<&[(String, String)]>,
) -> Result<Vec<BoxField>, AppError> {
    let frame = frame_of(state, &round.school_id, grade_of(state, round, child).await?).await?;
    let stored = frames::boxes(&state.store, &round.id, &child.id).await?;
    let text_of = |key: &str| match typed {
        Some(typed) => typed.iter().find(|(k, _)| k == key).map(|(_, s)| s.clone()),
        None => stored.iter().find(|(k, _)| k == key).map(|(_, s)| s.clone()),
    };
    Ok(frame
        .iter()
        .map(|item| BoxField {
            name: format!("box_{}", item.key),
            label: item_label(t, Kind::Frame, item),
            text: text_of(&item.key).unwrap_or_default(),
            // A box of the school's own words has no hint of ours.
            hint: if FRAME_KEYS.contains(&item.key.as_str()) {
                t.t(&format!("frame-{}-hint", item.key))
            } else {
                String::new()
            },
        })
        .collect())
}

/// Who can take an agreement on: (value, words).
pub fn who_choices(t: &Tr) -> Vec<(String, String)> {
    Who::ALL
        .iter()
        .map(|w| (w.as_str().to_string(), t.t(&format!("who-{}", w.as_str()))))
        .collect()
}

/// Where an agreement can stand: (value, words).
pub fn status_choices(t: &Tr) -> Vec<(String, String)> {
    Status::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), t.t(&format!("agreement-{}", s.as_str()))))
        .collect()
}

/// The children of a class with a booked conversation in the round, in conversation order,
/// each once (separated parents have two conversations), with the day of their first;
/// `day` keeps one day. What the teacher prints for the conversation days follows it.
pub async fn in_conference_order(
    state: &AppState,
    round: &Round,
    class: &SchoolClass,
    day: Option<jiff::civil::Date>,
) -> Result<Vec<(jiff::civil::Date, Child)>, AppError> {
    let kids = samenspraak_store::children::in_class(&state.store, &class.id).await?;
    let mut out: Vec<(jiff::civil::Date, Child)> = Vec::new();
    for slot in samenspraak_store::bookings::slots(&state.store, &round.id, &class.id).await? {
        let Some(child) = slot.child.as_ref().and_then(|c| kids.iter().find(|k| &k.id == c)) else {
            continue;
        };
        if day.is_some_and(|d| d != slot.day) || out.iter().any(|(_, c)| c.id == child.id) {
            continue;
        }
        out.push((slot.day, child.clone()));
    }
    Ok(out)
}

/// The learning-wall items the child picked as `want` (proud of, or hard) in the round.
pub async fn wall_picks(
    state: &AppState,
    round: &Round,
    class: &SchoolClass,
    child: &Child,
    want: samenspraak_store::learning_wall::Pick,
) -> Result<Vec<samenspraak_store::learning_wall::LearningItem>, AppError> {
    let picks = samenspraak_store::learning_wall::picks(&state.store, &round.id, &child.id).await?;
    Ok(samenspraak_store::learning_wall::items(&state.store, &class.id)
        .await?
        .into_iter()
        .filter(|i| picks.iter().any(|(id, p)| *id == i.id && *p == want))
        .collect())
}
