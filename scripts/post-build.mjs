// trunk post_build hook (see Trunk.toml): runs on the staged build before it becomes dist/.
//
// 0. Publishes the register into the build: the tools' `publish` validates it exactly as the app
//    will, writes it as register.json (fixed name, not hashed: it is replaced without a rebuild,
//    see docs/PUBLISHING.md) and renders the first screen into index.html (the core's
//    crates/core/src/prerender.rs), so the register shows before the wasm has loaded. The
//    register is data/register.json, or the file named by SAMVERKAN_REGISTER.
// 0b. Writes the names the app shares with gate.js and the worker (crates/core/src/shared.rs,
//    printed by the tools' shared-names) into gate.js in place of its __NAME__ placeholders;
//    step 3 does the same for sw.js. A placeholder the core does not know fails the build.
// 1. Writes the page's loader, boot-<hash>.js, from scripts/boot-template.js with this build's
//    names: trunk writes no loader of its own (Trunk.toml's pattern_script leaves a bare
//    <script type="module" data-boot-js data-boot-wasm> naming the files), so the page needs no
//    inline script and the Content-Security-Policy can forbid them, and the loader fetches the
//    wasm through public/gate.js's byte counter (a link's progress bar) with the wasm's size.
// 2. Adds that Content-Security-Policy as a <meta> tag (docs: README.md, "Hosting").
// 3. Writes sw.js from scripts/sw-template.js: it precaches exactly the code of this build (not
//    register.json, which is data and is fetched network-first), and its version is a hash of
//    those files, so a new build is a new service worker and a new register is not.
// 4. Compresses each hashed, never-changing file (wasm, JS, CSS) into name.br (brotli 11) and
//    name.gz (gzip 9) beside it, for servers that send precompressed files (deploy/nginx.conf's
//    brotli_static and gzip_static). Never a file that a publication replaces (index.html,
//    register.json, register.csv, dcat.rdf): a stale register.json.gz left beside a new
//    register.json would be served in its place.
//
// Plain Node, no dependencies (node:zlib compresses).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run through trunk");
  process.exit(1);
}
const here = fileURLToPath(new URL(".", import.meta.url));
const sha = (data) => createHash("sha256").update(data).digest("hex");

const indexPath = join(staging, "index.html");

// 0: register.json, the pre-rendered first screen and the open data (register.csv, dcat.rdf),
// described with what data/open-data.json states (copied beside them, where the municipality can
// edit it on the server).
const register = process.env.SAMVERKAN_REGISTER || join(here, "..", "data", "register.json");
await copyFile(process.env.SAMVERKAN_OPEN_DATA || join(here, "..", "data", "open-data.json"), join(staging, "open-data.json"));
execFileSync("cargo", ["run", "--quiet", "--release", "-p", "samverkan-tools", "--bin", "publish", "--", register, staging], {
  stdio: "inherit",
});

// 0b: the shared names.
const shared = JSON.parse(
  execFileSync("cargo", ["run", "--quiet", "--release", "-p", "samverkan-tools", "--bin", "shared-names"], {
    encoding: "utf8",
  }),
);
/** `text` with every __NAME__ of `shared` (and of `own`, this build's values) written in as
 * JavaScript; `keep` names placeholders filled later. */
function withShared(text, file, keep = [], own = {}) {
  const out = text.replace(/__([A-Z_]+)__/g, (whole, name) => {
    if (name in own) return JSON.stringify(own[name]);
    if (name in shared) return JSON.stringify(shared[name]);
    if (keep.includes(name)) return whole;
    console.error(`post-build: ${file} names __${name}__, which crates/core/src/shared.rs does not have`);
    process.exit(1);
  });
  return out;
}
const gatePath = join(staging, "gate.js");
await writeFile(gatePath, withShared(await readFile(gatePath, "utf8"), "public/gate.js"));

