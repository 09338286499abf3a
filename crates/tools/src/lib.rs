//! Tools for building and maintaining the register, native only; none of it ships in the app.
//!
//! - `check-register [FILE]` (bin): validates a register file and words every problem in Swedish.
//! - `publish [--tidigare F] [--datum D] REGISTER DIR` (bin), [`publish`]: validates a register,
//!   then writes the files of a publication: `DIR/register.json` (with its history),
//!   `DIR/index.html` (the first screen rendered again), the open data `DIR/register.csv` and
//!   `DIR/dcat.rdf`, and their documentation `DIR/oppna-data.html`. Run on every build (by
//!   `scripts/post-build.mjs`) and by IT (`scripts/publish.sh`) on an existing `dist/`.
//! - `shared-names` (bin): the names the app shares with the page's JavaScript
//!   (`samverkan_core::shared`) as JSON, which `scripts/post-build.mjs` writes into `gate.js` and
//!   `sw.js`.
//! - `synth ENTRIES [SEED]` (bin), [`synth`]: synthetic registers for the benchmarks.

pub mod publish;
pub mod synth;

/// The memo's register as the repository keeps it: the default for the checker and the build,
/// and the base of the synthetic registers.
pub const MEMO_REGISTER_JSON: &str = include_str!("../../../data/register.json");
