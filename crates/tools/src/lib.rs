//! Tools for building and maintaining the register, native only; none of it ships in the app.
//!
//! - `check-register [FILE]` (bin): validates a register file and words every problem in Swedish.
//! - `prerender INDEX_HTML` (bin): writes the first screen into the built `index.html`.
//! - `synth ENTRIES [SEED]` (bin), [`synth`]: synthetic registers for the benchmarks.

pub mod synth;
