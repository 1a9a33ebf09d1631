//! Adjusting the instruments: the school admin sets the school's spider-web axes, smiley
//! statements and the interest grid's names and colours; a teacher picks the axes and
//! statements for their own class, or follows the school.

pub mod forms;

use crate::access::scope::class_to_plan;
use crate::http::error::{AppError, allow};
use crate::http::form::Form;
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::ui::instruments::item_label;
use crate::ui::page::{PageCtx, render, render_invalid};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::{ClassId, SchoolId};
use samenspraak_core::instrument_template::{
    ColourError, GridStyle, Item, Kind, Template, TemplateError, parse_colour,
};
use samenspraak_core::interest::Quadrant;
use samenspraak_core::policy::{Action, decide};
use samenspraak_store::instrument_templates;

/// An item the form offers.
pub struct Offered {
    pub key: String,
    pub words: String,
    pub ticked: bool,
    /// The school's own name for it, if it gave one.
    pub name: String,
}

/// One instrument's form: the items offered with a tick, the own lines, and a problem.
pub struct Section {
    pub kind: &'static str,
    pub title: String,
    pub hint: String,
    pub offered: Vec<Offered>,
    /// Whether built-in items can get the school's own name (the frame's boxes).
    pub renames: bool,
    pub own_hint: String,
    pub own: String,
    pub error: Option<String>,
    /// For a class: whether it follows the school (no choice of its own).
    pub follows: bool,
}

/// What was typed in an instrument's form that came back with a problem.
struct Typed {
    ticked: Vec<String>,
    own: String,
    error: String,
    /// (key, own name) of built-in items renamed.
    names: Vec<(String, String)>,
}

/// One quadrant's row in the grid form.
pub struct QuadrantRow {
    pub key: &'static str,
    pub name: String,
    pub own: String,
    pub colour: String,
    pub error: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "instruments.html")]
struct SettingsPage {
    ctx: PageCtx,
    /// Where the forms post: `/school/instruments` or `/classes/{id}/instruments`.
    base: String,
    intro: String,
    back: (String, String),
    sections: Vec<Section>,
    /// Only the school sets the grid.
    grid: Vec<QuadrantRow>,
    is_school: bool,
}

/// Who owns the template being edited.
enum Owner {
    School(SchoolId),
    Class {
        school: SchoolId,
        class: ClassId,
        name: String,
    },
}

impl Owner {
    fn base(&self) -> String {
        match self {
            Owner::School(_) => "/school/instruments".into(),
            Owner::Class { class, .. } => format!("/classes/{class}/instruments"),
        }
    }
}

impl Owner {
    /// What this owner may adjust: a school everything, a class its instruments.
    fn kinds(&self) -> &'static [Kind] {
        match self {
            Owner::School(_) => &Kind::ALL,
            Owner::Class { .. } => &Kind::FOR_CLASSES,
        }
    }

    fn kind(&self, s: &str) -> Result<Kind, AppError> {
        self.kinds()
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or(AppError::NotFound)
    }
}

/// What a form offers to tick: the built-in items, and for a class also the school's own.
async fn offered(state: &AppState, owner: &Owner, kind: Kind) -> Result<Vec<Item>, AppError> {
    let mut items = Template::default_for(kind).items;
    if let Owner::Class { school, .. } = owner
        && let Some(school_template) = instrument_templates::of_school(&state.store, school, kind).await?
    {
        for item in school_template.items {
            if !items.iter().any(|i| i.key == item.key) {
                items.push(item);
            }
        }
    }
    Ok(items)
}

