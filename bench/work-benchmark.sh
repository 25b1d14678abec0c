#!/usr/bin/env bash
# Work queue benchmark (issue 4 §9): 100,000 accounts in PostgreSQL assigned to 200 agents; 200 concurrent clients
# (one per agent, bearer tokens) loop next case → record a contact → release over HTTP on loopback for 60 s.
# Prints throughput and p50/p95/p99 of each call and checks that no case was ever leased to two agents at once.
# Contact hours are real hours: the server runs with RD_CLOCK_OFFSET so that it is mid-morning in Shanghai.
# Then: payment posting over HTTP with idempotency keys (32 clients, 30 s), replays included.
# Needs a local PostgreSQL (as .ci/run starts it).
#   bench/work-benchmark.sh [accounts] [agents] [seconds]
# PAYMENTS_ONLY=1 bench/work-benchmark.sh posts payments only, on the database a previous run left (no import, no
# agents, no loop): a quick way to measure a change to payment posting.
# LOOP_ONLY=1 bench/work-benchmark.sh runs the warm-up and the loop only, on the database a previous run left, with
# fresh tokens for its agents (no import, no assignment, no payments): a quick A/B of a change on the loop's path —
# but each run works more of the agents' cases within the cool-down, and once all are, "next" has to look further and
# meets more frequency refusals: compare builds on equally used databases, and quote fresh runs.
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
PAYMENTS_ONLY="${PAYMENTS_ONLY:-0}"
LOOP_ONLY="${LOOP_ONLY:-0}"
KEPT_DB=$([ "$PAYMENTS_ONLY" = 1 ] || [ "$LOOP_ONLY" = 1 ] && echo 1 || echo 0)
./mvnw -q -B -DskipTests package
[ "$PAYMENTS_ONLY" = 1 ] || ./mvnw -q -B test-compile

