#!/usr/bin/env bash
# The documents a school waits for, measured on the release binary and the demo school
# (SQLite): a class's invitation letters as one PDF (35 letters), the class's conversation
# summaries as one PDF (every child booked by the teacher, every frame filled in first), and
# a 1,000-row XLSX class list read into the import preview (upload, then preview).
# Each is timed REPEATS times beside its floor, a /healthz request on the same connection
# setup just before it; one JSON line per case with the median, the spread, the pages or
# rows it made, and the server's peak memory for the import.
# Usage: bash bench/documents.sh [repeats]
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-5}"

source bench/demo.sh

sign_in() {
  curl -s -c "$1" -o /dev/null -H "Origin: $base" -d "email=$2&password=kom-gesprek-demo" "$base/login"
}
# Seconds for one request; the body goes to $data/body.
t() { curl -s -H "Origin: $base" -o "$data/body" -w '%{time_total}' "$@"; }
# Prints a case's JSON line from its times and floors (seconds, space-separated).
report() {
  NAME="$1" WHAT="$2" MADE="$3" TIMES="$4" FLOORS="$5" RSS="${6:-}" python3 -c '
import json, os, statistics as st
ms = sorted(float(x) * 1000 for x in os.environ["TIMES"].split())
fl = sorted(float(x) * 1000 for x in os.environ["FLOORS"].split())
line = {"bench": os.environ["NAME"], "case": os.environ["WHAT"], "made": os.environ["MADE"],
  "median_ms": round(st.median(ms), 1), "spread_ms": [round(ms[0], 1), round(ms[-1], 1)],
  "floor_ms": round(st.median(fl), 2), "ratio": round(st.median(ms) / st.median(fl), 1),
  "target_ms": 1000, "repeats": len(ms)}
if os.environ["RSS"]:
    line["server_peak_rss_mb"] = round(int(os.environ["RSS"]) / 1024, 1)
print(json.dumps(line))'
}
# Times `repeats` requests of a case, each right after a /healthz floor.
measure() {
  local name="$1" what="$2" made="$3"; shift 3
  local times="" floors=""
  for _ in $(seq 1 "$repeats"); do
    floors+="$(t "$base/healthz") "
    times+="$(t "$@") "
  done
  report "$name" "$what" "$made" "$times" "$floors"
}
pages() { pdfinfo "$data/body" 2>/dev/null | awk '/^Pages:/ {print $2}'; }

teacher="$data/teacher"
sign_in "$teacher" an.desmet@regenboog.example
# The teacher's round and class, as her start page links them.
path=$(curl -s -b "$teacher" "$base/" | grep -o '/rounds/[A-Za-z0-9_-]*' | head -1)
round=${path#/rounds/}
class=$(curl -s -b "$teacher" "$base/" | grep -o "/rounds/$round/invitations/[A-Za-z0-9_-]*" | head -1 | awk -F/ '{print $NF}')

letters=(-b "$teacher" -d '' "$base/rounds/$round/invitations/$class/letters.pdf")
t "${letters[@]}" >/dev/null
measure class_letters_pdf "a class's invitation letters, one PDF" "$(pages) pages" "${letters[@]}"

# The teacher books every child of the class into a free slot, as for families who did not
# choose, and fills in every conversation frame: then each child has a summary.
slots="$base/rounds/$round/slots/$class"
while :; do
  page=$(curl -s -b "$teacher" "$slots")
  action=$(grep -o 'action="[^"]*/book"' <<<"$page" | head -1 | cut -d'"' -f2 || true)
  child=$(grep -o '<option value="[a-z0-9]\{16\}"' <<<"$page" | head -1 | cut -d'"' -f2 || true)
  [ -n "$action" ] && [ -n "$child" ] || break
  curl -s -b "$teacher" -H "Origin: $base" -o /dev/null -d "child=$child" "$base$action"
done
for frame in $(curl -s -b "$teacher" "$base/rounds/$round" | grep -o "/rounds/$round/frame/[a-z0-9]*" | sort -u); do
  curl -s -b "$teacher" -H "Origin: $base" -o /dev/null \
    --data-urlencode "box_going_well=Lezen gaat vlot: elke avond een kwartier, en ze vertelt graag over wat ze las." \
    --data-urlencode "box_hard=Breuken en kommagetallen; thuis samen oefenen met de bundel van de klas." \
    --data-urlencode "box_next_conversation=Na de paasvakantie, over de keuze voor het secundair." "$base$frame"
done
summaries=(-b "$teacher" "$slots/summaries.pdf")
t "${summaries[@]}" >/dev/null
measure class_summaries_pdf "a class's conversation summaries, one PDF" "$(pages) pages" "${summaries[@]}"

# 1,000 children in 40 classes, with their guardians, as a spreadsheet program saves it.
python3 - "$data/school.xlsx" <<'PY'
import sys, zipfile
from xml.sax.saxutils import escape
rows = [["Klas", "Voornaam", "Naam", "Geboortedatum", "Ouder 1 naam", "Ouder 1 e-mail", "Ouder 1 taal", "Ouder 2 naam", "Ouder 2 GSM"]]
for n in range(1000):
    c, grade = n // 25, (n // 25) % 6 + 1
    rows.append([f"{grade}{chr(65 + c // 6)}", f"Kind{n}", f"Familie{n}", f"{n % 28 + 1:02d}/{n % 12 + 1:02d}/{2020 - grade}",
                 f"Mama {n}", f"mama{n}@example.be", "Nederlands", f"Papa {n}", f"0470 {n:06d}"])
def col(i): return chr(65 + i)
sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
for r, row in enumerate(rows, 1):
    sheet.append(f'<row r="{r}">' + "".join(f'<c r="{col(i)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for i, v in enumerate(row)) + "</row>")
sheet.append("</sheetData></worksheet>")
files = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Leerlingen" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": "".join(sheet),
}
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name, body in files.items():
        z.writestr(name, body)
PY
admin="$data/admin"
sign_in "$admin" directie@regenboog.example
# Upload and preview, as the admin does: each upload makes a fresh preview.
times="" floors=""
for _ in $(seq 1 "$repeats"); do
  floors+="$(t "$base/healthz") "
  read -r upload location < <(curl -s -b "$admin" -H "Origin: $base" -o /dev/null \
    -w '%{time_total} %{redirect_url}\n' -F "file=@$data/school.xlsx" "$base/import")
  preview=$(t -b "$admin" "$location")
  times+="$(python3 -c "print($upload + $preview)") "
done
rows=$(grep -o 'Kind[0-9]*' "$data/body" | sort -u | wc -l)
report import_xlsx_preview "1,000-row XLSX, upload and preview" "$rows children shown" "$times" "$floors" \
  "$(awk '/VmHWM/ {print $2}' /proc/$pid/status)"
