//! The names the app shares with the page's JavaScript have one source,
//! `samverkan_core::shared`: the scripts name them as `__NAME__` placeholders, which the build
//! fills in (scripts/post-build.mjs), and the app's Rust uses the constants. This fails when one
//! side writes a shared name out by hand, or names a placeholder the core does not have.

use std::collections::BTreeMap;

mod common;
use common::{repo, rust_files};

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The shared names and their values, as the build gets them.
fn shared() -> BTreeMap<String, serde_json::Value> {
    serde_json::from_str(&samverkan_core::shared::for_scripts()).expect("for_scripts is JSON")
}

/// The `__NAME__` placeholders of a script.
fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("__") {
        let after = &rest[i + 2..];
        let len = after
            .find(|c: char| !(c.is_ascii_uppercase() || c == '_'))
            .unwrap_or(after.len());
        match after[..len].strip_suffix("__") {
            Some(name) if !name.is_empty() => {
                out.push(name.to_string());
                rest = &after[len..];
            }
            _ => rest = &after[len.max(1).min(after.len())..],
        }
    }
    out
}

/// Each string value, as a literal in each of `quotes`.
fn literals(values: &BTreeMap<String, serde_json::Value>, quotes: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    for v in values.values() {
        let strings: Vec<&str> = match v {
            serde_json::Value::String(s) => vec![s.as_str()],
            serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str()).collect(),
            _ => Vec::new(),
        };
        for s in strings {
            for q in quotes {
                out.push(format!("{q}{s}{q}"));
            }
        }
    }
    out
}

#[test]
fn the_scripts_take_every_shared_name_from_the_core() {
    let shared = shared();
    // What each script must take from the core, and what its own build step fills in.
    let scripts: [(&str, &[&str], &[&str]); 2] = [
        (
            "public/gate.js",
            &[
                "LANG_KEY",
                "EARLY_REGISTER",
                "REGISTER_FILE",
                "FETCH_LINE",
                "FETCH_TEXT",
                "FETCH_BAR",
                "FETCH_MB",
            ],
            &[],
        ),
        (
            "scripts/sw-template.js",
            &["DATA_CACHE", "CACHE_PREFIX", "REGISTER_FILE"],
            &["VERSION", "BOOT", "FILES"],
        ),
    ];
    for (path, needed, own) in scripts {
        let text = read(path);
        let used = placeholders(&text);
        for name in &used {
            assert!(
                shared.contains_key(name) || own.contains(&name.as_str()),
                "{path} names __{name}__, which samverkan_core::shared does not have"
            );
        }
        for name in needed {
            assert!(
                used.iter().any(|u| u == name),
                "{path} no longer takes __{name}__ from the core"
            );
        }
        for literal in literals(&shared, &['"', '\'', '`']) {
            assert!(
                !text.contains(&literal),
                "{path} writes {literal} by hand; use its __NAME__ from samverkan_core::shared"
            );
        }
    }
    // post-build.mjs takes what is never precached from the core, not from a list of its own.
    assert!(read("scripts/post-build.mjs")
        .contains(r#"!["sw.js", ...shared.PUBLISHED_FILES].includes(p)"#));
}

#[test]
fn the_app_uses_the_constants_not_the_words() {
    let shared = shared();
    let literals = literals(&shared, &['"']);
    let mut files = vec![repo().join("crates/core/src/prerender.rs")];
    rust_files(&repo().join("src"), &mut files);
    assert!(files.len() > 30, "src/ not found: {files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file is readable");
        for literal in &literals {
            assert!(
                !text.contains(literal.as_str()),
                "{} writes {literal} by hand; use samverkan_core::shared",
                file.display()
            );
        }
    }
}

#[test]
fn placeholders_are_found() {
    assert_eq!(
        placeholders("a(__LANG_KEY__) \"__VERSION__\" __ x __B__"),
        ["LANG_KEY", "VERSION", "B"]
    );
}
