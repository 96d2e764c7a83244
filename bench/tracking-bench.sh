#!/usr/bin/env bash
# The time-entry benchmark: seeds 1,000,000 time entries over 200 users and 2,000 projects (once,
# into a reusable folder), starts the real server through ./stint with the rate limits raised, then
# measures with bench/LoadGen.java on loopback:
#   list:   GET /api/v1/time-entries?start_date=..&end_date=..&per_page=50 as one user, a one-month range
#   create: POST /api/v1/time-entries, distinct non-overlapping times per request, several users
#
#   mvn -q -DskipTests install && bench/tracking-bench.sh
#
#   BENCH_DIR          reusable folder: data/, home/, seed/, logs (default /tmp/stint-bench-data)
#   BENCH_PORT         server port                                  (default 18090)
#   BENCH_CONNECTIONS  load generator connections                   (default 32)
#   BENCH_WARMUP       seconds of load before each measurement      (default 15)
#   BENCH_SECONDS      seconds measured per benchmark               (default 30)
#   BENCH_ENTRIES      time entries seeded                          (default 1000000)
#   BENCH_USERS        users created besides the admin              (default 199)
#   BENCH_PROJECTS     projects seeded                              (default 2000)
#   BENCH_CREATE_USERS how many users' tokens the create benchmark spreads over (default 8)
#   BENCH_ONLY         list|create: run just one of the two         (default both)
#   HSQLDB_JAR         the HSQLDB jar for the JDBC seeding          (default from ~/.m2)
# Delete BENCH_DIR to seed again.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dir="${BENCH_DIR:-/tmp/stint-bench-data}"
port="${BENCH_PORT:-18090}"
connections="${BENCH_CONNECTIONS:-32}"
warmup="${BENCH_WARMUP:-15}"
seconds="${BENCH_SECONDS:-30}"
entries="${BENCH_ENTRIES:-1000000}"
hsqldb="${HSQLDB_JAR:-$HOME/.m2/repository/org/hsqldb/hsqldb/2.7.4/hsqldb-2.7.4.jar}"
# The admin's token on a fresh data folder: tt_ and 32 characters.
bootstrap="tt_benchBENCHbench0123456789abcdefg"
java_opts=(-XX:+UseSerialGC -Xss256k -Xmx512m)
loadgen_opts=(-XX:+UseSerialGC -Xss256k -Xmx256m)

fail() {
  echo "tracking-bench: $*" >&2
  exit 1
}

[ -f runtime/target/stint.jar ] || fail "no runtime jar: mvn -q -DskipTests install first"
[ -f "$hsqldb" ] || fail "no HSQLDB jar at $hsqldb (set HSQLDB_JAR)"
command -v curl >/dev/null || fail "curl is needed to probe /health"

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT

# A STINT_HOME of the benchmark's own: the shipped etc/ with the rate limits raised out of the way.
make_home() {
  rm -rf "$dir/home"
  mkdir -p "$dir/home/deploy"
  cp -r runtime/etc "$dir/home/etc"
  cp runtime/logging.properties "$dir/home/"
  printf 'rate.per.minute=100000000\nrate.per.hour=1000000000\n' > "$dir/home/etc/io.stint.security.cfg"
}

start_server() {
  local t0 t1
  t0=$(date +%s%N)
  STINT_HOME="$dir/home" STINT_DATA="$dir/data" STINT_HTTP_PORT="$port" STINT_BUILD=never STINT_CONSOLE=off \
    STINT_BOOTSTRAP_TOKEN="$bootstrap" ./stint >> "$dir/server.log" 2>&1 < /dev/null &
  server_pid=$!
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/health"; then
      t1=$(date +%s%N)
      echo "server up in $(( (t1 - t0) / 1000000 )) ms (pid $server_pid)"
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || fail "the server exited; see $dir/server.log"
    sleep 0.1
  done
  fail "the server did not answer /health in 120 s; see $dir/server.log"
}

rss_mb() {
  awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$server_pid/status" 2>/dev/null || echo "?"
}

seed() {
  echo "== seeding $dir (once; delete it to seed again)"
  if [ -e "$dir" ]; then
    # Only ever delete a folder this script made: a half-seeded one from an interrupted run.
    [ -f "$dir/.stint-bench" ] || fail "$dir exists but is not a benchmark folder; set BENCH_DIR elsewhere"
    rm -rf "$dir"
  fi
  mkdir -p "$dir/seed"
  touch "$dir/.stint-bench"
  make_home
  local t0=$SECONDS
  start_server
  java "${java_opts[@]}" bench/SeedTimeEntries.java http --url="http://127.0.0.1:$port" --token="$bootstrap" \
    --out="$dir/seed" --users="${BENCH_USERS:-199}" --projects="${BENCH_PROJECTS:-2000}"
  stop_server
  java "${java_opts[@]}" -Xmx2g -cp "$hsqldb" bench/SeedTimeEntries.java jdbc --data="$dir/data" --manifest="$dir/seed" \
    --entries="$entries"
  echo "seeding took $(( SECONDS - t0 )) s in all"
}

