//! "Nytt sedan ditt senaste besök": what this browser remembers of the published register its
//! reader last marked as read, and what has been added, changed and removed since.
//!
//! Not a copy: one fingerprint per entry, a 64-bit hash of its id and a 32-bit hash of its
//! content (every field), 12 bytes written as 24 hex digits. A
//! 50,000-entry register is remembered in 1.2 MB of storage instead of the 40 MB file. Both hashes
//! are FNV-1a, a fixed algorithm, so a fingerprint kept by one release is read the same by the
//! next. A removed entry is known only by its id's hash: it is counted, not named.

use std::hash::Hasher;

use fnv::FnvHasher;

use crate::model::{Contact, Entry, Register, Validity};

/// The first line of the stored text; anything else is not ours and is not read.
pub const SEEN_HEADER: &str = "samverkansregistret-sett 1";

/// Hex digits per entry: 16 for the id's hash, 8 for the content's.
const DIGITS: usize = 24;

/// A register's entries as fingerprints: `(id hash, content hash)`, sorted by the id's hash.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fingerprints {
    entries: Vec<(u64, u32)>,
}

/// What changed between the remembered register and the one shown now.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct News {
    /// Indices (into the register shown now) of entries the remembered one did not have.
    pub added: Vec<usize>,
    /// Indices of entries whose content is not what it was.
    pub changed: Vec<usize>,
    /// How many of the remembered entries the register no longer has.
    pub removed: usize,
    /// The fingerprints of the register shown now, worked out on the way: what "Markera som läst"
    /// remembers, without hashing the register a second time.
    pub now: Fingerprints,
}

impl News {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed == 0
    }

    /// The ids of the added and changed entries of `register`: what `nytt=1` shows.
    pub fn ids<'a>(&self, register: &'a Register) -> Vec<&'a str> {
        self.added
            .iter()
            .chain(&self.changed)
            .filter_map(|&i| register.entries.get(i))
            .map(|e| e.id.as_str())
            .collect()
    }
}

/// An entry's fingerprint: its id's hash and its content's.
fn fingerprint(e: &Entry) -> (u64, u32) {
    (id_hash(&e.id), content_hash(e))
}

fn id_hash(id: &str) -> u64 {
    let mut h = FnvHasher::default();
    h.write(id.as_bytes());
    h.finish()
}

/// A hash of every field of `entry`, each with its length or a tag first, so no two different
/// entries feed the same bytes. The fields are named one by one, without `..`: a field added to
/// `Entry` does not compile here until it is hashed too. (Hashing the entry's JSON was 5× slower:
/// 255 ms natively for 50,000 entries.)
fn content_hash(entry: &Entry) -> u32 {
    let Entry {
        id,
        name,
        category,
        academies,
        partners,
        department,
        contact,
        validity,
        ended,
        description,
        comment,
        links,
        source,
    } = entry;
    let mut h = Feed(FnvHasher::default());
    h.text(id);
    h.text(name);
    h.text(category);
    h.list(academies);
    h.list(partners);
    h.maybe(department.as_deref());
    match contact {
        None => h.0.write_u8(0),
        Some(Contact {
            name,
            title,
            department,
        }) => {
            h.0.write_u8(1);
            h.text(name);
            h.maybe(title.as_deref());
            h.maybe(department.as_deref());
        }
    }
    let Validity {
        from,
        until,
        as_written,
    } = validity;
    h.maybe(from.map(|d| d.to_string()).as_deref());
    h.maybe(until.map(|u| u.to_string()).as_deref());
    h.maybe(as_written.as_deref());
    h.0.write_u8(u8::from(*ended));
    h.text(description);
    h.maybe(comment.as_deref());
    h.list(links);
    h.text(source);
    let x = h.0.finish();
    (x ^ (x >> 32)) as u32
}

/// Writes values into the hash so that their boundaries count: "ab" + "c" is not "a" + "bc".
struct Feed(FnvHasher);

impl Feed {
    fn text(&mut self, s: &str) {
        self.count(s.len());
        self.0.write(s.as_bytes());
    }

    /// A length, little-endian whatever the machine (`write_u64` would use its own order).
    fn count(&mut self, n: usize) {
        self.0.write(&(n as u64).to_le_bytes());
    }

    fn maybe(&mut self, s: Option<&str>) {
        match s {
            None => self.0.write_u8(0),
            Some(s) => {
                self.0.write_u8(1);
                self.text(s);
            }
        }
    }

    fn list(&mut self, items: &[String]) {
        self.count(items.len());
        for item in items {
            self.text(item);
        }
    }
}

impl Fingerprints {
    pub fn of(register: &Register) -> Fingerprints {
        Fingerprints::sorted(register.entries.iter().map(fingerprint).collect())
    }

    fn sorted(mut entries: Vec<(u64, u32)>) -> Fingerprints {
        entries.sort_unstable();
        Fingerprints { entries }
    }

