//! Turns the PostgreSQL suite on when `SAMENSPRAAK_TEST_DATABASE_URL` is set, so that
//! `cargo test` without it reports the suite as skipped in one line.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(pg_tests)");
    println!("cargo::rerun-if-env-changed=SAMENSPRAAK_TEST_DATABASE_URL");
    if std::env::var_os("SAMENSPRAAK_TEST_DATABASE_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=pg_tests");
    }
}
