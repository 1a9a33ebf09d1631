//! What several pages show alike, below the routes: QR codes, and a slot's or a date's
//! words. A route file holds handlers and their page structs; what it shares with others
//! lives here, and nothing here imports from `routes`.

pub mod page;
pub mod qr;
pub mod words;
