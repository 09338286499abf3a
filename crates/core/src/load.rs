//! Reading a register file: bytes → text → schema header → (upgrade) → serde → validation. One
//! path for everything that reads a register: the app reading the published `register.json`, an
//! import, the checker CLI and the publish tool, so all of them accept and refuse the same files
//! with the same reasons. Separate from the schema (`model`) and the rules (`validate`), which it
//! uses both of, so neither of those depends on the other's caller.

use std::io::{BufReader, Read};

use serde::Deserialize;
use serde_json::de::IoRead;

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

/// Whether everything `read` gives is UTF-8, looked at a piece at a time: what [`text_of`] checks,
/// without the whole file in memory. A failing read counts as not text.
fn check_utf8(mut read: impl Read) -> Result<(), LoadError> {
    let mut buf = vec![0u8; 1 << 16];
    // Bytes of a character cut by the end of the previous piece, moved to the front.
    let mut carried = 0;
    loop {
        let n = match read.read(&mut buf[carried..]) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(LoadError::NotText),
        };
        let filled = carried + n;
        match std::str::from_utf8(&buf[..filled]) {
            Ok(_) => carried = 0,
            // Cut off at the end of the piece: keep the start of the character for the next.
            Err(e) if e.error_len().is_none() && n > 0 => {
                let valid = e.valid_up_to();
                buf.copy_within(valid..filled, 0);
                carried = filled - valid;
            }
            Err(_) => return Err(LoadError::NotText),
        }
        if n == 0 {
            return Ok(());
        }
    }
}

/// A reader that drops a leading byte-order mark, as [`text_of`] does.
struct SkipBom<R> {
    inner: R,
    /// Bytes read before the mark was ruled out, still to give.
    start: [u8; 3],
    pending: std::ops::Range<usize>,
    checked: bool,
}

impl<R: Read> SkipBom<R> {
    fn new(inner: R) -> Self {
        SkipBom {
            inner,
            start: [0; 3],
            pending: 0..0,
            checked: false,
        }
    }
}

impl<R: Read> Read for SkipBom<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if !self.checked {
            self.checked = true;
            let mut got = 0;
            while got < 3 {
                match self.inner.read(&mut self.start[got..])? {
                    0 => break,
                    n => got += n,
                }
            }
            let bom = got == 3 && self.start == [0xef, 0xbb, 0xbf];
            self.pending = if bom { 0..0 } else { 0..got };
        }
        if !self.pending.is_empty() {
            let n = self.pending.len().min(out.len());
            out[..n].copy_from_slice(&self.start[self.pending.start..self.pending.start + n]);
            self.pending.start += n;
            return Ok(n);
        }
        self.inner.read(out)
    }
}

/// The `schema` and `version` of a JSON text, read before the rest.
pub(crate) fn header(text: &str) -> Result<Header, LoadError> {
    read_header(pieces(text.as_bytes()))
}

/// The one reader every JSON file of the core is parsed through, a fetched register or a text
/// in hand: a single concrete type, so serde's code for each of the model's types is compiled
/// into the app once rather than once per reader (11 KB of brotli'd wasm with two).
type Pieces<'a> = IoRead<BufReader<SkipBom<Box<dyn Read + 'a>>>>;

fn pieces<'a>(read: impl Read + 'a) -> Pieces<'a> {
    IoRead::new(BufReader::with_capacity(
        1 << 16,
        SkipBom::new(Box::new(read)),
    ))
}

/// A JSON text as a `T`, through [`Pieces`] (what `serde_json::from_str` does).
pub(crate) fn parse_text<T: serde::de::DeserializeOwned>(
    text: &str,
) -> Result<T, serde_json::Error> {
    read_value(pieces(text.as_bytes()))
}

