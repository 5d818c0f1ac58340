//! One loaded locale: its files, its messages compiled per catalog code, and its fluent-bundle.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use icu_locale::{Locale, LocaleDirectionality};

use crate::catalog::{DETAILED_ATTRIBUTE, ErrorCode};
use crate::format::compiled::{self, Compiled, Text};
use crate::format::{self, LocaleFormatters};
use crate::resources::pseudo::Pseudo;
use crate::resources::{LocaleSource, ParsedFile, ParsedLocale};

pub(crate) struct LoadedLocale {
    pub(crate) tag: String,
    /// The locale's files: borrowed from the binary for the embedded set.
    pub(crate) sources: Box<[Cow<'static, str>]>,
    pub(crate) pseudo: Option<Pseudo>,
    isolating: bool,
    pub(crate) formatters: Arc<LocaleFormatters>,
    /// Per catalog code (by [`ErrorCode::index`]): the plain and `.detailed` forms.
    forms: OnceLock<Box<[[Prepared; 2]]>>,
    /// Per catalog code: the plain text when it is final text in the binary (the embedded
    /// set), so the most common lookup is one load; `None` sends it through `forms`.
    static_plain: Box<[Option<&'static str>]>,
    /// fluent-bundle over the same files, built on first need: for patterns that do not
    /// compile, and to explain why a message could not be used.
    bundle: OnceLock<Option<FluentBundle<Arc<FluentResource>>>>,
    /// The files parsed for fluent-bundle, shared by this bundle and the regional ones.
    resources: OnceLock<Box<[Arc<FluentResource>]>>,
    /// [`LocaleFormatters::fingerprint`] of this locale's own formatters.
    fingerprint: OnceLock<Option<String>>,
}

/// How one form of one message is resolved in one locale.
pub(crate) enum Prepared {
    /// The locale lacks it.
    Absent,
    /// Compiled at load time.
    Compiled(Compiled),
    /// Left to fluent-bundle (references, named function arguments, empty text, …).
    Fluent,
}

impl LoadedLocale {
    /// A locale over `source`'s files (with `pseudo`, `en`'s files transformed), compiled now
    /// from `parsed` or, without it, on first use: pseudo-locales, which only testers ask for.
    pub(crate) fn build(
        icu: &Locale,
        source: &LocaleSource,
        parsed: Option<&ParsedLocale<'_>>,
        pseudo: Option<Pseudo>,
        directionality: &LocaleDirectionality,
    ) -> Option<LoadedLocale> {
        let locale = LoadedLocale {
            tag: pseudo.map_or_else(|| icu.id.to_string(), |p| p.tag().to_owned()),
            sources: source.files.iter().map(|f| f.text.clone()).collect(),
            pseudo,
            // Isolation marks only where they help: around placeables in right-to-left text.
            isolating: directionality.is_right_to_left(&icu.id),
            formatters: Arc::new(LocaleFormatters::new(icu.clone())),
            forms: OnceLock::new(),
            static_plain: Box::default(),
            bundle: OnceLock::new(),
            resources: OnceLock::new(),
            fingerprint: OnceLock::new(),
        };
        let mut locale = locale;
        if let Some(parsed) = parsed {
            let forms = locale.compile(parsed);
            let sources = &locale.sources;
            locale.static_plain = forms
                .iter()
                .map(|[plain, _]| match plain {
                    Prepared::Compiled(Compiled::Static(Text::Static(text))) => Some(*text),
                    Prepared::Compiled(Compiled::Static(Text::Span { file, start, end })) => {
                        match sources.get(usize::from(*file))? {
                            Cow::Borrowed(source) => source.get(*start as usize..*end as usize),
                            Cow::Owned(_) => None,
                        }
                    }
                    _ => None,
                })
                .collect();
            let _ = locale.forms.set(forms);
        }
        Some(locale)
    }

    /// Whether the locale's text runs right to left (and so gets isolation marks).
    #[cfg(feature = "server")]
    pub(crate) fn right_to_left(&self) -> bool {
        self.isolating
    }

    /// The plain text of the code at `index` when it is final text in the binary.
    #[inline(always)]
    pub(crate) fn static_plain(&self, index: usize) -> Option<&'static str> {
        self.static_plain.get(index).copied().flatten()
    }

    /// The compiled forms, compiling them from the sources on first use if need be.
    #[inline]
    pub(crate) fn forms(&self) -> &[[Prepared; 2]] {
        match self.forms.get() {
            Some(forms) => forms,
            None => self.compile_forms(),
        }
    }

    /// Kept out of line so that the lookup above stays small enough to inline.
    #[cold]
    fn compile_forms(&self) -> &[[Prepared; 2]] {
        self.forms.get_or_init(|| {
            let files = self
                .sources
                .iter()
                .map(|text| {
                    let resource = fluent_syntax::parser::parse(text.as_ref())
                        .unwrap_or_else(|(partial, _)| partial);
                    ParsedFile::new(text, "", resource)
                })
                .collect();
            self.compile(&ParsedLocale { files })
        })
    }

    /// Compiles every catalog message where its shape allows.
    fn compile(&self, parsed: &ParsedLocale<'_>) -> Box<[[Prepared; 2]]> {
        let transform = self.pseudo.map(Pseudo::transform);
        let messages = parsed.messages();
        ErrorCode::ALL
            .iter()
            .map(|&code| {
                let Some(&(file, message)) = messages.get(code.message_id()) else {
                    return [Prepared::Absent, Prepared::Absent];
                };
                // Text is kept as a span of the source, which `self.sources` holds too.
                let text_of = |part: &str| {
                    let base = parsed.files.get(file)?.text;
                    let start = (part.as_ptr() as usize).checked_sub(base.as_ptr() as usize)?;
                    let end = start + part.len();
                    if end > base.len() {
                        return None;
                    }
                    // Text in the binary needs no indirection at all.
                    if let Some(Cow::Borrowed(binary)) = self.sources.get(file) {
                        return binary.get(start..end).map(Text::Static);
                    }
                    Some(Text::Span {
                        file: u16::try_from(file).ok()?,
                        start: u32::try_from(start).ok()?,
                        end: u32::try_from(end).ok()?,
                    })
                };
                let prepare = |pattern: Option<&fluent_syntax::ast::Pattern<&str>>| {
                    let Some(pattern) = pattern else {
                        return Prepared::Absent;
                    };
                    match compiled::compile(
                        pattern,
                        code.args(),
                        self.isolating,
                        transform,
                        &text_of,
                    ) {
                        Some(Compiled::Static(text)) => {
                            let framed = match (self.pseudo, &text) {
                                (Some(pseudo), Text::Owned(inner)) => {
                                    Text::Owned(pseudo.frame(inner).into())
                                }
                                _ => text,
                            };
                            match Self::text_in(&self.sources, &framed) {
                                Some(t) if !t.trim().is_empty() => {
                                    Prepared::Compiled(Compiled::Static(framed))
                                }
                                _ => Prepared::Fluent,
                            }
                        }
                        Some(nodes) => Prepared::Compiled(nodes),
                        None => Prepared::Fluent,
                    }
                };
                let detailed = message
                    .attributes
                    .iter()
                    .find(|a| a.id.name == DETAILED_ATTRIBUTE)
                    .map(|a| &a.value);
                [prepare(message.value.as_ref()), prepare(detailed)]
            })
            .collect()
    }

    /// The text a compiled [`Text`] stands for.
    #[inline]
    pub(crate) fn text_in<'a>(sources: &'a [Cow<'static, str>], text: &'a Text) -> Option<&'a str> {
        match text {
            Text::Static(text) => Some(text),
            Text::Owned(owned) => Some(owned),
            Text::Span { file, start, end } => sources
                .get(usize::from(*file))?
                .get(*start as usize..*end as usize),
        }
    }

