//! Lookups: fresns-i18n against raw fluent-bundle, fluent-templates and a plain floor, on the
//! shipped `.ftl` files, in one run. `tools/bench-report` turns the medians into ratios.

mod common;

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use fluent_bundle::FluentValue;
use fluent_templates::{ArcLoader, Loader};
use fresns_i18n::{Args, ErrorCode, Resolver};

fn templates(dir: &Path) -> ArcLoader {
    ArcLoader::builder(dir, "en".parse().unwrap())
        .customize(|bundle| {
            bundle.set_use_isolating(false);
            let _ = bundle.add_builtins();
        })
        .build()
        .unwrap()
}

fn plain(c: &mut Criterion) {
    let dir = Path::new(common::LOCALES);
    let raw = common::raw_bundle(dir, "de");
    let texts = common::floor_texts(&raw);
    let floor = common::floor_map(&texts);
    let array = common::floor_array(&texts);
    let loader = templates(dir);
    let de: unic_langid::LanguageIdentifier = "de".parse().unwrap();
    let resolver = Resolver::embedded().unwrap();
    let chain = resolver.negotiate_tag("de").unwrap();
    let code = ErrorCode::LanguageTagIncorrect;
    let args = Args::new();
    let position = common::position(code);
    let mut group = c.benchmark_group("plain");
    group.bench_function("floor-hashmap", |b| {
        b.iter(|| floor.get(black_box(&31401)).map(|text| text.len()))
    });
    group.bench_function("floor-array", |b| {
        b.iter(|| array[black_box(position)].len())
    });
    group.bench_function("fluent-bundle", |b| {
        b.iter(|| {
            let message = raw
                .get_message(black_box("language-tag-incorrect"))
                .unwrap();
            let mut errors = vec![];
            raw.format_pattern(message.value().unwrap(), None, &mut errors)
                .len()
        })
    });
    group.bench_function("fluent-templates", |b| {
        b.iter(|| {
            loader
                .lookup(&de, black_box("language-tag-incorrect"))
                .len()
        })
    });
    group.bench_function("fresns-i18n", |b| {
        b.iter(|| {
            resolver
                .resolve(black_box(code), &chain, &args)
                .unwrap()
                .text
                .len()
        })
    });
    // A chain whose values would follow the request's region: plain text does not look.
    let regional = resolver.negotiate_tag("de-CH").unwrap();
    group.bench_function("fresns-i18n-de-CH", |b| {
        b.iter(|| {
            resolver
                .resolve(black_box(code), &regional, &args)
                .unwrap()
                .text
                .len()
        })
    });
    group.finish();
}

fn plural(c: &mut Criterion) {
    let dir = Path::new(common::LOCALES);
    let raw = common::raw_bundle(dir, "ru");
    let loader = templates(dir);
    let ru: unic_langid::LanguageIdentifier = "ru".parse().unwrap();
    let resolver = Resolver::embedded().unwrap();
    let chain = resolver.negotiate_tag("ru").unwrap();
    let code = ErrorCode::ContentTooLong;
    let args = Args::new().with("max", 21);
    let mut group = c.benchmark_group("plural");
    group.bench_function("floor-format", |b| {
        b.iter(|| {
            format!(
                "Контент слишком длинный: допускается не более {} символа",
                black_box(21)
            )
            .len()
        })
    });
    group.bench_function("fluent-bundle", |b| {
        b.iter(|| common::format_number_and_plural(&raw, black_box(21)))
    });
    group.bench_function("fluent-templates", |b| {
        b.iter(|| {
            let mut fluent_args = std::collections::HashMap::new();
            fluent_args.insert(
                std::borrow::Cow::Borrowed("max"),
                FluentValue::from(black_box(21)),
            );
            loader
                .lookup_with_args(&ru, "content-too-long.detailed", &fluent_args)
                .len()
        })
    });
    group.bench_function("fresns-i18n", |b| {
        b.iter(|| {
            resolver
                .resolve(black_box(code), &chain, &args)
                .unwrap()
                .text
                .len()
        })
    });
    // The same message in pt, formatted as pt and (values for the request's region) as pt-PT.
    for tag in ["pt", "pt-PT"] {
        let chain = resolver.negotiate_tag(tag).unwrap();
        group.bench_function(format!("fresns-i18n-{tag}"), |b| {
            b.iter(|| {
                resolver
                    .resolve(black_box(code), &chain, &args)
                    .unwrap()
                    .text
                    .len()
            })
        });
    }
    group.finish();
}

