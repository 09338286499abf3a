//! The search index, folding and highlighting, on the memo's register.

use super::*;

#[test]
fn folding_drops_case_and_diacritics() {
    assert_eq!(fold("Södertörns högskola"), "sodertorns hogskola");
    assert_eq!(fold("Örebro"), "orebro");
    assert_eq!(fold("MALMÖ"), "malmo");
    assert_eq!(fold("Cederschiölds"), "cederschiolds");
    // Decomposed input folds the same as composed.
    assert_eq!(fold("O\u{308}rebro"), "orebro");
    assert_eq!(fold("Lovén"), "loven");
}

#[test]
fn a_word_is_stored_once_and_posted_once_per_entry() {
    let named = |name: &str| {
        let mut r = crate::load::memo_register();
        r.entries[0].name = name.into();
        SearchIndex::build(&r).size()
    };
    let (words, postings) = named("Zyxel");
    assert_eq!(named("Zyxel ZYXEL zyxel, Zyxel"), (words, postings));
    // Another spelling with diacritics is a word of its own (it ranks exact matches first).
    assert_eq!(named("Zyxel Zyxél"), (words + 1, postings + 1));
}

/// What the index must find, the slow way: every term prefixes some word of the entry.
/// Every entry's words, folded, for [`naive`].
fn folded_words(register: &Register) -> Vec<Vec<String>> {
    register
        .entries
        .iter()
        .map(|e| {
            searchable_texts(register, e)
                .into_iter()
                .flat_map(|(_, t)| word_ranges(t).map(move |(a, b)| fold(&t[a..b])))
                .collect()
        })
        .collect()
}

fn naive(words: &[Vec<String>], query: &Query) -> Vec<usize> {
    (0..words.len())
        .filter(|&i| {
            query
                .terms
                .iter()
                .all(|t| words[i].iter().any(|w| w.starts_with(&t.folded)))
        })
        .collect()
}

#[test]
fn the_index_finds_what_a_scan_of_every_word_finds() {
    let register = crate::load::memo_register();
    let index = SearchIndex::build(&register);
    let folded = folded_words(&register);
    let mut vocabulary: Vec<String> = register
        .entries
        .iter()
        .flat_map(|e| searchable_texts(&register, e))
        .flat_map(|(_, t)| word_ranges(t).map(move |(a, b)| t[a..b].to_string()))
        .collect();
    vocabulary.sort();
    vocabulary.dedup();
    // Prefixes of one to three words, spread over the vocabulary: short ones match many words.
    let mut checked = 0;
    for (k, word) in vocabulary.iter().enumerate() {
        let other = &vocabulary[(k * 7 + 3) % vocabulary.len()];
        let prefix: String = word.chars().take(1 + k % 4).collect();
        let initial: String = other.chars().take(1).collect();
        for q in [
            prefix.clone(),
            format!("{prefix} {other}"),
            format!("{word} {initial}"),
        ] {
            let query = Query::parse(&q);
            let mut found = index.search(&query);
            found.sort_unstable();
            assert_eq!(found, naive(&folded, &query), "query {q:?}");
            checked += usize::from(!found.is_empty());
        }
    }
    assert!(checked > 100, "most queries find something ({checked})");
}

#[test]
fn entries_in_every_block_are_found() {
    // More than two blocks of entries, the last one part full, with the memo's texts.
    let mut register = crate::load::memo_register();
    let memo = register.entries.clone();
    register.entries = (0..2 * BLOCK + 300)
        .map(|i| {
            let mut e = memo[i % memo.len()].clone();
            e.id = format!("{}-{i}", e.id);
            e
        })
        .collect();
    let index = SearchIndex::build(&register);
    let folded = folded_words(&register);
    for q in ["ulf", "s", "södertörns högskola", "konstfack", "zzz"] {
        let query = Query::parse(q);
        let mut found = index.search(&query);
        found.sort_unstable();
        assert_eq!(found, naive(&folded, &query), "query {q:?}");
    }
    // Hits in the first, a middle and the last, part-full block.
    let ulf = index.search(&Query::parse("ulf"));
    for block in 0..3 {
        assert!(ulf.iter().any(|&i| i / BLOCK == block), "block {block}");
    }
}

#[test]
fn query_terms_are_words_deduplicated() {
    let q = Query::parse("  ULF-avtal, ulf  ");
    assert_eq!(q.terms.len(), 2);
    assert!(Query::parse(" ,; ").is_empty());
    assert_eq!(Query::parse(&"a ".repeat(100)).terms.len(), 1);
}

fn marked(text: &str, q: &str) -> Vec<String> {
    highlight(text, &Query::parse(q))
        .into_iter()
        .filter(|s| s.hit)
        .map(|s| s.text.to_string())
        .collect()
}

#[test]
fn highlight_marks_the_matched_prefix_in_original_letters() {
    assert_eq!(marked("Södertörns högskola", "sodert"), ["Södert"]);
    assert_eq!(marked("Örebro universitet", "ore univ"), ["Öre", "univ"]);
    assert_eq!(marked("Huddingetrainee: socionom", "SOCIO"), ["socio"]);
    // Only word starts match.
    assert!(marked("Huddingetrainee", "trainee").is_empty());
    // A decomposed accent stays with its letter.
    assert_eq!(marked("O\u{308}rebro", "o"), ["O\u{308}"]);
}

#[test]
fn highlight_keeps_all_text() {
    for (text, q) in [
        ("Södertörns högskola", "hog"),
        ("", "x"),
        ("abc", ""),
        ("– ö –", "o"),
    ] {
        let joined: String = highlight(text, &Query::parse(q))
            .iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(joined, text);
    }
}
