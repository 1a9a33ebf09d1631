//! `samenspraak-bench serve`: the real app, as `samenspraak serve` builds it, with one route
//! beside it that only a benchmark needs: `POST /bench/floor`, the rush's floor. The rush
//! starts its servers with this command, so the production binary carries no floor.

use crate::db::BenchDb;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use samenspraak_store::Backend;
use samenspraak_web::app::App;
use samenspraak_web::config::{Config, MailConfig};
use std::net::IpAddr;
use std::path::PathBuf;

pub struct Options {
    pub database_url: String,
    pub data_dir: PathBuf,
    pub port: u16,
}

/// Serves until the process is killed (the rush kills its servers when it is done).
pub async fn run(o: Options) -> Result<(), String> {
    let config = Config {
        bind: IpAddr::from([127, 0, 0, 1]),
        port: o.port,
        base_url: format!("http://127.0.0.1:{}", o.port),
        // As `samenspraak serve` without a mail server: mails wait in the outbox.
        mail: MailConfig::default(),
        ..Config::for_tests(&o.database_url, &o.data_dir)
    };
    let mut app = App::build(config).await.map_err(|e| e.to_string())?;
    let store = &app.state.store;
    let db = BenchDb::on(store.pool().clone(), store.backend() == Backend::Sqlite);
    let floor = axum::Router::new().route("/bench/floor", post(floor)).with_state(db);
    app.router = app.router.merge(floor);
    let listener = app.bind().await.map_err(|e| e.to_string())?;
    app.serve(listener, std::future::pending()).await;
    Ok(())
}

/// `POST /bench/floor` with `slot` and `key`: only a unique insert in its own transaction, no
/// session, no page. 201 when inserted, 409 when the slot was taken. The rush reads the
/// app's booking figures against this one.
async fn floor(State(db): State<BenchDb>, body: String) -> StatusCode {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(&body).unwrap_or_default();
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    match db.floor_insert(field("slot"), field("key")).await {
        Ok(true) => StatusCode::CREATED,
        Ok(false) => StatusCode::CONFLICT,
        Err(e) => {
            eprintln!("floor insert: {e}");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}
