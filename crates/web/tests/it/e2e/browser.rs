//! A headless Chromium driven over WebDriver, with axe-core and screenshots at hand.

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Browser {
    driver: Child,
    pub client: Client,
    pub base: String,
    shots: PathBuf,
    axe: String,
    pub visited: Vec<String>,
}

const WCAG_TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

/// How the browser is set up: a teacher's laptop, or a class tablet with a camera.
pub struct Setup {
    pub window: (u32, u32),
    /// A fake camera and microphone, allowed without asking.
    pub fake_media: bool,
}

impl Browser {
    pub async fn start(base: &str) -> Self {
        Self::start_with(
            base,
            Setup {
                window: (1280, 900),
                fake_media: false,
            },
        )
        .await
    }

    /// A tablet in portrait (820×1180, an iPad Air's viewport) with a fake camera.
    pub async fn start_tablet(base: &str) -> Self {
        Self::start_with(
            base,
            Setup {
                window: (820, 1180),
                fake_media: true,
            },
        )
        .await
    }

    pub async fn start_with(base: &str, setup: Setup) -> Self {
        let port = crate::support::free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is installed (apt-get install chromium-driver)");
        let profile = std::env::temp_dir().join(format!("samenspraak-chromium-{port}"));
        // A profile left by an earlier run on the same port would bring its cookies along.
        let _ = std::fs::remove_dir_all(&profile);
        let mut args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-quic".into(),
            format!("--window-size={},{}", setup.window.0, setup.window.1),
            "--lang=nl-BE".into(),
            format!("--user-data-dir={}", profile.display()),
        ];
        if setup.fake_media {
            args.push("--use-fake-device-for-media-stream".into());
            args.push("--use-fake-ui-for-media-stream".into());
        }
        let caps = serde_json::json!({
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                // A Flemish school's browser: Dutch first.
                "prefs": { "intl.accept_languages": "nl-BE,nl" },
                "args": args,
            }
        });
        let caps = caps.as_object().unwrap().clone();
        let mut client = None;
        for _ in 0..100 {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => {
                    client = Some(c);
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e2e-screenshots");
        std::fs::create_dir_all(&shots).unwrap();
        let axe_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../e2e/node_modules/axe-core/axe.min.js");
        let axe = std::fs::read_to_string(&axe_path).expect("axe-core is installed: npm ci --prefix e2e");
        Self {
            driver,
            client: client.expect("chromedriver answers"),
            base: base.to_string(),
            shots,
            axe,
            visited: Vec::new(),
        }
    }

    pub async fn goto(&self, path: &str) {
        self.client.goto(&format!("{}{}", self.base, path)).await.unwrap();
    }

    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.unwrap();
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        }
    }

    /// The text of the first element matching `css`, once there is one. An element that
    /// goes stale because the page was being replaced is looked up again.
    pub async fn text(&self, css: &str) -> String {
        for _ in 0..100 {
            if let Ok(e) = self.client.find(Locator::Css(css)).await
                && let Ok(t) = e.text().await
            {
                return t;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no {css} on {}", self.path().await);
    }

    /// Waits until the element's text contains `needle` (after a form sent the page anew).
    pub async fn wait_for_text(&self, css: &str, needle: &str) {
        for _ in 0..100 {
            if let Ok(e) = self.client.find(Locator::Css(css)).await
                && e.text().await.is_ok_and(|t| t.contains(needle))
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} never showed {needle:?}");
    }

    pub async fn body(&self) -> String {
        self.text("body").await
    }

    pub async fn fill(&self, css: &str, value: &str) {
        let e = self.client.find(Locator::Css(css)).await.unwrap();
        e.clear().await.unwrap();
        e.send_keys(value).await.unwrap();
    }

    /// Clicks the first element matching `css`, waiting for it; a stale element (the page
    /// was still being replaced) is looked up again.
    pub async fn click(&self, css: &str) {
        for _ in 0..100 {
            if let Ok(e) = self.client.find(Locator::Css(css)).await
                && e.click().await.is_ok()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("could not click {css} on {}", self.path().await);
    }

    /// Switches the page's language as a person does: a parent's nine languages are folded
    /// in a menu that opens first; staff see the other language as a button.
    pub async fn choose_language(&self, code: &str) {
        if self.client.find(Locator::Css(".lang-menu summary")).await.is_ok() {
            self.click(".lang-menu summary").await;
        }
        self.click(&format!("form[action='/language'] button[lang='{code}']"))
            .await;
    }

    /// Waits until the page's address (with its #fragment) contains `part`.
    pub async fn wait_for_url(&self, part: &str) {
        for _ in 0..100 {
            if self.client.current_url().await.is_ok_and(|u| u.as_str().contains(part)) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("never reached a page with {part}, still at {}", self.path().await);
    }

    /// Waits until the page's path starts with `prefix`.
    pub async fn wait_for_path(&self, prefix: &str) {
        for _ in 0..100 {
            if self.path().await.starts_with(prefix) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("never reached {prefix}, still at {}", self.path().await);
    }

    /// Saves a screenshot and runs axe on the current page; any WCAG 2.1 A/AA violation fails.
    pub async fn check(&mut self, name: &str) {
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(self.shots.join(format!("{name}.png")), png).unwrap();
        self.client.execute(&self.axe, vec![]).await.unwrap();
        let script = format!(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {{ runOnly: {{ type: 'tag', values: {WCAG_TAGS} }} }})
               .then(r => done(JSON.stringify(r.violations.map(v => ({{ id: v.id, help: v.help,
                  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }})))))
               .catch(e => done('axe failed: ' + e));"
        );
        let result = self.client.execute_async(&script, vec![]).await.unwrap();
        let report = result.as_str().unwrap_or_default().to_string();
        assert_eq!(
            report,
            "[]",
            "axe found WCAG 2.1 A/AA violations on {name} ({}):\n{report}",
            self.path().await
        );
        // A page wider than the window scrolls sideways: on a phone that is a page half seen.
        let wide = self
            .client
            .execute(
                "const d = document.documentElement; return d.scrollWidth > d.clientWidth + 1 \
                   ? d.scrollWidth + ' > ' + d.clientWidth : '';",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            wide.as_str(),
            Some(""),
            "{name} scrolls sideways ({})",
            self.path().await
        );
        self.visited.push(name.to_string());
    }

    /// Everything a child taps on this page that is smaller than 44×44 px (WCAG 2.5.5's
    /// size), as "text (w×h)".
    pub async fn small_touch_targets(&self) -> Vec<String> {
        let script = "return Array.from(document.querySelectorAll(
              'main button, main a, main .tile > span, main .picture-tile > span, main input[type=file], main textarea'))
            .filter(e => e.offsetParent !== null)
            .map(e => { const r = e.getBoundingClientRect();
                        return [r.width, r.height, (e.textContent || e.name || e.tagName).trim().slice(0, 30)]; })
            .filter(([w, h]) => w < 44 || h < 44)
            .map(([w, h, t]) => t + ' (' + Math.round(w) + '×' + Math.round(h) + ')');";
        let found = self.client.execute(script, vec![]).await.unwrap();
        found
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
            .unwrap_or_default()
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
