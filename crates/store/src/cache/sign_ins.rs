//! Who is signed in, held in memory: every request of a signed-in person reads their
//! session, and a guardian's every request reads them with their school and children. In a
//! booking rush those are the same few thousand reads again and again.
//!
//! Kept as the booking desk keeps its entries (`recent`): what this instance writes reaches
//! it at once (signing out, ending sessions, any write to guardians, children or the school
//! forgets), what another instance writes shows within [`MAX_AGE`](crate::cache::recent::MAX_AGE).
//! So a session ended on one instance can still be used on another for up to that second,
//! as a request already under way would have been.
//!
//! What has to be read again is read in groups (`group_read`): when booking opens, every
//! family's first request finds its session too old at the same moment.

use crate::cache::group_read::GroupRead;
use crate::cache::recent::Recent;
use crate::guardians::SignedIn;
use crate::sessions::Session;

#[derive(Default)]
pub struct SignIns {
    /// By the hash of the cookie's secret.
    pub(crate) sessions: Recent<String, Stored>,
    /// By school and guardian.
    pub(crate) guardians: Recent<(String, String), SignedIn>,
    pub(crate) session_reads: GroupRead<String, Stored>,
    pub(crate) guardian_reads: GroupRead<(String, String), SignedIn>,
}

/// A session row: who, and the moments its limits are counted from (Unix seconds).
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    pub session: Session,
    pub last_seen: i64,
    pub expires: i64,
}

impl SignIns {
    pub(crate) fn forget_session(&self, hash: &str) {
        self.sessions.forget_where(|k| k == hash);
    }

    pub(crate) fn forget_sessions(&self) {
        self.sessions.forget_all();
    }

    pub(crate) fn forget_all(&self) {
        self.sessions.forget_all();
        self.guardians.forget_all();
    }
}
