//! The resolver: picks each message from the fallback chain and formats it.

use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use icu_locale::{Locale, LocaleDirectionality};

use crate::catalog::ErrorCode;
use crate::format::args::{self, ArgError, Args, Form};
use crate::format::compiled::{self, Arg, Compiled};
use crate::format::{self, LocaleFormatters};
use crate::locales::pseudo::Pseudo;
use crate::locales::{self, Check, DEFAULT_LOCALE, Diagnostic, LoadError, LocaleSet, Severity};
use crate::negotiate::{self, Candidate, TagError};

/// The most arguments any code takes; the catalog test keeps this true.
pub(crate) const MAX_ARGS: usize = 4;

/// The attribute that holds a message's form with values filled in.
pub const DETAILED_ATTRIBUTE: &str = "detailed";

/// Resolves error-code messages in the best available language.
///
/// Build it once and share it: it is `Send + Sync`, and lookups take `&self`.
///
/// ```
/// use fresns_i18n::{Args, ErrorCode, Resolver};
/// use std::time::Duration;
///
/// let resolver = Resolver::embedded()?;
/// let chain = resolver.negotiate_accept_language("fr-CA, en;q=0.5");
/// let message = resolver.resolve(
///     ErrorCode::LoginAttemptsExceeded,
///     &chain,
///     &Args::new().with("wait", Duration::from_secs(7200)),
/// )?;
/// assert!(message.text.ends_with("2 hours later") || message.locale != "en");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Resolver {
    locales: Vec<LoadedLocale>,
    candidates: Vec<Candidate>,
    default: usize,
    diagnostics: Vec<Diagnostic>,
    origin: String,
}

struct LoadedLocale {
    tag: String,
    bundle: FluentBundle<FluentResource>,
    pseudo: Option<Pseudo>,
    formatters: Arc<LocaleFormatters>,
    /// Per catalog code (by [`ErrorCode::index`]): the plain and `.detailed` forms.
    forms: Box<[[Prepared; 2]]>,
}

/// How one form of one message is resolved in one locale.
enum Prepared {
    /// The locale lacks it.
    Absent,
    /// Compiled at load time.
    Compiled(Compiled),
    /// Left to fluent-bundle (references, named function arguments, …).
    Fluent,
}

/// The locales to try, best first; always ends in `en`. Made by a [`Resolver`] and only
/// meaningful for that resolver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FallbackChain {
    locales: Vec<usize>,
}

/// A resolved message.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Resolved<'a> {
    /// The code asked for.
    pub code: ErrorCode,
    /// Its stable message ID.
    pub id: &'static str,
    /// The tag of the locale that supplied the text.
    pub locale: &'a str,
    /// The message text.
    pub text: Cow<'a, str>,
    /// Non-fatal problems met on the way, e.g. a broken translation that was skipped.
    pub problems: Vec<FormatProblem>,
}

/// A non-fatal problem: a locale's message could not be used, so the next one was tried.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FormatProblem {
    /// The locale whose message was skipped.
    pub locale: String,
    /// What went wrong.
    pub message: String,
}

/// Errors from resolving a message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ResolveError {
    /// The arguments do not fit the code.
    #[error(transparent)]
    Args(#[from] ArgError),
    /// No locale in the chain, not even `en`, has a usable message (only possible with a
    /// locales directory whose `en` is incomplete or broken).
    #[error(
        "no locale has a usable message `{id}` for code {code}; run `fresns-i18n check` on the locales directory"
    )]
    NoMessage {
        /// The code asked for.
        code: ErrorCode,
        /// Its message ID.
        id: &'static str,
    },
}

impl<'a> Resolved<'a> {
    fn new(
        code: ErrorCode,
        locale: &'a str,
        text: Cow<'a, str>,
        problems: Vec<FormatProblem>,
    ) -> Self {
        Resolved {
            code,
            id: code.message_id(),
            locale,
            text,
            problems,
        }
    }
}

impl ResolveError {
    /// The catalog code that describes this error, where one fits.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ResolveError::Args(err) => Some(err.code()),
            ResolveError::NoMessage { .. } => None,
        }
    }
}

impl Resolver {
    /// A resolver over the locales compiled into the binary.
    pub fn embedded() -> Result<Self, LoadError> {
        Self::from_set(&LocaleSet::embedded())
    }

