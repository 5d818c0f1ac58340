//! Every bound the library puts on its input, in one place.
//!
//! Input beyond a bound is cut or refused with an error that names it; nothing grows without
//! limit on what a client or a file sends.

/// The longest explicit language tag accepted (`X-Fresns-Client-Lang-Tag`, `--lang`); real
/// tags are far shorter. A longer one is error 31401.
pub const MAX_TAG_LEN: usize = 64;

/// `Accept-Language` is read up to this many bytes; the rest is ignored (cut at the last comma).
pub const MAX_ACCEPT_LANGUAGE_BYTES: usize = 1024;

/// `Accept-Language` contributes at most this many language ranges.
pub const MAX_ACCEPT_LANGUAGE_RANGES: usize = 16;

/// The longest fallback chain; longer negotiations keep their best locales and `en`.
pub const MAX_CHAIN: usize = 8;

/// A locale file larger than this is refused: no real translation comes near it, and reading
/// it whole could exhaust memory.
pub const MAX_FILE_BYTES: u64 = 4 << 20;

/// An import file larger than this is refused (a full export of every locale is well under
/// 1 MB).
pub const MAX_IMPORT_BYTES: u64 = 16 << 20;

/// An imported message text longer than this many bytes is refused.
pub const MAX_MESSAGE_BYTES: usize = 4096;

/// Entries whose placeables nest deeper than this are blanked before parsing and reported, so
/// no recursive walker can overflow the stack.
pub const MAX_NESTING: usize = 64;
