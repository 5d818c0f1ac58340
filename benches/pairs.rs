//! The targets' ratios, measured in interleaved pairs: fresns-i18n and its baseline run in
//! alternating short batches, so both see the same load on a shared machine, and the ratio
//! reported is the median over the pairs (with the 10th and 90th percentiles). criterion's
//! figures (`benches/resolve.rs`) give the absolute times; these give the comparisons.
//! Writes `target/criterion/pairs.json` for `tools/bench-report`.

mod common;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use fresns_i18n::{Args, ErrorCode, Resolver};

/// Pairs per case, and the time one batch should take.
const PAIRS: usize = 201;
const BATCH: Duration = Duration::from_micros(200);

struct Case {
    name: String,
    baseline: &'static str,
    target: &'static str,
    ours: Box<dyn FnMut() -> usize>,
    base: Box<dyn FnMut() -> usize>,
}

/// Nanoseconds per call of `f` over `n` calls.
fn per_call(f: &mut dyn FnMut() -> usize, n: usize) -> f64 {
    let start = Instant::now();
    for _ in 0..n {
        black_box(f());
    }
    start.elapsed().as_nanos() as f64 / n as f64
}

fn calibrate(f: &mut dyn FnMut() -> usize) -> usize {
    let mut n = 16;
    while per_call(f, n) * n as f64 <= BATCH.as_nanos() as f64 && n < 1 << 24 {
        n *= 2;
    }
    n
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn measure(case: &mut Case) -> String {
    let n = calibrate(&mut case.ours).max(calibrate(&mut case.base));
    let (mut ratios, mut ours, mut base) = (Vec::new(), Vec::new(), Vec::new());
    for pair in 0..PAIRS {
        // Alternate which side goes first, so a load change mid-pair favours neither.
        let (o, b) = if pair % 2 == 0 {
            let o = per_call(&mut case.ours, n);
            (o, per_call(&mut case.base, n))
        } else {
            let b = per_call(&mut case.base, n);
            (per_call(&mut case.ours, n), b)
        };
        ratios.push(o / b);
        ours.push(o);
        base.push(b);
    }
    for values in [&mut ratios, &mut ours, &mut base] {
        values.sort_by(f64::total_cmp);
    }
    let line = format!(
        "{{\"case\":{:?},\"baseline\":{:?},\"target\":{:?},\"ours_ns\":{:.2},\"base_ns\":{:.2},\"ratio\":{:.4},\"p10\":{:.4},\"p90\":{:.4},\"pairs\":{PAIRS}}}",
        case.name,
        case.baseline,
        case.target,
        percentile(&ours, 0.5),
        percentile(&base, 0.5),
        percentile(&ratios, 0.5),
        percentile(&ratios, 0.1),
        percentile(&ratios, 0.9),
    );
    println!(
        "{:<44} {:>10.1} ns vs {:>10.1} ns  ratio {:.2} (p10 {:.2}, p90 {:.2})",
        case.name,
        percentile(&ours, 0.5),
        percentile(&base, 0.5),
        percentile(&ratios, 0.5),
        percentile(&ratios, 0.1),
        percentile(&ratios, 0.9)
    );
    line
}

fn cases() -> Vec<Case> {
    let dir = Path::new(common::LOCALES);
    let resolver: &'static Resolver = Box::leak(Box::new(Resolver::embedded().unwrap()));
    let mut cases = Vec::new();

    // Plain text: resolve() against std's HashMap<u32, &str> and an array by position.
    let code = ErrorCode::LanguageTagIncorrect;
    let texts = common::floor_texts(&common::raw_bundle(dir, "de"));
    let map = common::floor_map(&texts);
    let array = common::floor_array(&texts);
    let position = common::position(code);
    let chain = resolver.negotiate_tag("de").unwrap();
    let none: &'static Args = Box::leak(Box::new(Args::new()));
    let plain = move || {
        resolver
            .resolve(black_box(code), &chain, none)
            .unwrap()
            .text
            .len()
    };
    cases.push(Case {
        name: "plain lookup".into(),
        baseline: "std HashMap<u32, &str>",
        target: "<= 1.0",
        ours: Box::new(plain),
        base: Box::new(move || map.get(black_box(&31401)).map_or(0, |t| t.len())),
    });
    cases.push(Case {
        name: "plain lookup".into(),
        baseline: "[&str; 220] by position",
        target: "",
        ours: Box::new(plain),
        base: Box::new(move || array[black_box(position)].len()),
    });

    // A duration argument against a number + plural message, arguments built per call.
    for tag in common::DURATION_TAGS {
        let raw: &'static _ = Box::leak(Box::new(common::raw_bundle(dir, tag)));
        let chain = resolver.negotiate_tag(tag).unwrap();
        let (mut i, mut j) = (0usize, 0usize);
        cases.push(Case {
            name: format!("duration argument (34306 `wait`), {tag}"),
            baseline: "fluent-bundle number + plural message",
            target: "<= 0.5",
            ours: Box::new(move || {
                i = i.wrapping_add(1);
                common::resolve_wait(
                    resolver,
                    &chain,
                    black_box(common::WAITS[i % common::WAITS.len()]),
                )
            }),
            base: Box::new(move || {
                j = j.wrapping_add(1);
                common::format_number_and_plural(
                    raw,
                    black_box(common::WAITS[j % common::WAITS.len()]),
                )
            }),
        });
    }

    // Accept-Language → chain on a ring of distinct headers: every call misses the cache.
    let ring: &'static [String] = Box::leak(common::header_ring().into_boxed_slice());
    let langneg = common::Langneg::new(resolver);
    let (mut i, mut j) = (0usize, 0usize);
    cases.push(Case {
        name: "Accept-Language → chain, cache missed".into(),
        baseline: "fluent-langneg 0.14 parse + filter",
        target: "<= 0.3",
        ours: Box::new(move || {
            i = (i + 1) % ring.len();
            resolver
                .negotiate_accept_language(black_box(&ring[i]))
                .len()
        }),
        base: Box::new(move || {
            j = (j + 1) % ring.len();
            langneg.negotiate(black_box(&ring[j]))
        }),
    });
    cases
}

fn main() {
    // `cargo test --benches` runs bench targets with no `--bench`; keep that quick.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    // `cargo bench --bench pairs -- TEXT` measures only the cases whose name contains TEXT.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let lines: Vec<String> = cases()
        .iter_mut()
        .filter(|case| {
            filter
                .as_ref()
                .is_none_or(|f| case.name.contains(f.as_str()))
        })
        .map(measure)
        .collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/criterion");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("pairs.json"), lines.join("\n") + "\n");
}
