//! A gespreksronde: one wave of KOM-gesprekken with a date for each phase of the cycle
//! (DESIGN.md §2). Parsing the form checks that the phases follow each other; the timeline
//! says which phase is done, running or still to come on a given day.

use crate::values::{FieldError, FieldProblems, optional_text, parse_date, required_text};
use jiff::civil::{Date, DateTime};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundPlan {
    pub name: String,
    pub child_talk_from: Date,
    pub child_talk_until: Date,
    pub parent_prep_until: Option<Date>,
    /// School-local moments: booking opens for everyone at once.
    pub booking_opens: DateTime,
    pub booking_closes: DateTime,
    pub conference_from: Date,
    pub conference_until: Date,
    pub follow_up_on: Option<Date>,
}

/// The round form as typed; every field is a string so nothing typed is lost on an error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoundInput {
    pub name: String,
    pub child_talk_from: String,
    pub child_talk_until: String,
    pub parent_prep_until: String,
    pub booking_opens: String,
    pub booking_closes: String,
    pub conference_from: String,
    pub conference_until: String,
    pub follow_up_on: String,
}

impl RoundInput {
    pub fn from_plan(p: &RoundPlan) -> Self {
        let opt = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        Self {
            name: p.name.clone(),
            child_talk_from: p.child_talk_from.to_string(),
            child_talk_until: p.child_talk_until.to_string(),
            parent_prep_until: opt(p.parent_prep_until),
            booking_opens: p.booking_opens.strftime("%Y-%m-%dT%H:%M").to_string(),
            booking_closes: p.booking_closes.strftime("%Y-%m-%dT%H:%M").to_string(),
            conference_from: p.conference_from.to_string(),
            conference_until: p.conference_until.to_string(),
            follow_up_on: opt(p.follow_up_on),
        }
    }

    /// Checks every field and the order of the phases; all problems at once, per field.
    pub fn parse(&self) -> Result<RoundPlan, FieldProblems> {
        let mut errors = FieldProblems::new();
        let mut field = |name: &'static str, r: Result<Date, FieldError>| r.map_err(|e| errors.push((name, e))).ok();
        let child_talk_from = field("child_talk_from", parse_date(&self.child_talk_from));
        let child_talk_until = field("child_talk_until", parse_date(&self.child_talk_until));
        let conference_from = field("conference_from", parse_date(&self.conference_from));
        let conference_until = field("conference_until", parse_date(&self.conference_until));
        let parent_prep_until = optional(&self.parent_prep_until, "parent_prep_until", &mut errors);
        let follow_up_on = optional(&self.follow_up_on, "follow_up_on", &mut errors);
        let booking_opens = datetime(&self.booking_opens, "booking_opens", &mut errors);
        let booking_closes = datetime(&self.booking_closes, "booking_closes", &mut errors);
        let name = required_text(&self.name, 120)
            .map_err(|e| errors.push(("name", e)))
            .ok();

        let mut order = |field: &'static str, earlier: Option<DateTime>, later: Option<DateTime>, err| {
            if let (Some(a), Some(b)) = (earlier, later)
                && b < a
            {
                errors.push((field, err));
            }
        };
        let start = |d: Option<Date>| d.map(|d| d.to_datetime(jiff::civil::time(0, 0, 0, 0)));
        use FieldError::{EndBeforeStart, OutOfOrder};
        order(
            "child_talk_until",
            start(child_talk_from),
            start(child_talk_until),
            EndBeforeStart,
        );
        order(
            "conference_until",
            start(conference_from),
            start(conference_until),
            EndBeforeStart,
        );
        // On the same day the hour is what is wrong; "this date is before the start" would
        // point at a date that is fine.
        let same_day = matches!((booking_opens, booking_closes), (Some(a), Some(b)) if a.date() == b.date());
        let closes_err = if same_day {
            FieldError::EndBeforeStartTime
        } else {
            EndBeforeStart
        };
        order("booking_closes", booking_opens, booking_closes, closes_err);
        order(
            "conference_from",
            booking_opens.map(|d| start(Some(d.date())).unwrap()),
            start(conference_from),
            OutOfOrder,
        );
        order(
            "parent_prep_until",
            start(child_talk_from),
            start(parent_prep_until.flatten()),
            OutOfOrder,
        );
        order(
            "follow_up_on",
            start(conference_until),
            start(follow_up_on.flatten()),
            OutOfOrder,
        );

        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(RoundPlan {
            name: name.unwrap(),
            child_talk_from: child_talk_from.unwrap(),
            child_talk_until: child_talk_until.unwrap(),
            parent_prep_until: parent_prep_until.flatten(),
            booking_opens: booking_opens.unwrap(),
            booking_closes: booking_closes.unwrap(),
            conference_from: conference_from.unwrap(),
            conference_until: conference_until.unwrap(),
            follow_up_on: follow_up_on.flatten(),
        })
    }
}

