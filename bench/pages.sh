#!/usr/bin/env bash
# Page speed against a floor measured in the same run: the release binary serves the demo
# school on SQLite; wrk (one thread, on loopback) asks for /healthz (one trivial query: the
# floor) and then for the pages a teacher uses most, signed in, and a child's talk on the
# class tablet. Prints req/s and latency,
# and the server's peak memory. Usage: bash bench/pages.sh [seconds-per-page]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
bin="${CARGO_TARGET_DIR:-target}/release/samenspraak"
[ -x "$bin" ] || cargo build --release
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
SAMENSPRAAK_LOG=warn "$bin" demo --port "$port" --data-dir "$data" >"$data/out.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

base="http://127.0.0.1:$port"
jar="$data/cookies"
curl -s -c "$jar" -o /dev/null -d 'email=an.desmet@regenboog.example&password=kom-gesprek-demo' "$base/login"
sid=$(awk '$6 == "sid" {print $7}' "$jar")
round=$(curl -s -b "$jar" "$base/rounds" | grep -o 'href="/rounds/[a-z0-9]\{16\}"' | head -1 | cut -d'"' -f2)
class=$(curl -s -b "$jar" "$base/classes" | grep -o 'href="/classes/[a-z0-9]\{16\}"' | head -1 | cut -d'"' -f2)

run() {
  local name="$1" path="$2" cookie="${3:-$sid}"
  local out
  out=$(wrk -t1 -c32 -d"${seconds}s" --latency -H "Cookie: sid=$cookie" "$base$path")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  local non2xx
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-28s %10s req/s   p50 %8s   p99 %8s   %s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:+non-2xx: $non2xx}"
}

echo "32 connections, ${seconds} s each, $(nproc) cores shared by server and wrk"
run "floor: /healthz" "/healthz"
run "start page" "/"
run "class page (22 children)" "$class"
run "round page (her class, 22 rows)" "$round"

# A child talk, on the teacher's laptop and on the class tablet (the child signed in with
# the class code and their pictures, read from the teacher's tablet page).
plan="$round/talks/${class#/classes/}"
curl -s -b "$jar" -o /dev/null -X POST "$base$plan/plan"
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
curl -s -c "$kid_jar" -o /dev/null -d "p1=$1&p2=$2&p3=$3" "$base/tablet/$code/$child"
kid=$(awk '$6 == "sid" {print $7}' "$kid_jar")
run "child talk (tablet)" "/tablet/talk" "$kid"
echo "server peak memory: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
