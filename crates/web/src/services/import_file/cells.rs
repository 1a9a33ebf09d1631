//! A sheet's cells as they are read: where a cell stands (`"C12"`), what its value says as
//! text, and the table that keeps only cells with a value inside the row and column limits.

use super::budget::{Exceeded, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS};
use super::{ReadError, Table};

/// `"C12"` → row 11, column 2 (both from 0).
pub(super) fn cell_ref(r: &str) -> Option<(usize, usize)> {
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let col = letters
        .bytes()
        .fold(0usize, |acc, b| acc * 26 + usize::from(b - b'A' + 1))
        - 1;
    let row: usize = digits.parse().ok()?;
    Some((row.checked_sub(1)?, col))
}

/// The cell being read.
pub(super) struct CellState {
    pub(super) row: usize,
    pub(super) col: usize,
    pub(super) kind: String,
    pub(super) value: String,
}

impl CellState {
    pub(super) fn push(&mut self, more: &str) -> Result<(), ReadError> {
        // A value is a number, an index or a cell's text: a few times the cell limit in
        // bytes is already wrong.
        if self.value.len() + more.len() > MAX_CELL_CHARS * 4 {
            return Err(ReadError::TooLarge(Exceeded::Cell));
        }
        self.value.push_str(more);
        Ok(())
    }

    pub(super) fn text(self, strings: &[String]) -> Result<String, ReadError> {
        let text = match self.kind.as_str() {
            "s" => self
                .value
                .trim()
                .parse::<usize>()
                .ok()
                .and_then(|i| strings.get(i))
                .cloned()
                .unwrap_or_default(),
            "b" => (if self.value.trim() == "1" { "true" } else { "false" }).to_string(),
            "e" => String::new(),
            "inlineStr" | "str" | "d" => self.value,
            _ => number_text(&self.value),
        };
        if text.chars().count() > MAX_CELL_CHARS {
            return Err(ReadError::TooLarge(Exceeded::Cell));
        }
        Ok(text)
    }
}

/// A number as a class list means it: whole numbers without ".0" (phone numbers, grades,
/// and dates, which a workbook stores as Excel day numbers the date parser understands).
fn number_text(value: &str) -> String {
    match value.trim().parse::<f64>() {
        Ok(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
        Ok(f) => f.to_string(),
        Err(_) => value.trim().to_string(),
    }
}

/// The cells with a value, kept within the row and column limits.
#[derive(Default)]
pub(super) struct SheetTable {
    rows: Vec<Vec<String>>,
}

impl SheetTable {
    pub(super) fn put(&mut self, row: usize, col: usize, text: String) -> Result<(), ReadError> {
        if text.is_empty() {
            return Ok(());
        }
        if row >= MAX_ROWS {
            return Err(ReadError::TooLarge(Exceeded::Rows));
        }
        if col >= MAX_COLUMNS {
            return Err(ReadError::TooLarge(Exceeded::Columns));
        }
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        let cells = &mut self.rows[row];
        if cells.len() <= col {
            cells.resize(col + 1, String::new());
        }
        cells[col] = text;
        Ok(())
    }

    /// The rows from the first with a value, and the columns from the first with a value, as
    /// a spreadsheet program shows the used range.
    pub(super) fn into_rows(self) -> Table {
        let first_col = self
            .rows
            .iter()
            .filter_map(|r| r.iter().position(|c| !c.is_empty()))
            .min()
            .unwrap_or(0);
        let width = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        self.rows
            .into_iter()
            .skip_while(|r| r.iter().all(String::is_empty))
            .map(|mut r| {
                r.resize(width, String::new());
                r.drain(..first_col);
                r
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references() {
        assert_eq!(cell_ref("A1"), Some((0, 0)));
        assert_eq!(cell_ref("C12"), Some((11, 2)));
        assert_eq!(cell_ref("AA3"), Some((2, 26)));
        assert_eq!(cell_ref("XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(cell_ref("A0"), None);
        assert_eq!(cell_ref("abc"), None);
    }
}
