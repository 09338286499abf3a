//! Publicera's one download for IT: the whole publication as one zip (`samverkansregistret-
//! publicering-YYYY-MM-DD.zip`), holding the four files, `SHA256SUMS` (their SHA-256 sums in the
//! format `sha256sum -c` checks) and `LASMIG.txt`, a short text for IT with the steps and the same
//! sums. A zip, because a browser renames a second download of one name (`register (1).json`),
//! which breaks "replace the files with the same names"; one file cannot be renamed apart.
//!
//! The zip is written here, stored (not compressed), in the plain format of PKWARE's APPNOTE
//! (local headers, central directory, end record; UTF-8 names), in a hundred lines. Measured in
//! the app's release wasm (brotli), against the same app without a zip: the `zip` crate added
//! 41 KB deflated and 33 KB stored, `rawzip` 27 KB, this writer with `crc32fast` 17 KB (its
//! tables), and with the `crc` crate's single table 1 KB. Every reader downloads the wasm, for
//! what one coordinator uses a few times a year. The tests read every zip back with the `zip`
//! crate, and the browser test with Python's `zipfile`.

use chrono::{Datelike, NaiveDate};
use sha2::{Digest, Sha256};

use crate::i18n::Texts;

/// The name of the sums file inside the zip.
pub const SUMS_FILE: &str = "SHA256SUMS";
/// The name of the text for IT inside the zip.
pub const README_FILE: &str = "LASMIG.txt";

/// The zip's own name for a publication on `day`.
pub fn bundle_name(day: NaiveDate) -> String {
    format!("samverkansregistret-publicering-{day}.zip")
}

/// SHA-256 of `bytes`, as 64 lowercase hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `sha256sum`'s format: one line per file, the sum, two spaces, the name.
pub fn checksums(files: &[(&str, &str)]) -> String {
    files
        .iter()
        .map(|(name, text)| format!("{}  {name}\n", sha256_hex(text.as_bytes())))
        .collect()
}

/// The zip of `files` (name, text), published on `day`, with the sums and `texts`' note for IT.
/// Every entry is dated `day` (noon), so the same publication gives the same bytes.
pub fn bundle(files: &[(&str, &str)], day: NaiveDate, texts: &Texts) -> Result<Vec<u8>, String> {
    let sums = checksums(files);
    let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
    let readme = (texts.publication.bundle_readme)(&day.to_string(), &names, &sums);
    let mut zip = Zip {
        // Noon of the day: the same publication gives the same bytes.
        time: 12 << 11,
        date: (((day.year() - 1980).clamp(0, 127) as u16) << 9)
            | ((day.month() as u16) << 5)
            | day.day() as u16,
        ..Zip::default()
    };
    for (name, text) in files {
        zip.add(name, text.as_bytes())?;
    }
    zip.add(SUMS_FILE, sums.as_bytes())?;
    zip.add(README_FILE, readme.as_bytes())?;
    zip.finish()
}

/// A stored zip being written: the bytes so far and the central directory's records.
#[derive(Default)]
struct Zip {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
    /// MS-DOS time and date, as zip stores them.
    time: u16,
    date: u16,
}

/// Zip's CRC-32 (ISO-HDLC, as in zlib and PNG).
const CRC_32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_OF_DIRECTORY: u32 = 0x0605_4b50;
/// Version 2.0 of the format: enough for stored files.
const VERSION_NEEDED: u16 = 20;
/// Made on Unix (3), by version 3.0 of the format: the external attributes are Unix modes.
const VERSION_MADE_BY: u16 = (3 << 8) | 30;
/// General purpose flag bit 11: the names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;
/// A regular file, rw-r--r--, in the high half of the external attributes.
const FILE_MODE: u32 = 0o100_644 << 16;

