//! Pseudo-locales for testing clients, generated from `en` at load time (never shipped as files).
//!
//! - `en-XA`: accented letters, vowels doubled (about 30% longer), the whole message bracketed,
//!   so truncation, hard-coded strings and missing fonts show up.
//! - `ar-XB`: mirrored letters in a right-to-left override, so layouts that ignore direction
//!   show up.
//!
//! Both are chosen only when requested by their exact tag, never by Accept-Language matching.

use std::borrow::Cow;

/// A pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pseudo {
    Accented,
    Bidi,
}

impl Pseudo {
    pub(crate) const ALL: [Pseudo; 2] = [Pseudo::Accented, Pseudo::Bidi];

    pub(crate) const fn tag(self) -> &'static str {
        match self {
            Pseudo::Accented => "en-XA",
            Pseudo::Bidi => "ar-XB",
        }
    }

    /// The transform for the message's literal text (placeables are left alone).
    pub(crate) fn transform(self) -> fn(&str) -> Cow<'_, str> {
        match self {
            Pseudo::Accented => accented,
            Pseudo::Bidi => mirrored,
        }
    }

    /// Frames the whole formatted message.
    pub(crate) fn frame(self, text: &str) -> String {
        match self {
            Pseudo::Accented => format!("[{text}]"),
            // RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING
            Pseudo::Bidi => format!("\u{202E}{text}\u{202C}"),
        }
    }
}

fn accented(text: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(text, false, true)
}

fn mirrored(text: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(text, true, false)
}