    /// A resolver over `<dir>/<tag>/*.ftl` (for translators' working copies).
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Self, LoadError> {
        Self::from_set(&LocaleSet::from_dir(dir)?)
    }

    /// A resolver over a loaded set. Problems in the files are kept in
    /// [`Resolver::diagnostics`]; broken entries fall back to the next locale at run time.
    pub fn from_set(set: &LocaleSet) -> Result<Self, LoadError> {
        let (parsed, mut diagnostics) = locales::parse(set);
        let directionality = LocaleDirectionality::new_extended();
        let mut loaded = Vec::with_capacity(parsed.len());
        let mut candidates = Vec::with_capacity(parsed.len());
        for locale in parsed {
            let Some(icu) = locale_for_dir(&locale.tag, set, &mut diagnostics) else {
                continue;
            };
            let Some(built) = LoadedLocale::build(
                icu.id.to_string(),
                &icu,
                locale.resources,
                None,
                &directionality,
            ) else {
                continue;
            };
            candidates.push(Candidate::new(icu.id.clone(), false));
            loaded.push(built);
        }
        for pseudo in Pseudo::ALL {
            if loaded.iter().any(|l| l.tag == pseudo.tag()) {
                continue; // a real folder with that tag wins
            }
            let (Ok(icu), Some(en)) = (
                Locale::try_from_str(pseudo.tag()),
                set.locales.iter().find(|l| l.tag == DEFAULT_LOCALE),
            ) else {
                continue;
            };
            // `en`'s problems were reported already; broken entries are skipped here too.
            let resources = en
                .files
                .iter()
                .map(|file| {
                    FluentResource::try_new(file.text.clone())
                        .unwrap_or_else(|(partial, _)| partial)
                })
                .collect();
            let Some(built) = LoadedLocale::build(
                pseudo.tag().to_owned(),
                &icu,
                resources,
                Some(pseudo),
                &directionality,
            ) else {
                continue;
            };
            candidates.push(Candidate::new(icu.id.clone(), true));
            loaded.push(built);
        }
        let default = loaded
            .iter()
            .position(|l| l.tag == DEFAULT_LOCALE)
            .ok_or_else(|| LoadError::MissingDefaultLocale {
                origin: set.origin().to_owned(),
            })?;
        Ok(Resolver {
            locales: loaded,
            candidates,
            default,
            diagnostics,
            origin: set.origin().to_owned(),
        })
    }

