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
            // The text reaches response bodies and logs: the client's tag comes back escaped.
            let text = err.to_string();
            assert!(
                !text.is_empty() && !text.contains(char::is_control),
                "{text:?}"
            );
        }
    }
});
