//! The two floors a rush is read against, measured in the same run on the same servers:
//! a bare unique insert per request, and HTTP alone.

use crate::http::{Connection, ms};
use crate::servers::Servers;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Barrier;

pub struct Floor {
    pub requests: usize,
    pub inserts: usize,
    pub failed: usize,
    pub latencies: Vec<f64>,
    pub took: Duration,
}

/// As many requests as families, all at once, each inserting its own key.
pub async fn floor(servers: &Servers, n: usize) -> Result<Floor, String> {
    let barrier = Arc::new(Barrier::new(n + 1));
    let mut tasks = Vec::with_capacity(n);
    for i in 0..n {
        let host = servers.host(i).to_string();
        let barrier = barrier.clone();
        tasks.push(tokio::spawn(async move {
            let mut c = Connection::open(&host, "").await;
            barrier.wait().await;
            let key = format!("floor{i:08}");
            match &mut c {
                Ok(c) => c.post_form("/bench/floor", &[("slot", &key), ("key", &key)]).await,
                Err(e) => Err(std::io::Error::other(e.to_string())),
            }
        }));
    }
    barrier.wait().await;
    let started = Instant::now();
    let mut out = Floor {
        requests: n,
        inserts: 0,
        failed: 0,
        latencies: Vec::with_capacity(n),
        took: Duration::ZERO,
    };
    for t in tasks {
        match t.await.map_err(|e| e.to_string())? {
            Ok(a) if a.status == 201 => {
                out.inserts += 1;
                out.latencies.push(ms(&a));
            }
            _ => out.failed += 1,
        }
    }
    out.took = started.elapsed();
    Ok(out)
}

/// The ceiling HTTP itself puts on this machine: each family's connection asks for a small
/// static file as many times as a family sends requests in a rush, all at once. No session,
/// no database, the same client.
pub async fn http_floor(servers: &Servers, n: usize) -> Result<Floor, String> {
    const PER_FAMILY: usize = 4;
    let barrier = Arc::new(Barrier::new(n + 1));
    let mut tasks = Vec::with_capacity(n);
    let logo = samenspraak_web::assets::url("logo.svg");
    for i in 0..n {
        let host = servers.host(i).to_string();
        let barrier = barrier.clone();
        let logo = logo.clone();
        tasks.push(tokio::spawn(async move {
            let c = Connection::open(&host, "").await;
            barrier.wait().await;
            let mut c = c?;
            let mut took = Vec::with_capacity(PER_FAMILY);
            for _ in 0..PER_FAMILY {
                let a = c.get(&logo).await?;
                if a.status != 200 {
                    return Err(std::io::Error::other(format!("status {}", a.status)));
                }
                took.push(ms(&a));
            }
            Ok::<_, std::io::Error>(took)
        }));
    }
    barrier.wait().await;
    let started = Instant::now();
    let mut out = Floor {
        requests: n * PER_FAMILY,
        inserts: 0,
        failed: 0,
        latencies: Vec::with_capacity(n * PER_FAMILY),
        took: Duration::ZERO,
    };
    for t in tasks {
        match t.await.map_err(|e| e.to_string())? {
            Ok(took) => out.latencies.extend(took),
            Err(_) => out.failed += 1,
        }
    }
    out.took = started.elapsed();
    Ok(out)
}
