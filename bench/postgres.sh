#!/usr/bin/env bash
# PostgreSQL load and read benchmark: Sluice's JDBC sink (COPY and batched INSERT) and JDBC source against psql's
# \copy as the peer, on a throw-away PostgreSQL cluster (Debian's postgresql package) on a free loopback port.
#   bench/postgres.sh [ROWS]        default 1000000; the README's figures use 10000000
# Data, cluster and outputs go under /tmp/sluice-pgbench (removed at the end); the cluster is stopped on exit.
# Each measurement is the wall time of one command (the Sluice ones through ./sluice run, JVM start included;
# BENCH_SLUICE names another launcher, e.g. a copy of the runtime started with java -cp).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROWS=${1:-1000000}
WORK=/tmp/sluice-pgbench
P=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[ -x "$P/initdb" ] || { echo "bench: PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

rm -rf "$WORK" && mkdir -p "$WORK" && chmod 777 "$WORK"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg "$P/initdb" -D "$WORK/data" -A trust -U sluice --no-sync >/dev/null
as_pg "$P/pg_ctl" -D "$WORK/data" -w -l "$WORK/log" -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1" start >/dev/null
stop() { as_pg "$P/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap stop EXIT
PSQL=("$P/psql" -h 127.0.0.1 -p "$PORT" -U sluice -d postgres -q -v ON_ERROR_STOP=1)
URL="jdbc:postgresql://127.0.0.1:$PORT/postgres"

"${PSQL[@]}" -c "\\copy (SELECT g AS id, 'c' || (g % 1000) AS customer, (g % 100000) / 100.0::float8 AS amount, \
  TIMESTAMPTZ '2026-01-01' + g * INTERVAL '1 second' AS ts FROM generate_series(1, $ROWS) g) TO '$WORK/orders.csv' CSV HEADER"
"${PSQL[@]}" -c "CREATE TABLE src AS SELECT g::bigint AS id, 'c' || (g % 1000) AS customer, (g % 100000) / 100.0::float8 AS amount, \
  TIMESTAMPTZ '2026-01-01' + g * INTERVAL '1 second' AS ts FROM generate_series(1, $ROWS) g" -c "VACUUM ANALYZE src"

pipeline() { # $1 file, $2 source xml, $3 sink xml
  cat > "$1" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<sluice:Pipeline xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sluice="http://sluice.io/model/pipeline" name="pgbench" formatVersion="2">
  $2
    <layout x="40" y="40" width="160" height="60"/>
    <columns name="id" type="INT64" nullable="false"/>
    <columns name="customer" type="STRING" nullable="true"/>
    <columns name="amount" type="FLOAT64" nullable="true"/>
    <columns name="ts" type="TIMESTAMP" nullable="true"/>
  </steps>
  $3
    <layout x="300" y="40" width="160" height="60"/>
  </steps>
  <links source="in" target="out"/>
</sluice:Pipeline>
XML
}
CSV_IN="<steps xsi:type=\"sluice:CsvSource\" id=\"in\" name=\"in\" path=\"$WORK/orders.csv\">"
pipeline "$WORK/copy.sluice" "$CSV_IN" "<steps xsi:type=\"sluice:JdbcSink\" id=\"out\" name=\"out\" loadMethod=\"COPY\" url=\"$URL\" user=\"sluice\" table=\"load_copy\">"
pipeline "$WORK/batch.sluice" "$CSV_IN" "<steps xsi:type=\"sluice:JdbcSink\" id=\"out\" name=\"out\" url=\"$URL\" user=\"sluice\" table=\"load_batch\">"
pipeline "$WORK/read.sluice" "<steps xsi:type=\"sluice:JdbcSource\" id=\"in\" name=\"in\" url=\"$URL\" user=\"sluice\" table=\"src\" fetchSize=\"10000\">" \
  "<steps xsi:type=\"sluice:CsvSink\" id=\"out\" name=\"out\" path=\"$WORK/read.csv\">"

SLUICE=${BENCH_SLUICE:-"$ROOT/sluice"}
"$SLUICE" --help >/dev/null 2>&1 || true   # builds the runtime when needed, outside the timings
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
run() { "$SLUICE" run --no-history "$1"; }

"${PSQL[@]}" -c "CREATE TABLE load_psql (id BIGINT, customer TEXT, amount DOUBLE PRECISION, ts TIMESTAMPTZ)"
t_psql_load=$(secs "${PSQL[@]}" -c "\\copy load_psql FROM '$WORK/orders.csv' CSV HEADER")
t_copy=$(secs run "$WORK/copy.sluice")
t_batch=$(secs run "$WORK/batch.sluice")
t_psql_read=$(secs "${PSQL[@]}" -c "\\copy (SELECT id, customer, amount, ts FROM src) TO '$WORK/psql-read.csv' CSV HEADER")
t_read=$(secs run "$WORK/read.sluice")

for t in load_psql load_copy load_batch; do
  n=$("${PSQL[@]}" -At -c "SELECT count(*) FROM $t")
  [ "$n" = "$ROWS" ] || { echo "bench: $t has $n rows, expected $ROWS" >&2; exit 1; }
done
[ "$(($(wc -l < "$WORK/read.csv") - 1))" = "$ROWS" ] || { echo "bench: read.csv has the wrong row count" >&2; exit 1; }

printf 'rows %d (load average %s)\n' "$ROWS" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'load  psql \\copy %8.2f s\n' "$t_psql_load"
printf 'load  Sluice COPY %8.2f s  ratio %.2f\n' "$t_copy" "$(echo "$t_copy / $t_psql_load" | bc -l)"
printf 'load  Sluice BATCH%8.2f s  ratio %.2f (COPY is %.1fx faster)\n' "$t_batch" "$(echo "$t_batch / $t_psql_load" | bc -l)" \
  "$(echo "$t_batch / $t_copy" | bc -l)"
printf 'read  psql \\copy %8.2f s\n' "$t_psql_read"
printf 'read  Sluice      %8.2f s  ratio %.2f\n' "$t_read" "$(echo "$t_read / $t_psql_read" | bc -l)"
