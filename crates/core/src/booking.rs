//! Conversation slots and when they can be booked (DESIGN.md §2, step 4): a teacher's
//! conversation days cut into slots, a booking window the same for every family, and a
//! cut-off before each slot after which it no longer changes.

use crate::values::FieldError;
use jiff::Span;
use jiff::civil::{DateTime, Time};

/// A conversation day as the teacher sets it: from `from` until `until`, slots of
/// `minutes` with `gap` minutes between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayPlan {
    pub from: Time,
    pub until: Time,
    pub minutes: i64,
    pub gap: i64,
}

/// Longest and shortest slot a teacher can set.
pub const SLOT_MINUTES: (i64, i64) = (5, 90);

impl DayPlan {
    pub fn new(from: Time, until: Time, minutes: i64, gap: i64) -> Result<Self, (&'static str, FieldError)> {
        if until <= from {
            return Err(("until", FieldError::EndBeforeStartTime));
        }
        if !(SLOT_MINUTES.0..=SLOT_MINUTES.1).contains(&minutes) {
            return Err(("minutes", FieldError::OutOfRange));
        }
        if !(0..=60).contains(&gap) {
            return Err(("gap", FieldError::OutOfRange));
        }
        Ok(Self {
            from,
            until,
            minutes,
            gap,
        })
    }

    /// The slots (start, end) that fit in the day, back to back with the gap between.
    pub fn slots(&self) -> Vec<(Time, Time)> {
        let mut out = Vec::new();
        let mut start = self.from;
        loop {
            let Ok(end) = start.checked_add(Span::new().minutes(self.minutes)) else {
                break;
            };
            if end > self.until || end <= start {
                break;
            }
            out.push((start, end));
            match end.checked_add(Span::new().minutes(self.gap)) {
                Ok(next) if next > start => start = next,
                _ => break,
            }
        }
        out
    }
}

/// How the families of a round get a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BookingMode {
    /// Booking opens for everyone at once and each family picks a free slot.
    #[default]
    Choose,
    /// Families say which parts of the days suit them; the school proposes a time.
    Propose,
}

impl BookingMode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Choose => "choose",
            Self::Propose => "propose",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Choose, Self::Propose].into_iter().find(|m| m.as_str() == s)
    }
}

/// A part of a conversation day, as families say when they can come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DayPart {
    /// Until 17:00.
    Afternoon,
    /// From 17:00.
    Evening,
}

impl DayPart {
    pub const ALL: [DayPart; 2] = [Self::Afternoon, Self::Evening];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Afternoon => "afternoon",
            Self::Evening => "evening",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The moments (from, until) of this part of `day` a slot may start in.
    pub fn window(self, day: jiff::civil::Date) -> (DateTime, DateTime) {
        let five = day.at(17, 0, 0, 0);
        match self {
            Self::Afternoon => (day.at(0, 0, 0, 0), five),
            Self::Evening => (five, day.tomorrow().map(|d| d.at(0, 0, 0, 0)).unwrap_or(five)),
        }
    }

    /// The part a slot starting at `t` is in.
    pub fn of(t: Time) -> Self {
        if t < jiff::civil::time(17, 0, 0, 0) {
            Self::Afternoon
        } else {
            Self::Evening
        }
    }
}

/// Hours before a slot after which it is neither booked, changed nor cancelled online.
pub const CUTOFF_HOURS: i64 = 24;

/// The head starts a school can give families with several children, in minutes.
pub const HEAD_STARTS: [i64; 5] = [0, 30, 60, 120, 1440];

/// Hours a slot that came free is held for the family first on the waiting list.
pub const OFFER_HOURS: i64 = 12;

/// Until when a slot that came free is held for the family it is offered to (all local):
/// `OFFER_HOURS` from `now`, but never ending at night — a deadline that falls outside the
/// school's daytime (`day` = (from hour, until hour), the hours mails go out) moves to two
/// hours into the next morning — and never later than the slot's cut-off, so the family can
/// still take it.
pub fn offer_deadline(now: DateTime, slot_start: DateTime, day: (i64, i64)) -> DateTime {
    let (morning, evening) = day;
    let mut until = now.checked_add(Span::new().hours(OFFER_HOURS)).unwrap_or(now);
    let hour = i64::from(until.hour());
    if hour >= evening || hour < morning {
        let date = if hour >= evening {
            until.date().tomorrow().unwrap_or(until.date())
        } else {
            until.date()
        };
        let at = (morning + 2).clamp(0, 23) as i8;
        until = date.at(at, 0, 0, 0);
    }
    let cutoff = slot_start
        .checked_sub(Span::new().hours(CUTOFF_HOURS))
        .unwrap_or(slot_start);
    until.min(cutoff)
}

