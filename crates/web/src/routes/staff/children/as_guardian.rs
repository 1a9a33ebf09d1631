//! "Bekijk als ouder" (`/children/{id}/as-guardian/{guardian}`): the school admin or the
//! child's teacher sees the portal exactly as one guardian sees it for this child — the
//! same cards from the same code, in the guardian's language — to answer a parent's
//! question without asking for their phone. Nothing on it acts for the family; opening it
//! is written to the log.

use crate::access::scope::class_to_plan;
use crate::http::error::AppError;
use crate::http::viewer::StaffViewer;
use crate::i18n::{Tr, portal_languages};
use crate::state::AppState;
use crate::ui::page::render;
use crate::ui::portal::{PortalPage, Preview, cards};
use axum::extract::{Path, State};
use axum::response::Response;
use samenspraak_core::ids::{ChildId, GuardianId};
use samenspraak_store::{audit, children, guardians};

/// `GET /children/{id}/as-guardian/{guardian}`
pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((id, guardian)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let child = children::get(&state.store, sv.school(), &ChildId(id)).await?;
    // The child's teachers and the school admin; a child without a class has no portal.
    let class = child.class_id.clone().ok_or(AppError::NotFound)?;
    class_to_plan(&state, &sv, class.0).await?;
    let guardian = guardians::of_child(&state.store, &child.id)
        .await?
        .into_iter()
        .find(|g| g.id == GuardianId(guardian.clone()))
        .ok_or(AppError::NotFound)?;
    let staff_t = sv.viewer.tr();
    let lang = Some(guardian.language)
        .filter(|l| portal_languages().contains(l))
        .unwrap_or_default();
    let t = Tr::new(lang);
    // What the portal shows this guardian: nothing when they may not hear about the child
    // or no longer sign in.
    let sees = guardian.active && guardian.right_to_info && child.active;
    let shown = if sees { vec![child.id.clone()] } else { Vec::new() };
    let children_cards = cards(&state, &t, &guardian.id, sv.school(), &shown).await?;
    let entry = sv
        .who()
        .did(audit::Kind::ParentViewOpened)
        .child(&child.id)
        .detail(format!("guardian={}", guardian.id.as_str()));
    audit::record(&state.store, &entry).await?;
    let banner = if sees {
        staff_t.t2(
            "as-guardian-banner",
            "name",
            &guardian.name,
            "language",
            staff_t.language_name(lang),
        )
    } else {
        staff_t.t1("as-guardian-sees-nothing", "name", &guardian.name)
    };
    render(&PortalPage {
        ctx: sv.viewer.page(staff_t.t1("as-guardian-title", "name", &guardian.name)),
        greeting: t.t1("family-greeting", "name", &guardian.name),
        children: children_cards,
        notice: None,
        preview: Some(Preview {
            banner,
            lang: lang.code(),
            back: format!("/children/{}", child.id),
            back_label: staff_t.t1("as-guardian-back", "name", child.full_name()),
        }),
        t,
    })
}
