//! The views' sentences in English (`Phrases`).

use super::phrases::Phrases;

pub static EN_PHRASES: Phrases = Phrases {
    undo: [
        "Undo Edit {0}",
        "Undo New entry {0}",
        "Undo Delete {0}",
        "Undo Restore {0}",
        "Undo Keep my version {0}",
    ],
    edit_entry: "Edit {0}",
    restore_entry: "Restore {0}",
    chosen: "{0}: {1}",
    remove_filter: "Remove filter {0}",
    filter_by: "Filter by {0}",
    filter_by_short: "{0}: Filter by {1}",
    cell: "{0} × {1}: {2}. {3}",
    pair: "{0} × {1}: {2}",
    total: "{0}: {1}",
    unplaced_no_academy: "{0} name no university in the memo and so have no row: {1}",
    unplaced_no_department: "{0} have no responsible department and so no column: {1}",
    partners_not_in_matrix: "Other partners are not universities and have no row: {0}",
    partner_count: "{0} ({1})",
    print_search: "Search “{0}”",
    print_sorted: ". Sorted by {0}",
};

/// "entry" or "entries" for a count.
pub(super) fn entries(n: usize) -> &'static str {
    if n == 1 {
        "entry"
    } else {
        "entries"
    }
}
