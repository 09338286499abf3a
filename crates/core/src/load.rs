//! Reading a register file: bytes → text → schema header → (upgrade) → serde → validation. One
//! path for everything that reads a register: the app reading the published `register.json`, an
//! import, the checker CLI and the publish tool, so all of them accept and refuse the same files
//! with the same reasons. Separate from the schema (`model`) and the rules (`validate`), which it
//! uses both of, so neither of those depends on the other's caller.

use serde::Deserialize;

use crate::model::{Register, SCHEMA_NAME, SCHEMA_VERSION};
use crate::validate::Problem;

/// Why a file could not be read as a register (or, for an import, as a change file). Values, not
/// sentences: `i18n` words them. Nothing is changed in any of these cases.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Over the import limit (only imports have one).
    TooLarge {
        bytes: usize,
    },
    NotText,
    /// Not JSON; line and column of the first error (a truncated file ends up here).
    Malformed {
        line: usize,
        column: usize,
    },
    /// JSON, but not of a schema this app reads.
    UnknownSchema,
    /// A file from a newer version of the app.
    FutureVersion {
        found: u32,
        supported: u32,
    },
    /// The right schema, but not its shape: where, and what.
    WrongShape {
        shape: Shape,
        line: usize,
        column: usize,
    },
    /// Duplicate or unknown ids, bad dates and the like.
    Invalid(Vec<Problem>),
}

/// What is wrong with a file's shape, as values: `i18n` words them, never serde's English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// A field the schema requires is not there.
    MissingField(String),
    /// A field the schema does not have (a misspelling, or a newer app's field).
    UnknownField(String),
    /// A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadDate(String),
    /// A value of the wrong kind (text for a number, a list for an object, …).
    WrongValue,
}

/// A serde error on a file whose schema and version were right, as a [`LoadError`].
pub(crate) fn shape_error(e: &serde_json::Error) -> LoadError {
    let message = e.to_string();
    let quoted = |prefix: &str, close: char| {
        let rest = message.strip_prefix(prefix)?;
        rest.find(close).map(|end| rest[..end].to_string())
    };
    let shape = if let Some(f) = quoted("missing field `", '`') {
        Shape::MissingField(f)
    } else if let Some(f) = quoted("unknown field `", '`') {
        Shape::UnknownField(f)
    } else if let Some(d) = quoted(crate::date::DATE_ERROR_PREFIX, '"') {
        Shape::BadDate(d)
    } else {
        Shape::WrongValue
    };
    LoadError::WrongShape {
        shape,
        line: e.line(),
        column: e.column(),
    }
}

/// Why the published register could not be had from the web server.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceProblem {
    /// No answer: offline, the server down, or too slow.
    Unreachable,
    /// The server answered with this HTTP status instead of the file (404: not there).
    Http(u16),
    /// The file came, but is not a register this app can use.
    Unreadable(LoadError),
}

#[derive(Deserialize)]
pub(crate) struct Header {
    pub schema: Option<String>,
    pub version: Option<u32>,
}

/// Bytes as text: UTF-8, with a byte-order mark (editors add it) dropped.
pub fn text_of(bytes: &[u8]) -> Result<&str, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|_| LoadError::NotText)?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The `schema` and `version` of a JSON text, read before the rest.
pub(crate) fn header(text: &str) -> Result<Header, LoadError> {
    serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            LoadError::UnknownSchema
        } else {
            LoadError::Malformed {
                line: e.line(),
                column: e.column(),
            }
        }
    })
}

/// Checks a version against the newest one this build reads. Every version from 1 up is read.
pub(crate) fn check_version(found: Option<u32>, supported: u32) -> Result<u32, LoadError> {
    match found {
        Some(v) if v > supported => Err(LoadError::FutureVersion {
            found: v,
            supported,
        }),
        Some(v) if v >= 1 => Ok(v),
        _ => Err(LoadError::WrongShape {
            shape: Shape::MissingField("version".into()),
            line: 1,
            column: 1,
        }),
    }
}

impl Register {
    /// Parses, upgrades and validates a register: what the app, the checker and the publish
    /// tool all call. Version 1 files (before "senast uppdaterad") are read as version 2.
    pub fn from_json(text: &str) -> Result<Register, LoadError> {
        let head = header(text)?;
        if head.schema.as_deref() != Some(SCHEMA_NAME) {
            return Err(LoadError::UnknownSchema);
        }
        let version = check_version(head.version, SCHEMA_VERSION)?;
        let mut register: Register = serde_json::from_str(text).map_err(|e| shape_error(&e))?;
        if version == 1 {
            register.upgrade_from_v1();
        }
        let problems = register.validate();
        if problems.is_empty() {
            Ok(register)
        } else {
            Err(LoadError::Invalid(problems))
        }
    }