async fn section(
    state: &AppState,
    t: &Tr,
    owner: &Owner,
    kind: Kind,
    typed: Option<Typed>,
) -> Result<Section, AppError> {
    let offered = offered(state, owner, kind).await?;
    let (own_template, follows) = match owner {
        Owner::School(school) => (
            instrument_templates::of_school(&state.store, school, kind).await?,
            false,
        ),
        Owner::Class { class, .. } => {
            let mine = instrument_templates::of_class(&state.store, class, kind).await?;
            let follows = mine.is_none();
            (mine, follows)
        }
    };
    let current = match (&own_template, owner) {
        (Some(t), _) => t.clone(),
        (None, Owner::Class { school, class, .. }) => {
            instrument_templates::effective(&state.store, school, class, kind).await?
        }
        (None, Owner::School(_)) => Template::default_for(kind),
    };
    let (ticked, own, error, names) = match typed {
        Some(Typed {
            ticked,
            own,
            error,
            names,
        }) => (ticked, own, Some(error), names),
        None => (
            current.items.iter().map(|i| i.key.clone()).collect(),
            current
                .items
                .iter()
                .filter(|i| i.own.is_some() && !offered.iter().any(|o| o.key == i.key))
                .filter_map(|i| i.own.clone())
                .collect::<Vec<_>>()
                .join("\n"),
            None,
            // A renamed built-in item: its key with the school's words.
            current
                .items
                .iter()
                .filter(|i| offered.iter().any(|o| o.key == i.key))
                .filter_map(|i| Some((i.key.clone(), i.own.clone()?)))
                .collect(),
        ),
    };
    let (min, max) = kind.bounds();
    Ok(Section {
        kind: kind.as_str(),
        title: t.t(&format!("settings-{}", kind.as_str())),
        hint: t.t2("settings-between", "min", min, "max", max),
        offered: offered
            .iter()
            .map(|i| {
                let name = names
                    .iter()
                    .find(|(k, _)| *k == i.key)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default();
                Offered {
                    key: i.key.clone(),
                    words: item_label(t, kind, i),
                    ticked: ticked.contains(&i.key),
                    name,
                }
            })
            .collect(),
        renames: kind == Kind::Frame,
        own_hint: t.t(match kind {
            Kind::Frame => "settings-own-hint-frame",
            // A happy face must mean good news, or the conversation screen puts the
            // statement under what is hard when the child feels fine.
            Kind::Smileys => "settings-own-hint-smileys",
            _ => "settings-own-hint",
        }),
        own,
        error,
        follows,
    })
}

async fn grid_rows(state: &AppState, t: &Tr, school: &SchoolId) -> Result<Vec<QuadrantRow>, AppError> {
    let style = instrument_templates::grid_style(&state.store, school).await?;
    Ok(Quadrant::ALL
        .iter()
        .map(|q| QuadrantRow {
            key: q.as_str(),
            name: t.t(&q.key()),
            own: style.own_label(*q).unwrap_or_default().to_string(),
            colour: style.colour(*q).to_string(),
            error: None,
        })
        .collect())
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    owner: &Owner,
    sections: Vec<Section>,
    grid: Option<Vec<QuadrantRow>>,
) -> Result<SettingsPage, AppError> {
    let t = sv.viewer.tr();
    let (title, intro, back, is_school) = match owner {
        Owner::School(_) => (
            t.t("settings-school-title"),
            t.t("settings-school-intro"),
            ("/school".to_string(), t.t1("back-to", "name", t.t("nav-school"))),
            true,
        ),
        Owner::Class { class, name, .. } => (
            t.t1("settings-class-title", "class", name),
            t.t("settings-class-intro"),
            (format!("/classes/{class}"), t.t1("back-to", "name", name)),
            false,
        ),
    };
    let grid = match (grid, owner) {
        (Some(g), _) => g,
        (None, Owner::School(school)) => grid_rows(state, &t, school).await?,
        (None, Owner::Class { .. }) => Vec::new(),
    };
    Ok(SettingsPage {
        ctx: sv.viewer.page(title),
        base: owner.base(),
        intro,
        back,
        sections,
        grid,
        is_school,
    })
}

async fn show(state: &AppState, sv: &StaffViewer, owner: Owner) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let mut sections = Vec::new();
    for &kind in owner.kinds() {
        sections.push(section(state, &t, &owner, kind, None).await?);
    }
    render(&page(state, sv, &owner, sections, None).await?)
}

fn school_owner(sv: &StaffViewer) -> Result<Owner, AppError> {
    allow(decide(&sv.actor(), Action::ManagePeople { school: sv.school() }))?;
    Ok(Owner::School(sv.school().clone()))
}

async fn class_owner(state: &AppState, sv: &StaffViewer, id: String) -> Result<Owner, AppError> {
    let class = class_to_plan(state, sv, id).await?;
    Ok(Owner::Class {
        school: class.school_id,
        class: class.id,
        name: class.name,
    })
}

pub async fn school_show(State(state): State<AppState>, sv: StaffViewer) -> Result<Response, AppError> {
    let owner = school_owner(&sv)?;
    show(&state, &sv, owner).await
}

pub async fn class_show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let owner = class_owner(&state, &sv, id).await?;
    show(&state, &sv, owner).await
}
