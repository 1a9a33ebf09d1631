//! What reading one uploaded class list may cost. A spreadsheet states its own size, and
//! a hostile one lies: every limit here is counted while reading, never taken from the file.

use std::io::Read;
use std::time::{Duration, Instant};

/// Most bytes an uploaded class list may have, as sent.
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;
/// Most bytes all parts of a spreadsheet together may unpack to.
pub const MAX_UNPACKED_BYTES: u64 = 40 * 1024 * 1024;
/// Most parts a spreadsheet archive may hold (a real workbook has a dozen or two).
pub const MAX_PARTS: usize = 500;
/// A whole school's list fits many times over.
pub const MAX_ROWS: usize = 5_000;
pub const MAX_COLUMNS: usize = 64;
/// Most characters in one cell; a name or an address is far shorter.
pub const MAX_CELL_CHARS: usize = 1_000;
/// Most shared strings a workbook may list.
pub const MAX_SHARED_STRINGS: usize = 400_000;
/// Wall time for reading one file.
pub const MAX_TIME: Duration = Duration::from_secs(5);

/// Why a file was refused for its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exceeded {
    Bytes,
    Rows,
    Columns,
    Cell,
    Time,
}

/// The clock of one read.
pub struct Deadline(Instant);

impl Deadline {
    pub fn start() -> Self {
        Self(Instant::now())
    }

    pub fn check(&self) -> Result<(), Exceeded> {
        if self.0.elapsed() > MAX_TIME {
            Err(Exceeded::Time)
        } else {
            Ok(())
        }
    }
}

/// A reader that fails once more than `left` bytes came through: an archive part that
/// unpacks past the budget stops there instead of filling memory.
pub struct Capped<R> {
    inner: R,
    left: u64,
}

impl<R> Capped<R> {
    pub fn new(inner: R, left: u64) -> Self {
        Self { inner, left }
    }

    pub fn left(&self) -> u64 {
        self.left
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        match self.left.checked_sub(n as u64) {
            Some(left) => {
                self.left = left;
                Ok(n)
            }
            None => Err(std::io::Error::other(UnpackedTooLarge)),
        }
    }
}

/// The error a [`Capped`] reader fails with.
#[derive(Debug)]
pub struct UnpackedTooLarge;

impl std::fmt::Display for UnpackedTooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("unpacks past the budget")
    }
}

impl std::error::Error for UnpackedTooLarge {}

/// Whether an IO error (possibly wrapped by a parser) is a [`Capped`] reader's.
pub fn is_unpacked_too_large(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if err.is::<UnpackedTooLarge>() {
            return true;
        }
        if let Some(io) = err.downcast_ref::<std::io::Error>()
            && io.get_ref().is_some_and(|inner| inner.is::<UnpackedTooLarge>())
        {
            return true;
        }
        cur = err.source();
    }
    false
}
