//! The translation checker: every locale against the catalog and the `en` source.
//!
//! Each finding is a [`Diagnostic`] with a stable check name ([`Check`]) and the exact place.

mod cycles;
pub(crate) mod diagnostic;
mod findings;
pub(crate) mod layout;
mod report;
mod walk;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use fluent_syntax::ast;
use icu_locale::Locale;
use icu_plurals::PluralRules;

use crate::catalog::DETAILED_ATTRIBUTE;
use crate::catalog::{ArgKind, ErrorCode, Presence};
use crate::format::FUNCTIONS;
use crate::negotiate;
use crate::resources::{self, DEFAULT_LOCALE, LocaleSet};
use cycles::on_cycles;
use diagnostic::FileReporter;
pub(crate) use findings::Findings;
use walk::{Select, Walk};

pub use diagnostic::{Check, Diagnostic, Severity};
pub use findings::{MAX_FINDINGS_PER_CHECK, Suppressed};
pub use layout::{FileLayout, LayoutError, LayoutReport, LayoutStatus, format_dir, layout_of};
pub use report::{Format, LocaleStats, Report};

/// Bidi controls that must not appear in translations: the resolver isolates placeables itself.
const BIDI_CONTROLS: &[char] = &[
    '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}',
    '\u{2067}', '\u{2068}', '\u{2069}',
];

/// Checks every locale of `set` (or only `only`, plus `en`, when given).
pub fn check(set: &LocaleSet, only: &[String]) -> Report {
    let mut set = set.clone();
    if !only.is_empty() {
        set.retain(only);
    }
    let (parsed, mut findings) = resources::parse(&set);
    let sources: Vec<_> = set.locales.iter().zip(parsed.iter()).collect();
    let en = sources
        .iter()
        .find(|(source, _)| source.tag == DEFAULT_LOCALE);
    let en_entries = en.map(|(_, parsed)| Entries::collect(parsed, DEFAULT_LOCALE));
    let en_files: BTreeSet<&str> = en
        .map(|(source, _)| source.files.iter().map(|f| f.name.as_str()).collect())
        .unwrap_or_default();
    let mut stats = BTreeMap::new();
    for (source, parsed) in &sources {
        let locale = match negotiate::parse_tag(&source.tag) {
            Ok(locale) => locale,
            Err(err) => {
                findings.push(Diagnostic::not_a_tag(&source.tag, set.origin(), &err));
                continue;
            }
        };
        let entries = Entries::collect(parsed, &source.tag);
        let mut checker = LocaleChecker {
            tag: &source.tag,
            is_source: source.tag == DEFAULT_LOCALE,
            plural_categories: plural_categories(&locale),
            allow_untranslated: &source.allow_untranslated,
            en: en_entries.as_ref(),
            // One collector for the whole run: the cap is per file, and the parser's findings
            // about these files are already in it.
            out: std::mem::take(&mut findings),
        };
        checker.files(source, &en_files);
        checker.messages(&entries);
        let mut layout = Vec::new();
        layout::diagnostics(source, parsed, &mut layout);
        for diagnostic in layout {
            checker.out.push(diagnostic);
        }
        let translated = ErrorCode::ALL
            .iter()
            .filter(|code| entries.messages.contains_key(code.message_id()))
            .count();
        findings = checker.out;
        stats.insert(
            source.tag.clone(),
            LocaleStats {
                translated,
                total: ErrorCode::ALL.len(),
                errors: 0,
                warnings: 0,
            },
        );
    }
    let (diagnostics, suppressed) = findings.finish();
    Report::new(diagnostics, suppressed, stats)
}

/// The CLDR cardinal plural categories of a locale, by name.
fn plural_categories(locale: &Locale) -> Vec<&'static str> {
    let rules = match PluralRules::try_new_cardinal(locale.into()) {
        Ok(rules) => rules,
        Err(_) => return vec!["other"],
    };
    rules
        .categories()
        .map(crate::format::compiled::category_name)
        .collect()
}

