//! How an installation is configured: defaults, then an optional TOML file, then
//! `SAMENSPRAAK_*` environment variables, then command-line flags. A bad value stops
//! start-up with one line that says which setting is wrong and what is expected.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// `sqlite://…` or `postgres://…`; by default an SQLite file in the data dir.
    pub database_url: String,
    pub data_dir: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    /// The address people use to reach the app; every printed or mailed link starts with it.
    pub base_url: String,
    /// Read the client address from `X-Forwarded-For` (only behind a reverse proxy).
    pub trust_forwarded: bool,
    pub mail: MailConfig,
    /// Files one person may send in ten minutes (`throttle`); `SAMENSPRAAK_UPLOADS_PER_TEN_MINUTES`.
    pub uploads_per_ten_minutes: usize,
    /// Children's media in an S3-compatible bucket; without one, in `<data dir>/media`.
    pub media_bucket: Option<BucketConfig>,
}

/// An S3-compatible bucket for children's media (`media_bucket`, `media_endpoint`,
/// `media_region`, `media_access_key_id`, `media_secret_access_key`). Without keys in the
/// settings, the usual `AWS_*` environment variables are read.
#[derive(Clone, PartialEq, Eq)]
pub struct BucketConfig {
    pub bucket: String,
    /// `https://s3.example.be` for a server other than Amazon's; `http://` only on a
    /// private network.
    pub endpoint: Option<String>,
    pub region: String,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
}

impl std::fmt::Debug for BucketConfig {
    // The secret never reaches a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BucketConfig")
            .field("bucket", &self.bucket)
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

/// How mail leaves: through an SMTP server, or, without one, not at all (mails wait in the
/// outbox and the teacher sees that).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailConfig {
    /// `smtp://host:port` (STARTTLS when offered), `smtps://host:port`, with
    /// `user:password@` if the server asks for it.
    pub smtp_url: Option<String>,
    /// The sender, e.g. `Basisschool De Regenboog <kom@regenboog.be>`.
    pub from: String,
    /// How often the outbox is looked at.
    pub poll: std::time::Duration,
    /// The first wait after a failed try, in seconds; it doubles with each try.
    pub retry_base_seconds: i64,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            smtp_url: None,
            from: "Samenspraak <noreply@samenspraak.invalid>".into(),
            poll: std::time::Duration::from_secs(5),
            retry_base_seconds: 30,
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{setting}: {problem}")]
pub struct ConfigError {
    pub setting: String,
    pub problem: String,
}

fn err(setting: &str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        setting: setting.to_string(),
        problem: problem.into(),
    }
}

/// Settings as given, before defaults; each source fills what it knows.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub database_url: Option<String>,
    pub data_dir: Option<String>,
    pub bind: Option<String>,
    pub port: Option<String>,
    pub base_url: Option<String>,
    pub trust_forwarded: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub media_bucket: Option<String>,
    pub media_endpoint: Option<String>,
    pub media_region: Option<String>,
    pub media_access_key_id: Option<String>,
    pub media_secret_access_key: Option<String>,
    pub config_file: Option<String>,
}

impl Settings {
    /// Values from the environment (`SAMENSPRAAK_PORT`, …).
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Self {
        let var = |name: &str| get(&format!("SAMENSPRAAK_{name}")).filter(|v| !v.trim().is_empty());
        Self {
            database_url: var("DATABASE_URL"),
            data_dir: var("DATA_DIR"),
            bind: var("BIND"),
            port: var("PORT"),
            base_url: var("BASE_URL"),
            trust_forwarded: var("TRUST_FORWARDED"),
            smtp_url: var("SMTP_URL"),
            mail_from: var("MAIL_FROM"),
            media_bucket: var("MEDIA_BUCKET"),
            media_endpoint: var("MEDIA_ENDPOINT"),
            media_region: var("MEDIA_REGION"),
            media_access_key_id: var("MEDIA_ACCESS_KEY_ID"),
            media_secret_access_key: var("MEDIA_SECRET_ACCESS_KEY"),
            config_file: var("CONFIG"),
        }
    }

