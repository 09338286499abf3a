// Runs in <head>, before the body is parsed (a file, since the Content-Security-Policy forbids
// inline scripts). The pre-rendered first screen in index.html is the register in Swedish as it
// opens without a query. A link to a search, a filter, another view, an entry or English, or a
// reader who chose English, must not see that list flash first: for them it is hidden and
// "Laddar …" shown until the app has rendered what was asked for. Without JavaScript this never
// runs and the pre-rendered register, with a note on what needs JavaScript, is what the reader gets.
(function () {
  // Scripts run: hide what the pre-rendered page says to readers without JavaScript.
  document.documentElement.classList.add("js");
  // The app's rule (samverkan_core::url::Lang::choose): the link's lang if it names a language,
  // else the reader's remembered choice, else Swedish. The placeholder names are the core's
  // (crates/core/src/shared.rs), written in by the build (scripts/post-build.mjs).
  let english = false;
  try {
    const known = (lang) => (lang === "sv" || lang === "en" ? lang : null);
    const asked = known(new URLSearchParams(location.search).get("lang"));
    english = (asked || known(localStorage.getItem(__LANG_KEY__))) === "en";
  } catch (e) {
    // Storage off: the app falls back to Swedish too.
  }
  if (location.search.length > 1 || english) {
    document.documentElement.classList.add("fran-lank");
  }
  if (english) document.documentElement.classList.add("engelska");
  // A link's view waits for the app: #laddar (pre-rendered, crates/core/src/prerender.rs) says
  // how much of it has arrived. The boot script (scripts/post-build.mjs) fetches the wasm
  // through samverkanApp, which counts the bytes as they come against the size the build wrote
  // down (decoded bytes against the decoded size, so compression does not skew it).
  //
  // The wasm is requested at once (index.html preloads it first thing) but handed to the
  // browser's compiler only after the first paint: compiling 1.3 MB takes both cores of a small
  // machine, and with other start-up costs it had held back the first screen (BENCHMARKS.md,
  // issue 24). On a slow network the bytes that came meanwhile wait in the stream; nothing is
  // fetched later. The frame is asked for when the boot script runs, after the page is parsed: one
  // asked for from here in <head> would be painted before the first screen is, and gate nothing.
  const painted = () =>
    new Promise((resolve) => {
      if (document.visibilityState === "hidden" || typeof requestAnimationFrame !== "function") resolve();
      else requestAnimationFrame(() => setTimeout(resolve));
    });
  window.samverkanApp = (url, size) =>
    Promise.all([fetch(url), painted()]).then(([response]) => {
      if (!response.ok || !response.body || typeof TransformStream !== "function") return response;
      let received = 0;
      let shown = -1;
      const count = new TransformStream({
        transform(chunk, controller) {
          received += chunk.byteLength;
          const percent = Math.min(100, Math.floor((100 * received) / (size || received)));
          if (percent !== shown) {
            shown = percent;
            progress(percent);
          }
          controller.enqueue(chunk);
        },
      });
      return new Response(response.body.pipeThrough(count), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    });
  // Made when first needed, for a link: setting up Intl's number formats takes tens of
  // milliseconds of the main thread, which on the plain address delayed the first screen.
  let format = null;
  const percentage = (percent) => {
    if (!format) {
      try {
        format = new Intl.NumberFormat(english ? "en" : "sv", { style: "percent" });
      } catch (e) {
        format = { format: (x) => `${Math.round(x * 100)} %` };
      }
    }
    return format.format(percent / 100);
  };
  function progress(percent) {
    const box = document.getElementById("laddar");
    if (!box) return;
    const bar = document.getElementById("laddar-matare");
    if (bar) bar.value = percent;
    const amount = document.getElementById("laddar-procent");
    if (amount) amount.textContent = percentage(percent);
    // All of it here: what is left is the browser compiling it and the app drawing the view.
    if (percent === 100) {
      const text = document.getElementById("laddar-text");
      if (text) text.textContent = english ? box.dataset.enStarting : box.dataset.starting;
    }
  }

  // The first screen's search box, facets, "Löper ut inom" and sort order work before the app
  // does: enabled here once the page is parsed (they stay disabled without JavaScript, where
  // they could do nothing). What the reader types, ticks and chooses there is written into the
  // address as the link's own keys, so the app starts from it as from any link, and a link
  // copied meanwhile is that view; once the app has drawn its page, the same groups are open and
  // the focus and the caret are back where they were. The buttons that need the app stay inert.
  document.addEventListener("readystatechange", function enable() {
    if (document.readyState === "loading") return;
    document.removeEventListener("readystatechange", enable);
    const screen = document.getElementById("forhandsvisning");
    if (!screen || document.documentElement.classList.contains("fran-lank")) return;
    for (const el of screen.querySelectorAll("#sok, .facet input[type=checkbox], #f-inom, #sortera, #filter-knapp")) {
      el.disabled = false;
      el.closest("[inert]")?.removeAttribute("inert");
    }
    // On a phone the groups start folded, as the app has them (src/views/facets.rs), and open with a
    // tap; until now the stylesheet folded them (the page is rendered open for readers without
    // JavaScript).
    if (window.matchMedia && matchMedia("(max-width: 50rem)").matches) {
      for (const group of screen.querySelectorAll("details.facet")) group.open = false;
    }
    document.documentElement.classList.add("forhand");
    const note = handOver(screen);
    // On a phone the filter groups are folded behind "Filter" (src/views/facets.rs), which opens them;
    // the reader's place is noted again once it has, for the hand-over.
    const toggle = screen.querySelector("#filter-knapp");
    toggle?.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      toggle.closest(".sidebar")?.classList.toggle("open", open);
      note();
    });
  });

  function handOver(screen) {
    const search = screen.querySelector("#sok");
    // The query as the app writes it (crates/core/src/url.rs): q, each group's ticks joined by
    // commas in page order, inom, sortera. The first change makes one new history entry, as a
    // first keystroke in the app does; later ones replace it.
    let pushed = false;
    const address = () => {
      const parts = [];
      if (search.value) parts.push(`q=${encodeURIComponent(search.value)}`);
      // In the link's order (the panel shows the groups in another).
      for (const facet of ["akademi", "forvaltning", "kategori", "status"]) {
        const group = screen.querySelector(`details[data-facet="${facet}"]`);
        if (!group) continue;
        const ticked = [...group.querySelectorAll("input[type=checkbox]")].filter((b) => b.checked);
        if (ticked.length) parts.push(`${facet}=${ticked.map((b) => encodeURIComponent(b.value)).join(",")}`);
      }
      for (const [key, id] of [["inom", "#f-inom"], ["sortera", "#sortera"]]) {
        const chosen = screen.querySelector(id);
        if (chosen && chosen.value) parts.push(`${key}=${encodeURIComponent(chosen.value)}`);
      }
      const url = parts.length ? `?${parts.join("&")}` : location.pathname;
      try {
        if (pushed) history.replaceState(null, "", url);
        else if (parts.length) history.pushState(null, "", url);
        pushed = pushed || parts.length > 0;
      } catch (e) {
        // A sandboxed page: the app starts from the bare address, as before.
      }
    };
    screen.addEventListener("input", address);
    screen.addEventListener("change", address);
    // Where the reader is, kept up to date: the first screen is gone by the time the app's page
    // is there to put it back on.
    let focus = null;
    let caret = null;
    let groups = [];
    let panel = false;
    const note = () => {
      panel = screen.querySelector("#filter-knapp")?.getAttribute("aria-expanded") === "true";
      const active = document.activeElement;
      if (active && active.id && screen.contains(active)) {
        focus = active.id;
        caret = focus === search.id ? [search.selectionStart, search.selectionEnd] : null;
      }
      groups = [...screen.querySelectorAll("details[data-facet]")].map((d) => [d.dataset.facet, d.open]);
    };
    for (const type of ["focusin", "input", "change", "keyup", "pointerup", "select", "toggle"]) {
      screen.addEventListener(type, note, true);
    }
    // Leaving the controls counts, but not the focus lost because the app removed the screen
    // (Chromium then also fires the search box's change event, with the focus already gone).
    screen.addEventListener(
      "focusout",
      () =>
        setTimeout(() => {
          if (screen.isConnected && !screen.contains(document.activeElement)) focus = caret = null;
        }),
      true,
    );
    note();
    // The app removes the first screen and draws its own page in one step (src/views/shell.rs).
    new MutationObserver((_, watch) => {
      if (document.getElementById("forhandsvisning")) return;
      watch.disconnect();
      for (const [facet, open] of groups) {
        const group = document.querySelector(`details[data-facet="${facet}"]`);
        if (group) group.open = open;
      }
      // The app's panel starts folded: open it as the reader had it, through its own button.
      if (panel) document.getElementById("filter-knapp")?.click();
      if (!focus) return;
      requestAnimationFrame(() => {
        const el = document.getElementById(focus);
        if (!el) return;
        el.focus();
        if (caret && el.setSelectionRange) el.setSelectionRange(caret[0], caret[1]);
      });
    }).observe(document.body, { childList: true });
    return note;
  }

  if (location.search.length > 1 || english) {
    document.addEventListener("readystatechange", function words() {
      if (document.readyState === "loading") return;
      document.removeEventListener("readystatechange", words);
      // The header above the progress is the plain address's: no view in it is the one asked for.
      document.querySelector("#forhandsvisning nav [aria-current]")?.removeAttribute("aria-current");
      if (!english) return;
      const box = document.getElementById("laddar");
      const text = document.getElementById("laddar-text");
      if (box && text) {
        box.lang = "en";
        text.textContent = box.dataset.en;
      }
    });
  }

  // Every read from the server has a deadline: a server that sends the headers and half the body
  // and then nothing must not hang the page for good. STALL_MS without a byte, for the answer or
  // for the next piece of its body, and the read is given up (the request aborted), so the app
  // falls back to the last good copy or says the register could not be had, with "Försök igen".
  // An idle deadline, not a total one: a large register on a slow network keeps coming.
  const STALL_MS = 10000;
  // `url` read to the end as { status, body (an ArrayBuffer, when the answer is ok), cached
  // (the service worker answered with its last good copy, scripts/sw-template.js) }.
  // `lines` (the reader's language) shows the register's loading line. The app (src/browser/source.rs)
  // reads the server's other files through this too.
  function readWithDeadline(url, lines, fresh) {
    const abort = typeof AbortController === "function" ? new AbortController() : null;
    let timer = 0;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => abort && abort.abort(), STALL_MS);
    };
    arm();
    const init = fresh ? { cache: "no-store" } : {};
    if (abort) init.signal = abort.signal;
    return fetch(url, init)
      .then((r) => {
        const cached = r.headers.get("x-samverkan-kopia") === "1";
        if (!r.ok) return { status: r.status, cached };
        return read(r, arm, lines).then((body) => ({ status: r.status, body, cached }));
      })
      .finally(() => clearTimeout(timer));
  }
  // `fresh`: past every cache (Publicera's look at the server's register.json).
  window.samverkanFetch = (url, fresh) => readWithDeadline(url, null, fresh === true);

  // The published register, requested now (it matches the page's preload) and read to the end
  // while the wasm loads, so the app finds it waiting instead of waiting a network turn for it.
  // The app (src/browser/source.rs) takes this promise once; without it, it fetches the file itself.
  try {
    window[__EARLY_REGISTER__] = readWithDeadline(__REGISTER_FILE__, english ? "en" : "sv");
    // Handled by the app; this keeps an offline rejection from being reported as unhandled first.
    window[__EARLY_REGISTER__].catch(() => {});
  } catch (e) {
    // No fetch: the app fetches the register itself.
  }

  // The body, read a piece at a time, each piece putting the deadline off again (`arm`). For the
  // register (`lines`: the reader's language) it shows how far it has come: the line #hamtning
  // (pre-rendered, crates/core/src/prerender.rs) appears when the fetch has taken more than SLOW
  // ms, with a bar where the size is known (not for a compressed answer, whose length is not the
  // length read) and the megabytes so far once there is one.
  function read(response, arm, lines) {
    const SLOW = 500;
    const english = lines === "en";
    if (!response.body || !response.body.getReader) return response.arrayBuffer();
    const encoded = response.headers.get("content-encoding");
    const total = encoded ? 0 : Number(response.headers.get("content-length")) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    let line = null;
    const started = performance.now();
    const show = () => {
      if (!line) {
        line = document.getElementById(__FETCH_LINE__);
        if (!line) return;
        if (english) {
          line.lang = "en";
          document.getElementById(__FETCH_TEXT__).textContent = line.dataset.en;
        }
        line.hidden = false;
      }
      const bar = document.getElementById(__FETCH_BAR__);
      if (total && bar) {
        bar.max = total;
        bar.value = received;
      }
      const mb = document.getElementById(__FETCH_MB__);
      // Whole megabytes, from the first one (the bar shows less).
      if (mb) mb.textContent = received >= 1e6 ? `${Math.floor(received / 1e6)} MB` : "";
    };
    const pump = () =>
      reader.read().then(({ done, value }) => {
        if (done) {
          // One piece (a small file) is the body as it is; more are joined here, at once (a
          // Blob would take another turn of the event loop).
          const only = chunks.length === 1 && chunks[0];
          if (only && only.byteOffset === 0 && only.byteLength === only.buffer.byteLength) return only.buffer;
          const body = new Uint8Array(received);
          let at = 0;
          for (const c of chunks) {
            body.set(c, at);
            at += c.byteLength;
          }
          chunks.length = 0;
          return body.buffer;
        }
        chunks.push(value);
        received += value.byteLength;
        arm();
        if (lines && (line || performance.now() - started > SLOW)) show();
        return pump();
      });
    return pump();
  }
})();
