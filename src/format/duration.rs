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

use std::fmt::Write as _;

use fixed_decimal::Decimal;
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::units::categorized_formatter::CategorizedFormatter;
use icu_experimental::dimension::units::options::{UnitsFormatterOptions, Width};
use icu_experimental::measure::category::Duration as DurationUnit;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale::{Locale, LocaleExpander};
use icu_plurals::PluralRules;

use super::category_index;

/// How many units `DURATION()` shows unless its `units` option says otherwise.
pub(crate) const DEFAULT_UNITS: u8 = 2;

const DAY: u64 = 86_400;
const HOUR: u64 = 3_600;
const MINUTE: u64 = 60;

/// The units, largest first, in seconds: day, hour, minute, second.
const UNIT_SECONDS: [u64; 4] = [DAY, HOUR, MINUTE, 1];

/// Splits `total` seconds into day, hour, minute and second amounts: at most `units`
/// consecutive units from the largest one `total` reaches, rounded up to the last of them.
/// `None` only when rounding up would overflow.
pub(crate) fn split(total: u64, units: u8) -> Option<[u64; 4]> {
    let mut amounts = [0; 4];
    let Some(largest) = UNIT_SECONDS.iter().position(|&size| total >= size) else {
        return Some(amounts); // zero
    };
    let smallest = (largest + usize::from(units.max(1)) - 1).min(UNIT_SECONDS.len() - 1);
    // One arm per unit, so each division is by a constant: a multiplication, not a division.
    let round_up = |step: u64| total.div_ceil(step).checked_mul(step);
    let mut rest = match smallest {
        0 => round_up(DAY),
        1 => round_up(HOUR),
        2 => round_up(MINUTE),
        _ => Some(total),
    }?;
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
            drop_spaces_after(&mut text, 0);
        }
        text
    }

    /// One unit (0: day … 3: second) with an amount, as [`DurationFormatter::format`] writes
    /// it.
    fn unit_text(&self, unit: usize, amount: u64) -> Option<String> {
        Some(self.unit(self.units.get(unit)?, amount))
    }
}

/// The spaces a tight style drops.
fn is_dropped_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Drops the spaces a tight style drops from `text` after byte `from` (a char boundary): the
/// text written since then.
fn drop_spaces_after(text: &mut String, from: usize) {
    let Some(tail) = text.get(from..) else {
        return;
    };
    if tail.contains(is_dropped_space) {
        let kept: String = tail.chars().filter(|&c| !is_dropped_space(c)).collect();
        text.truncate(from);
        text.push_str(&kept);
    }
}

/// Day amounts below this have their whole text stored, as do all amounts of the other units
/// (an hour, minute or second amount is always below 24 or 60: more carries into the next
/// unit).
const STORED: usize = 60;

/// How many amounts of each unit (day … second) are stored.
const STORED_AMOUNTS: [usize; 4] = [STORED, 24, 60, 60];

/// Marks the first element when the list pattern is read: a private-use character, which no
/// CLDR pattern contains.
const FIRST: &str = "\u{e000}";

/// A locale's durations taken apart once, so a call only splits the value, looks up or
/// formats each unit, and joins the pieces; no unit or list formatter runs. Every piece is
/// [`DurationFormatter`]'s own output, and a call the table cannot answer exactly (three or
/// more units, a plural category no sample showed) is left to the formatter.
///
/// - Each unit's text for every amount it can show is stored whole (CLDR's explicit `=0` and
///   `=1` patterns, Arabic's "ساعة" for one hour, included), days up to [`STORED`].
/// - More days take the day pattern of their plural category, read around the number: the
///   locale's plural rules choose it and its decimal formatter writes the number, as the unit
///   formatter does.
/// - Two units are the list's pair pattern around them. A CLDR list pattern may depend on the
///   element after it (Spanish "y" becomes "e" before "i"), and the second of two units is an
///   hour, minute or second, so every possible second element is stored with its pattern:
///   what goes before the first unit, and everything after it.
#[derive(Debug)]
pub(crate) struct Precomputed {
    /// Every piece, one after another; the tables below are spans of it.
    text: String,
    /// Per unit (day … second) and amount: the unit's text.
    stored: [[Option<Span>; STORED]; 4],
    /// Per plural category (as `category_index` numbers them): the day pattern for amounts
    /// of [`STORED`] days and more.
    days: [Option<Pattern>; 6],
    /// Per second unit (hour, minute, second) and its amount: the text before the first unit,
    /// and the text after it.
    pairs: [[Option<(Span, Span)>; STORED]; 3],
    tight: bool,
}

