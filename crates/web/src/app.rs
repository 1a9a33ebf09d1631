//! Builds the application from a [`Config`]; `main` and every test use the same function, so
//! tests run what production runs. Also serves it, with a graceful stop on Ctrl-C/SIGTERM.

use crate::config::Config;
use crate::routes;
use crate::state::AppState;
use crate::storage::Media;
use axum::Router;
use samenspraak_store::{Store, imports, login_limits, retention, sessions};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;

pub struct App {
    pub state: AppState,
    pub router: Router,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot create data directory {0}: {1}")]
    DataDir(String, std::io::Error),
    #[error("cannot open the database: {0}")]
    Database(#[from] samenspraak_store::StoreError),
    #[error("cannot listen on {0}: {1}")]
    Listen(SocketAddr, std::io::Error),
    #[error("{0}")]
    Media(String),
}

impl App {
    /// Opens (and creates, for SQLite) the database, applies migrations and builds the router.
    pub async fn build(config: Config) -> Result<Self, StartError> {
        if config.database_url.starts_with("sqlite:") {
            std::fs::create_dir_all(&config.data_dir)
                .map_err(|e| StartError::DataDir(config.data_dir.display().to_string(), e))?;
        }
        // A bucket setting that cannot be used stops the start with its message.
        let media = crate::storage::Media::open(&config).map_err(StartError::Media)?;
        tracing::info!(media = %crate::services::media_files::describe(&media), "children's media");
        let store = Store::connect(&config.database_url).await?;
        store.migrate().await?;
        Ok(Self::with_state(AppState::with_media(store, config, media)))
    }

    /// The app over a store that is already open and migrated.
    pub fn with_store(config: Config, store: Store) -> Self {
        Self::with_state(AppState::new(store, config))
    }

    fn with_state(state: AppState) -> Self {
        let router = routes::router(state.clone());
        Self { state, router }
    }

    /// Listens with a queue of 4,096 connections not yet accepted (the kernel may allow
    /// fewer, `net.core.somaxconn`): when booking opens, thousands of families connect in
    /// the same second, and with the usual 1,024 the rest wait for their SYN to be sent
    /// again, one second, three, seven later.
    pub async fn bind(&self) -> Result<TcpListener, StartError> {
        let addr = SocketAddr::new(self.state.config.bind, self.state.config.port);
        let listen = || -> std::io::Result<TcpListener> {
            let socket = match addr {
                SocketAddr::V4(_) => tokio::net::TcpSocket::new_v4()?,
                SocketAddr::V6(_) => tokio::net::TcpSocket::new_v6()?,
            };
            socket.set_reuseaddr(true)?;
            socket.bind(addr)?;
            socket.listen(4096)
        };
        listen().map_err(|e| StartError::Listen(addr, e))
    }

