//! The HTTP edge below the pages: what requests and responses are made of, whatever page
//! they are for: errors, forms, the viewer, cookies, addresses and the limits.

pub mod cookies;
pub mod cross_site;
pub mod error;
pub mod form;
pub mod headers;
pub mod limit;
pub mod url;
pub mod viewer;
