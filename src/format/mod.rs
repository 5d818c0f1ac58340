//! The formatting layer: Fluent functions backed by CLDR data.
//!
//! - `NUMBER($n)` and every bare number placeable: ICU4X's decimal formatter (the locale's
//!   digits and grouping), replacing fluent-bundle's `f64::to_string`.
//! - `DURATION($seconds)`: at most two units, rounded up ("2 hours", "1 hour and 30 minutes",
//!   "1時間30分"), from ICU4X's CLDR duration units and list patterns; `units: N` asks for
//!   another precision. The rule and the per-language choices are in [`duration`]. On a
//!   locale's first duration its formatters' output is taken apart into stored pieces, which
//!   later calls join without running them ([`duration::Precomputed`]).
//! - `SIZE($bytes)`: CLDR's digital units in multiples of 1024: bytes spelled out ("1 byte",
//!   "512 bytes", "512 バイト"), larger units as symbols ("1.5 kB", "10 MB", "10 Mo"), with the
//!   number formatted and the plural form chosen by ICU4X.
//!
//! Formatters are built once per locale, lazily, and shared by reference. Values follow the
//! request's region: a resolver also builds formatters for regional CLDR locales (`es-MX` for
//! the `es` text, `de-CH` for `de`) where they format differently from the text locale.

pub(crate) mod args;
mod cldr_units;
pub(crate) mod compiled;
pub(crate) mod duration;

use std::cell::Cell;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use fixed_decimal::Decimal;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentValue};
use icu_decimal::DecimalFormatter;
use icu_locale::Locale;
use icu_plurals::{PluralCategory, PluralRules};

/// The Fluent functions this resolver provides; the checker flags any other.
pub(crate) const FUNCTIONS: [&str; 3] = ["NUMBER", "DURATION", "SIZE"];

/// Reads `DURATION()`'s named options (name, and the value if it is a number) into the number
/// of units to show: `units` is a whole number from 1 (more than 4 shows all four). `None`
/// for an unknown option or a bad value, which makes the call an error, so the message comes
/// from the next locale in the chain rather than with a silently ignored option.
pub(crate) fn duration_units<'a>(
    options: impl IntoIterator<Item = (&'a str, Option<f64>)>,
) -> Option<u8> {
    let mut units = duration::DEFAULT_UNITS;
    for (name, value) in options {
        match (name, value) {
            ("units", Some(n)) if n >= 1.0 && n.fract() == 0.0 => units = n.min(4.0) as u8,
            _ => return None,
        }
    }
    Some(units)
}

/// Per-locale CLDR formatters, built on first use.
pub(crate) struct LocaleFormatters {
    locale: Locale,
    decimal: OnceLock<Option<DecimalFormatter>>,
    duration: OnceLock<Option<duration::DurationFormatter>>,
    /// `duration` taken apart for fast calls, built on the first duration written (some 350
    /// formatter calls, about a tenth of a millisecond).
    duration_table: OnceLock<Option<Box<duration::Precomputed>>>,
    plurals: OnceLock<Option<PluralRules>>,
    units: &'static cldr_units::UnitPatterns,
    /// Whether sizes of 1 kB and more are spelled out too (see [`spells_out_multiples`]).
    long_multiples: bool,
}

impl LocaleFormatters {
    /// Formatters for `locale` (an ICU4X locale; data falls back along CLDR's parent chain).
    pub(crate) fn new(locale: Locale) -> Self {
        let units = digital_units_for(&locale);
        let long_multiples = spells_out_multiples(&locale);
        LocaleFormatters {
            locale,
            decimal: OnceLock::new(),
            duration: OnceLock::new(),
            duration_table: OnceLock::new(),
            plurals: OnceLock::new(),
            units,
            long_multiples,
        }
    }

    fn decimal(&self) -> Option<&DecimalFormatter> {
        self.decimal
            .get_or_init(|| {
                DecimalFormatter::try_new((&self.locale).into(), Default::default()).ok()
            })
            .as_ref()
    }

    fn duration(&self) -> Option<&duration::DurationFormatter> {
        self.duration
            .get_or_init(|| duration::DurationFormatter::try_new(&self.locale))
            .as_ref()
    }

    fn plurals(&self) -> Option<&PluralRules> {
        self.plurals
            .get_or_init(|| PluralRules::try_new_cardinal((&self.locale).into()).ok())
            .as_ref()
    }

    fn duration_table(&self) -> Option<&duration::Precomputed> {
        self.duration_table
            .get_or_init(|| {
                duration::Precomputed::new(self.duration()?, self.decimal()?, self.plurals()?)
                    .map(Box::new)
            })
            .as_deref()
    }

