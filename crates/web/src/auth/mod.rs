//! Who is asking: sessions, cookies, the viewer of each request and staff sign-in.

pub mod cookies;
pub mod cross_site;
pub mod login;
pub mod viewer;

pub use viewer::{StaffViewer, Viewer};
