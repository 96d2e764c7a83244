#!/usr/bin/env bash
# How long the running server takes to export 100,000 time entries of one user as XLSX: seeds a
# fresh data folder (the bootstrap admin, a few clients and projects through the HTTP API, then the
# entries over JDBC with bench/SeedTimeEntries.java), starts the real server through ./stint, then
# times POST /api/v1/exports/time-entries-xlsx with {"start_date", "end_date", "delivery": "stream"}
# over the seeded period, saves the file and reads it back: wall time, file size, entry rows.
#
#   mvn -q -DskipTests install && bench/export-xlsx-server.sh
#
#   BENCH_DIR      folder for data/, home/, seed/, the file and the log (default /tmp/stint-xlsx-bench; deleted first)
#   BENCH_PORT     server port                                       (default 18092)
#   BENCH_ENTRIES  time entries seeded                               (default 100000)
#   BENCH_RUNS     exports timed one after another                   (default 3; the first warms the JIT)
#   STINT_JAVA_OPTS is passed on to the server
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dir="${BENCH_DIR:-/tmp/stint-xlsx-bench}"
port="${BENCH_PORT:-18092}"
entries="${BENCH_ENTRIES:-100000}"
runs="${BENCH_RUNS:-3}"
hsqldb="$HOME/.m2/repository/org/hsqldb/hsqldb/2.7.4/hsqldb-2.7.4.jar"
token="tt_benchBENCHbench0123456789abcdefg"
api="http://127.0.0.1:$port/api/v1"

fail() {
  echo "export-xlsx-server: $*" >&2
  exit 1
}
[ -f runtime/target/stint.jar ] || fail "no runtime jar: mvn -q -DskipTests install first"
[ -f "$hsqldb" ] || fail "no HSQLDB jar at $hsqldb"
command -v unzip > /dev/null || fail "unzip is needed to count the rows written"

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
  # the routes used here are up once the modules behind them are active, after /health answers
  local path
  for path in /api/v1/clients /api/v1/projects /api/v1/exports/time-entries-xlsx; do
    for _ in $(seq 1 1200); do
      curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" && continue 2
      kill -0 "$server_pid" 2>/dev/null || fail "the server exited; see $dir/server.log"
      sleep 0.1
    done
    fail "the server did not serve $path in 120 s; see $dir/server.log"
  done
}

if [ -e "$dir" ]; then
  # Only ever delete a folder this script made.
  [ -f "$dir/.stint-bench" ] || fail "$dir exists but is not a benchmark folder; set BENCH_DIR elsewhere"
  rm -rf "$dir"
fi
mkdir -p "$dir/home/deploy" "$dir/seed"
touch "$dir/.stint-bench"
cp -r runtime/etc "$dir/home/etc"
cp runtime/logging.properties "$dir/home/"
printf 'rate.per.minute=100000000\nrate.per.hour=1000000000\n' > "$dir/home/etc/io.stint.security.cfg"

echo "== machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ { print $2 " GiB" }'), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
start_server
# No other users: every entry belongs to the bootstrap admin, the one user whose token we hold.
java bench/SeedTimeEntries.java http --url="http://127.0.0.1:$port" --token="$token" --out="$dir/seed" \
  --users=0 --clients=10 --projects=50
stop_server
# ~20 entries a working day over twenty years, so the seeded entries do not overlap.
java -Xmx2g -cp "$hsqldb" bench/SeedTimeEntries.java jdbc --data="$dir/data" --manifest="$dir/seed" \
  --entries="$entries" --days=7300
prop() { sed -n "s/^$1=//p" "$dir/seed/seed.properties"; }
first="$(prop first_day)"
last="$(prop last_day)"
start_server
echo "server RSS after start: $(awk '/^VmRSS:/ { printf "%d MB", $2 / 1024 }' "/proc/$server_pid/status")"

body="{\"start_date\": \"$first\", \"end_date\": \"$last\", \"delivery\": \"stream\"}"
for run in $(seq 1 "$runs"); do
  file="$dir/time-entries-$run.xlsx"
  t0=$(date +%s%N)
  status=$(curl -s -o "$file" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "$body" "$api/exports/time-entries-xlsx")
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  [ "$status" = 200 ] || fail "POST /exports/time-entries-xlsx answered $status: $(head -c 500 "$file")"
  # sheet1 is the summary, sheet2 the entries; one row is the header
  rows=$(( $(unzip -p "$file" xl/worksheets/sheet2.xml | grep -o '<row ' | wc -l) - 1 ))
  echo "run $run: $first .. $last, $ms ms wall, $(stat -c %s "$file") bytes, $rows entry rows" \
    "(server RSS $(awk '/^VmRSS:/ { printf "%d MB", $2 / 1024 }' "/proc/$server_pid/status"))"
done