#[derive(Debug, Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
}

#[derive(Debug, Clone, Copy)]
enum Pattern {
    /// The text before and after the number.
    Around(Span, Span),
    /// A pattern without the number.
    Whole(Span),
}

impl Precomputed {
    /// Takes `general`'s output apart; `decimal` and `plurals` must be the locale's own, the
    /// ones its unit formatters use.
    pub(crate) fn new(
        general: &DurationFormatter,
        decimal: &DecimalFormatter,
        plurals: &PluralRules,
    ) -> Option<Precomputed> {
        let mut table = Precomputed {
            text: String::with_capacity(8 * 1024),
            stored: [[None; STORED]; 4],
            days: [None; 6],
            pairs: [[None; STORED]; 3],
            tight: general.tight,
        };
        for (unit, (spans, limit)) in table.stored.iter_mut().zip(STORED_AMOUNTS).enumerate() {
            for (amount, span) in (0u64..).zip(spans.iter_mut().take(limit)) {
                *span = Some(push(&mut table.text, &general.unit_text(unit, amount)?)?);
            }
        }
        // Two samples of each category an amount of STORED or more can take: enough to see
        // every category of CLDR's rules, Romance millions ("1 million de jours") included.
        let mut samples: [Vec<u64>; 6] = Default::default();
        let powers = (3..=18).flat_map(|exponent| {
            let power = 10u64.pow(exponent);
            [power, power + 1, 2 * power, 2 * power + 1, 5 * power]
        });
        for amount in (STORED as u64..=1_000).chain(powers) {
            if let Some(found) = samples.get_mut(category_index(plurals.category_for(amount)))
                && found.len() < 2
            {
                found.push(amount);
            }
        }
        for (category, found) in (0..).zip(&samples) {
            let read = table.read_day_pattern(general, decimal, found);
            if let Some(slot) = table.days.get_mut(category) {
                *slot = read;
            }
        }
        for (row, unit) in table.pairs.iter_mut().zip(1..) {
            let stored = table.stored.get(unit)?;
            for (slot, element) in row.iter_mut().zip(stored).skip(1) {
                let Some(element) = element else {
                    break;
                };
                let element = table
                    .text
                    .get(element.start as usize..element.end as usize)?;
                let pair = general
                    .list
                    .format([FIRST, element].into_iter())
                    .to_string();
                let (before, after) = pair.split_once(FIRST)?;
                if after.contains(FIRST) {
                    return None;
                }
                *slot = Some((
                    push(&mut table.text, before)?,
                    push(&mut table.text, after)?,
                ));
            }
        }
        table.text.shrink_to_fit();
        Some(table)
    }