/// One message or term, with where it is.
struct Entry<'a> {
    file: usize,
    message: Option<&'a ast::Message<&'a str>>,
    term: Option<&'a ast::Term<&'a str>>,
}

/// The first definition of every message and term in one locale.
struct Entries<'a> {
    /// One per file, built once: a reporter indexes its whole file's lines.
    reporters: Vec<FileReporter<'a>>,
    messages: HashMap<&'a str, Entry<'a>>,
    terms: HashMap<&'a str, Entry<'a>>,
}

impl<'a> Entries<'a> {
    fn collect(parsed: &'a resources::ParsedLocale<'a>, tag: &'a str) -> Self {
        let mut entries = Entries {
            reporters: Vec::new(),
            messages: HashMap::new(),
            terms: HashMap::new(),
        };
        for (index, file) in parsed.files.iter().enumerate() {
            entries
                .reporters
                .push(FileReporter::new(tag, file.display, file.text));
            for entry in &file.resource.body {
                match entry {
                    ast::Entry::Message(message) => {
                        entries.messages.entry(message.id.name).or_insert(Entry {
                            file: index,
                            message: Some(message),
                            term: None,
                        });
                    }
                    ast::Entry::Term(term) => {
                        entries.terms.entry(term.id.name).or_insert(Entry {
                            file: index,
                            message: None,
                            term: Some(term),
                        });
                    }
                    _ => {}
                }
            }
        }
        entries
    }

    fn reporter(&self, file: usize) -> Option<&FileReporter<'a>> {
        self.reporters.get(file)
    }
}

struct LocaleChecker<'a> {
    tag: &'a str,
    is_source: bool,
    plural_categories: Vec<&'static str>,
    allow_untranslated: &'a [String],
    en: Option<&'a Entries<'a>>,
    out: Findings,
}

impl<'a> LocaleChecker<'a> {
    fn files(&mut self, source: &resources::LocaleSource, en_files: &BTreeSet<&str>) {
        let mine: BTreeSet<&str> = source.files.iter().map(|f| f.name.as_str()).collect();
        for missing in en_files.difference(&mine) {
            self.out.push(self.place_file(
                missing,
                Check::MissingFile,
                format!(
                    "`{missing}` exists in `en` but not here; create it with the same messages"
                ),
            ));
        }
        for extra in mine.difference(en_files) {
            self.out.push(self.place_file(
                extra,
                Check::ExtraFile,
                format!("`{extra}` has no counterpart in `en`; move its messages into the files `en` uses"),
            ));
        }
    }

    fn place_file(&self, name: &str, check: Check, message: String) -> Diagnostic {
        Diagnostic::whole_file(self.tag, format!("{}/{name}", self.tag), check, message)
    }

    fn messages(&mut self, entries: &Entries<'a>) {
        for code in ErrorCode::ALL {
            let id = code.message_id();
            if !entries.messages.contains_key(id) {
                let file = code.group().file_name();
                self.out.push(Diagnostic {
                    id: Some(id.to_owned()),
                    severity: Severity::Error,
                    ..self.place_file(
                        file,
                        Check::MissingMessage,
                        format!("no message `{id}` for code {code}; add it to {file}"),
                    )
                });
            }
        }
        let mut ids: Vec<_> = entries.messages.iter().collect();
        ids.sort_by_key(|(_, entry)| {
            (
                entry.file,
                entry.message.map(|m| m.id.name.as_ptr() as usize),
            )
        });
        for (id, entry) in ids {
            let (Some(message), Some(reporter)) = (entry.message, entries.reporter(entry.file))
            else {
                continue;
            };
            // Only current IDs count: a renamed ID is dead text that the resolver never reads.
            let current = ErrorCode::from_message_id(id)
                .ok()
                .filter(|code| code.message_id() == *id);
            match current {
                Some(code) => self.message(code, message, reporter),
                None if ErrorCode::from_message_id(id).is_ok() => {
                    let new = ErrorCode::from_message_id(id).map_or("", |code| code.message_id());
                    self.out.at_slice(
                        reporter,
                        message.id.name,
                        Severity::Error,
                        Check::ObsoleteMessage,
                        Some(id),
                        None,
                        || format!("`{id}` was renamed to `{new}`; rename the message"),
                    );
                }
                None => self.out.at_slice(
                    reporter,
                    message.id.name,
                    Severity::Error,
                    Check::ObsoleteMessage,
                    Some(id),
                    None,
                    || format!("`{id}` is not a catalog message ID; fix the typo or remove it"),
                ),
            }
        }
        self.references(entries);
    }

