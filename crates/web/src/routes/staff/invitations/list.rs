//! The overview of a class's invitations: who was invited how, who opened it, who answered
//! the questionnaire, and the questionnaire the class uses.

use super::*;

/// One guardian's row on the overview.
pub struct Row {
    pub id: String,
    pub name: String,
    pub children: String,
    pub language: String,
    pub email: String,
    pub letter: String,
    /// What became of the emailed invitation.
    pub mailed: String,
    /// How far the guardian got with the questionnaire.
    pub questionnaire: String,
    pub opened: bool,
}

/// A guardian the teacher calls: no mail address, and the questionnaire not sent yet.
struct ToCall {
    name: String,
    /// Their children at school, first names.
    children: String,
    phone: String,
    language: String,
}

#[derive(Template)]
#[template(path = "invitations/list.html")]
struct ListPage {
    ctx: PageCtx,
    url: String,
    round_url: String,
    outbox_url: String,
    rows: Vec<Row>,
    /// "3 van de 35 ouders openden hun uitnodiging."
    opened_words: String,
    /// The questionnaire sets to choose from: (key, name, chosen).
    sets: Vec<(&'static str, String, bool)>,
    /// The teacher's own questions, one per line.
    own_questions: String,
    /// Guardians to call: no address, questionnaire not sent.
    to_call: Vec<ToCall>,
    /// When mail is held back, as a sentence; and whether there is a mail server at all.
    mail_note: String,
    mail_server: bool,
}

fn status_words(t: &Tr, status: Option<&Status>) -> (String, bool) {
    match status {
        None => (t.t("invite-not-yet"), false),
        Some(s) if s.revoked => (t.t("invite-revoked"), false),
        Some(s) => match s.opened_at {
            Some(at) => (
                t.t1(
                    "invite-opened",
                    "date",
                    t.date_short(samenspraak_core::time::utc_to_local(at).date()),
                ),
                true,
            ),
            None => (
                t.t1(
                    "invite-made",
                    "date",
                    t.date_short(samenspraak_core::time::utc_to_local(s.created_at).date()),
                ),
                false,
            ),
        },
    }
}

/// `POST /rounds/{id}/invitations/{class}/questionnaire`: which questionnaire the class's
/// families get (`set`).
pub async fn choose_questionnaire(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, class) = load(&state, &sv, round, class).await?;
    let set = pairs
        .iter()
        .find(|(k, _)| k == "set")
        .and_then(|(_, v)| Set::parse(v))
        .ok_or(AppError::BadRequest)?;
    let own: String = pairs
        .iter()
        .find(|(k, _)| k == "own")
        .map(|(_, v)| v.chars().take(3000).collect())
        .unwrap_or_default();
    samenspraak_store::questionnaires::choose_set(&state.store, &round.id, &class.id, set, &own).await?;
    Ok(Redirect::to(&format!("{}#questionnaire", base(&round, &class))).into_response())
}

/// `GET /rounds/{id}/invitations/{class}`.
pub async fn list(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (round, class) = load(&state, &sv, round, class).await?;
    let t = sv.viewer.tr();
    let statuses = invitations::statuses(&state.store, &round.id).await?;
    let deliveries = outbox::deliveries(&state.store, &round.id, MAIL_PURPOSE).await?;
    let answered = samenspraak_store::questionnaires::progress_of_round(&state.store, &round.id).await?;
    let chosen = samenspraak_store::questionnaires::set_of(&state.store, &round.id, &class.id, class.grade).await?;
    let all = invitees(&state, &class).await?;
    let to_call = all
        .iter()
        .filter(|i| i.guardian.email.is_none() && !answered_all(i, &answered))
        .map(|i| ToCall {
            name: i.guardian.name.clone(),
            children: i.children.join(", "),
            phone: i.guardian.phone.clone().unwrap_or_else(|| "—".into()),
            language: t.language_name(i.guardian.language),
        })
        .collect();
    let rows: Vec<Row> = all
        .into_iter()
        .map(|i| {
            let letter = statuses
                .iter()
                .find(|s| s.guardian_id == i.guardian.id && s.channel == Channel::Letter);
            let emailed = statuses
                .iter()
                .find(|s| s.guardian_id == i.guardian.id && s.channel == Channel::Email);
            let opened = [letter, emailed]
                .iter()
                .flatten()
                .any(|s| s.opened_at.is_some() && !s.revoked);
            let (letter, _) = status_words(&t, letter);
            let delivery = deliveries.iter().find(|d| d.guardian_id == i.guardian.id);
            let mailed = crate::ui::words::mail_words(&t, i.guardian.email.is_some(), delivery);
            let progress = answered
                .iter()
                .filter(|(_, g, _)| *g == i.guardian.id)
                .map(|(_, _, p)| *p)
                .max()
                .unwrap_or(Progress::NotOpened);
            Row {
                mailed,
                questionnaire: t.t(&format!("q-progress-{}", progress.as_str())),
                id: i.guardian.id.to_string(),
                name: i.guardian.name.clone(),
                children: i.children.join(", "),
                language: t.language_name(i.guardian.language),
                email: i.guardian.email.clone().unwrap_or_default(),
                letter,
                opened,
            }
        })
        .collect();
    let (from, until) = outbox::quiet_hours(&state.store, &class.school_id).await?;
    render(&ListPage {
        own_questions: chosen.own.clone(),
        to_call,
        sets: Set::ALL
            .iter()
            .map(|s| (s.as_str(), t.t(&format!("q-set-{}", s.as_str())), *s == chosen.set))
            .collect(),
        mail_note: t.t2("invite-email-note", "from", from, "until", until),
        mail_server: state.config.mail.smtp_url.is_some(),
        ctx: sv
            .viewer
            .page(t.t2("invite-title", "class", &class.name, "round", &round.plan.name)),
        url: base(&round, &class),
        round_url: format!("/rounds/{}", round.id),
        outbox_url: format!("/rounds/{}/outbox/{}", round.id, class.id),
        opened_words: t.counts(
            "invite-opened-count",
            &[
                ("count", rows.iter().filter(|r| r.opened).count() as i64),
                ("total", rows.len() as i64),
            ],
        ),
        rows,
    })
}
