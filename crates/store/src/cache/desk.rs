//! The booking desk: what a family's booking page reads on every request, held in memory.
//! Per class in a round: the slots as families see them (booked or free, offered from the
//! waiting list, kept for a child), the waiting list, the separated parents and the
//! children's guardians (for the confirmation); and the rounds themselves. In a booking rush
//! every family of a class reads the same slots again and again; the desk answers those
//! reads without asking the database.
//!
//! The desk never decides who gets a slot: the database's unique keys do (`bookings`). It
//! only has to be recent enough to show:
//! - what this instance writes reaches it at once: a new booking is written into it right
//!   after its commit (`group_commit`), any other write to a round, its slots, bookings or
//!   waiting list makes it forget the round, and a write to guardians forgets everything;
//! - what another instance writes (several app instances on one PostgreSQL) shows when an
//!   entry is older than [`MAX_AGE`], or sooner when a booking is refused that the desk
//!   showed free: the writer reads who holds the slot or the child's seat after its commit
//!   and writes that in; a refusal it still cannot explain (a waiting-list offer, a kept slot) reads the
//!   class again (`Change::Refused`).

use crate::bookings::{self, Outcome, Slot};
use crate::cache::recent::MAX_AGE;
use crate::cache::recent::Recent;
use crate::guardians::{self, Guardian};
use crate::rounds::{self, Round};
use crate::{Store, StoreError, now, waiting};
use samenspraak_core::ids::{ChildId, ClassId, RoundId, SchoolId};
use std::collections::HashMap;
use std::sync::Arc;

/// A class's slots, waiting list and separated parents in a round, as read at one moment.
#[derive(Debug, Clone, Default)]
pub struct ClassDesk {
    /// By day and time, with who booked them.
    pub slots: Vec<Slot>,
    /// The class's waiting list in order: each child with the slot offered to it and until
    /// when (Unix seconds), if any.
    pub waiting: Vec<(ChildId, Option<(String, i64)>)>,
    /// The children of the round whose separated parents each have their own conversation.
    pub separate: Vec<ChildId>,
    /// The guardians of the class's children, by child and household.
    pub guardians: Vec<(ChildId, Guardian)>,
    /// The class's teachers and its school's name: how the confirmation is signed.
    pub teachers: Vec<String>,
    pub school_name: String,
}

impl ClassDesk {
    /// The child's place on the class's waiting list, with an offer that has not expired.
    pub fn place(&self, child: &ChildId) -> Option<waiting::Place> {
        let at = self.waiting.iter().position(|(c, _)| c == child)?;
        let t = now();
        Some(waiting::Place {
            position: at as i64 + 1,
            offer: self.waiting[at].1.clone().filter(|(_, until)| *until > t),
        })
    }

    pub fn separate(&self, child: &ChildId) -> bool {
        self.separate.contains(child)
    }

    /// The child's guardians, by household.
    pub fn guardians_of(&self, child: &ChildId) -> Vec<Guardian> {
        self.guardians
            .iter()
            .filter(|(c, _)| c == child)
            .map(|(_, g)| g.clone())
            .collect()
    }
}

type Key = (String, String);

/// The desk of one app instance, shared by every request through the `Store`.
#[derive(Default)]
pub struct Desk {
    classes: Recent<Key, ClassDesk>,
    rounds: Recent<String, Round>,
    /// The class each slot read belongs to, to explain a refusal without looking through
    /// every class. Only a hint: the class's entry still has to show the slot.
    slot_class: std::sync::Mutex<HashMap<String, String>>,
}

impl Desk {
    /// Forgets the round and every class of it: something other than a new booking changed.
    pub(crate) fn forget(&self, round: &str) {
        self.classes.forget_where(|key| key.0 == round);
        self.rounds.forget_where(|key| key == round);
    }

    /// Forgets the class a slot belongs to, to read it again: a booking of the slot was
    /// refused while this desk showed it free, so another instance wrote what this one does
    /// not know.
    pub(crate) fn forget_class_of(&self, round: &RoundId, slot: &str) {
        let class = self
            .slot_class
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(slot)
            .cloned();
        match class {
            Some(class) => self
                .classes
                .forget_where(|key| key.0 == round.as_str() && key.1 == class),
            None => self.classes.forget_where(|key| key.0 == round.as_str()),
        }
    }

