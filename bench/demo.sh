# Sourced by the page, document and import benchmarks: starts the release binary's demo
# school on a free port with a data dir of its own, stopped and removed when the script
# ends, and waits until it answers. Sets bin, data, port, pid and base.
bin="${CARGO_TARGET_DIR:-target}/release/samenspraak"
[ -x "$bin" ] || cargo build --release -q -p samenspraak-web
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
SAMENSPRAAK_LOG=warn "$bin" demo --port "$port" --data-dir "$data" >"$data/out.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"
