//! Invitations and reminders by mail, put in the outbox.

use super::*;

#[derive(Template)]
#[template(path = "mail/invitation.txt")]
struct MailText<'a> {
    l: &'a Letter,
}

#[derive(Template)]
#[template(path = "mail/invitation.html")]
struct MailHtml<'a> {
    l: &'a Letter,
    subject: &'a str,
}

#[derive(Template)]
#[template(path = "mail/reminder.txt")]
struct ReminderText<'a> {
    l: &'a Letter,
    deadline: &'a str,
}

#[derive(Template)]
#[template(path = "mail/reminder.html")]
struct ReminderHtml<'a> {
    l: &'a Letter,
    subject: &'a str,
    deadline: &'a str,
}

/// `POST /rounds/{id}/invitations/{class}/remind`: a reminder by mail, with a fresh link,
/// to every guardian with an address who has not sent the questionnaire. Those without an
/// address are on the page's list to call.
pub async fn remind(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let s = Sending::prepare(&state, &sv, round, class, &pairs).await?;
    let (round, class) = (&s.round, &s.class);
    let answered = samenspraak_store::questionnaires::progress_of_round(&state.store, &round.id).await?;
    let deadline = round.plan.questionnaire_deadline();
    for invitee in s.invitees(&state).await? {
        let Some(address) = invitee.guardian.email.clone() else {
            continue;
        };
        if answered_all(&invitee, &answered) {
            continue;
        }
        s.mail(&state, &sv.who(), &invitee, &address, |l| {
            let date = l.t.date_long(deadline);
            let subject = l.t.t1("reminder-subject", "children", &l.children);
            let text = ReminderText { l, deadline: &date }.render()?;
            let html = ReminderHtml {
                l,
                subject: &subject,
                deadline: &date,
            }
            .render()?;
            Ok((REMINDER_PURPOSE, subject, text, html))
        })
        .await?;
    }
    Ok(Redirect::to(&format!("{}#remind", base(round, class))).into_response())
}

/// What reminder mails are filed under in the outbox.
const REMINDER_PURPOSE: &str = "reminder";

/// `POST /rounds/{id}/invitations/{class}/emails`: a new emailed invitation for each
/// guardian with an address (or the `guardian`s given), put in the outbox.
pub async fn emails(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let s = Sending::prepare(&state, &sv, round, class, &pairs).await?;
    let (round, class) = (&s.round, &s.class);
    for invitee in s.invitees(&state).await? {
        let Some(address) = invitee.guardian.email.clone() else {
            continue;
        };
        s.mail(&state, &sv.who(), &invitee, &address, |l| {
            let subject = l.t.t1("mail-subject", "children", &l.children);
            let text = MailText { l }.render()?;
            let html = MailHtml { l, subject: &subject }.render()?;
            Ok((MAIL_PURPOSE, subject, text, html))
        })
        .await?;
    }
    Ok(Redirect::to(&format!("{}#email", base(round, class))).into_response())
}
