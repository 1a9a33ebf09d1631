//! The domain of Samenspraak without any IO: identifiers, validated values, the access
//! policy, round phases and the class-list import rules.
//!
//! Everything here is a pure function of its input, so the rules that matter most (who may
//! see what, what a valid round is, what a class list row means) are tested without a
//! database or a server.

pub mod actor;
pub mod booking;
pub mod calendar;
pub mod child_talk;
pub mod frame;
pub mod ics;
pub mod ids;
pub mod import;
pub mod instrument;
pub mod instrument_template;
pub mod interest;
pub mod invitation;
pub mod language;
pub mod mail;
pub mod media;
pub mod planner;
pub mod policy;
pub mod preparation;
pub mod proposal;
pub mod question_bank;
pub mod questionnaire;
pub mod round;
pub mod tablet;
pub mod talk_steps;
pub mod time;
pub mod values;
pub mod visibility;

pub use actor::{Actor, ActorKind, StaffActor, StaffRole};
pub use language::Language;
