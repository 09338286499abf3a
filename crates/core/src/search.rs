//! Full-text search: case- and diacritic-insensitive prefix matching over every field of an entry.
//!
//! Text is folded once when the index is built (NFD, combining marks dropped, lowercased), so a
//! keystroke only compares prefixes. Entries where a term also matches with its diacritics as typed
//! rank first: `malmö` puts "Malmö" before "Malmo".

use rustc_hash::FxHashMap;

use super::model::{Entry, Register};
use super::unicode::{is_combining_mark, nfd};

/// Case- and diacritic-insensitive form: `Södertörns` → `sodertorns`, `Örebro` → `orebro`.
pub fn fold(s: &str) -> String {
    nfd(s)
        .chars()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Lowercase with diacritics kept, for the exact-match ranking. Decomposed (NFD) like `fold`,
/// so composed and decomposed input compare equal.
fn lower(s: &str) -> String {
    nfd(s).chars().flat_map(char::to_lowercase).collect()
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        // Most of the text: no table lookups.
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// The character at byte `i` of `s` (a character boundary) and its length; ASCII without decoding.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    match *s.as_bytes().get(i)? {
        b if b.is_ascii() => Some((char::from(b), 1)),
        _ => s.get(i..)?.chars().next().map(|c| (c, c.len_utf8())),
    }
}

/// Byte ranges of the words in `s`: runs of letters and digits (with their combining marks).
fn word_ranges(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some((c, len)) = char_at(s, at) {
            if is_word_char(c) {
                break;
            }
            at += len;
        }
        let start = at;
        while let Some((c, len)) = char_at(s, at) {
            if !is_word_char(c) {
                break;
            }
            at += len;
        }
        (at > start).then_some((start, at))
    })
}

/// The most search terms a query keeps; more add nothing but work.
pub const MAX_TERMS: usize = 16;

/// A parsed search: every term must prefix-match some word of an entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<Term>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    folded: String,
    lower: String,
}

impl Query {
    pub fn parse(text: &str) -> Query {
        let mut terms: Vec<Term> = Vec::new();
        for (a, b) in word_ranges(text) {
            let word = &text[a..b];
            let term = Term {
                folded: fold(word),
                lower: lower(word),
            };
            if !term.folded.is_empty() && !terms.contains(&term) && terms.len() < MAX_TERMS {
                terms.push(term);
            }
        }
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Which part of an entry a word comes from; matches in the name count most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Academy,
    Department,
    Partner,
    Contact,
    Category,
    Text,
}

impl Field {
    fn weight(self) -> u32 {
        match self {
            Field::Name => 8,
            Field::Academy | Field::Department | Field::Partner => 4,
            Field::Contact => 3,
            Field::Category => 2,
            Field::Text => 1,
        }
    }
}

/// A distinct word of the register, in both forms.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Word {
    folded: Box<str>,
    lower: Box<str>,
}

/// Pre-folded words of every entry, built once per register.
///
/// Each distinct word is stored once, in `words`, sorted by its folded form, so the words a term
/// prefixes are one contiguous range found by binary search. An entry is a run of `postings`:
/// a word's position with the best field weight it has in that entry, packed into one `u32`,
/// in word order. A keystroke therefore compares integers, not strings (a binary search per entry
/// and term), and 50,000 entries take a few megabytes rather than one allocation per word.
///
/// Postings are kept in blocks of [`BLOCK`] entries, each allocated once at its final size: one
/// array for all of them would be grown by doubling while it is built and copied once more to
/// fit, which at 50,000 entries made building the index the peak of the app's memory (a wasm
/// never gives memory back).
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    words: Vec<Word>,
    /// Entry `i` is `blocks[i / BLOCK][starts[i]..]` up to the next entry's start in the same
    /// block, or the block's end.
    starts: Vec<u32>,
    blocks: Vec<Box<[u32]>>,
}

/// Entries per block of postings.
const BLOCK: usize = 1024;

const WEIGHT_BITS: u32 = 4;

fn posting(word: usize, weight: u32) -> u32 {
    ((word as u32) << WEIGHT_BITS) | weight
}

fn posting_word(p: u32) -> usize {
    (p >> WEIGHT_BITS) as usize
}

fn posting_weight(p: u32) -> u32 {
    p & ((1 << WEIGHT_BITS) - 1)
}

/// A term resolved against the index: the range of words it prefixes, and which of them also
/// match with the diacritics as typed.
struct Resolved {
    first: usize,
    exact: Vec<bool>,
}

/// How well an entry matched; greater is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Score {
    /// Terms that also match with their diacritics as typed.
    pub exact_terms: usize,
    /// Sum over terms of the best field weight.
    pub weight: u32,
}

/// Places below this fit the sort key's low bits (the register is far smaller).
const PLACE_BITS: u32 = 24;
const PLACES: u64 = 1 << PLACE_BITS;

