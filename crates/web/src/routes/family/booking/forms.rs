//! The family's booking forms: book or move, cancel, the waiting list, the parts of the days
//! that suit them, and yes to a proposed time. Every rule is checked here, on the server,
//! whatever the page showed.

use super::*;

/// `POST /family/book/{round}/{child}`: `slot` and the form's `key`. Books, or moves the
/// child's booking to the slot.
pub async fn book(
    State(state): State<AppState>,
    viewer: Viewer,
    cx: Context,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let slot_id = crate::http::form::field(&pairs, "slot");
    let key = Some(crate::http::form::field(&pairs, "key"))
        .filter(|k| (16..=64).contains(&k.len()))
        .unwrap_or_else(request_key);
    let slot = cx
        .desk
        .slots
        .iter()
        .find(|s| s.id == slot_id)
        .ok_or(AppError::NotFound)?;
    let t = viewer.tr();
    let mine = cx.mine();
    if !cx.open(slot) || mine.is_some_and(|m| !cx.open(m)) {
        // Not open yet: the page says from when. Else the slot is too close to change.
        let notice = (Context::now() >= cx.opens).then(|| t.t("booking-too-late"));
        return conflict(&page(&viewer, &cx, notice, Some(slot)));
    }
    // Two children's conversations at the same time: one family cannot be at both tables.
    if let Some(name) = cx.clash(slot) {
        let notice = t.t1("booking-sibling-refused", "child", name);
        return conflict(&page(&viewer, &cx, Some(notice), Some(slot)));
    }
    let by = BookedBy::Guardian(&cx.guardian);
    let who = viewer.who().ok_or(AppError::Forbidden)?;
    let (round_id, child_id) = (&cx.round.id, &cx.child.id);
    let request = bookings::Request {
        round: round_id,
        slot: &slot.id,
        child: child_id,
        seat: &cx.seat,
        by,
        request_key: &key,
        who: &who,
    };
    // The confirmation, to the guardians the desk knows: committed with the booking.
    let signed = booking_mail::signature_of(&cx.desk.teachers, &cx.desk.school_name);
    let mails = || {
        booking_mail::booked(
            &state,
            &cx.round,
            &cx.child,
            slot,
            &cx.seat,
            booking_mail::About::Booked,
            &cx.family,
            &signed,
        )
    };
    let outcome = match mine {
        Some(m) if m.id == slot.id => Outcome::Booked,
        // The desk already shows the slot booked for another family, or held or kept for
        // another child: the database would refuse it too. (Booked means committed; a slot
        // freed on another instance shows here within the desk's second.)
        _ if !cx.free().iter().any(|s| s.id == slot.id) => Outcome::Taken,
        Some(_) => bookings::change(&state.store, request, mails()).await?,
        None => bookings::book(&state.store, request, mails()).await?,
    };
    match outcome {
        Outcome::Booked => {
            if cx.waiting.is_some() {
                waiting::leave(&state.store, round_id, child_id).await?;
            }
            if mine.is_some_and(|m| m.id != slot.id) || cx.waiting.is_some() {
                // A slot came free (the old one, or an offer this family had): next in line.
                offer_freed(&state, &cx.round, &cx.class).await;
            }
            Ok(Redirect::to(&format!("{}?booked=1", cx.url())).into_response())
        }
        Outcome::Taken | Outcome::ChildHasOne => {
            // Read again: the page shows what is free now, nearest first (the store read
            // the class again if this instance thought the slot free).
            let cx = Context::load(&state, &viewer, cx.round.id.to_string(), cx.child.id.to_string()).await?;
            let wanted = slot.clone();
            conflict(&page(&viewer, &cx, Some(t.t("booking-taken")), Some(&wanted)))
        }
    }
}

