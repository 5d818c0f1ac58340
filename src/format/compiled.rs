//! Patterns compiled once at load time, formatted without fluent-bundle's per-call work.
//!
//! fluent-bundle resolves a pattern by walking its AST on every call, converting arguments into
//! a `FluentArgs` map, calling functions through boxed closures with freshly allocated argument
//! vectors, and taking its memoizer's `Mutex` for every plural selection. The shapes the
//! catalog uses (text, variables, `NUMBER`/`DURATION`/`SIZE` of a variable, `DURATION`'s
//! `units` option, selects on a variable) compile into a flat list of nodes that refer to
//! arguments by position. Anything else (message or term references, other named function
//! arguments, a bad option) is left to fluent-bundle.
//!
//! Output is identical to fluent-bundle's, isolation marks included, except that plural
//! categories come from ICU4X (the CLDR release the checker uses) rather than the older rules
//! fluent-bundle bundles: in French, for example, one million selects `[many]`.

use std::borrow::Cow;
use std::fmt::Write as _;

use fixed_decimal::Decimal;
use fluent_syntax::ast;
use icu_plurals::PluralCategory;

use super::LocaleFormatters;
use super::args::ArgValue;
use crate::catalog::{ArgSpec, Presence};

/// A compiled pattern.
#[derive(Debug)]
pub(crate) enum Compiled {
    /// Plain text, final: served by reference.
    Static(Text),
    /// Text with values.
    Nodes(Box<[Node]>),
}

/// Literal text: a span of the locale's source (no copy; for the embedded set, no heap at
/// all), or owned text where it was transformed.
#[derive(Debug)]
pub(crate) enum Text {
    /// Text in the binary (the embedded set): served as is.
    Static(&'static str),
    Span {
        file: u16,
        start: u32,
        end: u32,
    },
    Owned(Box<str>),
}

#[derive(Debug)]
pub(crate) enum Node {
    Text(Text),
    /// A placeable; `isolate` wraps it in U+2068 … U+2069 as fluent-bundle would.
    Placeable {
        isolate: bool,
        value: Value,
    },
    Select {
        isolate: bool,
        arg: usize,
        variants: Box<[(Key, Box<[Node]>)]>,
        default: usize,
    },
}

#[derive(Debug)]
pub(crate) enum Value {
    /// A variable, written as fluent-bundle writes it (numbers localised).
    Arg(usize),
    Number(usize),
    /// `DURATION($arg)` showing at most `units` units.
    Duration {
        arg: usize,
        units: u8,
    },
    Size(usize),
    /// A string literal.
    Literal(Box<str>),
}

#[derive(Debug)]
pub(crate) enum Key {
    Category(PluralCategory),
    Name(Box<str>),
    /// A whole-number key such as `[0]`.
    Exact(i64),
    /// A key no value can match (e.g. `[1.5]`; arguments are whole numbers or text).
    Never,
}

/// An argument value as the compiled pattern sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Arg<'a> {
    Number(i64),
    Text(&'a str),
}

impl<'a> Arg<'a> {
    pub(crate) fn from_value(value: &'a ArgValue) -> Arg<'a> {
        match value {
            ArgValue::Duration(duration) => Arg::Number(
                i64::try_from(super::args::whole_seconds(*duration)).unwrap_or(i64::MAX),
            ),
            ArgValue::Count(count) => Arg::Number(*count),
            ArgValue::Bytes(bytes) => Arg::Number(i64::try_from(*bytes).unwrap_or(i64::MAX)),
            ArgValue::Text(text) => Arg::Text(text),
        }
    }

    pub(crate) fn default_for(spec: &ArgSpec) -> Option<Arg<'static>> {
        match spec.presence {
            Presence::Default(value) => Some(Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))),
            _ => None,
        }
    }
}

/// Compiles a pattern, or returns `None` when it uses something only fluent-bundle handles.
/// `transform` is the pseudo-locale transform for literal text.
/// `span` maps a slice of the source to its place, so text is not copied.
pub(crate) fn compile<'s>(
    pattern: &ast::Pattern<&'s str>,
    specs: &[ArgSpec],
    isolating: bool,
    transform: Option<fn(&str) -> Cow<'_, str>>,
    span: &dyn Fn(&'s str) -> Option<Text>,
) -> Option<Compiled> {
    let mut nodes = compile_nodes(pattern, specs, isolating, transform, span)?;
    // Only a lone text node is static; a lone placeable (`{ DURATION($wait) }`) is not.
    if let [Node::Text(_)] = nodes.as_slice()
        && let Some(Node::Text(text)) = nodes.pop()
    {
        return Some(Compiled::Static(text));
    }
    if nodes.is_empty() {
        return Some(Compiled::Static(Text::Owned("".into())));
    }
    Some(Compiled::Nodes(nodes.into_boxed_slice()))
}

