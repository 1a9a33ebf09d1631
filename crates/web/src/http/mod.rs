//! The HTTP edge below the pages: what requests and responses are made of, whatever page
//! they are for. Nothing here imports from the pages or the routes.

pub mod limit;
pub mod url;
