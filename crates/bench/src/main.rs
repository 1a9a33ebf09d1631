//! `samenspraak-bench`: benchmarks of Samenspraak, each measured against a floor in the same
//! run and printed as one JSON line. Benchmarks, not tests: they print figures and assert
//! nothing.
//!
//! ```text
//! samenspraak-bench rush [--families N] [--slots M] [--database-url URL] [--instances K]
//! samenspraak-bench kill [--kills N] [--families F] [--database-url URL] [--instances 2]
//! samenspraak-bench planners [--repeats N]
//! ```

mod db;
mod families;
mod floors;
mod http;
mod kill;
mod planners;
mod rush;
mod seed;
mod serve;
mod servers;

use std::process::ExitCode;

// As the production binary: the server's figures depend on its allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
usage:
  samenspraak-bench rush [--families N] [--slots M] [--database-url URL] [--instances K]
      the moment booking opens: N families (2000) book M slots (as many) at once over HTTP,
      on a throw-away SQLite database, or on a new database of the PostgreSQL server at URL
      with K servers; prints one JSON line with the figures and both floors
  samenspraak-bench kill [--kills N] [--families F] [--database-url URL] [--instances 2]
      F families (60) keep booking and cancelling while the server is killed with SIGKILL
      N times (20) at random moments and started again; after each restart checks that
      what every family was told holds, no double booking, integrity_check ok, one mail
      per booking; with two instances the first is killed and the families go on through
      the other; prints one JSON line, fails on any broken promise
  samenspraak-bench planners [--repeats N]
      the child-talk planner for 30 classes and the school's proposal for 600 families,
      each N times (5) beside its floor; prints one JSON line each
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    match runtime.block_on(run(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("samenspraak-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: &[String]) -> Result<(), String> {
    let (command, named) = args.split_first().ok_or_else(|| USAGE.to_string())?;
    let named = options(named)?;
    let text = |name: &str| named.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let number = |name: &str, default: usize| -> Result<usize, String> {
        match text(name) {
            Some(v) => v
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("--{name} must be a whole number above 0")),
            None => Ok(default),
        }
    };
    match command.as_str() {
        "rush" => {
            let families = number("families", 2000)?;
            let line = rush::run(rush::Options {
                families,
                slots: number("slots", families)?,
                database_url: text("database-url"),
                instances: number("instances", 1)?,
            })
            .await?;
            println!("{line}");
            Ok(())
        }
        "kill" => {
            let line = kill::run(kill::Options {
                kills: number("kills", 20)?,
                families: number("families", 60)?,
                database_url: text("database-url"),
                instances: number("instances", 1)?,
            })
            .await?;
            println!("{line}");
            Ok(())
        }
        "planners" => {
            for line in planners::run(number("repeats", 5)?) {
                println!("{line}");
            }
            Ok(())
        }
        // The rush's own servers; not for people to start.
        "serve" => {
            serve::run(serve::Options {
                database_url: text("database-url").ok_or("--database-url is needed")?,
                data_dir: text("data-dir").ok_or("--data-dir is needed")?.into(),
                port: number("port", 8080)? as u16,
            })
            .await
        }
        "help" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command '{other}'\n\n{USAGE}")),
    }
}

/// `--name value` pairs.
fn options(args: &[String]) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let name = arg
            .strip_prefix("--")
            .ok_or_else(|| format!("unexpected '{arg}'\n\n{USAGE}"))?;
        let value = args.next().ok_or_else(|| format!("--{name} needs a value"))?;
        out.push((name.to_string(), value.clone()));
    }
    Ok(out)
}
