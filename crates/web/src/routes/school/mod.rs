//! The school admin's pages: the school and its years, the staff accounts, the
//! study-choice links and privacy (the audit log, a child's data).

pub mod accounts;
pub mod calendar;
pub mod consent_register;
pub mod outbox;
pub mod privacy;
pub mod retention;
pub mod settings;
pub mod study_choice;
