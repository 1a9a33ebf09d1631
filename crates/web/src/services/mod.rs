//! Work that is not a page: what happens because of a request or on a schedule, used by
//! routes and the app's background loops alike. Below the routes; nothing here imports
//! from them.

pub mod offers;
