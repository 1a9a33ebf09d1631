//! Documents on paper: the PDF writer and the printed layouts built on it.

pub mod flow;
mod fonts;
pub mod pdf;
pub mod summary;