impl Zip {
    fn add(&mut self, name: &str, data: &[u8]) -> Result<(), String> {
        let too_big = || format!("{name}: för stor för en zip-fil");
        let size = u32::try_from(data.len()).map_err(|_| too_big())?;
        let offset = u32::try_from(self.out.len()).map_err(|_| too_big())?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_big())?;
        let crc = CRC_32.checksum(data);
        // The fields the local header and the central record share, from "version needed" on.
        let mut common = Vec::with_capacity(26);
        for v in [VERSION_NEEDED, UTF8_NAMES, 0, self.time, self.date] {
            common.extend_from_slice(&v.to_le_bytes());
        }
        for v in [crc, size, size] {
            common.extend_from_slice(&v.to_le_bytes());
        }
        common.extend_from_slice(&name_len.to_le_bytes());
        common.extend_from_slice(&0u16.to_le_bytes()); // no extra field

        self.out.extend_from_slice(&LOCAL_HEADER.to_le_bytes());
        self.out.extend_from_slice(&common);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(data);

        self.central
            .extend_from_slice(&CENTRAL_HEADER.to_le_bytes());
        self.central
            .extend_from_slice(&VERSION_MADE_BY.to_le_bytes());
        self.central.extend_from_slice(&common);
        // No comment, disk 0, no internal attributes.
        for v in [0u16, 0, 0] {
            self.central.extend_from_slice(&v.to_le_bytes());
        }
        self.central.extend_from_slice(&FILE_MODE.to_le_bytes());
        self.central.extend_from_slice(&offset.to_le_bytes());
        self.central.extend_from_slice(name.as_bytes());
        self.entries += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<Vec<u8>, String> {
        let too_big = || "för stor för en zip-fil".to_string();
        let offset = u32::try_from(self.out.len()).map_err(|_| too_big())?;
        let size = u32::try_from(self.central.len()).map_err(|_| too_big())?;
        self.out.append(&mut self.central);
        self.out.extend_from_slice(&END_OF_DIRECTORY.to_le_bytes());
        // This disk and the directory's disk are 0; the entries on it and in all are the same.
        for v in [0u16, 0, self.entries, self.entries] {
            self.out.extend_from_slice(&v.to_le_bytes());
        }
        self.out.extend_from_slice(&size.to_le_bytes());
        self.out.extend_from_slice(&offset.to_le_bytes());
        self.out.extend_from_slice(&0u16.to_le_bytes()); // no comment
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Read};

    use super::*;
    use crate::i18n::SV;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn sha256_is_the_standard_one() {
        // FIPS 180-2's test vector.
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn the_zip_holds_the_files_their_sums_and_a_note_and_reads_back() {
        let files = [
            ("register.json", "{\"schema\": \"samverkansregistret\"}\n"),
            ("index.html", "<!DOCTYPE html><p>Sök</p>\n"),
        ];
        let bytes = bundle(&files, day(), &SV).unwrap();
        // Read with another implementation than the one that wrote it (the `zip` crate).
        // The same publication, the same bytes.
        assert_eq!(bundle(&files, day(), &SV).unwrap(), bytes);
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let names: Vec<String> = zip.file_names().map(String::from).collect();
        assert_eq!(
            names,
            ["register.json", "index.html", SUMS_FILE, README_FILE]
        );
        let mut read = |name: &str| {
            let mut f = zip.by_name(name).unwrap();
            assert_eq!(f.compression(), zip::CompressionMethod::Stored);
            assert_eq!(f.unix_mode(), Some(0o100_644));
            let t = f.last_modified().unwrap();
            assert_eq!((t.year(), t.month(), t.day(), t.hour()), (2026, 11, 28, 12));
            let mut s = String::new();
            f.read_to_string(&mut s).unwrap();
            s
        };
        assert_eq!(read("index.html"), files[1].1);
        assert_eq!(read("register.json"), files[0].1);
        let sums = read(SUMS_FILE);
        assert_eq!(
            sums.lines().next().unwrap(),
            format!("{}  register.json", sha256_hex(files[0].1.as_bytes()))
        );
        let readme = read(README_FILE);
        assert!(readme.contains("2026-11-28"), "{readme}");
        assert!(readme.contains("sha256sum -c SHA256SUMS"), "{readme}");
        assert!(readme.contains(&sums.replace('\n', "\r\n")), "{readme}");
    }
}
