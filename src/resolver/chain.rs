//! The fallback chain a request resolves along, and the cache of chains per Accept-Language header.

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, RandomState};
use std::sync::RwLock;

use rustc_hash::FxHasher;

use crate::limits::MAX_CHAIN;

/// The locales to try, best first; always ends in `en`. Made by a [`Resolver`] and only
/// meaningful for that resolver. It is a small `Copy` value: at most [`MAX_CHAIN`] locales,
/// each with the CLDR locale that formats its values (the request's region where CLDR formats
/// it differently, e.g. `de-CH` for `de`; otherwise the locale's own).
///
/// [`Resolver`]: super::Resolver
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FallbackChain {
    locales: [u16; MAX_CHAIN],
    /// Per locale: 0 for its own formatting, else 1 + a slot of the resolver's regional
    /// formatting locales.
    formats: [u16; MAX_CHAIN],
    len: u8,
}

impl FallbackChain {
    /// A chain over `entries` (a locale index and its formatting slot, 0 for none).
    pub(crate) fn new(entries: &[(usize, u16)], default: usize) -> Self {
        let mut chain = FallbackChain {
            locales: [0; MAX_CHAIN],
            formats: [0; MAX_CHAIN],
            len: 0,
        };
        let keep = entries.len().min(MAX_CHAIN);
        for ((slot, format), &(index, regional)) in chain
            .locales
            .iter_mut()
            .zip(chain.formats.iter_mut())
            .zip(&entries[..keep])
        {
            *slot = u16::try_from(index).unwrap_or(0);
            *format = regional;
        }
        chain.len = keep as u8;
        // Truncation must not lose the last fallback.
        if entries.len() > MAX_CHAIN {
            chain.locales[MAX_CHAIN - 1] = u16::try_from(default).unwrap_or(0);
            chain.formats[MAX_CHAIN - 1] = 0;
        }
        chain
    }

    #[inline]
    pub(crate) fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.locales[..usize::from(self.len)]
            .iter()
            .map(|&i| usize::from(i))
    }

    /// Each locale index with its formatting slot (0: the locale's own formatting).
    #[inline]
    pub(crate) fn entries(&self) -> impl Iterator<Item = (usize, u16)> + '_ {
        let len = usize::from(self.len);
        self.locales[..len]
            .iter()
            .zip(&self.formats[..len])
            .map(|(&i, &f)| (usize::from(i), f))
    }
}

impl FallbackChain {
    /// How many locales the chain has.
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Always false: a chain ends in `en`.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Chains for Accept-Language headers seen recently: browsers send few distinct ones.
///
/// Keyed by a keyed 64-bit hash of the header (random key per resolver), so no request text is
/// kept; a collision would need 2^64-scale luck. Bounded in entries and header length; cleared
/// when full.
pub(crate) struct ChainCache {
    keys: RandomState,
    map: RwLock<HashMap<u64, FallbackChain, BuildHasherDefault<FxHasher>>>,
}

const CHAIN_CACHE_ENTRIES: usize = 1024;
const CHAIN_CACHE_MAX_HEADER: usize = 256;

impl ChainCache {
    pub(crate) fn new() -> Self {
        ChainCache {
            keys: RandomState::new(),
            map: RwLock::new(HashMap::default()),
        }
    }

    /// The cache key of a header; `None` for headers too long to cache.
    pub(crate) fn key(&self, header: &str) -> Option<u64> {
        (header.len() <= CHAIN_CACHE_MAX_HEADER).then(|| self.keys.hash_one(header))
    }

    pub(crate) fn get(&self, key: u64) -> Option<FallbackChain> {
        self.map.read().ok()?.get(&key).copied()
    }

    pub(crate) fn put(&self, key: u64, chain: FallbackChain) {
        if let Ok(mut map) = self.map.write() {
            if map.len() >= CHAIN_CACHE_ENTRIES {
                map.clear();
            }
            map.insert(key, chain);
        }
    }
}
