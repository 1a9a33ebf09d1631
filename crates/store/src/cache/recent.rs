//! Values read from the database and kept in memory for a moment: the booking desk
//! (`desk`) and who is signed in (`sign_ins`) are built on it. An entry is trusted for
//! [`MAX_AGE`], or until a write of this instance makes it forget; the requests that find an
//! entry old at the same moment wait for one read between them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long an entry is trusted without a local write telling it what changed: what
/// another app instance writes shows within this time.
pub const MAX_AGE: Duration = Duration::from_secs(1);

/// Below this many entries nothing is swept.
const SWEEP_FROM: usize = 1024;

/// Values by key, each kept for [`MAX_AGE`] or until forgotten.
pub(crate) struct Recent<K, V> {
    inner: Mutex<Inner<K, V>>,
}

pub(crate) struct Inner<K, V> {
    pub(crate) entries: HashMap<K, Entry<V>>,
    /// The size at which old entries are swept out next: keys come from cookies and
    /// addresses, so the map must not grow with every one ever seen.
    sweep_at: usize,
}

pub(crate) struct Entry<V> {
    /// Raised by every write this instance makes to what the entry holds: a read that
    /// started before it is not kept.
    pub(crate) generation: u64,
    pub(crate) value: Option<(Arc<V>, Instant)>,
    /// One read at a time per entry: the requests that find it old wait for the first
    /// one's read instead of all reading.
    loading: Arc<tokio::sync::Mutex<()>>,
    /// Writes that landed while a read was under way, to apply to what it read.
    patches: Vec<Patch<V>>,
}

/// A change to apply to a value; applying it twice is the same as once.
pub(crate) type Patch<V> = Arc<dyn Fn(&mut V) + Send + Sync>;

impl<V> Entry<V> {
    /// True while a request reads the entry's value (it holds `loading`).
    fn read_under_way(&self) -> bool {
        Arc::strong_count(&self.loading) > 1
    }

    /// Forgets the value, and makes a read under way not keep what it read.
    pub(crate) fn forget(&mut self) {
        self.generation += 1;
        self.value = None;
    }
}

impl<V> Default for Entry<V> {
    fn default() -> Self {
        Self {
            generation: 0,
            value: None,
            loading: Arc::default(),
            patches: Vec::new(),
        }
    }
}

impl<K, V> Default for Recent<K, V> {
    fn default() -> Self {
        Self {
            inner: Mutex::new(Inner {
                entries: HashMap::new(),
                sweep_at: SWEEP_FROM,
            }),
        }
    }
}

impl<K: std::hash::Hash + Eq + Clone, V> Recent<K, V> {
    pub(crate) fn lock(&self) -> MutexGuard<'_, Inner<K, V>> {
        // Nothing that can panic runs under the lock; a poisoned one is still consistent.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn fresh(&self, key: &K) -> Result<Arc<V>, (u64, Arc<tokio::sync::Mutex<()>>)> {
        let mut inner = self.lock();
        if let Some(Entry {
            value: Some((value, at)),
            ..
        }) = inner.entries.get(key)
            && at.elapsed() < MAX_AGE
        {
            return Ok(value.clone());
        }
        if !inner.entries.contains_key(key) && inner.entries.len() >= inner.sweep_at {
            inner.sweep();
        }
        let e = inner.entries.entry(key.clone()).or_default();
        Err((e.generation, e.loading.clone()))
    }

    /// The value, from memory when recent, else read once for all who ask at the same time.
    /// A read that fails leaves no entry behind.
    pub(crate) async fn get<F>(&self, key: K, read: F) -> crate::Result<Arc<V>>
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
        // What was written before now, this read sees.
        if let Some(e) = self.lock().entries.get_mut(&key) {
            e.patches.clear();
        }
        let value = match read().await {
            Ok(value) => value,
            Err(e) => {
                // Keep no entry for what is not there: ids come from addresses anyone types.
                let mut inner = self.lock();
                if inner.entries.get(&key).is_some_and(|e| e.value.is_none()) {
                    inner.entries.remove(&key);
                }
                return Err(e);
            }
        };
        let mut inner = self.lock();
        let Some(e) = inner.entries.get_mut(&key) else {
            return Ok(Arc::new(value));
        };
        // Writes that landed during the read: it may have missed them.
        let mut value = value;
        for patch in e.patches.drain(..) {
            patch(&mut value);
        }
        let value = Arc::new(value);
        if e.generation == generation {
            e.value = Some((value.clone(), Instant::now()));
        }
        Ok(value)
    }

    /// Applies a write of this instance to the entries it concerns, kept or being read,
    /// instead of forgetting them: for writes that say exactly what changed (a committed
    /// booking), so that a rush does not throw away every read under way.
    /// `touches` tells a value the patch changes, so that one shared with a request is
    /// copied only then.
    pub(crate) fn patch_where(&self, which: impl Fn(&K) -> bool, touches: impl Fn(&V) -> bool, patch: Patch<V>)
    where
        V: Clone,
    {
        for (key, e) in self.lock().entries.iter_mut() {
            if !which(key) {
                continue;
            }
            if let Some((value, _)) = &mut e.value
                && touches(value)
            {
                patch(Arc::make_mut(value));
            }
            if e.read_under_way() {
                e.patches.push(patch.clone());
            }
        }
    }

    pub(crate) fn forget_where(&self, which: impl Fn(&K) -> bool) {
        for (key, e) in self.lock().entries.iter_mut() {
            if which(key) {
                e.forget();
            }
        }
    }

    pub(crate) fn forget_all(&self) {
        self.forget_where(|_| true);
    }
}

