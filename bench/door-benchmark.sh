#!/usr/bin/env bash
# Compliance door benchmark: 1,000 accounts with a year of contact history each (3 contacts a day, 1.1 M ledger
# rows) in PostgreSQL; then (1) in-process latency of the rule engine and of the whole door, and (2) contact-checks
# per second over HTTP on loopback with wrk (Bearer token, 2 threads, 32 connections, 30 s after a 120 s warm-up).
# Needs a local PostgreSQL (as .ci/run starts it); installs wrk with apt-get when missing.
#   bench/door-benchmark.sh [accounts]
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS="${1:-1000}"
OUT=bench/out
DB=rd_door_bench
PORT=18081
export PGPASSWORD="${PGPASSWORD:-postgres}"
PSQL=(psql -h localhost -U postgres -q -v ON_ERROR_STOP=1)
mkdir -p "$OUT"
command -v wrk >/dev/null || (apt-get install -y -q wrk >/dev/null)
./mvnw -q -B -DskipTests package
./mvnw -q -B test-compile

"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" RD_DEMO=false RD_ADMIN_PASSWORD=bench-admin-password RD_DATA_DIR="$OUT/data"
java -Xmx512m -jar target/recovery-desk.jar --server.port=$PORT > "$OUT/door-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
AUTH=(-u admin:bench-admin-password)
URL="http://localhost:$PORT"
curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' -d '{"code":"DOOR","name":"Door benchmark"}' "$URL/api/v1/creditors" >/dev/null
java -cp target/recovery-desk.jar -Dloader.main=io.recoverydesk.demo.GeneratorCli \
  org.springframework.boot.loader.launch.PropertiesLauncher --accounts "$ACCOUNTS" --out "$OUT/door.csv" --seed 7 >/dev/null
curl -sf "${AUTH[@]}" -F creditor=DOOR -F mode=lenient -F "file=@$OUT/door.csv" "$URL/api/v1/placements" >/dev/null

echo "== a year of ledger history: 3 contacts a day per account"
"${PSQL[@]}" -d "$DB" -c "
insert into contact_ledger (tenant_id, id, account_id, debtor_id, channel, direction, party, contact_point_id, started_at,
  outcome, reported, recorded_by, recorded_at)
select a.tenant_id, gen_random_uuid(), a.id, a.debtor_id, 'CALL', 'OUTBOUND', 'DEBTOR', null,
       now() - (d || ' days')::interval - (k * 3 || ' hours')::interval,
       (array['NO_ANSWER','BUSY','VOICEMAIL','RIGHT_PARTY_CONTACT','PROMISE_TO_PAY'])[1 + (d + k) % 5], true, 'bench', now()
from account a cross join generate_series(1, 365) d cross join generate_series(0, 2) k;
analyze contact_ledger;"
echo "ledger rows: $("${PSQL[@]}" -d "$DB" -t -A -c 'select count(*) from contact_ledger')"

echo "== in-process latency"
java -Xmx512m -cp target/recovery-desk.jar -Dloader.path=target/test-classes \
  -Dloader.main=io.recoverydesk.bench.DoorLatencyBench org.springframework.boot.loader.launch.PropertiesLauncher \
  2>/dev/null | grep -E "^(engine|whole)"

echo "== HTTP: POST /api/v1/compliance/contact-check"
TOKEN=$(curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' -d '{"name":"bench","expiresInDays":1}' \
  "$URL/api/v1/tokens" | python3 -c "import json,sys;print(json.load(sys.stdin)['token'])")
"${PSQL[@]}" -d "$DB" -t -A -c "select id from account order by id" > "$OUT/door-accounts.txt"
cat > "$OUT/door.lua" <<LUA
local ids = {}
for line in io.lines("$OUT/door-accounts.txt") do ids[#ids + 1] = line end
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
request = function()
  n = n + 1
  return wrk.format(nil, "/api/v1/compliance/contact-check",
    nil, '{"accountId":"' .. ids[(n * 7919) % #ids + 1] .. '","channel":"CALL"}')
end
LUA
echo "(warming the JVM up for 120 s first: C2 needs it; a server runs for days)"
wrk -t2 -c32 -d120s -s "$OUT/door.lua" "$URL" >/dev/null 2>&1 || true
wrk -t2 -c32 -d30s --latency -s "$OUT/door.lua" "$URL" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|requests in"
