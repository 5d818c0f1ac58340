//! Accept-Language parsing and negotiation: any header gives a usable chain.
#![no_main]

use fresns_i18n::{Args, ErrorCode};
use fresns_i18n_fuzz::{EMBEDDED, assert_chain};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Servers hand over headers as text; invalid UTF-8 reaches the library replaced.
    let header = String::from_utf8_lossy(data);
    let resolver = &*EMBEDDED;
    let chain = resolver.negotiate_accept_language(&header);
    assert_chain(resolver, &chain, &header);
    // The second call may come from the chain cache; it must agree with the first.
    assert_eq!(resolver.negotiate_accept_language(&header), chain);
    // The chain is good for a lookup: the message comes from one of its locales.
    let message = resolver
        .resolve(ErrorCode::LanguageTagIncorrect, &chain, &Args::new())
        .expect("every chain resolves a plain message");
    assert!(resolver.chain_tags(&chain).contains(&message.locale));
    assert!(!message.text.trim().is_empty());
});
