#!/usr/bin/env bash
# A large class list, measured: a whole school's list (60 classes × 25 children, two
# guardians each) is uploaded, previewed and confirmed by the school admin of the demo
# school, on the release binary and SQLite. A /healthz request in the same run is the
# floor. Prints seconds per step and the server's peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/demo.sh

python3 - "$data/school.csv" <<'PY'
import sys
rows = ["Klas;Voornaam;Naam;Geboortedatum;Ouder 1 naam;Ouder 1 e-mail;Ouder 1 taal;Ouder 2 naam;Ouder 2 GSM"]
for c in range(60):
    grade = c % 6 + 1
    for k in range(25):
        n = c * 25 + k
        rows.append(f"{grade}{chr(65 + c // 6)};Kind{n};Familie{n};{(k % 28) + 1:02d}/{(k % 12) + 1:02d}/{2020 - grade};Mama {n};mama{n}@example.be;Nederlands;Papa {n};0470 {n:06d}")
open(sys.argv[1], "w").write("\n".join(rows) + "\n")
PY
echo "file: $(($(wc -l < "$data/school.csv") - 1)) rows, $(du -k "$data/school.csv" | cut -f1) KiB"

jar="$data/cookies"
curl -s -c "$jar" -o /dev/null -H "Origin: $base" -d 'email=directie@regenboog.example&password=kom-gesprek-demo' "$base/login"
t() { curl -s -b "$jar" -H "Origin: $base" -o /dev/null -w '%{time_total}' "$@"; }
floor=$(t "$base/healthz")
read -r upload_time location < <(curl -s -b "$jar" -H "Origin: $base" -o /dev/null -w '%{time_total} %{redirect_url}\n' -F "file=@$data/school.csv" "$base/import")
preview_time=$(t "$location")
confirm_time=$(t -X POST "$location")
again=$(curl -s -b "$jar" -H "Origin: $base" -o /dev/null -w '%{redirect_url}' -F "file=@$data/school.csv" "$base/import")
repreview_time=$(t "$again")
reconfirm_time=$(t -X POST "$again")
printf 'floor /healthz        %6.3f s\n' "$floor"
printf 'upload and read       %6.3f s\n' "$upload_time"
printf 'preview               %6.3f s\n' "$preview_time"
printf 'confirm (all new)     %6.3f s\n' "$confirm_time"
printf 'preview again         %6.3f s\n' "$repreview_time"
printf 'confirm (all updates) %6.3f s\n' "$reconfirm_time"
echo "children in the school: $(curl -s -b "$jar" "$base/classes" | grep -o '<td>[0-9]*</td>' | tr -dc '0-9\n' | awk '{s+=$1} END {print s}')"
echo "server peak memory: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
