//! A Fresns install's `.env`: the `DB_*` keys, read as Laravel's dotenv reads them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::DbError;

/// The database settings of a Fresns install.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct DbEnv {
    pub(crate) connection: String,
    pub(crate) host: Option<String>,
    pub(crate) port: Option<String>,
    pub(crate) database: Option<String>,
    pub(crate) username: Option<String>,
    pub(crate) password: Option<String>,
    pub(crate) prefix: Option<String>,
}

// The password stays out of debug output too.
impl std::fmt::Debug for DbEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DbEnv")
            .field("connection", &self.connection)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("database", &self.database)
            .field("username", &self.username)
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

/// Reads `DIR/.env`.
pub(crate) fn read(dir: &Path) -> Result<DbEnv, DbError> {
    let path = dir.join(".env");
    let text = std::fs::read_to_string(&path).map_err(|source| DbError::EnvRead {
        path: path.clone(),
        source,
    })?;
    let values = parse(&text).map_err(|(line, problem)| DbError::EnvMalformed {
        path: path.clone(),
        line,
        problem,
    })?;
    let get = |key: &str| values.get(key).filter(|v| !v.is_empty()).cloned();
    let connection = get("DB_CONNECTION").ok_or_else(|| DbError::EnvMalformed {
        path: path.clone(),
        line: 0,
        problem: "DB_CONNECTION is not set".to_owned(),
    })?;
    Ok(DbEnv {
        connection,
        host: get("DB_HOST"),
        port: get("DB_PORT"),
        database: get("DB_DATABASE"),
        username: get("DB_USERNAME"),
        password: values.get("DB_PASSWORD").cloned(),
        prefix: values.get("DB_PREFIX").cloned(),
    })
}

/// The path of an SQLite database named in `.env`: relative paths are relative to the install.
pub(crate) fn sqlite_path(dir: &Path, database: &str) -> PathBuf {
    let path = Path::new(database);
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        dir.join(path)
    }
}

/// Parses dotenv text: `KEY=value`, optional `export `, `#` comments, single-quoted (literal),
/// double-quoted (with `\n`, `\"`, `\\` escapes) or bare values (a ` #` starts a comment).
/// The first problem is returned with its 1-based line.
pub(crate) fn parse(text: &str) -> Result<HashMap<String, String>, (usize, String)> {
    let mut values = HashMap::new();
    let mut lines = text.lines().enumerate();
    while let Some((index, line)) = lines.next() {
        let number = index + 1;
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line).trim_start();
        let Some((key, rest)) = line.split_once('=') else {
            return Err((number, "expected KEY=value".to_owned()));
        };
        let key = key.trim();
        let valid_key = key
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
        if !valid_key {
            return Err((
                number,
                format!("`{}` is not a variable name", key.escape_debug()),
            ));
        }
        let rest = rest.trim_start();
        let value = match rest.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                // A quoted value may span lines.
                let mut body = rest[1..].to_owned();
                loop {
                    if let Some(end) = closing_quote(&body, quote) {
                        let after = body[end + 1..].trim();
                        if !(after.is_empty() || after.starts_with('#')) {
                            return Err((number, format!("text after the closing quote of {key}")));
                        }
                        body.truncate(end);
                        break;
                    }
                    match lines.next() {
                        Some((_, next)) => {
                            body.push('\n');
                            body.push_str(next);
                        }
                        None => {
                            return Err((number, format!("the quote of {key} is never closed")));
                        }
                    }
                }
                if quote == '"' { unescape(&body) } else { body }
            }
            _ => match rest.find(" #") {
                Some(comment) => rest[..comment].trim_end().to_owned(),
                None => rest.trim_end().to_owned(),
            },
        };
        values.insert(key.to_owned(), value);
    }
    Ok(values)
}

/// The byte index of the closing `quote`, skipping `\"` in double-quoted text.
fn closing_quote(body: &str, quote: char) -> Option<usize> {
    let mut escaped = false;
    for (index, ch) in body.char_indices() {
        if quote == '"' && ch == '\\' && !escaped {
            escaped = true;
            continue;
        }
        if ch == quote && !escaped {
            return Some(index);
        }
        escaped = false;
    }
    None
}

fn unescape(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn laravel_style_values() {
        let text = "# Fresns\nAPP_NAME=Fresns\nDB_CONNECTION=mysql\nexport DB_HOST=127.0.0.1 # local\n\
                    DB_PASSWORD=\"p#ss \\\"word\\\"\"\nDB_USERNAME='root'\nDB_PREFIX=fs_\nEMPTY=\n";
        let values = parse(text).unwrap();
        assert_eq!(values["DB_CONNECTION"], "mysql");
        assert_eq!(values["DB_HOST"], "127.0.0.1");
        assert_eq!(values["DB_PASSWORD"], "p#ss \"word\"");
        assert_eq!(values["DB_USERNAME"], "root");
        assert_eq!(values["DB_PREFIX"], "fs_");
        assert_eq!(values["EMPTY"], "");
    }

    #[test]
    fn malformed_lines_name_their_line() {
        for (text, line) in [
            ("A=1\nnot a pair\n", 2),
            ("A=1\nB=\"open\n", 2),
            ("1A=x\n", 1),
            ("A='x' y\n", 1),
        ] {
            assert_eq!(parse(text).unwrap_err().0, line, "{text:?}");
        }
    }
}
