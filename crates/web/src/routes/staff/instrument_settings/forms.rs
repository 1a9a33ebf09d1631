//! The forms of the instrument settings: a school's or a class's axes and statements, a
//! class following its school again, and the grid's names and colours.

use super::*;

/// Saves one instrument's choice: `item` per ticked key, `own` with one item per line.
async fn save(
    state: &AppState,
    sv: &StaffViewer,
    owner: Owner,
    kind: Kind,
    pairs: Vec<(String, String)>,
) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let ticked: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "item")
        .map(|(_, v)| v.clone())
        .collect();
    let own = pairs
        .iter()
        .find(|(k, _)| k == "own")
        .map(|(_, v)| v.chars().take(2000).collect::<String>())
        .unwrap_or_default();
    let names: Vec<(String, String)> = pairs
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("name_")?.to_string(), v.clone())))
        .collect();
    let offered = offered(state, &owner, kind).await?;
    let chosen = Template::choose(kind, &offered, &ticked, &own).and_then(|template| match kind {
        Kind::Frame => template.rename(&names),
        _ => Ok(template),
    });
    match chosen {
        Ok(template) => {
            match &owner {
                Owner::School(school) => instrument_templates::set_for_school(&state.store, school, &template).await?,
                Owner::Class { class, .. } => {
                    instrument_templates::set_for_class(&state.store, class, &template).await?
                }
            }
            Ok(Redirect::to(&format!("{}#{}", owner.base(), kind.as_str())).into_response())
        }
        Err(e) => {
            let message = match e {
                TemplateError::TooFew { min } => t.n("settings-too-few", min as i64),
                TemplateError::TooMany { max } => t.n("settings-too-many", max as i64),
                TemplateError::TooLong => t.n(
                    "settings-too-long",
                    samenspraak_core::instrument_template::MAX_OWN_CHARS as i64,
                ),
            };
            let mut sections = Vec::new();
            for &k in owner.kinds() {
                let typed = (k == kind).then(|| Typed {
                    ticked: ticked.clone(),
                    own: own.clone(),
                    error: message.clone(),
                    names: names.clone(),
                });
                sections.push(section(state, &t, &owner, k, typed).await?);
            }
            render_invalid(&page(state, sv, &owner, sections, None).await?)
        }
    }
}

pub async fn school_save(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(kind): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let owner = school_owner(&sv)?;
    let kind = owner.kind(&kind)?;
    save(&state, &sv, owner, kind, pairs).await
}

pub async fn class_save(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((id, kind)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let owner = class_owner(&state, &sv, id).await?;
    let kind = owner.kind(&kind)?;
    save(&state, &sv, owner, kind, pairs).await
}

/// The class follows the school again.
pub async fn class_follow_school(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((id, kind)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let owner = class_owner(&state, &sv, id).await?;
    let kind = owner.kind(&kind)?;
    if let Owner::Class { class, .. } = &owner {
        instrument_templates::clear_for_class(&state.store, class, kind).await?;
    }
    Ok(Redirect::to(&format!("{}#{}", owner.base(), kind.as_str())).into_response())
}

/// The grid's quadrants: `name_<quadrant>` (own words, may stay empty) and
/// `colour_<quadrant>` (`#rrggbb`, light enough for the dark text on it).
pub async fn school_save_grid(
    State(state): State<AppState>,
    sv: StaffViewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let owner = school_owner(&sv)?;
    let t = sv.viewer.tr();
    let value = |name: String| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.trim().to_string())
    };
    let mut style = GridStyle::default();
    let mut rows = Vec::new();
    let mut invalid = false;
    for (q, entry) in Quadrant::ALL.iter().zip(style.quadrants.iter_mut()) {
        let own: String = value(format!("name_{}", q.as_str()))
            .unwrap_or_default()
            .chars()
            .take(GRID_NAME_CHARS)
            .collect();
        let colour = value(format!("colour_{}", q.as_str())).unwrap_or_default();
        let error = match parse_colour(&colour) {
            Ok(_) => None,
            Err(ColourError::NotAColour) => Some(t.t("settings-colour-wrong")),
            Err(ColourError::TooDark) => Some(t.t("settings-colour-dark")),
        };
        invalid |= error.is_some();
        if error.is_none() {
            entry.2 = colour.to_lowercase();
        }
        entry.1 = (!own.is_empty()).then(|| own.clone());
        rows.push(QuadrantRow {
            key: q.as_str(),
            name: t.t(&q.key()),
            own,
            colour,
            error,
        });
    }
    let Owner::School(school) = &owner else {
        return Err(AppError::Forbidden);
    };
    if invalid {
        let mut sections = Vec::new();
        for &k in owner.kinds() {
            sections.push(section(&state, &t, &owner, k, None).await?);
        }
        return render_invalid(&page(&state, &sv, &owner, sections, Some(rows)).await?);
    }
    instrument_templates::set_grid_style(&state.store, school, &style).await?;
    Ok(Redirect::to("/school/instruments#grid").into_response())
}

/// A quadrant's name sits in a box 150 px wide on the grid.
const GRID_NAME_CHARS: usize = 24;
