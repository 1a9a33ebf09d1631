//! The teacher's side of the class tablet: the class code and its QR code for the board,
//! and every child's picture code, each of which the teacher can renew.

use crate::access::scope::ClassToPlan;
use crate::http::error::AppError;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use crate::ui::qr::{qr_svg, tablet_link};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::ChildId;
use samenspraak_core::tablet::{PICTURE_CODE_LEN, display_class_code};
use samenspraak_store::{children, login_limits, tablet};

pub struct CodeRow {
    pub id: String,
    pub name: String,
    pub pictures: [&'static str; PICTURE_CODE_LEN],
    /// The pictures in words ("zon, kat, vis"), for reading aloud and for screen readers.
    pub words: String,
}

#[derive(Template)]
#[template(path = "classes/tablet.html")]
struct TabletPage {
    ctx: PageCtx,
    class_id: String,
    class_name: String,
    code: String,
    link: String,
    qr_svg: String,
    children: Vec<CodeRow>,
    /// Wrong picture codes tried on this class in the last day, when that many that it
    /// looks like someone is guessing.
    guessing: Option<i64>,
}

/// From this many wrong picture codes in a day, the class page warns its teacher: more
/// than children mistyping, about half of what the class may have.
const GUESSING_WARNING: i64 = login_limits::PICTURES_PER_CLASS_DAY / 2;

pub async fn show(State(state): State<AppState>, ClassToPlan { sv, class }: ClassToPlan) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let code = tablet::class_code(&state.store, &class.id).await?;
    let link = tablet_link(&state.config.base_url, &code);
    let codes = tablet::picture_codes(&state.store, &class.id).await?;
    let rows = children::in_class(&state.store, &class.id)
        .await?
        .into_iter()
        .filter_map(|c| {
            let (_, code) = codes.iter().find(|(id, _)| *id == c.id)?;
            let pictures = code.keys();
            Some(CodeRow {
                id: c.id.to_string(),
                name: c.full_name(),
                words: pictures.map(|k| t.t(&format!("picture-{k}"))).join(", "),
                pictures,
            })
        })
        .collect();
    render(&TabletPage {
        ctx: sv.viewer.page(t.t1("class-tablet-title", "class", &class.name)),
        class_id: class.id.to_string(),
        class_name: class.name.clone(),
        code: display_class_code(&code),
        qr_svg: qr_svg(&link)?,
        link,
        children: rows,
        guessing: Some(login_limits::picture_failures_in_class(&state.store, &class.id).await?)
            .filter(|n| *n >= GUESSING_WARNING),
    })
}

/// A new class code: the old one, and any QR code printed with it, stops working.
pub async fn renew_code(
    State(state): State<AppState>,
    ClassToPlan { class, .. }: ClassToPlan,
) -> Result<Response, AppError> {
    tablet::renew_class_code(&state.store, &class.id).await?;
    // Whoever was guessing needs the new code first; the class's children start afresh.
    login_limits::forget_class(&state.store, &class.id).await?;
    Ok(Redirect::to(&format!("/classes/{}/tablet", class.id)).into_response())
}

/// A new picture code for one child, e.g. after they told a classmate theirs.
pub async fn reset_picture_code(
    State(state): State<AppState>,
    ClassToPlan { sv, class }: ClassToPlan,
    Path((_, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let child = children::get(&state.store, sv.school(), &ChildId(child)).await?;
    if child.class_id.as_ref() != Some(&class.id) {
        return Err(AppError::NotFound);
    }
    tablet::reset_picture_code(&state.store, &child.id).await?;
    // Whoever is signed in as this child with the old code is signed out.
    samenspraak_store::sessions::delete_for_actor(&state.store, samenspraak_core::ActorKind::Child, child.id.as_str())
        .await?;
    Ok(Redirect::to(&format!("/classes/{}/tablet#codes-heading", class.id)).into_response())
}
