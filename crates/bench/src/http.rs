//! Just enough HTTP/1.1 for the benchmark: one kept-alive connection per family, a GET or a
//! form POST with a cookie, and the answer's status, `Location` and body. Written out here so
//! that the server's binary needs no HTTP client library.

use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

pub struct Connection {
    host: String,
    cookie: String,
    stream: BufReader<TcpStream>,
}

pub struct Answer {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
    /// From the first byte sent to the last byte read.
    pub took: Duration,
}

impl Connection {
    pub async fn open(host: &str, cookie: &str) -> std::io::Result<Self> {
        let stream = TcpStream::connect(host).await?;
        stream.set_nodelay(true)?;
        Ok(Self {
            host: host.to_string(),
            cookie: cookie.to_string(),
            stream: BufReader::new(stream),
        })
    }

    pub async fn get(&mut self, path: &str) -> std::io::Result<Answer> {
        let head = format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nCookie: {}\r\n\r\n",
            self.host, self.cookie
        );
        self.exchange(head.into_bytes()).await
    }

    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> std::io::Result<Answer> {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&");
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\nCookie: {}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            self.cookie,
            body.len(),
            host = self.host,
        );
        self.exchange(request.into_bytes()).await
    }

    async fn exchange(&mut self, request: Vec<u8>) -> std::io::Result<Answer> {
        let started = Instant::now();
        self.stream.get_mut().write_all(&request).await?;
        let mut line = String::new();
        self.stream.read_line(&mut line).await?;
        let status = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("not an HTTP answer: {line:?}")))?;
        let (mut length, mut location) = (0usize, None);
        loop {
            line.clear();
            self.stream.read_line(&mut line).await?;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                let value = value.trim();
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.parse().unwrap_or(0);
                } else if name.eq_ignore_ascii_case("location") {
                    location = Some(value.to_string());
                } else if name.eq_ignore_ascii_case("transfer-encoding") {
                    return Err(std::io::Error::other("chunked answers are not expected here"));
                }
            }
        }
        let mut body = vec![0; length];
        self.stream.read_exact(&mut body).await?;
        Ok(Answer {
            status,
            location,
            body: String::from_utf8_lossy(&body).into_owned(),
            took: started.elapsed(),
        })
    }
}

/// How long an answer took, in milliseconds.
pub fn ms(a: &Answer) -> f64 {
    a.took.as_secs_f64() * 1000.0
}
