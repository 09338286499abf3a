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
})();
