#!/usr/bin/env bash
# Every benchmark, one JSON line per case, each against a floor measured in the same run:
# the planners, memory and start-up, the pages (64 connections), the documents (a class's
# letters as one PDF, a 1,000-row XLSX import preview), the booking rush on
# SQLite (REPEATS runs, then their medians) and, with a PostgreSQL server, the rush on two
# instances. Figures go to docs/performance.md with the machine they came from.
# Usage: bash bench/all.sh [repeats] [postgres://server-url]
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-5}"
pg="${2:-}"
target="${CARGO_TARGET_DIR:-target}"
cargo build --release -q -p samenspraak-web -p samenspraak-bench
bench="$target/release/samenspraak-bench"

echo "{\"bench\":\"machine\",\"cores\":$(nproc),\"cpu\":\"$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)\",\"memory_gb\":$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)}"
"$bench" planners --repeats "$repeats"
bash bench/memory.sh "$repeats"
bash bench/pages.sh 5 "$repeats"
bash bench/documents.sh "$repeats"

# The rush: REPEATS runs, each with its own floors, then the medians of the ratios.
rush() {
  local label="$1"; shift
  local lines=""
  for _ in $(seq 1 "$repeats"); do
    local line
    line=$("$bench" rush "$@")
    echo "$line"
    lines+="$line"$'\n'
  done
  LABEL="$label" LINES="$lines" python3 -c '
import json, os, statistics as st
runs = [json.loads(l) for l in os.environ["LINES"].splitlines() if l.strip()]
def med(f):
    xs = sorted(f(r) for r in runs)
    return round(st.median(xs), 3), [round(xs[0], 3), round(xs[-1], 3)]
ratio, ratio_spread = med(lambda r: r["bookings_per_second"] / r["http_floor"]["bookings_per_second_at_most"])
p99, p99_spread = med(lambda r: r["p99_ms"] / r["http_floor"]["p99_ms"])
page, page_spread = med(lambda r: r["slot_page_p99_ms"] / r["http_floor"]["p99_ms"])
print(json.dumps({
    "bench": "rush_summary", "setup": os.environ["LABEL"], "repeats": len(runs),
    "bookings_per_second": med(lambda r: r["bookings_per_second"])[0],
    "http_ceiling_bookings_per_second": med(lambda r: r["http_floor"]["bookings_per_second_at_most"])[0],
    "ratio": ratio, "ratio_spread": ratio_spread,
    "booking_p99_to_http_p99": p99, "booking_p99_spread": p99_spread,
    "slot_page_p99_to_http_p99": page, "slot_page_p99_spread": page_spread,
    "peak_rss_mb": med(lambda r: r["max_rss_mb"])[0],
    "double_bookings": sum(r["double_bookings"] for r in runs),
    "booked_but_not_stored": sum(r["booked_but_not_stored"] for r in runs),
}))'
}
rush "sqlite, 1 instance, 2000 families"
if [ -n "$pg" ]; then
  rush "postgres, 2 instances, 2000 families" --database-url "$pg" --instances 2
fi
