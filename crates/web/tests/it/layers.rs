//! The web crate's layers, read from its source: each module imports only from its own
//! layer or the ones below it, a route file only from its own group of routes, and no
//! files import each other in a circle. A shared piece that a route file needs from another
//! group belongs a layer down (`ui`, `access`, `print`, `services`); see ARCHITECTURE.md.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module's layer is that of its first path segment.
const LAYERS: [(&str, &[&str]); 8] = [
    (
        "settings",
        &["state", "config", "i18n", "assets", "throttle", "storage"],
    ),
    ("http", &["http"]),
    ("access", &["access"]),
    ("ui", &["ui"]),
    ("print", &["print"]),
    ("services", &["services"]),
    ("routes", &["routes"]),
    (
        "start-up",
        &["app", "demo", "cli", "cli_backup", "cli_privacy", "main", "lib"],
    ),
];

fn layer_of(module: &[String]) -> usize {
    let first = module.first().map(String::as_str).unwrap_or("lib");
    LAYERS
        .iter()
        .position(|(_, names)| names.contains(&first))
        .unwrap_or_else(|| panic!("crate::{first} is in no layer: give it one in LAYERS"))
}

type Module = Vec<String>;

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `routes/staff/talks/mod.rs` → `routes::staff::talks`.
fn module_of(relative: &Path) -> Module {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) && parts.len() > 1 {
        parts.pop();
    }
    parts
}

/// The code of a file without its comments and without its inline test module, whose
/// `super::` means the file itself.
fn code_of(source: &str) -> String {
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    source
        .lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path a file names after `crate::` or `super::`, with `{a, b::{c}}` groups spread
/// out: `crate::http::{error::AppError, form}` gives `http::error::AppError` and
/// `http::form`. `super` is resolved against `module`; a glob keeps its prefix.
fn named_paths(code: &str, module: &Module) -> Vec<Module> {
    let mut out = Vec::new();
    for (root, start) in [("crate::", 0), ("super::", 1)] {
        let mut rest = code;
        while let Some(at) = rest.find(root) {
            let before = rest[..at].chars().last();
            rest = &rest[at + root.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            // In `a/b.rs` and in `a/b/mod.rs` alike (module `a::b`), `super` is `a`.
            let base: Module = if start == 0 {
                Vec::new()
            } else {
                module[..module.len().saturating_sub(1)].to_vec()
            };
            expand(rest, base, &mut out);
        }
    }
    out
}

/// Reads one path (or group) at the start of `text` and pushes each full path.
fn expand(text: &str, mut prefix: Module, out: &mut Vec<Module>) {
    let mut segment = String::new();
    for (i, c) in text.char_indices() {
        match c {
            c if c.is_alphanumeric() || c == '_' => segment.push(c),
            ':' => match std::mem::take(&mut segment).as_str() {
                "" => {}
                "super" => {
                    prefix.pop();
                }
                s => prefix.push(s.to_string()),
            },
            '{' => {
                // Split the group at its top-level commas.
                let inner = &text[i + 1..];
                let mut depth = 0;
                let mut from = 0;
                for (j, c) in inner.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => {
                            expand(inner[from..j].trim(), prefix.clone(), out);
                            return;
                        }
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            expand(inner[from..j].trim(), prefix.clone(), out);
                            from = j + 1;
                        }
                        _ => {}
                    }
                }
                return;
            }
            _ => break,
        }
    }
    if !segment.is_empty() && segment != "self" {
        prefix.push(segment);
    }
    out.push(prefix);
}

/// The longest prefix of `path` that is a module of the crate.
fn resolve(path: &Module, modules: &BTreeSet<Module>) -> Option<Module> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|m| modules.contains(m))
}

fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &mut files);
    let modules: BTreeSet<Module> = files.iter().map(|f| module_of(f.strip_prefix(&src).unwrap())).collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for file in &files {
        let module = module_of(file.strip_prefix(&src).unwrap());
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        let mut named = named_paths(&code, &module);
        // `pub use child::…` in a folder's mod.rs ties the folder to that child.
        for line in code.lines().map(str::trim) {
            if let Some(rest) = line.strip_prefix("pub use ")
                && !rest.starts_with("crate::")
                && !rest.starts_with("super::")
                && let Some(child) = rest.split("::").next()
            {
                let mut path = module.clone();
                path.push(child.to_string());
                named.push(path);
            }
        }
        let targets = edges.entry(module.clone()).or_default();
        for path in named {
            if let Some(target) = resolve(&path, &modules)
                && target != module
                && !target.is_empty()
            {
                targets.insert(target);
            }
        }
    }
    edges
}

