//! Reads the first sheet of an XLSX workbook as rows of text, streaming, within the
//! [`budget`](super::budget): the archive's parts are unpacked through a counting reader,
//! the XML is read event by event, and only cells with a value inside the row and column
//! limits are kept. Nothing the file says about its own size (a sheet's dimension, a count
//! of shared strings) is believed.

use super::budget::{
    Capped, Deadline, Exceeded, MAX_CELL_CHARS, MAX_PARTS, MAX_SHARED_STRINGS, MAX_UNPACKED_BYTES,
    is_unpacked_too_large,
};
use super::cells::{CellState, SheetTable, cell_ref};
use super::{ReadError, Table};
use quick_xml::Reader;
use quick_xml::events::{BytesRef, BytesStart, Event};
use std::io::{BufReader, Cursor, Read};

type Archive<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// The workbook being read, with what is left of the unpacking budget.
struct Book<'a> {
    zip: Archive<'a>,
    left: u64,
    deadline: &'a Deadline,
}

/// Whether the archive is an OpenDocument file (`.ods`) rather than a workbook.
pub fn is_open_document(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .ok()
        .and_then(|mut z| {
            let mut part = z.by_name("mimetype").ok()?;
            let mut head = [0u8; 64];
            let n = part.read(&mut head).ok()?;
            Some(head[..n].starts_with(b"application/vnd.oasis.opendocument"))
        })
        .unwrap_or(false)
}

pub fn read(bytes: &[u8], deadline: &Deadline) -> Result<Table, ReadError> {
    let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ReadError::Spreadsheet(e.to_string()))?;
    if zip.len() > MAX_PARTS {
        return Err(ReadError::TooLarge(Exceeded::Bytes));
    }
    let mut book = Book {
        zip,
        left: MAX_UNPACKED_BYTES,
        deadline,
    };
    let workbook = book
        .relationship("_rels/.rels", "/officeDocument", None)?
        .unwrap_or_else(|| "xl/workbook.xml".into());
    let workbook_rels = rels_path(&workbook);
    let first_sheet = book.first_sheet_id(&workbook)?;
    let sheet = match first_sheet {
        Some(id) => book.relationship(&workbook_rels, "", Some(&id))?,
        None => None,
    }
    .map(|target| resolve(&workbook, &target))
    .unwrap_or_else(|| "xl/worksheets/sheet1.xml".into());
    let strings = match book.relationship(&workbook_rels, "/sharedStrings", None)? {
        Some(target) => book.shared_strings(&resolve(&workbook, &target))?,
        None => book.shared_strings(&resolve(&workbook, "sharedStrings.xml"))?,
    };
    book.sheet(&sheet, &strings)
}

/// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
fn rels_path(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// A relationship's target, relative to the folder of the part that names it.
fn resolve(from: &str, target: &str) -> String {
    if let Some(absolute) = target.strip_prefix('/') {
        return absolute.to_string();
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for piece in target.split('/') {
        match piece {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            p => parts.push(p),
        }
    }
    parts.join("/")
}

fn xml_error(e: impl std::error::Error + 'static) -> ReadError {
    if is_unpacked_too_large(&e) {
        ReadError::TooLarge(Exceeded::Bytes)
    } else {
        ReadError::Spreadsheet(e.to_string())
    }
}

/// The value of the attribute with this local name (any prefix), unescaped.
fn attr(e: &BytesStart, local: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find_map(|a| {
        let key: &str = a.key.as_ref();
        let name = key.rsplit_once(':').map_or(key, |(_, n)| n);
        (name == local).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_default()
        })
    })
}

fn local_name(e: &BytesStart) -> String {
    let n = e.local_name();
    let s: &str = n.as_ref();
    s.to_string()
}

/// The text an entity reference stands for.
fn reference(r: &BytesRef) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    let name: &str = r;
    match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => "",
    }
    .to_string()
}

