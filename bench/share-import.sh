#!/usr/bin/env bash
# Measures a share import as an officer makes it: an XLSX workbook of 5,000 rows checked ("Check the shares", the
# preview) and stored ("Store these shares", which reads the checked rows again and replaces the dataset's), each
# run a new workbook of other firms and shares into another of eight datasets. Starts the packaged application on its
# own schema, imports a case with one market of eight empty datasets through the case API, then times WARMUP + RUNS
# imports, each followed by one request for the bare-stack reference page (benchmark build), so the stack's own cost
# is measured in the same run. Prints the median, 90th percentile and maximum of the check, the store, the two
# together and the reference.
# Loopback only; it stops the application when done.
#
#   bench/share-import.sh            # defaults: PORT=8091 WARMUP=5 RUNS=30 ROWS=5000
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8091}
WARMUP=${WARMUP:-5}
RUNS=${RUNS:-30}
ROWS=${ROWS:-5000}
SCHEMA=desk_bench_import
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d)
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
. bench/lib.sh

ensure_bench_build
reset_schema "$SCHEMA"
start_ready "$PORT"
sign_in "$PORT" "$WORK/cookies" officer officer

python3 - "$WORK/case.json" <<'PY'
import json, random, sys
datasets = [{"period": str(2018 + i), "source": "Bench source", "confidential": False, "rows": []} for i in range(8)]
case = {"formatVersion": 1, "reference": "AT.%d" % random.randint(10**7, 10**8 - 1), "title": "Share import bench",
        "type": "MERGER", "status": "OPEN", "openedOn": "2026-01-05",
        "markets": [{"name": "Bench market", "productScope": "IaaS", "geographicScope": "Worldwide", "period": "2025",
                     "shareBasis": "REVENUE", "datasets": datasets}]}
json.dump(case, open(sys.argv[1], "w"))
PY
CASE_ID=$(curl -fs -b "$WORK/cookies" -H 'Content-Type: application/json' --data-binary @"$WORK/case.json" \
  -D - -o /dev/null "$BASE/api/v1/cases/import" | sed -n 's/^Location: .*\/\([0-9]*\)\r$/\1/p')
MARKET=$(curl -fs -b "$WORK/cookies" "$BASE/cases/$CASE_ID" | grep -o "/cases/$CASE_ID/markets/[0-9]*" | head -1)
mapfile -t DATASETS < <(curl -fs -b "$WORK/cookies" "$BASE$MARKET" | grep -o 'dataset=[0-9]*' | sort -u | cut -d= -f2)

# A workbook of ROWS firms with shares of 0.0001 to 0.0199 percent points each (the sum stays under 100), its cells
# written by hand as an XLSX's parts (inline strings), so the script needs no library.
workbook() {
  python3 - "$1" "$2" "$ROWS" <<'PY'
import random, sys, zipfile
path, seed, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
cells = ['<row r="1"><c r="A1" t="inlineStr"><is><t>firm</t></is></c><c r="B1" t="inlineStr"><is><t>share</t></is></c></row>']
for i in range(2, rows + 2):
    cells.append('<row r="%d"><c r="A%d" t="inlineStr"><is><t>Firm %d-%d</t></is></c><c r="B%d"><v>%s</v></c></row>'
                 % (i, i, seed, i, i, "%.4f" % rng.uniform(0.0001, 0.0199)))
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Shares" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(cells) + '</sheetData></worksheet>',
}
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(name, text)
PY
}

import_once() {
  local n=$1 dataset=${DATASETS[$(( $1 % ${#DATASETS[@]} ))]} token check store
  workbook "$WORK/shares.xlsx" "$n"
  token=$(csrf_token "$PORT" "$WORK/cookies" "$MARKET?dataset=$dataset")
  check=$(curl -fs -b "$WORK/cookies" -o "$WORK/preview.html" -w '%{time_total}' \
    -F "csrf-token=$token" -F "file=@$WORK/shares.xlsx" "$BASE$MARKET/datasets/$dataset/import")
  python3 -c 'import html, re, sys; sys.stdout.write(html.unescape(re.search(r"name=\"rows\" value=\"([^\"]*)\"", open(sys.argv[1]).read()).group(1)))' \
    "$WORK/preview.html" >"$WORK/rows.tsv"
  store=$(curl -fs -b "$WORK/cookies" -o /dev/null -w '%{time_total}' \
    -F "csrf-token=$token" -F "rows=<$WORK/rows.tsv" -F replace=true "$BASE$MARKET/datasets/$dataset/import/store")
  ref=$(curl -fs -o /dev/null -w '%{time_total}' "$BASE/bench/reference")
  echo "$check $store $ref"
}

for n in $(seq 1 $((WARMUP + RUNS))); do
  t=$(import_once "$n")
  [ "$n" -gt "$WARMUP" ] && echo "$t"
done >"$WORK/times"

python3 - "$WORK/times" "$ROWS" <<'PY'
import statistics, sys
rows = [tuple(float(x) * 1000 for x in line.split()) for line in open(sys.argv[1])]
def line(name, values):
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(0.9 * len(values)))]
    print("| %s | %d | %.0f | %.0f | %.0f |" % (name, len(values), statistics.median(values), p90, values[-1]))
print("| request (%s rows from XLSX) | runs | median ms | p90 ms | max ms |" % sys.argv[2])
print("| --- | --- | --- | --- | --- |")
line("Check the shares (upload, read, check, preview page)", [r[0] for r in rows])
line("Store these shares (read and check again, replace the rows)", [r[1] for r in rows])
line("both", [r[0] + r[1] for r in rows])
line("reference page (1 query, 1 render), after each import", [r[2] for r in rows])
PY
