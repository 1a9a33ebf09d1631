//! The Samenspraak web application: configuration, the app builder, pages, translations
//! and the `samenspraak` command line.

pub mod access;
pub mod app;
pub mod assets;
pub mod bench;
pub mod booking_mail;
pub mod cli;
pub mod config;
pub mod demo;
pub mod http;
pub mod i18n;
pub mod import_file;
pub mod mailer;
pub mod media_files;
pub mod page;
pub mod pdf;
pub mod routes;
pub mod services;
pub mod state;
pub mod throttle;
pub mod ui;
