//! The catalog layer: error codes, their stable Fluent message IDs, groups and argument specs.
//!
//! Nothing here knows about locales or formatting; every other layer builds on it.

pub(crate) mod codes;
pub(crate) mod error;

pub(crate) use codes::ErrorCode;
pub(crate) use error::CatalogError;

/// The attribute that holds a message's form with values filled in: `.detailed`.
pub const DETAILED_ATTRIBUTE: &str = "detailed";

/// The most arguments any code takes; the catalog table is checked against it at compile time,
/// so per-message argument arrays can be fixed-size.
pub(crate) const MAX_ARGS: usize = 4;

use std::fmt;
use std::str::FromStr;

/// Expands the table in `codes.rs` into the [`ErrorCode`] enum and its lookup tables, so the
/// list of codes exists exactly once.
macro_rules! define_catalog {
    ($($num:literal $variant:ident $id:literal [$($arg:ident : $kind:expr, $presence:expr);*];)*) => {
        /// A Fresns API error code.
        ///
        /// Convert with [`ErrorCode::from_number`] / [`ErrorCode::number`]; each code has a stable
        /// Fluent message ID ([`ErrorCode::message_id`]).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $(
                #[doc = concat!("`", stringify!($num), "` — message ID `", $id, "`.")]
                $variant,
            )*
        }

        // A code with more arguments than this would not fit the resolver's fixed arrays.
        const _: () = {
            $(assert!(<[&str]>::len(&[$(stringify!($arg)),*]) <= $crate::catalog::MAX_ARGS);)*
        };

        impl ErrorCode {
            /// Every code in the catalog, in ascending numeric order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The numeric code Fresns sends in the `code` field.
            pub const fn number(self) -> u32 {
                match self { $(ErrorCode::$variant => $num,)* }
            }

            /// The stable Fluent message ID of this code, e.g. `language-tag-incorrect`.
            pub const fn message_id(self) -> &'static str {
                // A table rather than a `match`: this is on every lookup's path.
                const IDS: &[&str] = &[$($id),*];
                IDS[self as usize]
            }

            /// The arguments this code's message can take.
            pub const fn args(self) -> &'static [ArgSpec] {
                const ARGS: &[&[ArgSpec]] = &[$(&[$(ArgSpec {
                    name: stringify!($arg),
                    kind: $kind,
                    presence: $presence,
                }),*]),*];
                ARGS[self as usize]
            }

            /// The enum variant's name, e.g. `LanguageTagIncorrect` (used by tests to keep the
            /// variant and its message ID in step).
            #[doc(hidden)]
            pub const fn variant_name(self) -> &'static str {
                match self { $(ErrorCode::$variant => stringify!($variant),)* }
            }
        }
    };
}
pub(crate) use define_catalog;

impl ErrorCode {
    /// Looks up a code by number.
    ///
    /// ```
    /// use fresns_i18n::ErrorCode;
    /// let code = ErrorCode::from_number(31401)?;
    /// assert_eq!(code.message_id(), "language-tag-incorrect");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_number(number: u32) -> Result<Self, CatalogError> {
        Self::ALL
            .binary_search_by_key(&number, |code| code.number())
            .map(|index| Self::ALL[index])
            .map_err(|_| CatalogError::UnknownCode(number))
    }

    /// Looks up a code by its Fluent message ID. An ID renamed before the first release
    /// ([`ErrorCode::RENAMED_MESSAGE_IDS`]) still finds its code.
    ///
    /// ```
    /// use fresns_i18n::ErrorCode;
    /// assert_eq!(ErrorCode::from_message_id("language-tag-incorrect")?.number(), 31401);
    /// assert_eq!(ErrorCode::from_message_id("character-limit-reached")?.number(), 36118);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_message_id(id: &str) -> Result<Self, CatalogError> {
        Self::ALL
            .iter()
            .copied()
            .find(|code| code.message_id() == id)
            .or_else(|| {
                Self::RENAMED_MESSAGE_IDS
                    .iter()
                    .find(|(old, _)| *old == id)
                    .map(|&(_, code)| code)
            })
            .ok_or_else(|| CatalogError::UnknownMessageId(id.to_owned()))
    }

    /// The position of this code in [`ErrorCode::ALL`], for dense per-code tables.
    pub(crate) const fn index(self) -> usize {
        self as usize
    }

    /// The group this code belongs to, derived from its number.
    pub const fn group(self) -> Group {
        match self.number() / 1000 {
            30 => Group::Parameters,
            31 => Group::Headers,
            32 => Group::ServiceProviders,
            33 => Group::System,
            34 => Group::Accounts,
            35 => Group::Users,
            36 => Group::ContentOperations,
            37 => Group::ContentLookups,
            _ => Group::EditValidation,
        }
    }

    /// The spec of one argument by name.
    pub fn arg(self, name: &str) -> Option<&'static ArgSpec> {
        self.args().iter().find(|spec| spec.name == name)
    }

    /// Whether the message has a `.detailed` form (it takes a required argument).
    pub fn has_detailed_form(self) -> bool {
        self.args()
            .iter()
            .any(|spec| spec.presence == Presence::Required)
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number())
    }
}

