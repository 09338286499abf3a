//! Publishing into a directory that holds a build (`dist/`, or trunk's staging directory): the
//! register is read exactly as the app reads it, and nothing is written unless it passes. The
//! register published so far (the directory's `register.json`, or the file named with
//! `--tidigare`) is what the new one is compared with: its history, and a record of what changed
//! since it, go into the new `register.json` exactly as Publicera writes them
//! (`samverkan_core::publish::successor`). A build's first publication has none. Then
//! `register.json`, `index.html`, `register.csv`, `dcat.rdf` and the open data's documentation,
//! `oppna-data.html`, are replaced in two steps: all five are written beside their places as
//! temporary files first (a failure there, a full disk, replaces nothing), then each is renamed
//! over its file, so a reader never fetches half a file. Should a rename fail after others
//! succeeded, the failure says exactly which were replaced. What the municipality states about
//! the open data is the directory's `open-data.json` (none: every field empty, contact names
//! published).

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use samverkan_core::i18n::SV;
use samverkan_core::load::LoadError;
use samverkan_core::model::Register;
use samverkan_core::opendata::{OpenData, CSV_FILE, DCAT_FILE, DOC_FILE, OPEN_DATA_FILE};
use samverkan_core::publish::{publish, successor, PublishError, REGISTER_FILE};

/// Why nothing was published. Worded in Swedish for the person at the terminal.
#[derive(Debug)]
pub enum Failure {
    Read(PathBuf, std::io::Error),
    Register(LoadError),
    /// The register published so far cannot be read, so its history would be lost.
    Previous(PathBuf, LoadError),
    OpenData(PathBuf, LoadError),
    Publish(PublishError),
    /// Writing the new files failed before any was put in place: nothing was replaced.
    Write(PathBuf, std::io::Error),
    /// Putting `failed` in place failed after `replaced` had been.
    Partly {
        replaced: Vec<PathBuf>,
        failed: PathBuf,
        error: std::io::Error,
    },
}

impl Failure {
    /// Whether any file was replaced before the failure.
    pub fn replaced_any(&self) -> bool {
        matches!(self, Failure::Partly { replaced, .. } if !replaced.is_empty())
    }
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
            Failure::Previous(p, e) => write!(
                f,
                "det publicerade registret {} går inte att läsa: {}. Det behövs för historiken över ändringar; ange det publicerade registret med --tidigare FIL (se docs/PUBLISHING.md)",
                p.display(),
                (SV.import_error)(e)
            ),
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
            Failure::Partly {
                replaced,
                failed,
                error,
            } => {
                let names: Vec<String> = replaced.iter().map(|p| p.display().to_string()).collect();
                write!(
                    f,
                    "kunde inte ersätta {}: {error}. Redan ersatta: {}. Publicera igen när felet är åtgärdat, så att alla filerna hör till samma register",
                    failed.display(),
                    names.join(", ")
                )
            }
        }
    }
}

/// Validates `register_bytes`, then writes `dir/register.json` (after `previous`, or the
/// directory's own `register.json` where there is one: `successor`) and re-renders
/// `dir/index.html` with statuses as of `today`. Returns the register published.
pub fn into_dir(
    register_bytes: &[u8],
    dir: &Path,
    previous: Option<&Path>,
    today: NaiveDate,
) -> Result<Register, Failure> {
    let next = Register::from_bytes(register_bytes).map_err(Failure::Register)?;
    let previous_path = previous.map_or_else(|| dir.join(REGISTER_FILE), Path::to_path_buf);
    let previous = match std::fs::read(&previous_path) {
        Ok(bytes) => Some(
            Register::from_bytes(&bytes)
                .map_err(|e| Failure::Previous(previous_path.clone(), e))?,
        ),
        // No register in the directory yet: a first publication.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && previous.is_none() => None,
        Err(e) => return Err(Failure::Read(previous_path, e)),
    };
    let register = successor(previous.as_ref(), &next, today);
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
    replace_all(&[
        (dir.join(REGISTER_FILE), &out.register_json),
        (index, &out.index_html),
        (dir.join(CSV_FILE), &out.register_csv),
        (dir.join(DCAT_FILE), &out.dcat_rdf),
        (dir.join(DOC_FILE), &out.documentation),
    ])?;
    Ok(register)
}

/// The temporary file beside `path` that is renamed over it (`register.json.tmp-publicera`: the
/// whole name, as `register.json` and `register.csv` share a stem).
pub fn staged(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp-publicera");
    path.with_file_name(name)
}

/// Writes every file beside its place, then renames each over it (see the module's note).
fn replace_all(files: &[(PathBuf, &String)]) -> Result<(), Failure> {
    let remove_staged = || {
        for (path, _) in files {
            let _ = std::fs::remove_file(staged(path));
        }
    };
    for (path, content) in files {
        if let Err(e) = std::fs::write(staged(path), content) {
            remove_staged();
            return Err(Failure::Write(path.clone(), e));
        }
    }
    let mut replaced = Vec::new();
    for (path, _) in files {
        if let Err(error) = std::fs::rename(staged(path), path) {
            remove_staged();
            return Err(Failure::Partly {
                replaced,
                failed: path.clone(),
                error,
            });
        }
        replaced.push(path.clone());
    }
    Ok(())
}
