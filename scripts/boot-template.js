// Samverkansregistret's start: loads this build's wasm-bindgen glue and its wasm. Generated at
// build time by scripts/post-build.mjs from scripts/boot-template.js into boot-<hash>.js, with this
// build's file names and the wasm's size written in; index.html loads it as a module (no inline
// script: the Content-Security-Policy forbids them), without these comments. Do not edit
// dist/boot-*.js.
//
// The wasm is fetched through public/gate.js's samverkanApp where it is there, which counts its
// bytes against its size for a link's progress bar (#laddar); without gate.js, directly.
import init, * as bindings from __APP_JS__;

const wasm = __APP_WASM__;
await init({ module_or_path: window.samverkanApp ? window.samverkanApp(wasm, __APP_WASM_SIZE__) : wasm });

// The app's exported functions, for the browser suite to compare with the native tables
// (tests/e2e/folding.spec.js).
window.wasmBindings = bindings;
