//! The teacher invites a class's guardians to a round: one invitation per guardian, a
//! printed letter in the guardian's language with a QR code and a code to type, and an
//! overview of who was invited and who opened it. Guardians without the right to
//! information are not invited.
//!
//! A link exists in full only when it is made (only its hash is kept), so printing the
//! letters makes new ones: the letters printed before stop working, the emailed links not.

use crate::http::error::AppError;
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::page::{Form, PageCtx, render};
use crate::pdf;
use crate::state::AppState;
use crate::ui::qr::qr_svg;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::{ChildId, GuardianId};
use samenspraak_core::invitation::{Channel, display_code, valid_until};
use samenspraak_core::questionnaire::Set;
use samenspraak_store::classes::SchoolClass;
use samenspraak_store::guardians::{self, Guardian};
use samenspraak_store::invitations::{self, Status};
use samenspraak_store::outbox::{self, MailStatus};
use samenspraak_store::questionnaires::Progress;
use samenspraak_store::rounds::Round;
use samenspraak_store::{children, classes, schools};

/// A guardian of the class with their children in it (ids, and first names).
struct Invitee {
    guardian: Guardian,
    child_ids: Vec<ChildId>,
    children: Vec<String>,
}

async fn invitees(state: &AppState, class: &SchoolClass) -> Result<Vec<Invitee>, AppError> {
    let kids = children::in_class(&state.store, &class.id).await?;
    let first_name = |id: &ChildId| {
        kids.iter()
            .find(|c| &c.id == id && c.active)
            .map(|c| c.first_name.clone())
    };
    let mut out: Vec<Invitee> = Vec::new();
    for (child, g) in guardians::of_class(&state.store, &class.id).await? {
        let Some(name) = first_name(&child) else {
            continue;
        };
        if !g.active || !g.right_to_info {
            continue;
        }
        match out.iter_mut().find(|i| i.guardian.id == g.id) {
            Some(i) => {
                i.child_ids.push(child);
                i.children.push(name);
            }
            None => out.push(Invitee {
                guardian: g,
                child_ids: vec![child],
                children: vec![name],
            }),
        }
    }
    out.sort_by(|a, b| {
        a.children[0]
            .cmp(&b.children[0])
            .then(a.guardian.name.cmp(&b.guardian.name))
    });
    Ok(out)
}

async fn load(
    state: &AppState,
    sv: &StaffViewer,
    round: String,
    class: String,
) -> Result<(Round, SchoolClass), AppError> {
    crate::routes::scope::round_and_class(state, sv, round, class).await
}

fn base(round: &Round, class: &SchoolClass) -> String {
    format!("/rounds/{}/invitations/{}", round.id, class.id)
}

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

