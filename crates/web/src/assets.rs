//! Static files, embedded in the binary. Each is served under a name that carries a hash of
//! its content, so browsers may cache it forever and still get a new version after an
//! update. Nothing is ever fetched from another host.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "app.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../static/app.css"),
    },
    Asset {
        name: "app.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/app.js"),
    },
    Asset {
        name: "logo.svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../static/logo.svg"),
    },
];

/// `app.css` → `app.1a2b3c4d5e.css`, computed once from the embedded bytes.
fn hashed_names() -> &'static Vec<String> {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        ASSETS
            .iter()
            .map(|a| {
                let digest = Sha256::digest(a.body);
                let hash: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
                let (stem, ext) = a.name.rsplit_once('.').unwrap_or((a.name, ""));
                format!("{stem}.{hash}.{ext}")
            })
            .collect()
    })
}

/// The URL of an embedded asset, for templates.
pub fn url(name: &str) -> String {
    let i = ASSETS.iter().position(|a| a.name == name).expect("asset is embedded");
    format!("/static/{}", hashed_names()[i])
}

pub async fn serve(Path(file): Path<String>) -> Response {
    match hashed_names().iter().position(|n| *n == file) {
        Some(i) => (
            [
                (header::CONTENT_TYPE, ASSETS[i].content_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            ASSETS[i].body,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
