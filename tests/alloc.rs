//! A lookup of a message without placeables does not allocate.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use fresns_i18n::{Args, ErrorCode, Resolver};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn plain_lookups_do_not_allocate() {
    let resolver = Resolver::embedded().unwrap();
    let args = Args::new();
    for header in ["en", "zh-TW,zh;q=0.9", "de-CH, fr;q=0.5"] {
        let chain = resolver.negotiate_accept_language(header);
        let plain: Vec<_> = ErrorCode::ALL
            .iter()
            .filter(|c| c.args().is_empty())
            .collect();
        // Warm up: first use of any lazily built data happens outside the count.
        for &&code in &plain {
            resolver.resolve(code, &chain, &args).unwrap();
        }
        let before = ALLOCATIONS.with(Cell::get);
        for &&code in &plain {
            let resolved = resolver.resolve(code, &chain, &args).unwrap();
            assert!(!resolved.text.is_empty());
        }
        let after = ALLOCATIONS.with(Cell::get);
        assert_eq!(
            after - before,
            0,
            "{header}: {} allocations for {} lookups",
            after - before,
            plain.len()
        );
    }
}
