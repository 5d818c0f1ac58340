//! `DURATION()`: a span of time written as a person writes it.
//!
//! **Rule.** A duration shows at most two units (days, hours, minutes, seconds), starting
//! from the largest one it reaches, and is rounded **up** to the smaller of the two, so a wait is
//! never understated: 45 s → "45 seconds", 90 s → "1 minute and 30 seconds", 5,400 s → "1 hour
//! and 30 minutes", 1,000,000 s (11 d 13 h 46 min 40 s) → "11 days and 14 hours". The rounded
//! value is written like any other value, zero units left out: 86,399 s rounds up to
//! 86,400 s and reads "1 day", as 86,400 s does; 3,601 s reads "1 hour and 1 minute". Zero reads
//! "0 seconds", never nothing. Fractions of a second count as a whole second.
//!
//! The `units` option asks for another precision: `DURATION($wait, units: 1)` gives "12 days"
//! for 1,000,000 s, `units: 3` "11 days, 13 hours, and 47 minutes", `units: 4` every unit to
//! the second. Weeks, months and years are not used: their length varies, and a wait is not
//! a calendar span.
//!
//! **Wording.** The units are CLDR's duration units in the locale's [`Style`] width, joined by
//! a CLDR list pattern: the unit list ("1 час 30 минут", "1 hora y 30 minutos", "1시간 30분"),
//! or the *and* list where the unit list joins two units with a bare comma (en, de, id), since
//! in running text "wait 1 hour, 30 minutes and …" reads as an apposition: "1 hour and 30
//! minutes", "1 Stunde und 30 Minuten", "1 jam dan 30 menit".

use fixed_decimal::Decimal;
use icu_experimental::dimension::units::categorized_formatter::CategorizedFormatter;
use icu_experimental::dimension::units::options::{UnitsFormatterOptions, Width};
use icu_experimental::measure::category::Duration as DurationUnit;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::{Locale, LocaleExpander};

/// How many units `DURATION()` shows unless its `units` option says otherwise.
pub(crate) const DEFAULT_UNITS: u8 = 2;

/// The units, largest first, in seconds: day, hour, minute, second.
const UNIT_SECONDS: [u64; 4] = [86_400, 3_600, 60, 1];

/// Splits `total` seconds into day, hour, minute and second amounts: at most `units`
/// consecutive units from the largest one `total` reaches, rounded up to the last of them.
/// `None` only when rounding up would overflow.
pub(crate) fn split(total: u64, units: u8) -> Option<[u64; 4]> {
    let mut amounts = [0; 4];
    let Some(largest) = UNIT_SECONDS.iter().position(|&size| total >= size) else {
        return Some(amounts); // zero
    };
    let smallest = (largest + usize::from(units.max(1)) - 1).min(UNIT_SECONDS.len() - 1);
    let step = UNIT_SECONDS[smallest];
    let mut rest = total.div_ceil(step).checked_mul(step)?;
    for (amount, size) in amounts.iter_mut().zip(UNIT_SECONDS) {
        *amount = rest / size;
        rest %= size;
    }
    Some(amounts)
}

/// How a locale writes durations: choices among CLDR's data, never strings of our own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Style {
    /// The width of the unit names.
    width: Width,
    /// How two or more units are joined.
    joiner: Joiner,
    /// Drops the space CLDR puts between the number and the unit.
    tight: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joiner {
    /// CLDR's wide unit list, or its wide *and* list where the unit list joins two units with
    /// nothing but a comma.
    UnitOrAnd,
    /// CLDR's unit list of this length.
    Unit(ListLength),
}

impl Style {
    /// CLDR's long units with the unit (or *and*) list, except where CLDR's long units are
    /// not what the language writes in running text.
    fn for_locale(locale: &Locale) -> Style {
        let mut id = locale.id.clone();
        LocaleExpander::new_extended().maximize(&mut id);
        match (id.language.as_str(), id.script.as_ref().map(|s| s.as_str())) {
            // Simplified Chinese: CLDR's long second is the spoken "秒钟" ("30秒钟"); its short
            // units are the written ones (天, 小时, 分钟, 秒): "30秒", "1小时30分钟".
            ("zh", Some("Hans")) => Style {
                width: Width::Short,
                joiner: Joiner::UnitOrAnd,
                tight: false,
            },
            // Japanese: every CLDR width puts a space between number and unit ("1 時間"), or
            // is Latin ("1h"), and CLDR has no Japanese pattern without it; Japanese text
            // writes "1時間30分". So the long units lose that space, and the narrow unit
            // list, which joins with nothing, puts them together.
            ("ja", _) => Style {
                width: Width::Long,
                joiner: Joiner::Unit(ListLength::Narrow),
                tight: true,
            },
            _ => Style {
                width: Width::Long,
                joiner: Joiner::UnitOrAnd,
                tight: false,
            },
        }
    }
}

