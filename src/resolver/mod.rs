//! The resolver: picks each message from the fallback chain and formats it.

mod chain;
mod loaded;
mod regional;

use std::borrow::Cow;
use std::path::Path;

use icu_locale::{Locale, LocaleDirectionality};

use crate::catalog::{DETAILED_ATTRIBUTE, ErrorCode, MAX_ARGS};
use crate::check::Diagnostic;
use crate::format;
use crate::format::args::{self, ArgError, Args, Form};
use crate::format::compiled::{self, Arg, Compiled};
use crate::negotiate::{self, Candidate, Matcher, TagError};
use crate::resources::pseudo::Pseudo;
use crate::resources::{self, DEFAULT_LOCALE, LoadError, LocaleSet};

use chain::ChainCache;
use loaded::{LoadedLocale, Prepared};
use regional::{Regional, RegionalFormats};

pub use chain::FallbackChain;

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
    matcher: Matcher,
    default: usize,
    diagnostics: Vec<Diagnostic>,
    origin: String,
    chains: ChainCache,
    regional: RegionalFormats,
}

impl std::fmt::Debug for Resolver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Resolver")
            .field("origin", &self.origin)
            .field("locales", &self.locales().collect::<Vec<_>>())
            .field("diagnostics", &self.diagnostics.len())
            .finish_non_exhaustive()
    }
}

