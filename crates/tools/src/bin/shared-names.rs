//! `shared-names`: prints the names the app shares with the page's JavaScript
//! (`samverkan_core::shared`) as one JSON object, for `scripts/post-build.mjs` to substitute into
//! `gate.js` and the service worker.

fn main() {
    println!("{}", samverkan_core::shared::for_scripts());
}