    /// Reads a TOML file with the same keys (`port = 8080`, `database_url = "…"`, …).
    pub fn from_toml_file(path: &Path) -> Result<Self, ConfigError> {
        let setting = format!("config file {}", path.display());
        let text = std::fs::read_to_string(path).map_err(|e| err(&setting, format!("cannot be read ({e})")))?;
        let table: toml::Table = toml::from_str(&text).map_err(|e| err(&setting, e.message().trim().to_string()))?;
        let mut out = Settings::default();
        for (key, value) in table {
            // Numbers and booleans are read as the text they would be in a variable.
            let value = match value {
                toml::Value::String(s) => s,
                toml::Value::Integer(i) => i.to_string(),
                toml::Value::Boolean(b) => b.to_string(),
                other => {
                    return Err(err(
                        &setting,
                        format!("'{key}' must be text, a number or true/false, not {}", other.type_str()),
                    ));
                }
            };
            let slot = match key.as_str() {
                "database_url" => &mut out.database_url,
                "data_dir" => &mut out.data_dir,
                "bind" => &mut out.bind,
                "port" => &mut out.port,
                "base_url" => &mut out.base_url,
                "trust_forwarded" => &mut out.trust_forwarded,
                "smtp_url" => &mut out.smtp_url,
                "mail_from" => &mut out.mail_from,
                "media_bucket" => &mut out.media_bucket,
                "media_endpoint" => &mut out.media_endpoint,
                "media_region" => &mut out.media_region,
                "media_access_key_id" => &mut out.media_access_key_id,
                "media_secret_access_key" => &mut out.media_secret_access_key,
                _ => {
                    return Err(err(
                        &setting,
                        format!(
                            "unknown setting '{key}'; known: database_url, data_dir, bind, port, base_url, trust_forwarded, smtp_url, mail_from, media_bucket, media_endpoint, media_region, media_access_key_id, media_secret_access_key"
                        ),
                    ));
                }
            };
            *slot = Some(value);
        }
        Ok(out)
    }

    /// `self` wins over `lower` wherever it has a value.
    pub fn over(self, lower: Settings) -> Settings {
        Settings {
            database_url: self.database_url.or(lower.database_url),
            data_dir: self.data_dir.or(lower.data_dir),
            bind: self.bind.or(lower.bind),
            port: self.port.or(lower.port),
            base_url: self.base_url.or(lower.base_url),
            trust_forwarded: self.trust_forwarded.or(lower.trust_forwarded),
            smtp_url: self.smtp_url.or(lower.smtp_url),
            mail_from: self.mail_from.or(lower.mail_from),
            media_bucket: self.media_bucket.or(lower.media_bucket),
            media_endpoint: self.media_endpoint.or(lower.media_endpoint),
            media_region: self.media_region.or(lower.media_region),
            media_access_key_id: self.media_access_key_id.or(lower.media_access_key_id),
            media_secret_access_key: self.media_secret_access_key.or(lower.media_secret_access_key),
            config_file: self.config_file.or(lower.config_file),
        }
    }

