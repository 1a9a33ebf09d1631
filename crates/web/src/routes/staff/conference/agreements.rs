//! A class's agreements still open, those past their date first.

use super::*;
use crate::ui::agreements::{AgreementView, agreement_view};

#[derive(Template)]
#[template(path = "conference/open.html")]
struct OpenPage {
    ctx: PageCtx,
    back: String,
    rows: Vec<OpenAgreement>,
}

/// An agreement still open, with whose it is and where it was made.
struct OpenAgreement {
    child: String,
    /// The frame it was agreed in.
    frame: String,
    agreement: AgreementView,
    late: bool,
}

/// `GET /classes/{id}/agreements`: the class's agreements still open, those past their date
/// first, each with a link to the frame it was made in.
pub async fn open_of_class(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let class = crate::access::scope::class_to_view(&state, &sv, id).await?;
    let t = sv.viewer.tr();
    let today = samenspraak_core::time::today(samenspraak_store::now());
    let kids = samenspraak_store::children::in_class(&state.store, &class.id).await?;
    let rows = frames::open_of_class(&state.store, &class.id, today)
        .await?
        .iter()
        .map(|a| {
            let name = kids
                .iter()
                .find(|k| k.id == a.child_id)
                .map(|k| k.full_name())
                .unwrap_or_default();
            let frame = format!("/rounds/{}/frame/{}", a.round_id, a.child_id);
            OpenAgreement {
                child: name,
                frame,
                agreement: agreement_view(&t, a),
                late: a.due_on.is_some_and(|d| d < today),
            }
        })
        .collect();
    render(&OpenPage {
        ctx: sv.viewer.page(t.t1("open-agreements-title", "class", &class.name)),
        back: format!("/classes/{}", class.id),
        rows,
    })
}