[ "$KEPT_DB" = 1 ] || "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
# seconds until 10:30 in Shanghai (UTC+8), so that every debtor may be called during the run
OFFSET=$(python3 -c "
import datetime as d
now = d.datetime.now(d.timezone.utc) + d.timedelta(hours=8)
target = now.replace(hour=10, minute=30, second=0, microsecond=0)
print(int((target - now).total_seconds()) % 86400)")
export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" RD_DEMO=false RD_ADMIN_PASSWORD=bench-admin-password RD_DATA_DIR="$OUT/data" \
  RD_CLOCK_OFFSET="${OFFSET}s" RD_DB_POOL_SIZE="${RD_DB_POOL_SIZE:-20}" RD_WEB_PERMITS="${RD_WEB_PERMITS:-4}"
# Tomcat's access log gives the server's own time per call (from reading the request to the response), beside the
# clients' figures, which include their own waits on the same two cores
rm -rf "$OUT/access"
java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar target/recovery-desk.jar --server.port=$PORT --server.tomcat.threads.max=250 \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$PWD/$OUT/access" \
  --server.tomcat.accesslog.pattern='%{begin:msec}t %m %U %s %D' \
  --logging.level.root=WARN > "$OUT/work-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
AUTH=(-u admin:bench-admin-password)
URL="http://localhost:$PORT"
JSON=(-H 'Content-Type: application/json')
if [ "$KEPT_DB" != 1 ]; then
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
# by ids, at most 1,000 per call (by filter, "unassigned only" reads the whole portfolio again for each agent; the
# setup took a quarter of an hour): each agent's share of the accounts in id order, i.e. random balances
rm -rf "$OUT/assign" && mkdir -p "$OUT/assign"
"${PSQL[@]}" -d "$DB" -t -A -c "select id from account order by id" | python3 -c "
import json, sys
ids = [l.strip() for l in sys.stdin if l.strip()]
agents, per = $AGENTS, $PER_AGENT
for a in range(agents):
    share = ids[a * per:(a + 1) * per]
    for k in range(0, len(share), 1000):
        with open('$OUT/assign/agent%03d.%d.json' % (a + 1, k // 1000), 'w') as f:
            json.dump({'accountIds': share[k:k + 1000], 'agent': 'agent%03d' % (a + 1)}, f)"
for i in $(seq 1 "$AGENTS"); do
  u=$(printf "agent%03d" "$i")
  curl -sf "${AUTH[@]}" "${JSON[@]}" -d "{\"username\":\"$u\",\"displayName\":\"$u\",\"password\":\"bench-password-1\",\"roles\":[\"AGENT\"],\"creditorScopes\":[\"WORK\"],\"team\":\"BENCH\"}" \
    "$URL/api/v1/users" >/dev/null
  for body in "$OUT/assign/$u".*.json; do
    curl -sf -u benchlead:bench-password-1 "${JSON[@]}" -d "@$body" "$URL/api/v1/assignments" >/dev/null
  done
  curl -sf -u "$u:bench-password-1" "${JSON[@]}" -d '{"name":"bench","expiresInDays":1}' "$URL/api/v1/tokens" \
    | python3 -c "import json,sys;print(json.load(sys.stdin)['token'])" >> "$OUT/work-tokens.txt"
done
echo "assigned: $("${PSQL[@]}" -d "$DB" -t -A -c 'select count(*) from work_assignment')"
# as pgbench does before a run: vacuum (and analyze) what the set-up loaded, and checkpoint, so that the first
# autovacuums of the freshly written tables and the checkpoint after the import do not fall into the measured minute
# (one fresh run had all `next` calls slow for ten seconds while autovacuum went through audit_entry and work_assignment)
"${PSQL[@]}" -d "$DB" -c "vacuum analyze" -c "checkpoint"
elif [ "$LOOP_ONLY" = 1 ]; then
: > "$OUT/work-tokens.txt"
for i in $(seq 1 "$AGENTS"); do
  curl -sf -u "$(printf "agent%03d" "$i"):bench-password-1" "${JSON[@]}" -d '{"name":"bench","expiresInDays":1}' \
    "$URL/api/v1/tokens" | python3 -c "import json,sys;print(json.load(sys.stdin)['token'])" >> "$OUT/work-tokens.txt"
done
fi

if [ "$PAYMENTS_ONLY" != 1 ]; then
run_loop() {
  java -Xmx512m ${BENCH_CLIENT_OPTS:-} -cp target/recovery-desk.jar -Dloader.path=target/test-classes \
    -Dloader.main=io.recoverydesk.bench.WorkLoopBench org.springframework.boot.loader.launch.PropertiesLauncher \
    "$URL" "$OUT/work-tokens.txt" "$1" "$2" 2>/dev/null
}
# one run: the warm-up (the JVMs' and the connections') straight into the measured seconds, so that the figures are
# the steady loop's, not 200 clients connecting and asking at the same instant
echo "== $AGENTS clients: next → record contact → release for ${LOOP_WARMUP:-60} s warm-up, then $SECONDS_RUN s measured"
run_loop "$SECONDS_RUN" "${LOOP_WARMUP:-60}" | tee "$OUT/work-loop.txt"
read -r LOOP_FROM LOOP_TO <<< "$(sed -n 's/^measured window (epoch ms): //p' "$OUT/work-loop.txt")"
sleep 12  # the access log is written in batches
python3 - "$OUT/access" "$LOOP_FROM" "$LOOP_TO" <<'PY'
import glob, re, sys
folder, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
calls = {"next": [], "record contact": [], "release": []}
for name in glob.glob(folder + "/*"):
    for line in open(name):
        parts = line.split()
        if len(parts) < 5 or not (start <= int(parts[0]) <= end):
            continue
        path = parts[2]
        call = ("next" if path.endswith("/work/next") else "record contact" if path.endswith("/contacts")
                else "release" if path.endswith("/release") else None)
        if call:
            calls[call].append(int(parts[4]) / 1000.0)
slow = {}
for name in glob.glob(folder + "/*"):
    for line in open(name):
        parts = line.split()
        if len(parts) >= 5 and start <= int(parts[0]) <= end and parts[2].endswith("/work/next") and int(parts[4]) > 50000:
            second = (int(parts[0]) - start) // 1000
            slow[second] = slow.get(second, 0) + 1
worst = sorted(slow.items(), key=lambda kv: -kv[1])[:8]
print("server-side next slower than 50 ms: %d calls in %d seconds; the worst seconds (second: calls): %s" % (
    sum(slow.values()), len(slow), ", ".join("%d: %d" % kv for kv in worst)))
for call, ms in calls.items():
    ms.sort()
    if ms:
        pct = lambda p: ms[max(0, -(-len(ms) * p // 100) - 1)]
        print("server-side %-15s calls %7d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms" % (call, len(ms), pct(50), pct(95), pct(99)))
PY
echo "ledger rows written: $("${PSQL[@]}" -d "$DB" -t -A -c 'select count(*) from contact_ledger')"
fi
[ -z "${AFTER_LOOP:-}" ] || eval "$AFTER_LOOP"
[ "$LOOP_ONLY" != 1 ] || exit 0

echo "== payment posting over HTTP with idempotency keys (wrk: 2 threads, 32 connections, 30 s)"
command -v wrk >/dev/null || (apt-get install -y -q wrk >/dev/null)
"${PSQL[@]}" -d "$DB" -t -A -c "select id from account order by id" > "$OUT/work-accounts.txt"
PTOKEN=$(curl -sf -u benchlead:bench-password-1 "${JSON[@]}" -d '{"name":"payments","expiresInDays":1}' \
  "$URL/api/v1/tokens" | python3 -c "import json,sys;print(json.load(sys.stdin)['token'])")
PAID_AT=$(date -u -d 'yesterday' +%Y-%m-%dT%H:%M:%SZ)
# each request a fresh Idempotency-Key and payment of 1.00 to a random account; every tenth repeats the thread's
# previous request with the same key and body (it may still be in flight on another connection), which must answer
# the first result and post nothing
cat > "$OUT/payments.lua" <<LUA
local ids = {}
for line in io.lines("$OUT/work-accounts.txt") do ids[#ids + 1] = line end
local threads = {}
local next_id = 1
function setup(thread)
  thread:set("id", next_id)
  thread:set("run", tostring(os.time()))
  table.insert(threads, thread)
  next_id = next_id + 1
end
function init(args)
  n, created, other = 0, 0, 0
  math.randomseed(id * 7919 + tonumber(run))
end
function request()
  n = n + 1
  if last_key == nil or n % 10 ~= 0 then
    last_key = run .. "-" .. id .. "-" .. n
    last_body = '{"accountId":"' .. ids[math.random(#ids)] .. '","amount":"1.00","currency":"CNY","paidAt":"$PAID_AT",'
      .. '"method":"BANK_TRANSFER","reference":"B-' .. last_key .. '"}'
  end
  return wrk.format("POST", "/api/v1/payments", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer $PTOKEN", ["Idempotency-Key"] = last_key}, last_body)
end
function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do c = c + t:get("created"); o = o + t:get("other") end
  io.write(string.format("answers: %d × 201 (postings and replays), %d other\\n", c, o))
end
LUA
count() { "${PSQL[@]}" -d "$DB" -t -A -c "select (select count(*) from payment) || ' ' || (select count(*) from payment_idempotency)"; }
wrk -t2 -c32 -d"${PAY_WARMUP:-60}s" -s "$OUT/payments.lua" "$URL" >/dev/null 2>&1 || true
read -r P0 K0 <<< "$(count)"
# CPU time (clock ticks) of the app and of PostgreSQL's processes, and the machine's busy and stolen time, around the
# measured run: CPU per payment varies far less from run to run than payments per second on a shared machine
ticks() { local sum=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && sum=$((sum + $(sed 's/.*) //' "/proc/$p/stat" | awk '{print $12 + $13}'))); done; echo "$sum"; }
machine() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8, $9}' /proc/stat; }
PG_PIDS=$(pgrep -u postgres | tr '\n' ' ')
J0=$(ticks "$APP"); G0=$(ticks $PG_PIDS); read -r M0 S0 <<< "$(machine)"
wrk -t2 -c32 -d30s --latency -s "$OUT/payments.lua" "$URL" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|requests in|answers"
J1=$(ticks "$APP"); G1=$(ticks $PG_PIDS); read -r M1 S1 <<< "$(machine)"
read -r P1 K1 <<< "$(count)"
echo "payments posted: $((P1 - P0)) in 30 s = $(( (P1 - P0) / 30 ))/s; idempotency keys stored: $((K1 - K0)) (equal = nothing doubled)"
HZ=$(getconf CLK_TCK)
python3 -c "
n = max($((P1 - P0)), 1); ms = 1000 / $HZ
print('CPU per payment (incl. replays): app %.2f ms, PostgreSQL %.2f ms, whole machine %.2f ms; machine busy %.0f %%, stolen %.0f %% of all cores' % (
  ($J1 - $J0) * ms / n, ($G1 - $G0) * ms / n, ($M1 - $M0) * ms / n, ($M1 - $M0) / ($HZ * 30 * $(nproc)) * 100,
  ($S1 - $S0) / ($HZ * 30 * $(nproc)) * 100))"
