//! The child talk's page, as the teacher and the child on the tablet see it: every section
//! (the jar, the instruments, the learning wall, the video, the portfolio, the report, the
//! parents' answers and the notes) gathered once, rendered again with a refused upload's
//! message at its field. The handlers that change a section answer with this page.

use crate::access::talk::OpenTalk;
use crate::http::error::AppError;
use crate::http::viewer::Viewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::response::Response;
use samenspraak_core::media::{MediaType, PORTFOLIO_MAX_BYTES, megabytes};
use samenspraak_core::talk_steps::{self, Step};
use samenspraak_store::learning_wall;
use samenspraak_store::portfolio;
use samenspraak_store::question_jar::{self, Drawn};
use samenspraak_store::reports::{self, AREAS};
use samenspraak_store::{consent, videos};

#[derive(Template)]
#[template(path = "talks/talk.html")]
struct TalkPage {
    ctx: PageCtx,
    /// The tablet in the child's hands: no teacher's tools, no notes.
    is_child: bool,
    greeting: String,
    child_id: String,
    url: String,
    back: String,
    jar_url: String,
    when: String,
    drawn: Vec<Drawn>,
    left: usize,
    jar_size: usize,
    thermometer: crate::ui::instruments::ThermometerView,
    spider: crate::ui::instruments::SpiderView,
    smileys: Vec<crate::ui::instruments::StatementView>,
    grid: crate::ui::grid::GridView,
    activities_url: String,
    notes: Vec<samenspraak_store::talk_notes::Note>,
    /// The class's learning wall with the child's pick per item ("proud", "hard" or "").
    wall: Vec<(samenspraak_store::learning_wall::LearningItem, &'static str)>,
    wall_url: String,
    /// Where the wall's photos are served for whoever holds the talk.
    wall_photos: String,
    video: VideoView,
    portfolio: PortfolioView,
    report: ReportView,
    /// What each guardian answered on the questionnaire (teacher only).
    parents: Vec<crate::ui::answers::GuardianAnswers>,
    /// The agreements still open from an earlier KOM conversation: they come back here.
    agreements: Vec<crate::ui::agreements::AgreementView>,
    /// What the child can say of each: (value, words).
    child_says: Vec<(&'static str, String)>,
    /// On the tablet, the screen shown; the teacher sees every section at once.
    step: Step,
    /// The strip of pictures at the top of the tablet, one per screen.
    strip: Vec<StripItem>,
    /// "Stap 3 van 10".
    count: String,
    /// The first screen: the talk's introduction is said there.
    first: bool,
    prev: Option<String>,
    next: Option<String>,
    /// `?next=…` for the forms of this screen, so that saving goes on to the next one.
    next_query: String,
    /// The forms' button: "Verder" on the tablet, "Bewaren" for the teacher.
    save_label: String,
    /// Whether this screen has a form of its own to send ("verder" is then the form's
    /// button, and the link beside it skips).
    has_form: bool,
}

pub struct StripItem {
    key: &'static str,
    label: String,
    href: String,
    current: bool,
}

impl TalkPage {
    /// Whether a section is on the page: every one for the teacher, the current screen's on
    /// the tablet.
    fn shows(&self, key: &str) -> bool {
        !self.is_child || self.step.as_str() == key
    }
}

/// A refused upload, said next to its field on the talk page.
pub enum Problem {
    None,
    /// A catalog key.
    Video(String),
    /// A message already in the reader's language.
    VideoText(String),
    Portfolio(String),
    Report(String),
}

/// The talk's page; with a problem, answered as 422 with the message at its field.
pub async fn render_talk(state: &AppState, open: &OpenTalk, problem: Problem) -> Result<Response, AppError> {
    let t = open.viewer.tr();
    let (talk, p_class, round) = (&open.talk, &open.class, &open.round);
    let jar = question_jar::jar(&state.store, &p_class.id).await?;
    let drawn = question_jar::drawn(&state.store, &talk.id).await?;
    let left = jar.iter().filter(|e| !drawn.iter().any(|d| d.entry_id == e.id)).count();
    let when = t.t2(
        "slip-when",
        "date",
        t.date_long(talk.date),
        "time",
        talk.start.strftime("%H:%M"),
    );
    let first_name = open.viewer.child_name.clone().unwrap_or_default();
    let title = if open.is_child() {
        t.t("tablet-talk-title")
    } else {
        t.t1("talk-title", "child", &open.child_name)
    };
    // What the parents prepared is for the teacher's eyes in the talk, not the tablet's.
    let parents = match open.teacher() {
        Ok(_) => crate::ui::answers::for_teacher(state, &t, round, p_class, &open.child).await?,
        Err(_) => Vec::new(),
    };
    // A confidential note never reaches the tablet: it is not even read for it.
    let notes = match open.teacher() {
        Ok(sv) => samenspraak_store::talk_notes::for_staff(&state.store, &talk.child_id, &sv.who())
            .await?
            .into_iter()
            .filter(|n| n.talk_id == talk.id)
            .collect(),
        Err(_) => Vec::new(),
    };
    let (mut video_error, mut portfolio_error, mut report_error) = (None, None, None);
    match &problem {
        Problem::None => {}
        Problem::Video(key) => video_error = Some(t.t(key)),
        Problem::VideoText(message) => video_error = Some(message.clone()),
        Problem::Portfolio(key) => portfolio_error = Some(t.t(key)),
        Problem::Report(key) => report_error = Some(t.t(key)),
    }
    let agreements: Vec<_> = samenspraak_store::frames::open_before(&state.store, &talk.child_id, &round.id)
        .await?
        .iter()
        .map(|a| crate::ui::agreements::agreement_view(&t, a))
        .collect();
    let grid = crate::ui::grid::grid(state, &t, round, &p_class.id, &talk.child_id).await?;
    // The tablet's screens: a refused upload shows its own screen with the message.
    let screens = talk_steps::steps(!agreements.is_empty(), !grid.activities.is_empty());
    let step = match &problem {
        Problem::Video(_) | Problem::VideoText(_) => Step::Video,
        Problem::Portfolio(_) => Step::Portfolio,
        Problem::Report(_) => Step::Report,
        Problem::None => open.step.filter(|s| screens.contains(s)).unwrap_or(screens[0]),
    };
    let (prev, next) = talk_steps::around(&screens, step);
    let screen_url = |s: Step| format!("{}?step={}", open.url, s.as_str());
    let position = screens.iter().position(|s| *s == step).unwrap_or(0);
    let page = TalkPage {
        strip: screens
            .iter()
            .map(|s| StripItem {
                key: s.as_str(),
                label: t.t(&format!("tablet-step-{}", s.as_str())),
                href: screen_url(*s),
                current: *s == step,
            })
            .collect(),
        count: t.t2(
            "tablet-count",
            "n",
            (position + 1).to_string(),
            "total",
            screens.len().to_string(),
        ),
        first: position == 0,
        prev: prev.map(screen_url),
        next: next.map(screen_url),
        next_query: match (open.is_child(), next) {
            (true, Some(n)) => format!("?next={}", n.as_str()),
            _ => String::new(),
        },
        save_label: t.t(if open.is_child() { "tablet-next" } else { "save" }),
        has_form: matches!(
            step,
            Step::Agreements | Step::Thermometer | Step::Smileys | Step::Spider | Step::Grid | Step::Wall
        ),
        step,
        agreements,
        child_says: samenspraak_core::frame::ChildSays::ALL
            .iter()
            .map(|c| (c.as_str(), t.t(&format!("child-says-{}", c.as_str()))))
            .collect(),
        video: video_view(state, open, video_error).await?,
        portfolio: portfolio_view(state, open, portfolio_error).await?,
        report: report_view(state, open, report_error).await?,
        parents,
        ctx: open.viewer.page(title),
        is_child: open.is_child(),
        greeting: t.t1("tablet-greeting", "name", first_name),
        child_id: talk.child_id.to_string(),
        url: open.url.clone(),
        back: format!("/rounds/{}/talks/{}", round.id, p_class.id),
        jar_url: format!("/classes/{}/jar", p_class.id),
        when: if open.place.is_empty() {
            when
        } else {
            format!("{when} · {}", open.place)
        },
        drawn,
        left,
        jar_size: jar.len(),
        thermometer: crate::ui::instruments::thermometer(state, &round.id, &talk.child_id).await?,
        spider: crate::ui::instruments::spider(state, &t, open).await?,
        smileys: crate::ui::instruments::smileys(state, &t, open).await?,
        grid,
        activities_url: format!("/classes/{}/activities", p_class.id),
        wall: {
            // The last weeks before the talk, and anything the child picked already.
            let picks = learning_wall::picks(&state.store, &round.id, &talk.child_id).await?;
            let items = learning_wall::items(&state.store, &p_class.id).await?;
            let recent: Vec<String> = learning_wall::recent(items.clone(), talk.date)
                .into_iter()
                .map(|i| i.id)
                .collect();
            items
                .into_iter()
                .filter(|i| recent.contains(&i.id) || picks.iter().any(|(id, _)| *id == i.id))
                .map(|item| {
                    let pick = picks
                        .iter()
                        .find(|(id, _)| *id == item.id)
                        .map(|(_, k)| k.as_str())
                        .unwrap_or("");
                    (item, pick)
                })
                .collect()
        },
        wall_url: format!("/classes/{}/wall", p_class.id),
        wall_photos: if open.is_child() {
            "/tablet/talk/wall".into()
        } else {
            format!("/classes/{}/wall", p_class.id)
        },
        notes,
    };
    match problem {
        Problem::None => render(&page),
        _ => crate::ui::page::render_invalid(&page),
    }
}

#[derive(Template)]
#[template(path = "tablet/no_talk.html")]
struct NoTalkPage {
    ctx: PageCtx,
}

/// `GET /tablet/talk` for a signed-in child whose talk is not planned yet.
pub fn no_talk(viewer: &Viewer) -> Result<Response, AppError> {
    let t = viewer.tr();
    render(&NoTalkPage {
        ctx: viewer.page(t.t1("tablet-greeting", "name", viewer.child_name.clone().unwrap_or_default())),
    })
}

/// The video section as the talk page shows it.
pub struct VideoView {
    /// The school recorded consent for recordings of this child.
    pub consent: bool,
    pub has_video: bool,
    pub shown: bool,
    pub max_seconds: i64,
    /// The longest video, in words: "2 minuten", "90 seconden".
    pub max_duration: String,
    pub max_mb: i64,
    /// e.g. "dinsdag 1 december 2026 om 10:40".
    pub made_on: String,
    pub kept_until: String,
    pub error: Option<String>,
}

pub async fn video_view(state: &AppState, open: &OpenTalk, error: Option<String>) -> Result<VideoView, AppError> {
    let t = open.viewer.tr();
    let child = &open.talk.child_id;
    let limits = videos::limits(&state.store, &open.class.school_id).await?;
    let video = videos::get(&state.store, &open.round.id, child).await?;
    let made_on = video
        .as_ref()
        .map(|v| {
            let local = samenspraak_core::time::utc_to_local(v.created_at);
            t.t2(
                "slip-when",
                "date",
                t.date_long(local.date()),
                "time",
                local.time().strftime("%H:%M"),
            )
        })
        .unwrap_or_default();
    Ok(VideoView {
        consent: consent::current(&state.store, child).await?.is_some(),
        has_video: video.is_some(),
        shown: video.as_ref().is_some_and(|v| v.show_in_conversation),
        max_seconds: limits.max_seconds,
        max_duration: if limits.max_seconds % 60 == 0 {
            t.n("duration-minutes", limits.max_seconds / 60)
        } else {
            t.n("duration-seconds", limits.max_seconds)
        },
        max_mb: megabytes(limits.max_bytes),
        made_on,
        kept_until: video.map(|v| t.date_long(v.delete_after)).unwrap_or_default(),
        error,
    })
}

/// One item as the talk page shows it.
pub struct ItemView {
    pub kind: &'static str,
    pub title: String,
    pub body: String,
    pub is_image: bool,
    pub approved: bool,
    /// The child on the tablet may remove it (their own, not yet approved).
    pub child_may_remove: bool,
    pub url: String,
}

pub struct PortfolioView {
    pub items: Vec<ItemView>,
    pub max_mb: i64,
    pub error: Option<String>,
}

pub fn child_may_remove(item: &portfolio::Item) -> bool {
    item.by_child && !item.approved
}

pub async fn portfolio_view(
    state: &AppState,
    open: &OpenTalk,
    error: Option<String>,
) -> Result<PortfolioView, AppError> {
    let items = portfolio::of_child(&state.store, &open.talk.child_id)
        .await?
        .into_iter()
        .map(|i| ItemView {
            child_may_remove: child_may_remove(&i),
            url: format!("{}/portfolio/{}", open.url, i.id),
            is_image: i
                .content_type
                .as_deref()
                .and_then(MediaType::from_content_type)
                .is_some_and(MediaType::is_image),
            kind: i.kind.as_str(),
            title: i.title,
            body: i.body,
            approved: i.approved,
        })
        .collect();
    Ok(PortfolioView {
        items,
        max_mb: megabytes(PORTFOLIO_MAX_BYTES),
        error,
    })
}

/// One area as the talk page shows it.
pub struct AreaView {
    pub key: &'static str,
    pub label: String,
    pub text: String,
}

pub struct ReportView {
    pub areas: Vec<AreaView>,
    pub written: bool,
    pub has_file: bool,
    pub max_mb: i64,
    pub error: Option<String>,
}

pub async fn report_view(state: &AppState, open: &OpenTalk, error: Option<String>) -> Result<ReportView, AppError> {
    let t = open.viewer.tr();
    let notes = reports::notes(&state.store, &open.round.id, &open.talk.child_id).await?;
    let areas: Vec<AreaView> = AREAS
        .iter()
        .map(|key| AreaView {
            key,
            label: t.t(&format!("report-area-{key}")),
            text: notes
                .iter()
                .find(|(a, _)| a == key)
                .map(|(_, text)| text.clone())
                .unwrap_or_default(),
        })
        .collect();
    Ok(ReportView {
        written: areas.iter().any(|a| !a.text.is_empty()),
        areas,
        has_file: reports::file(&state.store, &open.round.id, &open.talk.child_id)
            .await?
            .is_some(),
        max_mb: megabytes(PORTFOLIO_MAX_BYTES),
        error,
    })
}
