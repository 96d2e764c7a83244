#!/usr/bin/env bash
# Durable heartbeat ingestion through ActivityWatch's API: starts the real server through ./stint
# on a fresh data folder, makes one currentwindow bucket per connection (as one watcher each), and
# measures POST /api/0/buckets/{id}/heartbeat?pulsetime=120 with bench/LoadGen.java on loopback:
#   merge:  the same window again and again (what a watcher sends most): each heartbeat grows the
#           bucket's last event
#   insert: a new title every time: each heartbeat is a new event
# Every heartbeat is acknowledged after the commit that holds it (HSQLDB with write_delay=false),
# and each also feeds Stint's activity events in the same transaction.
#
#   mvn -q -DskipTests install && bench/heartbeat-bench.sh
#
#   BENCH_PORT         server port                              (default 18091)
#   BENCH_CONNECTIONS  connections = buckets                    (default 32)
#   BENCH_WARMUP       seconds of load before each measurement  (default 10)
#   BENCH_SECONDS      seconds measured per benchmark           (default 30)
#   STINT_JAVA_OPTS    passed through to the server (e.g. C2: -XX:TieredStopAtLevel=4 -XX:CICompilerCount=2)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
port="${BENCH_PORT:-18091}"
connections="${BENCH_CONNECTIONS:-32}"
warmup="${BENCH_WARMUP:-10}"
seconds="${BENCH_SECONDS:-30}"
data="$(mktemp -d /tmp/stint-heartbeat-bench.XXXXXX)"
loadgen_opts=(-XX:+UseSerialGC -Xss256k -Xmx256m)

fail() {
  echo "heartbeat-bench: $*" >&2
  exit 1
}

[ -f runtime/target/stint.jar ] || fail "no runtime jar: mvn -q -DskipTests install first"
command -v curl >/dev/null || fail "curl is needed"

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap stop_server EXIT

STINT_HTTP_PORT="$port" STINT_DATA="$data" STINT_CONSOLE=off STINT_BUILD=never ./stint >"$data.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/api/0/info" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -sf "http://127.0.0.1:$port/api/0/info" >/dev/null || fail "the server did not answer /api/0/info; see $data.log"

create_bucket() {
  curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' \
    -d '{"client":"bench","type":"currentwindow","hostname":"bench"}' "http://127.0.0.1:$port/api/0/buckets/bench-$1"
}
# the local user exists once the first start has made it: retry the first bucket for a while
for _ in $(seq 1 100); do
  create_bucket 0 && break
  sleep 0.1
done
for i in $(seq 0 $((connections - 1))); do
  create_bucket "$i" || fail "could not create bucket bench-$i"
done
echo "server pid $server_pid, RSS after start: $(($(awk '/VmRSS/ {print $2}' /proc/$server_pid/status) / 1024)) MB"

run() {
  local name="$1" body="$2"
  java "${loadgen_opts[@]}" bench/LoadGen.java --name="$name" --method=POST \
    --url="http://127.0.0.1:$port/api/0/buckets/bench-{conn}/heartbeat?pulsetime=120" \
    --body="$body" --time-step=1 --connections="$connections" --warmup="$warmup" --duration="$seconds"
  echo "RSS after $name: $(($(awk '/VmRSS/ {print $2}' /proc/$server_pid/status) / 1024)) MB"
}

run merge '{"timestamp":"{start}Z","duration":0,"data":{"app":"code","title":"Main.java"}}'
run insert '{"timestamp":"{start}Z","duration":0,"data":{"app":"code","title":"t{n}"}}'
total=0
for i in $(seq 0 $((connections - 1))); do
  n=$(curl -sf "http://127.0.0.1:$port/api/0/buckets/bench-$i/events/count")
  total=$((total + n))
done
echo "events stored in the $connections buckets: $total"
