//! `X-Fresns-Client-Timezone`: a UTC offset in hours, as Fresns clients send it.
//!
//! Fresns stores a user's time zone as an offset such as `+8`, `-11.5` or `+5.75` (what
//! `new Date().getTimezoneOffset() / -60` gives in a browser), not as an IANA name. Offsets run
//! from `-12` to `+14` in steps of a quarter hour, which covers every offset in use
//! (`+5.75` Nepal, `+8.75` Eucla, `+12.75` Chatham).

/// The offset in minutes, or `None` when `value` is not a UTC offset Fresns accepts.
///
/// Accepted: an optional sign, one or two digits of hours, and optionally `.` with up to two
/// digits that make a whole quarter hour (`.25`, `.5`, `.75`, `.0`). Rejected: IANA names
/// (`Asia/Shanghai`), `UTC+8`, `+08:00`, offsets past the range, and other fractions.
pub(crate) fn parse_offset(value: &str) -> Option<i32> {
    let (sign, rest) = if let Some(rest) = value.strip_prefix('+') {
        (1, rest)
    } else if let Some(rest) = value.strip_prefix('-') {
        (-1, rest)
    } else {
        (1, value)
    };
    let (hours, fraction) = rest.split_once('.').unwrap_or((rest, ""));
    if hours.is_empty() || hours.len() > 2 || !hours.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if fraction.len() > 2 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if rest.contains('.') && fraction.is_empty() {
        return None;
    }
    let hours: i32 = hours.parse().ok()?;
    // `.5` and `.50` are both half an hour: read the fraction as hundredths.
    let hundredths: i32 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i32>().ok()? * 10,
        _ => fraction.parse().ok()?,
    };
    if hundredths % 25 != 0 {
        return None;
    }
    let minutes = sign * (hours * 60 + hundredths * 60 / 100);
    (-12 * 60..=14 * 60).contains(&minutes).then_some(minutes)
}

#[cfg(test)]
mod tests {
    use super::parse_offset;

    #[test]
    fn fresns_offsets_are_accepted() {
        for (value, minutes) in [
            ("+8", 480),
            ("8", 480),
            ("-11.5", -690),
            ("+5.75", 345),
            ("+5.5", 330),
            ("+5.50", 330),
            ("0", 0),
            ("+0", 0),
            ("-0", 0),
            ("+08", 480),
            ("+14", 840),
            ("-12", -720),
            ("+12.75", 765),
            ("-9.5", -570),
        ] {
            assert_eq!(parse_offset(value), Some(minutes), "{value}");
        }
    }

    #[test]
    fn other_forms_are_rejected() {
        for value in [
            "",
            "+",
            "-",
            "Asia/Shanghai",
            "UTC+8",
            "+08:00",
            "+8.",
            ".5",
            "+5.3",
            "+5.125",
            "+15",
            "-12.25",
            "+14.5",
            "+100",
            " +8",
            "+8 ",
            "++8",
            "+٨",
        ] {
            assert_eq!(parse_offset(value), None, "{value:?}");
        }
    }
}
