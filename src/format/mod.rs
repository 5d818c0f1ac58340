//! The formatting layer: Fluent functions backed by CLDR data.
//!
//! - `NUMBER($n)` and every bare number placeable: ICU4X's decimal formatter (the locale's
//!   digits and grouping), replacing fluent-bundle's `f64::to_string`.
//! - `DURATION($seconds)`: ICU4X's `DurationFormatter`, long style ("2 hours", "1 hour, 30 minutes").
//! - `SIZE($bytes)`: CLDR's short digital units (byte, kB, MB, GB, TB) in multiples of 1024,
//!   with the number formatted and the plural form chosen by ICU4X.
//!
//! Formatters are built once per locale, lazily, and shared by reference.

pub(crate) mod args;
mod cldr_units;
pub(crate) mod compiled;

use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use fixed_decimal::Decimal;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentValue};
use icu_decimal::DecimalFormatter;
use icu_experimental::duration::options::{BaseStyle, DurationFormatterOptions};
use icu_experimental::duration::{
    Duration as IcuDuration, DurationFormatter, ValidatedDurationFormatterOptions,
};
use icu_locale::Locale;
use icu_plurals::{PluralCategory, PluralRules};

/// The Fluent functions this resolver provides; the checker flags any other.
pub(crate) const FUNCTIONS: [&str; 3] = ["NUMBER", "DURATION", "SIZE"];

/// Per-locale CLDR formatters, built on first use.
pub(crate) struct LocaleFormatters {
    locale: Locale,
    decimal: OnceLock<Option<DecimalFormatter>>,
    duration: OnceLock<Option<DurationFormatter>>,
    plurals: OnceLock<Option<PluralRules>>,
    units: &'static cldr_units::UnitPatterns,
}

impl LocaleFormatters {
    /// Formatters for `locale` (an ICU4X locale; data falls back along CLDR's parent chain).
    pub(crate) fn new(locale: Locale) -> Self {
        let units = digital_units_for(&locale);
        LocaleFormatters {
            locale,
            decimal: OnceLock::new(),
            duration: OnceLock::new(),
            plurals: OnceLock::new(),
            units,
        }
    }

    fn decimal(&self) -> Option<&DecimalFormatter> {
        self.decimal
            .get_or_init(|| {
                DecimalFormatter::try_new((&self.locale).into(), Default::default()).ok()
            })
            .as_ref()
    }

    fn duration(&self) -> Option<&DurationFormatter> {
        self.duration
            .get_or_init(|| {
                let mut options = DurationFormatterOptions::default();
                options.base = BaseStyle::Long;
                let options = ValidatedDurationFormatterOptions::validate(options).ok()?;
                DurationFormatter::try_new((&self.locale).into(), options).ok()
            })
            .as_ref()
    }

    fn plurals(&self) -> Option<&PluralRules> {
        self.plurals
            .get_or_init(|| PluralRules::try_new_cardinal((&self.locale).into()).ok())
            .as_ref()
    }

    /// Formats whole seconds as a duration, largest units first, zero units left out.
    pub(crate) fn duration_secs(&self, total: u64) -> Option<String> {
        let duration = IcuDuration {
            days: total / 86_400,
            hours: total % 86_400 / 3_600,
            minutes: total % 3_600 / 60,
            seconds: total % 60,
            ..Default::default()
        };
        Some(self.duration()?.format(&duration).to_string())
    }

    /// Formats a byte count with CLDR's short digital units, in multiples of 1024, with at
    /// most one fraction digit: 10485760 → "10 MB", 1572864 → "1.5 MB".
    pub(crate) fn size(&self, bytes: u64) -> Option<String> {
        let mut unit = 0;
        while unit + 1 < self.units.len() && bytes >= 1u64 << (10 * (unit + 1)) {
            unit += 1;
        }
        let divisor = 1u128 << (10 * unit);
        // Tenths of the unit, rounded half up, in integers so no float rounding creeps in.
        let tenths = (u128::from(bytes) * 10 + divisor / 2) / divisor;
        let text = if tenths.is_multiple_of(10) {
            (tenths / 10).to_string()
        } else {
            format!("{}.{}", tenths / 10, tenths % 10)
        };
        let decimal = Decimal::from_str(&text).ok()?;
        let category = self.plurals()?.category_for(&decimal);
        let patterns = self.units.get(unit)?;
        let pattern = patterns[category_index(category)].or(patterns[5])?;
        let number = self.decimal()?.format(&decimal).to_string();
        Some(pattern.replace("{0}", &number))
    }
}

