//! The KOM conversation's gesprekskader (`core::frame`): the teacher fills in the boxes during
//! or after the conversation (none is mandatory) and writes down the agreements, what, who
//! and by when, and later how they went. The family reads the filled boxes and the agreements
//! on the portal: empty boxes are left out, and nothing here is staff-only.

pub mod agreements;
pub mod frame;
pub mod prepare;
pub mod screen;
pub mod summary;

use crate::http::error::AppError;
use crate::http::form::{FieldErrors, Form};
use crate::http::viewer::StaffViewer;
use crate::state::AppState;
use crate::ui::instruments::item_label;
use crate::ui::page::{PageCtx, render, render_invalid};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspraak_core::frame::{Status, Who};
use samenspraak_core::instrument_template::Kind;
use samenspraak_store::children::Child;
use samenspraak_store::rounds::Round;
use samenspraak_store::{frames, guardians};

/// What the teacher typed when a form comes back with problems.
pub(crate) struct Typed {
    /// The boxes as typed, (key, text), instead of what is stored.
    boxes: Option<Vec<(String, String)>>,
    /// The new agreement: what, who, by.
    new: (String, String, String),
    errors: FieldErrors,
}

impl Default for Typed {
    /// Nothing typed: the stored boxes, a new agreement for the child.
    fn default() -> Self {
        Self {
            boxes: None,
            new: (String::new(), Who::Child.as_str().to_string(), String::new()),
            errors: FieldErrors::new(),
        }
    }
}