/// A resolved message.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Resolved<'a> {
    /// The code asked for (its message ID is `code.message_id()`).
    pub code: ErrorCode,
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
        let directionality = LocaleDirectionality::new_extended();
        // Each locale is parsed and compiled on its own, so the work is spread over the cores.
        let built = resources::par_map(&set.locales, |source| {
            let mut findings = crate::check::Findings::default();
            let parsed = resources::parse_locale(source, &mut findings);
            let (mut found, _suppressed) = findings.finish();
            let locale = locale_for_dir(&source.tag, set, &mut found).and_then(|icu| {
                let built =
                    LoadedLocale::build(&icu, source, Some(&parsed), None, &directionality)?;
                Some((icu, built))
            });
            (locale, found)
        });
        let mut diagnostics = Vec::new();
        let mut loaded = Vec::with_capacity(built.len() + Pseudo::ALL.len());
        let mut candidates = Vec::with_capacity(built.len() + Pseudo::ALL.len());
        for (locale, mut found) in built {
            diagnostics.append(&mut found);
            if let Some((icu, built)) = locale {
                candidates.push(Candidate::new(icu.id.clone(), false));
                loaded.push(built);
            }
        }
        let en = set.locales.iter().find(|l| l.tag == DEFAULT_LOCALE);
        for pseudo in Pseudo::ALL {
            if loaded.iter().any(|l| l.tag == pseudo.tag()) {
                continue; // a real folder with that tag wins
            }
            let (Ok(icu), Some(en)) = (Locale::try_from_str(pseudo.tag()), en) else {
                continue;
            };
            let Some(built) = LoadedLocale::build(&icu, en, None, Some(pseudo), &directionality)
            else {
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
            matcher: Matcher::new(&candidates),
            candidates,
            default,
            diagnostics,
            origin: set.origin().to_owned(),
            chains: ChainCache::new(),
            regional: RegionalFormats::new(),
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

    /// Each loaded locale's tag and file texts.
    #[cfg(feature = "server")]
    pub(crate) fn sources(&self) -> impl Iterator<Item = (&str, impl Iterator<Item = &str>)> {
        self.locales.iter().map(|locale| {
            (
                locale.tag.as_str(),
                locale.sources.iter().map(|text| text.as_ref()),
            )
        })
    }

    /// The available locale tags, in canonical form.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| l.tag.as_str())
    }

    /// Each locale's tag with whether its text runs right to left and whether it is a
    /// pseudo-locale made from `en`, as loaded: for front ends that lay locales out.
    #[cfg(feature = "server")]
    pub(crate) fn locale_layouts(&self) -> impl Iterator<Item = (&str, bool, bool)> {
        self.locales
            .iter()
            .map(|l| (l.tag.as_str(), l.right_to_left(), l.pseudo.is_some()))
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
        let key = self.chains.key(header);
        if let Some(chain) = key.and_then(|key| self.chains.get(key)) {
            return chain;
        }
        let (ranges, excluded) = negotiate::parse_accept_language(header);
        let chain = self.chain_for(&ranges, &excluded);
        if let Some(key) = key {
            self.chains.put(key, chain);
        }
        chain
    }

    /// The chain with only the default locale, `en`.
    pub fn default_chain(&self) -> FallbackChain {
        FallbackChain::new(&[(self.default, 0)], self.default)
    }

    fn chain_for(
        &self,
        ranges: &[negotiate::Range],
        excluded: &[negotiate::Range],
    ) -> FallbackChain {
        let found = negotiate::chain(
            ranges,
            excluded,
            &self.matcher,
            &self.candidates,
            self.default,
        );
        let mut entries = [(0, 0); crate::limits::MAX_CHAIN];
        for (entry, &(index, request)) in entries.iter_mut().zip(found.entries()) {
            let slot = request
                .zip(self.candidates.get(index))
                .and_then(|(request, candidate)| {
                    negotiate::formatting_locale(request, candidate, &self.matcher)
                })
                .zip(self.locales.get(index))
                .map_or(0, |(format, text)| {
                    self.regional.slot_for(index, text, format)
                });
            *entry = (index, slot);
        }
        let entries = entries.get(..found.entries().len()).unwrap_or_default();
        FallbackChain::new(entries, self.default)
    }

    /// The tag of the CLDR locale whose data formats values (numbers, plural categories,
    /// durations, sizes) where `text_locale`, a tag of the chain such as
    /// [`Resolved::locale`], supplies the text: the request's own where it has the same
    /// language and script and CLDR formats it differently (`es-MX` for `es`, `de-CH` for `de`,
    /// `pt-PT` for `pt`), else `text_locale` itself.
    ///
    /// ```
    /// use fresns_i18n::{Args, ErrorCode, Resolver};
    ///
    /// let resolver = Resolver::embedded()?;
    /// let chain = resolver.negotiate_tag("de-CH")?;
    /// let args = Args::new().with("max", 1_000_000);
    /// let message = resolver.resolve(ErrorCode::ContentLengthExceeded, &chain, &args)?;
    /// assert_eq!(message.locale, "de");
    /// assert_eq!(resolver.format_locale(&chain, message.locale), "de-CH");
    /// assert!(message.text.contains("1'000'000"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn format_locale<'a>(&'a self, chain: &FallbackChain, text_locale: &'a str) -> &'a str {
        chain
            .entries()
            .find(|&(index, _)| {
                self.locales
                    .get(index)
                    .is_some_and(|l| l.tag == text_locale)
            })
            .and_then(|(_, slot)| self.regional.get(slot))
            .map_or(text_locale, |regional| regional.tag.as_str())
    }

    /// The locale at `index` and the regional formatting locale of `slot`, if any.
    #[inline]
    fn entry(&self, index: usize, slot: u16) -> Option<(&LoadedLocale, Option<&Regional>)> {
        let locale = self.locales.get(index)?;
        let regional = if slot == 0 {
            None
        } else {
            self.regional.get(slot)
        };
        Some((locale, regional))
    }

    /// The tags of a chain, best first.
    pub fn chain_tags<'a>(&'a self, chain: &FallbackChain) -> Vec<&'a str> {
        chain
            .indices()
            .filter_map(|index| self.locales.get(index))
            .map(|l| l.tag.as_str())
            .collect()
    }

    /// Resolves `code` along `chain` with `args`.
    ///
    /// With no arguments this is the message's plain text (Fresns's own text in `en`). With
    /// arguments it is the `.detailed` form, and every required argument must be given. A
    /// message that is missing or broken in one locale comes from the next in the chain.
    #[inline]
    pub fn resolve(
        &self,
        code: ErrorCode,
        chain: &FallbackChain,
        args: &Args,
    ) -> Result<Resolved<'_>, ResolveError> {
        if args.is_empty()
            && let Some((locale, text)) = self.plain_hit(code, chain)
        {
            // Built here, in the return slot: going through an `Option<Resolved>` made the
            // compiler copy the value twice, which cost more than the lookup.
            return Ok(Resolved::new(code, locale, Cow::Borrowed(text), Vec::new()));
        }
        self.resolve_general(code, chain, args)
    }

    /// The common case, kept small enough to inline: no arguments, and the first locale that
    /// has the message holds it as plain text, returned with that locale's tag. Anything else
    /// returns `None` and takes the general path, which gives the same answer for this case.
    #[inline(always)]
    fn plain_hit(&self, code: ErrorCode, chain: &FallbackChain) -> Option<(&str, &str)> {
        // The first locale of the chain has the text in the binary: one load.
        if let Some(locale) = chain.indices().next().and_then(|i| self.locales.get(i))
            && let Some(text) = locale.static_plain(code.index())
        {
            return Some((&locale.tag, text));
        }
        self.plain_fallback(code, chain)
    }

    /// [`Resolver::plain_hit`] past the first locale, or for text not in the binary.
    #[inline(never)]
    fn plain_fallback(&self, code: ErrorCode, chain: &FallbackChain) -> Option<(&str, &str)> {
        for index in chain.indices().chain(std::iter::once(self.default)) {
            let locale = self.locales.get(index)?;
            match locale.forms().get(code.index()).map(|forms| &forms[0]) {
                Some(Prepared::Absent) => continue,
                Some(Prepared::Compiled(Compiled::Static(text))) => {
                    return Some((&locale.tag, LoadedLocale::text_in(&locale.sources, text)?));
                }
                _ => return None,
            }
        }
        None
    }

    fn resolve_general(
        &self,
        code: ErrorCode,
        chain: &FallbackChain,
        args: &Args,
    ) -> Result<Resolved<'_>, ResolveError> {
        // No arguments is always the plain form: nothing to validate.
        let form = if args.is_empty() {
            Form::Plain
        } else {
            args::validate(code, args)?
        };
        let slot = match form {
            Form::Plain => 0,
            Form::Detailed => 1,
        };
        // Argument values by position, gathered only if a pattern needs them.
        let values = || {
            let mut values = [None; MAX_ARGS];
            for (value, spec) in values.iter_mut().zip(code.args()) {
                *value = args
                    .get(spec.name)
                    .map(Arg::from_value)
                    .or_else(|| Arg::default_for(spec));
            }
            values
        };
        let id = code.message_id();
        let mut problems = Vec::new();
        for (index, format) in chain.entries().chain(std::iter::once((self.default, 0))) {
            let Some((locale, regional)) = self.entry(index, format) else {
                continue;
            };
            let formatters = regional.map_or(&locale.formatters, |r| &r.formatters);
            let prepared = locale
                .forms()
                .get(code.index())
                .and_then(|forms| forms.get(slot));
            match prepared {
                None | Some(Prepared::Absent) => continue,
                Some(Prepared::Compiled(Compiled::Static(text))) => {
                    // Emptiness was ruled out when the pattern was compiled.
                    if let Some(text) = LoadedLocale::text_in(&locale.sources, text) {
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
                    if compiled::format(nodes, &values(), formatters, &locale.sources, &mut out)
                        .is_some()
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
            match self.resolve_with_fluent(locale, regional, code, form, args) {
                Ok(text) => {
                    return Ok(Resolved::new(code, &locale.tag, text, problems));
                }
                Err(problem) => problems.push(problem),
            }
        }
        Err(ResolveError::NoMessage { code, id })
    }

    /// Formats one locale's message with fluent-bundle itself.
    fn resolve_with_fluent<'a>(
        &'a self,
        locale: &'a LoadedLocale,
        regional: Option<&'a Regional>,
        code: ErrorCode,
        form: Form,
        args: &Args,
    ) -> Result<Cow<'a, str>, FormatProblem> {
        let id = code.message_id();
        let problem = |message: String| FormatProblem {
            locale: locale.tag.clone(),
            message,
        };
        let bundle = match regional {
            Some(regional) => regional.bundle(locale),
            None => locale.bundle(),
        }
        .ok_or_else(|| problem(format!("no bundle for `{}`", locale.tag)))?;
        let message = bundle
            .get_message(id)
            .ok_or_else(|| problem(format!("`{id}` is missing")))?;
        let pattern = match form {
            Form::Plain => message.value(),
            Form::Detailed => message.get_attribute(DETAILED_ATTRIBUTE).map(|a| a.value()),
        }
        .ok_or_else(|| problem(format!("`{id}` lacks this form")))?;
        let fluent_args = format::to_fluent_args(code, args);
        let mut errors = Vec::new();
        let (text, failed) = format::catch_failed_function(|| {
            bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors)
        });
        if let Some(function) = failed {
            return Err(problem(format!(
                "`{id}`: {function}() cannot format its value with these options"
            )));
        }
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
        for (index, slot) in chain.entries().chain(std::iter::once((self.default, 0))) {
            let Some((locale, regional)) = self.entry(index, slot) else {
                continue;
            };
            match self.resolve_with_fluent(locale, regional, code, form, args) {
                Ok(text) => {
                    return Ok(Resolved::new(code, &locale.tag, text, problems));
                }
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

/// Parses a locale folder's name as a tag; a folder that is not one becomes a diagnostic.
fn locale_for_dir(
    name: &str,
    set: &LocaleSet,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Locale> {
    match negotiate::parse_tag(name) {
        Ok(locale) => Some(locale),
        Err(err) => {
            diagnostics.push(Diagnostic::not_a_tag(name, set.origin(), &err));
            None
        }
    }
}
