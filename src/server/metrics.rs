//! Prometheus metrics in the text exposition format, written by hand: a few atomic counters
//! and one histogram do not need a metrics framework.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::http::StatusCode;

/// The routes requests are counted by; anything else is `other`, so a scanner walking random
/// paths cannot grow the label set.
pub(crate) const ROUTES: [&str; 5] = [
    "/v1/errors/{code}",
    "/v1/errors",
    "/healthz",
    "/metrics",
    "other",
];

/// The statuses the service answers with; anything else is counted as `other`.
const STATUSES: [u16; 11] = [200, 304, 400, 404, 405, 408, 413, 431, 500, 503, 0];

/// Upper bounds of the resolve latency buckets, in seconds. A resolve takes a few
/// microseconds, so the buckets start at 1 µs.
const BUCKETS: [f64; 12] = [
    0.000_001,
    0.000_002_5,
    0.000_005,
    0.000_01,
    0.000_025,
    0.000_05,
    0.000_1,
    0.000_25,
    0.000_5,
    0.001,
    0.01,
    0.1,
];

/// The service's counters.
pub(crate) struct Metrics {
    requests: [[AtomicU64; STATUSES.len()]; ROUTES.len()],
    /// Cumulative counts are computed when rendering; each slot counts its own bucket only.
    resolve_buckets: [AtomicU64; BUCKETS.len() + 1],
    resolve_count: AtomicU64,
    resolve_sum_nanos: AtomicU64,
    reloads_ok: AtomicU64,
    reloads_failed: AtomicU64,
}

/// What `/metrics` shows about the loaded locale set besides the counters.
pub(crate) struct SetInfo<'a> {
    pub(crate) version: &'a str,
    pub(crate) origin: &'a str,
    pub(crate) locales: usize,
    pub(crate) loaded_at_unix: u64,
    pub(crate) last_reload_failed: bool,
}

impl Metrics {
    pub(crate) fn new() -> Self {
        Metrics {
            requests: std::array::from_fn(|_| std::array::from_fn(|_| AtomicU64::new(0))),
            resolve_buckets: std::array::from_fn(|_| AtomicU64::new(0)),
            resolve_count: AtomicU64::new(0),
            resolve_sum_nanos: AtomicU64::new(0),
            reloads_ok: AtomicU64::new(0),
            reloads_failed: AtomicU64::new(0),
        }
    }

