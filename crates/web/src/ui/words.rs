//! Things said the same way on every page, mail and paper.

use crate::i18n::Tr;
use samenspraak_store::bookings::Slot;

/// A slot as a family reads it: "dinsdag 15 december, 17:40–18:00".
pub fn slot_words(t: &Tr, slot: &Slot) -> String {
    t.args(
        "booking-slot",
        &[
            ("date", t.date_long(slot.day)),
            ("from", slot.start.strftime("%H:%M").to_string()),
            ("until", slot.end.strftime("%H:%M").to_string()),
        ],
    )
}
