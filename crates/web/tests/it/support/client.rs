//! A small HTTP client that keeps cookies like a browser and never follows redirects, so
//! tests see exactly what the server answered.

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::header::{HeaderMap, HeaderName, HeaderValue};
use hyper::{Method, Request, StatusCode};
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::collections::BTreeMap;
use std::sync::Mutex;

pub struct Client {
    base: String,
    /// The site its pages come from, sent as `Origin` with every form, as a browser does.
    origin: String,
    http: HyperClient<HttpConnector, Full<Bytes>>,
    cookies: Mutex<BTreeMap<String, String>>,
    pub accept_language: Mutex<Option<String>>,
    /// Sent as `X-Forwarded-For`: where this client seems to be, for an app that trusts a
    /// reverse proxy.
    pub forwarded_for: Mutex<Option<String>>,
}

#[derive(Debug)]
pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// The body as sent, for files.
    pub bytes: Vec<u8>,
}

impl Resp {
    pub fn location(&self) -> Option<&str> {
        self.headers.get("location").and_then(|v| v.to_str().ok())
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The text of the first element with this id, tags stripped (a crude but honest
    /// look at what a reader sees next to a field).
    pub fn text_of(&self, id: &str) -> Option<String> {
        let start = self.body.find(&format!("id=\"{id}\""))?;
        let open_end = start + self.body[start..].find('>')? + 1;
        let close = open_end + self.body[open_end..].find("</")?;
        Some(self.body[open_end..close].trim().to_string())
    }
}

impl Client {
    pub fn new(base: &str) -> Self {
        Self {
            base: base.to_string(),
            origin: base.to_string(),
            http: HyperClient::builder(TokioExecutor::new()).build_http(),
            cookies: Mutex::new(BTreeMap::new()),
            accept_language: Mutex::new(None),
            forwarded_for: Mutex::new(None),
        }
    }

    /// The same browser (its cookies) talking to another address: a second app instance.
    pub fn on(self, base: &str) -> Self {
        Self {
            base: base.to_string(),
            ..self
        }
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().unwrap().get(name).cloned()
    }

    pub fn set_cookie(&self, name: &str, value: &str) {
        self.cookies.lock().unwrap().insert(name.into(), value.into());
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.request(Method::GET, path, &[], Vec::new()).await
    }

    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.request(
            Method::POST,
            path,
            &[("content-type", "application/x-www-form-urlencoded")],
            body.into_bytes(),
        )
        .await
    }

    pub async fn post_file(&self, path: &str, field: &str, file_name: &str, bytes: &[u8]) -> Resp {
        let boundary = "----samenspraak-test-boundary";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let ct = format!("multipart/form-data; boundary={boundary}");
        self.request(Method::POST, path, &[("content-type", &ct)], body).await
    }

    /// A multipart form: each part a name, a file name for files, and its bytes.
    pub async fn post_multipart(&self, path: &str, parts: &[(&str, Option<&str>, &[u8])]) -> Resp {
        let boundary = "----samenspraak-test-boundary";
        let mut body = Vec::new();
        for (name, file_name, bytes) in parts {
            let disposition = match file_name {
                Some(f) => {
                    format!("form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream")
                }
                None => format!("form-data; name=\"{name}\""),
            };
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n").as_bytes());
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let ct = format!("multipart/form-data; boundary={boundary}");
        self.request(Method::POST, path, &[("content-type", &ct)], body).await
    }

    pub async fn request(&self, method: Method, path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Resp {
        let safe = method == Method::GET || method == Method::HEAD;
        let mut req = Request::builder().method(method).uri(format!("{}{}", self.base, path));
        let cookie_header = self
            .cookies
            .lock()
            .unwrap()
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        if !cookie_header.is_empty() {
            req = req.header("cookie", cookie_header);
        }
        if let Some(lang) = self.accept_language.lock().unwrap().clone() {
            req = req.header("accept-language", lang);
        }
        let says_where_from = headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("origin") || k.eq_ignore_ascii_case("sec-fetch-site"));
        if !safe && !says_where_from {
            req = req.header("origin", self.origin.as_str());
        }
        if let Some(address) = self.forwarded_for.lock().unwrap().clone() {
            req = req.header("x-forwarded-for", address);
        }
        for (k, v) in headers {
            req = req.header(
                HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        let response = self
            .http
            .request(req.body(Full::new(Bytes::from(body))).unwrap())
            .await
            .expect("request sent");
        let status = response.status();
        let headers = response.headers().clone();
        for set in headers.get_all("set-cookie") {
            let set = set.to_str().unwrap();
            let (pair, attrs) = set.split_once(';').unwrap_or((set, ""));
            let (name, value) = pair.split_once('=').unwrap();
            let mut jar = self.cookies.lock().unwrap();
            if attrs.contains("Max-Age=0") {
                jar.remove(name);
            } else {
                jar.insert(name.to_string(), value.to_string());
            }
        }
        let bytes = response.into_body().collect().await.expect("body read").to_bytes();
        Resp {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