    pub fn resolve(self) -> Result<Config, ConfigError> {
        let data_dir = PathBuf::from(self.data_dir.unwrap_or_else(|| "./data".into()));
        let bind: IpAddr = match self.bind {
            Some(b) => b
                .trim()
                .parse()
                .map_err(|_| err("bind", format!("'{b}' is not an IP address, e.g. 127.0.0.1 or 0.0.0.0")))?,
            None => IpAddr::from([127, 0, 0, 1]),
        };
        let port: u16 = match self.port {
            Some(p) => p
                .trim()
                .parse()
                .ok()
                .filter(|&p| p > 0)
                .ok_or_else(|| err("port", format!("'{p}' is not a port number (1–65535)")))?,
            None => 8080,
        };
        let database_url = match self.database_url {
            Some(url)
                if url.starts_with("sqlite:") || url.starts_with("postgres://") || url.starts_with("postgresql://") =>
            {
                url
            }
            Some(url) => {
                return Err(err(
                    "database_url",
                    format!("'{url}' is neither sqlite://… nor postgres://…"),
                ));
            }
            None => format!("sqlite://{}?mode=rwc", data_dir.join("samenspraak.db").display()),
        };
        let base_url = match self.base_url {
            Some(u) if u.starts_with("http://") || u.starts_with("https://") => u.trim_end_matches('/').to_string(),
            Some(u) => {
                return Err(err("base_url", format!("'{u}' must start with http:// or https://")));
            }
            None => {
                let host = if bind.is_unspecified() {
                    IpAddr::from([127, 0, 0, 1])
                } else {
                    bind
                };
                match host {
                    IpAddr::V6(v6) => format!("http://[{v6}]:{port}"),
                    IpAddr::V4(v4) => format!("http://{v4}:{port}"),
                }
            }
        };
        let trust_forwarded = match self.trust_forwarded.as_deref().map(str::trim) {
            None | Some("false" | "0" | "no") => false,
            Some("true" | "1" | "yes") => true,
            Some(other) => {
                return Err(err("trust_forwarded", format!("'{other}' is not true or false")));
            }
        };
        let smtp_url = match self.smtp_url.map(|u| u.trim().to_string()) {
            None => None,
            Some(u) if u.starts_with("smtp://") || u.starts_with("smtps://") => Some(u),
            Some(u) => {
                return Err(err(
                    "smtp_url",
                    format!("'{u}' must start with smtp:// or smtps://, e.g. smtp://mail.school.be:587"),
                ));
            }
        };
        let mut mail = MailConfig {
            smtp_url,
            ..MailConfig::default()
        };
        if let Some(from) = self.mail_from {
            if from.parse::<lettre::message::Mailbox>().is_err() {
                return Err(err(
                    "mail_from",
                    format!("'{from}' is not a sender, e.g. Basisschool De Regenboog <kom@regenboog.be>"),
                ));
            }
            mail.from = from;
        }
        let media_bucket = match self.media_bucket.map(|b| b.trim().to_string()) {
            None => {
                // A bucket's other settings without the bucket would be ignored silently.
                let given = [
                    ("media_endpoint", &self.media_endpoint),
                    ("media_region", &self.media_region),
                    ("media_access_key_id", &self.media_access_key_id),
                    ("media_secret_access_key", &self.media_secret_access_key),
                ];
                if let Some((setting, _)) = given.iter().find(|(_, v)| v.is_some()) {
                    return Err(err(setting, "is set, but media_bucket is not: set both, or neither"));
                }
                None
            }
            Some(bucket) => {
                // The S3 library reads these from the environment too: taken here, so they
                // pass the same check and the start-up line names the server in use.
                let from_env = || {
                    ["AWS_ENDPOINT_URL", "AWS_ENDPOINT"]
                        .iter()
                        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
                };
                let given = self.media_endpoint.or_else(from_env);
                let endpoint = match given.map(|e| e.trim().trim_end_matches('/').to_string()) {
                    None => None,
                    Some(e) if e.starts_with("https://") || e.starts_with("http://") => Some(e),
                    Some(e) => {
                        return Err(err(
                            "media_endpoint",
                            format!("'{e}' must start with https:// (or http:// on a private network)"),
                        ));
                    }
                };
                if bucket.is_empty() || !bucket.chars().all(|c| c.is_ascii_alphanumeric() || "-._".contains(c)) {
                    return Err(err("media_bucket", format!("'{bucket}' is not a bucket name")));
                }
                if self.media_access_key_id.is_some() != self.media_secret_access_key.is_some() {
                    return Err(err(
                        "media_access_key_id",
                        "and media_secret_access_key go together: set both, or neither (then AWS_* are read)",
                    ));
                }
                Some(BucketConfig {
                    bucket,
                    endpoint,
                    region: self
                        .media_region
                        .or_else(|| std::env::var("AWS_REGION").ok().filter(|r| !r.trim().is_empty()))
                        .unwrap_or_else(|| "us-east-1".into()),
                    access_key_id: self.media_access_key_id,
                    secret_access_key: self.media_secret_access_key,
                })
            }
        };
        Ok(Config {
            database_url,
            data_dir,
            bind,
            port,
            base_url,
            trust_forwarded,
            mail,
            uploads_per_ten_minutes: crate::throttle::UPLOADS.0,
            media_bucket,
        })
    }
}