#[derive(Template)]
#[template(path = "invitations/list.html")]
struct ListPage {
    ctx: PageCtx,
    url: String,
    round_url: String,
    rows: Vec<Row>,
    opened: usize,
    /// The questionnaire sets to choose from: (key, name, chosen).
    sets: Vec<(&'static str, String, bool)>,
    /// The teacher's own questions, one per line.
    own_questions: String,
    /// Guardians to call: no address, questionnaire not sent. (name, children, phone, language)
    to_call: Vec<(String, String, String, String)>,
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

/// The outbox's word on a guardian's invitation mail.
fn mail_words(t: &Tr, has_address: bool, delivery: Option<&outbox::Delivery>) -> String {
    match delivery {
        _ if !has_address => t.t("invite-email-none"),
        None => t.t("invite-email-not-yet"),
        Some(d) => match d.status {
            MailStatus::Sent => t.t1(
                "invite-email-sent",
                "date",
                t.date_short(samenspraak_core::time::utc_to_local(d.sent_at.unwrap_or(0)).date()),
            ),
            MailStatus::Failed => t.t1(
                "invite-email-failed",
                "reason",
                d.last_error.clone().unwrap_or_default(),
            ),
            MailStatus::Waiting | MailStatus::Sending => match &d.last_error {
                Some(e) => format!("{} ({e})", t.t("invite-email-waiting")),
                None => t.t("invite-email-waiting"),
            },
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

/// What invitation mails are filed under in the outbox.
const MAIL_PURPOSE: &str = "invitation";

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
        .map(|i| {
            (
                i.guardian.name.clone(),
                i.children.join(", "),
                i.guardian.phone.clone().unwrap_or_else(|| "—".into()),
                t.language_name(i.guardian.language),
            )
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
            let mailed = mail_words(&t, i.guardian.email.is_some(), delivery);
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
        opened: rows.iter().filter(|r| r.opened).count(),
        rows,
    })
}

/// One printed letter, in the guardian's language.
pub struct Letter {
    pub school: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub t: Tr,
    pub guardian: String,
    pub children: String,
    pub date: String,
    pub qr_svg: String,
    pub link: String,
    pub code_url: String,
    pub code: String,
    pub prepare: Option<String>,
    pub booking: String,
    pub conference: String,
    pub signed: String,
}

/// What sending invitations to (some of) a class's guardians needs: the round and class,
/// whom to send to, and how the school signs.
struct Sending {
    round: Round,
    class: SchoolClass,
    /// Only these guardians; everyone when empty.
    only: Vec<GuardianId>,
    school: String,
    signed: String,
    site: String,
    today: jiff::civil::Date,
}

impl Sending {
    async fn prepare(
        state: &AppState,
        sv: &StaffViewer,
        round: String,
        class: String,
        pairs: &[(String, String)],
    ) -> Result<Self, AppError> {
        let (round, class) = load(state, sv, round, class).await?;
        let school = schools::get(&state.store, &class.school_id).await?;
        let teachers: Vec<String> = classes::teachers(&state.store, &class.id)
            .await?
            .into_iter()
            .map(|t| t.name)
            .collect();
        Ok(Self {
            only: pairs
                .iter()
                .filter(|(k, _)| k == "guardian")
                .map(|(_, v)| GuardianId(v.clone()))
                .collect(),
            signed: format!("{} — {}", teachers.join(", "), school.name),
            school: school.name,
            site: state.config.base_url.trim_end_matches('/').to_string(),
            today: samenspraak_core::time::today(samenspraak_store::now()),
            round,
            class,
        })
    }

    async fn invitees(&self, state: &AppState) -> Result<Vec<Invitee>, AppError> {
        Ok(invitees(state, &self.class)
            .await?
            .into_iter()
            .filter(|i| self.only.is_empty() || self.only.contains(&i.guardian.id))
            .collect())
    }

    fn letter(&self, invitee: &Invitee, issued: &invitations::Issued) -> Result<Letter, AppError> {
        let mut l = letter(
            invitee,
            issued,
            &self.round,
            &self.site,
            self.today,
            self.signed.clone(),
        )?;
        l.school = self.school.clone();
        Ok(l)
    }

    /// A mail with a fresh emailed invitation for the guardian, put in the outbox; `compose`
    /// gives its purpose, subject, text and HTML from the guardian's letter. The mail waits
    /// with placeholders for the link's token and the code: the mailer makes them new when
    /// it sends the mail (`invitations::renew_secret`), so no live secret is stored.
    async fn mail(
        &self,
        state: &AppState,
        by: &samenspraak_core::ids::StaffId,
        invitee: &Invitee,
        address: &str,
        compose: impl FnOnce(&Letter) -> Result<(&'static str, String, String, String), AppError>,
    ) -> Result<(), AppError> {
        let issued = invitations::issue(
            &state.store,
            &self.class.school_id,
            &self.round.id,
            &invitee.guardian.id,
            Channel::Email,
            valid_until(self.round.plan.conference_until),
            by,
        )
        .await?;
        let waiting = invitations::Issued {
            token: samenspraak_core::invitation::TOKEN_PLACEHOLDER.to_string(),
            code: samenspraak_core::invitation::CODE_PLACEHOLDER.to_string(),
            ..issued
        };
        let l = self.letter(invitee, &waiting)?;
        let (purpose, subject, text, html) = compose(&l)?;
        outbox::enqueue(
            &state.store,
            outbox::NewMail {
                school: self.class.school_id.clone(),
                round: Some(self.round.id.clone()),
                guardian: Some(invitee.guardian.id.clone()),
                purpose,
                to_address: address.to_string(),
                to_name: invitee.guardian.name.clone(),
                subject,
                text_body: text,
                html_body: html,
                calendar: None,
                invitation: Some(waiting.id.clone()),
            },
        )
        .await?;
        Ok(())
    }
}

/// The invitation's words for one guardian, in their language: the letter, and the mail.
fn letter(
    invitee: &Invitee,
    issued: &invitations::Issued,
    round: &Round,
    site: &str,
    today: jiff::civil::Date,
    signed: String,
) -> Result<Letter, AppError> {
    let lang = crate::i18n::portal_language(invitee.guardian.language);
    let t = Tr::new(lang);
    let link = format!("{site}/i/{}", issued.token);
    let plan = &round.plan;
    Ok(Letter {
        school: String::new(),
        lang: lang.code(),
        dir: lang.dir(),
        guardian: invitee.guardian.name.clone(),
        children: invitee.children.join(" & "),
        date: t.date_long(today),
        qr_svg: qr_svg(&link)?,
        link,
        code_url: format!("{site}/code"),
        code: display_code(&issued.code),
        prepare: plan.parent_prep_until.map(|d| t.date_long(d)),
        booking: t.t2(
            "family-between",
            "from",
            t.datetime_long(plan.booking_opens),
            "until",
            t.datetime_long(plan.booking_closes),
        ),
        conference: t.t2(
            "family-between-days",
            "from",
            t.date_long(plan.conference_from),
            "until",
            t.date_long(plan.conference_until),
        ),
        signed,
        t,
    })
}

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

/// Whether the guardian sent the questionnaire for every one of their children in the class.
fn answered_all(invitee: &Invitee, answered: &[(ChildId, GuardianId, Progress)]) -> bool {
    invitee.child_ids.iter().all(|child| {
        answered
            .iter()
            .any(|(c, g, p)| c == child && *g == invitee.guardian.id && *p == Progress::Submitted)
    })
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
    let deadline = crate::routes::questionnaire::deadline(&round.plan);
    for invitee in s.invitees(&state).await? {
        let Some(address) = invitee.guardian.email.clone() else {
            continue;
        };
        if answered_all(&invitee, &answered) {
            continue;
        }
        s.mail(&state, sv.id(), &invitee, &address, |l| {
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
        s.mail(&state, sv.id(), &invitee, &address, |l| {
            let subject = l.t.t1("mail-subject", "children", &l.children);
            let text = MailText { l }.render()?;
            let html = MailHtml { l, subject: &subject }.render()?;
            Ok((MAIL_PURPOSE, subject, text, html))
        })
        .await?;
    }
    Ok(Redirect::to(&format!("{}#email", base(round, class))).into_response())
}

#[derive(Template)]
#[template(path = "invitations/letters.html")]
struct LettersPage {
    ctx: PageCtx,
    back: String,
    letters: Vec<Letter>,
}

/// New letter invitations for the `guardian`s given (or everyone), as letters.
async fn make_letters(
    state: &AppState,
    sv: &StaffViewer,
    round: String,
    class: String,
    pairs: &[(String, String)],
) -> Result<(Sending, Vec<Letter>), AppError> {
    let s = Sending::prepare(state, sv, round, class, pairs).await?;
    let mut letters = Vec::new();
    for invitee in s.invitees(state).await? {
        let issued = invitations::issue(
            &state.store,
            &s.class.school_id,
            &s.round.id,
            &invitee.guardian.id,
            Channel::Letter,
            valid_until(s.round.plan.conference_until),
            sv.id(),
        )
        .await?;
        letters.push(s.letter(&invitee, &issued)?);
    }
    Ok((s, letters))
}

/// `POST /rounds/{id}/invitations/{class}/letters`: makes new letter invitations (for the
/// `guardian`s given, or everyone) and answers with the letters to print, one per page.
pub async fn letters(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (s, letters) = make_letters(&state, &sv, round, class, &pairs).await?;
    let t = sv.viewer.tr();
    render(&LettersPage {
        ctx: sv.viewer.page(t.t1("invite-letters-title", "class", &s.class.name)),
        back: base(&s.round, &s.class),
        letters,
    })
}

/// `POST /rounds/{id}/invitations/{class}/letters.pdf`: the same letters as one PDF, one
/// per A4 page, ready to print.
pub async fn letters_pdf(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (s, letters) = make_letters(&state, &sv, round, class, &pairs).await?;
    let pages: Vec<pdf::Page> = letters.iter().map(letter_page).collect::<Result<_, _>>()?;
    let t = sv.viewer.tr();
    let title = t.t1("invite-letters-title", "class", &s.class.name);
    let file = format!(
        "attachment; filename=\"{}.pdf\"",
        title
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
    );
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CONTENT_DISPOSITION, file),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        pdf::document(&pages, &title),
    )
        .into_response())
}

/// One letter laid out on an A4 page.
fn letter_page(l: &Letter) -> Result<pdf::Page, AppError> {
    const LEFT: f64 = 62.0;
    const WIDTH: f64 = pdf::WIDTH - 2.0 * LEFT;
    let mut page = pdf::Page::default();
    let t = &l.t;
    page.text(LEFT, 780.0, 13.0, true, &l.school);
    let date_width = pdf::text_width(&l.date, 10.0, false);
    page.text(pdf::WIDTH - LEFT - date_width, 780.0, 10.0, false, &l.date);
    let mut y = 740.0;
    y = page.paragraph(
        LEFT,
        y,
        WIDTH,
        11.0,
        false,
        &t.t1("letter-greeting", "name", &l.guardian),
    ) - 4.0;
    y = page.paragraph(
        LEFT,
        y,
        WIDTH,
        11.0,
        false,
        &t.t1("letter-intro", "children", &l.children),
    ) - 8.0;
    y = page.paragraph(LEFT, y, WIDTH, 12.5, true, &t.t("letter-asked")) - 2.0;
    let mut asks = Vec::new();
    if let Some(d) = &l.prepare {
        asks.push(t.args(
            "letter-prepare",
            &[("children", l.children.clone()), ("date", d.clone())],
        ));
    }
    asks.push(t.t1("letter-book", "when", &l.booking));
    asks.push(t.t1("letter-conference", "when", &l.conference));
    for ask in asks {
        page.text(LEFT, y, 11.0, false, "\u{2022}");
        y = page.paragraph(LEFT + 14.0, y, WIDTH - 14.0, 11.0, false, &ask);
    }
    y -= 8.0;
    y = page.paragraph(LEFT, y, WIDTH, 12.5, true, &t.t("letter-how")) - 4.0;
    let code = qrcode::QrCode::new(l.link.as_bytes()).map_err(|e| AppError::Internal(e.to_string()))?;
    let qr_size = 150.0;
    page.qr(LEFT - 8.0, y + 6.0, qr_size, &code);
    let right = LEFT + qr_size + 8.0;
    let mut ry = y - 14.0;
    ry = page.paragraph(right, ry, WIDTH - qr_size - 8.0, 11.0, false, &t.t("letter-scan")) - 6.0;
    ry = page.paragraph(
        right,
        ry,
        WIDTH - qr_size - 8.0,
        11.0,
        false,
        &t.t1("letter-type", "url", &l.code_url),
    ) - 10.0;
    page.text(right, ry, 22.0, true, &l.code);
    y = (y - qr_size).min(ry - 24.0);
    y = page.paragraph(LEFT, y, WIDTH, 9.5, false, &t.t("letter-personal")) - 2.0;
    y = page.paragraph(LEFT, y, WIDTH, 9.5, false, &t.t("letter-language")) - 10.0;
    y = page.paragraph(LEFT, y, WIDTH, 11.0, false, &t.t("letter-bye"));
    page.paragraph(LEFT, y, WIDTH, 11.0, false, &l.signed);
    Ok(page)
}

/// `POST /rounds/{id}/invitations/{class}/{guardian}/revoke`: the guardian's links and codes
/// of this round stop working at once, and their sessions end.
pub async fn revoke(
    State(state): State<AppState>,
    sv: StaffViewer,
    Path((round, class, guardian)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let (round, class) = load(&state, &sv, round, class).await?;
    let guardian = GuardianId(guardian);
    if !invitees(&state, &class)
        .await?
        .iter()
        .any(|i| i.guardian.id == guardian)
    {
        return Err(AppError::NotFound);
    }
    invitations::revoke(&state.store, &round.id, &guardian).await?;
    samenspraak_store::sessions::delete_for_actor(
        &state.store,
        samenspraak_core::ActorKind::Guardian,
        guardian.as_str(),
    )
    .await?;
    Ok(Redirect::to(&base(&round, &class)).into_response())
}
