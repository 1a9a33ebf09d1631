//! Where children's media live: the data dir's folder (the default) or an S3-compatible
//! bucket, opened from the settings. What is done with them (uploads, downloads, deletes)
//! is `services::media_files`; this is only the handle the app's state holds.
//!
//! The bucket is `object_store`'s S3 client. Its HTTP goes through a small connector of
//! ours (hyper with rustls on ring, the TLS stack the mailer has already): no second TLS
//! library and no C crypto build come with it.

use crate::config::{BucketConfig, Config};
use async_trait::async_trait;
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use object_store::ClientOptions;
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::client::{
    HttpClient, HttpConnector as Connects, HttpError, HttpErrorKind, HttpRequest, HttpRequestBody, HttpResponse,
    HttpResponseBody, HttpService,
};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Where the media live.
#[derive(Clone)]
pub enum Media {
    /// `<data dir>/media`, named by the data dir.
    Folder(PathBuf),
    Bucket(Bucket),
}

impl Media {
    /// The bucket the configuration names, else the data dir's folder.
    pub fn open(config: &Config) -> Result<Self, String> {
        match &config.media_bucket {
            Some(b) => Ok(Self::Bucket(Bucket::open(b)?)),
            None => Ok(Self::Folder(config.data_dir.clone())),
        }
    }
}

/// An S3-compatible bucket; its objects are `media/<id>`.
#[derive(Clone)]
pub struct Bucket {
    pub store: Arc<AmazonS3>,
    pub name: String,
}

impl Bucket {
    /// Opens the bucket the settings name; credentials from the settings, else from the
    /// environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, …). Nothing is asked of
    /// the server yet (`/readyz` does).
    pub fn open(config: &BucketConfig) -> Result<Self, String> {
        // A bucket that is away answers within seconds, not after S3's minutes of retries.
        let retry = object_store::RetryConfig {
            max_retries: 3,
            retry_timeout: std::time::Duration::from_secs(10),
            ..object_store::RetryConfig::default()
        };
        let mut builder = AmazonS3Builder::from_env()
            .with_bucket_name(&config.bucket)
            .with_region(&config.region)
            .with_retry(retry)
            .with_http_connector(Connector);
        if let Some(endpoint) = &config.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                // S3-compatible servers (MinIO, Ceph, Garage) are addressed by path.
                .with_virtual_hosted_style_request(false)
                .with_allow_http(endpoint.starts_with("http://"));
        }
        if let (Some(id), Some(secret)) = (&config.access_key_id, &config.secret_access_key) {
            builder = builder.with_access_key_id(id).with_secret_access_key(secret);
        }
        let store = builder.build().map_err(|e| format!("media bucket: {e}"))?;
        let name = match &config.endpoint {
            Some(endpoint) => format!("bucket {} at {endpoint}", config.bucket),
            None => format!("bucket {} (S3, {})", config.bucket, config.region),
        };
        Ok(Self {
            store: Arc::new(store),
            name,
        })
    }
}

/// Makes the HTTP client `object_store` sends its requests with.
#[derive(Debug)]
struct Connector;

/// How long a connection to the bucket may take to open, and a request to be answered
/// (its headers; a download's body streams for as long as the reader reads).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

impl Connects for Connector {
    fn connect(&self, _options: &ClientOptions) -> object_store::Result<HttpClient> {
        let mut http = HttpConnector::new();
        http.set_connect_timeout(Some(CONNECT_TIMEOUT));
        http.enforce_http(false);
        // The system's certificate authorities (a private S3 server's own CA installed
        // there), else the built-in list of public ones.
        let https = match hyper_rustls::HttpsConnectorBuilder::new().with_native_roots() {
            Ok(builder) => builder.https_or_http().enable_http1().wrap_connector(http),
            Err(_) => hyper_rustls::HttpsConnectorBuilder::new()
                .with_webpki_roots()
                .https_or_http()
                .enable_http1()
                .wrap_connector(http),
        };
        let client = Client::builder(TokioExecutor::new()).build(https);
        Ok(HttpClient::new(Service { client }))
    }
}

#[derive(Debug)]
struct Service {
    client: Client<hyper_rustls::HttpsConnector<HttpConnector>, HttpRequestBody>,
}

#[async_trait]
impl HttpService for Service {
    async fn call(&self, req: HttpRequest) -> Result<HttpResponse, HttpError> {
        let answered = tokio::time::timeout(REQUEST_TIMEOUT, self.client.request(req))
            .await
            .map_err(|e| HttpError::new(HttpErrorKind::Timeout, e))?;
        let response = answered.map_err(|e| {
            let kind = if e.is_connect() {
                HttpErrorKind::Connect
            } else {
                HttpErrorKind::Request
            };
            HttpError::new(kind, e)
        })?;
        let (parts, body) = response.into_parts();
        let body = body.map_err(|e| HttpError::new(HttpErrorKind::Decode, e));
        Ok(HttpResponse::from_parts(parts, HttpResponseBody::new(body)))
    }
}
