//! Explicit language tags (`X-Fresns-Client-Lang-Tag`): a chain, or error 31401.
#![no_main]

use fresns_i18n::limits::MAX_TAG_LEN;
use fresns_i18n_fuzz::{EMBEDDED, assert_chain};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let tag = String::from_utf8_lossy(data);
    let resolver = &*EMBEDDED;
    match resolver.negotiate_tag(&tag) {
        Ok(chain) => {
            assert!(
                !tag.is_empty() && tag.len() <= MAX_TAG_LEN,
                "accepted {tag:?}"
            );
            assert_chain(resolver, &chain, &tag);
        }
        Err(err) => {
            assert_eq!(err.code().number(), 31401, "{tag:?}: {err}");
            assert!(err.to_string().starts_with("code 31401: "), "{err}");
        }
    }
});