fn compile_nodes<'s>(
    pattern: &ast::Pattern<&'s str>,
    specs: &[ArgSpec],
    isolating: bool,
    transform: Option<fn(&str) -> Cow<'_, str>>,
    span: &dyn Fn(&'s str) -> Option<Text>,
) -> Option<Vec<Node>> {
    let isolate_placeables = isolating && pattern.elements.len() > 1;
    let mut nodes = Vec::with_capacity(pattern.elements.len());
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                let text = match transform {
                    Some(transform) => Text::Owned(transform(value).into()),
                    None => span(value)?,
                };
                nodes.push(Node::Text(text));
            }
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(inline) => {
                    let literal = matches!(inline, ast::InlineExpression::StringLiteral { .. });
                    nodes.push(Node::Placeable {
                        isolate: isolate_placeables && !literal,
                        value: compile_inline(inline, specs)?,
                    });
                }
                ast::Expression::Select { selector, variants } => {
                    let arg = match compile_inline(selector, specs)? {
                        Value::Arg(arg) | Value::Number(arg) => arg,
                        _ => return None,
                    };
                    let mut compiled = Vec::with_capacity(variants.len());
                    let mut default = None;
                    for (index, variant) in variants.iter().enumerate() {
                        if variant.default {
                            default = Some(index);
                        }
                        let key = match &variant.key {
                            ast::VariantKey::Identifier { name } => match category(name) {
                                Some(category) => Key::Category(category),
                                None => Key::Name((*name).into()),
                            },
                            ast::VariantKey::NumberLiteral { value } => {
                                value.parse::<i64>().map_or(Key::Never, Key::Exact)
                            }
                        };
                        let body =
                            compile_nodes(&variant.value, specs, isolating, transform, span)?;
                        compiled.push((key, body.into_boxed_slice()));
                    }
                    nodes.push(Node::Select {
                        isolate: isolate_placeables,
                        arg,
                        variants: compiled.into_boxed_slice(),
                        default: default?,
                    });
                }
            },
        }
    }
    // Adjacent text (e.g. around a literal) stays separate, as fluent-bundle writes it.
    Some(nodes)
}

