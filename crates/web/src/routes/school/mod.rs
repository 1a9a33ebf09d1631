//! The school admin's pages: the school and its years, the staff accounts and the
//! study-choice links.

pub mod accounts;
pub mod settings;
pub mod study_choice;
