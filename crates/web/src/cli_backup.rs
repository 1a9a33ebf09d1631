//! `samenspraak backup FILE` and `samenspraak restore FILE`: the whole school in one ZIP
//! archive — a consistent copy of the SQLite database (`VACUUM INTO`, taken while the
//! school goes on using it) and every file of the media folder — and back into an empty
//! data directory. PostgreSQL installations use `pg_dump` and copy the media folder (see
//! the README).

use crate::config::Config;
use samenspraak_store::{Backend, Store};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

const DATABASE: &str = "samenspraak.db";
const README: &str = "README.txt";

/// Names in the media folder that are the app's files (ids); an upload still being
/// written (`upload-…`) is not.
fn media_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 64 && name.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn io(what: &Path) -> impl Fn(std::io::Error) -> String + '_ {
    move |e| format!("{}: {e}", what.display())
}

pub async fn backup(config: &Config, file: &str) -> Result<(), String> {
    let target = PathBuf::from(file);
    if target.exists() {
        return Err(format!("{file} already exists; choose a new file name"));
    }
    let store = Store::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    if store.backend() == Backend::Postgres {
        return Err(
            "backup archives SQLite installations; with PostgreSQL use pg_dump -Fc, and the \
                    bucket's versioning or a copy of the media folder (see docs/deployment.md)"
                .into(),
        );
    }
    // The database first, then the files: a file added later has no row in the copy (the
    // restored server removes such orphans after a day); a file removed since its row was
    // copied is counted as missing.
    let work = target.with_extension("partial");
    std::fs::create_dir_all(&work).map_err(io(&work))?;
    let copy = work.join(DATABASE);
    let copied = store
        .backup_sqlite(&copy.display().to_string())
        .await
        .map_err(|e| format!("backup failed: {e}"));
    store.close().await;
    if let Err(e) = copied {
        let _ = std::fs::remove_dir_all(&work);
        return Err(e);
    }
    // Media in a bucket stay there: the archive holds the database, and the bucket is backed
    // up by its own means (versioning, replication), as docs/deployment.md says.
    let media = match &config.media_bucket {
        Some(_) => work.join("no-media-folder"),
        None => crate::services::media_files::dir(&config.data_dir),
    };
    let bucket = config.media_bucket.as_ref().map(|b| b.bucket.clone());
    let written = tokio::task::spawn_blocking({
        let (target, work) = (target.clone(), work.clone());
        move || write_archive(&target, &copy, &media, bucket.as_deref(), &work)
    })
    .await
    .map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&work);
    let files = written?;
    match &config.media_bucket {
        Some(b) => println!(
            "backup written to {file} (the database only: the media files are in bucket {}, which this \
             archive does not hold; keep the bucket's versioning or replication on)",
            b.bucket
        ),
        None => println!("backup written to {file} (the database and {files} media files)"),
    }
    Ok(())
}

/// Writes the archive next to `target` and moves it into place once it is complete.
/// `bucket`: the media are in this bucket, not in the archive.
fn write_archive(
    target: &Path,
    database: &Path,
    media: &Path,
    bucket: Option<&str>,
    work: &Path,
) -> Result<usize, String> {
    let partial = work.join("archive.zip");
    let out = std::fs::File::create(&partial).map_err(io(&partial))?;
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(out));
    let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    // Videos and photos are compressed already.
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .large_file(true);
    let zipped = |e: zip::result::ZipError| format!("{}: {e}", target.display());
    zip.start_file(README, deflated).map_err(zipped)?;
    let media_line = match bucket {
        None => "media/          the children's videos, photos and files, by id".to_string(),
        Some(b) => format!("(the children's videos, photos and files are in bucket {b}, not here)"),
    };
    zip.write_all(
        format!(
            "A backup of Samenspraak, made {} (UTC).\n\n\
             {DATABASE}  the SQLite database\n\
             {media_line}\n\n\
             Bring it back into an empty data directory with:\n\
             samenspraak restore THIS-FILE --data-dir DIR\n",
            jiff::Timestamp::now().strftime("%Y-%m-%d %H:%M")
        )
        .as_bytes(),
    )
    .map_err(|e| e.to_string())?;
    zip.start_file(DATABASE, deflated.large_file(true)).map_err(zipped)?;
    let mut db = std::fs::File::open(database).map_err(io(database))?;
    std::io::copy(&mut db, &mut zip).map_err(|e| e.to_string())?;
    let mut files = 0;
    if let Ok(entries) = std::fs::read_dir(media) {
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| media_name(n))
            .collect();
        names.sort();
        for name in names {
            let path = media.join(&name);
            // Removed since the listing (a video past its date): not in the backup.
            let Ok(mut f) = std::fs::File::open(&path) else {
                continue;
            };
            zip.start_file(format!("media/{name}"), stored).map_err(zipped)?;
            std::io::copy(&mut f, &mut zip).map_err(io(&path))?;
            files += 1;
        }
    }
    let out = zip.finish().map_err(zipped)?;
    let out = out.into_inner().map_err(|e| e.to_string())?;
    out.sync_all().map_err(io(&partial))?;
    std::fs::rename(&partial, target).map_err(io(target))?;
    Ok(files)
}

