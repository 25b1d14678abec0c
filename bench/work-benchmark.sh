#!/usr/bin/env bash
# Work queue benchmark (issue 4 §9): 100,000 accounts in PostgreSQL assigned to 200 agents; 200 concurrent clients
# (one per agent, bearer tokens) loop next case → record a contact → release over HTTP on loopback for 60 s.
# Prints throughput and p50/p95/p99 of each call and checks that no case was ever leased to two agents at once.
# Contact hours are real hours: the server runs with RD_CLOCK_OFFSET so that it is mid-morning in Shanghai.
# Then: payment posting over HTTP with idempotency keys (32 clients, 30 s), replays included.
# Needs a local PostgreSQL (as .ci/run starts it).
#   bench/work-benchmark.sh [accounts] [agents] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS="${1:-100000}"
AGENTS="${2:-200}"
SECONDS_RUN="${3:-60}"
OUT=bench/out
DB=rd_work_bench
PORT=18082
export PGPASSWORD="${PGPASSWORD:-postgres}"
PSQL=(psql -h localhost -U postgres -q -v ON_ERROR_STOP=1)
mkdir -p "$OUT"
./mvnw -q -B -DskipTests package
./mvnw -q -B test-compile

"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
# seconds until 10:30 in Shanghai (UTC+8), so that every debtor may be called during the run
OFFSET=$(python3 -c "
import datetime as d
now = d.datetime.now(d.timezone.utc) + d.timedelta(hours=8)
target = now.replace(hour=10, minute=30, second=0, microsecond=0)
print(int((target - now).total_seconds()) % 86400)")
export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" RD_DEMO=false RD_ADMIN_PASSWORD=bench-admin-password RD_DATA_DIR="$OUT/data" \
  RD_CLOCK_OFFSET="${OFFSET}s" RD_DB_POOL_SIZE="${RD_DB_POOL_SIZE:-20}"
java -Xmx1g -jar target/recovery-desk.jar --server.port=$PORT --server.tomcat.threads.max=250 \
  --logging.level.root=WARN > "$OUT/work-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
AUTH=(-u admin:bench-admin-password)
URL="http://localhost:$PORT"
JSON=(-H 'Content-Type: application/json')
curl -sf "${AUTH[@]}" "${JSON[@]}" -d '{"code":"WORK","name":"Work benchmark"}' "$URL/api/v1/creditors" >/dev/null
java -cp target/recovery-desk.jar -Dloader.main=io.recoverydesk.demo.GeneratorCli \
  org.springframework.boot.loader.launch.PropertiesLauncher --accounts "$ACCOUNTS" --out "$OUT/work.csv" --seed 11 >/dev/null
echo "== import $ACCOUNTS accounts"
curl -sf "${AUTH[@]}" -F creditor=WORK -F mode=lenient -F "file=@$OUT/work.csv" "$URL/api/v1/placements" \
  | python3 -c "import json,sys;r=json.load(sys.stdin);print(r['status'], r.get('rowsAccepted'))"

echo "== $AGENTS agents, each with $((ACCOUNTS / AGENTS)) accounts and a token"
curl -sf "${AUTH[@]}" "${JSON[@]}" -d '{"code":"BENCH","name":"Bench team","creditorScopes":["WORK"]}' \
  "$URL/api/v1/teams" >/dev/null
curl -sf "${AUTH[@]}" "${JSON[@]}" -d '{"username":"benchlead","displayName":"Bench lead","password":"bench-password-1","roles":["TEAM_LEAD"],"creditorScopes":["WORK"],"team":"BENCH"}' \
  "$URL/api/v1/users" >/dev/null
: > "$OUT/work-tokens.txt"
PER_AGENT=$((ACCOUNTS / AGENTS))
for i in $(seq 1 "$AGENTS"); do
  u=$(printf "agent%03d" "$i")
  curl -sf "${AUTH[@]}" "${JSON[@]}" -d "{\"username\":\"$u\",\"displayName\":\"$u\",\"password\":\"bench-password-1\",\"roles\":[\"AGENT\"],\"creditorScopes\":[\"WORK\"],\"team\":\"BENCH\"}" \
    "$URL/api/v1/users" >/dev/null
  left=$PER_AGENT
  while [ "$left" -gt 0 ]; do
    n=$(( left > 1000 ? 1000 : left ))
    curl -sf -u benchlead:bench-password-1 "${JSON[@]}" \
      -d "{\"filter\":{\"creditor\":\"WORK\",\"unassignedOnly\":true},\"agent\":\"$u\",\"limit\":$n}" \
      "$URL/api/v1/assignments" >/dev/null
    left=$((left - n))
  done
  curl -sf -u "$u:bench-password-1" "${JSON[@]}" -d '{"name":"bench","expiresInDays":1}' "$URL/api/v1/tokens" \
    | python3 -c "import json,sys;print(json.load(sys.stdin)['token'])" >> "$OUT/work-tokens.txt"
done
echo "assigned: $("${PSQL[@]}" -d "$DB" -t -A -c 'select count(*) from work_assignment')"
"${PSQL[@]}" -d "$DB" -c "analyze"

run_loop() {
  java -Xmx512m -cp target/recovery-desk.jar -Dloader.path=target/test-classes \
    -Dloader.main=io.recoverydesk.bench.WorkLoopBench org.springframework.boot.loader.launch.PropertiesLauncher \
    "$URL" "$OUT/work-tokens.txt" "$1" 2>/dev/null
}
echo "(warming the JVM up for 60 s first)"
run_loop 60 >/dev/null
echo "== $AGENTS clients: next → record contact → release for $SECONDS_RUN s"
run_loop "$SECONDS_RUN"
echo "ledger rows written: $("${PSQL[@]}" -d "$DB" -t -A -c 'select count(*) from contact_ledger')"

echo "== payment posting over HTTP with idempotency keys (32 clients, 30 s)"
"${PSQL[@]}" -d "$DB" -t -A -c "select id from account order by id" > "$OUT/work-accounts.txt"
PTOKEN=$(curl -sf -u benchlead:bench-password-1 "${JSON[@]}" -d '{"name":"payments","expiresInDays":1}' \
  "$URL/api/v1/tokens" | python3 -c "import json,sys;print(json.load(sys.stdin)['token'])")
run_payments() {
  java -Xmx512m -cp target/recovery-desk.jar -Dloader.path=target/test-classes \
    -Dloader.main=io.recoverydesk.bench.PaymentPostBench org.springframework.boot.loader.launch.PropertiesLauncher \
    "$URL" "$PTOKEN" "$OUT/work-accounts.txt" 32 "$1" "$OUT/payment-keys.txt" 2>/dev/null
}
run_payments 20 >/dev/null
BEFORE=$("${PSQL[@]}" -d "$DB" -t -A -c 'select count(*) from payment')
run_payments 30
AFTER=$("${PSQL[@]}" -d "$DB" -t -A -c 'select count(*) from payment')
echo "payment rows written: $((AFTER - BEFORE)), accepted keys: $(wc -l < "$OUT/payment-keys.txt") (equal = nothing doubled)"
