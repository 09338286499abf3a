//! "Visa QR-kod": a link as a QR code, drawn as one SVG path, for a phone to scan from a projector
//! screen across a room. Error correction M (a code still reads with about 15 % of it lost to glare
//! or a head in the way) and a quiet zone of four modules, as the standard asks.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code, on every side.
pub const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: a square of `size` modules (quiet zone included) and the SVG path of
/// its dark modules, one unit per module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawing {
    pub size: i32,
    pub path: String,
}

/// `text` as a QR code, or `None` when it is too long for one (about 2,300 bytes at level M).
pub fn drawing(text: &str) -> Option<Drawing> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // A run of dark modules on this row is one rectangle.
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    Some(Drawing {
        size: n + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_a_square_with_its_quiet_zone_and_the_three_finder_marks() {
        let d = drawing("https://www.huddinge.se/samverkansregistret/?q=ulf&akademi=sh").unwrap();
        // Version 4 or so: 33 modules and the zone.
        assert!(d.size > 21 + 2 * QUIET_ZONE && d.size < 60, "{}", d.size);
        // Finder patterns start at the zone's corner, top left, top right and bottom left.
        assert!(d.path.starts_with("M4 4h7v1h-7z"));
        let right = d.size - QUIET_ZONE - 7;
        assert!(d.path.contains(&format!("M{right} 4h7v1h-7z")));
        let bottom = d.size - QUIET_ZONE - 1;
        assert!(d.path.contains(&format!("M4 {bottom}h7v1h-7z")));
    }

    #[test]
    fn a_text_too_long_for_a_code_is_none() {
        assert_eq!(drawing(&"x".repeat(5000)), None);
        assert!(drawing("").is_some());
    }
}
