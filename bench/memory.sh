#!/usr/bin/env bash
# Memory and start-up of the release binary on the demo school (SQLite): the time from
# starting the process on an existing data directory to a healthy /healthz (the floor: the
# same wait for a process that only prints its usage), the resident memory when idle, and
# with 1,000 open idle connections (each has asked for /healthz once and stays open, as a
# browser's kept-alive connection does). Prints one JSON line.
# Usage: bash bench/memory.sh [repeats]
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-5}"
bin="${CARGO_TARGET_DIR:-target}/release/samenspraak"
[ -x "$bin" ] || cargo build --release
ulimit -n 4096

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# The first start makes the demo school; the measured starts find it there.
SAMENSPRAAK_LOG=warn "$bin" demo --port "$port" --data-dir "$data" >"$data/first.log" 2>&1 &
first=$!
for _ in $(seq 1 200); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
kill -TERM "$first"; wait "$first" || true

BIN="$bin" DATA="$data" PORT="$port" REPEATS="$repeats" python3 - <<'PY'
import json, os, socket, statistics as st, subprocess, time

bin, data, port, repeats = os.environ["BIN"], os.environ["DATA"], int(os.environ["PORT"]), int(os.environ["REPEATS"])
env = dict(os.environ, SAMENSPRAAK_LOG="warn")

def healthy():
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False

def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

starts, floors, idle, loaded = [], [], [], []
for _ in range(repeats):
    t = time.perf_counter()
    subprocess.run([bin, "--help"], env=env, capture_output=True)
    floors.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    p = subprocess.Popen([bin, "serve", "--port", str(port), "--data-dir", data], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not healthy():
        time.sleep(0.002)
    starts.append((time.perf_counter() - t) * 1000)
    time.sleep(1.0)
    idle.append(rss_mb(p.pid))
    conns = []
    for _ in range(1000):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        conns.append(s)
    for s in conns:
        s.recv(256)
    time.sleep(0.5)
    loaded.append(rss_mb(p.pid))
    for s in conns:
        s.close()
    p.terminate()
    p.wait()

def spread(xs):
    return [round(min(xs), 1), round(max(xs), 1)]

print(json.dumps({
    "bench": "memory_and_start", "repeats": repeats,
    "start_to_healthy_ms": round(st.median(starts), 1), "start_spread": spread(starts),
    "floor": {"what": "the binary printing its usage", "ms": round(st.median(floors), 1)},
    "idle_rss_mb": round(st.median(idle), 1), "idle_spread": spread(idle),
    "rss_with_1000_idle_connections_mb": round(st.median(loaded), 1), "loaded_spread": spread(loaded),
    "targets": {"start_to_healthy_ms": 300, "idle_rss_mb": 60, "rss_with_1000_idle_connections_mb": 100},
}))
PY
