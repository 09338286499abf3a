// The search core against MiniSearch and Fuse.js, in one Node process, on the same synthetic
// registers and queries. The core is the app's own Rust (crates/core), built for wasm32 with the
// app's release profile and wrapped by wasm-bindgen for Node (crates/bench).
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import MiniSearch from "minisearch";
import Fuse from "fuse.js";
import { QUERIES, TODAY } from "./queries.mjs";

const require = createRequire(import.meta.url);

/** Case and diacritics folded as the core folds them (NFD, marks dropped, lower case). */
const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The same texts the core searches (core::search::searchable_texts), one document per entry. */
function documents(register) {
  const label = (x) => [x.name, x.short].filter(Boolean).join(" ");
  const by = (list) => Object.fromEntries(list.map((x) => [x.id, label(x)]));
  const academies = by(register.academies);
  const departments = by(register.departments);
  const categories = by(register.categories);
  return register.entries.map((e, id) => ({
    id,
    name: e.name,
    category: categories[e.category] ?? "",
    academies: e.academies.map((a) => academies[a] ?? "").join(" "),
    partners: e.partners.join(" "),
    department: [e.department, e.contact?.department].filter(Boolean).map((d) => departments[d] ?? "").join(" "),
    contact: [e.contact?.name, e.contact?.title].filter(Boolean).join(" "),
    text: [e.description, e.comment, e.validity.as_written, ...e.links].filter(Boolean).join(" "),
  }));
}

// Field weights as the core's (core::search::Field::weight).
const BOOST = { name: 8, academies: 4, department: 4, partners: 4, contact: 3, category: 2, text: 1 };
const FIELDS = Object.keys(BOOST);

function timed(f) {
  const t = performance.now();
  const value = f();
  return [value, performance.now() - t];
}

/** Queries per second over the whole list, repeated until `budget` ms have passed (once at least). */
function throughput(search, budget) {
  let queries = 0;
  const t = performance.now();
  do {
    for (const q of QUERIES) search(q);
    queries += QUERIES.length;
  } while (performance.now() - t < budget);
  return (queries / (performance.now() - t)) * 1000;
}

export async function coreBench(registers, { budget = 2000, log = console.log } = {}) {
  const { CoreIndex } = require("../target/bench/node/samverkan_bench.js");
  const out = [];
  for (const [size, path] of registers) {
    const json = await readFile(path, "utf8");
    const [registerBytes, catalogBytes] = CoreIndex.heap(json, TODAY).split(" ").map(Number);
    const docs = documents(JSON.parse(json));
    const [core, coreBuild] = timed(() => new CoreIndex(json, TODAY));
    const [mini, miniBuild] = timed(() => {
      const m = new MiniSearch({
        fields: FIELDS,
        processTerm: (t) => fold(t),
        searchOptions: { prefix: true, combineWith: "AND", boost: BOOST },
      });
      m.addAll(docs);
      return m;
    });
    const [fuse, fuseBuild] = timed(
      () =>
        new Fuse(docs, {
          keys: FIELDS.map((name) => ({ name, weight: BOOST[name] })),
          ignoreLocation: true,
          ignoreDiacritics: true,
          threshold: 0.3,
        }),
    );
    const engines = {
      core: (q) => core.search(q),
      coreWithFacets: (q) => core.run(q),
      minisearch: (q) => mini.search(q).length,
      fuse: (q) => fuse.search(q).length,
    };
    const hits = Object.fromEntries(
      Object.entries(engines).map(([name, f]) => [name, QUERIES.map((q) => f(q))]),
    );
    const qps = {};
    for (const [name, f] of Object.entries(engines)) {
      f(QUERIES[0]); // warm up
      qps[name] = throughput(f, name === "fuse" ? budget / 2 : budget);
      log(`  core vs JS, ${size} entries: ${name} ${qps[name].toFixed(1)} queries/s`);
    }
    out.push({
      entries: size,
      buildMs: { core: coreBuild, minisearch: miniBuild, fuse: fuseBuild },
      queriesPerSecond: qps,
      ratio: { coreOverMinisearch: qps.core / qps.minisearch, coreOverFuse: qps.core / qps.fuse },
      hitsPerQuery: Object.fromEntries(QUERIES.map((q, i) => [q, Object.fromEntries(Object.keys(engines).map((e) => [e, hits[e][i]]))])),
      index: { words: core.words(), postings: core.postings() },
      // wasm heap in use once loaded (core only, no DOM): the parsed register, and all the
      // catalog (register + index + facet codes + statuses). The JSON text is not counted.
      heapMB: { register: registerBytes / 1e6, catalog: catalogBytes / 1e6, jsonText: Buffer.byteLength(json) / 1e6 },
    });
    core.free();
  }
  return out;
}

// Run alone: node core.mjs SIZE=PATH ...
if (import.meta.url === `file://${process.argv[1]}`) {
  const registers = process.argv.slice(2).map((a) => a.split("=")).map(([n, p]) => [Number(n), p]);
  console.log(JSON.stringify(await coreBench(registers, { log: console.error }), null, 2));
}
