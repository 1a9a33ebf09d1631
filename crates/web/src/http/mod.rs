//! The HTTP edge below the pages: what requests and responses are made of, whatever page
//! they are for. Nothing here imports from the routes; the viewer still builds a page's
//! context and the error page with `page`: a circle still to cut.

pub mod cookies;
pub mod cross_site;
pub mod error;
pub mod limit;
pub mod url;
pub mod viewer;