impl<K: std::hash::Hash + Eq, V> Inner<K, V> {
    /// Drops the entries nobody can use any more: too old, and no read under way (a read
    /// holds its entry's `loading`). The next sweep waits until the map has doubled, so
    /// sweeping costs a constant per entry added.
    fn sweep(&mut self) {
        self.entries
            .retain(|_, e| e.read_under_way() || e.value.as_ref().is_some_and(|(_, at)| at.elapsed() < MAX_AGE));
        self.sweep_at = (2 * self.entries.len()).max(SWEEP_FROM);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::StoreError;
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
        assert_eq!(recent.lock().entries.len(), 1, "no entry for an id that is not there");
    }

    #[tokio::test]
    async fn a_read_that_started_before_a_write_is_not_kept() {
        let recent: Recent<String, usize> = Recent::default();
        let read = async || {
            // A write lands while this read is under way.
            recent.forget_all();
            Ok(7)
        };
        assert_eq!(*recent.get("r1".into(), read).await.unwrap(), 7);
        assert_eq!(*recent.get("r1".into(), async || Ok(8)).await.unwrap(), 8, "read again");
    }

    #[tokio::test]
    async fn a_write_that_lands_during_a_read_is_applied_to_what_it_read() {
        let recent: Recent<String, Vec<u32>> = Recent::default();
        let read = async || {
            // A booking is committed while this read is under way; the read missed it.
            recent.patch_where(|k| k == "r1", |_| true, Arc::new(|v: &mut Vec<u32>| v.push(2)));
            Ok(vec![1])
        };
        assert_eq!(*recent.get("r1".into(), read).await.unwrap(), vec![1, 2]);
        assert_eq!(
            *recent.get("r1".into(), async || Ok(vec![9])).await.unwrap(),
            vec![1, 2],
            "kept"
        );
        recent.patch_where(|k| k == "r1", |_| true, Arc::new(|v: &mut Vec<u32>| v.push(3)));
        assert_eq!(
            *recent.get("r1".into(), async || Ok(vec![9])).await.unwrap(),
            vec![1, 2, 3],
            "a kept value is patched"
        );
        assert!(
            recent.lock().entries["r1"].patches.is_empty(),
            "no read under way: nothing queued"
        );
    }

    #[tokio::test]
    async fn old_entries_are_swept_out_and_recent_ones_kept() {
        let recent: Recent<usize, usize> = Recent::default();
        for k in 0..SWEEP_FROM {
            recent.get(k, async || Ok(k)).await.unwrap();
        }
        // Make all but one of them old.
        for (k, e) in recent.lock().entries.iter_mut() {
            if *k != 7 {
                e.value = e.value.take().map(|(v, _)| (v, Instant::now() - MAX_AGE));
            }
        }
        recent.get(SWEEP_FROM, async || Ok(0)).await.unwrap();
        let inner = recent.lock();
        let mut left: Vec<usize> = inner.entries.keys().copied().collect();
        left.sort();
        assert_eq!(left, vec![7, SWEEP_FROM], "the old ones are gone");
        assert_eq!(inner.sweep_at, SWEEP_FROM);
    }

    #[tokio::test]
    async fn the_map_can_hold_many_recent_entries_and_sweeps_seldom() {
        let recent: Recent<usize, usize> = Recent::default();
        for k in 0..3 * SWEEP_FROM {
            recent.get(k, async || Ok(k)).await.unwrap();
        }
        let inner = recent.lock();
        assert_eq!(inner.entries.len(), 3 * SWEEP_FROM, "recent entries are kept");
        assert_eq!(
            inner.sweep_at,
            4 * SWEEP_FROM,
            "the next sweep waits for the map to double"
        );
    }
}
