//! Throughput with one and two threads sharing one resolver: lookups must not serialise.
//! Prints ops/s per thread count and the ratio, and writes them for `tools/bench-report`.

use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use fresns_i18n::{Args, ErrorCode, Resolver};

const RUN: Duration = Duration::from_secs(1);

/// A mix of lookups: plain, plural with a value, and a fallback-free pseudo-locale.
fn work(resolver: &Resolver, stop: &AtomicBool) -> u64 {
    let chains = [
        resolver.negotiate_tag("de").unwrap(),
        resolver.negotiate_tag("ru").unwrap(),
        resolver.negotiate_tag("zh-TW").unwrap(),
    ];
    let plain = Args::new();
    let counted = Args::new().with("max", 21);
    let mut ops = 0u64;
    while !stop.load(Ordering::Relaxed) {
        for _ in 0..64 {
            let chain = &chains[(ops % 3) as usize];
            let (code, args) = if ops.is_multiple_of(2) {
                (ErrorCode::LanguageTagIncorrect, &plain)
            } else {
                (ErrorCode::ContentTooLong, &counted)
            };
            black_box(resolver.resolve(code, chain, args).unwrap().text.len());
            ops += 1;
        }
    }
    ops
}

fn throughput(resolver: &Arc<Resolver>, threads: usize) -> f64 {
    let stop = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let (resolver, stop) = (Arc::clone(resolver), Arc::clone(&stop));
            std::thread::spawn(move || work(&resolver, &stop))
        })
        .collect();
    std::thread::sleep(RUN);
    stop.store(true, Ordering::Relaxed);
    let ops: u64 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    ops as f64 / start.elapsed().as_secs_f64()
}

/// Rounds of one- and two-thread runs, back to back: the machine is shared, so each round's
/// ratio compares runs made under the same load, and the report gives the median and range.
const ROUNDS: usize = 7;

fn main() {
    // `cargo test --benches` runs bench targets with no `--bench`; keep that quick.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let resolver = Arc::new(Resolver::embedded().unwrap());
    throughput(&resolver, 1); // warm up lazily built formatters
    let mut rounds: Vec<(f64, f64)> = (0..ROUNDS)
        .map(|_| (throughput(&resolver, 1), throughput(&resolver, 2)))
        .collect();
    rounds.sort_by(|a, b| (a.1 / a.0).total_cmp(&(b.1 / b.0)));
    let ratios: Vec<f64> = rounds.iter().map(|(one, two)| two / one).collect();
    let (one, two) = rounds[ROUNDS / 2];
    let ratio = ratios[ROUNDS / 2];
    let (low, high) = (ratios[0], ratios[ROUNDS - 1]);
    println!(
        "threads: median round 1 thread {one:.0} ops/s, 2 threads {two:.0} ops/s, ratio {ratio:.2} (range {low:.2}-{high:.2} over {ROUNDS} rounds)"
    );
    let out = format!(
        "{{\"one\":{one:.0},\"two\":{two:.0},\"ratio\":{ratio:.3},\"low\":{low:.3},\"high\":{high:.3},\"rounds\":{ROUNDS}}}\n"
    );
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/criterion");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("threads.json"), out);
}