/// A locale's duration formatter: CLDR unit names for day … second and a list pattern.
#[derive(Debug)]
pub(crate) struct DurationFormatter {
    units: [CategorizedFormatter<DurationUnit>; 4],
    list: ListFormatter,
    tight: bool,
}

impl DurationFormatter {
    /// The formatter for `locale` (ICU4X data falls back along CLDR's parent chain).
    pub(crate) fn try_new(locale: &Locale) -> Option<DurationFormatter> {
        let style = Style::for_locale(locale);
        let unit = |unit| {
            CategorizedFormatter::try_new_outlier(
                locale.into(),
                unit,
                UnitsFormatterOptions::from(style.width),
            )
            .ok()
        };
        let units = [
            unit(DurationUnit::day())?,
            unit(DurationUnit::hour())?,
            unit(DurationUnit::minute())?,
            unit(DurationUnit::second())?,
        ];
        let list = match style.joiner {
            Joiner::Unit(length) => unit_list(locale, length)?,
            Joiner::UnitOrAnd => {
                let list = unit_list(locale, ListLength::Wide)?;
                if joins_with_bare_comma(&list) {
                    let wide = ListFormatterOptions::default().with_length(ListLength::Wide);
                    ListFormatter::try_new_and(locale.into(), wide).ok()?
                } else {
                    list
                }
            }
        };
        Some(DurationFormatter {
            units,
            list,
            tight: style.tight,
        })
    }

    /// Formats `total` seconds with at most `units` units (see the module's rule).
    pub(crate) fn format(&self, total: u64, units: u8) -> Option<String> {
        let amounts = split(total, units)?;
        let mut parts: Vec<String> = amounts
            .iter()
            .zip(&self.units)
            .filter(|(amount, _)| **amount > 0)
            .map(|(amount, unit)| self.unit(unit, *amount))
            .collect();
        if parts.is_empty() {
            // Zero: the smallest unit, "0 seconds".
            parts.push(self.unit(&self.units[3], 0));
        }
        if let [single] = parts.as_mut_slice() {
            return Some(std::mem::take(single));
        }
        Some(
            self.list
                .format(parts.iter().map(String::as_str))
                .to_string(),
        )
    }