impl From<ErrorCode> for u32 {
    fn from(code: ErrorCode) -> u32 {
        code.number()
    }
}

impl TryFrom<u32> for ErrorCode {
    type Error = CatalogError;
    fn try_from(number: u32) -> Result<Self, CatalogError> {
        Self::from_number(number)
    }
}

impl FromStr for ErrorCode {
    type Err = CatalogError;
    /// Parses a number (`31401`) or a message ID (`language-tag-incorrect`).
    fn from_str(text: &str) -> Result<Self, CatalogError> {
        let text = text.trim();
        if text.bytes().all(|b| b.is_ascii_digit()) && !text.is_empty() {
            let number = text
                .parse::<u32>()
                .map_err(|_| CatalogError::NotACode(text.to_owned()))?;
            Self::from_number(number)
        } else if text.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !text.is_empty() {
            Self::from_message_id(text)
        } else {
            Err(CatalogError::NotACode(text.to_owned()))
        }
    }
}

/// The catalog's groups, one per leading two digits. Each group has its own `.ftl` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Group {
    /// 30xxx: request parameters.
    Parameters,
    /// 31xxx: request headers (platform, version, keys, language, tokens, device).
    Headers,
    /// 32xxx: service providers (plugins) and records.
    ServiceProviders,
    /// 33xxx: system and site settings, verify codes, banned words, IP.
    System,
    /// 34xxx: accounts, credentials, connects and wallets.
    Accounts,
    /// 35xxx: users (profiles within an account).
    Users,
    /// 36xxx: roles and content operations.
    ContentOperations,
    /// 37xxx: content lookups (groups, hashtags, posts, comments, files, extends).
    ContentLookups,
    /// 38xxx: edit validation (drafts and submission checks).
    EditValidation,
}

impl Group {
    /// Every group in code order.
    pub const ALL: [Group; 9] = [
        Group::Parameters,
        Group::Headers,
        Group::ServiceProviders,
        Group::System,
        Group::Accounts,
        Group::Users,
        Group::ContentOperations,
        Group::ContentLookups,
        Group::EditValidation,
    ];

    /// A short kebab-case name, used in JSON output.
    pub const fn name(self) -> &'static str {
        match self {
            Group::Parameters => "parameters",
            Group::Headers => "headers",
            Group::ServiceProviders => "service-providers",
            Group::System => "system",
            Group::Accounts => "accounts",
            Group::Users => "users",
            Group::ContentOperations => "content-operations",
            Group::ContentLookups => "content-lookups",
            Group::EditValidation => "edit-validation",
        }
    }

    /// The `.ftl` file (the same in every locale) that holds this group's messages.
    pub const fn file_name(self) -> &'static str {
        match self {
            Group::Parameters => "parameters.ftl",
            Group::Headers => "headers.ftl",
            Group::ServiceProviders => "service-providers.ftl",
            Group::System => "system.ftl",
            Group::Accounts => "accounts.ftl",
            Group::Users => "users.ftl",
            Group::ContentOperations => "content-operations.ftl",
            Group::ContentLookups => "content-lookups.ftl",
            Group::EditValidation => "edit-validation.ftl",
        }
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One argument a message can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ArgSpec {
    /// The Fluent variable name, without `$`.
    pub name: &'static str,
    /// What kind of value it carries.
    pub kind: ArgKind,
    /// Whether it must be given.
    pub presence: Presence,
}

/// The type of an argument's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ArgKind {
    /// A span of time, passed as [`std::time::Duration`] and formatted with `DURATION()`.
    Duration,
    /// A whole number, formatted with the locale's digits and grouping; selects plural variants.
    Count,
    /// A size in bytes, formatted with `SIZE()` (CLDR digital units).
    Bytes,
    /// Plain text, inserted as is.
    Text,
}

