#!/usr/bin/env bash
# Strategy run benchmark (issue 5 §7): imports N open accounts (default 1,000,000) into PostgreSQL through the API,
# adds a year of contact and payment history (set-based SQL: 3 contacts per account spread over the last 365 days,
# a last payment for 40 % of the accounts, holds on 1 %), then starts the strategy run over HTTP and waits for it.
# Prints the run's wall time next to what PostgreSQL needs to read the same account rows and write one row per
# account (COPY out of the accounts the run reads, COPY in of one row per account into a plain table), and the
# ratio. The app runs with -Xmx1g. Needs a local PostgreSQL (as .ci/run starts it).
#   bench/strategy-benchmark.sh [accounts]
# RERUN=1 bench/strategy-benchmark.sh runs the strategy again on the database a previous run left (the run's own
# tables emptied first, accounts, history and agents kept; pg_stat_statements' top statements printed when the
# extension is loaded): a quick way to measure a change to the run itself.
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS="${1:-1000000}"
OUT=bench/out
DB=rd_strategy_bench
PORT=18083
export PGPASSWORD="${PGPASSWORD:-postgres}"
PSQL=(psql -h localhost -U postgres -q -v ON_ERROR_STOP=1)
mkdir -p "$OUT"
[ -f target/recovery-desk.jar ] || ./mvnw -q -B -DskipTests package

RERUN="${RERUN:-0}"
if [ "$RERUN" = 1 ]; then
  "${PSQL[@]}" -d "$DB" -c "truncate account_strategy, strategy_action, strategy_run_count, allocation_line, \
    allocation_agent, allocation_team, allocation_run, work_assignment, strategy_run_slot, strategy_run" \
    -c "vacuum analyze"
  "${PSQL[@]}" -d "$DB" -c "select pg_stat_statements_reset()" >/dev/null 2>&1 || true
else
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
fi
export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" RD_DEMO=false RD_ADMIN_PASSWORD=bench-admin-password \
  RD_DATA_DIR="$OUT/data" RD_STRATEGY_NIGHTLY_CRON=-
java -Xmx1g -XX:+UseG1GC -Xlog:gc:file="$OUT/strategy-gc.log" -jar target/recovery-desk.jar --server.port=$PORT \
  --logging.level.root=WARN --logging.level.io.recoverydesk.strategy=INFO \
  --logging.level.io.recoverydesk.allocation=INFO > "$OUT/strategy-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
AUTH=(-u admin:bench-admin-password)
URL="http://localhost:$PORT"
if [ "$RERUN" != 1 ]; then
curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' -d '{"code":"STRAT","name":"Strategy benchmark"}' \
  "$URL/api/v1/creditors" >/dev/null
java -cp target/recovery-desk.jar -Dloader.main=io.recoverydesk.demo.GeneratorCli \
  org.springframework.boot.loader.launch.PropertiesLauncher --accounts "$ACCOUNTS" --out "$OUT/strategy.csv" --seed 7 \
  >/dev/null
echo "== import $ACCOUNTS accounts"
curl -sf "${AUTH[@]}" -F creditor=STRAT -F mode=lenient -F "file=@$OUT/strategy.csv" "$URL/api/v1/placements" \
  | python3 -c "import json,sys;r=json.load(sys.stdin);print(r['status'], r.get('rowsAccepted'))"

echo "== a year of history"
"${PSQL[@]}" -d "$DB" <<'SQL'
insert into contact_ledger (tenant_id, id, account_id, debtor_id, channel, direction, party, started_at, outcome,
                            duration_seconds, reported, recorded_by, recorded_at)
select a.tenant_id, gen_random_uuid(), a.id, a.debtor_id, 'CALL', 'OUTBOUND', 'DEBTOR',
       now() - make_interval(days => (abs(hashtext(a.id::text || k)) % 365)),
       (array['NO_ANSWER', 'RIGHT_PARTY_CONTACT', 'BUSY', 'PROMISE_TO_PAY', 'REFUSED_TO_PAY'])[1 + abs(hashtext(a.id::text || 'o' || k)) % 5],
       60, true, 'bench', now()
from account a cross join generate_series(1, 3) k;
update account set last_payment_date = current_date - (abs(hashtext(id::text)) % 365),
                   last_payment_amount = 100
where abs(hashtext(id::text || 'p')) % 10 < 4;
insert into account_hold (tenant_id, id, account_id, hold_type, reason, placed_by, placed_at)
select tenant_id, gen_random_uuid(), id, 'DISPUTE', 'bench', 'bench', now()
from account where abs(hashtext(id::text || 'h')) % 100 = 0;
vacuum analyze;
SQL
"${PSQL[@]}" -d "$DB" -t -A -c "select 'contacts: ' || count(*) from contact_ledger"

