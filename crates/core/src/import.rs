//! The class list a school exports from its administration system: one row per child with
//! class, names, birth date and up to two guardians. This module reads the rows (already
//! decoded from CSV or XLSX into text cells) and says, per line, what is wrong and how to fix
//! it. It never half-accepts a file: the store imports either every row or none.

use crate::language::Language;
use crate::values::{Email, FieldError, optional_text, parse_date, parse_phone, required_text};
use jiff::civil::Date;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Class,
    FirstName,
    LastName,
    BirthDate,
    GuardianName(u8),
    GuardianEmail(u8),
    GuardianPhone(u8),
    GuardianLanguage(u8),
}

impl Column {
    /// The Fluent key of the column's name as the user knows it.
    pub fn key(self) -> &'static str {
        match self {
            Self::Class => "col-class",
            Self::FirstName => "col-first-name",
            Self::LastName => "col-last-name",
            Self::BirthDate => "col-birth-date",
            Self::GuardianName(_) => "col-guardian-name",
            Self::GuardianEmail(_) => "col-guardian-email",
            Self::GuardianPhone(_) => "col-guardian-phone",
            Self::GuardianLanguage(_) => "col-guardian-language",
        }
    }

    /// 1 or 2 for guardian columns.
    pub fn guardian(self) -> Option<u8> {
        match self {
            Self::GuardianName(n) | Self::GuardianEmail(n) | Self::GuardianPhone(n) | Self::GuardianLanguage(n) => {
                Some(n)
            }
            _ => None,
        }
    }

    fn from_header(raw: &str) -> Option<Self> {
        let h = normalize_header(raw);
        let is = |names: &[&str]| names.contains(&h.as_str());
        if is(&["klas", "klasgroep", "groep", "class", "classgroup", "group"]) {
            return Some(Self::Class);
        }
        if is(&["voornaam", "voornaamleerling", "firstname", "first", "givenname"]) {
            return Some(Self::FirstName);
        }
        if is(&[
            "naam",
            "achternaam",
            "familienaam",
            "naamleerling",
            "lastname",
            "surname",
            "familyname",
            "last",
        ]) {
            return Some(Self::LastName);
        }
        if is(&[
            "geboortedatum",
            "geboren",
            "datumgeboorte",
            "birthdate",
            "dateofbirth",
            "dob",
            "birthday",
        ]) {
            return Some(Self::BirthDate);
        }
        for n in [1u8, 2] {
            for prefix in ["ouder", "voogd", "contactpersoon", "contact", "guardian", "parent"] {
                let Some(rest) = h.strip_prefix(prefix).and_then(|r| r.strip_prefix(&n.to_string())) else {
                    continue;
                };
                return match rest {
                    "" | "naam" | "name" => Some(Self::GuardianName(n)),
                    "email" | "mail" | "emailadres" | "emailaddress" => Some(Self::GuardianEmail(n)),
                    "telefoon" | "tel" | "gsm" | "phone" | "mobile" | "telephone" => Some(Self::GuardianPhone(n)),
                    "taal" | "thuistaal" | "language" => Some(Self::GuardianLanguage(n)),
                    _ => None,
                };
            }
        }
        None
    }
}

