//! Heap held by a resolver over all shipped locales, counted with a counting allocator, and
//! load time. Prints the figures and writes them for `tools/bench-report`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::Instant;

use fresns_i18n::{Args, ErrorCode, Resolver};

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let before = LIVE.load(Ordering::Relaxed);
    let start = Instant::now();
    let resolver = Resolver::embedded().unwrap();
    let load = start.elapsed();
    let loaded = LIVE.load(Ordering::Relaxed) - before;
    // Use every locale once so lazily built formatters are counted too.
    for tag in resolver.locales().map(str::to_owned).collect::<Vec<_>>() {
        let chain = resolver.negotiate_tag(&tag).unwrap();
        for &code in ErrorCode::ALL {
            let mut args = Args::new();
            for spec in code.args() {
                let value = match spec.kind {
                    fresns_i18n::catalog::ArgKind::Text => "exe",
                    fresns_i18n::catalog::ArgKind::Bytes => "10MB",
                    _ => "21",
                };
                args.set_parsed(code, spec.name, value).unwrap();
            }
            let _ = resolver.resolve(code, &chain, &args).unwrap();
        }
    }
    let warmed = LIVE.load(Ordering::Relaxed) - before;
    let mib = |bytes: isize| bytes as f64 / (1024.0 * 1024.0);
    println!(
        "heap: {:.2} MiB after load, {:.2} MiB after every locale was used; first load {:.2} ms",
        mib(loaded),
        mib(warmed),
        load.as_secs_f64() * 1e3
    );
    let out = format!("{{\"loaded\":{loaded},\"warmed\":{warmed}}}\n");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/criterion");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("heap.json"), out);
    drop(resolver);
}
