//! The test harness: a running app on a fresh database, an HTTP client that keeps cookies,
//! and two schools to test with.

mod client;
pub mod smtp;
mod world;

pub use client::{Client, Resp};
pub use world::{World, talk_window};

use samenspraak_store::testing::TestDatabase;
use samenspraak_store::{Backend, Store};
use samenspraak_web::app::App;
use samenspraak_web::config::Config;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub const PASSWORD: &str = "correct horse battery";

/// A port of 127.0.0.1 nobody listens on (for a server the test starts, or one that is
/// down).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

pub struct TestApp {
    pub base: String,
    pub store: Store,
    pub world: World,
    /// Where the app keeps its files (children's media).
    pub data_dir: std::path::PathBuf,
    /// The running app's state: its media, and what it counted (content-policy reports).
    pub state: samenspraak_web::state::AppState,
    db: TestDatabase,
    shutdown: Option<oneshot::Sender<()>>,
    server: JoinHandle<()>,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> Self {
        Self::spawn_with(backend, |_| {}).await
    }

    /// The app with its configuration changed first (a mail server, say).
    pub async fn spawn_with(backend: Backend, change: impl FnOnce(&mut Config)) -> Self {
        Self::spawn_on(TestDatabase::new(backend).await, change).await
    }

    /// The app on a database the test made (on a small file system, say).
    pub async fn spawn_on(db: TestDatabase, change: impl FnOnce(&mut Config)) -> Self {
        let world = World::create(&db.store).await;
        let data_dir = std::env::temp_dir().join(format!("samenspraak-data-{}", samenspraak_store::new_id()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a free port");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let mut config = Config::for_tests(&db.url, &data_dir);
        // The public address is where the app really listens: links in letters and mails
        // lead there, and the cross-site check compares `Origin` with it.
        config.base_url = base.clone();
        change(&mut config);
        let app = App::with_store(config, db.store.clone());
        let state = app.state.clone();
        let (tx, rx) = oneshot::channel::<()>();
        let server = tokio::spawn(app.serve(listener, async {
            let _ = rx.await;
        }));
        Self {
            base,
            store: db.store.clone(),
            world,
            data_dir,
            state,
            db,
            shutdown: Some(tx),
            server,
        }
    }

    /// The lines of a school's audit log of one kind, the newest first.
    pub async fn log_of(
        &self,
        school: &samenspraak_core::ids::SchoolId,
        kind: samenspraak_store::audit::Kind,
    ) -> Vec<samenspraak_store::audit::Listed> {
        let filter = samenspraak_store::audit::Filter {
            kind: Some(kind),
            ..Default::default()
        };
        samenspraak_store::audit::list(&self.store, school, &filter)
            .await
            .unwrap()
    }

    pub fn client(&self) -> Client {
        Client::new(&self.base)
    }

    /// A client signed in as the member of staff with this email.
    pub async fn signed_in(&self, email: &str) -> Client {
        let c = self.client();
        let r = c
            .post_form("/login", &[("email", email), ("password", PASSWORD), ("next", "/")])
            .await;
        assert_eq!(r.status, 303, "sign-in as {email} failed: {}", r.body);
        c
    }

    /// A class tablet with a child of school A's 6A signed in: the class code, their name,
    /// their four pictures.
    pub async fn signed_in_child(&self, child: &samenspraak_core::ids::ChildId) -> Client {
        let class = &self.world.a.class_6a;
        let code = samenspraak_store::tablet::class_code(&self.store, class).await.unwrap();
        let (_, pictures) = samenspraak_store::tablet::picture_codes(&self.store, class)
            .await
            .unwrap()
            .into_iter()
            .find(|(id, _)| id == child)
            .expect("the child is in 6A");
        let kid = self.client();
        let fields: Vec<(String, String)> = pictures
            .0
            .iter()
            .enumerate()
            .map(|(i, n)| (format!("p{}", i + 1), n.to_string()))
            .collect();
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let r = kid.post_form(&format!("/tablet/{code}/{child}"), &fields).await;
        assert_eq!(r.location(), Some("/tablet/talk"), "the child signs in");
        kid
    }

    /// A phone with school A's 6A guardian signed in through a fresh letter invitation.
    pub async fn signed_in_guardian(&self) -> Client {
        let a = &self.world.a;
        let issued = samenspraak_store::invitations::issue(
            &self.store,
            &a.id,
            &a.round,
            &a.guardian_6a,
            samenspraak_core::invitation::Channel::Letter,
            jiff::civil::date(2999, 1, 1),
            &samenspraak_store::audit::Who::staff(&a.id, &a.teacher_id, ""),
        )
        .await
        .unwrap();
        let parent = self.client();
        let r = parent.post_form(&format!("/i/{}", issued.token), &[]).await;
        assert_eq!(r.location(), Some("/family"), "the guardian signs in");
        parent
    }

    /// Gives 6A of school A a morning moment every weekday, plans its child talks through
    /// the planning page, and returns the first talk and the address of its page.
    pub async fn first_planned_talk(&self, teacher: &Client) -> (samenspraak_store::child_talks::StoredTalk, String) {
        let a = &self.world.a;
        let class = a.class_6a.as_str();
        for weekday in ["1", "2", "3", "4", "5"] {
            let moment = [
                ("kind", "corner_work"),
                ("weekday", weekday),
                ("start", "09:00"),
                ("end", "12:00"),
            ];
            assert_eq!(
                teacher
                    .post_form(&format!("/classes/{class}/moments"), &moment)
                    .await
                    .status,
                303
            );
        }
        let plan = format!("/rounds/{}/talks/{class}", a.round);
        assert_eq!(teacher.post_form(&format!("{plan}/plan"), &[]).await.status, 303);
        let talk = samenspraak_store::child_talks::talks(&self.store, &a.round, &a.class_6a)
            .await
            .unwrap()
            .remove(0);
        let url = format!("{plan}/{}", talk.id);
        (talk, url)
    }

    /// Another round of school A for `classes`, its child talks starting `in_days` from today
    /// and lasting two weeks, the rest of its phases after them.
    pub async fn later_round(
        &self,
        name: &str,
        classes: &[samenspraak_core::ids::ClassId],
        in_days: i64,
    ) -> samenspraak_store::rounds::Round {
        let today = samenspraak_core::time::today(samenspraak_store::now());
        let day = |n: i64| today.checked_add(jiff::Span::new().days(in_days + n)).unwrap();
        let input = samenspraak_core::round::RoundInput {
            name: name.into(),
            child_talk_from: day(0).to_string(),
            child_talk_until: day(14).to_string(),
            booking_opens: format!("{}T19:00", day(15)),
            booking_closes: format!("{}T12:00", day(20)),
            conference_from: day(22).to_string(),
            conference_until: day(23).to_string(),
            ..Default::default()
        };
        samenspraak_store::rounds::create(
            &self.store,
            &self.world.a.id,
            &input.parse().unwrap(),
            classes,
            &self.world.a.teacher_id,
        )
        .await
        .unwrap()
    }

    /// The media files on disk, finished uploads and leftovers alike.
    pub fn media_files(&self) -> Vec<String> {
        std::fs::read_dir(self.data_dir.join("media"))
            .map(|d| {
                d.filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().to_string()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The same database opened again, as another instance opens it: its own pool, its own
    /// caches.
    pub async fn another_store(&self) -> Store {
        Store::connect(&self.db.url).await.expect("connect again")
    }

    /// A second app instance on the same database, as a school running two servers behind
    /// one address would: its own pool, its own booking writer. Stops with the test.
    #[cfg_attr(not(pg_tests), expect(dead_code, reason = "used by the PostgreSQL suite"))]
    pub async fn another_instance(&self) -> String {
        let store = Store::connect(&self.db.url).await.expect("connect again");
        let mut config = Config::for_tests(&self.db.url, &self.data_dir);
        // Both instances stand behind one public address.
        config.base_url = self.base.clone();
        let app = App::with_store(config, store);
        let listener = app.bind().await.expect("bind a free port");
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(app.serve(listener, std::future::pending()));
        base
    }

    /// Stops the server as SIGTERM does and waits until it is done (it closes its store);
    /// returns the database opened again, to look at what it left.
    pub async fn stop_serving(&mut self) -> Store {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let server = std::mem::replace(&mut self.server, tokio::spawn(async {}));
        let _ = server.await;
        Store::connect(&self.db.url).await.expect("the database opens again")
    }

    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = self.server.await;
        self.db.drop_now().await;
    }
}
