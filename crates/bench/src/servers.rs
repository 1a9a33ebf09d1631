//! The servers a rush is played against: `samenspraak-bench serve` processes (the real app
//! with the floor beside it) on free ports of 127.0.0.1, killed when dropped.

use std::time::Duration;

/// The server processes, killed when dropped.
pub struct Servers {
    hosts: Vec<String>,
    children: Vec<std::process::Child>,
    data: std::path::PathBuf,
    url: String,
}

impl Servers {
    pub fn start(url: &str, instances: usize) -> Result<Self, String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let data = std::env::temp_dir().join(format!("samenspraak-rush-{}", samenspraak_store::new_id()));
        let mut servers = Servers {
            hosts: Vec::new(),
            children: Vec::new(),
            data,
            url: url.to_string(),
        };
        for _ in 0..instances {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .map_err(|e| e.to_string())?
                .port();
            let host = format!("127.0.0.1:{port}");
            servers.children.push(servers.spawn(&exe, &host)?);
            servers.hosts.push(host);
        }
        for host in &servers.hosts {
            wait_up(host)?;
        }
        Ok(servers)
    }

    fn spawn(&self, exe: &std::path::Path, host: &str) -> Result<std::process::Child, String> {
        let port = host.rsplit(':').next().unwrap_or_default();
        std::process::Command::new(exe)
            .args(["serve", "--port", port])
            .args(["--database-url", &self.url, "--data-dir"])
            .arg(&self.data)
            .stdout(std::process::Stdio::null())
            .spawn()
            .map_err(|e| format!("start a server: {e}"))
    }

    /// Kills server `i` with SIGKILL, as a power cut or the kernel's OOM killer would, and
    /// starts it again on the same port.
    pub fn kill_and_start(&mut self, i: usize) -> Result<(), String> {
        self.kill(i);
        self.start_again(i)
    }

    /// Kills server `i` with SIGKILL.
    pub fn kill(&mut self, i: usize) {
        let _ = self.children[i].kill();
        let _ = self.children[i].wait();
    }

    /// Starts server `i` again on its port, once it was killed.
    pub fn start_again(&mut self, i: usize) -> Result<(), String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let host = self.hosts[i].clone();
        self.children[i] = self.spawn(&exe, &host)?;
        wait_up(&host)
    }

    pub fn host(&self, i: usize) -> &str {
        &self.hosts[i % self.hosts.len()]
    }

    /// The highest peak resident memory of the server processes, in MB.
    pub fn peak_rss_mb(&self) -> f64 {
        self.children
            .iter()
            .filter_map(|c| {
                let status = std::fs::read_to_string(format!("/proc/{}/status", c.id())).ok()?;
                let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
                line.split_whitespace().nth(1)?.parse::<f64>().ok()
            })
            .fold(0.0, f64::max)
            / 1024.0
    }
}

/// Waits until the server at `host` takes connections (ten seconds at most).
fn wait_up(host: &str) -> Result<(), String> {
    let up = (0..200).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        std::net::TcpStream::connect(host).is_ok()
    });
    if up {
        Ok(())
    } else {
        Err(format!("the server at {host} did not start"))
    }
}

impl Drop for Servers {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = c.kill();
            let _ = c.wait();
        }
        let _ = std::fs::remove_dir_all(&self.data);
    }
}
