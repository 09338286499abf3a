//! The rules of the layout that the compiler does not check by itself (ARCHITECTURE.md,
//! "Invariants"). Cargo already forbids a circle between crates, and the core's manifest names no
//! UI library; these add, for every crate of the workspace:
//!
//! - no import circle between modules: no module uses a module that (directly, or round a longer
//!   circle) uses it back, the crate root and a `mod.rs` included;
//! - no source file over [`MAX_LINES`] lines.
//!
//! A module's uses are read from its code as text (not its comments, nor its `#[cfg(test)]` part):
//! `crate::…`, `super::…` and `use child::…` paths, resolved to the longest module they name.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

mod common;
use common::{repo, rust_files};

const MAX_LINES: usize = 600;

/// A module by its path in its crate (`["edit", "form"]`; the crate root is `[]`).
type ModPath = Vec<String>;

/// The workspace's crates: a name and the root file of each library or program.
fn crate_roots() -> Vec<(&'static str, PathBuf)> {
    let r = repo();
    vec![
        ("samverkansregistret (app)", r.join("src/lib.rs")),
        ("samverkan-core", r.join("crates/core/src/lib.rs")),
        ("samverkan-tools", r.join("crates/tools/src/lib.rs")),
        ("samverkan-bench", r.join("crates/bench/src/lib.rs")),
    ]
}

/// Names declared with `mod name;` (a file of its own, not an inline `mod name { … }`).
fn declared_modules(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let l = l.trim();
            let l = l.strip_prefix("pub ").unwrap_or(l);
            let name = l.strip_prefix("mod ")?.strip_suffix(';')?;
            Some(name.trim().to_string())
        })
        .collect()
}

/// Every module file of the crate whose root is `root`: path in the crate → source text.
fn modules(root: &Path) -> BTreeMap<ModPath, String> {
    let mut out = BTreeMap::new();
    let mut todo = vec![(Vec::new(), root.to_path_buf())];
    while let Some((path, file)) = todo.pop() {
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        // A crate root or `mod.rs` keeps its children beside it; `a.rs` keeps them in `a/`.
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let dir = match (path.is_empty(), stem) {
            (true, _) | (_, "mod") => file.parent().map(Path::to_path_buf),
            _ => file.parent().map(|p| p.join(stem)),
        }
        .unwrap_or_default();
        for child in declared_modules(&text) {
            let flat = dir.join(format!("{child}.rs"));
            let nested = dir.join(&child).join("mod.rs");
            let child_file = if flat.exists() { flat } else { nested };
            let mut child_path = path.clone();
            child_path.push(child);
            todo.push((child_path, child_file));
        }
        out.insert(path, text);
    }
    out
}

/// The module a path names: its longest prefix that is a module.
fn resolve(known: &BTreeSet<ModPath>, segments: &[String]) -> ModPath {
    (0..=segments.len())
        .rev()
        .map(|n| segments[..n].to_vec())
        .find(|p| known.contains(p))
        .unwrap_or_default()
}

/// `a::b::{c, d::e}` → `[[a, b, c], [a, b, d, e]]` (one level of braces, as imports are written).
fn expand(path: &str) -> Vec<Vec<String>> {
    let (head, rest) = match path.find('{') {
        Some(i) => (
            &path[..i],
            Some(&path[i + 1..path.rfind('}').unwrap_or(path.len())]),
        ),
        None => (path, None),
    };
    let head: Vec<String> = head
        .split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    match rest {
        None => vec![head],
        Some(items) => items
            .split(',')
            .map(|item| {
                let mut p = head.clone();
                p.extend(
                    item.split("::")
                        .map(|s| s.split_whitespace().next().unwrap_or("").to_string())
                        .filter(|s| !s.is_empty() && s != "self"),
                );
                p
            })
            .collect(),
    }
}

/// The paths after `crate::` or `super::` (and, in `use` lines, after a child module's name) in
/// `text`, as written up to the end of the path.
fn paths_after<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(prefix) {
        let start = from + i;
        let before = text[..start].chars().next_back();
        from = start + prefix.len();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &text[from..];
        let end = if rest.starts_with('{') {
            rest.find('}').map_or(rest.len(), |e| e + 1)
        } else {
            rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '{'))
                .unwrap_or(rest.len())
        };
        let mut path = &rest[..end];
        // `a::b::{c, d}`: take the braces too.
        if path.ends_with("::") || path.ends_with('{') {
            if let Some(close) = rest.find('}') {
                path = &rest[..=close];
            }
        }
        out.push(path);
    }
    out
}

/// Which modules each module uses (not itself).
fn uses(mods: &BTreeMap<ModPath, String>) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let known: BTreeSet<ModPath> = mods.keys().cloned().collect();
    let mut graph = BTreeMap::new();
    for (path, text) in mods {
        // Code only: not the tests at the end, not comments (a doc may name any module).
        let code: String = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or("")
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let text = code.as_str();
        let mut targets = BTreeSet::new();
        let mut add = |absolute: Vec<String>| {
            let t = resolve(&known, &absolute);
            if t != *path {
                targets.insert(t);
            }
        };
        for p in paths_after(text, "crate::") {
            expand(p).into_iter().for_each(&mut add);
        }
        for p in paths_after(text, "super::") {
            for rel in expand(p) {
                let mut abs = path[..path.len().saturating_sub(1)].to_vec();
                abs.extend(rel);
                add(abs);
            }
        }
        for child in declared_modules(text) {
            let prefix = format!("use {child}::");
            for line in text.lines().map(str::trim) {
                let line = line.strip_prefix("pub ").unwrap_or(line);
                if let Some(rest) = line.strip_prefix(&prefix) {
                    for rel in expand(&format!("{child}::{}", rest.trim_end_matches(';'))) {
                        let mut abs = path.clone();
                        abs.extend(rel);
                        add(abs);
                    }
                }
            }
        }
        graph.insert(path.clone(), targets);
    }
    graph
}

