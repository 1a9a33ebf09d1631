//! The thermometer and the spider web in a child talk: big choices to tap on the tablet,
//! plain forms without JavaScript, and an SVG picture of the result with a table beside it
//! for screen readers.

use super::open::OpenTalk;
use crate::app::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::Form;
use axum::extract::State;
use axum::response::Response;
use samenspraak_core::ids::{ChildId, RoundId};
use samenspraak_core::instrument::{
    DEFAULT_AXES, DEFAULT_STATEMENTS, Smileys, SpiderWeb, Thermometer, spider_point, spider_polygon,
};
use samenspraak_store::instruments::{self, SMILEYS, SPIDER_WEB, THERMOMETER};

/// The thermometer as the page shows it: the saved value, and the SVG's mercury.
pub struct ThermometerView {
    pub value: Option<u8>,
    /// Every value 0–10, and whether it is the chosen one.
    pub choices: Vec<(u8, bool)>,
    pub why: String,
    /// Height and top of the mercury in a 200-high tube starting at y = 20.
    pub fill_height: f64,
    pub fill_top: f64,
}

/// One axis of the spider web: its name, the child's score, and where its label goes.
pub struct AxisView {
    pub key: &'static str,
    pub label: String,
    pub score: Option<u8>,
    /// Every score 1–5, and whether it is the chosen one.
    pub choices: Vec<(u8, bool)>,
    pub end: (f64, f64),
    pub label_at: (f64, f64),
    pub anchor: &'static str,
}

pub struct SpiderView {
    pub axes: Vec<AxisView>,
    /// The rings 1–5 and the child's answer, as SVG `points`.
    pub rings: Vec<String>,
    pub shape: String,
    pub scored: bool,
}

/// One face of the five: its score, whether chosen, its words, the bend of its mouth and
/// its colour, from very unhappy to very happy.
pub struct Face {
    pub score: u8,
    pub chosen: bool,
    pub label: String,
    /// The mouth as an SVG path: a frown, a straight line, or a smile.
    pub mouth: &'static str,
    pub colour: &'static str,
}

/// One statement with its five faces.
pub struct StatementView {
    pub key: &'static str,
    pub label: String,
    pub faces: Vec<Face>,
    pub answer: Option<String>,
}

const MOUTHS: [&str; 5] = [
    "M12 29 Q20 15 28 29",
    "M12 28 Q20 21 28 28",
    "M12 25 L28 25",
    "M12 23 Q20 30 28 23",
    "M11 22 Q20 35 29 22",
];
const FACE_COLOURS: [&str; 5] = ["#f4b6a8", "#f8d3a0", "#f3e6a0", "#cfe6b0", "#a9d9a0"];

pub async fn smileys(
    state: &AppState,
    t: &Tr,
    round: &RoundId,
    child: &ChildId,
) -> Result<Vec<StatementView>, AppError> {
    let saved = instruments::get(&state.store, round, child, SMILEYS)
        .await?
        .map(|v| Smileys::decode(&v));
    let saved = saved.unwrap_or(Smileys { scores: Vec::new() });
    Ok(DEFAULT_STATEMENTS
        .iter()
        .map(|key| {
            let chosen = saved.score(key);
            StatementView {
                key,
                label: t.t(&format!("statement-{key}")),
                answer: chosen.map(|n| t.t(&format!("face-{n}"))),
                faces: (1..=Smileys::MAX)
                    .map(|n| Face {
                        score: n,
                        chosen: chosen == Some(n),
                        label: t.t(&format!("face-{n}")),
                        mouth: MOUTHS[usize::from(n - 1)],
                        colour: FACE_COLOURS[usize::from(n - 1)],
                    })
                    .collect(),
            }
        })
        .collect())
}

const CENTER: (f64, f64) = (170.0, 150.0);
const RADIUS: f64 = 105.0;

fn points(ps: &[(f64, f64)]) -> String {
    ps.iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

pub async fn thermometer(state: &AppState, round: &RoundId, child: &ChildId) -> Result<ThermometerView, AppError> {
    let saved = instruments::get(&state.store, round, child, THERMOMETER)
        .await?
        .and_then(|v| Thermometer::decode(&v));
    let fill = saved.as_ref().map(|t| t.fill(200.0)).unwrap_or(0.0);
    let value = saved.as_ref().map(|t| t.value);
    Ok(ThermometerView {
        value,
        choices: (0..=Thermometer::MAX).map(|n| (n, value == Some(n))).collect(),
        why: saved.map(|t| t.why).unwrap_or_default(),
        fill_height: fill,
        fill_top: 220.0 - fill,
    })
}

pub async fn spider(state: &AppState, t: &Tr, round: &RoundId, child: &ChildId) -> Result<SpiderView, AppError> {
    let web = instruments::get(&state.store, round, child, SPIDER_WEB)
        .await?
        .map(|v| SpiderWeb::decode(&v));
    let web = web.unwrap_or(SpiderWeb { scores: Vec::new() });
    let n = DEFAULT_AXES.len();
    let axes = DEFAULT_AXES
        .iter()
        .enumerate()
        .map(|(i, key)| {
            let label_at = spider_point(i, n, 1.18, CENTER, RADIUS);
            let anchor = if (label_at.0 - CENTER.0).abs() < 5.0 {
                "middle"
            } else if label_at.0 > CENTER.0 {
                "start"
            } else {
                "end"
            };
            AxisView {
                key,
                label: t.t(&format!("axis-{key}")),
                score: web.score(key),
                choices: (1..=SpiderWeb::MAX).map(|n| (n, web.score(key) == Some(n))).collect(),
                end: spider_point(i, n, 1.0, CENTER, RADIUS),
                label_at,
                anchor,
            }
        })
        .collect();
    let rings = (1..=SpiderWeb::MAX)
        .map(|r| {
            points(
                &(0..n)
                    .map(|i| spider_point(i, n, f64::from(r) / 5.0, CENTER, RADIUS))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    Ok(SpiderView {
        axes,
        rings,
        shape: points(&spider_polygon(&web, &DEFAULT_AXES, CENTER, RADIUS)),
        scored: !web.scores.is_empty(),
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ThermometerForm {
    value: String,
    why: String,
}

pub async fn save_thermometer(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(f): Form<ThermometerForm>,
) -> Result<Response, AppError> {
    // Nothing tapped yet: back to the page, nothing stored.
    if let Ok(t) = Thermometer::parse(&f.value, &f.why) {
        instruments::set(
            &state.store,
            &open.round.id,
            &open.talk.child_id,
            THERMOMETER,
            &t.encode(),
        )
        .await?;
    }
    Ok(open.back_to("thermometer"))
}

pub async fn save_spider(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let web = SpiderWeb::parse(&DEFAULT_AXES, |axis| {
        pairs.iter().find(|(k, _)| k == axis).map(|(_, v)| v.clone())
    })
    .map_err(|_| AppError::BadRequest)?;
    instruments::set(
        &state.store,
        &open.round.id,
        &open.talk.child_id,
        SPIDER_WEB,
        &web.encode(),
    )
    .await?;
    Ok(open.back_to("spider"))
}

pub async fn save_smileys(
    State(state): State<AppState>,
    open: OpenTalk,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let answers = Smileys::parse(&DEFAULT_STATEMENTS, |key| {
        pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    })
    .map_err(|_| AppError::BadRequest)?;
    instruments::set(
        &state.store,
        &open.round.id,
        &open.talk.child_id,
        SMILEYS,
        &answers.encode(),
    )
    .await?;
    Ok(open.back_to("smileys"))
}