fn optional(raw: &str, name: &'static str, errors: &mut FieldProblems) -> Option<Option<Date>> {
    match optional_text(raw, 40) {
        Ok(None) => Some(None),
        Ok(Some(t)) => parse_date(&t).map(Some).map_err(|e| errors.push((name, e))).ok(),
        Err(e) => {
            errors.push((name, e));
            None
        }
    }
}

/// `2026-12-01T18:00` from a datetime-local field, or `01/12/2026 18:00` typed by hand.
fn datetime(raw: &str, name: &'static str, errors: &mut FieldProblems) -> Option<DateTime> {
    let t = raw.trim();
    if t.is_empty() {
        errors.push((name, FieldError::Required));
        return None;
    }
    let parsed = t.parse::<DateTime>().ok().or_else(|| {
        let (d, time) = t.split_once([' ', 'T'])?;
        let date = parse_date(d).ok()?;
        let time = time.trim().parse::<jiff::civil::Time>().ok()?;
        Some(date.to_datetime(time))
    });
    if parsed.is_none() {
        errors.push((name, FieldError::DateTime));
    }
    parsed
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseKind {
    ChildTalks,
    ParentPrep,
    Booking,
    Conferences,
    FollowUp,
}

impl PhaseKind {
    pub fn key(self) -> &'static str {
        match self {
            Self::ChildTalks => "phase-child-talks",
            Self::ParentPrep => "phase-parent-prep",
            Self::Booking => "phase-booking",
            Self::Conferences => "phase-conferences",
            Self::FollowUp => "phase-follow-up",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseState {
    Done,
    Now,
    Upcoming,
}

impl PhaseState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Now => "now",
            Self::Upcoming => "upcoming",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    pub kind: PhaseKind,
    pub from: Date,
    pub until: Date,
    pub state: PhaseState,
}

impl RoundPlan {
    /// Until when parents can change their answers to the questionnaire: the end of the
    /// preparation, or else the day before the conversations start.
    pub fn questionnaire_deadline(&self) -> Date {
        self.parent_prep_until
            .unwrap_or_else(|| self.conference_from.yesterday().unwrap_or(self.conference_from))
    }

    /// The phases in the order of the cycle, each with its state on `today`.
    pub fn timeline(&self, today: Date) -> Vec<Phase> {
        let mut spans = vec![(PhaseKind::ChildTalks, self.child_talk_from, self.child_talk_until)];
        if let Some(until) = self.parent_prep_until {
            spans.push((PhaseKind::ParentPrep, self.child_talk_from, until));
        }
        spans.push((
            PhaseKind::Booking,
            self.booking_opens.date(),
            self.booking_closes.date(),
        ));
        spans.push((PhaseKind::Conferences, self.conference_from, self.conference_until));
        if let Some(day) = self.follow_up_on {
            spans.push((PhaseKind::FollowUp, day, day));
        }
        spans
            .into_iter()
            .map(|(kind, from, until)| Phase {
                kind,
                from,
                until,
                state: if today > until {
                    PhaseState::Done
                } else if today >= from {
                    PhaseState::Now
                } else {
                    PhaseState::Upcoming
                },
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> RoundInput {
        RoundInput {
            name: "KOM-gesprekken december".into(),
            child_talk_from: "2026-11-16".into(),
            child_talk_until: "2026-12-04".into(),
            parent_prep_until: "2026-12-06".into(),
            booking_opens: "2026-11-30T19:00".into(),
            booking_closes: "2026-12-11T12:00".into(),
            conference_from: "2026-12-14".into(),
            conference_until: "17/12/2026".into(),
            follow_up_on: "2027-02-01".into(),
        }
    }

    #[test]
    fn a_good_round_parses_and_shows_its_timeline() {
        let plan = input().parse().unwrap();
        let today = Date::new(2026, 11, 29).unwrap();
        let states: Vec<_> = plan.timeline(today).iter().map(|p| (p.kind, p.state)).collect();
        assert_eq!(
            states,
            vec![
                (PhaseKind::ChildTalks, PhaseState::Now),
                (PhaseKind::ParentPrep, PhaseState::Now),
                (PhaseKind::Booking, PhaseState::Upcoming),
                (PhaseKind::Conferences, PhaseState::Upcoming),
                (PhaseKind::FollowUp, PhaseState::Upcoming),
            ]
        );
        assert_eq!(RoundInput::from_plan(&plan).parse().unwrap(), plan);
    }

    #[test]
    fn every_problem_is_reported_on_its_own_field() {
        let mut i = input();
        i.name = "  ".into();
        i.child_talk_until = "2026-11-01".into();
        i.booking_closes = "gisteren".into();
        i.follow_up_on = "2026-12-01".into();
        let errors = i.parse().unwrap_err();
        assert!(errors.contains(&("name", FieldError::Required)));
        assert!(errors.contains(&("child_talk_until", FieldError::EndBeforeStart)));
        assert!(errors.contains(&("booking_closes", FieldError::DateTime)));
        assert!(errors.contains(&("follow_up_on", FieldError::OutOfOrder)));
    }

    #[test]
    fn booking_that_closes_earlier_the_same_day_is_an_hour_problem() {
        let mut i = input();
        i.booking_closes = "2026-11-30T18:00".into();
        let errors = i.parse().unwrap_err();
        assert_eq!(errors, vec![("booking_closes", FieldError::EndBeforeStartTime)]);
        i.booking_closes = "2026-11-29T20:00".into();
        let errors = i.parse().unwrap_err();
        assert_eq!(errors, vec![("booking_closes", FieldError::EndBeforeStart)]);
    }

    #[test]
    fn optional_phases_may_stay_empty() {
        let mut i = input();
        i.parent_prep_until.clear();
        i.follow_up_on.clear();
        let plan = i.parse().unwrap();
        assert_eq!(plan.timeline(Date::new(2026, 1, 1).unwrap()).len(), 3);
    }
}

/// The steps each child goes through in a round (DESIGN.md §2), in order. The round page
/// shows one column and one progress bar per step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    ChildTalk,
    ParentPrep,
    Booking,
    Conference,
    FollowUp,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Self::ChildTalk,
        Self::ParentPrep,
        Self::Booking,
        Self::Conference,
        Self::FollowUp,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::ChildTalk => "step-child-talk",
            Self::ParentPrep => "step-parent-prep",
            Self::Booking => "step-booking",
            Self::Conference => "step-conference",
            Self::FollowUp => "step-follow-up",
        }
    }
}

/// Where one child stands in one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    NotStarted,
    InProgress,
    Done,
}

impl StepState {
    pub fn key(self) -> &'static str {
        match self {
            Self::NotStarted => "state-not-started",
            Self::InProgress => "state-in-progress",
            Self::Done => "state-done",
        }
    }

    pub fn css(self) -> &'static str {
        match self {
            Self::NotStarted => "not-started",
            Self::InProgress => "in-progress",
            Self::Done => "done",
        }
    }
}
