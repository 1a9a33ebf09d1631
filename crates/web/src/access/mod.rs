//! Loaders that find what a request names and check the policy before anything is read:
//! a page starts from one of these instead of repeating the check. Below the routes;
//! nothing here imports from them.

pub mod family;
pub mod scope;
pub mod talk;
