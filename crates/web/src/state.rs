//! What every request shares: the store, the configuration, and the counters and limits
//! that live as long as the process. The lowest layer of the web crate: it imports no page,
//! route or service.

use crate::config::Config;
use samenspraak_store::Store;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
    /// Where children's media live: the data dir's folder or a bucket.
    pub media: crate::storage::Media,
    /// Class lists being read at once: each may take its whole budget of memory
    /// (`import_file::budget`), so a burst of uploads waits its turn instead of adding up.
    pub class_list_readers: Arc<tokio::sync::Semaphore>,
    /// Uploads and booking forms per person (`throttle`).
    pub uploads: Arc<crate::throttle::Throttle>,
    pub booking_forms: Arc<crate::throttle::Throttle>,
    pub csp_report_senders: Arc<crate::throttle::Throttle>,
    /// Content-policy reports received since start (`routes::csp_report`).
    pub csp_reports: Arc<std::sync::atomic::AtomicU64>,
    /// Who looked at which child's file lately, for one line in the log per viewing.
    pub viewings: Arc<Recently>,
}

/// How long one person looking at one file is one viewing in the audit log.
pub const VIEWING: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Keys seen within a window, forgotten after it; the map is swept as it grows.
pub struct Recently {
    window: std::time::Duration,
    seen: std::sync::Mutex<std::collections::HashMap<String, std::time::Instant>>,
}

impl Recently {
    pub fn new(window: std::time::Duration) -> Self {
        Self {
            window,
            seen: std::sync::Mutex::default(),
        }
    }

    /// True the first time `key` is seen within the window (and it is remembered).
    pub fn first_in_window(&self, key: String) -> bool {
        let now = std::time::Instant::now();
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() >= 4096 {
            seen.retain(|_, at| now.duration_since(*at) < self.window);
        }
        match seen.get(&key) {
            Some(at) if now.duration_since(*at) < self.window => false,
            _ => {
                seen.insert(key, now);
                true
            }
        }
    }
}

impl AppState {
    /// The state, with the media the configuration names. Panics on a bucket setting that
    /// cannot be used: `App::build` checks it first and stops with its message.
    pub fn new(store: Store, config: Config) -> Self {
        let media = crate::storage::Media::open(&config).expect("media settings checked at start");
        Self::with_media(store, config, media)
    }

    pub fn with_media(store: Store, config: Config, media: crate::storage::Media) -> Self {
        let uploads = (config.uploads_per_ten_minutes, crate::throttle::UPLOADS.1);
        Self {
            store,
            media,
            config: Arc::new(config),
            class_list_readers: Arc::new(tokio::sync::Semaphore::new(2)),
            uploads: Arc::new(crate::throttle::Throttle::new(uploads)),
            booking_forms: Arc::new(crate::throttle::Throttle::new(crate::throttle::BOOKING_FORMS)),
            csp_report_senders: Arc::new(crate::throttle::Throttle::new(crate::throttle::CSP_REPORTS)),
            csp_reports: Arc::new(std::sync::atomic::AtomicU64::new(0)),
            viewings: Arc::new(Recently::new(VIEWING)),
        }
    }
}
