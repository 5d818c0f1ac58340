//! The languages a site offers, from its `configs` table, and the locale that serves each.

use serde::Serialize;
use serde_json::Value;

use super::SiteError;
use crate::negotiate;
use crate::resolver::Resolver;
use crate::resources::DEFAULT_LOCALE;

/// The site's languages: the enabled entries of `language_menus`, in menu order, and
/// `default_language`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SiteLanguages {
    /// The `langTag` of every enabled language, in the site's order, without repeats.
    pub tags: Vec<String>,
    /// The site's default language tag, if set.
    pub default: Option<String>,
}

impl SiteLanguages {
    /// Reads the two config values as Fresns stores them: `language_menus` is a JSON array of
    /// objects with `langTag` and `isEnabled`; `default_language` is a tag. A missing
    /// `language_menus` means the installer's languages have not been changed: none are listed.
    pub fn from_configs(
        language_menus: Option<&str>,
        default_language: Option<&str>,
    ) -> Result<SiteLanguages, SiteError> {
        let mut languages = SiteLanguages {
            tags: Vec::new(),
            default: default_language
                .map(str::trim)
                .filter(|tag| !tag.is_empty())
                .map(str::to_owned),
        };
        let Some(menus) = language_menus
            .map(str::trim)
            .filter(|text| !text.is_empty())
        else {
            return Ok(languages);
        };
        let bad = |reason: String| SiteError::LanguageMenus { reason };
        let menus: Value = serde_json::from_str(menus).map_err(|err| bad(err.to_string()))?;
        let Value::Array(entries) = menus else {
            return Err(bad("it is not an array".to_owned()));
        };
        for (index, entry) in entries.iter().enumerate() {
            let at = index + 1;
            let Some(tag) = entry.get("langTag").and_then(Value::as_str) else {
                return Err(bad(format!("entry {at} has no langTag string")));
            };
            let enabled = match entry.get("isEnabled") {
                // Fresns writes booleans; older exports and hand edits use 0/1 and strings.
                None => true,
                Some(Value::Bool(flag)) => *flag,
                Some(Value::Number(number)) => number.as_i64() != Some(0),
                Some(Value::String(text)) => !matches!(text.as_str(), "0" | "false" | ""),
                Some(other) => return Err(bad(format!("entry {at} has isEnabled {other}"))),
            };
            let tag = tag.trim();
            if enabled && !tag.is_empty() && !languages.tags.iter().any(|t| t == tag) {
                languages.tags.push(tag.to_owned());
            }
        }
        Ok(languages)
    }
}

/// Which of this project's locales serves one site tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LanguageMapping {
    /// The tag as the site has it (and as `messages` is keyed).
    pub site_tag: String,
    /// The locale whose texts go under that key; `None` when there is no locale of that
    /// language (the key is left alone).
    pub locale: Option<String>,
    /// Why there is no locale, when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Maps each site tag to the best of `locales` (the folder-backed ones), with the resolver's
/// own negotiation. English is only ever the answer for an English tag.
pub(crate) fn map_tags(
    resolver: &Resolver,
    locales: &[&str],
    site_tags: &[String],
) -> Vec<LanguageMapping> {
    site_tags
        .iter()
        .map(|site_tag| {
            let none = |reason: String| LanguageMapping {
                site_tag: site_tag.clone(),
                locale: None,
                reason: Some(reason),
            };
            let parsed = match negotiate::parse_tag(site_tag) {
                Ok(parsed) => parsed,
                Err(err) => return none(format!("not a language tag: {err}")),
            };
            let Ok(chain) = resolver.negotiate_tag(site_tag) else {
                return none("not a language tag".to_owned());
            };
            let best = resolver
                .chain_tags(&chain)
                .into_iter()
                .find(|tag| locales.contains(tag));
            match best {
                Some(DEFAULT_LOCALE) if parsed.id.language.as_str() != DEFAULT_LOCALE => {
                    none("no locale of this language".to_owned())
                }
                Some(tag) => LanguageMapping {
                    site_tag: site_tag.clone(),
                    locale: Some(tag.to_owned()),
                    reason: None,
                },
                None => none("no locale of this language".to_owned()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enabled_entries_in_order() {
        let menus = r#"[
            {"langTag":"en","langName":"English","isEnabled":true},
            {"langTag":"zh-Hans","isEnabled":1},
            {"langTag":"fr","isEnabled":false},
            {"langTag":"pt-BR","isEnabled":"1"},
            {"langTag":"en","isEnabled":true}
        ]"#;
        let languages = SiteLanguages::from_configs(Some(menus), Some(" en ")).unwrap();
        assert_eq!(languages.tags, ["en", "zh-Hans", "pt-BR"]);
        assert_eq!(languages.default.as_deref(), Some("en"));
    }

    #[test]
    fn malformed_menus_are_an_error() {
        for menus in [
            "{",
            r#"{"en":1}"#,
            r#"[{"langName":"x"}]"#,
            r#"[{"langTag":"en","isEnabled":[]}]"#,
        ] {
            let err = SiteLanguages::from_configs(Some(menus), None).unwrap_err();
            assert!(err.to_string().contains("language_menus"), "{err}");
        }
    }

    #[test]
    fn site_tags_map_to_locales_of_their_own_language() {
        let resolver = Resolver::embedded().unwrap();
        let locales: Vec<&str> = resolver.locales().filter(|t| !t.contains("-X")).collect();
        let tags: Vec<String> = [
            "pt-BR",
            "zh-Hant-HK",
            "es-MX",
            "zh-CN",
            "en-US",
            "tlh",
            "x!",
            "ja",
        ]
        .map(str::to_owned)
        .to_vec();
        let mapped: Vec<Option<String>> = map_tags(&resolver, &locales, &tags)
            .into_iter()
            .map(|m| m.locale)
            .collect();
        let expected = [
            Some("pt"),
            Some("zh-Hant"),
            Some("es"),
            Some("zh-Hans"),
            Some("en"),
            None,
            None,
            Some("ja"),
        ]
        .map(|tag| tag.map(str::to_owned));
        assert_eq!(mapped, expected);
    }
}
