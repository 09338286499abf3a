//! The views' sentences in Swedish (`Phrases`).

use super::phrases::Phrases;

pub static SV_PHRASES: Phrases = Phrases {
    undo: [
        "Ångra Redigera {0}",
        "Ångra Ny post {0}",
        "Ångra Ta bort {0}",
        "Ångra Återställ {0}",
        "Ångra Behåll min version {0}",
    ],
    edit_entry: "Redigera {0}",
    restore_entry: "Återställ {0}",
    chosen: "{0}: {1}",
    remove_filter: "Ta bort filter {0}",
    filter_by: "Filtrera på {0}",
    filter_by_short: "{0}: Filtrera på {1}",
    cell: "{0} × {1}: {2}. {3}",
    pair: "{0} × {1}: {2}",
    total: "{0}: {1}",
    unplaced_no_academy: "{0} namnger ingen akademi i PM och saknar därför rad: {1}",
    unplaced_no_department: "{0} saknar ansvarig förvaltning och saknar därför kolumn: {1}",
    partners_not_in_matrix: "Övriga parter är inte akademier och har ingen rad: {0}",
    partner_count: "{0} ({1})",
    print_search: "Sökning ”{0}”",
    print_sorted: ". Sorterat efter {0}",
};

/// "post" or "poster" for a count.
pub(super) fn poster(n: usize) -> &'static str {
    if n == 1 {
        "post"
    } else {
        "poster"
    }
}
