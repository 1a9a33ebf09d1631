//! `samenspraak`: see `samenspraak help`.

// A request allocates many small strings (the page, the session, the slots' words); in a
// booking rush the system allocator spent a fifth of the server's time on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    samenspraak_web::cli::main()
}