impl Config {
    /// Session cookies get `Secure` when people reach the app over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// A configuration for tests: SQLite or PostgreSQL at `database_url`, any free port.
    pub fn for_tests(database_url: &str, data_dir: &Path) -> Self {
        Self {
            database_url: database_url.to_string(),
            data_dir: data_dir.to_path_buf(),
            bind: IpAddr::from([127, 0, 0, 1]),
            port: 0,
            base_url: "http://127.0.0.1".into(),
            trust_forwarded: false,
            // No mail server unless a test starts one; the outbox is looked at often.
            mail: MailConfig {
                poll: std::time::Duration::from_millis(100),
                retry_base_seconds: 0,
                ..MailConfig::default()
            },
            uploads_per_ten_minutes: crate::throttle::UPLOADS.0,
            media_bucket: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_a_local_sqlite_demo() {
        let c = Settings::default().resolve().unwrap();
        assert_eq!(c.port, 8080);
        assert_eq!(c.base_url, "http://127.0.0.1:8080");
        assert!(c.database_url.starts_with("sqlite://./data/samenspraak.db"));
    }

    #[test]
    fn env_beats_file_and_flags_beat_env() {
        let env = Settings::from_env(|k| (k == "SAMENSPRAAK_PORT").then(|| "9000".to_string()));
        let file = Settings {
            port: Some("7000".into()),
            bind: Some("0.0.0.0".into()),
            ..Default::default()
        };
        let flags = Settings {
            port: Some("9100".into()),
            ..Default::default()
        };
        let c = flags.over(env.over(file)).resolve().unwrap();
        assert_eq!((c.port, c.bind.to_string()), (9100, "0.0.0.0".into()));
        assert_eq!(c.base_url, "http://127.0.0.1:9100");
    }

    #[test]
    fn a_toml_file_takes_numbers_and_text() {
        let path = std::env::temp_dir().join(format!("samenspraak-config-{}.toml", std::process::id()));
        std::fs::write(&path, "port = 9090\nbind = \"0.0.0.0\"\ntrust_forwarded = true\n").unwrap();
        let c = Settings::from_toml_file(&path).unwrap().resolve().unwrap();
        assert_eq!(
            (c.port, c.bind.to_string(), c.trust_forwarded),
            (9090, "0.0.0.0".into(), true)
        );
        std::fs::write(&path, "poort = 9090\n").unwrap();
        let e = Settings::from_toml_file(&path).unwrap_err().to_string();
        assert!(e.contains("unknown setting 'poort'"), "{e}");
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn bad_values_name_the_setting() {
        let bad = |s: Settings| s.resolve().unwrap_err().to_string();
        assert_eq!(
            bad(Settings {
                port: Some("acht".into()),
                ..Default::default()
            }),
            "port: 'acht' is not a port number (1–65535)"
        );
        assert!(
            bad(Settings {
                database_url: Some("mysql://x".into()),
                ..Default::default()
            })
            .starts_with("database_url:")
        );
        assert!(
            bad(Settings {
                base_url: Some("school.be".into()),
                ..Default::default()
            })
            .starts_with("base_url:")
        );
        assert_eq!(
            bad(Settings {
                media_bucket: Some("media".into()),
                media_endpoint: Some("s3.school.be".into()),
                ..Default::default()
            }),
            "media_endpoint: 's3.school.be' must start with https:// (or http:// on a private network)"
        );
        assert!(
            bad(Settings {
                media_bucket: Some("media/../x".into()),
                ..Default::default()
            })
            .starts_with("media_bucket:")
        );
        assert!(
            bad(Settings {
                media_endpoint: Some("https://s3.school.be".into()),
                ..Default::default()
            })
            .starts_with("media_endpoint: is set, but media_bucket is not")
        );
        assert!(
            bad(Settings {
                media_bucket: Some("media".into()),
                media_access_key_id: Some("key".into()),
                ..Default::default()
            })
            .starts_with("media_access_key_id:")
        );
    }

    #[test]
    fn a_bucket_is_read_with_its_keys_and_never_logs_the_secret() {
        let c = Settings {
            media_bucket: Some("school-media".into()),
            media_endpoint: Some("https://s3.school.be/".into()),
            media_access_key_id: Some("key".into()),
            media_secret_access_key: Some("geheim-123".into()),
            ..Default::default()
        }
        .resolve()
        .unwrap();
        let b = c.media_bucket.unwrap();
        assert_eq!(b.endpoint.as_deref(), Some("https://s3.school.be"));
        assert_eq!(b.region, "us-east-1");
        assert!(!format!("{b:?}").contains("geheim"), "{b:?}");
    }
}
