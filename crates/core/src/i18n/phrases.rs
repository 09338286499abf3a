//! Sentences the views make from parts (an entry's name, a count, a filter's value). Each is a
//! template per language (`sv_phrases`, `en_phrases`) with numbered places, `{0}`, `{1}`, …, so the
//! word order is the language's and no view puts words together; one function fills them all
//! (a closure per sentence and language cost the wasm 3.8 KB more).

use crate::change::EntryAction;

pub struct Phrases {
    /// "Ångra Redigera {0}": the undo button's title for the last action, in `EntryAction` order
    /// (edit, new, delete, restore, keep mine), on the entry named `{0}`.
    pub undo: [&'static str; 5],
    /// "Redigera {0}": the form's heading for an existing entry.
    pub edit_entry: &'static str,
    /// "Återställ {0}": a deleted entry's restore button, as read out.
    pub restore_entry: &'static str,
    /// "{0}: {1}": a chosen filter, the facet and its chosen values.
    pub chosen: &'static str,
    /// "Ta bort filter {0}": a filter chip, as read out.
    pub remove_filter: &'static str,
    /// "Filtrera på {0}".
    pub filter_by: &'static str,
    /// "{0}: Filtrera på {1}": with the short form shown first, so speech input finds it.
    pub filter_by_short: &'static str,
    /// "{0} × {1}: {2}. {3}": a cell of the relation table as read out (academy, department, the
    /// count of entries, their names).
    pub cell: &'static str,
    /// "{0} × {1}: {2}": an academy and a department with the count of their entries, or their
    /// names.
    pub pair: &'static str,
    /// "{0}: {1}": a row's or a column's total.
    pub total: &'static str,
    /// "{0} namnger ingen akademi …: {1}" (the count of entries, their names).
    pub unplaced_no_academy: &'static str,
    pub unplaced_no_department: &'static str,
    /// "Övriga parter …: {0}" (the partners, each as `partner_count`).
    pub partners_not_in_matrix: &'static str,
    /// "{0} ({1})": a partner and its count.
    pub partner_count: &'static str,
    /// The printout's summary: "Sökning ”{0}”".
    pub print_search: &'static str,
    /// The printout's summary, after the selection: ". Sorterat efter {0}".
    pub print_sorted: &'static str,
}

/// `template` with `{0}`, `{1}`, … replaced by `parts` (a place with no part stays as written).
pub fn fill(template: &str, parts: &[&str]) -> String {
    let mut out =
        String::with_capacity(template.len() + parts.iter().map(|p| p.len()).sum::<usize>());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let place = after
            .find('}')
            .and_then(|close| Some((after[..close].parse::<usize>().ok()?, close)));
        match place.and_then(|(i, close)| Some((parts.get(i)?, close))) {
            Some((part, close)) => {
                out.push_str(part);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Phrases {
    pub fn undo(&self, action: EntryAction, name: &str) -> String {
        let at = match action {
            EntryAction::Edit => 0,
            EntryAction::New => 1,
            EntryAction::Delete => 2,
            EntryAction::Restore => 3,
            EntryAction::KeepMine => 4,
        };
        fill(self.undo[at], &[name])
    }

    pub fn edit_entry(&self, name: &str) -> String {
        fill(self.edit_entry, &[name])
    }

    pub fn restore_entry(&self, name: &str) -> String {
        fill(self.restore_entry, &[name])
    }

    pub fn chosen(&self, facet: &str, values: &str) -> String {
        fill(self.chosen, &[facet, values])
    }

    pub fn remove_filter(&self, filter: &str) -> String {
        fill(self.remove_filter, &[filter])
    }

    /// "Filtrera på {full}", or with the `short` form shown first where there is one.
    pub fn filter_by(&self, short: Option<&str>, full: &str) -> String {
        match short {
            Some(short) => fill(self.filter_by_short, &[short, full]),
            None => fill(self.filter_by, &[full]),
        }
    }

    /// `count` is the count as worded ("2 poster": `Texts::entry_count`).
    pub fn cell(&self, academy: &str, department: &str, count: &str, names: &str) -> String {
        fill(self.cell, &[academy, department, count, names])
    }

    pub fn pair(&self, academy: &str, department: &str, what: &str) -> String {
        fill(self.pair, &[academy, department, what])
    }

    pub fn total(&self, name: &str, count: &str) -> String {
        fill(self.total, &[name, count])
    }

    pub fn unplaced_no_academy(&self, count: &str, names: &str) -> String {
        fill(self.unplaced_no_academy, &[count, names])
    }

    pub fn unplaced_no_department(&self, count: &str, names: &str) -> String {
        fill(self.unplaced_no_department, &[count, names])
    }

    pub fn partners_not_in_matrix(&self, partners: &[(String, usize)]) -> String {
        let list: Vec<String> = partners
            .iter()
            .map(|(p, n)| fill(self.partner_count, &[p, &n.to_string()]))
            .collect();
        fill(self.partners_not_in_matrix, &[&list.join(", ")])
    }

    pub fn print_search(&self, q: &str) -> String {
        fill(self.print_search, &[q])
    }

    pub fn print_sorted(&self, order: &str) -> String {
        fill(self.print_sorted, &[order])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, SV};

    #[test]
    fn fill_puts_each_part_in_its_place_in_the_template_order() {
        assert_eq!(fill("{1} före {0}", &["a", "b"]), "b före a");
        assert_eq!(fill("{0}{0}", &["x"]), "xx");
        // A brace that is no place stays, as does a place with no part.
        assert_eq!(fill("{a} {2} {", &["x"]), "{a} {2} {");
        assert_eq!(fill("å {0} ö", &["ä"]), "å ä ö");
    }

    #[test]
    fn every_phrase_uses_each_of_its_parts_in_both_languages() {
        for t in [&SV, &EN] {
            let p = t.phrases;
            for a in [
                EntryAction::Edit,
                EntryAction::New,
                EntryAction::Delete,
                EntryAction::Restore,
                EntryAction::KeepMine,
            ] {
                assert!(p.undo(a, "CPU").contains("CPU"));
            }
            let c = p.cell("KI", "BUF", "2 x", "A; B");
            assert!(
                ["KI", "BUF", "2 x", "A; B"].iter().all(|s| c.contains(s)),
                "{c}"
            );
            assert!(p.filter_by(Some("KI"), "Karolinska").starts_with("KI"));
            assert!(!p.filter_by(None, "Karolinska").contains('{'));
            let partners = p.partners_not_in_matrix(&[("Region".into(), 2)]);
            assert!(partners.contains("Region (2)"), "{partners}");
            for s in [
                p.edit_entry("N"),
                p.restore_entry("N"),
                p.chosen("F", "N"),
                p.remove_filter("N"),
                p.pair("A", "D", "N"),
                p.total("A", "N"),
                p.unplaced_no_academy("2 x", "N"),
                p.unplaced_no_department("2 x", "N"),
                p.print_search("N"),
                p.print_sorted("N"),
            ] {
                assert!(s.contains('N') && !s.contains('{'), "{s}");
            }
        }
        assert_eq!(
            SV.phrases.undo(EntryAction::Edit, "CPU"),
            "Ångra Redigera CPU"
        );
        assert_eq!(EN.phrases.undo(EntryAction::Edit, "CPU"), "Undo Edit CPU");
    }
}
