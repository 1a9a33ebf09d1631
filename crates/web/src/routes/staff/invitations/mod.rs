//! The teacher invites a class's guardians to a round: one invitation per guardian, a
//! printed letter in the guardian's language with a QR code and a code to type, and an
//! overview of who was invited and who opened it. Guardians without the right to
//! information are not invited.
//!
//! A link exists in full only when it is made (only its hash is kept), so printing the
//! letters makes new ones: the letters printed before stop working, the emailed links not.

pub mod letters;
pub mod list;
pub mod mail;
pub mod sent;

use crate::http::error::AppError;
use crate::http::form::Form;
use crate::http::viewer::StaffViewer;
use crate::i18n::Tr;
use crate::print::pdf;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
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
use samenspraak_store::outbox;
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
    crate::access::scope::round_and_class(state, sv, round, class).await
}

fn base(round: &Round, class: &SchoolClass) -> String {
    format!("/rounds/{}/invitations/{}", round.id, class.id)
}

/// What invitation mails are filed under in the outbox.
const MAIL_PURPOSE: &str = "invitation";

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
    /// "Another language? …": every language the website speaks, in its own name.
    pub languages: String,
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
        by: &samenspraak_store::audit::Who,
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
                class: Some(self.class.id.clone()),
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
    // The link says the guardian's language, so the page it opens speaks it at once.
    let link = match lang {
        samenspraak_core::Language::Nl => format!("{site}/i/{}", issued.token),
        other => format!("{site}/i/{}?lang={}", issued.token, other.code()),
    };
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
        languages: t.t1("letter-language", "languages", crate::i18n::portal_language_names(lang)),
        t,
    })
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
    invitations::revoke(&state.store, &round.id, &guardian, &sv.who()).await?;
    samenspraak_store::sessions::delete_for_actor(
        &state.store,
        samenspraak_core::ActorKind::Guardian,
        guardian.as_str(),
    )
    .await?;
    Ok(Redirect::to(&base(&round, &class)).into_response())
}

/// Whether the guardian sent the questionnaire for every one of their children in the class.
fn answered_all(invitee: &Invitee, answered: &[(ChildId, GuardianId, Progress)]) -> bool {
    invitee.child_ids.iter().all(|child| {
        answered
            .iter()
            .any(|(c, g, p)| c == child && *g == invitee.guardian.id && *p == Progress::Submitted)
    })
}
