//! Signing in on the class tablet: the class code (typed, or opened from the QR code on the
//! board) shows the class's first names; the child taps theirs, then their four pictures.
//! A child session holds only that child, ends after 15 minutes without a tap, and ends at
//! once when the child taps "Ik ben klaar", which brings the tablet back to the names.

use crate::http::cookies;
use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form, minutes_to_wait};
use crate::http::viewer::Viewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render, render_invalid, render_too_many};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::ids::ChildId;
use samenspraak_core::tablet::{PICTURE_CODE_LEN, PICTURES, PictureCode, normalize_class_code};
use samenspraak_core::{Actor, ActorKind};
use samenspraak_store::login_limits::{self, Attempt, Verdict};
use samenspraak_store::tablet::{self, TabletClass};
use samenspraak_store::{audit, children, sessions};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "tablet/code.html")]
struct CodePage {
    ctx: PageCtx,
    code: String,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "tablet/names.html")]
struct NamesPage {
    ctx: PageCtx,
    code: String,
    children: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "tablet/pictures.html")]
struct PicturesPage {
    ctx: PageCtx,
    code: String,
    child_id: String,
    /// (position 1–4, "Eerste prentje").
    positions: Vec<(usize, String)>,
    /// (number, key, name) of the nine pictures.
    choices: Vec<(usize, &'static str, String)>,
    problem: Option<String>,
}

/// `GET /tablet`: the class code form, or straight to the talk for a child signed in.
pub async fn start(viewer: Viewer) -> Result<Response, AppError> {
    if let Some(Actor::Child { .. }) = viewer.actor {
        return Ok(Redirect::to("/tablet/talk").into_response());
    }
    let t = viewer.tr();
    render(&CodePage {
        ctx: viewer.page(t.t("tablet-code-title")),
        code: String::new(),
        errors: FieldErrors::new(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

/// `POST /tablet`: a typed class code; a wrong one is said next to the field.
pub async fn enter_code(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<CodeForm>,
) -> Result<Response, AppError> {
    let t = viewer.tr();
    let page = |key: String| {
        let mut errors = FieldErrors::new();
        errors.add_message("code", &t, key);
        CodePage {
            ctx: viewer.page(t.t("tablet-code-title")),
            code: f.code.chars().take(40).collect(),
            errors,
        }
    };
    if f.code.trim().is_empty() {
        return render_invalid(&page(t.t("tablet-code-missing")));
    }
    if let Verdict::Locked {
        retry_after_seconds, ..
    } = login_limits::check(&state.store, Attempt::ClassCode, &viewer.client_ip).await?
    {
        let wait = t.n("tablet-code-locked", minutes_to_wait(retry_after_seconds));
        return render_too_many(&page(wait), retry_after_seconds);
    }
    if let Some(code) = normalize_class_code(&f.code)
        && tablet::class_by_code(&state.store, &code).await?.is_some()
    {
        return Ok(Redirect::to(&format!("/tablet/{code}")).into_response());
    }
    login_limits::record_failure(&state.store, Attempt::ClassCode, &viewer.client_ip).await?;
    render_invalid(&page(t.t("tablet-code-unknown")))
}

/// The class whose code is in the address. Codes tried from one address are counted like
/// typed ones, so the address bar is no way around the limit.
async fn class_of(state: &AppState, viewer: &Viewer, code: &str) -> Result<TabletClass, AppError> {
    if let Verdict::Locked {
        retry_after_seconds, ..
    } = login_limits::check(&state.store, Attempt::ClassCode, &viewer.client_ip).await?
    {
        return Err(AppError::TooMany { retry_after_seconds });
    }
    let found = match normalize_class_code(code) {
        Some(code) => tablet::class_by_code(&state.store, &code).await?,
        None => None,
    };
    match found {
        Some(class) => Ok(class),
        None => {
            login_limits::record_failure(&state.store, Attempt::ClassCode, &viewer.client_ip).await?;
            Err(AppError::NotFound)
        }
    }
}

/// First names; where two children share one, the initial of the last name, and where
/// that is shared too, the whole last name.
fn tablet_names(list: &[children::Child]) -> Vec<(String, String)> {
    let initial = |c: &children::Child| c.last_name.chars().next();
    list.iter()
        .map(|c| {
            let namesakes: Vec<_> = list.iter().filter(|o| o.first_name == c.first_name).collect();
            let name = if namesakes.len() == 1 {
                c.first_name.clone()
            } else if namesakes.iter().filter(|o| initial(o) == initial(c)).count() == 1 {
                format!("{} {}.", c.first_name, initial(c).unwrap_or(' '))
            } else {
                c.full_name()
            };
            (c.id.to_string(), name)
        })
        .collect()
}

/// `GET /tablet/{code}`: the class's names, big enough to tap.
pub async fn names(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let class = class_of(&state, &viewer, &code).await?;
    let t = viewer.tr();
    let mut list: Vec<_> = children::in_class(&state.store, &class.class_id)
        .await?
        .into_iter()
        .filter(|c| c.active)
        .collect();
    list.sort_by(|a, b| a.first_name.cmp(&b.first_name).then(a.last_name.cmp(&b.last_name)));
    render(&NamesPage {
        ctx: viewer.page(t.t1("tablet-names-title", "class", &class.class_name)),
        code: code.to_uppercase(),
        children: tablet_names(&list),
    })
}

fn pictures_page(viewer: &Viewer, code: &str, child: &children::Child, problem: Option<String>) -> PicturesPage {
    let t = viewer.tr();
    PicturesPage {
        ctx: viewer.page(t.t1("tablet-pictures-title", "name", &child.first_name)),
        code: code.to_uppercase(),
        child_id: child.id.to_string(),
        positions: (1..=PICTURE_CODE_LEN)
            .map(|n| (n, t.t(&format!("tablet-picture-{n}"))))
            .collect(),
        choices: PICTURES
            .iter()
            .enumerate()
            .map(|(n, key)| (n, *key, t.t(&format!("picture-{key}"))))
            .collect(),
        problem,
    }
}

async fn child_of(state: &AppState, class: &TabletClass, id: String) -> Result<children::Child, AppError> {
    let id = ChildId(id);
    if !tablet::child_in_class(&state.store, &class.school_id, &class.class_id, &id).await? {
        return Err(AppError::NotFound);
    }
    Ok(children::get(&state.store, &class.school_id, &id).await?)
}

/// `GET /tablet/{code}/{child}`: the picture pad.
pub async fn pictures(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((code, child)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let class = class_of(&state, &viewer, &code).await?;
    let child = child_of(&state, &class, child).await?;
    render(&pictures_page(&viewer, &code, &child, None))
}

/// `POST /tablet/{code}/{child}`: the pictures tapped (`p1` … `p4`).
pub async fn sign_in(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((code, child)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let class = class_of(&state, &viewer, &code).await?;
    let child = child_of(&state, &class, child).await?;
    let t = viewer.tr();
    let again = |key: String| render_invalid(&pictures_page(&viewer, &code, &child, Some(key)));
    let attempt = Attempt::Pictures {
        child: &child.id,
        class: &class.class_id,
    };
    if let Verdict::Locked {
        retry_after_seconds,
        whole_class,
    } = login_limits::check(&state.store, attempt, &viewer.client_ip).await?
    {
        // The child's own wrong tries: a new code from the teacher helps. The class's: only
        // a new class code, which the teacher's tablet page offers.
        let key = if whole_class {
            "tablet-class-locked"
        } else {
            "tablet-locked"
        };
        let wait = t.n(key, minutes_to_wait(retry_after_seconds));
        return render_too_many(&pictures_page(&viewer, &code, &child, Some(wait)), retry_after_seconds);
    }
    let tapped: Vec<u8> = (1..=PICTURE_CODE_LEN)
        .filter_map(|n| {
            let name = format!("p{n}");
            pairs.iter().find(|(k, _)| *k == name)?.1.parse().ok()
        })
        .collect();
    let Some(tapped) = PictureCode::from_numbers(&tapped) else {
        // Too few pictures is a slip of the finger, not a wrong guess.
        return again(t.t("tablet-pictures-missing"));
    };
    if !tablet::picture_code_matches(&state.store, &child.id, tapped).await? {
        let entry = audit::Who::person(&class.school_id, ActorKind::Child, child.id.as_str(), &viewer.client_ip)
            .did(audit::Kind::SignInFailed)
            .child(&child.id);
        login_limits::record_failure_of(&state.store, attempt, &viewer.client_ip, Some(&entry)).await?;
        return again(t.t("tablet-pictures-wrong"));
    }
    login_limits::clear_after_success(&state.store, attempt, &viewer.client_ip).await?;
    if let Some(old) = &viewer.session {
        sessions::delete(&state.store, old).await?;
    }
    let secret = sessions::sign_in(
        &state.store,
        ActorKind::Child,
        child.id.as_str(),
        &class.school_id,
        &viewer.origin(),
    )
    .await?;
    let cookie = cookies::session(&secret, state.config.secure_cookies());
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to("/tablet/talk")).into_response())
}

/// `POST /tablet/done`: the child is finished; the tablet goes back to the class's names for
/// the next child.
pub async fn done(State(state): State<AppState>, viewer: Viewer) -> Result<Response, AppError> {
    let mut back = "/tablet".to_string();
    if let Some(Actor::Child { class, .. }) = &viewer.actor {
        back = format!("/tablet/{}", tablet::class_code(&state.store, class).await?);
    }
    if let Some(secret) = &viewer.session {
        sessions::sign_out(&state.store, secret, &viewer.client_ip).await?;
    }
    let cookie = cookies::clear_session(state.config.secure_cookies());
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&back)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn child(first: &str, last: &str) -> children::Child {
        children::Child {
            id: samenspraak_core::ids::ChildId(format!("{first}{last}")),
            school_id: samenspraak_core::ids::SchoolId("s".into()),
            class_id: None,
            first_name: first.into(),
            last_name: last.into(),
            birth_date: None,
            active: true,
        }
    }

    #[test]
    fn every_child_finds_a_name_that_is_theirs_alone() {
        let list = [
            child("Ella", "De Smet"),
            child("Ella", "Dubois"),
            child("Noah", "Peeters"),
            child("Noah", "Maes"),
            child("Finn", "Jacobs"),
        ];
        let names: Vec<String> = tablet_names(&list).into_iter().map(|(_, n)| n).collect();
        assert_eq!(names, ["Ella De Smet", "Ella Dubois", "Noah P.", "Noah M.", "Finn"]);
    }
}