/// Orders hits as `(score, Reverse(place))` does: exact terms, then weight, then register order.
/// Exact terms are at most [`MAX_TERMS`] and a weight at most 8 per term, so both fit with room.
fn rank_key(score: Score, place: usize) -> u64 {
    let place = (place as u64).min(PLACES - 1);
    ((score.exact_terms as u64) << 48)
        | (u64::from(score.weight) << PLACE_BITS)
        | (PLACES - 1 - place)
}

fn place_of(key: u64) -> usize {
    (PLACES - 1 - (key & (PLACES - 1))) as usize
}

/// The texts of an entry that search covers, with their field. Shared with highlighting so
/// that what is found is what is shown.
pub fn searchable_texts<'a>(register: &'a Register, entry: &'a Entry) -> Vec<(Field, &'a str)> {
    let mut out: Vec<(Field, &str)> = vec![(Field::Name, &entry.name)];
    if let Some(c) = register.category(&entry.category) {
        out.push((Field::Category, &c.name));
    }
    for a in entry.academies.iter().filter_map(|id| register.academy(id)) {
        out.push((Field::Academy, &a.name));
        out.extend(a.short.as_deref().map(|s| (Field::Academy, s)));
    }
    out.extend(entry.partners.iter().map(|p| (Field::Partner, p.as_str())));
    let department_ids = entry
        .department
        .iter()
        .chain(entry.contact.iter().filter_map(|c| c.department.as_ref()));
    for d in department_ids.filter_map(|id| register.department(id)) {
        out.push((Field::Department, &d.name));
        out.extend(d.short.as_deref().map(|s| (Field::Department, s)));
    }
    if let Some(c) = &entry.contact {
        out.push((Field::Contact, &c.name));
        out.extend(c.title.as_deref().map(|t| (Field::Contact, t)));
    }
    out.push((Field::Text, &entry.description));
    out.extend(entry.comment.as_deref().map(|c| (Field::Text, c)));
    out.extend(
        entry
            .validity
            .as_written
            .as_deref()
            .map(|v| (Field::Text, v)),
    );
    out.extend(entry.links.iter().map(|l| (Field::Text, l.as_str())));
    out
}

impl SearchIndex {
    pub fn build(register: &Register) -> SearchIndex {
        // Words are looked up as written first, so each distinct spelling is folded once.
        let mut spellings: FxHashMap<&str, usize> = FxHashMap::default();
        let mut interned: FxHashMap<Word, usize> = FxHashMap::default();
        let mut words: Vec<Word> = Vec::new();
        // Postings are written straight into their final array (with words numbered as first
        // met, renumbered below), so building needs no second copy of them.
        let mut starts: Vec<u32> = Vec::with_capacity(register.entries.len());
        let mut blocks: Vec<Box<[u32]>> = Vec::new();
        let mut postings: Vec<u32> = Vec::new();
        let mut doc: Vec<(usize, u32)> = Vec::new();
        for (i, entry) in register.entries.iter().enumerate() {
            if i > 0 && i.is_multiple_of(BLOCK) {
                let size = postings.len();
                blocks.push(std::mem::replace(&mut postings, Vec::with_capacity(size)).into());
            }
            starts.push(postings.len() as u32);
            doc.clear();
            for (field, text) in searchable_texts(register, entry) {
                for (a, b) in word_ranges(text) {
                    let word = &text[a..b];
                    let id = match spellings.get(word) {
                        Some(&id) => id,
                        None => {
                            let key = Word {
                                folded: fold(word).into(),
                                lower: lower(word).into(),
                            };
                            let id = match interned.get(&key) {
                                Some(&id) => id,
                                None => {
                                    words.push(key.clone());
                                    interned.insert(key, words.len() - 1);
                                    words.len() - 1
                                }
                            };
                            spellings.insert(word, id);
                            id
                        }
                    };
                    doc.push((id, field.weight()));
                }
            }
            // One posting per word, with the best weight it has in this entry.
            doc.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            doc.dedup_by_key(|(w, _)| *w);
            postings.extend(doc.iter().map(|&(w, weight)| posting(w, weight)));
        }
        if !postings.is_empty() || blocks.len() * BLOCK < starts.len() {
            blocks.push(postings.into());
        }
        drop((spellings, interned, doc));
        // Sort the vocabulary and renumber the postings to match.
        let mut order: Vec<usize> = (0..words.len()).collect();
        order.sort_by(|&a, &b| words[a].cmp(&words[b]));
        let mut rank = vec![0; words.len()];
        for (new, &old) in order.iter().enumerate() {
            rank[old] = new;
        }
        let mut slots: Vec<Option<Word>> = words.into_iter().map(Some).collect();
        let words = order.iter().filter_map(|&old| slots[old].take()).collect();
        for p in blocks.iter_mut().flat_map(|b| b.iter_mut()) {
            *p = posting(rank[posting_word(*p)], posting_weight(*p));
        }
        let mut index = SearchIndex {
            words,
            starts,
            blocks,
        };
        // Each entry's postings in word order, so a term's words are found by binary search.
        for i in 0..index.starts.len() {
            if let Some((block, range)) = index.place(i) {
                if let Some(doc) = index.blocks[block].get_mut(range) {
                    doc.sort_unstable();
                }
            }
        }
        index
    }

