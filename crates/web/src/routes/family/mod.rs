//! The guardian's side, on a phone: coming in with the invitation's link or the letter's
//! code, the portal, the questionnaire, booking a time, and what the conversation brought.

pub mod booking;
pub mod conference;
pub mod consent;
pub mod invitation;
pub mod portal;
pub mod questionnaire;
pub mod study_sheet;
