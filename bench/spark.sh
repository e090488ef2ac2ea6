#!/usr/bin/env bash
# The benchmark's Spark column: the orders aggregate and join on the embedded engine (2 threads), on
# Sluice-on-Spark local[2] and as a hand-written Spark DataFrame job (bench/spark/…/SparkBench.java).
#   bench/spark.sh [ROWS [REPS [WARMUPS [WORKLOADS]]]]   default 1,000,000 rows, 3 measured runs after one warm-up,
#   both workloads (WORKLOADS: aggregate, join or aggregate,join)
# Data under /tmp/sluice-bench/data-ROWS (the same generator and files as bench/run.sh). Builds the Spark engine
# and this module first (fetching Spark's jars on first use).
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" -Pspark -DskipTests -pl bench/spark -am package >&2
fi
# the JVM options of Spark's launcher (as ./sluice uses them)
OPENS=$(sed -n 's:.*<spark.jvm.args>\(.*\)</spark.jvm.args>.*:\1:p' "$ROOT/runtime-engine/spark/pom.xml")
cd "$ROOT"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" $OPENS "-Xmx${BENCH_HEAP:-3g}" \
  -cp "$BENCH/spark/target/io.sluice.bench.spark-0.1.0-SNAPSHOT.jar:$BENCH/spark/target/lib/*" \
  io.sluice.bench.spark.SparkBench "$@"