    /// Formats whole seconds as a duration: at most `units` units, largest first, rounded up,
    /// zero units left out, and zero as "0 seconds" (see [`duration`]).
    pub(crate) fn duration_secs(&self, total: u64, units: u8) -> Option<String> {
        let mut out = String::new();
        self.write_duration(total, units, &mut out)?;
        Some(out)
    }

    /// [`LocaleFormatters::duration_secs`], appended to `out`: from the precomputed table
    /// where it can answer, else from the unit and list formatters.
    #[inline]
    pub(crate) fn write_duration(&self, total: u64, units: u8, out: &mut String) -> Option<()> {
        if let Some(table) = self.duration_table()
            && let (Some(decimal), Some(plurals)) = (self.decimal(), self.plurals())
            && table.write(total, units, decimal, plurals, out).is_some()
        {
            return Some(());
        }
        out.push_str(&self.duration()?.format(total, units)?);
        Some(())
    }

    /// Formats a byte count with CLDR's digital units, in multiples of 1024, with at most one
    /// fraction digit: 10485760 → "10 MB", 1572864 → "1.5 MB". Under 1 kB the unit is CLDR's
    /// long (spelled-out) byte, "1 byte", "512 bytes", "512 バイト": its short byte is the
    /// English "byte" in ja, ko and zh-Hant, has no plural in en ("512 byte") and no singular
    /// in pt ("1 bytes"). Larger units use CLDR's short symbols (kB, MB, Mo, МБ).
    pub(crate) fn size(&self, bytes: u64) -> Option<String> {
        let mut unit = 0;
        while unit + 1 < self.units.short.len() && bytes >= 1u64 << (10 * (unit + 1)) {
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
        let width = if unit == 0 || self.long_multiples {
            &self.units.long
        } else {
            &self.units.short
        };
        let patterns = width.get(unit)?;
        let pattern = patterns[category_index(category)].or(patterns[5])?;
        let number = self.decimal()?.format(&decimal).to_string();
        Some(pattern.replace("{0}", &number))
    }
}

impl LocaleFormatters {
    /// What this locale writes for probe values chosen to tell CLDR locales apart: plural
    /// categories (0 and 1 differ between `pt` and `pt-PT`), grouping ("1,000,000",
    /// "1’000’000", "1 000 000"), the decimal separator and unit names of sizes, and durations.
    /// Two locales with the same fingerprint format every value alike for our functions, so a
    /// regional locale that matches its language's is not worth formatters of its own.
    pub(crate) fn fingerprint(&self) -> Option<String> {
        let mut out = String::with_capacity(256);
        let plurals = self.plurals()?;
        for value in [0, 1, 2, 3, 5, 6, 11, 21, 22, 101, 1_000_000] {
            out.push_str(compiled::category_name(plurals.category_for(value)));
            out.push(' ');
        }
        let half = Decimal::from_str("1.5").ok()?;
        out.push_str(compiled::category_name(plurals.category_for(&half)));
        out.push('|');
        for value in [-1_234_567, 1_234, 12_345] {
            self.write_integer(value, &mut out)?;
            out.push(' ');
        }
        for bytes in [1, 2, 512, 1_536, 1_572_864, 3 << 30] {
            out.push('|');
            out.push_str(&self.size(bytes)?);
        }
        // The formatters themselves: a locale probed here may never write a duration, so
        // it is not worth the precomputed table.
        let durations = self.duration()?;
        for secs in [0, 1, 45, 5_400, 1_000_000, 99_999_999_999] {
            out.push('|');
            out.push_str(&durations.format(secs, 2)?);
        }
        Some(out)
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

/// Finds CLDR digital-unit patterns for a locale: its regional tag where the index has one
/// (`es-MX`, `pt-PT`, `fr-CA`: regions whose patterns differ from their language's), then its
/// language with its script (the likely one when the tag has none, so `zh-TW` finds
/// `zh-Hant`), then the bare language if that script is the language's default, else CLDR's
/// root (the patterns of every locale the generated index leaves out, so no locale can end up
/// without real units).
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
    let mut expanded = locale.id.clone();
    icu_locale::LocaleExpander::new_extended().maximize(&mut expanded);
    let with_script = expanded
        .script
        .map(|script| format!("{language}-{}", script.as_str()));
    let mut bare = icu_locale::LanguageIdentifier::from(locale.id.language);
    icu_locale::LocaleExpander::new_extended().maximize(&mut bare);
    let default_script = bare.script == expanded.script;
    // CLDR names regional locales without the default script: `es-MX`, `zh-Hant-HK`.
    let regional = locale
        .id
        .region
        .map(|region| match (&with_script, default_script) {
            (Some(with_script), false) => format!("{with_script}-{}", region.as_str()),
            _ => format!("{language}-{}", region.as_str()),
        });
    regional
        .as_deref()
        .and_then(find)
        .or_else(|| with_script.as_deref().and_then(find))
        .or_else(|| default_script.then(|| find(language)).flatten())
        .unwrap_or(&cldr_units::ROOT)
}

/// Whether a locale writes kB … TB out as words too. Arabic: CLDR's short Arabic units mix
/// words (كيلوبايت, تيرابايت) with abbreviations Arabic software does not use (م.ب, غ.ب),
/// while its long units are the words Arabic apps write (ميغابايت, غيغابايت).
fn spells_out_multiples(locale: &Locale) -> bool {
    locale.id.language.as_str() == "ar"
}

thread_local! {
    /// The first of our functions that failed on this thread since [`catch_failed_function`]
    /// last looked.
    static FAILED_FUNCTION: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Runs `format`, a fluent-bundle formatting call, and says which of our functions failed in
/// it, if one did: fluent-bundle writes a failed call as `NAME()` and reports no error, so
/// without this a bad value or option would reach the reader as "DURATION()".
pub(crate) fn catch_failed_function<T>(format: impl FnOnce() -> T) -> (T, Option<&'static str>) {
    FAILED_FUNCTION.set(None);
    let out = format();
    (out, FAILED_FUNCTION.take())
}

fn failed(function: &'static str) -> FluentValue<'static> {
    if FAILED_FUNCTION.get().is_none() {
        FAILED_FUNCTION.set(Some(function));
    }
    FluentValue::Error
}

/// Registers `NUMBER`, `DURATION` and `SIZE` on a bundle and makes bare numbers localised.
pub(crate) fn install<R: std::borrow::Borrow<fluent_bundle::FluentResource>>(
    bundle: &mut fluent_bundle::concurrent::FluentBundle<R>,
    formatters: &Arc<LocaleFormatters>,
) {
    // NUMBER keeps its argument a number, so `{ NUMBER($n) -> [one] … }` still selects plural
    // variants; the bundle's formatter localises it when it is written out.
    let _ = bundle.add_function("NUMBER", |positional, _named| match positional.first() {
        Some(FluentValue::Number(number)) => FluentValue::Number(number.clone()),
        Some(FluentValue::String(text)) => FluentNumber::from_str(text)
            .map(FluentValue::Number)
            .unwrap_or_else(|_| failed("NUMBER")),
        _ => failed("NUMBER"),
    });
    let duration = Arc::clone(formatters);
    let _ = bundle.add_function("DURATION", move |positional, named| {
        let units = duration_units(named.iter().map(|(name, value)| {
            let number = match value {
                FluentValue::Number(number) => Some(number.value),
                _ => None,
            };
            (name, number)
        }));
        units
            .zip(whole_number(positional))
            .and_then(|(units, secs)| duration.duration_secs(secs, units))
            .map_or_else(|| failed("DURATION"), FluentValue::from)
    });
    let size = Arc::clone(formatters);
    let _ = bundle.add_function("SIZE", move |positional, _named| {
        whole_number(positional)
            .and_then(|bytes| size.size(bytes))
            .map_or_else(|| failed("SIZE"), FluentValue::from)
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
        args::ArgValue::Duration(duration) => {
            FluentValue::from(args::whole_seconds(*duration) as f64)
        }
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
        assert_eq!(en.size(1).as_deref(), Some("1 byte"));
        assert_eq!(en.size(512).as_deref(), Some("512 bytes"));
        assert_eq!(en.size(2048).as_deref(), Some("2 kB"));
        assert_eq!(en.size(3 << 30).as_deref(), Some("3 GB"));
        assert_eq!(formatters("de").size(1_572_864).as_deref(), Some("1,5 MB"));
        assert_eq!(formatters("ru").size(10_485_760).as_deref(), Some("10 МБ"));
        assert!(formatters("zh-Hant").size(u64::MAX).is_some());
    }

    #[test]
    fn bytes_are_spelled_out_in_the_locales_words() {
        // CLDR's short pt byte is "bytes" for `one` too; its long pattern has the singular.
        let pt = formatters("pt");
        assert_eq!(pt.size(1).as_deref(), Some("1 byte"));
        assert_eq!(pt.size(512).as_deref(), Some("512 bytes"));
        assert_eq!(pt.size(1536).as_deref(), Some("1,5 kB"));
        // No English "byte" in CJK: CLDR's long patterns (zh-Hant's from zh-Hant-HK).
        assert_eq!(formatters("ja").size(512).as_deref(), Some("512 バイト"));
        assert_eq!(formatters("ko").size(512).as_deref(), Some("512바이트"));
        assert_eq!(formatters("zh-Hans").size(512).as_deref(), Some("512字节"));
        assert_eq!(
            formatters("zh-Hant").size(512).as_deref(),
            Some("512 位元組")
        );
        assert_eq!(formatters("zh-TW").size(512).as_deref(), Some("512 位元組"));
        assert_eq!(formatters("ja").size(10_485_760).as_deref(), Some("10 MB"));
        // Arabic spells every unit out, as Arabic apps do (CLDR's short MB is "م.ب").
        let ar = formatters("ar");
        assert_eq!(ar.size(10_485_760).as_deref(), Some("10 ميغابايت"));
        assert_eq!(ar.size(1 << 30).as_deref(), Some("1 غيغابايت"));
    }

    #[test]
    fn duration_options_take_a_whole_number_of_units() {
        let read = |options: &[(&'static str, Option<f64>)]| duration_units(options.to_vec());
        assert_eq!(read(&[]), Some(duration::DEFAULT_UNITS));
        assert_eq!(read(&[("units", Some(1.0))]), Some(1));
        assert_eq!(read(&[("units", Some(3.0))]), Some(3));
        assert_eq!(read(&[("units", Some(9.0))]), Some(4));
        for bad in [
            &[("units", Some(0.0))][..],
            &[("units", Some(-1.0))],
            &[("units", Some(1.5))],
            &[("units", None)],
            &[("unit", Some(2.0))],
        ] {
            assert_eq!(read(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn unit_table_lookup_respects_scripts() {
        // hi-Latn must not get Devanagari units from `hi`, nor `hi` the Latin ones.
        // (sr and sr-Latn share one table: CLDR writes B, kB, MB, … in both scripts.)
        assert_eq!(units("hi").short[0][5], Some("{0} बाइट"));
        assert_eq!(units("hi-Latn").short[0][5], Some("{0} byte"));
        let latin_entry = cldr_units::DIGITAL_UNITS
            .iter()
            .find(|(tag, _)| *tag == "hi-Latn");
        assert!(std::ptr::eq(units("hi-Latn-IN"), latin_entry.unwrap().1));
        assert!(std::ptr::eq(units("de-AT"), units("de")));
        // Regions whose patterns differ from their language's have their own entry.
        assert!(!std::ptr::eq(units("pt-PT"), units("pt")));
        assert!(std::ptr::eq(units("pt-BR"), units("pt")));
        assert!(!std::ptr::eq(units("es-MX"), units("es")));
        assert!(std::ptr::eq(units("es-AR"), units("es-419")));
        assert!(!std::ptr::eq(units("fr-CA"), units("fr")));
        assert!(std::ptr::eq(units("es-ES"), units("es")));
        // sr-Latn-BA must not take sr-Cyrl's patterns; unknown regions take the language's.
        assert!(std::ptr::eq(units("de-ZZ"), units("de")));
        // zh-Hant has its own table and must not take zh's (Simplified) patterns.
        assert!(std::ptr::eq(units("zh-Hant-HK"), units("zh-Hant")));
        assert!(std::ptr::eq(units("zh-TW"), units("zh-Hant")));
        assert!(std::ptr::eq(units("zh-CN"), units("zh")));
        assert!(!std::ptr::eq(units("zh-Hant"), units("zh")));
        assert!(!std::ptr::eq(units("zh"), &cldr_units::ROOT));
    }

    /// Seconds that reach every branch of the precomputed table: each stored amount as the
    /// first and as the second unit, amounts above it in every plural category, overflow.
    fn duration_probes() -> Vec<u64> {
        let mut values = vec![
            0,
            1,
            2,
            59,
            60,
            61,
            3_599,
            3_600,
            3_601,
            86_399,
            86_400,
            86_401,
            90_061,
            1_000_000,
            99_999_999_999,
            u64::MAX / 2,
            u64::MAX - 1,
            u64::MAX,
        ];
        // Exact, and one second more: rounded up, or a third unit for `units: 3`.
        for days in [1, 2, 3, 11, 21, 22, 101] {
            let days = (0..24).map(|hours| days * 86_400 + hours * 3_600);
            values.extend(days.flat_map(|secs| [secs, secs + 1]));
        }
        for hours in [1, 2, 5, 11, 21, 23] {
            let hours = (0..60).map(|minutes| hours * 3_600 + minutes * 60);
            values.extend(hours.flat_map(|secs| [secs, secs + 1]));
        }
        for minutes in [1, 2, 3, 5, 11, 21, 22, 59] {
            values.extend((0..60).map(|seconds| minutes * 60 + seconds));
        }
        // Days past the stored amounts: every category of ar, ru and the Romance millions.
        let many_days = [1_000, 1_001, 36_600, 1_000_000, 2_000_000, 21_000_001];
        for days in (55..=130).chain(200..=212).chain(many_days) {
            values.extend([days * 86_400, days * 86_400 + 7_199]);
        }
        values.extend((0..400_000).step_by(1_009));
        values
    }

    #[test]
    fn precomputed_durations_equal_the_formatters_output() {
        let resolver = crate::Resolver::embedded().unwrap();
        let mut tags: Vec<String> = resolver.locales().map(str::to_owned).collect();
        // Regional formatting locales: other digits (ar-EG), grouping (de-CH, en-IN), plural
        // rules (pt-PT), scripts (zh-TW, hi-Latn).
        let regional = [
            "ar-EG", "ar-SA", "de-CH", "en-IN", "es-MX", "fr-CA", "pt-PT", "zh-TW", "hi-Latn",
        ];
        tags.extend(regional.map(str::to_owned));
        let values = duration_probes();
        for tag in &tags {
            let locale = formatters(tag);
            let general = locale.duration().unwrap();
            let table = locale.duration_table().unwrap();
            let (decimal, plurals) = (locale.decimal().unwrap(), locale.plurals().unwrap());
            for units in 1..=4 {
                for &secs in &values {
                    let expected = general.format(secs, units);
                    let mut fast = String::from("«");
                    match table.write(secs, units, decimal, plurals, &mut fast) {
                        Some(()) => assert_eq!(
                            fast.strip_prefix('«'),
                            expected.as_deref(),
                            "{tag} {secs} s, {units} units"
                        ),
                        None => {
                            // Left as it was, and only for more than two units or overflow.
                            assert_eq!(fast, "«", "{tag} {secs} s, {units} units");
                            let shown = duration::split(secs, units)
                                .map(|amounts| amounts.iter().filter(|a| **a > 0).count());
                            assert!(
                                shown.is_none_or(|shown| shown > 2),
                                "{tag} {secs} s, {units} units: not precomputed"
                            );
                        }
                    }
                    assert_eq!(locale.duration_secs(secs, units), expected, "{tag} {secs}");
                }
            }
        }
    }

    #[test]
    fn arabic_durations_keep_the_digits_of_the_locale() {
        // ICU4X's `ar` writes Latin digits; `ar-EG` Arabic-Indic ones, in both paths.
        let ar = formatters("ar");
        assert_eq!(
            ar.duration_secs(1_000_000, 2).as_deref(),
            Some("11 يومًا و14 ساعة")
        );
        assert_eq!(ar.duration_secs(90 * 86_400, 1).as_deref(), Some("90 يومًا"));
        let eg = formatters("ar-EG");
        let general = eg.duration().unwrap().format(90 * 86_400 + 3_600, 2);
        assert_eq!(eg.duration_secs(90 * 86_400 + 3_600, 2), general);
        assert!(general.unwrap().starts_with("٩٠"));
    }

    fn units(tag: &str) -> &'static cldr_units::UnitPatterns {
        digital_units_for(&Locale::try_from_str(tag).unwrap())
    }

    #[test]
    fn unit_tables_keep_locales_that_differ_from_root() {
        // ru and pt have their own patterns (regional tags take their language's); ig has root's.
        assert_eq!(units("ru").short[2][5], Some("{0} МБ"));
        assert_eq!(units("ru-UA").short[2][5], Some("{0} МБ"));
        assert_eq!(units("pt-BR").short[0][5], Some("{0} bytes"));
        assert_eq!(units("pt-BR").long[0][1], Some("{0} byte"));
        assert!(std::ptr::eq(units("ig"), &cldr_units::ROOT));
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
        for width in [&unknown.short, &unknown.long] {
            for (patterns, pattern) in width.iter().zip(expected) {
                assert_eq!(patterns[5], Some(pattern));
            }
        }
        let xx = formatters("xx");
        assert_eq!(xx.size(10_485_760).as_deref(), Some("10 MB"));
        assert_eq!(xx.size(3 << 40).as_deref(), Some("3 TB"));
    }
}