    /// fluent-bundle over this locale's files, with the resolver's functions.
    pub(crate) fn bundle(&self) -> Option<&FluentBundle<Arc<FluentResource>>> {
        self.bundle
            .get_or_init(|| self.new_bundle(&self.formatters))
            .as_ref()
    }

    /// A new fluent-bundle over this locale's files whose numbers, plural rules and functions
    /// are those of `formatters`: this locale's own, or a regional locale's.
    pub(crate) fn new_bundle(
        &self,
        formatters: &Arc<LocaleFormatters>,
    ) -> Option<FluentBundle<Arc<FluentResource>>> {
        let unic = formatters
            .locale_tag()
            .parse::<unic_langid::LanguageIdentifier>()
            .ok()?;
        let mut bundle = FluentBundle::new_concurrent(vec![unic]);
        bundle.set_use_isolating(self.isolating);
        bundle.set_transform(self.pseudo.map(Pseudo::transform));
        format::install(&mut bundle, formatters);
        let resources = self.resources.get_or_init(|| {
            self.sources
                .iter()
                .map(|source| {
                    // Problems were reported at load; broken entries are skipped here too.
                    Arc::new(
                        FluentResource::try_new(source.to_string())
                            .unwrap_or_else(|(partial, _)| partial),
                    )
                })
                .collect()
        });
        for resource in resources.iter() {
            // Duplicates were reported too; the first definition wins.
            let _ = bundle.add_resource(Arc::clone(resource));
        }
        Some(bundle)
    }

    /// What this locale's own formatters write for probe values (see
    /// [`LocaleFormatters::fingerprint`]).
    pub(crate) fn fingerprint(&self) -> Option<&String> {
        self.fingerprint
            .get_or_init(|| self.formatters.fingerprint())
            .as_ref()
    }
}

#[cfg(test)]
mod tests {
    use crate::{ErrorCode, Resolver};

    /// The embedded set's plain texts are served from the binary with one lookup.
    #[test]
    fn embedded_plain_texts_need_no_compiled_form() {
        let resolver = Resolver::embedded().unwrap();
        for locale in resolver.locales.iter().filter(|l| l.pseudo.is_none()) {
            for code in ErrorCode::ALL {
                let chain = resolver.negotiate_tag(&locale.tag).unwrap();
                let resolved = resolver
                    .resolve(*code, &chain, &crate::Args::new())
                    .unwrap();
                if resolved.locale == locale.tag
                    && let Some(text) = locale.static_plain(code.index())
                {
                    assert_eq!(text, resolved.text, "{} {code:?}", locale.tag);
                }
            }
            let found = ErrorCode::ALL
                .iter()
                .filter(|code| locale.static_plain(code.index()).is_some())
                .count();
            // Every plain text but the one Fluent pattern that is not final text.
            assert!(found >= ErrorCode::ALL.len() - 1, "{}: {found}", locale.tag);
        }
    }
}
