//! Typed message arguments and their validation against the catalog's argument specs.

use std::fmt;
use std::time::Duration;

use crate::catalog::{ArgKind, ErrorCode, Presence};

/// A value passed to a message.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ArgValue {
    /// A span of time ([`ArgKind::Duration`]); rendered in whole seconds, a fraction of a
    /// second counting as a whole one (a wait is never understated).
    Duration(Duration),
    /// A whole number ([`ArgKind::Count`]).
    Count(i64),
    /// A size in bytes ([`ArgKind::Bytes`]).
    Bytes(u64),
    /// Plain text ([`ArgKind::Text`]).
    Text(String),
}

impl ArgValue {
    /// The kind of value this is.
    pub fn kind(&self) -> ArgKind {
        match self {
            ArgValue::Duration(_) => ArgKind::Duration,
            ArgValue::Count(_) => ArgKind::Count,
            ArgValue::Bytes(_) => ArgKind::Bytes,
            ArgValue::Text(_) => ArgKind::Text,
        }
    }

    /// Parses text as a value of `kind`, as the CLI and the HTTP query do.
    ///
    /// Durations are whole seconds (`7200`) or a sum of units (`2h`, `90m`, `1h30m`, `30s`,
    /// `2d`); sizes are bytes (`10485760`) or a number with `B`, `kB`, `MB`, `GB` or `TB`, in
    /// multiples of 1024 (`10MB` is 10 485 760 bytes, as `SIZE()` prints it).
    ///
    /// ```
    /// use fresns_i18n::ArgValue;
    /// use fresns_i18n::catalog::ArgKind;
    /// use std::time::Duration;
    ///
    /// let wait = ArgValue::parse(ArgKind::Duration, "1h30m")?;
    /// assert_eq!(wait, ArgValue::Duration(Duration::from_secs(5400)));
    /// assert!(ArgValue::parse(ArgKind::Count, "twenty").is_err());
    /// # Ok::<(), fresns_i18n::ParseValueError>(())
    /// ```
    pub fn parse(kind: ArgKind, text: &str) -> Result<ArgValue, ParseValueError> {
        let text = text.trim();
        match kind {
            ArgKind::Duration => parse_duration(text).map(ArgValue::Duration),
            ArgKind::Count => text
                .parse::<i64>()
                .map(ArgValue::Count)
                .map_err(|_| ParseValueError::Count),
            ArgKind::Bytes => parse_size(text).map(ArgValue::Bytes),
            ArgKind::Text => Ok(ArgValue::Text(text.to_owned())),
        }
    }
}

impl From<Duration> for ArgValue {
    fn from(value: Duration) -> Self {
        ArgValue::Duration(value)
    }
}

impl From<i64> for ArgValue {
    fn from(value: i64) -> Self {
        ArgValue::Count(value)
    }
}

impl From<i32> for ArgValue {
    fn from(value: i32) -> Self {
        ArgValue::Count(value.into())
    }
}

impl From<u32> for ArgValue {
    fn from(value: u32) -> Self {
        ArgValue::Count(value.into())
    }
}

impl From<&str> for ArgValue {
    fn from(value: &str) -> Self {
        ArgValue::Text(value.to_owned())
    }
}

/// A duration in whole seconds, rounded up: 0.2 s is 1 s, so a wait is never understated.
pub(crate) fn whole_seconds(duration: Duration) -> u64 {
    duration.as_secs() + u64::from(duration.subsec_nanos() > 0)
}

/// The largest duration accepted: 100 years, far beyond any Fresns limit, so unit
/// arithmetic can never overflow.
const MAX_DURATION_SECS: u64 = 100 * 366 * 86_400;

/// Why a text is not a value of the kind an argument declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseValueError {
    /// Not a duration.
    #[error("expected seconds (7200) or units such as 2h, 90m, 1h30m, 30s")]
    Duration,
    /// A duration over the 100-year maximum (in seconds).
    #[error("{0} seconds is longer than the 100-year maximum")]
    DurationTooLong(u64),
    /// Not a whole number.
    #[error("expected a whole number such as 20")]
    Count,
    /// Not a size.
    #[error("expected bytes (10485760) or a size such as 512kB, 10MB, 2GB")]
    Size,
}

fn parse_duration(text: &str) -> Result<Duration, ParseValueError> {
    const HINT: ParseValueError = ParseValueError::Duration;
    if text.is_empty() {
        return Err(HINT);
    }
    if let Ok(secs) = text.parse::<u64>() {
        return bounded_duration(secs);
    }
    let mut total: u64 = 0;
    let mut digits = String::new();
    for ch in text.chars() {
        if ch.is_ascii_digit() {
            digits.push(ch);
            continue;
        }
        let unit = match ch {
            'd' => 86_400,
            'h' => 3_600,
            'm' => 60,
            's' => 1,
            _ => return Err(HINT),
        };
        let amount: u64 = digits.parse().map_err(|_| HINT)?;
        digits.clear();
        total = amount
            .checked_mul(unit)
            .and_then(|secs| total.checked_add(secs))
            .ok_or(HINT)?;
    }
    if !digits.is_empty() {
        return Err(HINT);
    }
    bounded_duration(total)
}

