//! The Samenspraak web application: configuration, the app builder, pages, translations
//! and the `samenspraak` command line.

pub mod access;
pub mod app;
pub mod assets;
pub mod cli;
pub mod cli_backup;
pub mod cli_privacy;
pub mod config;
pub mod demo;
pub mod http;
pub mod i18n;
pub mod print;
pub mod routes;
pub mod services;
pub mod state;
pub mod storage;
pub mod throttle;
pub mod ui;