    /// The day pattern for amounts of one plural category, read from the formatter's output
    /// for `samples` of it: the text around the number, confirmed on a second sample where the
    /// category has one.
    fn read_day_pattern(
        &mut self,
        general: &DurationFormatter,
        decimal: &DecimalFormatter,
        samples: &[u64],
    ) -> Option<Pattern> {
        let (&first, others) = samples.split_first()?;
        let number = |amount: u64| {
            let mut text = decimal.format(&Decimal::from(amount)).to_string();
            if self.tight {
                drop_spaces_after(&mut text, 0);
            }
            text
        };
        let text = general.unit_text(0, first)?;
        let digits = number(first);
        let mut found = text.match_indices(digits.as_str());
        let pattern = match (found.next(), found.next()) {
            (Some((at, _)), None) => {
                let (before, rest) = text.split_at(at);
                let after = rest.get(digits.len()..)?;
                for &other in others {
                    let expected = [before, &number(other), after].concat();
                    if general.unit_text(0, other)? != expected {
                        return None;
                    }
                }
                Pattern::Around(push(&mut self.text, before)?, push(&mut self.text, after)?)
            }
            (None, _) => {
                for &other in others {
                    if general.unit_text(0, other)? != text {
                        return None;
                    }
                }
                Pattern::Whole(push(&mut self.text, &text)?)
            }
            _ => return None,
        };
        Some(pattern)
    }

    /// Writes `total` seconds with at most `units` units, as [`DurationFormatter::format`]
    /// does; `None`, with `out` as it was, when the table cannot say (the caller then asks
    /// the formatter).
    pub(crate) fn write(
        &self,
        total: u64,
        units: u8,
        decimal: &DecimalFormatter,
        plurals: &PluralRules,
        out: &mut String,
    ) -> Option<()> {
        let amounts = split(total, units)?;
        let mut shown = (0..).zip(amounts).filter(|(_, amount)| *amount > 0);
        let first = shown.next();
        let second = shown.next();
        if shown.next().is_some() {
            return None;
        }
        let start = out.len();
        let written = match (first, second) {
            // Zero: the smallest unit, "0 seconds".
            (None, _) => self.write_unit(3, 0, decimal, plurals, out),
            (Some((unit, amount)), None) => self.write_unit(unit, amount, decimal, plurals, out),
            (Some((unit, amount)), Some((next, next_amount))) => {
                let (before, after) = self
                    .pairs
                    .get(next.checked_sub(1)?)?
                    .get(usize::try_from(next_amount).ok()?)?
                    .as_ref()?;
                let (before, after) = (self.piece(*before)?, self.piece(*after)?);
                // Room for the first unit too: one growth at most.
                out.reserve(before.len() + after.len() + 24);
                if !before.is_empty() {
                    out.push_str(before);
                }
                let written = self.write_unit(unit, amount, decimal, plurals, out);
                out.push_str(after);
                written
            }
        };
        if written.is_none() {
            out.truncate(start);
        }
        written
    }

    fn write_unit(
        &self,
        unit: usize,
        amount: u64,
        decimal: &DecimalFormatter,
        plurals: &PluralRules,
        out: &mut String,
    ) -> Option<()> {
        if let Some(span) = usize::try_from(amount)
            .ok()
            .and_then(|amount| *self.stored.get(unit)?.get(amount)?)
        {
            out.push_str(self.piece(span)?);
            return Some(());
        }
        if unit != 0 {
            return None;
        }
        match self
            .days
            .get(category_index(plurals.category_for(amount)))?
            .as_ref()?
        {
            Pattern::Whole(text) => out.push_str(self.piece(*text)?),
            Pattern::Around(before, after) => {
                let (before, after) = (self.piece(*before)?, self.piece(*after)?);
                out.reserve(before.len() + after.len() + 16);
                out.push_str(before);
                let digits = out.len();
                write!(out, "{}", decimal.format(&Decimal::from(amount))).ok()?;
                if self.tight {
                    drop_spaces_after(out, digits);
                }
                out.push_str(after);
            }
        }
        Some(())
    }

    fn piece(&self, span: Span) -> Option<&str> {
        self.text.get(span.start as usize..span.end as usize)
    }
}

/// Appends `piece` to `text` and returns where it is.
fn push(text: &mut String, piece: &str) -> Option<Span> {
    let start = u32::try_from(text.len()).ok()?;
    text.push_str(piece);
    let end = u32::try_from(text.len()).ok()?;
    Some(Span { start, end })
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
