//! Everything about one child in one ZIP, for a parent's request to see their data: every
//! row as JSON (`data.json`), the media files, the family summaries as PDF and a README
//! that says what each file is. The ZIP is written to a file that is gone from the
//! folder before it is sent, so no copy stays behind.

use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use samenspraak_store::child_data::{self, TableRows};
use samenspraak_store::children::Child;
use samenspraak_store::{audit, classes, rounds};
use std::io::Write;

/// The ZIP, open and already without a name in the folder, and how many media files it holds.
pub struct Export {
    pub file: tokio::fs::File,
    pub files: usize,
}

/// Builds the child's ZIP and records the export in the audit log.
pub async fn export(state: &AppState, t: &Tr, child: &Child, by: &audit::Who) -> Result<Export, AppError> {
    let tables = child_data::rows(&state.store, &child.school_id, &child.id).await?;
    // From a bucket each file is downloaded into the exports folder first, and goes when
    // the ZIP is written.
    let scratch = state.config.data_dir.join("exports");
    let mut media: Vec<(String, crate::services::media_files::LocalCopy)> = Vec::new();
    for id in child_data::file_ids(&state.store, &child.id).await? {
        if let Some(copy) = crate::services::media_files::local_copy(&state.media, &id, &scratch).await? {
            media.push((id, copy));
        }
    }
    let summaries = summaries(state, t, child).await?;
    let readme = t.t("export-readme");
    let data = serde_json::json!({
        "format": "samenspraak-child-export/1",
        "exported_at": samenspraak_store::now(),
        "child_id": child.id.as_str(),
        "tables": tables.iter().map(|TableRows { table, rows }| (table.to_string(), serde_json::Value::from(rows.iter().cloned().map(serde_json::Value::Object).collect::<Vec<_>>()))).collect::<serde_json::Map<_, _>>(),
    });
    let dir = state.config.data_dir.join("exports");
    let path = dir.join(format!("{}.zip", samenspraak_store::new_id()));
    let files = media.len();
    let written = path.clone();
    tokio::task::spawn_blocking(move || -> std::io::Result<()> {
        std::fs::create_dir_all(&dir)?;
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&written)?);
        let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        // Videos and photos are compressed already.
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        zip.start_file("README.txt", deflated)?;
        zip.write_all(readme.as_bytes())?;
        zip.start_file("data.json", deflated)?;
        serde_json::to_writer_pretty(&mut zip, &data)?;
        for (id, copy) in &media {
            zip.start_file(format!("media/{id}"), stored.large_file(true))?;
            std::io::copy(&mut std::fs::File::open(&copy.path)?, &mut zip)?;
        }
        for (name, pdf) in &summaries {
            zip.start_file(format!("summaries/{name}"), deflated)?;
            zip.write_all(pdf)?;
        }
        zip.finish()?.sync_all()
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?
    .map_err(|e| AppError::Internal(format!("export: {e}")))?;
    let file = tokio::fs::File::open(&path)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    // The open file is all there is now: nothing of the child stays in the folder.
    let _ = tokio::fs::remove_file(&path).await;
    child_data::exported(&state.store, &child.id, by, files).await?;
    Ok(Export { file, files })
}

/// The family summary of every round the child had a conversation in, in the page's
/// language: (file name, PDF).
async fn summaries(state: &AppState, t: &Tr, child: &Child) -> Result<Vec<(String, Vec<u8>)>, AppError> {
    let Some(class_id) = &child.class_id else {
        return Ok(Vec::new());
    };
    let class = classes::get(&state.store, &child.school_id, class_id).await?;
    let mut out = Vec::new();
    for round in rounds::list(&state.store, &child.school_id).await? {
        if !round.classes.contains(class_id) {
            continue;
        }
        let summary = crate::print::summary::summary(state, t, &round, &class, child).await?;
        if !summary.is_empty() {
            let pdf = crate::print::summary::to_pdf(&[summary])?;
            out.push((format!("{}.pdf", round.id.as_str()), pdf));
        }
    }
    Ok(out)
}