echo "== strategy run"
AGENTS="${AGENTS:-200}"
echo "== $AGENTS agents in 10 teams serving STRAT (default profiles: 400 open cases, full time)"
for t in $(seq 1 10); do
  curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' \
    -d "{\"code\":\"B$t\",\"name\":\"Bench team $t\",\"creditorScopes\":[\"STRAT\"]}" "$URL/api/v1/teams" >/dev/null
done
for a in $(seq 1 "$AGENTS"); do
  curl -sf "${AUTH[@]}" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench-agent-$a\",\"displayName\":\"Agent $a\",\"password\":\"bench-agent-password\",\"roles\":[\"AGENT\"],\"creditorScopes\":[],\"team\":\"B$(( (a - 1) % 10 + 1 ))\"}" \
    "$URL/api/v1/users" >/dev/null
done
fi

RUN=$(curl -sf "${AUTH[@]}" -X POST "$URL/api/v1/strategy/runs" | python3 -c "import json,sys;print(json.load(sys.stdin)['runId'])")
while :; do
  BODY=$(curl -sf "${AUTH[@]}" "$URL/api/v1/strategy/runs/$RUN")
  STATUS=$(echo "$BODY" | python3 -c "import json,sys;print(json.load(sys.stdin)['status'])")
  [ "$STATUS" = "QUEUED" ] || [ "$STATUS" = "RUNNING" ] || break
  sleep 2
done
echo "$BODY" | python3 -c "
import json,sys
r=json.load(sys.stdin)
print('status', r['status'], 'accounts', r['accountsProcessed'], 'of', r['accountsTotal'])
print('segments', r['segments'])
print('actions', r['actions'])"
RUN_MS=$(echo "$BODY" | python3 -c "import json,sys;print(json.load(sys.stdin)['durationMs'])")

echo "== baseline: COPY the accounts out, one row per account in"
TENANT=$("${PSQL[@]}" -d "$DB" -t -A -c "select tenant_id from creditor where code = 'STRAT'")
copy_start=$(date +%s.%N)
"${PSQL[@]}" -d "$DB" -c "\\copy (select a.id, a.debtor_id, a.creditor_id, a.product, a.currency, a.principal + a.interest + a.fees + a.penalty, a.first_delinquency_date, a.last_payment_date, a.status from account a where a.tenant_id = '$TENANT' and a.status not in ('PAID', 'SETTLED', 'CLOSED', 'RECALLED') order by a.id) to '$PWD/$OUT/strategy-accounts.csv' with (format csv)"
"${PSQL[@]}" -d "$DB" -c "create table plain_out (id uuid, debtor_id uuid, creditor_id uuid, product text, currency text, balance numeric, fdd date, lpd date, status text)"
"${PSQL[@]}" -d "$DB" -c "\\copy plain_out from '$PWD/$OUT/strategy-accounts.csv' with (format csv)"
copy_end=$(date +%s.%N)
"${PSQL[@]}" -d "$DB" -c "drop table plain_out"
COPY_MS=$(echo "($copy_end - $copy_start) * 1000" | bc -l | cut -d. -f1)
HEAP=$(grep -o 'Pause Young.*->[0-9]*M' "$OUT/strategy-gc.log" | sed 's/.*->\([0-9]*\)M/\1/' | sort -n | tail -1)
python3 - "$RUN_MS" "$COPY_MS" "$ACCOUNTS" "${HEAP:-?}" <<'PY'
import sys
run, copy, n, heap = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
print(f"strategy run: {run/1000:.1f} s for {n:,} accounts = {n/(run/1000):,.0f} accounts/s")
print(f"plain COPY out + in: {copy/1000:.1f} s")
print(f"ratio: {run/copy:.1f}x (goal: run <= 60 s and <= 5x)")
print(f"heap after young GCs, max: {heap} MB (cap -Xmx1g)")
PY
grep "strategy run .* chunks" "$OUT/strategy-app.log" | tail -1
grep "allocation .* considered" "$OUT/strategy-app.log" | tail -1
if [ "$RERUN" = 1 ]; then
  "${PSQL[@]}" -d "$DB" -c "select round(total_exec_time) as ms, calls, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
    from pg_stat_statements where dbid = (select oid from pg_database where datname = '$DB')
    order by total_exec_time desc limit 12" 2>/dev/null || true
fi