/// `POST /family/book/{round}/{child}/cancel`.
pub async fn cancel(State(state): State<AppState>, viewer: Viewer, cx: Context) -> Result<Response, AppError> {
    let t = viewer.tr();
    if let Some(mine) = cx.mine() {
        if !cx.open(mine) {
            return conflict(&page(&viewer, &cx, Some(t.t("booking-too-late")), None));
        }
        let who = viewer.who().ok_or(AppError::Forbidden)?;
        let signed = booking_mail::signature_of(&cx.desk.teachers, &cx.desk.school_name);
        let mails = booking_mail::cancelled(&state, &cx.round, &cx.child, mine, &cx.seat, &cx.family, &signed);
        bookings::cancel(&state.store, &cx.round.id, &cx.child.id, &cx.seat, &who, &mails).await?;
        offer_freed(&state, &cx.round, &cx.class).await;
    }
    Ok(Redirect::to(&format!("{}?cancelled=1", cx.url())).into_response())
}

/// `POST /family/book/{round}/{child}/availability`: the parts of the days that suit the
/// family (`part` = `YYYY-MM-DD/afternoon` or `/evening`, any number), said once for all the
/// guardian's children in the round.
pub async fn availability(
    State(state): State<AppState>,
    cx: Context,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    if cx.round.booking_mode != BookingMode::Propose {
        return Err(AppError::NotFound);
    }
    let plan = &cx.round.plan;
    let parts: Vec<(jiff::civil::Date, DayPart)> = pairs
        .iter()
        .filter(|(k, _)| k == "part")
        .filter_map(|(_, v)| {
            let (day, part) = v.split_once('/')?;
            Some((day.parse().ok()?, DayPart::parse(part)?))
        })
        .filter(|(d, _)| (plan.conference_from..=plan.conference_until).contains(d))
        .collect();
    let siblings: Vec<_> = samenspraak_store::guardians::children_of(&state.store, &cx.guardian)
        .await?
        .into_iter()
        .filter(|c| c.class_id.as_ref().is_some_and(|k| cx.round.classes.contains(k)))
        .map(|c| c.id)
        .collect();
    samenspraak_store::availability::set(&state.store, &cx.round.id, &siblings, &cx.guardian, &parts).await?;
    Ok(Redirect::to(&format!("{}?said=1", cx.url())).into_response())
}

/// `POST /family/book/{round}/{child}/confirm`: the proposed time suits the family.
pub async fn confirm(State(state): State<AppState>, cx: Context) -> Result<Response, AppError> {
    bookings::confirm(&state.store, &cx.round.id, &cx.child.id).await?;
    Ok(Redirect::to(&format!("{}?confirmed=1", cx.url())).into_response())
}

/// `POST /family/book/{round}/{child}/wait`: on the waiting list, when nothing is free.
pub async fn wait(State(state): State<AppState>, viewer: Viewer, cx: Context) -> Result<Response, AppError> {
    if cx.round.booking_mode != BookingMode::Choose {
        return Err(AppError::NotFound);
    }
    let now = Context::now();
    if cx.round.plan.booking_closes <= now || cx.mine().is_some() || cx.waiting.is_some() {
        // The page says booking is over, or shows the booking or the place on the list.
        return Ok(Redirect::to(&cx.url()).into_response());
    }
    // The list is for when nothing is free: not before booking opens (the page says from
    // when), nor while a time is free for this child (the page shows it).
    if now < cx.opens {
        return conflict(&page(&viewer, &cx, None, None));
    }
    if !cx.free().is_empty() {
        let t = viewer.tr();
        return conflict(&page(&viewer, &cx, Some(t.t("booking-wait-still-free")), None));
    }
    waiting::join(&state.store, &cx.round.id, &cx.class, &cx.child.id, Some(&cx.guardian)).await?;
    // Something may have come free since the page was read.
    offer_freed(&state, &cx.round, &cx.class).await;
    Ok(Redirect::to(&format!("{}?waiting=1", cx.url())).into_response())
}

/// `POST /family/book/{round}/{child}/wait/leave`: off the waiting list, or "no, thank you"
/// to an offer, which then goes to the next family.
pub async fn leave(State(state): State<AppState>, cx: Context) -> Result<Response, AppError> {
    waiting::leave(&state.store, &cx.round.id, &cx.child.id).await?;
    if cx.offer().is_some() {
        offer_freed(&state, &cx.round, &cx.class).await;
    }
    Ok(Redirect::to(&format!("{}?left=1", cx.url())).into_response())
}
