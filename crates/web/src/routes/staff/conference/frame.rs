//! The teacher's page of the gesprekskader: the boxes and the agreements of one child's
//! conversation, and the forms that save them (also sent from the conversation panel).

use super::*;
use crate::access::scope::child_in_round;
use crate::ui::agreements::{AgreementView, agreement_view};
use crate::ui::conference::{BoxField, box_fields, frame_of, grade_of, hidden_boxes, status_choices, who_choices};

#[derive(Template)]
#[template(path = "conference/frame.html")]
struct FramePage {
    ctx: PageCtx,
    url: String,
    back: String,
    boxes: Vec<BoxField>,
    agreements: Vec<AgreementView>,
    /// The new agreement as typed: what, who, by.
    new: (String, String, String),
    who: Vec<(String, String)>,
    statuses: Vec<(String, String)>,
    errors: FieldErrors,
    notice: Option<String>,
    /// Boxes the school hid that still hold text for this child.
    hidden: Vec<String>,
    /// The guardians who read what the conversation brought: "Samira Bennani (29 november 2026)".
    read_by: Vec<String>,
    /// Once the summary was sent: when, and per guardian what the outbox did with it
    /// ("Samira Bennani: Verstuurd op 2 december") — a queued mail is not yet a mailed one.
    sent_on: Option<String>,
    deliveries: Vec<String>,
    /// The teacher's preparation and the conversation panel of this child.
    prepare: String,
    panel: String,
}

/// Whether a frame form was sent from the conversation panel.
fn from_panel(pairs: &[(String, String)]) -> bool {
    crate::http::form::field(pairs, "back") == "panel"
}

/// Where a frame form goes back to: the conversation panel when it came from there.
fn back_to(pairs: &[(String, String)], round: &Round, child: &Child) -> String {
    if from_panel(pairs) {
        format!("/rounds/{}/conference/{}/panel?saved=1", round.id, child.id)
    } else {
        format!("/rounds/{}/frame/{}?saved=1", round.id, child.id)
    }
}

async fn page(
    state: &AppState,
    sv: &StaffViewer,
    round: &Round,
    child: &Child,
    typed: Typed,
    notice: Option<String>,
) -> Result<FramePage, AppError> {
    let Typed {
        boxes: typed,
        new,
        errors,
    } = typed;
    let t = sv.viewer.tr();
    let boxes = box_fields(state, &t, round, child, typed.as_deref()).await?;
    let hidden = hidden_boxes(state, &t, round, child).await?;
    let agreements = frames::agreements(&state.store, &round.id, &child.id)
        .await?
        .iter()
        .map(|a| agreement_view(&t, a))
        .collect();
    let read_by = frames::read_by(&state.store, &round.id, &child.id)
        .await?
        .into_iter()
        .map(|(_, name, at)| {
            format!(
                "{name} ({})",
                t.date_long(samenspraak_core::time::utc_to_local(at).date())
            )
        })
        .collect();
    let sent_on = frames::summary_sent(&state.store, &round.id, &child.id)
        .await?
        .map(|at| t.date_long(samenspraak_core::time::utc_to_local(at).date()));
    let mut deliveries = Vec::new();
    if sent_on.is_some() {
        let mails = samenspraak_store::outbox::deliveries(&state.store, &round.id, "summary").await?;
        for g in guardians::of_child(&state.store, &child.id).await? {
            if let Some(d) = mails.iter().find(|d| d.guardian_id == g.id) {
                let words = crate::ui::words::mail_words(&t, true, Some(d));
                deliveries.push(format!("{}: {words}", g.name));
            }
        }
    }
    Ok(FramePage {
        read_by,
        sent_on,
        deliveries,
        prepare: format!("/rounds/{}/prepare/{}", round.id, child.id),
        panel: format!("/rounds/{}/conference/{}/panel", round.id, child.id),
        ctx: sv.viewer.page(t.t1("frame-title", "child", child.full_name())),
        url: format!("/rounds/{}/frame/{}", round.id, child.id),
        back: format!("/rounds/{}", round.id),
        boxes,
        hidden,
        agreements,
        new,
        who: who_choices(&t),
        statuses: status_choices(&t),
        errors,
        notice,
    })
}

