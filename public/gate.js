// Runs in <head>, before the body is parsed (a file, since the Content-Security-Policy forbids
// inline scripts). The pre-rendered first screen in index.html is the register in Swedish as it
// opens without a query. A link to a search, a filter, another view, an entry or English, or a
// reader who chose English, must not see that list flash first: for them it is hidden and
// "Laddar …" shown until the app has rendered what was asked for. Without JavaScript this never
// runs and the pre-rendered register, with a note on what needs JavaScript, is what the reader gets.
(function () {
  // Scripts run: hide what the pre-rendered page says to readers without JavaScript.
  document.documentElement.classList.add("js");
  // As the app decides (src/shell.rs): the link's lang, else the reader's remembered choice.
  let english = false;
  try {
    const asked = new URLSearchParams(location.search).get("lang");
    english = asked ? asked === "en" : localStorage.getItem("samverkansregistret.sprak") === "en";
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
  window.samverkanApp = (url, size) =>
    fetch(url).then((response) => {
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
  const format = (() => {
    try {
      return new Intl.NumberFormat(english ? "en" : "sv", { style: "percent" });
    } catch (e) {
      return { format: (x) => `${Math.round(x * 100)} %` };
    }
  })();
  function progress(percent) {
    const box = document.getElementById("laddar");
    if (!box) return;
    const bar = document.getElementById("laddar-matare");
    if (bar) bar.value = percent;
    const amount = document.getElementById("laddar-procent");
    if (amount) amount.textContent = format.format(percent / 100);
    // All of it here: what is left is the browser compiling it and the app drawing the view.
    if (percent === 100) {
      const text = document.getElementById("laddar-text");
      if (text) text.textContent = english ? box.dataset.enStarting : box.dataset.starting;
    }
  }

  // The first screen's search box, facets, "Löper ut inom" and sort order work before the app
  // does: enabled here once the page is parsed (they stay disabled without JavaScript, where
  // they could do nothing), and what the reader types or ticks is handed to the app with the
  // focus and the caret (samverkanHandover, below). The buttons that need the app stay inert.
  document.addEventListener("readystatechange", function enable() {
    if (document.readyState === "loading") return;
    document.removeEventListener("readystatechange", enable);
    const screen = document.getElementById("forhandsvisning");
    if (!screen) return;
    for (const el of screen.querySelectorAll("#sok, .facet input[type=checkbox], #f-inom, #sortera")) {
      el.disabled = false;
      el.closest("[inert]")?.removeAttribute("inert");
    }
    // On a phone the groups start folded, as the app has them (src/facets.rs), and open with a
    // tap; until now the stylesheet folded them (the page is rendered open for readers without
    // JavaScript).
    if (window.matchMedia && matchMedia("(max-width: 50rem)").matches) {
      for (const group of screen.querySelectorAll("details.facet")) group.open = false;
    }
    document.documentElement.classList.add("forhand");
    if (english) {
      const box = document.getElementById("laddar");
      const text = document.getElementById("laddar-text");
      if (box && text) {
        box.lang = "en";
        text.textContent = box.dataset.en;
      }
    }
  });

  // The hand-over, asked for by the app (src/dom.rs) just before it removes the first screen:
  // what the reader typed, ticked and chose there, as a query of the link's own keys (the app
  // reads it as it reads a link), and a function that, once the app has drawn its page, opens
  // the same facet groups and puts the focus and the caret back where they were.
  let restore = null;
  window.samverkanHandover = () => {
    const screen = document.getElementById("forhandsvisning");
    if (!screen) return "";
    const query = new URLSearchParams();
    const search = screen.querySelector("#sok");
    if (search && search.value) query.append("q", search.value);
    for (const box of screen.querySelectorAll("[data-facet] input[type=checkbox]")) {
      if (box.checked) query.append(box.closest("[data-facet]").dataset.facet, box.value);
    }
    for (const [key, id] of [["inom", "#f-inom"], ["sortera", "#sortera"]]) {
      const chosen = screen.querySelector(id);
      if (chosen && chosen.value) query.append(key, chosen.value);
    }
    const groups = [...screen.querySelectorAll("details[data-facet]")].map((d) => [d.dataset.facet, d.open]);
    const active = document.activeElement;
    const focus = active && active.id && screen.contains(active) ? active.id : null;
    const caret = search && focus === search.id ? [search.selectionStart, search.selectionEnd] : null;
    restore = () => {
      for (const [facet, open] of groups) {
        const group = document.querySelector(`details[data-facet="${facet}"]`);
        if (group) group.open = open;
      }
      if (!focus) return;
      requestAnimationFrame(() => {
        const el = document.getElementById(focus);
        if (!el) return;
        el.focus();
        if (caret && el.setSelectionRange) el.setSelectionRange(caret[0], caret[1]);
      });
    };
    return query.toString();
  };
  window.samverkanRestore = () => restore && restore();

  // The published register, requested now (it matches the page's preload) and read to the end
  // while the wasm loads, so the app finds it waiting instead of waiting a network turn for it.
  // The app (src/source.rs) takes this promise once; without it, it fetches the file itself.
  try {
    window.samverkanRegister = fetch("register.json").then((r) =>
      r.ok ? read(r, english).then((body) => ({ status: r.status, body })) : { status: r.status },
    );
    // Handled by the app; this keeps an offline rejection from being reported as unhandled first.
    window.samverkanRegister.catch(() => {});
  } catch (e) {
    // No fetch: the app fetches the register itself.
  }

  // The body, read a piece at a time so that a large register shows how far it has come: the
  // line #hamtning (pre-rendered, crates/core/src/prerender.rs) appears when the fetch has taken
  // more than SLOW ms, with a bar where the size is known (not for a compressed answer, whose
  // length is not the length read) and the megabytes so far once there is one.
  function read(response, english) {
    const SLOW = 500;
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
        line = document.getElementById("hamtning");
        if (!line) return;
        if (english) {
          line.lang = "en";
          document.getElementById("hamtning-text").textContent = line.dataset.en;
        }
        line.hidden = false;
      }
      const bar = document.getElementById("hamtning-matare");
      if (total && bar) {
        bar.max = total;
        bar.value = received;
      }
      const mb = document.getElementById("hamtning-mb");
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
        if (line || performance.now() - started > SLOW) show();
        return pump();
      });
    return pump();
  }
})();