/// Whether a family may book, change or cancel a slot that starts at `slot_start`, at
/// `now` (both local): booking is open, and the slot is more than the cut-off away.
pub fn may_change(now: DateTime, opens: DateTime, closes: DateTime, slot_start: DateTime) -> bool {
    let cutoff = slot_start
        .checked_sub(Span::new().hours(CUTOFF_HOURS))
        .unwrap_or(slot_start);
    opens <= now && now < closes && now < cutoff
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn an_offer_never_ends_in_the_night() {
        let slot = date(2027, 1, 20).at(16, 0, 0, 0);
        let day = (7, 21);
        // Offered at nine in the morning: twelve hours, until nine in the evening is too
        // late — it ends at nine the next morning.
        let at = date(2027, 1, 12).at(9, 30, 0, 0);
        assert_eq!(offer_deadline(at, slot, day), date(2027, 1, 13).at(9, 0, 0, 0));
        // Offered at three in the afternoon: until three at night is no deadline — nine.
        let at = date(2027, 1, 12).at(15, 0, 0, 0);
        assert_eq!(offer_deadline(at, slot, day), date(2027, 1, 13).at(9, 0, 0, 0));
        // Offered at eight in the evening: until eight the next morning is already daytime.
        let at = date(2027, 1, 12).at(20, 0, 0, 0);
        assert_eq!(offer_deadline(at, slot, day), date(2027, 1, 13).at(8, 0, 0, 0));
        // Each offer has its own window: offered later, it ends later.
        let later = date(2027, 1, 13).at(9, 0, 0, 0);
        assert_eq!(offer_deadline(later, slot, day), date(2027, 1, 14).at(9, 0, 0, 0));
        // Never past the slot's cut-off, a day before it.
        let close = date(2027, 1, 19).at(6, 0, 0, 0);
        assert_eq!(offer_deadline(close, slot, day), date(2027, 1, 19).at(16, 0, 0, 0));
    }

    #[test]
    fn a_day_is_cut_into_slots_with_gaps() {
        let day = DayPlan::new(time(16, 0, 0, 0), time(18, 0, 0, 0), 20, 5).unwrap();
        let slots = day.slots();
        assert_eq!(
            slots.len(),
            5,
            "16:00, 16:25, 16:50, 17:15 and 17:40, which ends at 18:00 sharp"
        );
        assert_eq!(slots[4], (time(17, 40, 0, 0), time(18, 0, 0, 0)));
        let longer = DayPlan::new(time(16, 0, 0, 0), time(18, 0, 0, 0), 25, 5).unwrap();
        assert_eq!(longer.slots().len(), 4, "a fifth would end at 18:25");
        assert_eq!(slots[1], (time(16, 25, 0, 0), time(16, 45, 0, 0)));
        assert!(slots.windows(2).all(|w| w[0].1 <= w[1].0), "never overlapping");
        let tight = DayPlan::new(time(23, 30, 0, 0), time(23, 59, 0, 0), 20, 0).unwrap();
        assert_eq!(tight.slots().len(), 1, "no slot runs past midnight");
        assert_eq!(
            DayPlan::new(time(18, 0, 0, 0), time(16, 0, 0, 0), 20, 0),
            Err(("until", FieldError::EndBeforeStartTime))
        );
        assert_eq!(
            DayPlan::new(time(16, 0, 0, 0), time(18, 0, 0, 0), 2, 0),
            Err(("minutes", FieldError::OutOfRange))
        );
    }

    #[test]
    fn booking_is_open_for_everyone_at_once_and_closes_before_the_slot() {
        let opens = date(2026, 11, 30).at(19, 0, 0, 0);
        let closes = date(2026, 12, 11).at(12, 0, 0, 0);
        let slot = date(2026, 12, 14).at(16, 0, 0, 0);
        assert!(
            !may_change(date(2026, 11, 30).at(18, 59, 59, 0), opens, closes, slot),
            "not a second early"
        );
        assert!(may_change(opens, opens, closes, slot));
        assert!(
            !may_change(date(2026, 12, 11).at(12, 0, 0, 0), opens, closes, slot),
            "closed"
        );
        let soon = date(2026, 12, 1).at(16, 0, 0, 0);
        assert!(
            !may_change(date(2026, 11, 30).at(16, 30, 0, 0), opens, closes, soon),
            "before opening"
        );
        assert!(
            !may_change(date(2026, 11, 30).at(20, 0, 0, 0), opens, closes, soon),
            "within a day of the slot"
        );
    }
}