    /// Whether the remembered register had an entry with this id.
    pub fn knows(&self, id: &str) -> bool {
        let id = id_hash(id);
        self.entries.binary_search_by_key(&id, |&(k, _)| k).is_ok()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The text kept in storage: the header line, then every fingerprint as hex, unseparated.
    /// One 64-bit FNV-1a hash of every fingerprint, as 16 hex digits: equal for two registers
    /// with the same entries (in any order).
    pub fn digest(&self) -> String {
        let mut h = FnvHasher::default();
        for (id, content) in &self.entries {
            h.write_u64(*id);
            h.write_u32(*content);
        }
        format!("{:016x}", h.finish())
    }

    pub fn to_text(&self) -> String {
        let mut out = String::with_capacity(SEEN_HEADER.len() + 1 + DIGITS * self.entries.len());
        out.push_str(SEEN_HEADER);
        out.push('\n');
        for (id, content) in &self.entries {
            out.push_str(&format!("{id:016x}{content:08x}"));
        }
        out
    }

    /// Reads [`Fingerprints::to_text`]'s text; `None` for anything else (another format, a cut
    /// or damaged value), which the app treats as a first visit.
    pub fn from_text(text: &str) -> Option<Fingerprints> {
        let body = text.strip_prefix(SEEN_HEADER)?.strip_prefix('\n')?;
        if !body.len().is_multiple_of(DIGITS) || !body.is_ascii() {
            return None;
        }
        let mut entries = Vec::with_capacity(body.len() / DIGITS);
        for chunk in body.as_bytes().chunks(DIGITS) {
            let chunk = std::str::from_utf8(chunk).ok()?;
            let id = u64::from_str_radix(&chunk[..16], 16).ok()?;
            let content = u32::from_str_radix(&chunk[16..], 16).ok()?;
            entries.push((id, content));
        }
        entries.sort_unstable();
        Some(Fingerprints { entries })
    }

    /// What `register` has that these fingerprints did not: added and changed entries in the
    /// register's order, and how many remembered ones are gone.
    pub fn news(&self, register: &Register) -> News {
        let mut news = News::default();
        let mut kept = 0;
        let now: Vec<(u64, u32)> = register.entries.iter().map(fingerprint).collect();
        for (i, &(id, content)) in now.iter().enumerate() {
            match self.entries.binary_search_by_key(&id, |&(k, _)| k) {
                Err(_) => news.added.push(i),
                Ok(at) => {
                    kept += 1;
                    if self.entries[at].1 != content {
                        news.changed.push(i);
                    }
                }
            }
        }
        news.removed = self.entries.len().saturating_sub(kept);
        news.now = Fingerprints::sorted(now);
        news
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::memo_register;

    #[test]
    fn the_same_register_has_no_news() {
        let r = memo_register();
        let seen = Fingerprints::of(&r);
        assert_eq!(seen.len(), r.entries.len());
        assert!(seen.news(&r).is_empty());
    }

    #[test]
    fn added_changed_and_removed_entries_are_told_apart() {
        let before = memo_register();
        let seen = Fingerprints::of(&before);
        let mut after = before.clone();
        // One removed, one changed, one added (a copy of another under a new id).
        let removed = after.entries.remove(0);
        let changed = after.position("ulf-sh").unwrap();
        after.entries[changed].description.push_str(" Förlängt.");
        let mut added = after.entries[1].clone();
        added.id = "nytt-forum".to_string();
        after.entries.push(added);
        let news = seen.news(&after);
        assert_eq!(news.added, vec![after.entries.len() - 1]);
        assert_eq!(news.changed, vec![changed]);
        assert_eq!(news.removed, 1);
        assert_eq!(news.ids(&after), vec!["nytt-forum", "ulf-sh"]);
        // What it would remember as read is the register shown now.
        assert_eq!(news.now, Fingerprints::of(&after));
        assert!(news.now.news(&after).is_empty());
        assert!(after.entry(&removed.id).is_none());
    }

    #[test]
    fn any_field_counts_as_a_change() {
        let before = memo_register();
        let seen = Fingerprints::of(&before);
        let i = before.position("cpu").unwrap();
        let mut after = before.clone();
        after.entries[i].ended = !after.entries[i].ended;
        assert_eq!(seen.news(&after).changed, vec![i]);
        let mut after = before.clone();
        after.entries[i].academies.push("ki".to_string());
        assert_eq!(seen.news(&after).changed, vec![i]);
        // Text moved across a boundary is a change.
        let mut a = before.clone();
        a.entries[i].partners = vec!["ab".to_string(), "c".to_string()];
        let mut b = before.clone();
        b.entries[i].partners = vec!["a".to_string(), "bc".to_string()];
        assert_ne!(content_hash(&a.entries[i]), content_hash(&b.entries[i]));
        let mut c = before.clone();
        c.entries[i].comment = None;
        let mut d = before.clone();
        d.entries[i].comment = Some(String::new());
        assert_ne!(content_hash(&c.entries[i]), content_hash(&d.entries[i]));
        // The order of the entries is not a change.
        let mut after = before.clone();
        after.entries.reverse();
        assert!(seen.news(&after).is_empty());
    }

    #[test]
    fn the_stored_text_reads_back_and_anything_else_is_refused() {
        let r = memo_register();
        let seen = Fingerprints::of(&r);
        let text = seen.to_text();
        assert_eq!(text.len(), SEEN_HEADER.len() + 1 + 24 * r.entries.len());
        assert_eq!(Fingerprints::from_text(&text), Some(seen.clone()));
        // Fixed hashes: the same register gives the same text in every build.
        assert_eq!(Fingerprints::of(&r).to_text(), text);
        assert_eq!(
            Fingerprints::from_text(&format!("{SEEN_HEADER}\n")),
            Some(Fingerprints::default())
        );
        for bad in [
            "",
            "{\"v\":1}",
            &text[..text.len() - 1],
            &text.replace(SEEN_HEADER, "samverkansregistret-sett 2"),
            &format!("{}zz", &text[..text.len() - 2]),
            &format!("{text}ö"),
        ] {
            assert_eq!(Fingerprints::from_text(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn fnv_is_the_published_algorithm() {
        // FNV-1a 64's published test vector: a change of algorithm would make every remembered
        // entry look changed.
        assert_eq!(id_hash("a"), 0xaf63dc4c8601ec8c);
    }
}
