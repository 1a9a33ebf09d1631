//! Turns on the PostgreSQL test of the bench (two instances, one killed) when
//! `SAMENSPRAAK_TEST_DATABASE_URL` is set, as the web crate does for its suite.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(pg_tests)");
    println!("cargo::rerun-if-env-changed=SAMENSPRAAK_TEST_DATABASE_URL");
    if std::env::var_os("SAMENSPRAAK_TEST_DATABASE_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=pg_tests");
    }
}
