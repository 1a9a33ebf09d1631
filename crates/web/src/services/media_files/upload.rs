//! What an upload came to: kept whole and checked, or refused and why.

use samenspraak_core::media::MediaType;

/// Why an upload was refused; each has its message for the person who sent it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    Empty,
    TooLarge,
    /// Not one of the kinds this upload takes (a renamed file, a document for a video).
    WrongKind,
}

/// A file that was received whole and checked.
#[derive(Debug, Clone)]
pub struct Received {
    pub id: String,
    pub media: MediaType,
    pub size: i64,
}