    /// Problems found while loading: syntax errors, duplicate IDs, encoding, bad folder names.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Where the locales came from.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The available locale tags, in canonical form.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| l.tag.as_str())
    }

    /// The chain for an explicit tag, as sent in `X-Fresns-Client-Lang-Tag`. Strict: a
    /// malformed tag is an error with code 31401. A well-formed tag with no matching locale
    /// gets `en`.
    pub fn negotiate_tag(&self, tag: &str) -> Result<FallbackChain, TagError> {
        let locale = negotiate::parse_tag(tag)?;
        let ranges = [negotiate::Range::Tag(locale.id)];
        Ok(self.chain_for(&ranges, &[]))
    }

    /// The chain for an `Accept-Language` header. Lenient: never fails (see the crate docs
    /// for the rules).
    pub fn negotiate_accept_language(&self, header: &str) -> FallbackChain {
        let (ranges, excluded) = negotiate::parse_accept_language(header);
        self.chain_for(&ranges, &excluded)
    }

    /// The chain with only the default locale, `en`.
    pub fn default_chain(&self) -> FallbackChain {
        FallbackChain {
            locales: vec![self.default],
        }
    }

    fn chain_for(
        &self,
        ranges: &[negotiate::Range],
        excluded: &[negotiate::Range],
    ) -> FallbackChain {
        FallbackChain {
            locales: negotiate::chain(ranges, excluded, &self.candidates, self.default),
        }
    }

    /// The tags of a chain, best first.
    pub fn chain_tags<'a>(&'a self, chain: &FallbackChain) -> Vec<&'a str> {
        chain
            .locales
            .iter()
            .filter_map(|&index| self.locales.get(index))
            .map(|l| l.tag.as_str())
            .collect()
    }

    /// Resolves `code` along `chain` with `args`.
    ///
    /// With no arguments this is the message's plain text (Fresns's own text in `en`). With
    /// arguments it is the `.detailed` form, and every required argument must be given. A
    /// message that is missing or broken in one locale comes from the next in the chain.
    pub fn resolve(
        &self,
        code: ErrorCode,
        chain: &FallbackChain,
        args: &Args,
    ) -> Result<Resolved<'_>, ResolveError> {
        let form = args::validate(code, args)?;
        let slot = match form {
            Form::Plain => 0,
            Form::Detailed => 1,
        };
        let mut values = [None; MAX_ARGS];
        for (value, spec) in values.iter_mut().zip(code.args()) {
            *value = args
                .get(spec.name)
                .map(Arg::from_value)
                .or_else(|| Arg::default_for(spec));
        }
        let id = code.message_id();
        let mut problems = Vec::new();
        let tail = std::iter::once(self.default);
        for index in chain.locales.iter().copied().chain(tail) {
            let Some(locale) = self.locales.get(index) else {
                continue;
            };
            let prepared = locale
                .forms
                .get(code.index())
                .and_then(|forms| forms.get(slot));
            match prepared {
                None | Some(Prepared::Absent) => continue,
                Some(Prepared::Compiled(Compiled::Static(text))) => {
                    if !text.trim().is_empty() {
                        return Ok(Resolved::new(
                            code,
                            &locale.tag,
                            Cow::Borrowed(text),
                            problems,
                        ));
                    }
                }
                Some(Prepared::Compiled(Compiled::Nodes(nodes))) => {
                    let mut out = String::with_capacity(96);
                    if compiled::format(nodes, &values, &locale.formatters, &mut out).is_some()
                        && !out.trim().is_empty()
                    {
                        let text = match locale.pseudo {
                            Some(pseudo) => pseudo.frame(&out),
                            None => out,
                        };
                        return Ok(Resolved::new(code, &locale.tag, Cow::Owned(text), problems));
                    }
                }
                Some(Prepared::Fluent) => {}
            }
            // The general path: fluent-bundle, which also explains what went wrong.
            match self.resolve_with_fluent(locale, code, form, args) {
                Ok(text) => return Ok(Resolved::new(code, &locale.tag, text, problems)),
                Err(problem) => problems.push(problem),
            }
        }
        Err(ResolveError::NoMessage { code, id })
    }

    /// Formats one locale's message with fluent-bundle itself.
    fn resolve_with_fluent<'a>(
        &'a self,
        locale: &'a LoadedLocale,
        code: ErrorCode,
        form: Form,
        args: &Args,
    ) -> Result<Cow<'a, str>, FormatProblem> {
        let id = code.message_id();
        let problem = |message: String| FormatProblem {
            locale: locale.tag.clone(),
            message,
        };
        let message = locale
            .bundle
            .get_message(id)
            .ok_or_else(|| problem(format!("`{id}` is missing")))?;
        let pattern = match form {
            Form::Plain => message.value(),
            Form::Detailed => message.get_attribute(DETAILED_ATTRIBUTE).map(|a| a.value()),
        }
        .ok_or_else(|| problem(format!("`{id}` lacks this form")))?;
        let fluent_args = format::to_fluent_args(code, args);
        let mut errors = Vec::new();
        let text = locale
            .bundle
            .format_pattern(pattern, fluent_args.as_ref(), &mut errors);
        if !errors.is_empty() {
            let detail: Vec<_> = errors.iter().map(ToString::to_string).collect();
            return Err(problem(detail.join("; ")));
        }
        if text.trim().is_empty() {
            return Err(problem(format!("`{id}` is empty")));
        }
        Ok(match locale.pseudo {
            Some(pseudo) => Cow::Owned(pseudo.frame(&text)),
            None => text,
        })
    }

    /// Formats with fluent-bundle only, skipping the compiled forms: the reference the fast
    /// path is tested against.
    #[doc(hidden)]
    pub fn resolve_reference(
        &self,
        code: ErrorCode,
        chain: &FallbackChain,
        args: &Args,
    ) -> Result<Resolved<'_>, ResolveError> {
        let form = args::validate(code, args)?;
        let mut problems = Vec::new();
        for index in chain
            .locales
            .iter()
            .copied()
            .chain(std::iter::once(self.default))
        {
            let Some(locale) = self.locales.get(index) else {
                continue;
            };
            match self.resolve_with_fluent(locale, code, form, args) {
                Ok(text) => return Ok(Resolved::new(code, &locale.tag, text, problems)),
                Err(problem) => problems.push(problem),
            }
        }
        Err(ResolveError::NoMessage {
            code,
            id: code.message_id(),
        })
    }

    /// The plain text of `code` in the chain's best language, or its ID if even `en` lacks it.
    /// Used to word errors such as 31401 in the user's language.
    pub fn plain_text(&self, code: ErrorCode, chain: &FallbackChain) -> Cow<'_, str> {
        self.resolve(code, chain, &Args::new())
            .map_or(Cow::Borrowed(code.message_id()), |resolved| resolved.text)
    }
}

