//! The printable week plan (A4) and a small slip per child to cut out and hand over.

use super::{Day, Planning, days};
use crate::http::error::AppError;
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::page::{PageCtx, render};
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use samenspraak_store::classes;

/// "Jouw gesprek met Juf An: dinsdag 24 november, 10:40, in de leeshoek", and the child's
/// picture code for the class tablet: the teacher hands each child their slip.
struct Slip {
    child: String,
    text: String,
    pictures: Option<[&'static str; samenspraak_core::tablet::PICTURE_CODE_LEN]>,
    /// The pictures in words, for reading aloud.
    picture_words: String,
}

#[derive(Template)]
#[template(path = "talks/print.html")]
struct PrintPage {
    ctx: PageCtx,
    heading: String,
    back: String,
    days: Vec<Day>,
    slips: Vec<Slip>,
}

pub async fn print(State(state): State<AppState>, sv: StaffViewer, p: Planning) -> Result<Response, AppError> {
    let t = sv.viewer.tr();
    let teachers = classes::teachers(&state.store, &p.class.id).await?;
    let teacher = teachers
        .first()
        .map(|tc| tc.name.clone())
        .unwrap_or_else(|| sv.staff.name.clone());
    let codes = samenspraak_store::tablet::picture_codes(&state.store, &p.class.id).await?;
    // A slip for each talk still to come: a held one needs none.
    let slips = p
        .talks
        .iter()
        .filter(|talk| talk.status != samenspraak_core::child_talk::TalkStatus::Done)
        .map(|talk| {
            let pictures = codes
                .iter()
                .find(|(child, _)| *child == talk.child_id)
                .map(|(_, code)| code.keys());
            let place = p.place(&t, talk);
            let when = t.t2(
                "slip-when",
                "date",
                t.date_long(talk.date),
                "time",
                talk.start.strftime("%H:%M"),
            );
            let text = if place.is_empty() {
                t.t2("slip-text", "teacher", &teacher, "when", when)
            } else {
                t.args(
                    "slip-text-place",
                    &[("teacher", teacher.clone()), ("when", when), ("place", place)],
                )
            };
            Slip {
                child: p.child_name(&talk.child_id),
                text,
                picture_words: pictures
                    .map(|keys| keys.map(|k| t.t(&format!("picture-{k}"))).join(", "))
                    .unwrap_or_default(),
                pictures,
            }
        })
        .collect();
    render(&PrintPage {
        ctx: sv.viewer.page(t.t1("talks-print-title", "class", &p.class.name)),
        heading: t.t2("talks-title", "class", &p.class.name, "round", &p.round.plan.name),
        back: p.url(),
        days: days(&t, &p),
        slips,
    })
}
