#!/usr/bin/env bash
# How long a rule change takes to reach a million stored blocks in the running server: seeds the
# blocks and 10,000 rules into a fresh data folder over JDBC (bench/SeedBlocks.java), starts the
# real server through ./stint, then times the jobs (GET /api/v1/rules/jobs/{id}) that
#   1. POST /api/v1/rules/apply starts: the seeded blocks are stored as an installation from before
#      activities were kept apart has them, so this run links each block to its activity, then
#      classifies the activities (a third of the blocks get assigned),
#   2. the same again (nothing changes),
#   3. PUT /api/v1/rules/1 starts when the most used app's rule (a tenth of the blocks) moves to
#      another profile.
#
#   mvn -q -DskipTests install && bench/rules-history-server.sh
#
#   BENCH_DIR     folder for data/, home/ and the log (default /tmp/stint-rules-bench; deleted first)
#   BENCH_PORT    server port                          (default 18091)
#   BENCH_BLOCKS  blocks seeded                        (default 1000000)
#   BENCH_RULES   rules seeded                         (default 10000)
#   STINT_JAVA_OPTS is passed on (e.g. -XX:TieredStopAtLevel=4 for the C2 compiler as well)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dir="${BENCH_DIR:-/tmp/stint-rules-bench}"
port="${BENCH_PORT:-18091}"
hsqldb="$HOME/.m2/repository/org/hsqldb/hsqldb/2.7.4/hsqldb-2.7.4.jar"
token="tt_benchBENCHbench0123456789abcdefg"
api="http://127.0.0.1:$port/api/v1"

fail() {
  echo "rules-history-server: $*" >&2
  exit 1
}
[ -f runtime/target/stint.jar ] || fail "no runtime jar: mvn -q -DskipTests install first"
[ -f "$hsqldb" ] || fail "no HSQLDB jar at $hsqldb"

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT

start_server() {
  STINT_HOME="$dir/home" STINT_DATA="$dir/data" STINT_HTTP_PORT="$port" STINT_BUILD=never STINT_CONSOLE=off \
    STINT_BOOTSTRAP_TOKEN="$token" ./stint >> "$dir/server.log" 2>&1 < /dev/null &
  server_pid=$!
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null -H "Authorization: Bearer $token" "$api/rules" && return 0
    kill -0 "$server_pid" 2>/dev/null || fail "the server exited; see $dir/server.log"
    sleep 0.1
  done
  fail "the server did not serve /api/v1/rules in 120 s; see $dir/server.log"
}

call() { # METHOD PATH [BODY]
  curl -sf -X "$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$api$2" ${3:+-d "$3"}
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

timed_job() { # LABEL JOB-JSON
  local id t0 state
  t0=$(date +%s%N)
  id=$(echo "$2" | field "d['job']['id']")
  while :; do
    state=$(call GET "/rules/jobs/$id")
    [ "$(echo "$state" | field "d['job']['state']")" = RUNNING ] || break
    sleep 0.05
  done
  echo "$1: $(echo "$state" | field "'%d activities classified, %d changed, %d blocks changed' % (d['job']['examined'], d['job']['changed_activities'], d['job']['changed'])") in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

rm -rf "$dir"
mkdir -p "$dir/home/deploy"
cp -r runtime/etc "$dir/home/etc"
cp runtime/logging.properties "$dir/home/"
printf 'rate.per.minute=100000000\nrate.per.hour=1000000000\n' > "$dir/home/etc/io.stint.security.cfg"

echo "== machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 " GiB" }'), load $(cut -d' ' -f1-3 /proc/loadavg); STINT_JAVA_OPTS='${STINT_JAVA_OPTS:-}'"
start_server
# the profiles the rules target: 1 (all seeded rules) and 2 (where rule 1 moves)
client=$(call POST /clients '{"name": "Acme Corp"}' | field "d['client']['id']")
service=$(call POST /services '{"name": "Bookkeeping"}' | field "d['service']['id']")
rate=$(call POST /rates '{"name": "Standard", "currency": "ZAR", "hourly_amount": 150}' | field "d['rate']['id']")
for name in one two; do
  call POST /profiles "{\"client_id\": $client, \"service_id\": $service, \"rate_id\": $rate, \"name\": \"$name\"}" > /dev/null
done
stop_server
java -Xmx2g -cp "$hsqldb" bench/SeedBlocks.java "$dir/data" "${BENCH_BLOCKS:-1000000}" "${BENCH_RULES:-10000}" 1
start_server
echo "rules: $(call GET '/rules?enabled=false&per_page=1' | field "d['pagination']['total']")"
timed_job "first run (links blocks to activities)" "$(call POST /rules/apply '{}')"
timed_job "re-run, nothing changes" "$(call POST /rules/apply '{}')"
timed_job "rule 1 (app0.exe) moved to profile 2" "$(call PUT /rules/1 '{"target_profile_id": 2}')"
echo "server RSS: $(awk '/^VmRSS:/ { printf "%d MB", $2 / 1024 }' "/proc/$server_pid/status")"