    /// The label for a request path: one of [`ROUTES`].
    pub(crate) fn route_label(path: &str) -> &'static str {
        match path {
            "/v1/errors" => ROUTES[1],
            "/healthz" => ROUTES[2],
            "/metrics" => ROUTES[3],
            _ => match path.strip_prefix("/v1/errors/") {
                Some(code) if !code.is_empty() && !code.contains('/') => ROUTES[0],
                _ => ROUTES[4],
            },
        }
    }

    pub(crate) fn count_request(&self, route: &str, status: StatusCode) {
        let route = ROUTES
            .iter()
            .position(|r| *r == route)
            .unwrap_or(ROUTES.len() - 1);
        let status = STATUSES
            .iter()
            .position(|s| *s == status.as_u16())
            .unwrap_or(STATUSES.len() - 1);
        if let Some(counter) = self.requests.get(route).and_then(|row| row.get(status)) {
            counter.fetch_add(1, Ordering::Relaxed);
        }
    }

    pub(crate) fn observe_resolve(&self, elapsed: Duration) {
        let secs = elapsed.as_secs_f64();
        let slot = BUCKETS
            .iter()
            .position(|bound| secs <= *bound)
            .unwrap_or(BUCKETS.len());
        if let Some(bucket) = self.resolve_buckets.get(slot) {
            bucket.fetch_add(1, Ordering::Relaxed);
        }
        self.resolve_count.fetch_add(1, Ordering::Relaxed);
        let nanos = u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX);
        self.resolve_sum_nanos.fetch_add(nanos, Ordering::Relaxed);
    }

    pub(crate) fn count_reload(&self, ok: bool) {
        let counter = if ok {
            &self.reloads_ok
        } else {
            &self.reloads_failed
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// Reload counts: (succeeded, failed).
    pub(crate) fn reloads(&self) -> (u64, u64) {
        (
            self.reloads_ok.load(Ordering::Relaxed),
            self.reloads_failed.load(Ordering::Relaxed),
        )
    }

    /// The text exposition format, version 0.0.4.
    pub(crate) fn render(&self, set: &SetInfo<'_>) -> String {
        let mut out = String::with_capacity(4096);
        out.push_str(
            "# HELP fresns_i18n_http_requests_total HTTP requests by route and status.\n\
             # TYPE fresns_i18n_http_requests_total counter\n",
        );
        for (route, row) in ROUTES.iter().zip(&self.requests) {
            for (status, counter) in STATUSES.iter().zip(row) {
                let count = counter.load(Ordering::Relaxed);
                if count == 0 {
                    continue;
                }
                let status = match status {
                    0 => "other".to_owned(),
                    code => code.to_string(),
                };
                let _ = writeln!(
                    out,
                    "fresns_i18n_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {count}"
                );
            }
        }

        out.push_str(
            "# HELP fresns_i18n_resolve_duration_seconds Time to resolve one message.\n\
             # TYPE fresns_i18n_resolve_duration_seconds histogram\n",
        );
        let mut cumulative = 0;
        for (bound, bucket) in BUCKETS.iter().zip(&self.resolve_buckets) {
            cumulative += bucket.load(Ordering::Relaxed);
            let _ = writeln!(
                out,
                "fresns_i18n_resolve_duration_seconds_bucket{{le=\"{bound}\"}} {cumulative}"
            );
        }
        // Read the count after the buckets so `+Inf` is never below the last finite bucket.
        let count = self.resolve_count.load(Ordering::Relaxed).max(cumulative);
        let sum = self.resolve_sum_nanos.load(Ordering::Relaxed) as f64 / 1e9;
        let _ = writeln!(
            out,
            "fresns_i18n_resolve_duration_seconds_bucket{{le=\"+Inf\"}} {count}\n\
             fresns_i18n_resolve_duration_seconds_sum {sum}\n\
             fresns_i18n_resolve_duration_seconds_count {count}"
        );

        let (ok, failed) = self.reloads();
        let _ = writeln!(
            out,
            "# HELP fresns_i18n_reloads_total Locale set reloads by result.\n\
             # TYPE fresns_i18n_reloads_total counter\n\
             fresns_i18n_reloads_total{{result=\"ok\"}} {ok}\n\
             fresns_i18n_reloads_total{{result=\"failed\"}} {failed}"
        );
        let _ = writeln!(
            out,
            "# HELP fresns_i18n_locale_set_info The loaded locale set; version is a hash of its files.\n\
             # TYPE fresns_i18n_locale_set_info gauge\n\
             fresns_i18n_locale_set_info{{version=\"{}\",origin=\"{}\"}} 1\n\
             # HELP fresns_i18n_locale_set_locales Locales in the loaded set.\n\
             # TYPE fresns_i18n_locale_set_locales gauge\n\
             fresns_i18n_locale_set_locales {}\n\
             # HELP fresns_i18n_locale_set_loaded_timestamp_seconds When the loaded set went live.\n\
             # TYPE fresns_i18n_locale_set_loaded_timestamp_seconds gauge\n\
             fresns_i18n_locale_set_loaded_timestamp_seconds {}\n\
             # HELP fresns_i18n_last_reload_failed 1 while the newest edit is rejected and an older set is served.\n\
             # TYPE fresns_i18n_last_reload_failed gauge\n\
             fresns_i18n_last_reload_failed {}",
            escape_label(set.version),
            escape_label(set.origin),
            set.locales,
            set.loaded_at_unix,
            u8::from(set.last_reload_failed),
        );
        out
    }
}

/// Escapes a label value as the exposition format requires.
fn escape_label(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for ch in value.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_are_labelled_without_growing_the_label_set() {
        assert_eq!(
            Metrics::route_label("/v1/errors/31401"),
            "/v1/errors/{code}"
        );
        assert_eq!(Metrics::route_label("/v1/errors"), "/v1/errors");
        assert_eq!(Metrics::route_label("/v1/errors/"), "other");
        assert_eq!(Metrics::route_label("/v1/errors/1/2"), "other");
        assert_eq!(Metrics::route_label("/wp-admin"), "other");
    }

    #[test]
    fn histogram_buckets_are_cumulative() {
        let metrics = Metrics::new();
        metrics.observe_resolve(Duration::from_micros(3));
        metrics.observe_resolve(Duration::from_micros(30));
        metrics.observe_resolve(Duration::from_secs(1));
        let text = metrics.render(&SetInfo {
            version: "v",
            origin: "o\"x",
            locales: 1,
            loaded_at_unix: 0,
            last_reload_failed: false,
        });
        assert!(text.contains("_bucket{le=\"0.000005\"} 1\n"), "{text}");
        assert!(text.contains("_bucket{le=\"0.00005\"} 2\n"), "{text}");
        assert!(text.contains("_bucket{le=\"0.1\"} 2\n"), "{text}");
        assert!(text.contains("_bucket{le=\"+Inf\"} 3\n"), "{text}");
        assert!(text.contains("_count 3\n"), "{text}");
        assert!(text.contains("origin=\"o\\\"x\""), "{text}");
    }
}