pub async fn restore(config: &Config, file: &str) -> Result<(), String> {
    if !config.database_url.starts_with("sqlite:") {
        return Err(
            "restore brings an archive back into an SQLite data directory; with PostgreSQL use \
                    pg_restore, and the bucket's versions or the media folder's copy (see docs/deployment.md)"
                .into(),
        );
    }
    let data = config.data_dir.clone();
    // The file the server will open: the default in the data directory, or the one the
    // database URL names.
    let database = sqlite_file(&config.database_url).ok_or("the database URL names no SQLite file")?;
    let media = crate::services::media_files::dir(&data);
    let media_has_files = std::fs::read_dir(&media).is_ok_and(|mut d| d.next().is_some());
    if database.exists() || media_has_files {
        return Err(format!(
            "{} is not empty (or {} exists); restore into a new data directory (--data-dir)",
            data.display(),
            database.display()
        ));
    }
    let source = PathBuf::from(file);
    let files = tokio::task::spawn_blocking({
        let (database, media) = (database.clone(), media.clone());
        move || read_archive(&source, &database, &media)
    })
    .await
    .map_err(|e| e.to_string())?;
    let files = match files {
        Ok(n) => n,
        Err(e) => {
            // Nothing half-restored stays behind.
            let _ = std::fs::remove_file(&database);
            let _ = std::fs::remove_dir_all(&media);
            return Err(e);
        }
    };
    let store = Store::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    let verdict = store.integrity_check().await.map_err(|e| e.to_string())?;
    if verdict != "ok" {
        store.close().await;
        return Err(format!("the restored database is damaged: {verdict}"));
    }
    let applied = store.migrate().await.map_err(|e| e.to_string())?;
    store.close().await;
    println!(
        "restored into {} (the database and {files} media files; {} migration(s) applied)",
        data.display(),
        applied.len()
    );
    Ok(())
}

/// The file of an SQLite URL: `sqlite:///srv/s.db?mode=rwc` → `/srv/s.db`.
fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = percent_decoded(rest.split('?').next().unwrap_or_default())?;
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

/// `%20` and the like as the database driver reads them.
fn percent_decoded(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Unpacks the archive; any entry but the database, the README and media files by id is
/// refused (a path like `../x` or `/etc/x` never reaches the disk).
fn read_archive(source: &Path, database: &Path, media: &Path) -> Result<usize, String> {
    let f = std::fs::File::open(source).map_err(io(source))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(f))
        .map_err(|e| format!("{} is not a Samenspraak backup: {e}", source.display()))?;
    let mut seen_database = false;
    let mut files = 0;
    if let Some(parent) = database.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    std::fs::create_dir_all(media).map_err(io(media))?;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| e.to_string())?;
        let name = entry.name().map_err(|e| e.to_string())?.to_string();
        let to = if name == DATABASE {
            seen_database = true;
            database.to_path_buf()
        } else if name == README {
            continue;
        } else if let Some(id) = name.strip_prefix("media/")
            && media_name(id)
        {
            files += 1;
            media.join(id)
        } else {
            return Err(format!("{} holds '{name}', which no backup holds", source.display()));
        };
        let mut out = std::fs::File::create(&to).map_err(io(&to))?;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = entry.read(&mut buf).map_err(|e| e.to_string())?;
            if n == 0 {
                break;
            }
            out.write_all(&buf[..n]).map_err(io(&to))?;
        }
        out.sync_all().map_err(io(&to))?;
    }
    if !seen_database {
        return Err(format!("{} holds no database", source.display()));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_file_is_read_from_the_url() {
        assert_eq!(
            sqlite_file("sqlite:///srv/db/s.db?mode=rwc"),
            Some(PathBuf::from("/srv/db/s.db"))
        );
        assert_eq!(
            sqlite_file("sqlite://data/samenspraak.db"),
            Some(PathBuf::from("data/samenspraak.db"))
        );
        assert_eq!(sqlite_file("postgres://x/y"), None);
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(
            sqlite_file("sqlite:///srv/mijn%20school/s.db"),
            Some(PathBuf::from("/srv/mijn school/s.db"))
        );
    }
}