// 1 + 2: index.html
let html = await readFile(indexPath, "utf8");
// Trunk's <script> as Trunk.toml's pattern_script writes it: the glue and the wasm, nothing else.
const loader = /<script type="module" data-boot-js="([^"]+\.js)" data-boot-wasm="([^"]+\.wasm)"><\/script>/;
const found = html.match(loader);
if (!found) {
  console.error("post-build: index.html lacks the loader tag of Trunk.toml's pattern_script");
  process.exit(1);
}
const [, appJs, appWasm] = found;
// The template's comments stay in the template: the page fetches this file on every first visit.
const boot = withShared(await readFile(join(here, "boot-template.js"), "utf8"), "scripts/boot-template.js", [], {
  APP_JS: appJs,
  APP_WASM: appWasm,
  APP_WASM_SIZE: (await stat(join(staging, appWasm))).size,
})
  .replace(/^\/\/.*\n/gm, "")
  .replace(/\n{2,}/g, "\n")
  .trimStart();
const bootName = `boot-${sha(boot).slice(0, 16)}.js`;
await writeFile(join(staging, bootName), boot);
html = html.replace(loader, `<script type="module" src="./${bootName}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error("post-build: index.html still has an inline script");
  process.exit(1);
}
// The app's code is preloaded first thing in <head>: trunk puts its preloads at the end, after
// the parser-blocking gate.js, and Chromium then starts the wasm only once the JS glue has
// arrived and asked for it (measured on slow 4G: the wasm's request began at about 700 ms
// instead of 320 ms; the link's view came 0.1–0.2 s sooner once moved, as the bandwidth is
// shared; BENCHMARKS.md, issue 24).
const preloads = [];
html = html.replace(/\s*<link rel="(?:modulepreload|preload)" href="\.\/samverkansregistret-[^"]+"[^>]*>/g, (link) => {
  preloads.push(link.trim());
  return "";
});
if (preloads.length !== 2) {
  console.error(`post-build: expected trunk's two preloads (JS and wasm), found ${preloads.length}`);
  process.exit(1);
}
html = html.replace(
  /<meta charset="utf-8" \/>/,
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />\n    ${preloads.join("\n    ")}`,
);
await writeFile(indexPath, html);

// 3: sw.js
async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}
const all = (await files(staging))
  .map((p) => relative(staging, p).split(sep).join("/"))
  // Data, replaced on the server without a build: never precached (see sw-template.js).
  .filter((p) => !["sw.js", ...shared.PUBLISHED_FILES].includes(p) && !p.startsWith("."))
  // The precompressed copies are the server's business, not the worker's (step 4).
  .filter((p) => !/\.(br|gz)$/.test(p))
  .sort();
const hash = createHash("sha256");
for (const p of all) {
  hash.update(p);
  hash.update(await readFile(join(staging, p)));
}
const version = hash.digest("hex").slice(0, 16);
const template = withShared(await readFile(join(here, "sw-template.js"), "utf8"), "scripts/sw-template.js", [
  "VERSION",
  "BOOT",
  "FILES",
]);
const sw = template
  .replace("__VERSION__", version)
  .replace("__BOOT__", `./${bootName}`)
  .replace("__FILES__", JSON.stringify(all.map((p) => `./${p}`), null, 2));
await writeFile(join(staging, "sw.js"), sw);
console.log(`post-build: ${bootName}, CSP, sw.js version ${version} precaching ${all.length} files`);

// 4: name.br and name.gz beside each hashed file. The pattern is deploy/nginx.conf's: a name that
// ends in -<hex digits> (trunk's and boot's), which a publication never writes. Trunk prints its
// 64-bit hash without leading zeros, so one build in sixteen has 15 digits (or fewer): 10 to 16. Release builds
// only: `trunk serve` (scripts/serve.sh) sends none of them, and brotli 11 on a 17 MB debug wasm
// took 40 s of every rebuild.
export const HASHED = /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/;
let compressed = 0;
for (const p of process.env.TRUNK_PROFILE === "release" ? all.filter((p) => HASHED.test(p)) : []) {
  const data = await readFile(join(staging, p));
  const br = brotliCompressSync(data, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
      [zlib.BROTLI_PARAM_MODE]: p.endsWith(".wasm") ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT,
    },
  });
  await writeFile(join(staging, `${p}.br`), br);
  await writeFile(join(staging, `${p}.gz`), gzipSync(data, { level: 9 }));
  compressed++;
}
console.log(`post-build: ${compressed} hashed files precompressed (.br, .gz)`);