/// `Ouder 1 – E-mail` → `ouder1email`: lower case, accents and separators gone.
fn normalize_header(raw: &str) -> String {
    raw.trim_start_matches('\u{feff}')
        .chars()
        .filter_map(|c| match c {
            'é' | 'è' | 'ë' | 'ê' | 'É' => Some('e'),
            'ï' | 'î' => Some('i'),
            c if c.is_alphanumeric() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuardianRow {
    pub name: String,
    pub email: Option<Email>,
    pub phone: Option<String>,
    pub language: Language,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildRow {
    /// The line in the file, as the user sees it in a spreadsheet (header = line 1).
    pub line: usize,
    pub class: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<Date>,
    pub guardians: Vec<GuardianRow>,
}

impl ChildRow {
    pub fn match_key(&self) -> String {
        child_match_key(&self.first_name, &self.last_name, self.birth_date)
    }
}

/// How a child is recognised when the same list is imported again.
pub fn child_match_key(first: &str, last: &str, birth: Option<Date>) -> String {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let birth = birth.map(|d| d.to_string()).unwrap_or_default();
    format!("{}|{}|{}", norm(first), norm(last), birth)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A column every list needs is missing; nothing can be read.
    MissingColumn(Column),
    NoRows,
    Field {
        line: usize,
        column: Column,
        value: String,
        error: FieldError,
    },
    /// A guardian has an email or phone but no name.
    GuardianWithoutName {
        line: usize,
        guardian: u8,
    },
    DuplicateChild {
        line: usize,
        first_line: usize,
    },
    /// Found by the caller: a class the user may not import into.
    ClassNotAllowed {
        line: usize,
        class: String,
    },
    /// Found by the caller: the child is known in another of the user's classes, and only a
    /// school admin moves a child between classes.
    MoveNotAllowed {
        line: usize,
        from: String,
    },
}

impl Problem {
    pub fn line(&self) -> Option<usize> {
        match self {
            Self::MissingColumn(_) | Self::NoRows => None,
            Self::Field { line, .. }
            | Self::GuardianWithoutName { line, .. }
            | Self::DuplicateChild { line, .. }
            | Self::ClassNotAllowed { line, .. }
            | Self::MoveNotAllowed { line, .. } => Some(*line),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedList {
    pub rows: Vec<ChildRow>,
    pub problems: Vec<Problem>,
}

impl ParsedList {
    pub fn is_importable(&self) -> bool {
        self.problems.is_empty() && !self.rows.is_empty()
    }
}

/// Reads a table whose first row is the header. Empty rows are skipped.
pub fn parse_class_list(table: &[Vec<String>]) -> ParsedList {
    let mut out = ParsedList::default();
    let Some((header, body)) = table.split_first() else {
        out.problems.push(Problem::NoRows);
        return out;
    };
    let columns: HashMap<Column, usize> = header
        .iter()
        .enumerate()
        .filter_map(|(i, h)| Column::from_header(h).map(|c| (c, i)))
        .collect();
    for needed in [Column::Class, Column::FirstName, Column::LastName] {
        if !columns.contains_key(&needed) {
            out.problems.push(Problem::MissingColumn(needed));
        }
    }
    if !out.problems.is_empty() {
        return out;
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, cells) in body.iter().enumerate() {
        let line = i + 2;
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |c: Column| {
            columns
                .get(&c)
                .and_then(|&i| cells.get(i))
                .map(String::as_str)
                .unwrap_or("")
        };
        if let Some(row) = parse_row(line, &cell, &mut out.problems) {
            match seen.get(&row.match_key()) {
                Some(&first_line) => out.problems.push(Problem::DuplicateChild { line, first_line }),
                None => {
                    seen.insert(row.match_key(), line);
                    out.rows.push(row);
                }
            }
        }
    }
    if out.rows.is_empty() && out.problems.is_empty() {
        out.problems.push(Problem::NoRows);
    }
    out
}

fn parse_row<'a>(line: usize, cell: &dyn Fn(Column) -> &'a str, problems: &mut Vec<Problem>) -> Option<ChildRow> {
    let before = problems.len();
    // Records a refused cell and yields `None`, so every problem of the row is reported.
    let mut check = |column: Column, parse: &dyn Fn(&str) -> Result<CellValue, FieldError>| {
        let value = cell(column);
        parse(value)
            .map_err(|error| {
                problems.push(Problem::Field {
                    line,
                    column,
                    value: value.trim().to_string(),
                    error,
                })
            })
            .ok()
    };
    let class = check(Column::Class, &|v| required_text(v, 40).map(CellValue::Text));
    let first_name = check(Column::FirstName, &|v| required_text(v, 80).map(CellValue::Text));
    let last_name = check(Column::LastName, &|v| required_text(v, 80).map(CellValue::Text));
    let birth_date = check(Column::BirthDate, &|v| match v.trim() {
        "" => Ok(CellValue::Date(None)),
        raw => parse_date(raw).map(|d| CellValue::Date(Some(d))),
    });
    let mut guardians = Vec::new();
    let mut nameless = Vec::new();
    for n in [1u8, 2] {
        let name = check(Column::GuardianName(n), &|v| {
            optional_text(v, 120).map(CellValue::OptText)
        });
        let email = check(Column::GuardianEmail(n), &|v| match v.trim() {
            "" => Ok(CellValue::Email(None)),
            raw => Email::parse(raw).map(|e| CellValue::Email(Some(e))),
        });
        let phone = check(Column::GuardianPhone(n), &|v| match v.trim() {
            "" => Ok(CellValue::OptText(None)),
            raw => parse_phone(raw).map(|p| CellValue::OptText(Some(p))),
        });
        let language = check(Column::GuardianLanguage(n), &|v| match v.trim() {
            "" => Ok(CellValue::Language(Language::Nl)),
            raw => Language::parse_loose(raw)
                .map(CellValue::Language)
                .ok_or(FieldError::Language),
        });
        if let (
            Some(CellValue::OptText(name)),
            Some(CellValue::Email(email)),
            Some(CellValue::OptText(phone)),
            Some(CellValue::Language(language)),
        ) = (name, email, phone, language)
        {
            match name {
                Some(name) => guardians.push(GuardianRow {
                    name,
                    email,
                    phone,
                    language,
                }),
                None if email.is_some() || phone.is_some() => nameless.push(n),
                None => {}
            }
        }
    }
    problems.extend(
        nameless
            .into_iter()
            .map(|guardian| Problem::GuardianWithoutName { line, guardian }),
    );
    if problems.len() > before {
        return None;
    }
    match (class, first_name, last_name, birth_date) {
        (
            Some(CellValue::Text(class)),
            Some(CellValue::Text(first_name)),
            Some(CellValue::Text(last_name)),
            Some(CellValue::Date(birth_date)),
        ) => Some(ChildRow {
            line,
            class,
            first_name,
            last_name,
            birth_date,
            guardians,
        }),
        _ => None,
    }
}

/// One parsed cell; lets a single checking closure serve cells of different types.
enum CellValue {
    Text(String),
    OptText(Option<String>),
    Date(Option<Date>),
    Email(Option<Email>),
    Language(Language),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&str]) -> Vec<Vec<String>> {
        rows.iter().map(|r| r.split(';').map(String::from).collect()).collect()
    }

    #[test]
    fn dutch_headers_and_two_guardians() {
        let list = parse_class_list(&table(&[
            "Klas;Voornaam;Naam;Geboortedatum;Ouder 1 naam;Ouder 1 e-mail;Ouder 1 taal;Ouder 2 naam;Ouder 2 GSM",
            "6A;Amira;El Amrani;14/03/2015;Samira Bennani;samira@example.be;Frans;Youssef El Amrani;0470 12 34 56",
            ";;;;;;;;",
        ]));
        assert!(list.is_importable(), "{:?}", list.problems);
        let row = &list.rows[0];
        assert_eq!(row.line, 2);
        assert_eq!(row.guardians.len(), 2);
        assert_eq!(row.guardians[0].language, Language::Fr);
        assert_eq!(row.guardians[1].phone.as_deref(), Some("0470 12 34 56"));
    }

    #[test]
    fn english_headers() {
        let list = parse_class_list(&table(&[
            "Class;First name;Last name;Date of birth;Guardian 1 email;Guardian 1 name",
            "5A;Tom;Peeters;2016-01-02;tom.sr@example.be;Tom Peeters sr",
        ]));
        assert!(list.is_importable(), "{:?}", list.problems);
    }

    #[test]
    fn each_bad_cell_is_reported_with_its_line() {
        let list = parse_class_list(&table(&[
            "Klas;Voornaam;Naam;Geboortedatum;Ouder 1 naam;Ouder 1 e-mail",
            "6A;Lotte;Janssens;31/02/2015;Els;els@example",
            "6A;;Maes;;;",
            "6A;Noah;Maes;;;noah.papa@example.be",
            "6A;Lotte;Janssens;31/02/2015;;",
        ]));
        assert!(!list.is_importable());
        let lines: Vec<_> = list.problems.iter().map(|p| p.line()).collect();
        assert_eq!(lines, vec![Some(2), Some(2), Some(3), Some(4), Some(5)]);
        assert!(matches!(
            list.problems[0],
            Problem::Field {
                column: Column::BirthDate,
                error: FieldError::Date,
                ..
            }
        ));
        assert!(matches!(
            list.problems[3],
            Problem::GuardianWithoutName { guardian: 1, .. }
        ));
    }

    #[test]
    fn missing_columns_stop_the_import() {
        let list = parse_class_list(&table(&["Naam;Adres", "Maes;Kerkstraat 1"]));
        assert_eq!(
            list.problems,
            vec![
                Problem::MissingColumn(Column::Class),
                Problem::MissingColumn(Column::FirstName)
            ]
        );
    }

    #[test]
    fn the_same_child_twice_is_a_problem() {
        let list = parse_class_list(&table(&["Klas;Voornaam;Naam", "6A;Ella;Claes", "6B;ella; Claes"]));
        assert_eq!(list.problems, vec![Problem::DuplicateChild { line: 3, first_line: 2 }]);
    }
}
