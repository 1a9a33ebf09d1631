//! What several pages show alike, below the routes: the page's context, QR codes, a slot's
//! or a date's words, and the views of the instruments,
//! the grid, agreements and the parents' answers. A route file holds handlers and their page structs; what it shares with others
//! lives here, and nothing here imports from `routes`.

pub mod agreements;
pub mod answers;
pub mod calendar;
pub mod conference;
pub mod grid;
pub mod instruments;
pub mod outbox;
pub mod page;
pub mod portal;
pub mod qr;
pub mod rounds;
pub mod this_week;
pub mod words;
