//! The store's test suite. Every test runs on SQLite, and on PostgreSQL when
//! `SAMENSPRAAK_TEST_DATABASE_URL` is set (each in a database of its own).

mod booking_rules;
mod cache_changes;
mod child_talks;
mod fixtures;
mod imports;
mod people;
mod rounds;
mod schema;
mod sessions;
mod tablet;

/// Defines `$name::sqlite` and, when PostgreSQL tests are on, `$name::postgres`, each
/// running `$body` (an async closure taking the `Store`) on a fresh database.
#[macro_export]
macro_rules! on_both {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let db = samenspraak_store::testing::TestDatabase::sqlite().await;
                ($body)(db.store.clone()).await;
                db.drop_now().await;
            }

            #[cfg(pg_tests)]
            #[tokio::test]
            async fn postgres() {
                let db = samenspraak_store::testing::TestDatabase::new(samenspraak_store::Backend::Postgres).await;
                ($body)(db.store.clone()).await;
                db.drop_now().await;
            }
        }
    };
}

#[cfg(not(pg_tests))]
#[test]
#[ignore = "PostgreSQL suite skipped: run with SAMENSPRAAK_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test"]
fn postgres_suite() {}
