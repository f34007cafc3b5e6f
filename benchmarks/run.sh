#!/usr/bin/env bash
# The whole performance suite with one command (see docs/performance.md):
#
#   benchmarks/run.sh [--items 1000000] [--db h2|postgres] [--jdbc-url URL --jdbc-user U --jdbc-password P]
#                     [--seed N] [--data-dir benchmarks/data] [--variant NAME] [--quick]
#
# Builds the benchmarks and what they need when a source is newer than the last build, loads the data sets
# once (they are kept in benchmarks/data, reused while scale, seed and generator stay the same), runs
# io.meetingmemo.bench.BenchmarkSuite and writes the results into docs/performance.md and
# benchmarks/target/performance-results.md. --variant names a run of a build with a change under evaluation
# (its own data sets and report section). With --db postgres and no --jdbc-url, a throw-away PostgreSQL
# is started on 127.0.0.1:${BENCH_PG_PORT:-5434} for the run and stopped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls benchmarks/target/benchmarks-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -n 1 || true)
stale=yes
if [ -n "$jar" ] && [ -d benchmarks/target/lib ]; then
  newer=$(find pom.xml atlassian-api-standins embedded-activeobjects meeting-memo-app preview-host benchmarks \
      -path '*/target' -prune -o -path benchmarks/data -prune -o -type f \( -name '*.java' -o -name 'pom.xml' \
      -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)
  [ -z "$newer" ] && stale=no
fi
if [ "$stale" = yes ]; then
  echo "benchmarks: building (mvn package -pl benchmarks -am) …"
  build=(mvn -q -DskipTests package -pl benchmarks -am)
  "${build[@]}" -o || "${build[@]}"
  jar=$(ls benchmarks/target/benchmarks-*.jar | grep -v -e sources -e javadoc | head -n 1)
fi

args=("$@")
wants_postgres=no
has_url=no
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --db) [ "${args[$((i + 1))]:-}" = postgres ] && wants_postgres=yes ;;
    --jdbc-url) has_url=yes ;;
  esac
done

if [ "$wants_postgres" = yes ] && [ "$has_url" = no ]; then
  port=${BENCH_PG_PORT:-5434}
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$pg_bin" ] || { echo "benchmarks: no PostgreSQL in /usr/lib/postgresql; give --jdbc-url" >&2; exit 2; }
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "benchmarks: 127.0.0.1:$port is taken; set BENCH_PG_PORT or give --jdbc-url" >&2
    exit 2
  fi
  pg_dir=$(mktemp -d /tmp/meeting-memo-bench-pg.XXXXXX)
  pg_user=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then pg_user=postgres; chown "$pg_user" "$pg_dir"; fi
  as_pg() { if [ "$(id -u)" -eq 0 ]; then su "$pg_user" -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
  as_pg "$pg_bin/initdb -D $pg_dir/data -U postgres --auth=trust -E UTF8 >/dev/null"
  # Memory settings for a 24 GB machine; fsync stays on, as on any real server.
  as_pg "$pg_bin/pg_ctl -D $pg_dir/data -o '-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c shared_buffers=1GB -c work_mem=16MB' -l $pg_dir/log -w start >/dev/null"
  trap 'as_pg "$pg_bin/pg_ctl -D $pg_dir/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
  "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE memo_bench"
  args+=(--jdbc-url "jdbc:postgresql://127.0.0.1:$port/memo_bench" --jdbc-user postgres --jdbc-password "")
fi

java -Xmx4g -cp "$jar:benchmarks/target/lib/*" io.meetingmemo.bench.BenchmarkSuite "${args[@]}"