fn compile_inline(inline: &ast::InlineExpression<&str>, specs: &[ArgSpec]) -> Option<Value> {
    let position = |name: &str| specs.iter().position(|spec| spec.name == name);
    match inline {
        ast::InlineExpression::VariableReference { id } => position(id.name).map(Value::Arg),
        ast::InlineExpression::StringLiteral { value } if !value.contains('\\') => {
            Some(Value::Literal((*value).into()))
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            let [ast::InlineExpression::VariableReference { id: var }] =
                arguments.positional.as_slice()
            else {
                return None;
            };
            let arg = position(var.name)?;
            match id.name {
                "DURATION" => {
                    // The same reading of the options as the fluent-bundle function's; a bad
                    // option is left to fluent-bundle, which reports it.
                    let units = super::duration_units(arguments.named.iter().map(|option| {
                        let number = match &option.value {
                            ast::InlineExpression::NumberLiteral { value } => value.parse().ok(),
                            _ => None,
                        };
                        (option.name.name, number)
                    }))?;
                    Some(Value::Duration { arg, units })
                }
                _ if !arguments.named.is_empty() => None,
                "NUMBER" => Some(Value::Number(arg)),
                "SIZE" => Some(Value::Size(arg)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn category(name: &str) -> Option<PluralCategory> {
    Some(match name {
        "zero" => PluralCategory::Zero,
        "one" => PluralCategory::One,
        "two" => PluralCategory::Two,
        "few" => PluralCategory::Few,
        "many" => PluralCategory::Many,
        "other" => PluralCategory::Other,
        _ => return None,
    })
}

/// Formats compiled nodes; `None` when a value is missing or cannot be formatted, so the
/// caller can take the general path (which reports the problem).
pub(crate) fn format(
    nodes: &[Node],
    args: &[Option<Arg<'_>>],
    formatters: &LocaleFormatters,
    sources: &[Cow<'static, str>],
    out: &mut String,
) -> Option<()> {
    for node in nodes {
        match node {
            Node::Text(Text::Owned(text)) => out.push_str(text),
            Node::Text(Text::Static(text)) => out.push_str(text),
            Node::Text(Text::Span { file, start, end }) => {
                out.push_str(
                    sources
                        .get(usize::from(*file))?
                        .get(*start as usize..*end as usize)?,
                );
            }
            Node::Placeable { isolate, value } => {
                if *isolate {
                    out.push('\u{2068}');
                }
                write_value(value, args, formatters, out)?;
                if *isolate {
                    out.push('\u{2069}');
                }
            }
            Node::Select {
                isolate,
                arg,
                variants,
                default,
            } => {
                let selector = (*args.get(*arg)?)?;
                let chosen = variants
                    .iter()
                    .position(|(key, _)| matches(key, selector, formatters))
                    .unwrap_or(*default);
                let (_, body) = variants.get(chosen)?;
                if *isolate {
                    out.push('\u{2068}');
                }
                format(body, args, formatters, sources, out)?;
                if *isolate {
                    out.push('\u{2069}');
                }
            }
        }
    }
    Some(())
}

fn matches(key: &Key, selector: Arg<'_>, formatters: &LocaleFormatters) -> bool {
    match (key, selector) {
        (Key::Exact(expected), Arg::Number(value)) => *expected == value,
        (Key::Category(category), Arg::Number(value)) => {
            formatters.plural_category(value) == Some(*category)
        }
        (Key::Name(name), Arg::Text(text)) => name.as_ref() == text,
        (Key::Category(category), Arg::Text(text)) => category_name(*category) == text,
        _ => false,
    }
}

/// The CLDR name of a plural category, as Fluent variant keys spell it.
pub(crate) fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

fn write_value(
    value: &Value,
    args: &[Option<Arg<'_>>],
    formatters: &LocaleFormatters,
    out: &mut String,
) -> Option<()> {
    let arg = |index: &usize| args.get(*index).copied().flatten();
    match value {
        Value::Literal(text) => out.push_str(text),
        Value::Arg(index) | Value::Number(index) => match arg(index)? {
            Arg::Number(number) => formatters.write_integer(number, out)?,
            Arg::Text(text) if matches!(value, Value::Arg(_)) => out.push_str(text),
            Arg::Text(_) => return None,
        },
        Value::Duration { arg: index, units } => match arg(index)? {
            Arg::Number(secs) if secs >= 0 => {
                formatters.write_duration(secs.unsigned_abs(), *units, out)?;
            }
            _ => return None,
        },
        Value::Size(index) => match arg(index)? {
            Arg::Number(bytes) if bytes >= 0 => {
                let text = formatters.size(bytes.unsigned_abs())?;
                out.push_str(&text);
            }
            _ => return None,
        },
    }
    Some(())
}

impl LocaleFormatters {
    /// The locale's tag, e.g. `zh-Hant`.
    pub(crate) fn locale_tag(&self) -> String {
        self.locale.id.to_string()
    }

    /// The CLDR plural category of a whole number.
    pub(crate) fn plural_category(&self, value: i64) -> Option<PluralCategory> {
        Some(self.plurals()?.category_for(value))
    }

    /// Writes a whole number with the locale's digits and grouping.
    pub(crate) fn write_integer(&self, value: i64, out: &mut String) -> Option<()> {
        let decimal = Decimal::from(value);
        write!(out, "{}", self.decimal()?.format(&decimal)).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::ErrorCode;

    fn compiled(source: &'static str) -> Option<Compiled> {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        let Some(ast::Entry::Message(message)) = resource.body.first() else {
            panic!("{source}");
        };
        let span = |text: &str| Some(Text::Owned(text.into()));
        let specs = ErrorCode::LoginAttemptsExceeded.args();
        compile(message.value.as_ref()?, specs, false, None, &span)
    }

    #[test]
    fn the_units_option_compiles_and_bad_options_are_left_to_fluent_bundle() {
        let Some(Compiled::Nodes(nodes)) = compiled("m = { DURATION($wait, units: 3) }\n") else {
            panic!("not compiled");
        };
        assert!(matches!(
            &nodes[..],
            [Node::Placeable {
                value: Value::Duration { arg: 0, units: 3 },
                ..
            }]
        ));
        for bad in [
            "m = { DURATION($wait, unit: 3) }\n",
            "m = { DURATION($wait, units: 0) }\n",
            "m = { DURATION($wait, units: \"3\") }\n",
            "m = { SIZE($wait, units: 3) }\n",
        ] {
            assert!(compiled(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_lone_placeable_is_not_static_text() {
        let lone = compiled("m = { DURATION($wait) }\n");
        assert!(matches!(lone, Some(Compiled::Nodes(_))), "{lone:?}");
        assert!(matches!(compiled("m = Text\n"), Some(Compiled::Static(_))));
    }
}
