//! All SQL of Samenspraak. One module per aggregate; every function is written once in
//! portable SQL (`$1` placeholders, `ON CONFLICT`, ids and timestamps made in Rust) and runs
//! on SQLite and PostgreSQL alike through sqlx's `Any` driver.
//!
//! Rules of this crate:
//! - values cross the boundary as `i64`, `String` and `Option`s of them: booleans are
//!   stored as 0/1, dates as ISO text, moments as Unix seconds (UTC);
//! - invariants live in the schema (unique keys, foreign keys), not in checks before writes;
//! - writes that touch several rows run in one short transaction.

mod cache;
mod class_items;
mod db;
mod migrate;
mod row;

pub mod activities;
pub mod audit;
pub mod availability;
pub mod bookings;
pub mod calendar_feeds;
pub mod child_data;
pub mod child_talks;
pub mod children;
pub mod classes;
pub mod consent;
pub mod frames;
pub mod guardians;
pub mod imports;
pub mod instrument_templates;
pub mod instruments;
pub mod invitations;
pub mod learning_wall;
pub mod login_limits;
pub mod outbox;
pub mod portfolio;
pub mod preparations;
pub mod question_jar;
pub mod questionnaires;
pub mod reports;
pub mod retention;
pub mod rounds;
pub mod school_calendar;
pub mod schools;
pub mod sessions;
pub mod staff;
pub mod study_resources;
pub mod tablet;
pub mod talk_contents;
pub mod talk_notes;
pub mod testing;
pub mod two_factor;
pub mod videos;
pub mod waiting;

pub use cache::MAX_AGE;
pub use db::{Backend, Store, StoreError, new_id, new_secret, now, secret_hash};

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
