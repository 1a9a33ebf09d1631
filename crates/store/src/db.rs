//! The connection pool, the backend it talks to, and the small helpers every repository
//! module uses (ids, secrets, time).

use sha2::{Digest, Sha256};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use std::str::FromStr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("unsupported database URL (use sqlite:// or postgres://): {0}")]
    Url(String),
    #[error("not found")]
    NotFound,
    /// A unique key refused the write (an email already in use, a slot already taken).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("{0}")]
    Other(String),
}

impl StoreError {
    /// The disk or the database is full: SQLite's `SQLITE_FULL` (13), PostgreSQL's
    /// `disk_full` (53100), or the file system's "no space left".
    pub fn is_storage_full(&self) -> bool {
        match self {
            StoreError::Db(sqlx::Error::Database(d)) => {
                matches!(d.code().as_deref(), Some("13" | "53100")) || d.message().contains("database or disk is full")
            }
            StoreError::Db(sqlx::Error::Io(e)) => e.raw_os_error() == Some(28),
            _ => false,
        }
    }

    /// Maps a unique-constraint violation to `Conflict(what)`, leaves other errors as they are.
    pub(crate) fn unique(what: &'static str) -> impl FnOnce(sqlx::Error) -> StoreError {
        move |e| match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Conflict(what),
            _ => StoreError::Db(e),
        }
    }
}

/// A handle to the database; cheap to clone, shared by every request.
#[derive(Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
    backend: Backend,
    /// The task that commits new bookings in groups, started with the first booking.
    booking_writer: Arc<OnceLock<crate::cache::group_commit::Writer>>,
    /// The slots as families see them, kept in memory (`desk`).
    desk: Arc<crate::cache::desk::Desk>,
    /// Who is signed in, kept in memory (`sign_ins`).
    sign_ins: Arc<crate::cache::sign_ins::SignIns>,
    /// The instrument templates, kept in memory (`templates`).
    templates: Arc<crate::cache::templates::Templates>,
}

impl Store {
    /// Connects to `sqlite://…` or `postgres://…` and applies the pragmas that make SQLite
    /// safe for a web server: WAL for concurrent readers, `synchronous=FULL` so that a
    /// confirmed write survives a power cut, foreign keys on.
    pub async fn connect(url: &str) -> crate::Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StoreError::Url(url.to_string()));
        };
        let options = AnyConnectOptions::from_str(url)?;
        let pool_options = match backend {
            // A file cannot drop a connection the way a server can: no round trip to the
            // connection's thread to test it before every query.
            Backend::Sqlite => AnyPoolOptions::new()
                .max_connections(8)
                .test_before_acquire(false)
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = FULL").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                        Ok(())
                    })
                }),
            Backend::Postgres => AnyPoolOptions::new().max_connections(16),
        };
        let pool = pool_options
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await?;
        Ok(Self {
            pool,
            backend,
            booking_writer: Arc::default(),
            desk: Arc::default(),
            sign_ins: Arc::default(),
            templates: Arc::default(),
        })
    }

    pub(crate) fn booking_writer(&self) -> &crate::cache::group_commit::Writer {
        self.booking_writer
            .get_or_init(|| crate::cache::group_commit::start(self.pool.clone(), self.desk.clone()))
    }

    /// The booking desk of this instance.
    pub(crate) fn desk(&self) -> &crate::cache::desk::Desk {
        &self.desk
    }

    /// Who is signed in, as this instance last read it.
    pub(crate) fn sign_ins(&self) -> &crate::cache::sign_ins::SignIns {
        &self.sign_ins
    }

    /// The instrument templates, as this instance last read them.
    pub(crate) fn templates(&self) -> &crate::cache::templates::Templates {
        &self.templates
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// A consistent copy of a SQLite database into `path`, safe while the server runs.
    pub async fn backup_sqlite(&self, path: &str) -> crate::Result<()> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::Other("backup works on SQLite only".into()));
        }
        sqlx::query("VACUUM INTO $1").bind(path).execute(&self.pool).await?;
        Ok(())
    }

    /// SQLite's own check of the database file: `ok`, or what is damaged. PostgreSQL
    /// checks its pages itself; there it answers `ok`.
    pub async fn integrity_check(&self) -> crate::Result<String> {
        if self.backend != Backend::Sqlite {
            return Ok("ok".into());
        }
        let row = sqlx::query("PRAGMA integrity_check").fetch_one(&self.pool).await?;
        sqlx::Row::try_get::<String, _>(&row, 0).map_err(|e| StoreError::Other(e.to_string()))
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// The pool, for tests that inspect the schema and the booking-rush benchmark, whose
    /// floor inserts on the same connections as the app it measures.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }
}

/// Seconds since the Unix epoch, UTC.
pub fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).expect("the operating system's random source failed");
    b
}

/// A new row id: 80 random bits in lower-case base32, 16 characters.
pub fn new_id() -> String {
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    let bytes = random_bytes::<10>();
    let mut bits: u128 = 0;
    for b in bytes {
        bits = (bits << 8) | u128::from(b);
    }
    (0..16)
        .rev()
        .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
        .collect()
}

/// A secret for a cookie or a link: 256 random bits, hex. Only its hash is stored.
pub fn new_secret() -> String {
    hex(&random_bytes::<32>())
}

pub fn secret_hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_distinct_and_url_safe() {
        let a = super::new_id();
        assert_eq!(a.len(), 16);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a, super::new_id());
    }
}
