//! Rebuild when translators add, remove or edit files under `locales/`:
//! `include_dir!` alone does not notice new files.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
