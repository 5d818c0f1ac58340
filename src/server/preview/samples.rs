//! The values a message with arguments is shown at: for counts, where each of the locale's
//! CLDR plural categories begins; for durations and sizes, amounts that exercise each unit.

use std::collections::BTreeMap;

use icu_locale::Locale;
use icu_plurals::PluralRules;

use crate::catalog::{ArgKind, ErrorCode};
use crate::format::args::{ArgValue, Args};
use crate::format::compiled::category_name;

/// Durations, in seconds, with how a reader says them: a bare zero, seconds alone, a minute
/// and a half (units carried over), two units, and a whole day.
const DURATIONS: [(u64, &str); 5] = [
    (0, "0 s"),
    (45, "45 s"),
    (90, "90 s"),
    (5_400, "1 h 30 min"),
    (86_400, "1 day"),
];

/// Sizes, in bytes: one byte (a singular), bytes alone, a fraction of a unit, and two larger
/// units.
const SIZES: [(u64, &str); 5] = [
    (1, "1 B"),
    (512, "512 B"),
    (1_536, "1.5 kB"),
    (10 << 20, "10 MB"),
    (2 << 30, "2 GB"),
];

/// The text shown for text arguments (a file extension is the only one in the catalog).
const TEXT: &str = "exe";

/// Integers past the teens: rules such as Russian's or Polish's treat 11–14 apart, so the first
/// member of each category above this shows that the pattern repeats (21, 22, 25).
const PAST_THE_TEENS: u64 = 20;

/// One value set for a message: every argument filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sample {
    /// What the value is, for the reader: `21`, `1 h 30 min`.
    pub(crate) label: String,
    /// For counts, the locale's CLDR plural category of the value.
    pub(crate) category: Option<&'static str>,
    pub(crate) args: Args,
}

/// The integers at which `locale`'s plural categories begin: 0, the smallest positive member
/// of each category, and the smallest member above 20 of each, with the category of each;
/// derived from CLDR, so a locale's own rules decide. Sorted, without repeats.
pub(crate) fn plural_boundaries(locale: &Locale) -> Vec<(u64, &'static str)> {
    let Ok(rules) = PluralRules::try_new_cardinal(locale.into()) else {
        return vec![(0, "other"), (1, "other")];
    };
    // Small integers one by one, then powers of ten, where French and others start `many`.
    let candidates = (0..=1_000u64).chain((4..=9).map(|exponent| 10u64.pow(exponent)));
    let mut first_positive: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut first_past_teens: BTreeMap<&'static str, u64> = BTreeMap::new();
    for n in candidates {
        let category = category_name(rules.category_for(n));
        if n >= 1 {
            first_positive.entry(category).or_insert(n);
        }
        if n > PAST_THE_TEENS {
            first_past_teens.entry(category).or_insert(n);
        }
    }
    let mut values: Vec<u64> = std::iter::once(0)
        .chain(first_positive.into_values())
        .chain(first_past_teens.into_values())
        .collect();
    values.sort_unstable();
    values.dedup();
    values
        .into_iter()
        .map(|n| (n, category_name(rules.category_for(n))))
        .collect()
}

/// The value sets to show `code` at in a locale whose [`plural_boundaries`] are `boundaries`:
/// one per sample of its first argument's kind, every argument of that kind set to the sample
/// (so `min` and `max` both go through each plural category) and any other argument to a
/// typical value. None for a code without arguments.
pub(crate) fn samples(code: ErrorCode, boundaries: &[(u64, &'static str)]) -> Vec<Sample> {
    let Some(first) = code.args().first() else {
        return Vec::new();
    };
    let kind = first.kind;
    let values: Vec<(ArgValue, String, Option<&'static str>)> = match kind {
        ArgKind::Count => boundaries
            .iter()
            .map(|&(n, category)| {
                let value = i64::try_from(n).map_or(ArgValue::Count(i64::MAX), ArgValue::Count);
                (value, n.to_string(), Some(category))
            })
            .collect(),
        ArgKind::Duration => DURATIONS
            .iter()
            .map(|&(secs, label)| (duration(secs), label.to_owned(), None))
            .collect(),
        ArgKind::Bytes => SIZES
            .iter()
            .map(|&(bytes, label)| (ArgValue::Bytes(bytes), label.to_owned(), None))
            .collect(),
        ArgKind::Text => vec![(ArgValue::Text(TEXT.to_owned()), TEXT.to_owned(), None)],
    };
    values
        .into_iter()
        .map(|(value, label, category)| {
            let mut args = Args::new();
            for spec in code.args() {
                if spec.kind == kind {
                    args.set(spec.name, value.clone());
                } else {
                    args.set(spec.name, typical(spec.kind));
                }
            }
            Sample {
                label,
                category,
                args,
            }
        })
        .collect()
}

fn duration(secs: u64) -> ArgValue {
    ArgValue::Duration(std::time::Duration::from_secs(secs))
}

/// A value for an argument whose kind is not the one being varied.
fn typical(kind: ArgKind) -> ArgValue {
    match kind {
        ArgKind::Duration => duration(5_400),
        ArgKind::Count => ArgValue::Count(20),
        ArgKind::Bytes => ArgValue::Bytes(10 << 20),
        ArgKind::Text => ArgValue::Text(TEXT.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boundaries(tag: &str) -> Vec<(u64, &'static str)> {
        plural_boundaries(&Locale::try_from_str(tag).unwrap())
    }

    #[test]
    fn each_plural_category_is_shown_where_it_begins() {
        assert_eq!(
            boundaries("ru"),
            [
                (0, "many"),
                (1, "one"),
                (2, "few"),
                (5, "many"),
                (21, "one"),
                (22, "few"),
                (25, "many")
            ]
        );
        assert_eq!(
            boundaries("en"),
            [(0, "other"), (1, "one"), (2, "other"), (21, "other")]
        );
        let arabic: Vec<_> = boundaries("ar").into_iter().map(|(_, c)| c).collect();
        for category in ["zero", "one", "two", "few", "many", "other"] {
            assert!(arabic.contains(&category), "{category} in {arabic:?}");
        }
        // French starts `many` at a million: found among the powers of ten.
        assert!(boundaries("fr").contains(&(1_000_000, "many")));
        assert_eq!(
            boundaries("ja"),
            [(0, "other"), (1, "other"), (21, "other")]
        );
    }

    #[test]
    fn every_argument_of_the_varied_kind_takes_the_sample() {
        let ru = boundaries("ru");
        let found = samples(ErrorCode::PasswordLengthIncorrect, &ru);
        assert_eq!(found.len(), 7);
        let five = &found[3];
        assert_eq!((five.label.as_str(), five.category), ("5", Some("many")));
        assert_eq!(five.args.get("min"), Some(&ArgValue::Count(5)));
        assert_eq!(five.args.get("max"), Some(&ArgValue::Count(5)));

        let waits: Vec<_> = samples(ErrorCode::PublishTooFast, &ru)
            .into_iter()
            .map(|sample| sample.label)
            .collect();
        assert_eq!(waits, ["0 s", "45 s", "90 s", "1 h 30 min", "1 day"]);
        assert!(samples(ErrorCode::LanguageTagIncorrect, &ru).is_empty());
    }
}