/// One JSON value from `read`, and nothing after it but white space (as `serde_json::from_str`).
fn read_value<T: serde::de::DeserializeOwned>(read: Pieces<'_>) -> Result<T, serde_json::Error> {
    let mut de = serde_json::Deserializer::new(read);
    let value = T::deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

fn read_header(read: Pieces<'_>) -> Result<Header, LoadError> {
    read_value(read).map_err(|e| {
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
    /// tool all call. Older versions are read as the current one (`upgrade_from`).
    pub fn from_json(text: &str) -> Result<Register, LoadError> {
        Register::from_reader(|| text.as_bytes())
    }

    /// [`Register::from_bytes`] on a file read in pieces, so that its bytes never have to be in
    /// memory all at once (the app reads the fetched file this way, out of JavaScript's copy).
    /// `open` gives a reader from the file's start: a good file is read once, one that fails
    /// again for the UTF-8 check and the header, so a file is accepted or refused, and for the
    /// same reason, exactly as by `from_bytes`.
    pub fn from_reader<'a, R: Read + 'a>(
        mut open: impl FnMut() -> R,
    ) -> Result<Register, LoadError> {
        let parsed = read_value(pieces(open()));
        if parsed.is_err() {
            // JSON that parsed had only UTF-8 in its strings and ASCII elsewhere; a file that did
            // not may be no text at all, which is the first thing `from_bytes` says.
            check_utf8(open())?;
        }
        Register::checked(parsed, || pieces(open()))
    }

    /// The whole file's parse (`parsed`) judged as the header first, then the shape, then the
    /// rules. The header is read again (`open`) only when the whole did not parse: a register that
    /// parsed has its `schema` and `version` in it. So a good file is read once.
    fn checked<'a>(
        parsed: Result<Register, serde_json::Error>,
        open: impl FnOnce() -> Pieces<'a>,
    ) -> Result<Register, LoadError> {
        let (schema, found) = match &parsed {
            Ok(r) => (Some(r.schema.clone()), Some(r.version)),
            Err(_) => {
                let head = read_header(open())?;
                (head.schema, head.version)
            }
        };
        if schema.as_deref() != Some(SCHEMA_NAME) {
            return Err(LoadError::UnknownSchema);
        }
        let version = check_version(found, SCHEMA_VERSION)?;
        let mut register = parsed.map_err(|e| shape_error(&e))?;
        register.upgrade_from(version);
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

    /// An older version read as the current one. Version 1 → 2: version 2 adds `source.updated`,
    /// the day the register was last published. A version 1 register was last changed no later
    /// than the memo it was transcribed from, so that day is the memo's date (docs/DATA.md,
    /// "Derivations"). Version 2 → 3: version 3 adds `history`; an older file has none yet.
    fn upgrade_from(&mut self, version: u32) {
        if version < SCHEMA_VERSION {
            self.version = SCHEMA_VERSION;
        }
        if version == 1 && self.source.updated.is_empty() {
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
    fn a_version_1_file_is_read_as_the_current_version_dated_by_its_memo() {
        let mut v: serde_json::Value = serde_json::from_str(MEMO).unwrap();
        v["version"] = 1.into();
        v["source"].as_object_mut().unwrap().remove("updated");
        let r = Register::from_json(&v.to_string()).unwrap();
        assert_eq!(r.version, SCHEMA_VERSION);
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
    fn a_version_2_file_is_read_as_version_3_with_no_history_and_written_without_one() {
        let mut v: serde_json::Value = serde_json::from_str(MEMO).unwrap();
        v["version"] = 2.into();
        let r = Register::from_json(&v.to_string()).unwrap();
        assert_eq!(r.version, 3);
        assert!(r.history.is_empty());
        // Written again, it is the same file but for the version: no empty history in it.
        let again: serde_json::Value =
            serde_json::from_str(&crate::exchange::register_json(&r)).unwrap();
        let mut expected = v.clone();
        expected["version"] = 3.into();
        assert_eq!(again, expected);
        // A version 2 file that names a history (by hand) is read with it: the field means the
        // same whatever the version says.
        let mut with = v.clone();
        with["history"] = serde_json::json!({"publications": []});
        assert!(Register::from_json(&with.to_string()).is_ok());
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

    /// Gives at most `most` bytes a read, to cut characters and the byte-order mark apart.
    struct Trickle<'a> {
        bytes: &'a [u8],
        most: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.most.min(out.len()).min(self.bytes.len());
            out[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    /// `from_bytes`, after checking that the same bytes read in pieces of every size up to 7 (and
    /// in one) give the same outcome: characters and the byte-order mark cut at every point.
    fn both_ways(bytes: &[u8]) -> Result<Register, LoadError> {
        let whole = Register::from_bytes(bytes);
        for most in (1..=7).chain([usize::MAX]) {
            let pieces = Register::from_reader(|| Trickle { bytes, most });
            assert_eq!(pieces, whole, "read {most} bytes at a time");
        }
        whole
    }

    #[test]
    fn reading_in_pieces_accepts_and_refuses_as_reading_whole() {
        assert!(both_ways(MEMO.as_bytes()).is_ok());
        let with_bom = format!("\u{feff}{MEMO}");
        assert!(both_ways(with_bom.as_bytes()).is_ok());
        // Multi-byte characters cut at every point, and a bad byte late in the file.
        let mut late = MEMO.as_bytes().to_vec();
        let at = late.len() - 10;
        late[at] = 0xc3;
        assert_eq!(both_ways(&late), Err(LoadError::NotText));
        assert_eq!(both_ways(b"\xef\xbb"), Err(LoadError::NotText));
        assert_eq!(
            both_ways(b""),
            Err(LoadError::Malformed { line: 1, column: 0 })
        );
        assert_eq!(
            both_ways(&MEMO.as_bytes()[..MEMO.len() - 3]),
            Register::from_bytes(&MEMO.as_bytes()[..MEMO.len() - 3])
        );
    }

    #[test]
    fn every_way_a_file_can_be_wrong_is_a_value_never_a_panic() {
        let err = |b: &[u8]| both_ways(b).unwrap_err();
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
                supported: SCHEMA_VERSION
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