    /// Forgets everything.
    pub(crate) fn forget_all(&self) {
        self.classes.forget_all();
        self.rounds.forget_all();
        self.slot_class.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// Writes committed bookings into the entries that hold their slots: (round, slot,
    /// child, seat, proposed). A child has one booking per round and seat, so the same child
    /// and seat on another slot of the entry was moved or cancelled meanwhile: that slot shows
    /// free. A class of the round being read right now gets them too when its read ends: the
    /// read may have started before the commit.
    pub(crate) fn booked<'a>(&self, made: impl Iterator<Item = (&'a str, &'a str, &'a str, &'a str, bool)>) {
        #[derive(Default)]
        struct Made {
            slots: HashMap<String, (ChildId, String, bool)>,
            /// The seats each child holds among them.
            seats: HashMap<ChildId, Vec<String>>,
        }
        let mut by_round: HashMap<&str, Made> = HashMap::new();
        for (round, slot, child, seat, proposed) in made {
            let m = by_round.entry(round).or_default();
            let child = ChildId(child.to_string());
            m.seats.entry(child.clone()).or_default().push(seat.to_string());
            m.slots.insert(slot.to_string(), (child, seat.to_string(), proposed));
        }
        for (round, made) in by_round {
            let made = Arc::new(made);
            let touched = made.clone();
            let touches = move |view: &ClassDesk| view.slots.iter().any(|s| touched.slots.contains_key(&s.id));
            let patch = Arc::new(move |view: &mut ClassDesk| {
                for s in view.slots.iter_mut() {
                    if let Some((child, seat, proposed)) = made.slots.get(&s.id) {
                        s.child = Some(child.clone());
                        s.seat = seat.clone();
                        s.proposed = *proposed;
                    } else if s
                        .child
                        .as_ref()
                        .and_then(|c| made.seats.get(c))
                        .is_some_and(|seats| seats.contains(&s.seat))
                    {
                        s.child = None;
                        s.seat.clear();
                        s.proposed = false;
                    }
                }
            });
            self.classes.patch_where(|key| key.0 == round, touches, patch);
        }
    }
}

impl Desk {
    /// Why a booking of `slot` for the child and seat was refused, if a recent entry can
    /// tell: the child already has this slot (the same form sent twice) or another one, or
    /// someone else has the slot. None when no recent entry shows the slot taken.
    pub(crate) fn explain(&self, round: &RoundId, slot: &str, child: &ChildId, seat: &str) -> Option<Outcome> {
        let class = self
            .slot_class
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(slot)?
            .clone();
        let classes = self.classes.lock();
        let (view, at) = classes.entries.get(&(round.to_string(), class))?.value.as_ref()?;
        if at.elapsed() >= MAX_AGE || !view.slots.iter().any(|s| s.id == slot) {
            return None;
        }
        if let Some(mine) = view
            .slots
            .iter()
            .find(|s| s.child.as_ref() == Some(child) && s.seat == seat)
        {
            return Some(if mine.id == slot {
                Outcome::Booked
            } else {
                Outcome::ChildHasOne
            });
        }
        view.slots
            .iter()
            .any(|s| s.id == slot && s.child.is_some())
            .then_some(Outcome::Taken)
    }
}

/// The class's desk: from memory when recent, else read once for all who ask at the same time.
pub async fn of_class(store: &Store, round: &RoundId, class: &ClassId) -> crate::Result<Arc<ClassDesk>> {
    let key = (round.to_string(), class.to_string());
    store
        .desk()
        .classes
        .get(key, async || read(store, round, class).await)
        .await
}

/// The round, as recent as the desk: for the family's booking page, read on every request.
pub async fn round(store: &Store, school: &SchoolId, id: &RoundId) -> crate::Result<Arc<Round>> {
    let round = store
        .desk()
        .rounds
        .get(id.to_string(), async || rounds::get(store, school, id).await)
        .await?;
    if round.school_id != *school {
        return Err(StoreError::NotFound);
    }
    Ok(round)
}

async fn read(store: &Store, round: &RoundId, class: &ClassId) -> crate::Result<ClassDesk> {
    let slots = bookings::slots(store, round, class).await?;
    store
        .desk()
        .slot_class
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .extend(slots.iter().map(|s| (s.id.clone(), class.to_string())));
    Ok(ClassDesk {
        slots,
        waiting: waiting::of_class(store, round, class).await?,
        separate: bookings::separate_of_round(store, round).await?,
        guardians: guardians::of_class(store, class).await?,
        teachers: crate::classes::teachers(store, class)
            .await?
            .into_iter()
            .map(|t| t.name)
            .collect(),
        school_name: crate::classes::school_name(store, class).await?,
    })
}
