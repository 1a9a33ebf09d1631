//! The privacy commands of `samenspraak admin`: the audit log as JSON lines, one child's
//! data as a ZIP, erasing a child. They do what the school admin's pages do, for a
//! data-protection officer with a shell or a script.

use crate::app::App;
use crate::config::Config;
use crate::i18n::Tr;
use samenspraak_core::Language;
use samenspraak_core::ids::ChildId;
use samenspraak_store::audit::{self, Filter};
use samenspraak_store::schools::{self, School};
use samenspraak_store::{Store, child_data, children};

fn named(args: &[(String, String)], key: &str) -> Result<String, String> {
    args.iter()
        .find(|(n, _)| n == key)
        .map(|(_, v)| v.clone())
        .ok_or_else(|| format!("--{key} is required"))
}

async fn school(store: &Store, name: &str) -> Result<School, String> {
    schools::list(store)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .find(|s| s.name == name || s.id.as_str() == name)
        .ok_or_else(|| format!("no school named '{name}'"))
}

/// `admin audit --school NAME [--since DATE]`: the oldest entry first, one JSON object a line.
pub async fn audit(config: Config, args: &[(String, String)]) -> Result<(), String> {
    let app = App::build(config).await.map_err(|e| e.to_string())?;
    let store = &app.state.store;
    let school = school(store, &named(args, "school")?).await?;
    let since = match named(args, "since") {
        Ok(day) => {
            let day: jiff::civil::Date = day.parse().map_err(|_| format!("--since {day}: use YYYY-MM-DD"))?;
            Some(samenspraak_core::time::local_to_utc(day.at(0, 0, 0, 0)))
        }
        Err(_) => None,
    };
    let filter = Filter {
        from: since,
        ..Filter::default()
    };
    let mut entries = audit::list(store, &school.id, &filter)
        .await
        .map_err(|e| e.to_string())?;
    entries.reverse();
    for e in entries {
        let line = serde_json::json!({
            "at": e.at,
            "actor_kind": e.actor_kind,
            "actor_id": e.actor_id,
            "actor": e.actor_name,
            "kind": e.kind,
            "child_id": e.child_id,
            "child": e.child_name,
            "round_id": e.round_id,
            "round": e.round_name,
            "address": e.address,
            "detail": e.detail,
        });
        println!("{line}");
    }
    store.close().await;
    Ok(())
}

/// `admin export-child --school NAME --child ID --out FILE`.
pub async fn export_child(config: Config, args: &[(String, String)]) -> Result<(), String> {
    let out = named(args, "out")?;
    if std::path::Path::new(&out).exists() {
        return Err(format!("{out} already exists; choose a new file name"));
    }
    let app = App::build(config).await.map_err(|e| e.to_string())?;
    let store = app.state.store.clone();
    let school = school(&store, &named(args, "school")?).await?;
    let child = children::get(&store, &school.id, &ChildId(named(args, "child")?))
        .await
        .map_err(|_| "no such child at this school".to_string())?;
    let export = crate::services::child_export::export(
        &app.state,
        &Tr::new(Language::Nl),
        &child,
        &audit::Who::system(&school.id),
    )
    .await
    .map_err(|e| format!("export failed: {e}"))?;
    let mut from = export.file;
    let mut to = tokio::fs::File::create(&out).await.map_err(|e| format!("{out}: {e}"))?;
    tokio::io::copy(&mut from, &mut to)
        .await
        .map_err(|e| format!("{out}: {e}"))?;
    to.sync_all().await.map_err(|e| format!("{out}: {e}"))?;
    store.close().await;
    println!("{out} written ({} media files)", export.files);
    Ok(())
}

/// `admin erase-child --school NAME --child ID`.
pub async fn erase_child(config: Config, args: &[(String, String)]) -> Result<(), String> {
    let app = App::build(config).await.map_err(|e| e.to_string())?;
    let store = app.state.store.clone();
    let school = school(&store, &named(args, "school")?).await?;
    let child = ChildId(named(args, "child")?);
    let erased = child_data::erase(&store, &school.id, &child, &audit::Who::system(&school.id))
        .await
        .map_err(|e| match e {
            samenspraak_store::StoreError::NotFound => "no such child at this school".to_string(),
            other => other.to_string(),
        })?;
    crate::services::media_files::remove(&app.state.media, &erased.files).await;
    store.close().await;
    println!(
        "child erased: {} rows, {} files, {} guardians",
        erased.rows,
        erased.files.len(),
        erased.guardians
    );
    Ok(())
}
