//! The waiting list at work: a slot that comes free is offered to the next family in line,
//! with a mail, and an offer not taken in time passes on. Called by the booking pages after
//! anything that frees a slot, and every minute by the app's background loop.

use crate::http::error::AppError;
use crate::services::booking_mail;
use crate::state::AppState;
use samenspraak_core::booking::{CUTOFF_HOURS, OFFER_HOURS, offer_deadline};
use samenspraak_core::ids::ClassId;
use samenspraak_store::{bookings, children, rounds, waiting};

/// Offers the class's free slots to the families waiting, in order, and mails them. Run after
/// anything that frees a slot; also by the background loop, for offers that expired. A failure
/// here is logged, not shown: the booking the family just made stands, and the next run
/// offers again.
pub async fn offer_freed(state: &AppState, round: &rounds::Round, class: &ClassId) {
    if let Err(e) = offer_and_tell(state, round, class).await {
        tracing::warn!(error = %e, "offering freed slots");
    }
}

/// Passes on the slots of offers nobody took in time. Run every minute by the app.
pub async fn pass_on_expired_offers(state: &AppState) {
    let expired = match waiting::expired_offers(&state.store).await {
        Ok(e) => e,
        Err(e) => {
            tracing::warn!(error = %e, "reading expired offers");
            return;
        }
    };
    for (school, round, class) in expired {
        match rounds::get(&state.store, &school, &round).await {
            Ok(round) => offer_freed(state, &round, &class).await,
            Err(e) => tracing::warn!(error = %e, "reading a round with expired offers"),
        }
    }
}

async fn offer_and_tell(state: &AppState, round: &rounds::Round, class: &ClassId) -> Result<(), AppError> {
    // An offer must leave time to book before the slot's cut-off.
    let from = samenspraak_store::now() + (CUTOFF_HOURS + OFFER_HOURS) * 3600;
    let from = samenspraak_core::time::utc_to_local(from);
    // Each offer its own window, ending in the school's daytime (the hours mails go out).
    let (quiet_from, quiet_until) = samenspraak_store::outbox::quiet_hours(&state.store, &round.school_id).await?;
    let now = samenspraak_core::time::utc_to_local(samenspraak_store::now());
    let until = |day: jiff::civil::Date, start: jiff::civil::Time| {
        let deadline = offer_deadline(now, day.to_datetime(start), (quiet_until, quiet_from));
        samenspraak_core::time::local_to_utc(deadline)
    };
    let offered = waiting::offer_free_slots(
        &state.store,
        &round.id,
        class,
        (from.date(), from.strftime("%H:%M").to_string()),
        until,
    )
    .await?;
    if offered.is_empty() {
        return Ok(());
    }
    let slots = bookings::slots(&state.store, &round.id, class).await?;
    for o in offered {
        let Some(slot) = slots.iter().find(|s| s.id == o.slot) else {
            continue;
        };
        let child = children::get(&state.store, &round.school_id, &o.child).await?;
        for mail in booking_mail::offer(state, round, &child, slot, o.expires_at).await? {
            samenspraak_store::outbox::enqueue(&state.store, mail).await?;
        }
    }
    Ok(())
}
