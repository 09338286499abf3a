//! Names the app shares with the page's JavaScript (`public/gate.js`, the service worker made
//! from `scripts/sw-template.js`, and `scripts/post-build.mjs`): written here once. The build
//! substitutes them into the JavaScript (`__NAME__` placeholders, from the tools'
//! `shared-names`), and `crates/tools/tests/shared_names.rs` fails when a script writes one out
//! by hand.

use crate::model::REGISTER_FILE;
use crate::opendata::{CSV_FILE, DCAT_FILE, DOC_FILE, OPEN_DATA_FILE};

/// localStorage: the language the reader last chose with the switch (`sv`, `en`). Read by
/// `gate.js` before the app runs, to show the right words while it loads.
pub const LANG_KEY: &str = "samverkansregistret.sprak";

/// Cache Storage: the last good copy of the register, written by the app once it has checked
/// it, and answered by the worker when the server cannot be reached.
pub const DATA_CACHE: &str = "samverkansregistret-data";

/// The prefix of the worker's own caches (`samverkansregistret-<version>`): an older version's
/// cache is removed, never `DATA_CACHE`.
pub const CACHE_PREFIX: &str = "samverkansregistret-";

/// `window.samverkanRegister`: the request for the register that `gate.js` starts in the page's
/// head, taken over by the app.
pub const EARLY_REGISTER: &str = "samverkanRegister";

/// The loading line the first screen carries (`prerender`), its words, its bar and its
/// megabytes: `gate.js` shows the register's download in it, the app the steps after it.
pub const FETCH_LINE: &str = "hamtning";
pub const FETCH_TEXT: &str = "hamtning-text";
pub const FETCH_BAR: &str = "hamtning-matare";
pub const FETCH_MB: &str = "hamtning-mb";

/// The files a publication replaces beside the app without a build (besides `index.html`,
/// which the worker fetches network-first): the worker never precaches them.
pub const PUBLISHED_FILES: [&str; 5] =
    [REGISTER_FILE, CSV_FILE, DCAT_FILE, OPEN_DATA_FILE, DOC_FILE];

/// Every name above as the build substitutes it, a JSON object: `__NAME__` in a script becomes
/// the value written as JavaScript (a string, or for the list an array of strings).
pub fn for_scripts() -> String {
    let names = serde_json::json!({
        "LANG_KEY": LANG_KEY,
        "DATA_CACHE": DATA_CACHE,
        "CACHE_PREFIX": CACHE_PREFIX,
        "EARLY_REGISTER": EARLY_REGISTER,
        "FETCH_LINE": FETCH_LINE,
        "FETCH_TEXT": FETCH_TEXT,
        "FETCH_BAR": FETCH_BAR,
        "FETCH_MB": FETCH_MB,
        "REGISTER_FILE": REGISTER_FILE,
        "PUBLISHED_FILES": PUBLISHED_FILES,
    });
    names.to_string()
}
