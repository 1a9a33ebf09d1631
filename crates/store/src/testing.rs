//! Fresh, throw-away databases for the test suites of this workspace: a SQLite file in the
//! temporary folder, or a new database on the PostgreSQL server named by
//! `SAMENSPRAAK_TEST_DATABASE_URL`. Each is dropped when the test is done with it.

use crate::{Backend, Store, new_id};

pub const POSTGRES_ENV: &str = "SAMENSPRAAK_TEST_DATABASE_URL";

pub struct TestDatabase {
    pub store: Store,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    File(std::path::PathBuf),
    Database { server_url: String, name: String },
}

impl TestDatabase {
    pub async fn new(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => Self::sqlite().await,
            Backend::Postgres => {
                let server = std::env::var(POSTGRES_ENV)
                    .unwrap_or_else(|_| panic!("{POSTGRES_ENV} must be set for PostgreSQL tests"));
                Self::postgres(&server).await
            }
        }
    }

    pub async fn sqlite() -> Self {
        Self::sqlite_in(&std::env::temp_dir()).await
    }

    /// An SQLite database in a folder of the caller's (a small file system, say).
    pub async fn sqlite_in(dir: &std::path::Path) -> Self {
        let path = dir.join(format!("samenspraak-test-{}.db", new_id()));
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let store = Store::connect(&url).await.expect("open SQLite test database");
        store.migrate().await.expect("migrate SQLite test database");
        Self {
            store,
            url,
            cleanup: Cleanup::File(path),
        }
    }

    pub async fn postgres(server_url: &str) -> Self {
        let db = Self::postgres_empty(server_url).await;
        db.store.migrate().await.expect("migrate PostgreSQL test database");
        db
    }

    /// A new PostgreSQL database without any table (to start instances on it at once).
    pub async fn postgres_empty(server_url: &str) -> Self {
        let name = format!("samenspraak_test_{}", new_id());
        let admin = Store::connect(server_url).await.expect("connect to PostgreSQL");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(admin.pool())
            .await
            .expect("create test database");
        admin.close().await;
        let url = with_database(server_url, &name);
        let store = Store::connect(&url).await.expect("connect to test database");
        Self {
            store,
            url,
            cleanup: Cleanup::Database {
                server_url: server_url.to_string(),
                name,
            },
        }
    }

    pub async fn drop_now(self) {
        self.store.close().await;
        match self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let mut p = path.clone().into_os_string();
                    p.push(suffix);
                    let _ = std::fs::remove_file(p);
                }
            }
            Cleanup::Database { server_url, name } => {
                if let Ok(admin) = Store::connect(&server_url).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                    )))
                    .execute(admin.pool())
                    .await;
                    admin.close().await;
                }
            }
        }
    }
}

/// `postgres://u@h:5432/test?x=y` with the database name replaced.
fn with_database(server_url: &str, name: &str) -> String {
    let (base, query) = match server_url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (server_url, String::new()),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    format!("{base}/{name}{query}")
}

/// Every row of every table as text, table by table and sorted, so a test can show that a
/// refused request changed nothing anywhere: compare a snapshot before and after.
/// `schema_migration` is left out.
pub async fn snapshot(store: &Store) -> std::collections::BTreeMap<String, Vec<String>> {
    use sqlx::{Row, ValueRef};
    let tables_sql = match store.backend() {
        Backend::Sqlite => {
            "SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT) AS t FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        }
    };
    let tables: Vec<String> = sqlx::query(tables_sql)
        .fetch_all(store.pool())
        .await
        .expect("list tables")
        .iter()
        .map(|r| r.get::<String, _>("t"))
        .filter(|t| t != "schema_migration")
        .collect();
    let mut out = std::collections::BTreeMap::new();
    for table in tables {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {table}")))
            .fetch_all(store.pool())
            .await
            .expect("read table");
        let mut lines: Vec<String> = rows
            .iter()
            .map(|row| {
                (0..row.len())
                    .map(|i| {
                        if row.try_get_raw(i).map(|v| v.is_null()).unwrap_or(false) {
                            "NULL".to_string()
                        } else if let Ok(s) = row.try_get::<String, _>(i) {
                            s
                        } else if let Ok(n) = row.try_get::<i64, _>(i) {
                            n.to_string()
                        } else if let Ok(f) = row.try_get::<f64, _>(i) {
                            f.to_string()
                        } else {
                            "?".to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect();
        lines.sort();
        out.insert(table, lines);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn database_name_is_replaced() {
        assert_eq!(
            super::with_database("postgres://postgres@127.0.0.1:5432/test", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            super::with_database("postgres://h/test?sslmode=disable", "x"),
            "postgres://h/x?sslmode=disable"
        );
        assert_eq!(super::with_database("postgres://h", "x"), "postgres://h/x");
    }
}
