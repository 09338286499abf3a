//! Samverkansregistret: Huddinge kommun's register of collaborations with universities and colleges.
//!
//! `core` is plain Rust, built and tested natively. `app` is the Leptos client and exists only in
//! the browser build (wasm32), so the compiler enforces that the core never depends on the DOM.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;