impl Book<'_> {
    /// Streams a part's XML to `on_event`; a part that is missing gives `Ok(false)`.
    fn each_event(
        &mut self,
        name: &str,
        mut on_event: impl FnMut(Event<'_>) -> Result<(), ReadError>,
    ) -> Result<bool, ReadError> {
        let part = match self.zip.by_name(name) {
            Ok(p) => p,
            Err(zip::result::ZipError::FileNotFound) => return Ok(false),
            Err(e) => return Err(ReadError::Spreadsheet(e.to_string())),
        };
        let mut capped = Capped::new(part, self.left);
        let mut xml = Reader::from_reader(BufReader::new(&mut capped));
        let mut buf = Vec::new();
        let mut events = 0u32;
        loop {
            buf.clear();
            let event = xml.read_event_into(&mut buf).map_err(xml_error)?;
            if matches!(event, Event::Eof) {
                break;
            }
            on_event(event)?;
            events = events.wrapping_add(1);
            if events.is_multiple_of(4096) {
                self.deadline.check().map_err(ReadError::TooLarge)?;
            }
        }
        drop(xml);
        self.left = capped.left();
        Ok(true)
    }

    /// The target of the first relationship in `rels` whose type ends with `kind` (or
    /// whose id is `id`).
    fn relationship(&mut self, rels: &str, kind: &str, id: Option<&str>) -> Result<Option<String>, ReadError> {
        let mut found = None;
        self.each_event(rels, |event| {
            if let Event::Start(e) | Event::Empty(e) = event
                && found.is_none()
                && local_name(&e) == "Relationship"
            {
                let matches = match id {
                    Some(id) => attr(&e, "Id").as_deref() == Some(id),
                    None => attr(&e, "Type").is_some_and(|t| t.ends_with(kind)),
                };
                if matches {
                    found = attr(&e, "Target");
                }
            }
            Ok(())
        })?;
        Ok(found)
    }

    /// The relationship id of the workbook's first sheet.
    fn first_sheet_id(&mut self, workbook: &str) -> Result<Option<String>, ReadError> {
        let mut found = None;
        let present = self.each_event(workbook, |event| {
            if let Event::Start(e) | Event::Empty(e) = event
                && found.is_none()
                && local_name(&e) == "sheet"
            {
                found = attr(&e, "id");
            }
            Ok(())
        })?;
        if !present {
            return Err(ReadError::Spreadsheet("no workbook".into()));
        }
        Ok(found)
    }

    /// The shared strings, each cut at one character past the cell limit (so a cell that
    /// uses a longer one is still refused as too long).
    fn shared_strings(&mut self, part: &str) -> Result<Vec<String>, ReadError> {
        let mut strings: Vec<String> = Vec::new();
        let mut current: Option<String> = None;
        let mut in_text = false;
        // Phonetic runs (`rPh`) repeat a reading aid, not the text.
        let mut in_phonetic = false;
        self.each_event(part, |event| {
            match event {
                Event::Start(e) => match local_name(&e).as_str() {
                    "si" => current = Some(String::new()),
                    "t" => in_text = true,
                    "rPh" => in_phonetic = true,
                    _ => {}
                },
                Event::Empty(e) if local_name(&e) == "si" => {
                    push_string(&mut strings, String::new())?;
                }
                Event::End(e) => {
                    let n = e.local_name();
                    let n: &str = n.as_ref();
                    match n {
                        "si" => {
                            if let Some(s) = current.take() {
                                push_string(&mut strings, s)?;
                            }
                        }
                        "t" => in_text = false,
                        "rPh" => in_phonetic = false,
                        _ => {}
                    }
                }
                Event::Text(t) if in_text && !in_phonetic => {
                    if let Some(s) = current.as_mut() {
                        append_capped(s, &t.xml10_content());
                    }
                }
                Event::CData(t) if in_text && !in_phonetic => {
                    if let Some(s) = current.as_mut() {
                        append_capped(s, &t);
                    }
                }
                Event::GeneralRef(r) if in_text && !in_phonetic => {
                    if let Some(s) = current.as_mut() {
                        append_capped(s, &reference(&r));
                    }
                }
                _ => {}
            }
            Ok(())
        })?;
        Ok(strings)
    }

    fn sheet(&mut self, part: &str, strings: &[String]) -> Result<Table, ReadError> {
        let mut table = SheetTable::default();
        let mut row_index: usize = 0;
        let mut next_col: usize = 0;
        let mut cell: Option<CellState> = None;
        let mut in_value = false;
        let present = self.each_event(part, |event| {
            match event {
                Event::Start(e) | Event::Empty(e) if local_name(&e) == "row" => {
                    row_index = attr(&e, "r")
                        .and_then(|r| r.parse::<usize>().ok())
                        .map(|r| r.saturating_sub(1))
                        .unwrap_or(row_index);
                    next_col = 0;
                }
                Event::End(e) if AsRef::<str>::as_ref(&e.local_name()) == "row" => {
                    row_index = row_index.saturating_add(1);
                }
                Event::Start(e) if local_name(&e) == "c" => {
                    let (row, col) = attr(&e, "r")
                        .and_then(|r| cell_ref(&r))
                        .unwrap_or((row_index, next_col));
                    cell = Some(CellState {
                        row,
                        col,
                        kind: attr(&e, "t").unwrap_or_default(),
                        value: String::new(),
                    });
                }
                Event::Empty(e) if local_name(&e) == "c" => {
                    if let Some((_, col)) = attr(&e, "r").and_then(|r| cell_ref(&r)) {
                        next_col = col.saturating_add(1);
                    } else {
                        next_col = next_col.saturating_add(1);
                    }
                }
                Event::Start(e) if matches!(local_name(&e).as_str(), "v" | "t") => in_value = true,
                Event::End(e) => {
                    let n = e.local_name();
                    let n: &str = n.as_ref();
                    match n {
                        "v" | "t" => in_value = false,
                        "c" => {
                            if let Some(c) = cell.take() {
                                let (row, col) = (c.row, c.col);
                                next_col = col.saturating_add(1);
                                table.put(row, col, c.text(strings)?)?;
                            }
                        }
                        _ => {}
                    }
                }
                Event::Text(t) if in_value => {
                    if let Some(c) = cell.as_mut() {
                        c.push(&t.xml10_content())?;
                    }
                }
                Event::CData(t) if in_value => {
                    if let Some(c) = cell.as_mut() {
                        c.push(&t)?;
                    }
                }
                Event::GeneralRef(r) if in_value => {
                    if let Some(c) = cell.as_mut() {
                        c.push(&reference(&r))?;
                    }
                }
                _ => {}
            }
            Ok(())
        })?;
        if !present {
            return Err(ReadError::Spreadsheet("no sheet".into()));
        }
        Ok(table.into_rows())
    }
}

fn push_string(strings: &mut Vec<String>, s: String) -> Result<(), ReadError> {
    if strings.len() >= MAX_SHARED_STRINGS {
        return Err(ReadError::TooLarge(Exceeded::Bytes));
    }
    strings.push(s);
    Ok(())
}

fn append_capped(s: &mut String, more: &str) {
    let room = (MAX_CELL_CHARS + 1).saturating_sub(s.chars().count());
    s.extend(more.chars().take(room));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_from_the_naming_part() {
        assert_eq!(
            resolve("xl/workbook.xml", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl/workbook.xml", "/xl/worksheets/s.xml"),
            "xl/worksheets/s.xml"
        );
        assert_eq!(resolve("xl/workbook.xml", "../other/s.xml"), "other/s.xml");
        assert_eq!(rels_path("xl/workbook.xml"), "xl/_rels/workbook.xml.rels");
    }
}
