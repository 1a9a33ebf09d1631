//! The web app's test suite: the real app on 127.0.0.1:0 with a fresh database, spoken to
//! over HTTP with a cookie-keeping client. Tests run on SQLite, and on PostgreSQL when
//! `SAMENSPRAAK_TEST_DATABASE_URL` is set; the browser journeys run when `SAMENSPRAAK_E2E=1`.

mod support;

mod access;
mod access_matrix;
mod auth;
mod booking;
mod cli;
mod conference;
mod conference_frame;
mod demo;
mod family;
mod family_status;
mod full_disk;
mod health;
mod home;
mod hostile_files;
mod i18n;
mod import;
mod import_scope;
mod instrument_settings;
mod instruments;
mod jar;
mod layers;
mod limits;
mod mail;
mod media;
mod notes;
mod outbox;
mod people;
mod privacy;
mod questionnaire;
mod report;
mod retention;
mod rounds;
mod school_calendar;
mod tablet;
mod talks;
mod two_factor;
mod wall;

#[cfg(e2e_tests)]
mod e2e;

#[cfg(s3_tests)]
mod bucket;

/// A test `async fn name(backend)` run once on SQLite and once on PostgreSQL, for tests that
/// start the app themselves (with a mail server, say).
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident) => {
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name(samenspraak_store::Backend::Sqlite).await;
            }

            #[cfg(pg_tests)]
            #[tokio::test]
            async fn postgres() {
                super::$name(samenspraak_store::Backend::Postgres).await;
            }
        }
    };
}

/// `$name::sqlite` and, with PostgreSQL on, `$name::postgres`: `$body` gets a running
/// [`support::TestApp`] with the two test schools of [`support::World`].
#[macro_export]
macro_rules! on_both {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let app = $crate::support::TestApp::spawn(samenspraak_store::Backend::Sqlite).await;
                ($body)(&app).await;
                app.stop().await;
            }

            #[cfg(pg_tests)]
            #[tokio::test]
            async fn postgres() {
                let app = $crate::support::TestApp::spawn(samenspraak_store::Backend::Postgres).await;
                ($body)(&app).await;
                app.stop().await;
            }
        }
    };
}

#[cfg(not(pg_tests))]
#[test]
#[ignore = "PostgreSQL suite skipped: run with SAMENSPRAAK_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test"]
fn postgres_suite() {}

#[cfg(not(e2e_tests))]
#[test]
#[ignore = "browser suite skipped: install chromium and chromium-driver, run `npm ci --prefix e2e`, then run with SAMENSPRAAK_E2E=1"]
fn browser_suite() {}

#[cfg(not(s3_tests))]
#[test]
#[ignore = "S3 suite skipped: `pip install 'moto[server]'` (moto_server on the PATH), then run with SAMENSPRAAK_TEST_S3=1"]
fn s3_suite() {}
