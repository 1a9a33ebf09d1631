//! The instrument templates held in memory, by owner (a school's or a class's id) and
//! instrument: a child talk's page asks for the class's and the school's template of each
//! instrument it shows, eight reads of a table that changes a few times a year. A write of
//! this instance forgets them all at once; another instance's shows within
//! [`MAX_AGE`](crate::cache::recent::MAX_AGE).

use crate::cache::recent::Recent;

/// The stored encoding, or `None` where the owner made no template.
pub(crate) type Templates = Recent<(String, String), Option<String>>;
