//! "The school proposes" for a round (`core::proposal`): the teacher or the school admin
//! switches the round to it, families say on the portal which parts of the days suit them,
//! and one button books a proposal for every child whose family answered, siblings back to
//! back across classes. Families are mailed their time and confirm it or pick another;
//! children left over are booked by hand on the class's slots page.

use crate::access::scope::writable_round;
use crate::http::error::AppError;
use crate::http::form::Form;
use crate::http::viewer::StaffViewer;
use crate::services::booking_mail::{self, About};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::booking::{BookingMode, CUTOFF_HOURS, HEAD_STARTS};
use samenspraak_core::ids::ChildId;
use samenspraak_core::proposal::{self, Family, OpenSlot, Rules};
use samenspraak_store::rounds;
use samenspraak_store::{availability, bookings, children, guardians};
use std::collections::{BTreeMap, HashMap};

/// `POST /rounds/{id}/booking-mode` with `mode` (choose or propose) and `head_start` (minutes
/// families with several children may book earlier, one of `HEAD_STARTS`).
pub async fn set_mode(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let round = writable_round(&state, &sv, id).await?;
    let mode = pairs
        .iter()
        .find(|(k, _)| k == "mode")
        .and_then(|(_, v)| BookingMode::parse(v))
        .ok_or(AppError::BadRequest)?;
    let head_start = pairs
        .iter()
        .find(|(k, _)| k == "head_start")
        .map(|(_, v)| v.parse::<i64>().ok().filter(|m| HEAD_STARTS.contains(m)))
        .unwrap_or(Some(0))
        .ok_or(AppError::BadRequest)?;
    let parallel = pairs.iter().any(|(k, v)| k == "siblings_parallel" && v == "on");
    rounds::set_booking_mode(&state.store, sv.school(), &round.id, mode, head_start, parallel).await?;
    Ok(Redirect::to(&format!("/rounds/{}", round.id)).into_response())
}

/// `POST /rounds/{id}/propose`: books the proposal and mails the families.
pub async fn propose(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let round = writable_round(&state, &sv, id).await?;
    let earliest = samenspraak_core::time::utc_to_local(samenspraak_store::now() + CUTOFF_HOURS * 3600);
    let mut open_slots = Vec::new();
    let mut by_id = HashMap::new();
    let mut waiting_children = Vec::new();
    for class in &round.classes {
        let slots = bookings::slots(&state.store, &round.id, class).await?;
        for s in &slots {
            let start = s.day.to_datetime(s.start);
            if s.child.is_none() && s.held_for.is_none() && s.reserved_for.is_none() && start > earliest {
                open_slots.push(OpenSlot {
                    id: s.id.clone(),
                    class: class.to_string(),
                    start,
                    end: s.day.to_datetime(s.end),
                    room: s.room.clone(),
                });
                by_id.insert(s.id.clone(), s.clone());
            }
        }
        for kid in children::in_class(&state.store, class).await? {
            if kid.active && !slots.iter().any(|s| s.child.as_ref() == Some(&kid.id)) {
                waiting_children.push(kid);
            }
        }
    }
    let suits: BTreeMap<ChildId, Vec<_>> = availability::of_round(&state.store, &round.id).await?.into_iter().fold(
        BTreeMap::new(),
        |mut m, (child, day, part)| {
            m.entry(child).or_default().push(part.window(day));
            m
        },
    );
    // Brothers and sisters: children who share a guardian form one family.
    let mut family_of_guardian: HashMap<String, usize> = HashMap::new();
    let mut families: Vec<(Vec<children::Child>, Vec<_>)> = Vec::new();
    for kid in waiting_children {
        let Some(windows) = suits.get(&kid.id) else {
            continue;
        };
        let ids: Vec<String> = guardians::of_child(&state.store, &kid.id)
            .await?
            .into_iter()
            .map(|g| g.id.to_string())
            .collect();
        let index = match ids.iter().find_map(|g| family_of_guardian.get(g)) {
            Some(&i) => i,
            None => {
                families.push((Vec::new(), Vec::new()));
                families.len() - 1
            }
        };
        for g in ids {
            family_of_guardian.insert(g, index);
        }
        let f = &mut families[index];
        f.0.push(kid);
        for w in windows {
            if !f.1.contains(w) {
                f.1.push(*w);
            }
        }
    }
    let planned: Vec<Family> = families
        .iter()
        .map(|(kids, windows)| Family {
            children: kids
                .iter()
                .map(|k| proposal::Child {
                    id: k.id.to_string(),
                    class: k.class_id.as_ref().map(|c| c.to_string()).unwrap_or_default(),
                })
                .collect(),
            available: windows.clone(),
        })
        .collect();
    let plan = proposal::propose(&planned, &open_slots, Rules::default());
    let kids: HashMap<String, &children::Child> = families
        .iter()
        .flat_map(|(kids, _)| kids.iter().map(|k| (k.id.to_string(), k)))
        .collect();
    let mut items = Vec::new();
    for (child, slot) in &plan.placed {
        let (Some(kid), Some(slot)) = (kids.get(child), by_id.get(slot)) else {
            continue;
        };
        items.push(bookings::Proposed {
            slot: slot.id.clone(),
            child: kid.id.clone(),
            mails: booking_mail::booked(
                &state,
                &round,
                kid,
                slot,
                "",
                About::Proposed,
                &samenspraak_store::guardians::of_child(&state.store, &kid.id).await?,
                &booking_mail::signature(&state, kid).await?,
            ),
        });
    }
    let booked = bookings::propose(&state.store, &round.id, sv.id(), &items).await?;
    Ok(Redirect::to(&format!(
        "/rounds/{}?proposed={booked}&unplaced={}&apart={}",
        round.id,
        plan.unplaced.len(),
        plan.apart.len()
    ))
    .into_response())
}
