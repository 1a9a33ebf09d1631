//! Turns on the suites that need outside services when their variables are set, so that a
//! plain `cargo test` reports each as skipped in one line:
//! `SAMENSPRAAK_TEST_DATABASE_URL` (PostgreSQL), `SAMENSPRAAK_E2E=1` (Chromium) and
//! `SAMENSPRAAK_TEST_S3=1` (an S3-compatible server: `moto_server`, from PyPI's `moto[server]`).
fn main() {
    println!("cargo::rustc-check-cfg=cfg(pg_tests)");
    println!("cargo::rustc-check-cfg=cfg(e2e_tests)");
    println!("cargo::rustc-check-cfg=cfg(s3_tests)");
    println!("cargo::rerun-if-env-changed=SAMENSPRAAK_TEST_S3");
    println!("cargo::rerun-if-env-changed=SAMENSPRAAK_TEST_DATABASE_URL");
    println!("cargo::rerun-if-env-changed=SAMENSPRAAK_E2E");
    if std::env::var_os("SAMENSPRAAK_TEST_DATABASE_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=pg_tests");
    }
    if std::env::var("SAMENSPRAAK_TEST_S3").is_ok_and(|v| v == "1") {
        println!("cargo::rustc-cfg=s3_tests");
    }
    if std::env::var("SAMENSPRAAK_E2E").is_ok_and(|v| v == "1") {
        println!("cargo::rustc-cfg=e2e_tests");
    }
}