/// `GET /rounds/{id}/frame/{child}`.
pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let (round, _, child) = child_in_round(&state, &sv, round, child).await?;
    let t = sv.viewer.tr();
    let notice = match q.get("sent").and_then(|n| n.parse::<i64>().ok()) {
        Some(0) => Some(t.t("summary-sent-none")),
        Some(n) => Some(t.n("summary-sent", n)),
        None => q.contains_key("saved").then(|| t.t("frame-saved")),
    };
    render(&page(&state, &sv, &round, &child, Typed::default(), notice).await?)
}

/// `POST /rounds/{id}/frame/{child}`: every box as typed (`box_<name>`); all or nothing.
pub async fn save(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, class, child) = child_in_round(&state, &sv, round, child).await?;
    let t = sv.viewer.tr();
    let mut errors = FieldErrors::new();
    let mut typed = Vec::new();
    let mut raw = Vec::new();
    for item in frame_of(&state, &round.school_id, grade_of(&state, &round, &child).await?).await? {
        let name = format!("box_{}", item.key);
        let Some((_, value)) = pairs.iter().find(|(k, _)| *k == name) else {
            continue;
        };
        raw.push((item.key.clone(), value.clone()));
        match samenspraak_core::frame::parse_box(value) {
            Ok(text) => typed.push((item.key.clone(), text)),
            Err(e) => errors.add_labelled(name, item_label(&t, Kind::Frame, &item), t.t(e.key())),
        }
    }
    if !errors.is_empty() {
        let typed = Typed {
            boxes: Some(raw),
            errors,
            ..Typed::default()
        };
        if from_panel(&pairs) {
            return super::screen::panel_invalid(&state, &sv, (&round, &class, &child), typed).await;
        }
        return render_invalid(&page(&state, &sv, &round, &child, typed, None).await?);
    }
    frames::save(&state.store, &round.id, &child.id, sv.id(), &typed).await?;
    Ok(Redirect::to(&back_to(&pairs, &round, &child)).into_response())
}

/// `POST /rounds/{id}/frame/{child}/agreements`: `what`, `who`, `by`.
pub async fn add_agreement(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, class, child) = child_in_round(&state, &sv, round, child).await?;
    let t = sv.viewer.tr();
    let field = |name: &str| crate::http::form::field(&pairs, name);
    let (what, who, by) = (field("what"), field("who"), field("by"));
    match samenspraak_core::frame::parse_agreement(&what, &who, &by) {
        Ok(a) => {
            frames::add_agreement(&state.store, &round.school_id, &round.id, &child.id, sv.id(), &a).await?;
            Ok(Redirect::to(&back_to(&pairs, &round, &child)).into_response())
        }
        Err(problems) => {
            let typed = Typed {
                boxes: None,
                new: (what, who, by),
                errors: FieldErrors::from_list(&problems, &t),
            };
            if from_panel(&pairs) {
                return super::screen::panel_invalid(&state, &sv, (&round, &class, &child), typed).await;
            }
            render_invalid(&page(&state, &sv, &round, &child, typed, None).await?)
        }
    }
}

/// `POST /rounds/{id}/frame/{child}/agreements/{agreement}`: `status` and a short `note`.
pub async fn update_agreement(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, child, id)): Path<(String, String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, _, child) = child_in_round(&state, &sv, round, child).await?;
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let status = field("status").and_then(Status::parse).ok_or(AppError::BadRequest)?;
    let note = field("note")
        .map(|n| n.trim().chars().take(300).collect::<String>())
        .filter(|n| !n.is_empty());
    frames::set_status(&state.store, &child.id, &id, status, note.as_deref()).await?;
    Ok(Redirect::to(&back_to(&pairs, &round, &child)).into_response())
}
