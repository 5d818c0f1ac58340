//! Reading an import: the file, and the rows, codes and language tags of its JSON document.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

use serde_json::Value;

use super::{ImportError, Skip};
use crate::catalog::ErrorCode;
use crate::limits::{MAX_IMPORT_BYTES, MAX_MESSAGE_BYTES};
use crate::negotiate;

/// One imported text.
pub(crate) struct Entry {
    pub(crate) at: String,
    pub(crate) tag: String,
    pub(crate) code: ErrorCode,
    pub(crate) text: String,
}

/// Reads an import file (`-` for standard input), refusing files over [`MAX_IMPORT_BYTES`].
pub fn read_import_file(path: &Path) -> Result<String, ImportError> {
    let read_err = |source| ImportError::Read {
        path: path.to_path_buf(),
        source,
    };
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin()
            .lock()
            .take(MAX_IMPORT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
    } else {
        fs::File::open(path)
            .map_err(read_err)?
            .take(MAX_IMPORT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
    }
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    String::from_utf8(bytes).map_err(|err| ImportError::Json {
        line: 1,
        column: 1,
        message: format!("not UTF-8 at byte {}", err.utf8_error().valid_up_to()),
    })
}

/// Collects entries, errors and skips from a parsed document.
#[derive(Default)]
pub(crate) struct Reader {
    pub(crate) entries: Vec<Entry>,
    pub(crate) errors: Vec<ImportError>,
    pub(crate) skipped: Vec<Skip>,
}

impl Reader {
    /// `[{"app_fskey":…,"code":…,"messages":{tag: text}}, …]`
    pub(crate) fn fresns(&mut self, value: &Value, app_fskey: &str) -> Result<(), ImportError> {
        let Value::Array(rows) = value else {
            return Err(ImportError::Shape(format!(
                "expected a JSON array of code_messages rows, found {}; see `fresns-i18n export --format fresns`",
                kind_of(value)
            )));
        };
        for (index, row) in rows.iter().enumerate() {
            let at = format!("row {}", index + 1);
            if let Err(err) = self.fresns_row(&at, row, app_fskey) {
                self.errors.push(err);
            }
        }
        Ok(())
    }

    fn fresns_row(&mut self, at: &str, row: &Value, app_fskey: &str) -> Result<(), ImportError> {
        let Value::Object(row) = row else {
            return Err(bad(
                at,
                format!("expected an object, found {}", kind_of(row)),
            ));
        };
        let field = |name: &'static str| {
            row.get(name).ok_or_else(|| ImportError::MissingField {
                at: at.to_owned(),
                field: name,
            })
        };
        let fskey = field("app_fskey")?;
        let Value::String(fskey) = fskey else {
            return Err(bad(
                at,
                format!("app_fskey must be a string, found {}", kind_of(fskey)),
            ));
        };
        if fskey != app_fskey {
            // The table also holds plugins' own codes; they are not ours to import.
            self.skipped.push(Skip {
                at: at.to_owned(),
                reason: format!("app_fskey `{fskey}` is not `{app_fskey}`"),
            });
            return Ok(());
        }
        let code = parse_code(at, field("code")?)?;
        // Database dumps may hold the JSON column as a string.
        let parsed;
        let messages = match field("messages")? {
            Value::String(json) => {
                parsed = serde_json::from_str::<Value>(json).map_err(|err| {
                    bad(
                        at,
                        format!("messages is a string but not a JSON object: {err}"),
                    )
                })?;
                &parsed
            }
            other => other,
        };
        let Value::Object(messages) = messages else {
            return Err(bad(
                at,
                format!(
                    "messages must be an object of language tag → text, found {}",
                    kind_of(messages)
                ),
            ));
        };
        for (key, text) in messages {
            let tag = match parse_key(at, key) {
                Ok(tag) => tag,
                Err(err) => {
                    self.errors.push(err);
                    continue;
                }
            };
            self.text(at, tag, code, text);
        }
        Ok(())
    }

    /// `{tag: {code: text}}`
    pub(crate) fn flat(&mut self, value: &Value) -> Result<(), ImportError> {
        let Value::Object(locales) = value else {
            return Err(ImportError::Shape(format!(
                "expected a JSON object of language tag → {{code → text}}, found {}; see `fresns-i18n export --format json`",
                kind_of(value)
            )));
        };
        for (key, texts) in locales {
            let tag = match parse_key("the top level", key) {
                Ok(tag) => tag,
                Err(err) => {
                    self.errors.push(err);
                    continue;
                }
            };
            let at = format!("`{}`", key.escape_debug());
            let Value::Object(texts) = texts else {
                self.errors.push(bad(
                    &at,
                    format!(
                        "expected an object of code → text, found {}",
                        kind_of(texts)
                    ),
                ));
                continue;
            };
            for (code, text) in texts {
                match parse_code(&at, &Value::String(code.clone())) {
                    Ok(code) => self.text(&at, tag.clone(), code, text),
                    Err(err) => self.errors.push(err),
                }
            }
        }
        Ok(())
    }

    fn text(&mut self, at: &str, tag: String, code: ErrorCode, text: &Value) {
        let text = match text {
            Value::String(text) => text,
            Value::Null => {
                self.skipped.push(Skip {
                    at: at.to_owned(),
                    reason: format!("code {code} in `{tag}` is null"),
                });
                return;
            }
            other => {
                self.errors.push(bad(
                    at,
                    format!(
                        "code {code} in `{tag}` must be a string, found {}",
                        kind_of(other)
                    ),
                ));
                return;
            }
        };
        // Text areas send CRLF; the files keep LF.
        let text = text.replace("\r\n", "\n");
        if text.trim().is_empty() {
            // An empty message would only fall back to another locale; keep the current one.
            self.skipped.push(Skip {
                at: at.to_owned(),
                reason: format!("code {code} in `{tag}` is empty"),
            });
            return;
        }
        if text.len() > MAX_MESSAGE_BYTES {
            self.errors.push(bad(
                at,
                format!(
                    "code {code} in `{tag}` is {} bytes, over the {MAX_MESSAGE_BYTES}-byte limit for a message",
                    text.len()
                ),
            ));
            return;
        }
        self.entries.push(Entry {
            at: at.to_owned(),
            tag,
            code,
            text,
        });
    }
}

fn bad(at: &str, problem: String) -> ImportError {
    ImportError::BadValue {
        at: at.to_owned(),
        problem,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A code as a number or a string of digits (database dumps differ).
fn parse_code(at: &str, value: &Value) -> Result<ErrorCode, ImportError> {
    let unknown = |code: String| ImportError::UnknownCode {
        at: at.to_owned(),
        code,
    };
    let number = match value {
        Value::Number(n) => n.as_u64().ok_or_else(|| unknown(n.to_string()))?,
        Value::String(s) => s
            .trim()
            .parse::<u64>()
            .map_err(|_| unknown(s.escape_debug().to_string()))?,
        other => {
            return Err(bad(
                at,
                format!("code must be a number, found {}", kind_of(other)),
            ));
        }
    };
    u32::try_from(number)
        .ok()
        .and_then(|n| ErrorCode::from_number(n).ok())
        .ok_or_else(|| unknown(number.to_string()))
}

/// A messages key, strictly parsed; returns the tag as the resolver spells it.
fn parse_key(at: &str, key: &str) -> Result<String, ImportError> {
    negotiate::parse_tag(key)
        .map(|locale| locale.id.to_string())
        .map_err(|source| ImportError::BadTag {
            at: at.to_owned(),
            key: key.escape_debug().to_string(),
            source,
        })
}
