//! The school calendar as pages say it: the name of a holiday or free day, and the message
//! next to a date field when the typed date is not a school day.

use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use jiff::civil::Date;
use samenspraak_core::ids::SchoolId;
use samenspraak_store::school_calendar::{self, Entry};

/// "kerstvakantie", or the school's own words for a day it added.
pub fn name_of(t: &Tr, e: &Entry) -> String {
    if e.name.is_empty() {
        t.t(&e.kind.key())
    } else {
        e.name.clone()
    }
}

/// "maandag 21 december 2026 tot en met zondag 3 januari 2027", or the one day.
pub fn when(t: &Tr, e: &Entry) -> String {
    if e.from == e.until {
        t.date_long(e.from)
    } else {
        t.args(
            "school-calendar-span",
            &[("from", t.date_long(e.from)), ("until", t.date_long(e.until))],
        )
    }
}

/// "Geen schooldag op vrijdag 25 december 2026: kerstvakantie. Kies een andere dag." when
/// `day` falls on one of the school's days off; `weekends` also refuses a Saturday or Sunday.
pub async fn not_a_school_day(
    state: &AppState,
    t: &Tr,
    school: &SchoolId,
    day: Date,
    weekends: bool,
) -> Result<Option<String>, AppError> {
    let why = match school_calendar::on(&state.store, school, day).await? {
        Some(e) => name_of(t, &e),
        None if weekends && day.weekday().to_monday_one_offset() >= 6 => t.t("day-off-weekend"),
        None => return Ok(None),
    };
    Ok(Some(
        t.args("day-off-refused", &[("date", t.date_long(day)), ("why", why)]),
    ))
}
