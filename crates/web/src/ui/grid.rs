//! The interest–talent grid as a page shows it: per class activity two big yes/no
//! questions ("vond ik het leuk?", "was ik er goed in?"), the grid drawn as SVG with
//! numbered dots, and a table that names each activity and its quadrant, plus a count per
//! domain.

use crate::http::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use samenspraak_core::ids::{ChildId, ClassId, SchoolId};
use samenspraak_core::instrument_template::{GridStyle, Kind, Template};
use samenspraak_core::interest::{Quadrant, summary};
use samenspraak_store::activities;
use samenspraak_store::rounds::Round;

/// One activity in the talk: the child's answers and where its dot goes.
pub struct ActivityView {
    pub id: String,
    pub number: usize,
    pub title: String,
    pub domain: String,
    pub liked: Option<bool>,
    pub good: Option<bool>,
    pub quadrant: Option<String>,
    pub dot: (f64, f64),
}

pub struct GridView {
    pub activities: Vec<ActivityView>,
    /// Per quadrant: its name and colour as the school set them, and its box's top left
    /// corner in the SVG (liked is up, good is right).
    pub quadrants: Vec<(String, String, (u32, u32))>,
    /// Per domain: its name and the counts per quadrant, as words.
    pub domains: Vec<(String, String)>,
}

/// The school's study domains, to name an activity's domain and order the summary.
pub struct Domains(Template);

impl Domains {
    pub async fn of_school(state: &AppState, school: &SchoolId) -> Result<Self, AppError> {
        Ok(Self(
            samenspraak_store::instrument_templates::domains(&state.store, school).await?,
        ))
    }

    /// A domain's name: the school's words, or the built-in name; a key the school has
    /// since dropped keeps its built-in name, or reads "—".
    pub fn name(&self, t: &Tr, key: &str) -> String {
        match self.0.items.iter().find(|i| i.key == key) {
            Some(item) => super::instruments::item_label(t, Kind::Domains, item),
            None if Kind::Domains.defaults().contains(&key) => t.t(&Kind::Domains.label_key(key)),
            None => "—".into(),
        }
    }

    /// (key, name) of each domain, in the school's order, for a select.
    pub fn options(&self, t: &Tr) -> Vec<(String, String)> {
        self.0
            .items
            .iter()
            .map(|i| (i.key.clone(), super::instruments::item_label(t, Kind::Domains, i)))
            .collect()
    }

    pub fn keys(&self) -> Vec<&str> {
        self.0.keys()
    }
}

/// A quadrant's name: the school's own, or the built-in one.
pub fn quadrant_name(t: &Tr, style: &GridStyle, q: Quadrant) -> String {
    style.own_label(q).map(String::from).unwrap_or_else(|| t.t(&q.key()))
}

/// The child's grid in `round`: the class's activities up to the end of the round's
/// child-talk window, with the answers given in that round.
pub async fn grid(
    state: &AppState,
    t: &Tr,
    round: &Round,
    class: &ClassId,
    child: &ChildId,
) -> Result<GridView, AppError> {
    let school = &round.school_id;
    let style = samenspraak_store::instrument_templates::grid_style(&state.store, school).await?;
    let domain_set = Domains::of_school(state, school).await?;
    let list = activities::of_round(&state.store, class, round.plan.child_talk_until).await?;
    let answers = activities::ratings(&state.store, &round.id, child).await?;
    let mut per_cell = [[0usize; 2]; 2];
    let mut rated = Vec::new();
    let views = list
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let answer = answers.iter().find(|(id, _, _)| *id == a.id);
            let quadrant = answer.map(|(_, l, g)| Quadrant::of(*l, *g));
            if let Some((_, l, g)) = answer {
                rated.push((a.domain.as_str(), *l, *g));
            }
            // Dots fill their quadrant left to right, five to a row.
            let dot = match quadrant {
                Some(q) => {
                    let (cx, cy) = q.cell();
                    let n = &mut per_cell[usize::from(cx)][usize::from(cy)];
                    let (col, row) = (*n % 5, *n / 5);
                    *n += 1;
                    (
                        f64::from(cx) * 150.0 + 30.0 + col as f64 * 26.0,
                        f64::from(cy) * 130.0 + 60.0 + row as f64 * 26.0,
                    )
                }
                None => (0.0, 0.0),
            };
            ActivityView {
                id: a.id.clone(),
                number: i + 1,
                title: a.title.clone(),
                domain: domain_set.name(t, &a.domain),
                liked: answer.map(|(_, l, _)| *l),
                good: answer.map(|(_, _, g)| *g),
                quadrant: quadrant.map(|q| quadrant_name(t, &style, q)),
                dot,
            }
        })
        .collect();
    let domains = summary(&rated, &domain_set.keys())
        .into_iter()
        .map(|(d, counts)| {
            let words: Vec<String> = Quadrant::ALL
                .iter()
                .zip(counts)
                .filter(|(_, n)| *n > 0)
                .map(|(q, n)| format!("{} × {}", n, quadrant_name(t, &style, *q)))
                .collect();
            (domain_set.name(t, &d), words.join(", "))
        })
        .collect();
    Ok(GridView {
        quadrants: Quadrant::ALL
            .iter()
            .map(|q| {
                let (cx, cy) = q.cell();
                (
                    quadrant_name(t, &style, *q),
                    style.colour(*q).to_string(),
                    (u32::from(cx) * 150, u32::from(cy) * 130),
                )
            })
            .collect(),
        activities: views,
        domains,
    })
}