fn fallback(c: &mut Criterion) {
    let dir = common::locales_with_a_gap();
    let raw_de = common::raw_bundle(&dir, "de");
    let raw_en = common::raw_bundle(&dir, "en");
    let (texts_de, texts_en) = (common::floor_texts(&raw_de), common::floor_texts(&raw_en));
    let floor_de = common::floor_map(&texts_de);
    let floor_en = common::floor_map(&texts_en);
    let array_de = common::floor_array(&texts_de);
    let array_en = common::floor_array(&texts_en);
    let loader = templates(&dir);
    let de: unic_langid::LanguageIdentifier = "de".parse().unwrap();
    let resolver = Resolver::from_dir(&dir).unwrap();
    let chain = resolver.negotiate_tag("de").unwrap();
    let code = ErrorCode::LanguageTagIncorrect;
    let args = Args::new();
    assert_eq!(resolver.resolve(code, &chain, &args).unwrap().locale, "en");
    let mut group = c.benchmark_group("fallback");
    let position = common::position(code);
    group.bench_function("floor-hashmap", |b| {
        b.iter(|| {
            floor_de
                .get(black_box(&31401))
                .or_else(|| floor_en.get(&31401))
                .map(|text| text.len())
        })
    });
    group.bench_function("floor-array", |b| {
        b.iter(|| {
            let at = black_box(position);
            Some(array_de[at])
                .filter(|text| !text.is_empty())
                .unwrap_or(array_en[at])
                .len()
        })
    });
    group.bench_function("fluent-bundle", |b| {
        b.iter(|| {
            let id = black_box("language-tag-incorrect");
            let message = raw_de
                .get_message(id)
                .or_else(|| raw_en.get_message(id))
                .unwrap();
            let mut errors = vec![];
            raw_en
                .format_pattern(message.value().unwrap(), None, &mut errors)
                .len()
        })
    });
    group.bench_function("fluent-templates", |b| {
        b.iter(|| {
            loader
                .lookup(&de, black_box("language-tag-incorrect"))
                .len()
        })
    });
    group.bench_function("fresns-i18n", |b| {
        b.iter(|| {
            resolver
                .resolve(black_box(code), &chain, &args)
                .unwrap()
                .text
                .len()
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

/// A duration argument in de, zh-Hans and ar against fluent-bundle formatting a message with a
/// number and a plural selector in the same locale. Both sides build their arguments inside the
/// timed loop, from a value that changes every call.
fn duration(c: &mut Criterion) {
    let dir = Path::new(common::LOCALES);
    let resolver = Resolver::embedded().unwrap();
    let mut group = c.benchmark_group("duration");
    for tag in common::DURATION_TAGS {
        let raw = common::raw_bundle(dir, tag);
        group.bench_function(format!("fluent-bundle-{tag}"), |b| {
            let mut n = 0usize;
            b.iter(|| {
                n = n.wrapping_add(1);
                common::format_number_and_plural(
                    &raw,
                    black_box(common::WAITS[n % common::WAITS.len()]),
                )
            })
        });
        let chain = resolver.negotiate_tag(tag).unwrap();
        group.bench_function(format!("fresns-i18n-{tag}"), |b| {
            let mut n = 0usize;
            b.iter(|| {
                n = n.wrapping_add(1);
                common::resolve_wait(
                    &resolver,
                    &chain,
                    black_box(common::WAITS[n % common::WAITS.len()]),
                )
            })
        });
    }
    group.finish();
}

/// Accept-Language → fallback chain, against fluent-langneg parsing the same header and
/// negotiating (filtering) over the same available tags with `en` as the default.
fn negotiate(c: &mut Criterion) {
    let resolver = Resolver::embedded().unwrap();
    let langneg = common::Langneg::new(&resolver);
    let langneg = |header: &str| langneg.negotiate(header);
    let mut group = c.benchmark_group("negotiate");
    // One header over and over: the resolver answers from its cache (information only).
    let header = "zh-TW,zh;q=0.9,en;q=0.8";
    group.bench_function("fluent-langneg", |b| b.iter(|| langneg(black_box(header))));
    group.bench_function("fresns-i18n", |b| {
        b.iter(|| resolver.negotiate_accept_language(black_box(header)).len())
    });
    // A different header every call.
    let ring = common::header_ring();
    group.bench_function("fluent-langneg-ring", |b| {
        let mut n = 0usize;
        b.iter(|| {
            n = (n + 1) % ring.len();
            langneg(black_box(&ring[n]))
        })
    });
    group.bench_function("fresns-i18n-ring", |b| {
        let mut n = 0usize;
        b.iter(|| {
            n = (n + 1) % ring.len();
            resolver
                .negotiate_accept_language(black_box(&ring[n]))
                .len()
        })
    });
    group.finish();
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(20);
    group.bench_function("fresns-i18n-embedded", |b| {
        b.iter(|| Resolver::embedded().unwrap().locales().count())
    });
    group.finish();
}

criterion_group!(benches, plain, plural, fallback, duration, negotiate, load);
criterion_main!(benches);