fn bounded_duration(secs: u64) -> Result<Duration, ParseValueError> {
    if secs > MAX_DURATION_SECS {
        return Err(ParseValueError::DurationTooLong(secs));
    }
    Ok(Duration::from_secs(secs))
}

fn parse_size(text: &str) -> Result<u64, ParseValueError> {
    const HINT: ParseValueError = ParseValueError::Size;
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        "t" | "tb" | "tib" => 1 << 40,
        _ => return Err(HINT),
    };
    if multiplier == 1 {
        return number.parse::<u64>().map_err(|_| HINT);
    }
    let amount: f64 = number.parse().map_err(|_| HINT)?;
    let bytes = (amount * multiplier as f64).round();
    if !bytes.is_finite() || bytes < 0.0 || bytes >= u64::MAX as f64 {
        return Err(HINT);
    }
    Ok(bytes as u64)
}

/// The arguments for one message, by name.
///
/// ```
/// use std::time::Duration;
/// use fresns_i18n::Args;
/// let args = Args::new().with("wait", Duration::from_secs(7200));
/// assert_eq!(args.len(), 1);
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Args {
    /// The first argument, held inline: most messages take one, and building their arguments
    /// then allocates no list.
    first: Option<(String, ArgValue)>,
    /// The others, in insertion order; empty while `first` is.
    rest: Vec<(String, ArgValue)>,
}

impl fmt::Debug for Args {
    /// As one list: `Args { entries: [("wait", Duration(7200s))] }`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Entries<'a>(&'a Args);
        impl fmt::Debug for Entries<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list().entries(self.0.entries()).finish()
            }
        }
        f.debug_struct("Args")
            .field("entries", &Entries(self))
            .finish()
    }
}

impl Args {
    /// No arguments: the message's plain text.
    pub const fn new() -> Self {
        Args {
            first: None,
            rest: Vec::new(),
        }
    }

    fn entries(&self) -> impl Iterator<Item = &(String, ArgValue)> {
        self.first.iter().chain(&self.rest)
    }

    /// Adds or replaces one argument.
    pub fn with(mut self, name: &str, value: impl Into<ArgValue>) -> Self {
        self.set(name, value);
        self
    }

    /// Adds or replaces one argument in place.
    pub fn set(&mut self, name: &str, value: impl Into<ArgValue>) {
        let value = value.into();
        let mut existing = self.first.iter_mut().chain(&mut self.rest);
        if let Some(entry) = existing.find(|(n, _)| n == name) {
            entry.1 = value;
        } else if self.first.is_none() {
            self.first = Some((name.to_owned(), value));
        } else {
            self.rest.push((name.to_owned(), value));
        }
    }

    /// Parses `value` as the type that `code` declares for `name`.
    pub fn set_parsed(&mut self, code: ErrorCode, name: &str, value: &str) -> Result<(), ArgError> {
        let spec = code.arg(name).ok_or_else(|| ArgError::Unknown {
            code,
            name: name.to_owned(),
        })?;
        let parsed =
            ArgValue::parse(spec.kind, value).map_err(|reason| ArgError::InvalidValue {
                name: name.to_owned(),
                value: value.chars().take(64).collect(),
                reason,
            })?;
        self.set(name, parsed);
        Ok(())
    }

    /// The value of one argument.
    pub fn get(&self, name: &str) -> Option<&ArgValue> {
        self.entries().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// How many arguments there are.
    pub fn len(&self) -> usize {
        usize::from(self.first.is_some()) + self.rest.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    /// The arguments in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ArgValue)> {
        self.entries().map(|(n, v)| (n.as_str(), v))
    }
}

/// Problems with a message's arguments. Each names the catalog code that fits it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ArgError {
    /// The code takes no argument of this name.
    #[error("{code} takes no argument `{name}`; its arguments are: {}", list_args(*.code))]
    Unknown {
        /// The code being resolved.
        code: ErrorCode,
        /// The unexpected name.
        name: String,
    },
    /// A required argument is missing while others were given.
    #[error("{code} needs the argument `{name}` when any argument is given; pass it or pass none")]
    Missing {
        /// The code being resolved.
        code: ErrorCode,
        /// The missing name.
        name: &'static str,
    },
    /// The value has the wrong type.
    #[error("argument `{name}` must be a {expected}, not a {found}")]
    WrongType {
        /// The argument's name.
        name: String,
        /// The declared type.
        expected: &'static str,
        /// The type given.
        found: &'static str,
    },
    /// The value could not be parsed or is out of range.
    #[error("argument `{name}` has a bad value `{value}`: {reason}")]
    InvalidValue {
        /// The argument's name.
        name: String,
        /// The value (cut to 64 characters).
        value: String,
        /// What was expected.
        reason: ParseValueError,
    },
}