impl LoadedLocale {
    /// A bundle for one locale with the resolver's functions, bidi isolation only for
    /// right-to-left scripts, the pseudo-locale transform where there is one, and every
    /// catalog message compiled where its shape allows.
    fn build(
        tag: String,
        icu: &Locale,
        resources: Vec<FluentResource>,
        pseudo: Option<Pseudo>,
        directionality: &LocaleDirectionality,
    ) -> Option<LoadedLocale> {
        let unic = icu
            .id
            .to_string()
            .parse::<unic_langid::LanguageIdentifier>()
            .ok()?;
        let mut bundle = FluentBundle::new_concurrent(vec![unic]);
        // Isolation marks only where they help: around placeables in right-to-left text.
        let isolating = directionality.is_right_to_left(&icu.id);
        bundle.set_use_isolating(isolating);
        let transform = pseudo.map(Pseudo::transform);
        bundle.set_transform(transform);
        let formatters = Arc::new(LocaleFormatters::new(icu.clone()));
        format::install(&mut bundle, &formatters);
        for resource in resources {
            // Duplicates were reported by `locales::parse`; the first definition wins.
            let _ = bundle.add_resource(resource);
        }
        let prepare =
            |pattern: Option<&fluent_syntax::ast::Pattern<&str>>, code: ErrorCode| match pattern {
                None => Prepared::Absent,
                Some(pattern) => {
                    match compiled::compile(pattern, code.args(), isolating, transform) {
                        Some(Compiled::Static(text)) => {
                            Prepared::Compiled(Compiled::Static(match pseudo {
                                Some(pseudo) => pseudo.frame(&text).into(),
                                None => text,
                            }))
                        }
                        Some(nodes) => Prepared::Compiled(nodes),
                        None => Prepared::Fluent,
                    }
                }
            };
        let forms = ErrorCode::ALL
            .iter()
            .map(|&code| match bundle.get_message(code.message_id()) {
                None => [Prepared::Absent, Prepared::Absent],
                Some(message) => [
                    prepare(message.value(), code),
                    prepare(
                        message.get_attribute(DETAILED_ATTRIBUTE).map(|a| a.value()),
                        code,
                    ),
                ],
            })
            .collect();
        Some(LoadedLocale {
            tag,
            bundle,
            pseudo,
            formatters,
            forms,
        })
    }
}

/// Parses a locale folder's name as a tag; a folder that is not one becomes a diagnostic.
fn locale_for_dir(
    name: &str,
    set: &LocaleSet,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Locale> {
    match negotiate::parse_tag(name) {
        Ok(locale) => Some(locale),
        Err(err) => {
            diagnostics.push(Diagnostic {
                severity: Severity::Error,
                check: Check::LocaleDir,
                locale: name.to_owned(),
                file: format!("{name}/"),
                line: 1,
                column: 1,
                id: None,
                message: format!(
                    "folder `{name}` under {} is not a language tag, so it is not loaded: {err}",
                    set.origin()
                ),
                source_line: String::new(),
                width: 1,
            });
            None
        }
    }
}

impl FallbackChain {
    /// How many locales the chain has.
    pub fn len(&self) -> usize {
        self.locales.len()
    }

    /// Always false: a chain ends in `en`.
    pub fn is_empty(&self) -> bool {
        self.locales.is_empty()
    }
}
