//! The `samenspraak` command: `serve`, `demo`, `migrate`, `backup FILE`, `restore FILE`
//! (`cli_backup`) and `admin create-school` / `admin create-user` (and the privacy commands of
//! `cli_privacy`). Options (`--port`, `--bind`, `--data-dir`,
//! `--database-url`, `--base-url`, `--config`) override `SAMENSPRAAK_*` variables, which
//! override the TOML file.

use crate::app::{App, shutdown_signal};
use crate::config::{Config, Settings};
use samenspraak_core::values::{Email, check_new_password};
use samenspraak_core::{Language, StaffRole};
use samenspraak_store::{Store, schools, staff};
use std::process::ExitCode;

const USAGE: &str = "\
Samenspraak — KOM-gesprekken for primary schools

Usage:
  samenspraak serve                 serve the app
  samenspraak demo                  create the demo school (once) and serve it
  samenspraak migrate               bring the database schema up to date
  samenspraak backup FILE           the SQLite database and the media files in one archive,
                                    safe while serving
  samenspraak restore FILE          an archive of backup into an empty --data-dir
  samenspraak admin create-school NAME
  samenspraak admin create-user --school NAME --email EMAIL --name NAME --role ROLE
                                    ROLE: school_admin, teacher or care_coordinator;
                                    the password comes from SAMENSPRAAK_PASSWORD or is generated
  samenspraak admin audit --school NAME [--since YYYY-MM-DD]
                                    the school's audit log, one JSON line per entry
  samenspraak admin export-child --school NAME --child ID --out FILE.zip
  samenspraak admin erase-child --school NAME --child ID
                                    erases the child, their guardians without other
                                    children at the school, and their files

Options (also as SAMENSPRAAK_* variables, or in the TOML file given by --config):
  --port N  --bind ADDR  --data-dir DIR  --database-url URL  --base-url URL  --config FILE
  --smtp-url smtp://HOST:PORT  --mail-from 'School <kom@school.be>'
";

#[derive(Debug)]
struct Args {
    command: Vec<String>,
    flags: Settings,
    /// Named options of a subcommand: `--school`, `--email`, …
    named: Vec<(String, String)>,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        command: Vec::new(),
        flags: Settings::default(),
        named: Vec::new(),
    };
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let Some(name) = arg.strip_prefix("--") else {
            out.command.push(arg);
            continue;
        };
        let (name, inline) = match name.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (name.to_string(), None),
        };
        if name == "help" {
            out.command = vec!["help".into()];
            return Ok(out);
        }
        let value = match inline {
            Some(v) => v,
            None => it.next().ok_or_else(|| format!("--{name} needs a value"))?,
        };
        let f = &mut out.flags;
        match name.as_str() {
            "port" => f.port = Some(value),
            "bind" => f.bind = Some(value),
            "data-dir" => f.data_dir = Some(value),
            "database-url" => f.database_url = Some(value),
            "base-url" => f.base_url = Some(value),
            "smtp-url" => f.smtp_url = Some(value),
            "mail-from" => f.mail_from = Some(value),
            "config" => f.config_file = Some(value),
            "school" | "email" | "name" | "role" | "families" | "slots" | "instances" | "since" | "child" | "out" => {
                out.named.push((name, value))
            }
            _ => return Err(format!("unknown option --{name}")),
        }
    }
    Ok(out)
}

fn config(flags: Settings) -> Result<Config, String> {
    let env = Settings::from_env(|k| std::env::var(k).ok());
    let file = match flags.config_file.clone().or(env.config_file.clone()) {
        Some(path) => Settings::from_toml_file(std::path::Path::new(&path)).map_err(|e| e.to_string())?,
        None => Settings::default(),
    };
    flags
        .over(env.over(file))
        .resolve()
        .map_err(|e| format!("configuration: {e}"))
}

pub fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_target(false)
        .with_max_level(log_level())
        .init();
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("samenspraak: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    match runtime.block_on(run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("samenspraak: {e}");
            ExitCode::FAILURE
        }
    }
}

fn log_level() -> tracing::Level {
    match std::env::var("SAMENSPRAAK_LOG").as_deref() {
        Ok("debug") => tracing::Level::DEBUG,
        Ok("warn") => tracing::Level::WARN,
        Ok("error") => tracing::Level::ERROR,
        _ => tracing::Level::INFO,
    }
}

/// `SAMENSPRAAK_UPLOADS_PER_TEN_MINUTES`: files one person may send in ten minutes.
fn upload_limit(config: &mut Config) -> Result<(), String> {
    if let Ok(v) = std::env::var("SAMENSPRAAK_UPLOADS_PER_TEN_MINUTES") {
        config.uploads_per_ten_minutes = v
            .trim()
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| format!("uploads_per_ten_minutes: '{v}' is not a number above 0"))?;
    }
    Ok(())
}