    fn message(
        &mut self,
        code: ErrorCode,
        message: &ast::Message<&'a str>,
        reporter: &FileReporter<'a>,
    ) {
        let id = code.message_id();
        let en_message = self
            .en
            .and_then(|en| en.messages.get(id))
            .and_then(|entry| entry.message);
        let defaults: Vec<&str> = code
            .args()
            .iter()
            .filter(|spec| matches!(spec.presence, Presence::Default(_)))
            .map(|spec| spec.name)
            .collect();
        match &message.value {
            Some(value) => {
                let en_value = en_message.and_then(|m| m.value.as_ref());
                self.pattern(code, id, "", value, en_value, &defaults, reporter);
            }
            None => self.out.at_slice(
                reporter,
                message.id.name,
                Severity::Error,
                Check::EmptyMessage,
                Some(id),
                None,
                || format!("`{id}` has no value; give it the plain text"),
            ),
        }
        let mut has_detailed = false;
        for attribute in &message.attributes {
            if attribute.id.name != DETAILED_ATTRIBUTE || !code.has_detailed_form() {
                self.out.at_slice(
                    reporter,
                    attribute.id.name,
                    Severity::Error,
                    Check::ObsoleteMessage,
                    Some(id),
                    Some(attribute.id.name),
                    || {
                        format!(
                            "`{id}.{}` is not used: only codes with values have a `.{DETAILED_ATTRIBUTE}` form",
                            attribute.id.name,
                        )
                    },
                );
                continue;
            }
            has_detailed = true;
            let all: Vec<&str> = code.args().iter().map(|spec| spec.name).collect();
            let en_detailed = en_message.and_then(|m| {
                m.attributes
                    .iter()
                    .find(|a| a.id.name == DETAILED_ATTRIBUTE)
                    .map(|a| &a.value)
            });
            self.pattern(
                code,
                id,
                ".detailed",
                &attribute.value,
                en_detailed,
                &all,
                reporter,
            );
        }
        if code.has_detailed_form() && !has_detailed {
            self.out.at_slice(
                reporter,
                message.id.name,
                Severity::Error,
                Check::MissingMessage,
                Some(id),
                Some(DETAILED_ATTRIBUTE),
                || {
                    format!(
                        "`{id}` lacks its `.{DETAILED_ATTRIBUTE}` form, shown when values are passed; add it"
                    )
                },
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn pattern(
        &mut self,
        code: ErrorCode,
        id: &str,
        part: &str,
        pattern: &ast::Pattern<&'a str>,
        en_pattern: Option<&ast::Pattern<&'a str>>,
        allowed: &[&str],
        reporter: &FileReporter<'a>,
    ) {
        // Every finding about an attribute's pattern says which attribute, as a value.
        let attribute = part.strip_prefix('.');
        let mut walk = Walk::default();
        walk.pattern(pattern);
        let anchor = walk.first_slice.unwrap_or(id);
        let text: String = walk.text.concat();
        let literal_only =
            walk.variables.is_empty() && walk.functions.is_empty() && walk.references.is_empty();
        if literal_only
            && walk
                .text
                .iter()
                .chain(&walk.literals)
                .all(|t| t.trim().is_empty())
        {
            self.out.at_slice(
                reporter,
                anchor,
                Severity::Error,
                Check::EmptyMessage,
                Some(id),
                attribute,
                || format!("`{id}{part}` is empty; write the message"),
            );
        }
        for (name, slice) in &walk.variables {
            if !allowed.contains(name) {
                self.out.at_slice(
                    reporter,
                    slice,
                    Severity::Error,
                    Check::UnknownVariable,
                    Some(id),
                    attribute,
                    || {
                        let declared: Vec<String> =
                            allowed.iter().map(|n| format!("${n}")).collect();
                        let help = if declared.is_empty() {
                            "this form takes no variables".to_owned()
                        } else {
                            format!("declared here: {}", declared.join(", "))
                        };
                        format!("`${name}` is not a variable of `{id}{part}` ({help})")
                    },
                );
            }
        }
        for name in allowed {
            if !walk.variables.iter().any(|(used, _)| used == name) {
                self.out.at_slice(
                    reporter,
                    anchor,
                    Severity::Warning,
                    Check::DroppedVariable,
                    Some(id),
                    attribute,
                    || format!("`{id}{part}` leaves out `${name}`; show the value in the text"),
                );
            }
        }
        for select in &walk.selects {
            self.select(code, id, part, select, reporter);
        }
        for (name, slice) in &walk.functions {
            if !FUNCTIONS.contains(name) {
                self.out.at_slice(
                    reporter,
                    slice,
                    Severity::Error,
                    Check::Function,
                    Some(id),
                    attribute,
                    || {
                        format!(
                            "`{name}()` is not provided; use one of {}",
                            FUNCTIONS.join(", ")
                        )
                    },
                );
            }
        }
        for (chunk, slice) in walk.text.iter().zip(&walk.text_slices) {
            if let Some(at) = chunk.find(BIDI_CONTROLS) {
                let ch = chunk[at..].chars().next().unwrap_or(' ');
                let offset = reporter.index.offset_of(slice).map_or(0, |o| o + at);
                self.out.at(
                    reporter,
                    offset,
                    1,
                    Severity::Error,
                    Check::BidiControl,
                    Some(id),
                    attribute,
                    || {
                        format!(
                            "invisible bidi control U+{:04X} in `{id}{part}`; delete it",
                            ch as u32
                        )
                    },
                );
            }
        }
        if !self.is_source
            && en_pattern == Some(pattern)
            && !text.trim().is_empty()
            && !self
                .allow_untranslated
                .iter()
                .any(|allowed| allowed == id || *allowed == format!("{id}{part}"))
        {
            self.out.at_slice(
                reporter,
                anchor,
                Severity::Warning,
                Check::Untranslated,
                Some(id),
                attribute,
                || {
                    format!(
                        "`{id}{part}` is identical to `en`; translate it, or list `{id}` in {}/{} with the reason",
                        self.tag,
                        resources::ALLOW_UNTRANSLATED_FILE,
                    )
                },
            );
        }
    }

    fn select(
        &mut self,
        code: ErrorCode,
        id: &str,
        part: &str,
        select: &Select<'a>,
        reporter: &FileReporter<'a>,
    ) {
        let attribute = part.strip_prefix('.');
        let Some(variable) = select.variable else {
            return;
        };
        let Some(spec) = code.arg(variable) else {
            return;
        };
        if spec.kind == ArgKind::Text {
            return;
        }
        let keys: Vec<&str> = select
            .keys
            .iter()
            .filter(|(_, numeric, _)| !numeric)
            .map(|(k, _, _)| *k)
            .collect();
        for (key, numeric, slice) in &select.keys {
            if !numeric && !self.plural_categories.contains(key) {
                self.out.at_slice(
                    reporter,
                    slice,
                    Severity::Error,
                    Check::PluralCategories,
                    Some(id),
                    attribute,
                    || {
                        format!(
                            "`[{key}]` is not a CLDR plural category of `{}` (it has: {})",
                            self.tag,
                            self.plural_categories.join(", ")
                        )
                    },
                );
            }
        }
        let missing: Vec<&str> = self
            .plural_categories
            .iter()
            .copied()
            .filter(|category| !keys.contains(category))
            .collect();
        if !missing.is_empty() {
            self.out.at_slice(
                reporter,
                select.selector_slice,
                Severity::Error,
                Check::PluralCategories,
                Some(id),
                attribute,
                || {
                    format!(
                        "the select on `${variable}` in `{id}{part}` lacks the plural categories `{}` needs: {}",
                        self.tag,
                        missing.join(", "),
                    )
                },
            );
        }
        for (key, uses_variable, slice) in &select.variant_uses {
            if !uses_variable && !matches!(*key, "zero" | "one" | "two") {
                self.out.at_slice(
                    reporter,
                    slice,
                    Severity::Warning,
                    Check::DroppedVariable,
                    Some(id),
                    attribute,
                    || {
                        format!(
                            "the `[{key}]` variant leaves out `${variable}`; only zero, one and two may omit the number"
                        )
                    },
                );
            }
        }
    }

    /// Message and term references that do not resolve, and cycles among them.
    fn references(&mut self, entries: &Entries<'a>) {
        let mut graph: BTreeMap<String, Vec<String>> = BTreeMap::new();
        // Each entry with its file and position: findings are kept in file order up to the cap.
        let mut all: Vec<(String, usize, usize, Walk<'a>)> = Vec::new();
        for (id, entry) in &entries.messages {
            let mut walk = Walk::default();
            if let Some(message) = entry.message {
                if let Some(value) = &message.value {
                    walk.pattern(value);
                }
                for attribute in &message.attributes {
                    walk.pattern(&attribute.value);
                }
            }
            let at = entry.message.map_or(0, |m| m.id.name.as_ptr() as usize);
            all.push(((*id).to_owned(), entry.file, at, walk));
        }
        for (id, entry) in &entries.terms {
            let mut walk = Walk::default();
            if let Some(term) = entry.term {
                walk.pattern(&term.value);
                for attribute in &term.attributes {
                    walk.pattern(&attribute.value);
                }
            }
            let at = entry.term.map_or(0, |t| t.id.name.as_ptr() as usize);
            all.push((format!("-{id}"), entry.file, at, walk));
        }
        all.sort_by(|a, b| (a.1, a.2, &a.0).cmp(&(b.1, b.2, &b.0)));
        for (id, file, _, walk) in &all {
            for (target, slice) in &walk.references {
                let exists = match target.strip_prefix('-') {
                    Some(term) => entries.terms.contains_key(term),
                    None => entries.messages.contains_key(target.as_str()),
                };
                if !exists && let Some(reporter) = entries.reporter(*file) {
                    self.out.at_slice(
                        reporter,
                        slice,
                        Severity::Error,
                        Check::Reference,
                        Some(id.trim_start_matches('-')),
                        None,
                        || {
                            format!(
                                "`{{ {target} }}` does not exist in `{}`; define it or fix the name",
                                self.tag,
                            )
                        },
                    );
                }
            }
            graph.insert(
                id.clone(),
                walk.references.iter().map(|(t, _)| t.clone()).collect(),
            );
        }
        let cyclic = on_cycles(&graph);
        for (id, file, _, walk) in &all {
            if let Some((_, slice)) = walk.references.first()
                && cyclic.contains(id.as_str())
                && let Some(reporter) = entries.reporter(*file)
            {
                self.out.at_slice(
                    reporter,
                    slice,
                    Severity::Error,
                    Check::Reference,
                    Some(id.trim_start_matches('-')),
                    None,
                    || {
                        format!(
                            "`{id}` refers back to itself through its references; break the cycle"
                        )
                    },
                );
            }
        }
    }
}