impl ArgKind {
    /// A lowercase name for docs and JSON.
    pub const fn name(self) -> &'static str {
        match self {
            ArgKind::Duration => "duration",
            ArgKind::Count => "count",
            ArgKind::Bytes => "bytes",
            ArgKind::Text => "text",
        }
    }
}

/// Whether an argument must be given.
///
/// Fresns itself sends codes without values, so every message renders without arguments: the
/// message's value is the plain text. A message whose code has [`Presence::Required`] arguments
/// also has a `.detailed` attribute, used as soon as the caller passes any argument; then every
/// required argument must be present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Presence {
    /// Required by the `.detailed` form.
    Required,
    /// Optional; this many seconds, units or bytes are used when it is absent. Such arguments
    /// may appear in the message's plain value.
    Default(u64),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_has_220_codes_in_ascending_order() {
        assert_eq!(ErrorCode::ALL.len(), 220);
        assert!(
            ErrorCode::ALL
                .windows(2)
                .all(|w| w[0].number() < w[1].number())
        );
    }

    #[test]
    fn numbers_round_trip_and_unknown_numbers_are_errors() {
        for &code in ErrorCode::ALL {
            assert_eq!(ErrorCode::from_number(code.number()), Ok(code));
            assert_eq!(code.to_string().parse::<ErrorCode>(), Ok(code));
            assert_eq!(code.message_id().parse::<ErrorCode>(), Ok(code));
        }
        assert_eq!(
            ErrorCode::from_number(99999),
            Err(CatalogError::UnknownCode(99999))
        );
        assert!("".parse::<ErrorCode>().is_err());
        assert!("99999999999999999999".parse::<ErrorCode>().is_err());
        assert!("x!".parse::<ErrorCode>().is_err());
    }

    #[test]
    fn message_ids_are_unique_kebab_case_and_match_variant_names() {
        let mut seen = std::collections::HashSet::new();
        for &code in ErrorCode::ALL {
            let id = code.message_id();
            assert!(seen.insert(id), "duplicate id {id}");
            assert!(id.starts_with(|c: char| c.is_ascii_lowercase()), "{id}");
            assert!(
                id.split('-')
                    .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase())),
                "{id} is not kebab-case"
            );
            let camel: String = id
                .split('-')
                .map(|part| {
                    let mut chars = part.chars();
                    chars.next().map_or(String::new(), |first| {
                        first.to_ascii_uppercase().to_string() + chars.as_str()
                    })
                })
                .collect();
            assert_eq!(camel, code.variant_name());
        }
    }

    #[test]
    fn renamed_message_ids_still_parse_to_their_code() {
        // 36118 was `character-limit-reached` before the first release.
        let code = ErrorCode::RoleFollowOrBlockLimit;
        assert_eq!(code.number(), 36118);
        assert_eq!(code.message_id(), "role-follow-or-block-limit");
        assert_eq!(
            ErrorCode::from_message_id("character-limit-reached"),
            Ok(code)
        );
        // The CLI (`resolve`, `sync --accept`) and the HTTP route parse with `FromStr`.
        assert_eq!("character-limit-reached".parse::<ErrorCode>(), Ok(code));
        assert_eq!(" character-limit-reached ".parse::<ErrorCode>(), Ok(code));
        assert_eq!("role-follow-or-block-limit".parse::<ErrorCode>(), Ok(code));
        for &(old, code) in ErrorCode::RENAMED_MESSAGE_IDS {
            assert_eq!(old.parse::<ErrorCode>(), Ok(code));
            assert_ne!(old, code.message_id());
            // An old ID never shadows a current one.
            assert!(
                ErrorCode::ALL.iter().all(|c| c.message_id() != old),
                "{old}"
            );
        }
        assert_eq!(
            "character-limit".parse::<ErrorCode>(),
            Err(CatalogError::UnknownMessageId("character-limit".to_owned()))
        );
    }

    #[test]
    fn groups_follow_the_leading_digits() {
        assert_eq!(ErrorCode::LanguageTagIncorrect.group(), Group::Headers);
        assert_eq!(ErrorCode::CommentDisabled.group(), Group::EditValidation);
        for &code in ErrorCode::ALL {
            let index = Group::ALL.iter().position(|g| *g == code.group());
            assert_eq!(index, Some(code.number() as usize / 1000 - 30));
        }
    }
}