fn list_args(code: ErrorCode) -> String {
    if code.args().is_empty() {
        return "none".to_owned();
    }
    code.args()
        .iter()
        .map(|spec| format!("{} ({})", spec.name, spec.kind.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

impl ArgError {
    /// The catalog code that describes this error: 30000, 30001 or 30002.
    pub fn code(&self) -> ErrorCode {
        match self {
            ArgError::Unknown { .. } => ErrorCode::ParameterError,
            ArgError::Missing { .. } => ErrorCode::ParameterMissing,
            ArgError::WrongType { .. } | ArgError::InvalidValue { .. } => {
                ErrorCode::ParameterValueInvalid
            }
        }
    }
}

/// Which pattern of a message to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// The message value (no arguments, or only defaulted ones).
    Plain,
    /// The `.detailed` attribute.
    Detailed,
}

/// Checks `args` against the code's specs and decides which form to render.
pub(crate) fn validate(code: ErrorCode, args: &Args) -> Result<Form, ArgError> {
    for (name, value) in args.iter() {
        let spec = code.arg(name).ok_or_else(|| ArgError::Unknown {
            code,
            name: name.to_owned(),
        })?;
        if spec.kind != value.kind() {
            return Err(ArgError::WrongType {
                name: name.to_owned(),
                expected: spec.kind.name(),
                found: value.kind().name(),
            });
        }
        if let ArgValue::Duration(duration) = value {
            let secs = whole_seconds(*duration);
            bounded_duration(secs).map_err(|reason| ArgError::InvalidValue {
                name: name.to_owned(),
                value: format!("{secs}s"),
                reason,
            })?;
        }
    }
    let detailed = code.has_detailed_form() && !args.is_empty();
    if detailed {
        if let Some(spec) = code
            .args()
            .iter()
            .find(|spec| spec.presence == Presence::Required && args.get(spec.name).is_none())
        {
            return Err(ArgError::Missing {
                code,
                name: spec.name,
            });
        }
        return Ok(Form::Detailed);
    }
    Ok(Form::Plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_keep_their_order_and_replace_by_name() {
        let args = Args::new()
            .with("min", 8)
            .with("max", 32)
            .with("min", 9)
            .with("wait", Duration::from_secs(60));
        let names: Vec<&str> = args.iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["min", "max", "wait"]);
        assert_eq!(args.len(), 3);
        assert_eq!(args.get("min"), Some(&ArgValue::Count(9)));
        assert_eq!(args.get("none"), None);
        assert!(!args.is_empty() && Args::new().is_empty());
        assert_eq!(
            Args::new().with("max", 1),
            Args::new().with("max", 2).with("max", 1)
        );
        assert_ne!(args, Args::new().with("max", 32).with("min", 9));
        assert_eq!(
            format!("{:?}", Args::new().with("max", 2)),
            r#"Args { entries: [("max", Count(2))] }"#
        );
    }

    #[test]
    fn durations_parse_from_seconds_and_units() {
        let secs = |t: &str| parse_duration(t).map(|d| d.as_secs());
        assert_eq!(secs("7200"), Ok(7200));
        assert_eq!(secs("2h"), Ok(7200));
        assert_eq!(secs("90m"), Ok(5400));
        assert_eq!(secs("1h30m"), Ok(5400));
        assert_eq!(secs("30s"), Ok(30));
        assert_eq!(secs("2d"), Ok(172_800));
        for bad in ["", "h", "2x", "2h3", "-5", "99999999999999999999h", "1.5h"] {
            assert!(secs(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn fractions_of_a_second_count_as_a_whole_second() {
        assert_eq!(whole_seconds(Duration::ZERO), 0);
        assert_eq!(whole_seconds(Duration::from_millis(200)), 1);
        assert_eq!(whole_seconds(Duration::from_millis(90_001)), 91);
        assert_eq!(whole_seconds(Duration::from_secs(90)), 90);
    }

    #[test]
    fn sizes_parse_in_binary_multiples() {
        assert_eq!(parse_size("10MB"), Ok(10_485_760));
        assert_eq!(parse_size("10485760"), Ok(10_485_760));
        assert_eq!(parse_size("1.5 kB"), Ok(1536));
        assert_eq!(parse_size("2GB"), Ok(2 << 30));
        for bad in ["", "MB", "10XB", "1e400MB", "-1MB", "99999999999TB"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn validation_picks_the_form_and_names_the_code() {
        let code = ErrorCode::PasswordLengthIncorrect;
        assert_eq!(validate(code, &Args::new()), Ok(Form::Plain));
        let both = Args::new().with("min", 8).with("max", 32);
        assert_eq!(validate(code, &both), Ok(Form::Detailed));
        let err = validate(code, &Args::new().with("min", 8)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::ParameterMissing);
        let err = validate(code, &Args::new().with("wiat", 8)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::ParameterError);
        let err = validate(code, &Args::new().with("min", "8").with("max", 9)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::ParameterValueInvalid);
        let login = ErrorCode::LoginAttemptsExceeded;
        let wait = Args::new().with("wait", Duration::from_secs(60));
        assert_eq!(validate(login, &wait), Ok(Form::Plain));
    }
}
