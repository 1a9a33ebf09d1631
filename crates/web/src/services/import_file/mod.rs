//! Reads an uploaded class list into rows of text cells: an XLSX workbook's first sheet
//! (`xlsx`), or CSV with `;`, `,` or tab, in UTF-8 (with or without BOM) or Windows-1252, as
//! Belgian Excel writes it. Every read stays within the [`budget`]: a hostile file is
//! refused with a message, never allowed to fill memory or hold a thread. The old binary
//! `.xls` and OpenDocument files are asked for again as `.xlsx` or CSV.

pub mod budget;
mod cells;
mod xlsx;

use budget::{Deadline, Exceeded, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, MAX_UPLOAD_BYTES};

pub type Table = Vec<Vec<String>>;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("empty file")]
    Empty,
    #[error("spreadsheet could not be read: {0}")]
    Spreadsheet(String),
    #[error("an old Excel file (.xls)")]
    OldExcel,
    #[error("an OpenDocument file (.ods)")]
    OpenDocument,
    #[error("csv could not be read: {0}")]
    Csv(String),
    #[error("over the budget: {0:?}")]
    TooLarge(Exceeded),
}

impl ReadError {
    pub fn key(&self) -> &'static str {
        match self {
            Self::Empty => "import-file-empty",
            Self::Spreadsheet(_) => "import-file-spreadsheet",
            Self::OldExcel => "import-file-old-excel",
            Self::OpenDocument => "import-file-open-document",
            Self::Csv(_) => "import-file-csv",
            Self::TooLarge(Exceeded::Bytes) => "import-file-too-large",
            Self::TooLarge(Exceeded::Rows) => "import-file-too-many-rows",
            Self::TooLarge(Exceeded::Columns) => "import-file-too-many-columns",
            Self::TooLarge(Exceeded::Cell) => "import-file-cell-too-long",
            Self::TooLarge(Exceeded::Time) => "import-file-too-slow",
        }
    }
}

pub fn read_table(bytes: &[u8]) -> Result<Table, ReadError> {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(ReadError::TooLarge(Exceeded::Bytes));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    let deadline = Deadline::start();
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ReadError::OldExcel);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        if xlsx::is_open_document(bytes) {
            return Err(ReadError::OpenDocument);
        }
        return xlsx::read(bytes, &deadline);
    }
    read_csv(&decode_text(bytes), &deadline)
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

fn read_csv(text: &str, deadline: &Deadline) -> Result<Table, ReadError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_separator(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut table = Table::new();
    for record in reader.records() {
        let record = record.map_err(|e| ReadError::Csv(e.to_string()))?;
        if table.len() >= MAX_ROWS {
            return Err(ReadError::TooLarge(Exceeded::Rows));
        }
        // Trailing empty fields (a line of separators) are not columns.
        let used = (0..record.len())
            .rev()
            .find(|&i| !record[i].is_empty())
            .map_or(0, |i| i + 1);
        if used > MAX_COLUMNS {
            return Err(ReadError::TooLarge(Exceeded::Columns));
        }
        if record
            .iter()
            .any(|f| f.len() > MAX_CELL_CHARS && f.chars().count() > MAX_CELL_CHARS)
        {
            return Err(ReadError::TooLarge(Exceeded::Cell));
        }
        table.push(record.iter().take(used).map(str::to_string).collect());
        if table.len().is_multiple_of(512) {
            deadline.check().map_err(ReadError::TooLarge)?;
        }
    }
    Ok(table)
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

    #[test]
    fn a_csv_past_the_budget_is_refused_by_what_it_holds() {
        let long_cell = format!("Klas;Voornaam\n6A;{}\n", "x".repeat(MAX_CELL_CHARS + 1));
        assert_eq!(
            read_table(long_cell.as_bytes()),
            Err(ReadError::TooLarge(Exceeded::Cell))
        );
        let wide = format!("{}\n", vec!["a"; MAX_COLUMNS + 1].join(";"));
        assert_eq!(read_table(wide.as_bytes()), Err(ReadError::TooLarge(Exceeded::Columns)));
        let long = "6A;Jan\n".repeat(MAX_ROWS + 1);
        assert_eq!(read_table(long.as_bytes()), Err(ReadError::TooLarge(Exceeded::Rows)));
        let huge = vec![b'a'; MAX_UPLOAD_BYTES + 1];
        assert_eq!(read_table(&huge), Err(ReadError::TooLarge(Exceeded::Bytes)));
        // Empty fields at the end of a line are not columns.
        let trailing = format!("Klas;Voornaam{}\n", ";".repeat(200));
        assert_eq!(read_table(trailing.as_bytes()).unwrap()[0], ["Klas", "Voornaam"]);
    }
}