fn category_index(category: PluralCategory) -> usize {
    match category {
        PluralCategory::Zero => 0,
        PluralCategory::One => 1,
        PluralCategory::Two => 2,
        PluralCategory::Few => 3,
        PluralCategory::Many => 4,
        PluralCategory::Other => 5,
    }
}

/// Exact decimal of an `f64`: Rust prints the shortest text that round-trips, never with an
/// exponent, and `Decimal` parses that text.
fn decimal_from_f64(value: f64) -> Option<Decimal> {
    if !value.is_finite() {
        return None;
    }
    Decimal::from_str(&value.to_string()).ok()
}

/// Finds CLDR digital-unit patterns for a locale: the tag without its region, then the bare
/// language if it is written in its default script, else CLDR's root (the patterns of every
/// locale the generated index leaves out, so no locale can end up without real units).
fn digital_units_for(locale: &Locale) -> &'static cldr_units::UnitPatterns {
    let table = cldr_units::DIGITAL_UNITS;
    let find = |tag: &str| {
        table
            .binary_search_by(|(key, _)| key.cmp(&tag))
            .ok()
            .and_then(|index| table.get(index))
            .map(|&(_, patterns)| patterns)
    };
    let language = locale.id.language.as_str();
    let with_script = locale
        .id
        .script
        .map(|script| format!("{language}-{}", script.as_str()));
    let mut expanded = locale.id.clone();
    icu_locale::LocaleExpander::new_extended().maximize(&mut expanded);
    let mut bare = icu_locale::LanguageIdentifier::from(locale.id.language);
    icu_locale::LocaleExpander::new_extended().maximize(&mut bare);
    let default_script = bare.script == expanded.script;
    with_script
        .as_deref()
        .and_then(find)
        .or_else(|| default_script.then(|| find(language)).flatten())
        .unwrap_or(&cldr_units::ROOT)
}

/// Registers `NUMBER`, `DURATION` and `SIZE` on a bundle and makes bare numbers localised.
pub(crate) fn install(
    bundle: &mut fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource>,
    formatters: &Arc<LocaleFormatters>,
) {
    // NUMBER keeps its argument a number, so `{ NUMBER($n) -> [one] … }` still selects plural
    // variants; the bundle's formatter localises it when it is written out.
    let _ = bundle.add_function("NUMBER", |positional, _named| match positional.first() {
        Some(FluentValue::Number(number)) => FluentValue::Number(number.clone()),
        Some(FluentValue::String(text)) => FluentNumber::from_str(text)
            .map(FluentValue::Number)
            .unwrap_or(FluentValue::Error),
        _ => FluentValue::Error,
    });
    let duration = Arc::clone(formatters);
    let _ = bundle.add_function("DURATION", move |positional, _named| {
        whole_number(positional)
            .and_then(|secs| duration.duration_secs(secs))
            .map_or(FluentValue::Error, FluentValue::from)
    });
    let size = Arc::clone(formatters);
    let _ = bundle.add_function("SIZE", move |positional, _named| {
        whole_number(positional)
            .and_then(|bytes| size.size(bytes))
            .map_or(FluentValue::Error, FluentValue::from)
    });
    bundle.set_formatter(Some(format_number));
}

fn whole_number(positional: &[FluentValue<'_>]) -> Option<u64> {
    match positional.first() {
        Some(FluentValue::Number(number)) if number.value >= 0.0 && number.value.fract() == 0.0 => {
            Some(number.value as u64)
        }
        _ => None,
    }
}

/// The bundle-wide formatter: numbers through the locale's ICU4X decimal formatter.
fn format_number(
    value: &FluentValue<'_>,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    intls
        .with_try_get::<MemoizedDecimal, _, _>((), |formatter| {
            decimal_from_f64(number.value).map(|decimal| formatter.0.format(&decimal).to_string())
        })
        .ok()
        .flatten()
}

/// An ICU4X decimal formatter that fluent's memoizer can build from the bundle's locale.
struct MemoizedDecimal(DecimalFormatter);

impl intl_memoizer::Memoizable for MemoizedDecimal {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _args: ()) -> Result<Self, ()> {
        let locale = Locale::try_from_str(&lang.to_string()).map_err(|_| ())?;
        DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(MemoizedDecimal)
            .map_err(|_| ())
    }
}

