//! The pages of the school's staff: the start page, classes with their children and what
//! the class uses in the talks, rounds with their child talks, invitations, conversation
//! days and the KOM conversations themselves, the import and the calendar feed.

pub mod account;
pub mod calendar;
pub mod children;
pub mod classes;
pub mod conference;
pub mod home;
pub mod import;
pub mod instrument_settings;
pub mod invitations;
pub mod rounds;
pub mod talks;
