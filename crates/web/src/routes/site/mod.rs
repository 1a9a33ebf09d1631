//! What everyone reaches, signed in or not: signing in and out, the language, the health
//! check and the browsers' content-policy reports.

pub mod csp_report;
pub mod health;
pub mod language;
pub mod login;
pub mod second_step;