    /// Where entry `i`'s postings are: its block and their range in it.
    fn place(&self, i: usize) -> Option<(usize, std::ops::Range<usize>)> {
        let block = i / BLOCK;
        let start = *self.starts.get(i)? as usize;
        let end = match self.starts.get(i + 1) {
            Some(&next) if !(i + 1).is_multiple_of(BLOCK) => next as usize,
            _ => self.blocks.get(block)?.len(),
        };
        Some((block, start..end))
    }

    fn doc(&self, i: usize) -> Option<&[u32]> {
        let (block, range) = self.place(i)?;
        self.blocks.get(block)?.get(range)
    }

    fn resolve(&self, term: &Term) -> Resolved {
        let prefix = term.folded.as_str();
        let first = self.words.partition_point(|w| w.folded.as_ref() < prefix);
        let exact = self.words[first..]
            .iter()
            .take_while(|w| w.folded.starts_with(prefix))
            .map(|w| w.lower.starts_with(term.lower.as_str()))
            .collect();
        Resolved { first, exact }
    }

    /// `None` if some term matches no word of entry `i`.
    fn score(&self, i: usize, terms: &[Resolved]) -> Option<Score> {
        let doc = self.doc(i)?;
        let mut score = Score {
            exact_terms: 0,
            weight: 0,
        };
        for term in terms {
            let mut best = None;
            let mut exact = false;
            // The entry's postings are in word order: skip to the term's first word, stop after
            // its last.
            let from = doc.partition_point(|&p| posting_word(p) < term.first);
            for &p in &doc[from..] {
                let Some(e) = term.exact.get(posting_word(p) - term.first) else {
                    break;
                };
                best = best.max(Some(posting_weight(p)));
                exact |= *e;
            }
            score.weight += best?;
            score.exact_terms += usize::from(exact);
        }
        Some(score)
    }

    /// Indices of the matching entries, best first; ties keep register order.
    /// An empty query matches everything in register order.
    pub fn search(&self, query: &Query) -> Vec<usize> {
        let n = self.starts.len();
        if query.is_empty() {
            return (0..n).collect();
        }
        let terms: Vec<Resolved> = query.terms.iter().map(|t| self.resolve(t)).collect();
        if terms.iter().any(|t| t.exact.is_empty()) {
            return Vec::new();
        }
        // Score and place packed into one integer, greater first: a plain integer sort, which
        // at 50,000 hits is several times faster than sorting pairs with a comparison closure.
        let mut hits: Vec<u64> = (0..n)
            .filter_map(|i| self.score(i, &terms).map(|s| rank_key(s, i)))
            .collect();
        hits.sort_unstable_by(|a, b| b.cmp(a));
        hits.into_iter().map(place_of).collect()
    }

    /// Its size: distinct words (spellings that differ only in case are one word) and postings
    /// (one per entry and word, however often the entry has it).
    pub fn size(&self) -> (usize, usize) {
        (self.words.len(), self.blocks.iter().map(|b| b.len()).sum())
    }
}

/// A piece of displayed text, marked if it is (the matched prefix of) a search hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub hit: bool,
}

/// Splits `text` into plain and matched pieces. For each word, the longest prefix that some term
/// matches (after folding) is marked, measured in the original characters.
pub fn highlight<'a>(text: &'a str, query: &Query) -> Vec<Segment<'a>> {
    let mut marks: Vec<(usize, usize)> = Vec::new();
    if !query.is_empty() {
        for (start, end) in word_ranges(text) {
            let word = &text[start..end];
            // A word that starts with an ASCII letter folds to one that starts with it in lower
            // case: no term starting otherwise can match, and the word need not be folded.
            if let Some(c) = word.chars().next().filter(char::is_ascii) {
                let c = c.to_ascii_lowercase();
                if !query.terms.iter().any(|t| t.folded.starts_with(c)) {
                    continue;
                }
            }
            let folded = fold(word);
            let longest = query
                .terms
                .iter()
                .filter(|t| folded.starts_with(&t.folded))
                .map(|t| t.folded.len())
                .max();
            if let Some(len) = longest {
                marks.push((start, start + original_len(word, len)));
            }
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    for (a, b) in marks {
        if a > at {
            out.push(Segment {
                text: &text[at..a],
                hit: false,
            });
        }
        out.push(Segment {
            text: &text[a..b],
            hit: true,
        });
        at = b;
    }
    if at < text.len() || out.is_empty() {
        out.push(Segment {
            text: &text[at..],
            hit: false,
        });
    }
    out
}

/// Bytes of `word` whose folded form covers the first `folded_len` bytes of `fold(word)`,
/// extended over trailing combining marks so a letter is never split from its accent.
fn original_len(word: &str, folded_len: usize) -> usize {
    let mut covered = 0;
    let mut end = 0;
    for (i, c) in word.char_indices() {
        if covered >= folded_len && !is_combining_mark(c) {
            break;
        }
        covered += fold(c.encode_utf8(&mut [0; 4])).len();
        end = i + c.len_utf8();
    }
    end
}

#[cfg(test)]
mod tests;
