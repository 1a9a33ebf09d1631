//! Work that is not a page: what happens because of a request or on a schedule, used by
//! routes and the app's background loops alike — booking offers and the waiting list, the
//! mails a booking sends, the mailer, media files and the class-list reader. Below the
//! routes; nothing here imports from them.

pub mod booking_mail;
pub mod child_export;
pub mod import_file;
pub mod mailer;
pub mod media_files;
pub mod offers;
pub mod two_factor;
