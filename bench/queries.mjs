// The fixed queries of every benchmark: what officials type (names, professions, places,
// two-word searches, a year, a surname with a diacritic, and one that finds nothing).
export const QUERIES = [
  "socionom",
  "förskola",
  "huddinge",
  "karolinska",
  "hälsa",
  "forskning kth",
  "digitalisering äldreomsorg",
  "sjuksköterska",
  "åberg",
  "2024",
  "xylofon",
];

export const TODAY = "2026-11-28";
