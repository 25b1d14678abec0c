#!/usr/bin/env bash
# Placement import benchmark: generates a placement file (default 1,000,000 rows), imports it into PostgreSQL through
# the real HTTP API with the JVM heap capped at 512 MB, and compares with PostgreSQL's own COPY of the same file into
# a plain table. Needs a local PostgreSQL (as .ci/run starts it) and a built jar (./mvnw -DskipTests package).
#   bench/import-benchmark.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
OUT=bench/out
DB=rd_bench
PORT=18080
PGURL="jdbc:postgresql://localhost:5432/$DB"
export PGPASSWORD="${PGPASSWORD:-postgres}"
PSQL=(psql -h localhost -U postgres -q -v ON_ERROR_STOP=1)
mkdir -p "$OUT"
[ -f target/recovery-desk.jar ] || ./mvnw -q -B -DskipTests package

echo "== generating $ROWS rows"
java -cp target/recovery-desk.jar -Dloader.main=io.recoverydesk.demo.GeneratorCli \
  org.springframework.boot.loader.launch.PropertiesLauncher --accounts "$ROWS" --out "$OUT/placement.csv" --seed 42
ls -lh "$OUT/placement.csv" | awk '{print "file size: " $5}'

"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "== baseline: COPY into a plain table"
# one text column per column of the file's header, so that the baseline follows the generator's layout
PLAIN_COLUMNS=$(head -1 "$OUT/placement.csv" | tr -d '\r' | sed 's/,/ text, /g; s/$/ text/')
"${PSQL[@]}" -d "$DB" -c "create table plain ($PLAIN_COLUMNS)"
copy_start=$(date +%s.%N)
"${PSQL[@]}" -d "$DB" -c "\\copy plain from '$OUT/placement.csv' with (format csv, header true)"
copy_end=$(date +%s.%N)
"${PSQL[@]}" -d "$DB" -c "drop table plain"
copy_s=$(echo "$copy_end - $copy_start" | bc -l)

echo "== starting Recovery Desk on PostgreSQL (-Xmx512m)"
SPRING_DATASOURCE_URL="$PGURL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" \
  LOGGING_LEVEL_IO_RECOVERYDESK_PORTFOLIO_INTERNAL=debug RD_DEMO=false RD_ADMIN_PASSWORD=bench-admin-password RD_DATA_DIR="$OUT/data" PORT=$PORT \
  java -Xmx512m -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} -jar target/recovery-desk.jar > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
AUTH=(-u admin:bench-admin-password)
curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' -d '{"code":"BENCH","name":"Benchmark creditor"}' \
  "http://localhost:$PORT/api/v1/creditors" >/dev/null

echo "== importing through POST /api/v1/placements"
import_start=$(date +%s.%N)
status=$(curl -s -o "$OUT/report.json" -w '%{http_code}' "${AUTH[@]}" -F creditor=BENCH -F mode=lenient \
  -F "file=@$OUT/placement.csv" "http://localhost:$PORT/api/v1/placements")
import_end=$(date +%s.%N)
import_s=$(echo "$import_end - $import_start" | bc -l)
heap=$(grep -o 'heap.*' "$OUT/app.log" | tail -n 1 || true)
accounts=$("${PSQL[@]}" -d "$DB" -t -A -c "select count(*) from account")

echo
echo "HTTP status:            $status"
python3 -c "import json;r=json.load(open('$OUT/report.json'));print('report:                 status=%s rows=%s accepted=%s accountsCreated=%s debtorsCreated=%s' % (r['status'],r['rowsTotal'],r['rowsAccepted'],r['accountsCreated'],r['debtorsCreated']))"
echo "accounts in database:   $accounts"
printf 'import time:            %.1f s  (%.0f rows/s)\n' "$import_s" "$(echo "$ROWS / $import_s" | bc -l)"
printf 'plain COPY time:        %.1f s  (%.0f rows/s)\n' "$copy_s" "$(echo "$ROWS / $copy_s" | bc -l)"
printf 'import / COPY ratio:    %.2f x   (goal: <= 4x, >= 50000 rows/s)\n' "$(echo "$import_s / $copy_s" | bc -l)"
grep -E "import step" "$OUT/app.log" | sed 's/.*import step/  step/' || true
