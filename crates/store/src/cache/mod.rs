//! What the store keeps in memory between requests, private to the store: the booking desk
//! (`desk`: what a family's booking page reads), who is signed in (`sign_ins`), the
//! instrument templates (`templates`), all built on
//! `recent` (entries trusted for [`MAX_AGE`]) and read in groups (`group_read`); and the
//! writer that commits new bookings in groups (`group_commit`) and writes them into the
//! desk.
//!
//! A write function of the store says what it changed with one call, [`Store::changed`],
//! and the caches forget what shows it; which caches show what is decided here, once. A
//! test reads the store's source and fails when a function writes a table that a cache
//! shows without saying so.

pub(crate) mod desk;
pub(crate) mod group_commit;
pub(crate) mod group_read;
pub(crate) mod recent;
pub(crate) mod sign_ins;
pub(crate) mod templates;

pub use recent::MAX_AGE;

use crate::Store;
use samenspraak_core::ids::RoundId;

/// What a write changed, in the terms the caches need.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Change<'a> {
    /// A round's plan, its slots, its bookings, its waiting list or its separated parents.
    Round(&'a RoundId),
    /// A booking of this slot was refused although this instance's desk showed it free:
    /// another instance booked it, so the slot's class is read again.
    Refused { round: &'a RoundId, slot: &'a str },
    /// Guardians, children or the school's name: the booking desk shows the guardians, a
    /// signed-in guardian is kept with their children and school.
    People,
    /// One session ended, by the hash of its secret.
    Session(&'a str),
    /// Sessions of someone ended (signed out everywhere, an account switched off).
    Sessions,
    /// A school's or a class's instrument template.
    Templates,
}

impl Store {
    /// Tells the caches what a write changed; called by the store's write functions after
    /// the write, inside the function that made it.
    pub(crate) fn changed(&self, change: Change<'_>) {
        match change {
            Change::Round(round) => self.desk().forget(round.as_str()),
            Change::Refused { round, slot } => self.desk().forget_class_of(round, slot),
            Change::People => {
                self.desk().forget_all();
                self.sign_ins().forget_all();
            }
            Change::Session(hash) => self.sign_ins().forget_session(hash),
            Change::Sessions => self.sign_ins().forget_sessions(),
            Change::Templates => self.templates().forget_all(),
        }
    }

    /// Forgets everything this instance holds in memory: after writing to the tables
    /// without the store's functions (a test moving time, a repair by hand).
    pub fn forget_all(&self) {
        self.desk().forget_all();
        self.sign_ins().forget_all();
        self.templates().forget_all();
    }
}