    /// [`Register::from_json`] on raw bytes (a fetched or chosen file).
    pub fn from_bytes(bytes: &[u8]) -> Result<Register, LoadError> {
        Register::from_json(text_of(bytes)?)
    }

    /// Version 1 → 2: version 2 adds `source.updated`, the day the register was last published.
    /// A version 1 register was last changed no later than the memo it was transcribed from, so
    /// that day is the memo's date (docs/DATA.md, "Derivations").
    fn upgrade_from_v1(&mut self) {
        self.version = SCHEMA_VERSION;
        if self.source.updated.is_empty() {
            self.source.updated = self.source.date.clone();
        }
    }
}

#[cfg(test)]
pub(crate) fn memo_register() -> Register {
    Register::from_json(include_str!("../../../data/register.json"))
        .expect("data/register.json must load and validate")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEMO: &str = include_str!("../../../data/register.json");

    #[test]
    fn a_version_1_file_is_read_as_version_2_dated_by_its_memo() {
        let mut v: serde_json::Value = serde_json::from_str(MEMO).unwrap();
        v["version"] = 1.into();
        v["source"].as_object_mut().unwrap().remove("updated");
        let r = Register::from_json(&v.to_string()).unwrap();
        assert_eq!(r.version, 2);
        assert_eq!(r.source.updated, "2025-09-11");
        assert_eq!(r.source.updated, r.source.date);
        // Apart from the date, the same register as the version 2 file.
        assert_eq!(r, memo_register());
        // A version 1 file that already names a day keeps it.
        v["source"]["updated"] = "2025-10-01".into();
        let r = Register::from_json(&v.to_string()).unwrap();
        assert_eq!(r.source.updated, "2025-10-01");
    }

    #[test]
    fn version_2_requires_a_valid_publication_day() {
        let mut v: serde_json::Value = serde_json::from_str(MEMO).unwrap();
        v["source"].as_object_mut().unwrap().remove("updated");
        assert_eq!(
            Register::from_json(&v.to_string()),
            Err(LoadError::Invalid(vec![Problem::BadUpdated(String::new())]))
        );
        v["source"]["updated"] = "2025-13-01".into();
        assert_eq!(
            Register::from_json(&v.to_string()),
            Err(LoadError::Invalid(vec![Problem::BadUpdated(
                "2025-13-01".into()
            )]))
        );
    }

    #[test]
    fn every_way_a_file_can_be_wrong_is_a_value_never_a_panic() {
        let err = |b: &[u8]| Register::from_bytes(b).unwrap_err();
        // Truncated: malformed JSON at the end.
        let cut = &MEMO.as_bytes()[..MEMO.len() / 2];
        assert!(matches!(err(cut), LoadError::Malformed { .. }));
        assert_eq!(
            err(b"<html>404</html>"),
            LoadError::Malformed { line: 1, column: 1 }
        );
        assert_eq!(err(&[0xff, 0xfe]), LoadError::NotText);
        assert_eq!(
            err(b"{\"schema\": \"annat\", \"version\": 2}"),
            LoadError::UnknownSchema
        );
        assert_eq!(
            err(b"{\"schema\": \"samverkansregistret\", \"version\": 9}"),
            LoadError::FutureVersion {
                found: 9,
                supported: 2
            }
        );
        let shape = |b: &[u8]| match err(b) {
            LoadError::WrongShape { shape, .. } => shape,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            shape(b"{\"schema\": \"samverkansregistret\", \"version\": 2}"),
            Shape::MissingField("source".into())
        );
        assert_eq!(
            shape(b"{\"schema\": \"samverkansregistret\", \"version\": 0}"),
            Shape::MissingField("version".into())
        );
        let misspelt = MEMO.replacen("\"ended\": false", "\"ended\": false, \"slut\": 1", 1);
        assert_eq!(
            shape(misspelt.as_bytes()),
            Shape::UnknownField("slut".into())
        );
        let bad_date = MEMO.replacen("\"until\": \"2027\"", "\"until\": \"2027-13\"", 1);
        assert_eq!(shape(bad_date.as_bytes()), Shape::BadDate("2027-13".into()));
        let wrong = MEMO.replacen("\"ended\": false", "\"ended\": \"nej\"", 1);
        assert!(matches!(
            err(wrong.as_bytes()),
            LoadError::WrongShape { shape: Shape::WrongValue, line, .. } if line > 1
        ));
        // A byte-order mark is fine.
        let with_bom = format!("\u{feff}{MEMO}");
        assert!(Register::from_bytes(with_bom.as_bytes()).is_ok());
    }
}