    /// Serves until `shutdown` resolves; then finishes the requests in flight (at most 8 s)
    /// and closes the database.
    pub async fn serve(self, listener: TcpListener, shutdown: impl Future<Output = ()> + Send + 'static) {
        let store = self.state.store.clone();
        let housekeeping = {
            let (store, media) = (store.clone(), self.state.media.clone());
            supervised("housekeeping", move || housekeeping(store.clone(), media.clone()))
        };
        let (stop_mailer, mailer_stopping) = tokio::sync::watch::channel(false);
        let mailer = {
            let (store, mail) = (store.clone(), self.state.config.mail.clone());
            supervised("mailer", move || {
                crate::services::mailer::run(store.clone(), mail.clone(), mailer_stopping.clone())
            })
        };
        let booking_chores = {
            let state = self.state.clone();
            supervised("booking chores", move || booking_chores(state.clone()))
        };
        let (stopping_tx, stopping_rx) = tokio::sync::oneshot::channel::<()>();
        let signal = async move {
            shutdown.await;
            let _ = stopping_tx.send(());
        };
        let server = axum::serve(
            listener,
            self.router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(signal);
        let deadline = async move {
            let _ = stopping_rx.await;
            tokio::time::sleep(Duration::from_secs(8)).await;
        };
        tokio::select! {
            result = server => {
                if let Err(e) = result {
                    tracing::error!(error = %e, "server stopped with an error");
                }
            }
            () = deadline => tracing::warn!("requests still running after 8 s; stopping anyway"),
        }
        housekeeping.abort();
        booking_chores.abort();
        // The mail being sent is finished (its SMTP timeout is 20 s); no next one starts.
        let _ = stop_mailer.send(true);
        let mut mailer = mailer;
        if tokio::time::timeout(Duration::from_secs(25), &mut mailer)
            .await
            .is_err()
        {
            tracing::warn!("the mailer did not stop in time");
            mailer.abort();
        }
        store.close().await;
    }
}

/// Runs a background loop and starts it again when it panics, after a pause that grows
/// to a minute: one bad row must not stop the mails or the reminders until the next
/// restart. Aborting the returned task stops the loop too.
pub fn supervised<F, Fut>(name: &'static str, mut start: F) -> tokio::task::JoinHandle<()>
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    /// The running loop, aborted with the supervisor.
    struct AbortOnDrop(tokio::task::JoinHandle<()>);
    impl Drop for AbortOnDrop {
        fn drop(&mut self) {
            self.0.abort();
        }
    }
    tokio::spawn(async move {
        let mut pause = Duration::from_secs(1);
        loop {
            let mut task = AbortOnDrop(tokio::spawn(start()));
            match (&mut task.0).await {
                Err(e) if e.is_panic() => {
                    tracing::error!(task = name, "background task panicked; starting it again in {pause:?}");
                }
                _ => return,
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_secs(60));
        }
    })
}

/// Once a minute: slots offered from a waiting list and not taken in time go to the next
/// family, and the families with a conversation tomorrow get their reminder.
async fn booking_chores(state: AppState) {
    let mut every = tokio::time::interval(Duration::from_secs(60));
    loop {
        every.tick().await;
        crate::services::offers::pass_on_expired_offers(&state).await;
        if let Err(e) = crate::services::booking_mail::remind_tomorrow(&state).await {
            tracing::warn!(error = %e, "could not queue tomorrow's reminders");
        }
    }
}

/// Small recurring chores that need no one to ask for them: what has expired holds
/// personal data nobody needs any more.
async fn housekeeping(store: Store, media: Media) {
    const EVERY: Duration = Duration::from_secs(15 * 60);
    // Of several instances on one database, the one holding the chore runs the school's
    // retention; the others skip it until the holder stops renewing.
    let me = samenspraak_store::new_id();
    let mut every = tokio::time::interval(EVERY);
    loop {
        every.tick().await;
        if let Err(e) = purge_media(&store, &media).await {
            tracing::warn!(error = %e, "could not remove expired videos");
        }
        let results = [
            ("expired sessions", sessions::purge_expired(&store).await),
            ("old failed sign-ins", login_limits::purge_old(&store).await),
            ("unconfirmed class-list uploads", imports::purge_stale(&store).await),
        ];
        for (what, result) in results {
            match result {
                Ok(0) => {}
                Ok(n) => tracing::info!(removed = n, "{what} removed"),
                Err(e) => tracing::warn!(error = %e, "could not remove {what}"),
            }
        }
        let now = samenspraak_store::now();
        let lease = now + i64::try_from(EVERY.as_secs()).unwrap_or(900) * 2;
        match retention::claim(&store, "retention", &me, now, lease).await {
            Ok(true) => {
                if let Err(e) = run_retention(&store, &media, now).await {
                    tracing::warn!(error = %e, "could not delete what the schools keep no longer");
                }
            }
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "could not claim the retention run"),
        }
    }
}

/// Deletes what every school keeps no longer at `at`, rows and then files, and logs the
/// counts.
pub async fn run_retention(
    store: &Store,
    media: &Media,
    at: i64,
) -> Result<retention::Counts, samenspraak_store::StoreError> {
    let ran = retention::run(store, at).await?;
    crate::services::media_files::remove(media, &ran.files).await;
    if ran.counts.total() > 0 {
        tracing::info!(counts = ?ran.counts, files = ran.files.len(), "retention: deleted what schools keep no longer");
    }
    Ok(ran.counts)
}

/// Videos past their keeping date go, rows and files; so do files no row refers to (an
/// upload that broke off, a crash between writing the file and recording it) after a day.
pub async fn purge_media(store: &Store, media: &Media) -> Result<usize, samenspraak_store::StoreError> {
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let expired = samenspraak_store::videos::purge_expired(store, today).await?;
    crate::services::media_files::remove(media, &expired).await;
    let known = samenspraak_store::videos::all_file_ids(store).await?;
    let orphans = crate::services::media_files::remove_orphans(media, &known, 24 * 3600).await;
    if !expired.is_empty() || orphans > 0 {
        tracing::info!(expired = expired.len(), orphans, "media files removed");
    }
    Ok(expired.len() + orphans)
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("stopping");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[tokio::test]
    async fn a_background_task_that_panics_is_started_again() {
        let runs = Arc::new(AtomicU32::new(0));
        let counted = runs.clone();
        let task = supervised("test", move || {
            let runs = counted.clone();
            async move {
                if runs.fetch_add(1, Ordering::SeqCst) == 0 {
                    panic!("a bad row");
                }
                std::future::pending::<()>().await;
            }
        });
        for _ in 0..40 {
            if runs.load(Ordering::SeqCst) >= 2 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(runs.load(Ordering::SeqCst), 2, "started again after the panic");
        task.abort();
    }
}