/// One circle in `graph`, as the modules round it, if there is any.
fn circle(graph: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Option<Vec<ModPath>> {
    fn visit(
        node: &ModPath,
        graph: &BTreeMap<ModPath, BTreeSet<ModPath>>,
        done: &mut BTreeSet<ModPath>,
        stack: &mut Vec<ModPath>,
    ) -> Option<Vec<ModPath>> {
        if let Some(i) = stack.iter().position(|n| n == node) {
            let mut c = stack[i..].to_vec();
            c.push(node.clone());
            return Some(c);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, done, stack) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut done, &mut Vec::new()))
}

fn show(c: &[ModPath]) -> String {
    c.iter()
        .map(|p| {
            if p.is_empty() {
                "(crate root)".to_string()
            } else {
                p.join("::")
            }
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

#[test]
fn no_module_imports_from_a_module_that_imports_back() {
    for (name, root) in crate_roots() {
        let mods = modules(&root);
        assert!(
            mods.len() > 1 || name == "samverkan-bench",
            "{name}: modules not found"
        );
        if let Some(c) = circle(&uses(&mods)) {
            panic!("{name}: import circle {}", show(&c));
        }
    }
}

#[test]
fn the_checker_finds_circles_through_children_parents_and_roots() {
    let m = |entries: &[(&[&str], &str)]| -> BTreeMap<ModPath, String> {
        entries
            .iter()
            .map(|(p, t)| (p.iter().map(|s| s.to_string()).collect(), t.to_string()))
            .collect()
    };
    // a ↔ b through `crate::` and a grouped import.
    let g = uses(&m(&[
        (&[], "mod a;\nmod b;"),
        (&["a"], "use crate::{b::Thing, c};"),
        (&["b"], "fn f() { crate::a::g() }"),
    ]));
    assert!(circle(&g).is_some());
    // A parent re-exporting its child while the child uses the parent's items.
    let g = uses(&m(&[
        (&[], "mod i18n;"),
        (&["i18n"], "mod sv;\npub use sv::SV;\npub struct Texts;"),
        (&["i18n", "sv"], "use super::Texts;"),
    ]));
    assert_eq!(
        circle(&g).map(|c| show(&c)),
        Some("i18n → i18n::sv → i18n".to_string())
    );
    // The same with the types in a sibling: no circle; test code is not read.
    let g = uses(&m(&[
        (&[], "mod i18n;"),
        (&["i18n"], "mod sv;\nmod texts;\npub use sv::SV;"),
        (&["i18n", "sv"], "use super::texts::Texts;"),
        (
            &["i18n", "texts"],
            "/// Worded by `crate::i18n::SV`.\npub struct Texts;\n#[cfg(test)]\nmod tests { use crate::i18n::SV; }",
        ),
    ]));
    assert_eq!(circle(&g), None);
    // The crate root counts as a module: a child using an item of the root that uses it.
    let g = uses(&m(&[
        (
            &[],
            "mod state;\nfn f() { state::go() }\nuse state::go;\npub fn focus() {}",
        ),
        (&["state"], "pub fn go() { super::focus() }"),
    ]));
    assert!(circle(&g).is_some());
}

#[test]
fn no_source_file_is_over_600_lines() {
    let mut files = Vec::new();
    for dir in ["src", "crates"] {
        rust_files(&repo().join(dir), &mut files);
    }
    assert!(files.len() > 30, "sources not found: {files:?}");
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).ok()?.lines().count();
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these files: {long:?}");
}

/// The app's code text, without comments: what a rule about names reads.
fn code_of(file: &Path) -> String {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The files under `dirs` (at least `least` of them, or the tree was not found) whose code, not
/// counting comments, contains `word`.
fn files_naming(dirs: &[&str], least: usize, word: &str) -> Vec<String> {
    let mut files = Vec::new();
    for dir in dirs {
        rust_files(&repo().join(dir), &mut files);
    }
    assert!(
        files.len() >= least,
        "sources not found under {dirs:?}: {files:?}"
    );
    files
        .iter()
        .filter(|f| code_of(f).contains(word))
        .map(|f| f.display().to_string())
        .collect()
}

/// The views (`src/views`, `src/edit`) reach the app's state only through the handles of
/// `src/state`: memos, `Reader`s and intent methods. A view file that names `RwSignal` could
/// hold or hand out a writable signal (a view's own widgets' state is `state::Own`).
#[test]
fn no_view_names_a_writable_signal() {
    let naming = files_naming(&["src/views", "src/edit"], 15, "RwSignal");
    assert!(naming.is_empty(), "views that name RwSignal: {naming:?}");
}

/// The state's handles keep their fields to themselves: nothing in the app widens an item with
/// `pub(crate)` (a module that needs another's internals is a sign the two are one, or that a
/// method is missing). Within `src/state`, `pub(super)` lets the assembly build the handles.
#[test]
fn nothing_in_the_app_is_widened_with_pub_crate() {
    let widened = files_naming(&["src"], 30, "pub(crate)");
    assert!(widened.is_empty(), "files with pub(crate): {widened:?}");
}
