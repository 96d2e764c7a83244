#!/usr/bin/env bash
# Invoice-lines CSV over HTTP from the running server, end to end: seeds a fresh data folder with
# assigned, billable blocks over JDBC (bench/SeedBillableBlocks.java), starts the real server through
# ./stint, then times POST /api/v1/export/invoice-lines (curl, the whole file received) for a tenth of
# the blocks and for all of them, and reads the server's GC log for the heap in use after each
# collection during each export: if the file streams, that does not grow with the row count.
#
#   mvn -q -DskipTests install && bench/export-server.sh
#
#   BENCH_DIR     folder for data/, home/, the log and the files (default /tmp/stint-export-bench; deleted first)
#   BENCH_PORT    server port                          (default 18092)
#   BENCH_BLOCKS  blocks seeded                        (default 1000000)
#   STINT_JAVA_OPTS is passed on (e.g. -XX:TieredStopAtLevel=4 for the C2 compiler as well)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dir="${BENCH_DIR:-/tmp/stint-export-bench}"
port="${BENCH_PORT:-18092}"
blocks="${BENCH_BLOCKS:-1000000}"
hsqldb="$HOME/.m2/repository/org/hsqldb/hsqldb/2.7.4/hsqldb-2.7.4.jar"
token="tt_benchBENCHbench0123456789abcdefg"
api="http://127.0.0.1:$port/api/v1"

fail() {
  echo "export-server: $*" >&2
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
    STINT_BOOTSTRAP_TOKEN="$token" STINT_JAVA_OPTS="${STINT_JAVA_OPTS:-} -Xlog:gc:file=$dir/gc-$1.log:uptimemillis" \
    ./stint >> "$dir/server.log" 2>&1 < /dev/null &
  server_pid=$!
  local path
  for path in /clients /profiles /rates /exports/invoice-lines; do
    for _ in $(seq 1 1200); do
      curl -sf -o /dev/null -H "Authorization: Bearer $token" "$api$path" && continue 2
      kill -0 "$server_pid" 2>/dev/null || fail "the server exited; see $dir/server.log"
      sleep 0.1
    done
    fail "the server did not serve /api/v1$path in 120 s; see $dir/server.log"
  done
}

call() { # METHOD PATH [BODY]
  curl -sf -X "$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$api$2" ${3:+-d "$3"}
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
uptime_ms() { # the server JVM's uptime, to find this export's collections in the GC log
  echo $(( $(date +%s%3N) - start_epoch_ms ))
}

# The largest heap in use after a collection between two uptimes, and how many collections there were.
heap_after() { # LOG FROM_MS TO_MS
  python3 - "$@" <<'PY'
import re, sys
log, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
after = []
for line in open(log):
    m = re.match(r"\[(\d+)ms\].*Pause.*->(\d+)M\((\d+)M\)", line)
    if m and lo <= int(m.group(1)) <= hi:
        after.append(int(m.group(2)))
print("%d collections, at most %d MB in use after one" % (len(after), max(after)) if after else "no collection")
PY
}

export_lines() { # LABEL END_DATE
  local t0 t1 from to
  from=$(uptime_ms)
  t0=$(date +%s%N)
  curl -sf -o "$dir/lines.csv" -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    "$api/export/invoice-lines" -d "{\"start_date\": \"2023-01-01\", \"end_date\": \"$2\", \"rounding_minutes\": 6}"
  t1=$(date +%s%N)
  to=$(uptime_ms)
  sleep 1
  echo "$1: $(( $(wc -l < "$dir/lines.csv") - 1 )) lines, $(( $(stat -c %s "$dir/lines.csv") / 1048576 )) MB in $(( (t1 - t0) / 1000000 )) ms; heap: $(heap_after "$dir/gc-run.log" "$from" "$to")"
}

rm -rf "$dir"
mkdir -p "$dir/home/deploy"
cp -r runtime/etc "$dir/home/etc"
cp runtime/logging.properties "$dir/home/"
printf 'rate.per.minute=100000000\nrate.per.hour=1000000000\n' > "$dir/home/etc/io.stint.security.cfg"

echo "== machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 " GiB" }'), load $(cut -d' ' -f1-3 /proc/loadavg); STINT_JAVA_OPTS='${STINT_JAVA_OPTS:-}'"
start_server setup
profiles=()
for name in "Acme Corp" "Globex"; do
  client=$(call POST /clients "{\"name\": \"$name\"}" | field "d['client']['id']")
  service=$(call POST /services "{\"name\": \"$name work\"}" | field "d['service']['id']")
  rate=$(call POST /rates "{\"name\": \"$name rate\", \"currency\": \"ZAR\", \"hourly_amount\": 150}" | field "d['rate']['id']")
  profiles+=("$(call POST /profiles "{\"client_id\": $client, \"service_id\": $service, \"rate_id\": $rate}" | field "d['profile']['id']")")
  # the rate goes up mid-period: blocks before 2024-07-01 bill at 150.00, later ones at 175.00
  call PUT "/rates/$rate" '{"hourly_amount": 175, "amount_effective_from": "2024-07-01"}' > /dev/null
done
stop_server
java -Xmx2g -cp "$hsqldb" bench/SeedBillableBlocks.java "$dir/data" "$blocks" "${profiles[@]}"
start_epoch_ms=$(date +%s%3N)
start_server run
# a tenth of the blocks first (90 s apart: a tenth of them start before this day), then all of them
tenth_end=$(python3 -c "import datetime; print((datetime.date(2023,1,1) + datetime.timedelta(seconds=$blocks * 9)).isoformat())")
export_lines "warm-up, a tenth" "$tenth_end"
export_lines "a tenth of the blocks" "$tenth_end"
export_lines "all blocks" "2026-12-31"
export_lines "all blocks again" "2026-12-31"
echo "sample: $(sed -n 2p "$dir/lines.csv")"
echo "server RSS: $(awk '/^VmRSS:/ { printf "%d MB", $2 / 1024 }' "/proc/$server_pid/status")"