/// Converts validated typed arguments into Fluent values; durations become whole seconds.
pub(crate) fn to_fluent_args(
    code: crate::catalog::ErrorCode,
    args: &args::Args,
) -> Option<FluentArgs<'static>> {
    let specs = code.args();
    if specs.is_empty() {
        return None;
    }
    let mut out = FluentArgs::with_capacity(specs.len());
    for spec in specs {
        let value = match (args.get(spec.name), spec.presence) {
            (Some(value), _) => fluent_value(value),
            (None, crate::catalog::Presence::Default(default)) => FluentValue::from(default as f64),
            (None, crate::catalog::Presence::Required) => continue,
        };
        out.set(spec.name, value);
    }
    Some(out)
}

fn fluent_value(value: &args::ArgValue) -> FluentValue<'static> {
    match value {
        args::ArgValue::Duration(duration) => FluentValue::from(duration.as_secs() as f64),
        args::ArgValue::Count(count) => FluentValue::from(*count as f64),
        args::ArgValue::Bytes(bytes) => FluentValue::from(*bytes as f64),
        args::ArgValue::Text(text) => FluentValue::from(text.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formatters(tag: &str) -> LocaleFormatters {
        LocaleFormatters::new(Locale::try_from_str(tag).unwrap())
    }

    #[test]
    fn sizes_use_cldr_digital_units() {
        let en = formatters("en");
        assert_eq!(en.size(10_485_760).as_deref(), Some("10 MB"));
        assert_eq!(en.size(1_572_864).as_deref(), Some("1.5 MB"));
        assert_eq!(en.size(512).as_deref(), Some("512 byte"));
        assert_eq!(en.size(2048).as_deref(), Some("2 kB"));
        assert_eq!(en.size(3 << 30).as_deref(), Some("3 GB"));
        assert_eq!(formatters("de").size(1_572_864).as_deref(), Some("1,5 MB"));
        assert_eq!(formatters("ru").size(10_485_760).as_deref(), Some("10 МБ"));
        assert!(formatters("zh-Hant").size(u64::MAX).is_some());
    }

    #[test]
    fn unit_table_lookup_respects_scripts() {
        // hi-Latn must not get Devanagari units from `hi`, nor `hi` the Latin ones.
        // (sr and sr-Latn share one table: CLDR writes B, kB, MB, … in both scripts.)
        assert_eq!(units("hi")[0][5], Some("{0} बाइट"));
        assert_eq!(units("hi-Latn")[0][5], Some("{0} byte"));
        let latin_entry = cldr_units::DIGITAL_UNITS
            .iter()
            .find(|(tag, _)| *tag == "hi-Latn");
        assert!(std::ptr::eq(units("hi-Latn-IN"), latin_entry.unwrap().1));
        assert!(std::ptr::eq(units("de-AT"), units("de")));
        // zh-Hant matches root in CLDR and must not take zh's (Simplified) patterns.
        assert!(std::ptr::eq(units("zh-Hant-HK"), &cldr_units::ROOT));
        assert!(!std::ptr::eq(units("zh"), &cldr_units::ROOT));
    }

    fn units(tag: &str) -> &'static cldr_units::UnitPatterns {
        digital_units_for(&Locale::try_from_str(tag).unwrap())
    }

    #[test]
    fn unit_tables_keep_locales_that_differ_from_root() {
        // ru and pt have their own patterns (regional tags take their language's); zu has root's.
        assert_eq!(units("ru")[2][5], Some("{0} МБ"));
        assert_eq!(units("ru-UA")[2][5], Some("{0} МБ"));
        assert_eq!(units("pt-BR")[0][5], Some("{0} bytes"));
        assert!(std::ptr::eq(units("zu"), &cldr_units::ROOT));
        assert!(std::ptr::eq(units("und"), &cldr_units::ROOT));
        let index = cldr_units::DIGITAL_UNITS;
        assert!(index.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }

    #[test]
    fn unknown_locales_fall_back_to_root_units() {
        // The last resort is CLDR's root table, so a size never gets another unit's name.
        let unknown = units("xx");
        assert!(std::ptr::eq(unknown, &cldr_units::ROOT));
        let expected = ["{0} byte", "{0} kB", "{0} MB", "{0} GB", "{0} TB"];
        for (patterns, pattern) in unknown.iter().zip(expected) {
            assert_eq!(patterns[5], Some(pattern));
        }
        let xx = formatters("xx");
        assert_eq!(xx.size(10_485_760).as_deref(), Some("10 MB"));
        assert_eq!(xx.size(3 << 40).as_deref(), Some("3 TB"));
    }
}
