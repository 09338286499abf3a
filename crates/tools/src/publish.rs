//! Publishing into a directory that holds a build (`dist/`, or trunk's staging directory): the
//! register is read exactly as the app reads it, and nothing is written unless it passes. Then
//! `register.json`, `index.html`, `register.csv` and `dcat.rdf` are replaced, each by writing a
//! temporary file and renaming it, so a reader never fetches half a file. What the municipality
//! states about the open data is the directory's `open-data.json` (none: every field empty).

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use samverkan_core::i18n::SV;
use samverkan_core::load::LoadError;
use samverkan_core::model::Register;
use samverkan_core::opendata::{OpenData, CSV_FILE, DCAT_FILE, OPEN_DATA_FILE};
use samverkan_core::publish::{publish, PublishError, REGISTER_FILE};

/// Why nothing was published. Worded in Swedish for the person at the terminal.
#[derive(Debug)]
pub enum Failure {
    Read(PathBuf, std::io::Error),
    Register(LoadError),
    OpenData(PathBuf, LoadError),
    Publish(PublishError),
    Write(PathBuf, std::io::Error),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Read(p, e) => write!(f, "kunde inte läsa {}: {e}", p.display()),
            Failure::Register(LoadError::Invalid(problems))
            | Failure::Publish(PublishError::Invalid(problems)) => {
                write!(f, "registret har {} fel:", problems.len())?;
                for p in problems {
                    write!(f, "\n  - {}", (SV.problem)(p))?;
                }
                Ok(())
            }
            Failure::Register(e) => write!(f, "{}", (SV.import_error)(e)),
            Failure::OpenData(p, e) => write!(
                f,
                "{} går inte att läsa: {} (se docs/PUBLISHING.md, ”Öppna data”)",
                p.display(),
                (SV.import_error)(e)
            ),
            Failure::Publish(PublishError::NotTheAppsPage) => write!(
                f,
                "index.html saknar platsen för förhandsvisningen ({}); är katalogen en byggd Samverkansregistret?",
                samverkan_core::prerender::MARKER
            ),
            Failure::Write(p, e) => write!(f, "kunde inte skriva {}: {e}", p.display()),
        }
    }
}

/// Validates `register_bytes`, then writes `dir/register.json` and re-renders `dir/index.html`
/// with statuses as of `today`. Returns the register published.
pub fn into_dir(register_bytes: &[u8], dir: &Path, today: NaiveDate) -> Result<Register, Failure> {
    let register = Register::from_bytes(register_bytes).map_err(Failure::Register)?;
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| Failure::Read(index.clone(), e))?;
    let open_path = dir.join(OPEN_DATA_FILE);
    let open = match std::fs::read_to_string(&open_path) {
        Ok(text) => OpenData::from_json(&text).map_err(|e| Failure::OpenData(open_path, e))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => OpenData::default(),
        Err(e) => return Err(Failure::Read(open_path, e)),
    };
    // Without a stated address, dcat.rdf's addresses are relative to it.
    let out = publish(&register, &page, today, &open, "").map_err(Failure::Publish)?;
    replace(&dir.join(REGISTER_FILE), &out.register_json)?;
    replace(&index, &out.index_html)?;
    replace(&dir.join(CSV_FILE), &out.register_csv)?;
    replace(&dir.join(DCAT_FILE), &out.dcat_rdf)?;
    Ok(register)
}

fn replace(path: &Path, content: &str) -> Result<(), Failure> {
    let tmp = path.with_extension("tmp-publicera");
    std::fs::write(&tmp, content)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Failure::Write(path.to_path_buf(), e)
        })
}
