//! What the fuzz targets share: the embedded resolver, built once per process, and the
//! properties every negotiated chain must have.

use std::sync::LazyLock;

use fresns_i18n::limits::MAX_CHAIN;
use fresns_i18n::{DEFAULT_LOCALE, FallbackChain, Resolver};

/// The resolver over the shipped locales. Building it costs far more than one input, so it
/// is shared by every input of a run.
pub static EMBEDDED: LazyLock<Resolver> =
    LazyLock::new(|| Resolver::embedded().expect("the embedded locales load"));

/// Asserts what every chain promises: it is non-empty and at most [`MAX_CHAIN`] long, it
/// ends in `en`, every locale in it is one the resolver has, and none repeats.
pub fn assert_chain(resolver: &Resolver, chain: &FallbackChain, input: &str) {
    let tags = resolver.chain_tags(chain);
    assert!(!tags.is_empty(), "empty chain for {input:?}");
    assert_eq!(
        tags.len(),
        chain.len(),
        "chain has unknown indices for {input:?}"
    );
    assert!(
        tags.len() <= MAX_CHAIN,
        "chain too long for {input:?}: {tags:?}"
    );
    assert_eq!(
        tags.last().copied(),
        Some(DEFAULT_LOCALE),
        "chain for {input:?} does not end in en: {tags:?}"
    );
    for (at, tag) in tags.iter().enumerate() {
        assert!(
            resolver.locales().any(|known| known == *tag),
            "chain for {input:?} has {tag}, which is not an available locale"
        );
        assert!(
            !tags[..at].contains(tag),
            "chain for {input:?} repeats {tag}: {tags:?}"
        );
    }
}
