//! The thermometer, the spider web and the smileys as a page shows them: big choices to tap
//! on the tablet, an SVG picture of the result with a table beside it for screen readers.
//! The child talk, the conversation and the preparation show them alike.

use crate::access::talk::OpenTalk;
use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use samenspraak_core::ids::{ChildId, RoundId};
use samenspraak_core::instrument::{Smileys, SpiderWeb, Thermometer, spider_point, spider_polygon};
use samenspraak_core::instrument_template::{Item, Kind, Template};
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::instrument_templates;
use samenspraak_store::instruments::{self, SMILEYS, SPIDER_WEB, THERMOMETER};
use samenspraak_store::rounds::Round;

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
    pub key: String,
    pub label: String,
    /// The label as the picture shows it: long own words are cut short (the table beside
    /// it has them whole).
    pub short: String,
    pub score: Option<u8>,
    /// The score of the previous round, when there was one.
    pub before: Option<u8>,
    /// The teacher's score from the preparation.
    pub teacher: Option<u8>,
    /// Each guardian's score, in the order of `SpiderView::parents`.
    pub parents: Vec<Option<u8>>,
    /// Every score 1–5, and whether it is the chosen one.
    pub choices: Vec<(u8, bool)>,
    pub end: (f64, f64),
    pub label_at: (f64, f64),
    pub anchor: &'static str,
}

pub struct SpiderView {
    pub axes: Vec<AxisView>,
    /// The previous round's name and shape, laid under this round's.
    pub previous: Option<(String, String)>,
    /// Each guardian's view from the questionnaire (their name and shape), for the teacher.
    pub parents: Vec<(String, String)>,
    /// The rings 1–5 and the child's answer, as SVG `points`.
    pub rings: Vec<String>,
    pub shape: String,
    pub scored: bool,
    /// The teacher's view from the preparation, as SVG `points`.
    pub teacher: Option<String>,
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
    pub key: String,
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

/// A template item's words: the school's or teacher's own, or the built-in ones translated.
pub fn item_label(t: &Tr, kind: Kind, item: &Item) -> String {
    item.own.clone().unwrap_or_else(|| t.t(&kind.label_key(&item.key)))
}

pub async fn template(state: &AppState, class: &SchoolClass, kind: Kind) -> Result<Template, AppError> {
    Ok(instrument_templates::effective(&state.store, &class.school_id, &class.id, kind).await?)
}

pub async fn smileys(state: &AppState, t: &Tr, open: &OpenTalk) -> Result<Vec<StatementView>, AppError> {
    smileys_of(state, t, &open.round.id, &open.class, &open.talk.child_id).await
}

/// The child's smileys of a round, with the statements of the child's class.
pub async fn smileys_of(
    state: &AppState,
    t: &Tr,
    round: &RoundId,
    class: &SchoolClass,
    child: &ChildId,
) -> Result<Vec<StatementView>, AppError> {
    let saved = instruments::get(&state.store, round, child, SMILEYS)
        .await?
        .map(|v| Smileys::decode(&v));
    let saved = saved.unwrap_or(Smileys { scores: Vec::new() });
    let statements = template(state, class, Kind::Smileys).await?;
    Ok(statements
        .items
        .iter()
        .map(|item| {
            let chosen = saved.score(&item.key);
            StatementView {
                key: item.key.clone(),
                label: item_label(t, Kind::Smileys, item),
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

/// At most `max` characters, with an ellipsis when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>().trim_end())
    }
}

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

pub async fn spider(state: &AppState, t: &Tr, open: &OpenTalk) -> Result<SpiderView, AppError> {
    spider_of(
        state,
        t,
        &open.round,
        &open.class,
        &open.talk.child_id,
        !open.is_child(),
    )
    .await
}

/// The child's spider web of a round on the axes of the child's class, over the previous
/// round's; with `overlays`, also the parents' views from the questionnaire and the teacher's
/// from the preparation (never on the tablet, where the child fills in their own).
pub async fn spider_of(
    state: &AppState,
    t: &Tr,
    round: &Round,
    class: &SchoolClass,
    child: &ChildId,
    overlays: bool,
) -> Result<SpiderView, AppError> {
    let web = instruments::get(&state.store, &round.id, child, SPIDER_WEB)
        .await?
        .map(|v| SpiderWeb::decode(&v));
    let web = web.unwrap_or(SpiderWeb { scores: Vec::new() });
    let before = instruments::previous(&state.store, child, SPIDER_WEB, &round.id)
        .await?
        .map(|(name, v)| (name, SpiderWeb::decode(&v)));
    let template = template(state, class, Kind::SpiderWeb).await?;
    let keys = template.keys();
    let n = keys.len();
    let mut axes: Vec<AxisView> = template
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let label_at = spider_point(i, n, 1.18, CENTER, RADIUS);
            let anchor = if (label_at.0 - CENTER.0).abs() < 5.0 {
                "middle"
            } else if label_at.0 > CENTER.0 {
                "start"
            } else {
                "end"
            };
            let label = item_label(t, Kind::SpiderWeb, item);
            AxisView {
                key: item.key.clone(),
                short: shorten(&label, 22),
                label,
                score: web.score(&item.key),
                before: before.as_ref().and_then(|(_, w)| w.score(&item.key)),
                teacher: None,
                parents: Vec::new(),
                choices: (1..=SpiderWeb::MAX)
                    .map(|n| (n, web.score(&item.key) == Some(n)))
                    .collect(),
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
    // What the parents filled in on the same axes, laid over the child's for the teacher.
    let mut parents = Vec::new();
    let mut teacher = None;
    let mut teacher_scores = vec![None; n];
    if overlays {
        let family = samenspraak_store::guardians::of_child(&state.store, child).await?;
        for r in samenspraak_store::questionnaires::responses(&state.store, &round.id, child).await? {
            let answers =
                samenspraak_store::questionnaires::answers(&state.store, &round.id, child, &r.guardian_id).await?;
            if let Some((_, value)) = answers.iter().find(|(q, _)| q == "spider") {
                let name = family
                    .iter()
                    .find(|g| g.id == r.guardian_id)
                    .map(|g| g.name.clone())
                    .unwrap_or_default();
                let theirs = SpiderWeb::decode(value);
                for (axis, key) in axes.iter_mut().zip(&keys) {
                    axis.parents.push(theirs.score(key));
                }
                parents.push((name, points(&spider_polygon(&theirs, &keys, CENTER, RADIUS))));
            }
        }
    }
    if overlays
        && let Some(web) = samenspraak_store::preparations::get(&state.store, &round.id, child)
            .await?
            .1
    {
        let web = SpiderWeb::decode(&web);
        teacher_scores = keys.iter().map(|k| web.score(k)).collect();
        teacher = Some(points(&spider_polygon(&web, &keys, CENTER, RADIUS)));
    }
    for (axis, score) in axes.iter_mut().zip(teacher_scores) {
        axis.teacher = score;
    }
    Ok(SpiderView {
        teacher,
        parents,
        axes,
        rings,
        shape: points(&spider_polygon(&web, &keys, CENTER, RADIUS)),
        scored: !web.scores.is_empty(),
        previous: before
            .filter(|(_, w)| !w.scores.is_empty())
            .map(|(name, w)| (name, points(&spider_polygon(&w, &keys, CENTER, RADIUS)))),
    })
}
