//! Tools for building and maintaining the register, native only; none of it ships in the app.
//!
//! - `check-register [FILE]` (bin): validates a register file and words every problem in Swedish.
//! - `publish REGISTER DIR` (bin), [`publish`]: validates a register, then writes it as
//!   `DIR/register.json` and renders the first screen into `DIR/index.html`. Run on every build
//!   (by `scripts/post-build.mjs`) and by IT (`scripts/publish.sh`) on an existing `dist/`.
//! - `synth ENTRIES [SEED]` (bin), [`synth`]: synthetic registers for the benchmarks.

pub mod publish;
pub mod synth;

/// The memo's register as the repository keeps it: the default for the checker and the build,
/// and the base of the synthetic registers.
pub const MEMO_REGISTER_JSON: &str = include_str!("../../../data/register.json");
