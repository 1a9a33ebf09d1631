//! Reads an uploaded class list into rows of text cells: XLSX, XLS or ODS through calamine,
//! CSV with `;`, `,` or tab, in UTF-8 (with or without BOM) or Windows-1252, as Belgian
//! Excel writes it.

use calamine::{Data, Reader};
use std::io::Cursor;

pub type Table = Vec<Vec<String>>;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("empty file")]
    Empty,
    #[error("spreadsheet could not be read: {0}")]
    Spreadsheet(String),
    #[error("csv could not be read: {0}")]
    Csv(String),
}

impl ReadError {
    pub fn key(&self) -> &'static str {
        match self {
            Self::Empty => "import-file-empty",
            Self::Spreadsheet(_) => "import-file-spreadsheet",
            Self::Csv(_) => "import-file-csv",
        }
    }
}

pub fn read_table(bytes: &[u8]) -> Result<Table, ReadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    let zip = bytes.starts_with(b"PK\x03\x04");
    let ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    if zip || ole {
        read_spreadsheet(bytes)
    } else {
        read_csv(&decode_text(bytes))
    }
}

fn read_spreadsheet(bytes: &[u8]) -> Result<Table, ReadError> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| ReadError::Spreadsheet(e.to_string()))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| ReadError::Spreadsheet("no sheet".into()))?
        .map_err(|e| ReadError::Spreadsheet(e.to_string()))?;
    Ok(range.rows().map(|row| row.iter().map(cell_text).collect()).collect())
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // Whole numbers without ".0": phone numbers, grades, Excel day numbers.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        // A date cell: its Excel day number, which the date parser understands.
        Data::DateTime(d) => format!("{}", d.as_f64().trunc() as i64),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) => String::new(),
    }
}

/// UTF-8 if it is valid UTF-8 (a BOM is dropped), otherwise Windows-1252.
fn decode_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The separator that occurs most in the first line, outside quotes.
fn sniff_separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let mut counts = [(b';', 0), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in first.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(s, _)| *s == b) {
            c.1 += 1;
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map(|(s, _)| *s)
        .unwrap_or(b';')
}

fn read_csv(text: &str) -> Result<Table, ReadError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_separator(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| {
            r.map(|rec| rec.iter().map(str::to_string).collect())
                .map_err(|e| ReadError::Csv(e.to_string()))
        })
        .collect()
}

/// The table as UTF-8 CSV, to keep between preview and confirmation.
pub fn to_csv(table: &Table) -> String {
    let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    for row in table {
        w.write_record(row).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("flush to memory")).expect("csv of UTF-8 cells is UTF-8")
}

pub fn from_csv(text: &str) -> Table {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .filter_map(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belgian_excel_csv_in_windows_1252_with_semicolons() {
        let bytes = b"Klas;Voornaam;Naam\r\n6A;Chlo\xe9;Fran\xe7ois\r\n";
        let table = read_table(bytes).unwrap();
        assert_eq!(table[1], vec!["6A", "Chloé", "François"]);
    }

    #[test]
    fn utf8_with_bom_and_commas_and_quotes() {
        let text = "\u{feff}Class,First name,Last name\n6B,\"Ann, Marie\",Peeters\n";
        let table = read_table(text.as_bytes()).unwrap();
        assert_eq!(table[0][0], "Class");
        assert_eq!(table[1][1], "Ann, Marie");
    }

    #[test]
    fn round_trips_through_storage() {
        let table = vec![vec!["a;b".to_string(), "Zoë".into()], vec!["\"x\"".into()]];
        assert_eq!(from_csv(&to_csv(&table)), table);
    }

    #[test]
    fn an_empty_upload_is_refused() {
        assert_eq!(read_table(b"  \n"), Err(ReadError::Empty));
        assert!(matches!(
            read_table(b"PK\x03\x04garbage"),
            Err(ReadError::Spreadsheet(_))
        ));
    }
}
