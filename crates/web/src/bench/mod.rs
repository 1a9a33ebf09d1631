//! `samenspraak bench rush`: the booking rush, measured against a floor in the same run
//! (see `rush`). A benchmark, not a test: it prints figures and asserts nothing.

mod http;
mod rush;

pub use rush::{Options, run};
