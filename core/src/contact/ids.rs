//! Identifiers: the random submission id and the draft fingerprint that decides
//! whether a retry reuses it.

use super::fields::{Draft, Field};

/// Formats 16 random bytes as a version-4 UUID (lowercase, hyphenated).
pub fn uuid_v4(bytes: [u8; 16]) -> String {
    let mut bytes = bytes;
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    let mut out = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// FNV-1a (64-bit) over every field as it would be sent ([`Draft::wire`]), so a
/// retry of the same message matches even if only surrounding whitespace changed,
/// and any change to any field (a new one included) gets a new id.
pub fn fingerprint(draft: &Draft) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut hash = OFFSET_BASIS;
    for field in Field::ALL {
        let value = draft.wire(field).unwrap_or_default();
        // 0xFF never occurs in UTF-8, so it separates fields unambiguously.
        for byte in value.bytes().chain(std::iter::once(0xff)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::fields::tests::{draft, f};
    use proptest::prelude::*;

    #[test]
    fn uuid_sets_version_and_variant() {
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
        assert_eq!(uuid_v4([0xff; 16]), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let bytes: [u8; 16] = core::array::from_fn(|i| (i as u8) * 17);
        assert_eq!(uuid_v4(bytes), "00112233-4455-4677-8899-aabbccddeeff");
    }

    #[test]
    fn fingerprint_follows_content() {
        let d = draft(&[("name", "Ada"), ("message", "Hi")]);
        let same_when_sent = d.clone().with(f("name"), " Ada ").with(f("message"), "Hi\n");
        assert_eq!(fingerprint(&d), fingerprint(&same_when_sent));
        assert_ne!(fingerprint(&d), fingerprint(&d.clone().with(f("topic"), "go")));
        assert_ne!(fingerprint(&d), fingerprint(&d.clone().with(f("message"), "Hi!")));
        let shifted = d.clone().with(f("name"), "Ad").with(f("email"), "a");
        let unshifted = d.clone().with(f("name"), "Ada").with(f("email"), "");
        assert_ne!(fingerprint(&shifted), fingerprint(&unshifted));
        assert_eq!(fingerprint(&Draft::default()), fingerprint(&Draft::default()));
        // Every field counts, whichever it is.
        for field in Field::ALL {
            let changed = d.clone().with(field, format!("{} changed", d.get(field)));
            if changed.wire(field) != d.wire(field) {
                assert_ne!(fingerprint(&changed), fingerprint(&d), "{field:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn uuid_shape(bytes in any::<[u8; 16]>()) {
            let id = uuid_v4(bytes);
            prop_assert_eq!(id.len(), 36);
            let groups: Vec<usize> = id.split('-').map(str::len).collect();
            prop_assert_eq!(groups, vec![8, 4, 4, 4, 12]);
            prop_assert_eq!(id.chars().nth(14), Some('4'));
            prop_assert!(matches!(id.chars().nth(19), Some('8' | '9' | 'a' | 'b')));
            prop_assert!(id.chars().all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c)));
        }
    }
}
