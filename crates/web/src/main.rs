//! `samenspraak`: see `samenspraak help`.

fn main() -> std::process::ExitCode {
    samenspraak_web::cli::main()
}