    fn unit(&self, unit: &CategorizedFormatter<DurationUnit>, amount: u64) -> String {
        let mut text = unit
            .format_fixed_decimal(&Decimal::from(amount))
            .to_string();
        if self.tight {
            text.retain(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'));
        }
        text
    }
}

fn unit_list(locale: &Locale, length: ListLength) -> Option<ListFormatter> {
    let options = ListFormatterOptions::default().with_length(length);
    ListFormatter::try_new_unit(locale.into(), options).ok()
}

/// Whether the list joins two items with punctuation alone ("A, B", "A، B"), not a word
/// ("A y B", "A و B") or a space ("A B").
fn joins_with_bare_comma(list: &ListFormatter) -> bool {
    let pair = list.format(["A", "B"].into_iter()).to_string();
    let separator = pair
        .strip_prefix('A')
        .and_then(|rest| rest.strip_suffix('B'))
        .unwrap_or("")
        .trim();
    !separator.is_empty() && separator.chars().all(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(tag: &str, secs: u64, units: u8) -> String {
        let locale = Locale::try_from_str(tag).unwrap();
        DurationFormatter::try_new(&locale)
            .unwrap()
            .format(secs, units)
            .unwrap()
    }

    #[test]
    fn split_rounds_up_to_the_last_unit_shown() {
        let two = |secs| split(secs, 2).unwrap();
        assert_eq!(two(0), [0, 0, 0, 0]);
        assert_eq!(two(1), [0, 0, 0, 1]);
        assert_eq!(two(45), [0, 0, 0, 45]);
        assert_eq!(two(90), [0, 0, 1, 30]);
        assert_eq!(two(3_599), [0, 0, 59, 59]);
        assert_eq!(split(3_599, 1), Some([0, 1, 0, 0]));
        assert_eq!(two(3_601), [0, 1, 1, 0]);
        assert_eq!(two(5_400), [0, 1, 30, 0]);
        assert_eq!(two(86_399), [1, 0, 0, 0]);
        assert_eq!(two(86_401), [1, 1, 0, 0]);
        assert_eq!(two(1_000_000), [11, 14, 0, 0]);
        assert_eq!(split(1_000_000, 1), Some([12, 0, 0, 0]));
        assert_eq!(split(1_000_000, 3), Some([11, 13, 47, 0]));
        assert_eq!(split(1_000_000, 4), Some([11, 13, 46, 40]));
        assert_eq!(split(1_000_000, 200), Some([11, 13, 46, 40]));
        assert_eq!(split(59, 1), Some([0, 0, 0, 59]));
        assert_eq!(split(61, 1), Some([0, 0, 2, 0]));
        assert_eq!(split(u64::MAX, 1), None);
    }

    #[test]
    fn rounding_never_understates_and_stays_within_one_step() {
        for units in 1..=4u8 {
            for secs in (0..200_000).step_by(7).chain([86_399, 86_400, 1_000_000]) {
                let amounts = split(secs, units).unwrap();
                let shown: u64 = amounts.iter().zip(UNIT_SECONDS).map(|(a, s)| a * s).sum();
                assert!(shown >= secs, "{secs} {units}: {amounts:?}");
                let nonzero = amounts.iter().filter(|a| **a > 0).count();
                assert!(nonzero <= usize::from(units), "{secs} {units}: {amounts:?}");
                let largest = UNIT_SECONDS.iter().position(|&s| secs >= s).unwrap_or(3);
                let step = UNIT_SECONDS[(largest + usize::from(units) - 1).min(3)];
                assert!(shown - secs < step, "{secs} {units}: {amounts:?}");
            }
        }
    }

    #[test]
    fn each_language_joins_units_as_its_writers_do() {
        assert_eq!(format("en", 5_400, 2), "1 hour and 30 minutes");
        assert_eq!(
            format("en", 1_000_000, 3),
            "11 days, 13 hours, and 47 minutes"
        );
        assert_eq!(format("de", 5_400, 2), "1 Stunde und 30 Minuten");
        assert_eq!(format("id", 5_400, 2), "1 jam dan 30 menit");
        assert_eq!(format("ru", 5_400, 2), "1 час 30 минут");
        assert_eq!(format("es", 5_400, 2), "1 hora y 30 minutos");
        assert_eq!(format("ja", 5_400, 2), "1時間30分");
        assert_eq!(format("ja", 1_000_000, 4), "11日13時間46分40秒");
        assert_eq!(format("zh-Hans", 90, 2), "1分钟30秒");
        assert_eq!(format("zh", 45, 2), "45秒");
        assert_eq!(format("zh-SG", 45, 2), "45秒");
        assert_eq!(format("zh-Hant", 5_400, 2), "1 小時 30 分鐘");
        assert_eq!(format("zh-TW", 45, 2), "45 秒");
        assert_eq!(format("ko", 5_400, 2), "1시간 30분");
    }

    #[test]
    fn zero_is_zero_seconds_everywhere() {
        assert_eq!(format("en", 0, 2), "0 seconds");
        assert_eq!(format("de", 0, 1), "0 Sekunden");
        assert_eq!(format("ja", 0, 2), "0秒");
        assert_eq!(format("zh-Hans", 0, 2), "0秒");
        for tag in ["ar", "fr", "hi", "ko", "xx", "und"] {
            assert!(!format(tag, 0, 2).is_empty(), "{tag}");
        }
    }

    #[test]
    fn comma_detection_reads_cldr_list_patterns() {
        let locale = |tag| Locale::try_from_str(tag).unwrap();
        assert!(joins_with_bare_comma(
            &unit_list(&locale("en"), ListLength::Wide).unwrap()
        ));
        for tag in ["es", "ru", "ar", "ko", "zh-Hant", "ja"] {
            let list = unit_list(&locale(tag), ListLength::Wide).unwrap();
            assert!(!joins_with_bare_comma(&list), "{tag}");
        }
    }
}
