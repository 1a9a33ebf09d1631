#!/usr/bin/env bash
# Page speed against a floor measured in the same run: the release binary serves the demo
# school on SQLite; wrk (one thread, 64 connections, on loopback, on the same cores as the
# server) asks for /healthz (HTTP alone: the floor) and then, signed in, for the pages used
# most: the round overview, a class, a child talk on the teacher's laptop and on the class
# tablet, the parent portal and the parent's slot page. Each page is measured right after
# its own floor, REPEATS times; prints one JSON line per page with the medians, the spread
# and the ratios to the floor (targets: requests/s >= 0.15 x the floor's, p99 <= 3 x the
# floor's), and the server's peak memory.
# Usage: bash bench/pages.sh [seconds-per-measurement] [repeats]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
repeats="${2:-5}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

source bench/demo.sh
jar="$data/cookies"
curl -s -c "$jar" -o /dev/null -H "Origin: $base" -d 'email=an.desmet@regenboog.example&password=kom-gesprek-demo' "$base/login"
sid=$(awk '$6 == "sid" {print $7}' "$jar")
round=$(curl -s -b "$jar" "$base/rounds" | grep -o 'href="/rounds/[a-z0-9]\{16\}"' | head -1 | cut -d'"' -f2)
class=$(curl -s -b "$jar" "$base/classes" | grep -o 'href="/classes/[a-z0-9]\{16\}"' | head -1 | cut -d'"' -f2)

# One wrk measurement: "requests/s p99-ms".
measure() {
  local path="$1" cookie="$2"
  wrk -t1 -c64 -d"${seconds}s" --latency -H "Cookie: sid=$cookie" "$base$path" | python3 -c '
import re, sys
out = sys.stdin.read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
v, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
p99 = float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
if bad:
    sys.exit(f"{bad.group(1)} answers were not 2xx")
print(rps, p99)'
}

# A page against the floor, REPEATS times, each page measurement right after its floor's.
run() {
  local name="$1" path="$2" cookie="${3:-$sid}"
  curl -fs -o /dev/null -H "Cookie: sid=$cookie" "$base$path" || { echo "$name: $path does not answer 200" >&2; exit 1; }
  local rows=""
  for _ in $(seq 1 "$repeats"); do
    rows+="$(measure /healthz "$cookie") $(measure "$path" "$cookie")"$'\n'
  done
  NAME="$name" ROWS="$rows" python3 -c '
import json, os, statistics as st
rows = [list(map(float, r.split())) for r in os.environ["ROWS"].split("\n") if r.strip()]
f_rps, f_p99, rps, p99 = (sorted(c) for c in zip(*rows))
ratio = sorted(r[2] / r[0] for r in rows)
lat = sorted(r[3] / r[1] for r in rows)
print(json.dumps({
    "bench": "page", "page": os.environ["NAME"], "connections": 64, "repeats": len(rows),
    "requests_per_second": round(st.median(rps)), "spread": [round(rps[0]), round(rps[-1])],
    "p99_ms": round(st.median(p99), 2),
    "floor": {"path": "/healthz", "requests_per_second": round(st.median(f_rps)), "p99_ms": round(st.median(f_p99), 2)},
    "ratio": round(st.median(ratio), 3), "ratio_spread": [round(ratio[0], 3), round(ratio[-1], 3)],
    "p99_to_floor": round(st.median(lat), 2), "targets": {"ratio": 0.15, "p99_to_floor": 3.0},
}, ensure_ascii=False))'
}

echo "64 connections, ${seconds} s a measurement, ${repeats} repeats, $(nproc) cores shared by server and wrk" >&2
run "start page" "/"
run "class page" "$class"
run "round overview" "$round"

# A child talk, on the teacher's laptop and on the class tablet (the child signed in with
# the class code and their pictures, read from the teacher's tablet page).
plan="$round/talks/${class#/classes/}"
curl -s -b "$jar" -o /dev/null -H "Origin: $base" -X POST "$base$plan/plan"
talk=$(curl -s -b "$jar" "$base$plan" | grep -o "href=\"$plan/[a-z0-9]\{16\}\"" | head -1 | cut -d'"' -f2)
run "child talk (teacher)" "$talk"
read -r code child pictures < <(curl -s -b "$jar" "$base$class/tablet" | python3 -c '
import re, sys
html = sys.stdin.read()
code = re.search(r"/tablet/([A-Z0-9]{6})", html).group(1)
words, child = re.search(r"<span class=\"meta\">([^<]+)</span>.*?/tablet/([a-z0-9]{16})/reset", html, re.S).groups()
names = ["zon", "maan", "ster", "boom", "bloem", "kat", "vis", "huis", "bal"]
print(code, child, " ".join(str(names.index(w.strip())) for w in words.split(",")))')
set -- $pictures
kid_jar="$data/kid-cookies"
curl -s -c "$kid_jar" -o /dev/null -H "Origin: $base" -d "p1=$1&p2=$2&p3=$3&p4=$4" "$base/tablet/$code/$child"
kid=$(awk '$6 == "sid" {print $7}' "$kid_jar")
run "child talk (tablet)" "/tablet/talk" "$kid"

# The parent: Samira Bennani's letter link, its button, her portal and her slot page.
invite=$(sed -n 's/^link guardian Samira Bennani \(http[^ ]*\)$/\1/p' "$data/out.log")
parent_jar="$data/parent-cookies"
curl -s -c "$parent_jar" -o /dev/null -X POST -H "Origin: $base" "$invite"
parent=$(awk '$6 == "sid" {print $7}' "$parent_jar")
run "parent portal" "/family" "$parent"
slots=$(curl -s -H "Cookie: sid=$parent" "$base/family" | grep -o 'href="/family/book/[a-z0-9]\{16\}/[a-z0-9]\{16\}"' | head -1 | cut -d'"' -f2)
run "slot page" "$slots" "$parent"

echo "{\"bench\":\"pages_memory\",\"peak_rss_mb\":$(awk '/VmHWM/ {printf "%.1f", $2 / 1024}' /proc/$pid/status)}"
