//! What the school sent a class's guardians in a round (`/rounds/{id}/outbox/{class}`): per
//! guardian the letter printed, every mail — invitation, reminder, confirmation, proposal,
//! cancellation, offer, summary — with what became of it and why it failed, and a button
//! that sends a failed mail again. A guardian without an address is marked "krijgt een
//! brief", so the teacher knows whom to hand one.

use super::*;
use crate::ui::outbox::{MailRow, mail_row};

/// One guardian of the class and what was sent to them.
struct Family {
    name: String,
    children: String,
    email: Option<String>,
    letter: String,
    mails: Vec<MailRow>,
}

#[derive(Template)]
#[template(path = "invitations/outbox.html")]
struct OutboxPage {
    ctx: PageCtx,
    url: String,
    invitations_url: String,
    families: Vec<Family>,
    letter_only: i64,
    failed: i64,
    notice: Option<String>,
}

/// Whether a mail of the round to `guardian` is this class's: about the class, or (mails
/// from before classes were recorded) to a guardian of it. A guardian with a child in
/// another class gets mail about that child too; that class's teacher sees it, not this one.
fn of_class(m: &outbox::Sent, class: &SchoolClass, guardian: &GuardianId) -> bool {
    m.guardian_id.as_ref() == Some(guardian)
        && match &m.class_id {
            Some(c) => *c == class.id,
            None => true,
        }
}

fn outbox_url(round: &Round, class: &SchoolClass) -> String {
    format!("/rounds/{}/outbox/{}", round.id, class.id)
}

/// `GET /rounds/{id}/outbox/{class}`.
pub async fn show(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let (round, class) = load(&state, &sv, round, class).await?;
    let t = sv.viewer.tr();
    let mails = outbox::of_round(&state.store, &round.id).await?;
    let statuses = invitations::statuses(&state.store, &round.id).await?;
    let families: Vec<Family> = invitees(&state, &class)
        .await?
        .into_iter()
        .map(|i| {
            let letter = statuses
                .iter()
                .filter(|s| s.guardian_id == i.guardian.id && s.channel == Channel::Letter)
                .map(|s| s.created_at)
                .max()
                .map(|at| {
                    t.t1(
                        "outbox-letter-made",
                        "date",
                        t.date_short(samenspraak_core::time::utc_to_local(at).date()),
                    )
                })
                .unwrap_or_else(|| t.t("outbox-no-letter"));
            Family {
                name: i.guardian.name.clone(),
                children: i.children.join(", "),
                email: i.guardian.email.clone(),
                letter,
                mails: mails
                    .iter()
                    .filter(|m| of_class(m, &class, &i.guardian.id))
                    .map(|m| mail_row(&t, m))
                    .collect(),
            }
        })
        .collect();
    render(&OutboxPage {
        ctx: sv
            .viewer
            .page(t.t2("outbox-title", "class", &class.name, "round", &round.plan.name)),
        url: outbox_url(&round, &class),
        invitations_url: base(&round, &class),
        letter_only: families.iter().filter(|f| f.email.is_none()).count() as i64,
        failed: families.iter().flat_map(|f| &f.mails).filter(|m| m.can_retry).count() as i64,
        notice: q.contains_key("retried").then(|| t.t("outbox-retried")),
        families,
    })
}

/// `POST /rounds/{id}/outbox/{class}/{mail}/retry`: a failed mail to one of the class's
/// guardians goes back into the outbox, from the first try.
pub async fn retry(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class, mail)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let (round, class) = load(&state, &sv, round, class).await?;
    let guardians: Vec<GuardianId> = invitees(&state, &class)
        .await?
        .into_iter()
        .map(|i| i.guardian.id)
        .collect();
    let ours = outbox::of_round(&state.store, &round.id)
        .await?
        .into_iter()
        .any(|m| m.id == mail && guardians.iter().any(|g| of_class(&m, &class, g)));
    if !ours {
        return Err(AppError::NotFound);
    }
    // A replayed form, or a mail sent meanwhile: back to the page, without "sent again".
    let again = outbox::retry(&state.store, &class.school_id, &mail).await?;
    let notice = if again { "?retried=1" } else { "" };
    Ok(Redirect::to(&format!("{}{notice}", outbox_url(&round, &class))).into_response())
}
