//! A child talk as it lies open in front of whoever holds it: the teacher, through the
//! class's planning (`/rounds/{id}/talks/{class}/{talk}`), or the child on the class tablet
//! (`/tablet/talk`, always their own, most recent talk). The instruments are the same for
//! both; one extractor finds the talk and checks the policy, so every handler serves both.

use crate::access::scope::class_to_plan;
use crate::http::error::{AppError, allow};
use crate::http::viewer::{StaffViewer, Viewer};
use crate::state::AppState;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use samenspraak_core::Actor;
use samenspraak_core::ids::RoundId;
use samenspraak_core::policy::{Action, decide};
use samenspraak_store::audit;
use samenspraak_store::child_talks::{self, StoredTalk};
use samenspraak_store::classes::{self, SchoolClass};
use samenspraak_store::rounds::{self, Round};
use std::collections::HashMap;

/// Who holds the talk.
pub enum Holder {
    Teacher(Box<StaffViewer>),
    Child,
}

pub struct OpenTalk {
    pub viewer: Viewer,
    pub holder: Holder,
    pub round: Round,
    pub class: SchoolClass,
    pub talk: StoredTalk,
    /// The child's full name.
    pub child_name: String,
    pub child: samenspraak_store::children::Child,
    /// Where the talk happens, as the child reads it.
    pub place: String,
    /// Where this talk's forms post to.
    pub url: String,
    /// On the tablet: the screen to go on to once a form is saved (`?next=` of the form's
    /// address), so that a child's "verder" saves and moves on in one tap.
    pub next: Option<samenspraak_core::talk_steps::Step>,
    /// On the tablet: the screen asked for (`?step=`).
    pub step: Option<samenspraak_core::talk_steps::Step>,
}

impl OpenTalk {
    pub fn is_child(&self) -> bool {
        matches!(self.holder, Holder::Child)
    }

    /// The teacher holding the talk; a child asking for a teacher's action is refused.
    pub fn teacher(&self) -> Result<&StaffViewer, AppError> {
        match &self.holder {
            Holder::Teacher(sv) => Ok(sv),
            Holder::Child => Err(AppError::Forbidden),
        }
    }

    /// Writes to the audit log that whoever holds the talk looked at something of the
    /// child's (`kind`: the video, a portfolio piece, the report; `file`: its id). Every
    /// request counts, whatever part of the file it asks for, but one person looking at
    /// one file is one line per [`VIEWING`](crate::state::VIEWING): a player asks for a
    /// video in many parts.
    pub async fn saw(&self, state: &AppState, kind: audit::Kind, file: &str) -> Result<(), AppError> {
        if let Some(who) = self.viewer.who() {
            let viewer = self.viewer.actor.as_ref().map(|a| format!("{a:?}")).unwrap_or_default();
            if !state.viewings.first_in_window(format!("{viewer}|{kind:?}|{file}")) {
                return Ok(());
            }
            let entry = who.did(kind).child(&self.talk.child_id).round(&self.round.id);
            audit::record(&state.store, &entry).await?;
        }
        Ok(())
    }

    /// The talk's page, at one of its sections.
    pub fn back_to(&self, section: &str) -> axum::response::Response {
        use axum::response::IntoResponse;
        use samenspraak_core::talk_steps::Step;
        let to = match (&self.holder, self.next) {
            // The child's tablet shows one screen at a time: on to the next one, or back to
            // the screen the form was on.
            (Holder::Child, Some(next)) => format!("{}?step={}", self.url, next.as_str()),
            (Holder::Child, None) => format!("{}?step={}#{section}", self.url, Step::of_section(section).as_str()),
            (Holder::Teacher(_), _) => format!("{}#{section}", self.url),
        };
        axum::response::Redirect::to(&to).into_response()
    }
}

impl FromRequestParts<AppState> for OpenTalk {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let query = |name: &str| {
            parts
                .uri
                .query()
                .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix(name)?.strip_prefix('=')))
                .and_then(samenspraak_core::talk_steps::Step::parse)
        };
        let (next, step) = (query("next"), query("step"));
        let mut open = Self::find(parts, state).await?;
        open.next = next;
        open.step = step;
        Ok(open)
    }
}

impl OpenTalk {
    async fn find(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        match viewer.actor.clone() {
            Some(Actor::Staff(_)) => {
                let sv = StaffViewer::from_request_parts(parts, state).await?;
                let Path(ids) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
                    .await
                    .map_err(|_| AppError::NotFound)?;
                let id = |k: &str| ids.get(k).cloned().ok_or(AppError::NotFound);
                // Only what this talk needs: the planning's own loader also reads every
                // moment, absence and free day of the class to plan them.
                let store = &state.store;
                let round = rounds::get(store, sv.school(), &RoundId(id("id")?)).await?;
                let class = class_to_plan(state, &sv, id("class")?).await?;
                if !round.classes.contains(&class.id) {
                    return Err(AppError::NotFound);
                }
                let talk_id = id("talk")?;
                let talk = child_talks::get(store, &round.id, &class.id, &talk_id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let child = samenspraak_store::children::get(store, sv.school(), &talk.child_id).await?;
                let place = place(state, &viewer, &class, &talk).await?;
                Ok(Self {
                    url: format!("/rounds/{}/talks/{}/{}", round.id, class.id, talk.id),
                    child_name: child.full_name(),
                    child,
                    place,
                    holder: Holder::Teacher(Box::new(sv)),
                    next: None,
                    step: None,
                    viewer,
                    round,
                    class,
                    talk,
                })
            }
            // The teacher's address of a talk is not the child's, even for their own talk.
            Some(Actor::Child { .. }) if !viewer.path.starts_with("/tablet/") => Err(AppError::Forbidden),
            Some(
                ref actor @ Actor::Child {
                    ref id,
                    ref school,
                    ref class,
                },
            ) => {
                let store = &state.store;
                let today = samenspraak_core::time::today(samenspraak_store::now());
                let (round, talk) = child_talks::current_for_child(store, id, today)
                    .await?
                    .ok_or(AppError::NotFound)?;
                allow(decide(
                    actor,
                    Action::HoldOwnTalk {
                        school,
                        child: &talk.child_id,
                    },
                ))?;
                let round = rounds::get(store, school, &round).await?;
                let class = classes::get(store, school, class).await?;
                let child = samenspraak_store::children::get(store, school, id).await?;
                let place = place(state, &viewer, &class, &talk).await?;
                Ok(Self {
                    url: "/tablet/talk".into(),
                    child_name: child.full_name(),
                    child,
                    place,
                    holder: Holder::Child,
                    next: None,
                    step: None,
                    viewer,
                    round,
                    class,
                    talk,
                })
            }
            Some(Actor::Guardian { .. }) => Err(AppError::Forbidden),
            None if viewer.path.starts_with("/tablet") => Err(AppError::TabletSignIn),
            None => Err(AppError::SignIn { next: viewer.path }),
        }
    }
}

/// Where a talk happens, as the child will read it: the moment's place, else its kind.
async fn place(state: &AppState, viewer: &Viewer, class: &SchoolClass, talk: &StoredTalk) -> Result<String, AppError> {
    let moment = child_talks::moments(&state.store, &class.id)
        .await?
        .into_iter()
        .find(|m| Some(&m.id) == talk.moment_id.as_ref());
    Ok(match moment {
        Some(m) if !m.place.is_empty() => m.place,
        Some(m) => viewer.tr().t(&m.kind.key()),
        None => String::new(),
    })
}
