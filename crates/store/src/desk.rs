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
//!   entry is older than [`MAX_AGE`], or sooner when a booking is refused: the booking page
//!   then forgets the class and reads it again.

use crate::bookings::{self, Slot};
use crate::guardians::{self, Guardian};
use crate::rounds::{self, Round};
use crate::{Store, StoreError, now, waiting};
use samenspraak_core::ids::{ChildId, ClassId, RoundId, SchoolId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long an entry is trusted without a local write telling it what changed.
pub const MAX_AGE: Duration = Duration::from_secs(1);

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

/// Values read from the database and kept for [`MAX_AGE`], or until a write of this
/// instance makes them older.
struct Recent<K, V> {
    entries: Mutex<HashMap<K, Entry<V>>>,
}

struct Entry<V> {
    /// Raised by every write this instance makes to what the entry holds: a read that
    /// started before it is not kept.
    generation: u64,
    value: Option<(Arc<V>, Instant)>,
    /// One read at a time per entry: the requests that find it old wait for the first
    /// one's read instead of all reading.
    loading: Arc<tokio::sync::Mutex<()>>,
}

impl<V> Default for Entry<V> {
    fn default() -> Self {
        Self {
            generation: 0,
            value: None,
            loading: Arc::default(),
        }
    }
}

impl<K, V> Default for Recent<K, V> {
    fn default() -> Self {
        Self {
            entries: Mutex::default(),
        }
    }
}

impl<K: std::hash::Hash + Eq + Clone, V> Recent<K, V> {
    fn entries(&self) -> MutexGuard<'_, HashMap<K, Entry<V>>> {
        // Nothing that can panic runs under the lock; a poisoned one is still consistent.
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn fresh(&self, key: &K) -> Result<Arc<V>, (u64, Arc<tokio::sync::Mutex<()>>)> {
        let mut entries = self.entries();
        let e = entries.entry(key.clone()).or_default();
        match &e.value {
            Some((value, at)) if at.elapsed() < MAX_AGE => Ok(value.clone()),
            _ => Err((e.generation, e.loading.clone())),
        }
    }

    /// The value, from memory when recent, else read once for all who ask at the same time.
    async fn get<F>(&self, key: K, read: F) -> crate::Result<Arc<V>>
    where
        F: AsyncFnOnce() -> crate::Result<V>,
    {
        let loading = match self.fresh(&key) {
            Ok(value) => return Ok(value),
            Err((_, loading)) => loading,
        };
        let _one_at_a_time = loading.lock().await;
        // Someone else may have read it while this request waited.
        let generation = match self.fresh(&key) {
            Ok(value) => return Ok(value),
            Err((generation, _)) => generation,
        };
        let value = match read().await {
            Ok(value) => Arc::new(value),
            Err(e) => {
                // Keep no entry for what is not there: ids come from addresses anyone types.
                let mut entries = self.entries();
                if entries.get(&key).is_some_and(|e| e.value.is_none()) {
                    entries.remove(&key);
                }
                return Err(e);
            }
        };
        if let Some(e) = self.entries().get_mut(&key)
            && e.generation == generation
        {
            e.value = Some((value.clone(), Instant::now()));
        }
        Ok(value)
    }

    fn forget_where(&self, which: impl Fn(&K) -> bool) {
        for (key, e) in self.entries().iter_mut() {
            if which(key) {
                e.generation += 1;
                e.value = None;
            }
        }
    }
}

/// The desk of one app instance, shared by every request through the `Store`.
#[derive(Default)]
pub struct Desk {
    classes: Recent<Key, ClassDesk>,
    rounds: Recent<String, Round>,
}

impl Desk {
    /// Forgets the round and every class of it: something other than a new booking changed.
    pub(crate) fn forget(&self, round: &str) {
        self.classes.forget_where(|key| key.0 == round);
        self.rounds.forget_where(|key| key == round);
    }

    /// Forgets one class, to read it again (a booking was refused: another instance may
    /// have written what this one does not know).
    pub fn forget_class(&self, round: &RoundId, class: &ClassId) {
        self.classes
            .forget_where(|key| key.0 == round.as_str() && key.1 == class.as_str());
    }

    /// Forgets everything: after writing to the tables outside this crate's functions.
    pub fn forget_all(&self) {
        self.classes.forget_where(|_| true);
        self.rounds.forget_where(|_| true);
    }

    /// Writes committed bookings into the entries that hold their slots: (round, slot,
    /// child, seat). A class of the round being read right now is read again after: its
    /// read may have started before the commit.
    pub(crate) fn booked<'a>(&self, made: impl Iterator<Item = (&'a str, &'a str, &'a str, &'a str)>) {
        let mut entries = self.classes.entries();
        for (round, slot, child, seat) in made {
            for (key, e) in entries.iter_mut() {
                if key.0 != round {
                    continue;
                }
                let Some((view, _)) = &mut e.value else {
                    e.generation += 1;
                    continue;
                };
                let Some(at) = view.slots.iter().position(|s| s.id == slot) else {
                    continue;
                };
                e.generation += 1;
                let s = &mut Arc::make_mut(view).slots[at];
                s.child = Some(ChildId(child.to_string()));
                s.seat = seat.to_string();
                s.proposed = false;
            }
        }
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
    Ok(ClassDesk {
        slots: bookings::slots(store, round, class).await?,
        waiting: waiting::of_class(store, round, class).await?,
        separate: bookings::separate_of_round(store, round).await?,
        guardians: guardians::of_class(store, class).await?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn a_value_is_read_once_until_forgotten_and_nothing_is_kept_for_what_is_not_there() {
        let recent: Recent<String, usize> = Recent::default();
        let reads = AtomicUsize::new(0);
        let read = async || Ok::<_, StoreError>(reads.fetch_add(1, Ordering::SeqCst));
        assert_eq!(*recent.get("r1".into(), read).await.unwrap(), 0);
        assert_eq!(*recent.get("r1".into(), read).await.unwrap(), 0, "from memory");
        recent.forget_where(|k| k == "r1");
        assert_eq!(*recent.get("r1".into(), read).await.unwrap(), 1, "read again");

        let missing = recent.get("nope".into(), async || Err(StoreError::NotFound)).await;
        assert!(matches!(missing, Err(StoreError::NotFound)));
        assert_eq!(recent.entries().len(), 1, "no entry for an id that is not there");
    }

    #[tokio::test]
    async fn a_read_that_started_before_a_write_is_not_kept() {
        let recent: Recent<String, usize> = Recent::default();
        let read = async || {
            // A write lands while this read is under way.
            recent.forget_where(|_| true);
            Ok(7)
        };
        assert_eq!(*recent.get("r1".into(), read).await.unwrap(), 7);
        assert_eq!(*recent.get("r1".into(), async || Ok(8)).await.unwrap(), 8, "read again");
    }
}
