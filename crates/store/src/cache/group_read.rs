//! Reads that arrive together share one query. When booking opens, thousands of families
//! who opened the page minutes ago send their first request in the same second, and what
//! this instance kept of their sessions is too old to trust: one query each would queue
//! thousands of round trips to the database. Like the booking writer (`group_commit`), one
//! task reads: the keys asked for while a query runs wait together and go into the next.
//!
//! Every key is read by a query that starts after it was asked for, so a read sees every
//! write committed before it was asked, as a query of its own would.

use crate::{Result, StoreError};
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::hash::Hash;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use tokio::sync::{mpsc, oneshot};

/// The most keys one read takes; more wait for the next.
const MAX_KEYS: usize = 1024;

/// Reads the values of many keys; a key without a value is left out of the answer.
pub(crate) type ReadMany<K, V> =
    Arc<dyn Fn(Vec<K>) -> Pin<Box<dyn Future<Output = Result<HashMap<K, V>>> + Send>> + Send + Sync>;

type Ask<K, V> = (K, oneshot::Sender<std::result::Result<Option<V>, String>>);

pub(crate) struct GroupRead<K, V> {
    /// The reading task, started by the first read.
    asks: OnceLock<mpsc::Sender<Ask<K, V>>>,
}

impl<K, V> Default for GroupRead<K, V> {
    fn default() -> Self {
        Self { asks: OnceLock::new() }
    }
}

impl<K, V> GroupRead<K, V>
where
    K: Eq + Hash + Clone + Send + 'static,
    V: Clone + Send + 'static,
{
    /// The value of `key`, or None: read together with whatever others ask for at the same
    /// time. `read_many` is used by the reading task when this call starts it.
    pub(crate) async fn get(&self, key: K, read_many: impl FnOnce() -> ReadMany<K, V>) -> Result<Option<V>> {
        let asks = self.asks.get_or_init(|| {
            let (tx, rx) = mpsc::channel(MAX_KEYS);
            tokio::spawn(run(rx, read_many()));
            tx
        });
        let gone = || StoreError::Other("the reading task stopped".into());
        let (reply, answer) = oneshot::channel();
        asks.send((key, reply)).await.map_err(|_| gone())?;
        answer.await.map_err(|_| gone())?.map_err(StoreError::Other)
    }

    /// [`get`](Self::get), with a key that has no value as [`StoreError::NotFound`]: the
    /// read a `Recent` entry is filled from.
    pub(crate) async fn found(&self, key: K, read_many: impl FnOnce() -> ReadMany<K, V>) -> Result<V> {
        self.get(key, read_many).await?.ok_or(StoreError::NotFound)
    }
}

async fn run<K, V>(mut rx: mpsc::Receiver<Ask<K, V>>, read_many: ReadMany<K, V>)
where
    K: Eq + Hash + Clone,
    V: Clone,
{
    let mut asked = Vec::with_capacity(MAX_KEYS);
    while rx.recv_many(&mut asked, MAX_KEYS).await > 0 {
        let keys: HashSet<K> = asked.iter().map(|(k, _)| k.clone()).collect();
        match read_many(keys.into_iter().collect()).await {
            Ok(found) => {
                for (key, reply) in asked.drain(..) {
                    let _ = reply.send(Ok(found.get(&key).cloned()));
                }
            }
            Err(e) => {
                let e = e.to_string();
                for (_, reply) in asked.drain(..) {
                    let _ = reply.send(Err(e.clone()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// Squares, reading many at once; remembers each group it was asked for.
    fn squares(groups: Arc<Mutex<Vec<usize>>>) -> ReadMany<u32, u32> {
        Arc::new(move |keys: Vec<u32>| {
            let groups = groups.clone();
            Box::pin(async move {
                groups.lock().unwrap().push(keys.len());
                // Long enough for the other asks to queue behind this read.
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                Ok(keys.into_iter().filter(|k| *k != 0).map(|k| (k, k * k)).collect())
            })
        })
    }

    #[tokio::test]
    async fn keys_asked_together_share_a_read() {
        let groups = Arc::new(Mutex::new(Vec::new()));
        let reader = Arc::new(GroupRead::default());
        let first = reader.get(1, || squares(groups.clone())).await.unwrap();
        assert_eq!(first, Some(1));
        let asks = (0..200u32).map(|k| {
            let (reader, groups) = (reader.clone(), groups.clone());
            tokio::spawn(async move { reader.get(k, || squares(groups)).await.unwrap() })
        });
        let answers = futures_join(asks.collect()).await;
        for (k, a) in answers.iter().enumerate() {
            let k = k as u32;
            // Every key gets its own value; a key without one gets none.
            assert_eq!(*a, (k != 0).then_some(k * k));
        }
        let groups = groups.lock().unwrap().clone();
        // 201 asks, far fewer reads: the first alone, the rest in a few groups.
        assert_eq!(groups[0], 1);
        assert!(groups.len() <= 4, "{groups:?}");
        assert_eq!(groups[1..].iter().sum::<usize>(), 200);
    }

    #[tokio::test]
    async fn a_failed_read_answers_every_key_in_it_with_the_error() {
        let reader: GroupRead<u32, u32> = GroupRead::default();
        let failing: ReadMany<u32, u32> =
            Arc::new(|_| Box::pin(async { Err(StoreError::Other("the disk is gone".into())) }));
        let e = reader.get(7, || failing).await.unwrap_err();
        assert!(e.to_string().contains("the disk is gone"), "{e}");
    }

    async fn futures_join<T>(handles: Vec<tokio::task::JoinHandle<T>>) -> Vec<T> {
        let mut out = Vec::with_capacity(handles.len());
        for h in handles {
            out.push(h.await.unwrap());
        }
        out
    }
}
