//! Samverkansregistret: Huddinge kommun's register of collaborations with universities and colleges.
//!
//! `core` is plain Rust, built and tested natively. `i18n` holds every word the user reads, in
//! Swedish and English, and depends only on `core`. `app` is the Leptos client and exists only in
//! the browser build (wasm32), so the compiler enforces that neither depends on the DOM.

pub mod core;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod app;

/// Synthetic registers for the benchmarks; never part of the app.
#[cfg(not(target_arch = "wasm32"))]
pub mod synth;

/// The first screen as static HTML, written into index.html at build time.
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
