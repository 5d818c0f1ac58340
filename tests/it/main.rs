//! The integration tests, as one test binary: one link of the library instead of one per file.
//! Modules that drive the `fresns-i18n` binary need the `cli` feature.

mod common;

#[cfg(feature = "axum")]
mod axum_integration;
mod check_cases;
#[cfg(feature = "cli")]
mod cli;
mod en_source;
#[cfg(feature = "cli")]
mod export_import;
mod fast_path;
mod fixture_cases;
mod hostile_locales;
#[cfg(feature = "cli")]
mod layout;
mod locale_folders;
#[cfg(feature = "cli")]
mod preview_browser;
#[cfg(feature = "cli")]
mod preview_cli;
mod properties;
mod readme;
mod real_locales;
mod reload_layouts;
#[cfg(feature = "cli")]
mod serve;
#[cfg(feature = "server")]
mod server_api;
#[cfg(all(feature = "cli", feature = "db"))]
mod site_db;
