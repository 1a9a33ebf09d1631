//! Every write the caches could miss is said, read from the store's source: a function that
//! writes a table the booking desk or the signed-in cache shows must tell the caches with
//! `store.changed(Change::…)`, or be listed below with the reason it need not. A new write
//! function that forgets fails here before a family sees a stale page.

use std::collections::BTreeMap;
use std::path::Path;

/// The tables a cache shows (`cache::desk`: rounds, slots, bookings, the waiting list,
/// separated parents, the class's guardians; `cache::sign_ins`: sessions, a guardian with
/// their children and school; `cache::templates`: the instrument templates).
const SHOWN: [&str; 13] = [
    "round",
    "round_class",
    "conference_slot",
    "booking",
    "booking_wait",
    "separate_conversations",
    "guardian",
    "child_guardian",
    "household",
    "child",
    "school",
    "user_session",
    "instrument_template",
];

/// Functions that write a shown table and need not say so, with the reason.
const NEED_NOT: [(&str, &str); 18] = [
    (
        "bookings::insert_many",
        "the group writer writes its committed bookings into the desk",
    ),
    ("bookings::remind", "marks a reminder sent, which no cache shows"),
    (
        "children::create",
        "a new child has no guardians yet; linking one says People",
    ),
    (
        "guardians::new_household",
        "a household without guardians shows nowhere",
    ),
    (
        "imports::upsert_child",
        "part of imports::apply, which says People once for the import",
    ),
    (
        "imports::upsert_guardian",
        "part of imports::apply, which says People once for the import",
    ),
    ("outbox::set_quiet_hours", "a school setting no cache shows"),
    ("videos::set_limits", "a school setting no cache shows"),
    ("retention::set_periods", "a school setting no cache shows"),
    (
        "two_factor::set_required",
        "a school setting no cache shows; it is read at each sign-in",
    ),
    (
        "retention::run_school",
        "stamps when a child left, which no cache shows; the erase itself says People",
    ),
    ("rounds::create", "a new round is in no cache yet"),
    ("rounds::link_classes", "part of rounds::create"),
    ("schools::create", "a new school is in no cache yet"),
    ("sessions::insert", "a new session is in no cache yet"),
    (
        "child_data::erase_guardian",
        "part of child_data::erase, which says People and Sessions",
    ),
    (
        "child_data::rows",
        "only reads: it is credited with the SQL of the list of child tables an erase deletes from",
    ),
    (
        "sessions::purge_expired",
        "only expired sessions, which a kept entry refuses by its own expiry",
    ),
];

/// Per function `module::name`: the shown tables it writes and whether it says what changed.
fn writers() -> BTreeMap<String, (Vec<&'static str>, bool)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let module = path.file_stem().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&path).unwrap();
        let source = source.split("#[cfg(test)]").next().unwrap_or_default();
        // The file's string constants, so that `INSERT` in a body counts as its SQL.
        let constants: Vec<(String, String)> = source
            .match_indices("const ")
            .filter_map(|(at, _)| {
                let rest = &source[at + "const ".len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                    .collect();
                let value = rest.split_once("= \"")?.1.split("\";").next()?.to_string();
                (!name.is_empty()).then_some((name, value))
            })
            .collect();
        // Functions at the top level of the file, each up to the next one.
        let starts: Vec<(usize, String)> = source
            .match_indices("fn ")
            .filter(|(at, _)| {
                let line_start = source[..*at].rfind('\n').map_or(0, |n| n + 1);
                let head = &source[line_start..*at];
                ["", "pub ", "pub(crate) ", "async ", "pub async ", "pub(crate) async "].contains(&head)
            })
            .map(|(at, _)| {
                let name: String = source[at + 3..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                (at, name)
            })
            .collect();
        for (i, (at, name)) in starts.iter().enumerate() {
            let end = starts.get(i + 1).map_or(source.len(), |(next, _)| *next);
            let body = &source[*at..end];
            let mut sql = body.to_string();
            for (constant, value) in &constants {
                if body.contains(constant.as_str()) {
                    sql.push_str(value);
                }
            }
            let written: Vec<&str> = SHOWN
                .into_iter()
                .filter(|table| {
                    ["INSERT INTO ", "UPDATE ", "DELETE FROM "].iter().any(|verb| {
                        sql.match_indices(&format!("{verb}{table}"))
                            .any(|(at, m)| !sql[at + m.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
                    })
                })
                .collect();
            if !written.is_empty() {
                out.insert(
                    format!("{module}::{name}"),
                    (written, body.contains("changed(Change::")),
                );
            }
        }
    }
    out
}

#[test]
fn every_write_a_cache_shows_is_said() {
    let writers = writers();
    let excused = |name: &str| NEED_NOT.iter().any(|(n, _)| *n == name);
    let silent: Vec<String> = writers
        .iter()
        .filter(|(name, (_, says))| !says && !excused(name))
        .map(|(name, (tables, _))| format!("{name} writes {tables:?}"))
        .collect();
    assert!(
        silent.is_empty(),
        "write functions that do not tell the caches (call store.changed(Change::…)):\n{}",
        silent.join("\n")
    );
    // The list of exceptions stays true: each one still exists and still writes a shown table.
    for (name, _) in NEED_NOT {
        assert!(
            writers.contains_key(name),
            "{name} is excused but writes no shown table any more"
        );
    }
    // And the reading finds what it must: these say what they changed.
    for name in [
        "bookings::cancel",
        "waiting::join",
        "guardians::update",
        "sessions::delete",
        "rounds::update",
    ] {
        assert_eq!(writers.get(name).map(|(_, says)| *says), Some(true), "{name}");
    }
}