async fn run(args: Args) -> Result<(), String> {
    let words: Vec<&str> = args.command.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["help"] | [] => {
            print!("{USAGE}");
            Ok(())
        }
        ["serve"] => {
            let mut config = config(args.flags)?;
            upload_limit(&mut config)?;
            serve(config, false).await
        }
        ["demo"] => {
            let mut config = config(args.flags)?;
            upload_limit(&mut config)?;
            serve(config, true).await
        }
        ["migrate"] => {
            let store = open(&config(args.flags)?).await?;
            let applied = store.migrate().await.map_err(|e| e.to_string())?;
            println!("{} migration(s) applied", applied.len());
            store.close().await;
            Ok(())
        }
        ["backup", file] => crate::cli_backup::backup(&config(args.flags)?, file).await,
        ["restore", file] => crate::cli_backup::restore(&config(args.flags)?, file).await,
        ["admin", "create-school", name] => {
            let store = open_migrated(&config(args.flags)?).await?;
            let school = schools::create(&store, name).await.map_err(|e| e.to_string())?;
            let (year, starts, ends) = schools::year_around(samenspraak_core::time::today(samenspraak_store::now()));
            schools::create_year(
                &store,
                &school.id,
                &year,
                starts,
                ends,
                &samenspraak_store::audit::Who::system(&school.id),
            )
            .await
            .map_err(|e| e.to_string())?;
            println!("school {} created with school year {year}", school.name);
            store.close().await;
            Ok(())
        }
        ["admin", "create-user"] => create_user(&config(args.flags.clone())?, &args.named).await,
        ["admin", "audit"] => crate::cli_privacy::audit(config(args.flags)?, &args.named).await,
        ["admin", "export-child"] => crate::cli_privacy::export_child(config(args.flags)?, &args.named).await,
        ["admin", "erase-child"] => crate::cli_privacy::erase_child(config(args.flags)?, &args.named).await,
        _ => Err(format!("unknown command '{}'\n\n{USAGE}", words.join(" "))),
    }
}

async fn open(config: &Config) -> Result<Store, String> {
    if config.database_url.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir)
            .map_err(|e| format!("data directory {}: {e}", config.data_dir.display()))?;
    }
    Store::connect(&config.database_url)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))
}

async fn open_migrated(config: &Config) -> Result<Store, String> {
    let store = open(config).await?;
    store.migrate().await.map_err(|e| e.to_string())?;
    Ok(store)
}

async fn serve(config: Config, demo: bool) -> Result<(), String> {
    let base_url = config.base_url.clone();
    let app = App::build(config).await.map_err(|e| e.to_string())?;
    let demo = if demo {
        Some(
            crate::demo::ensure(&app.state.store)
                .await
                .map_err(|e| format!("demo data: {e}"))?,
        )
    } else {
        None
    };
    let listener = app.bind().await.map_err(|e| e.to_string())?;
    println!("Samenspraak is running at {base_url}");
    if let Some(demo) = &demo {
        for a in &demo.accounts {
            println!("login {} {} {}", a.role.as_str(), a.email, a.password);
        }
        for (name, token) in &demo.guardian_links {
            println!("link guardian {name} {}/i/{token}", base_url.trim_end_matches('/'));
        }
        for (class, code) in &demo.class_codes {
            println!("link child {class} {}", crate::ui::qr::tablet_link(&base_url, code));
        }
    }
    app.serve(listener, shutdown_signal()).await;
    Ok(())
}

async fn create_user(config: &Config, admin: &[(String, String)]) -> Result<(), String> {
    let get = |k: &str| {
        admin
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| format!("--{k} is required"))
    };
    let school_name = get("school")?;
    let email = Email::parse(&get("email")?).map_err(|_| "--email is not a valid email address".to_string())?;
    let name = get("name")?;
    let role = StaffRole::parse(&get("role")?).ok_or("--role must be school_admin, teacher or care_coordinator")?;
    let (password, generated) = match std::env::var("SAMENSPRAAK_PASSWORD") {
        Ok(p) => (p, false),
        Err(_) => (samenspraak_store::new_secret()[..16].to_string(), true),
    };
    check_new_password(&password).map_err(|_| "SAMENSPRAAK_PASSWORD must be at least 10 characters".to_string())?;
    let store = open_migrated(config).await?;
    let school = schools::list(&store)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .find(|s| s.name == school_name || s.id.as_str() == school_name)
        .ok_or_else(|| {
            format!("no school named '{school_name}'; create it first with: samenspraak admin create-school")
        })?;
    let hash = password_auth::generate_hash(&password);
    let new = staff::NewStaff {
        school: &school.id,
        name: &name,
        email: &email,
        password_hash: &hash,
        role,
        language: Some(Language::Nl),
    };
    staff::create(&store, new).await.map_err(|e| match e {
        samenspraak_store::StoreError::Conflict(_) => {
            format!("{} already has an account", email.as_str())
        }
        other => other.to_string(),
    })?;
    store.close().await;
    if generated {
        println!("login {} {} {password}", role.as_str(), email.as_str());
    } else {
        println!("account {} created", email.as_str());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Args {
        parse_args(s.split_whitespace().map(String::from)).unwrap()
    }

    #[test]
    fn options_before_and_after_the_command() {
        let a = args("--port 9000 demo --database-url=postgres://x/y");
        assert_eq!(a.command, vec!["demo"]);
        assert_eq!(a.flags.port.as_deref(), Some("9000"));
        assert_eq!(a.flags.database_url.as_deref(), Some("postgres://x/y"));
    }

    #[test]
    fn unknown_options_are_refused() {
        assert!(
            parse_args(["--colour".to_string(), "red".into()])
                .unwrap_err()
                .contains("--colour")
        );
        assert!(
            parse_args(["--port".to_string()])
                .unwrap_err()
                .contains("needs a value")
        );
    }
}
