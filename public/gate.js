// Runs in <head>, before the body is parsed (a file, since the Content-Security-Policy forbids
// inline scripts). The pre-rendered first screen in index.html is the register in Swedish as it
// opens without a query. A link to a search, a filter, another view, an entry or English, or a
// reader who chose English, must not see that list flash first: for them it is hidden and
// "Laddar …" shown until the app has rendered what was asked for. Without JavaScript this never
// runs and the pre-rendered register, with a note on what needs JavaScript, is what the reader gets.
(function () {
  // Scripts run: hide what the pre-rendered page says to readers without JavaScript.
  document.documentElement.classList.add("js");
  let english = false;
  try {
    english = localStorage.getItem("samverkansregistret.sprak") === "en";
  } catch (e) {
    // Storage off: the app falls back to Swedish too.
  }
  if (location.search.length > 1 || english) {
    document.documentElement.classList.add("fran-lank");
  }
  // The published register, requested now (it matches the page's preload) and read to the end
  // while the wasm loads, so the app finds it waiting instead of waiting a network turn for it.
  // The app (src/source.rs) takes this promise once; without it, it fetches the file itself.
  try {
    window.samverkanRegister = fetch("register.json").then((r) =>
      r.ok ? r.arrayBuffer().then((body) => ({ status: r.status, body })) : { status: r.status },
    );
    // Handled by the app; this keeps an offline rejection from being reported as unhandled first.
    window.samverkanRegister.catch(() => {});
  } catch (e) {
    // No fetch: the app fetches the register itself.
  }
})();
