//! Reading a register from JSON: parse, then validate. Separate from the schema (`model`) and the
//! rules (`validate`), which it uses both of, so neither of those depends on the other's caller.

use crate::model::Register;
use crate::validate::Problem;

/// The JSON file bundled into the app at build time: `data/register.json`, unless the build
/// named another with `SAMVERKAN_REGISTER` (see `build.rs`; only the benchmarks do).
pub const BUNDLED_JSON: &str = include_str!(env!("SAMVERKAN_REGISTER_FILE"));

/// Why a register could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Not JSON, or not of this schema's shape (serde's message).
    Json(String),
    /// Well-formed, but the content breaks the rules in `validate`.
    Invalid(Vec<Problem>),
}

impl Register {
    /// Parses and validates a register; the bundled one must always pass.
    pub fn from_json(json: &str) -> Result<Register, LoadError> {
        let register: Register =
            serde_json::from_str(json).map_err(|e| LoadError::Json(e.to_string()))?;
        let problems = register.validate();
        if problems.is_empty() {
            Ok(register)
        } else {
            Err(LoadError::Invalid(problems))
        }
    }

    /// The register compiled into the app.
    pub fn bundled() -> Result<Register, LoadError> {
        Self::from_json(BUNDLED_JSON)
    }
}