fn name(m: &Module) -> String {
    m.join("::")
}

#[test]
fn no_module_imports_from_a_layer_above_it() {
    let mut wrong = Vec::new();
    for (from, targets) in graph() {
        for to in targets {
            // A folder's mod.rs declares its children; that is not an import.
            if to.starts_with(&from) {
                continue;
            }
            if layer_of(&to) > layer_of(&from) {
                wrong.push(format!(
                    "{} ({}) imports {} ({})",
                    name(&from),
                    LAYERS[layer_of(&from)].0,
                    name(&to),
                    LAYERS[layer_of(&to)].0
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "imports that run up a layer:\n{}", wrong.join("\n"));
}

#[test]
fn a_route_file_imports_routes_of_its_own_group_only() {
    let group = |m: &Module| (m.first().map(String::as_str) == Some("routes") && m.len() > 1).then(|| m[1].clone());
    let mut wrong = Vec::new();
    for (from, targets) in graph() {
        let Some(own) = group(&from) else { continue };
        for to in targets {
            if to.first().map(String::as_str) == Some("routes") && group(&to).as_ref() != Some(&own) {
                wrong.push(format!("{} imports {}", name(&from), name(&to)));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "route files that borrow from another group (move the shared piece down a layer):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_files_import_each_other_in_a_circle() {
    let edges = graph();
    // Depth-first search for a back edge; a folder's mod.rs declaring its files is not one.
    fn visit(
        m: &Module,
        edges: &BTreeMap<Module, BTreeSet<Module>>,
        state: &mut BTreeMap<Module, u8>,
        stack: &mut Vec<Module>,
        found: &mut Vec<String>,
    ) {
        state.insert(m.clone(), 1);
        stack.push(m.clone());
        for to in edges.get(m).into_iter().flatten() {
            if to.starts_with(m) && !is_reexported(m, to) {
                continue;
            }
            match state.get(to).copied().unwrap_or(0) {
                0 => visit(to, edges, state, stack, found),
                1 => {
                    let at = stack.iter().position(|s| s == to).unwrap();
                    let circle: Vec<String> = stack[at..].iter().map(name).chain([name(to)]).collect();
                    found.push(circle.join(" → "));
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(m.clone(), 2);
    }
    let mut state = BTreeMap::new();
    let mut found = Vec::new();
    for m in edges.keys() {
        if !state.contains_key(m) {
            visit(m, &edges, &mut state, &mut Vec::new(), &mut found);
        }
    }
    assert!(found.is_empty(), "files in a circle:\n{}", found.join("\n"));
}

/// A parent that re-exports from its child depends on it (not merely declares it).
fn is_reexported(parent: &Module, child: &Module) -> bool {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut dir = src.clone();
    for part in parent {
        dir.push(part);
    }
    let file = if dir.is_dir() {
        dir.join("mod.rs")
    } else {
        dir.with_extension("rs")
    };
    let Some(last) = child.last() else { return false };
    std::fs::read_to_string(file).is_ok_and(|s| s.contains(&format!("pub use {last}::")))
}

#[test]
fn the_reader_of_imports_sees_groups_and_super() {
    // The test above is only as good as this reading of `use` lines.
    let module: Module = vec!["routes".into(), "staff".into(), "talks".into(), "video".into()];
    let code = "use crate::http::{error::AppError, form::{Form, clean_input}};\nuse super::page::{Problem, render_talk};\nlet x = crate::ui::qr::qr_svg(y);";
    let paths: BTreeSet<String> = named_paths(code, &module).iter().map(name).collect();
    for want in [
        "http::error::AppError",
        "http::form::Form",
        "http::form::clean_input",
        "routes::staff::talks::page::Problem",
        "routes::staff::talks::page::render_talk",
        "ui::qr::qr_svg",
    ] {
        assert!(paths.contains(want), "{want} not read from {paths:?}");
    }
}