[ -f "$dir/seed/seed.properties" ] || seed
make_home
prop() { sed -n "s/^$1=//p" "$dir/seed/seed.properties"; }
list_start="$(prop list_start_date)"
list_end="$(prop list_end_date)"

echo "== machine"
echo "cores: $(nproc); cpu: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); memory: $(free -g | awk '/^Mem:/ { print $2 " GiB" }')"
java -version 2>&1 | head -2
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "seeded: $(prop entries) entries, $(wc -l < "$dir/seed/users.tsv") users, $(wc -l < "$dir/seed/projects.tsv") projects, $(prop first_day) .. $(prop last_day)"

start_server
echo "RSS after start: $(rss_mb) MB"
results=()

if [ "${BENCH_ONLY:-list}" = list ] || [ -z "${BENCH_ONLY:-}" ]; then
  list_token="$(head -1 "$dir/seed/users.tsv" | cut -f3)"
  echo "== list: one user ($(head -1 "$dir/seed/users.tsv" | cut -f2)), $list_start .. $list_end, per_page=50"
  java "${loadgen_opts[@]}" bench/LoadGen.java --name=list --connections="$connections" --warmup="$warmup" --duration="$seconds" \
    --url="http://127.0.0.1:$port/api/v1/time-entries?start_date=$list_start&end_date=$list_end&per_page=50" \
    --header="Authorization: Bearer $list_token" --show=true | tee "$dir/list.out" | cut -c1-400
  results+=("$(grep '^LOADGEN' "$dir/list.out")")
  echo "RSS after list: $(rss_mb) MB"
fi

if [ "${BENCH_ONLY:-create}" = create ] || [ -z "${BENCH_ONLY:-}" ]; then
  create_users="${BENCH_CREATE_USERS:-8}"
  # The list user is the first line; creates go to the next ones so the listed month stays as seeded.
  sed -n "2,$(( create_users + 1 ))p" "$dir/seed/users.tsv" | cut -f3 > "$dir/create-tokens.txt"
  cut -f1 "$dir/seed/projects.tsv" > "$dir/project-ids.txt"
  # Each request n gets [2030-01-01 + n min, + 30 s]; the counter carries over runs so no run
  # overlaps an earlier one's entries.
  counter="$(cat "$dir/create-counter" 2>/dev/null || echo 0)"
  echo "== create: $create_users users' tokens, counter from $counter"
  java "${loadgen_opts[@]}" bench/LoadGen.java --name=create --connections="$connections" --warmup="$warmup" --duration="$seconds" \
    --url="http://127.0.0.1:$port/api/v1/time-entries" --method=POST --header="Authorization: Bearer {token}" \
    --tokens="$dir/create-tokens.txt" --values="$dir/project-ids.txt" --counter="$counter" \
    --time-base=2030-01-01T00:00:00 --time-step=60 --time-length=30 \
    --body='{"project_id":{v},"start_time":"{start}","end_time":"{end}","notes":"bench {n}","billable":true}' \
    --show=true | tee "$dir/create.out" | cut -c1-400
  sed -n 's/.* counter_next=\([0-9]*\).*/\1/p' "$dir/create.out" > "$dir/create-counter"
  results+=("$(grep '^LOADGEN' "$dir/create.out")")
  echo "RSS after create: $(rss_mb) MB"
fi

stop_server
echo "== summary (targets: list >= 5000 requests/s with p99 <= 20 ms; create >= 2000 entries/s)"
for r in "${results[@]}"; do
  name="$(sed -n 's/.* name=\([^ ]*\).*/\1/p' <<< "$r")"
  echo "$name: $(sed -n 's/.* ok_rps=\([^ ]*\).*/\1/p' <<< "$r") successful/s, errors $(sed -n 's/.* errors=\([^ ]*\).*/\1/p' <<< "$r"), p50 $(sed -n 's/.* p50_ms=\([^ ]*\).*/\1/p' <<< "$r") ms, p99 $(sed -n 's/.* p99_ms=\([^ ]*\).*/\1/p' <<< "$r") ms, p99.9 $(sed -n 's/.* p999_ms=\([^ ]*\).*/\1/p' <<< "$r") ms"
  echo "$r"
done
