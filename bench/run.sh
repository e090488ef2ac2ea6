#!/usr/bin/env bash
# Sluice vs DuckDB benchmark.
#   bench/run.sh                          1M orders, 2 threads, both workloads, outputs compared afterwards
#   bench/run.sh run --rows 10000000      any options of the harness (bench/run.sh run --help)
#   bench/run.sh generate --rows N --out DIR
# Data and outputs go under /tmp/sluice-bench (never into the repository). Picks a JDK 21+ like ./sluice does,
# builds what is missing: the runtime (expression, model, runtime-engine; when the local Maven repository lacks
# it, or always with BENCH_REBUILD_RUNTIME=1) and this module (also when its sources or the installed runtime
# are newer). The harness prints the runtime's Bundle-Version (its build time) with the results.
# Environment: BENCH_HEAP (default 2g) is the -Xmx of the benchmark JVM; BENCH_JVM_OPTS adds JVM options
# (e.g. BENCH_JVM_OPTS='-XX:StartFlightRecording=filename=/tmp/sluice-bench/bench.jfr,settings=profile');
# BENCH_NO_BUILD=1 runs what is built, as it is.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
VERSION=0.1.0-SNAPSHOT
BENCH_JAR="$BENCH/target/io.sluice.bench-$VERSION.jar"
BENCH_LIB="$BENCH/target/lib"
M2_RUNTIME="${M2_REPO:-$HOME/.m2/repository}/io/sluice/io.sluice.runtime/$VERSION/io.sluice.runtime-$VERSION.jar"

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

java_major() { # the feature version of the java in JDK folder $1, or nothing
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

choose_jdk() { # JAVA_HOME if it is a JDK 21+, else the first JDK 21+ in /usr/lib/jvm (as ./sluice)
  local candidate major
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      if [ -n "${JAVA_HOME:-}" ] && [ "$candidate" != "$JAVA_HOME" ]; then
        say "JAVA_HOME=$JAVA_HOME is older than Java 21; using $candidate (Java $major)"
      fi
      export JAVA_HOME="$candidate"
      return
    fi
  done
  die "the benchmark needs a JDK 21 or newer; point JAVA_HOME at one"
}

newer_sources() { # true when a file below the given folders is newer than file $1
  local stamp=$1; shift
  [ -n "$(find "$@" -type f -newer "$stamp" -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}

mvn() { "$ROOT/mvnw" -B -q "$@"; }

ensure_built() {
  # The runtime comes from the local Maven repository, like any dependency: it is built from this tree only
  # when it is missing there (or with BENCH_REBUILD_RUNTIME=1), so a runtime someone installed is not replaced.
  if [ ! -f "$M2_RUNTIME" ] || [ -n "${BENCH_REBUILD_RUNTIME:-}" ]; then
    say "building the runtime from $ROOT…"
    mvn -f "$ROOT/bundles/io.sluice.expression/pom.xml" -DskipTests install >&2
    mvn -f "$ROOT/bundles/io.sluice.model/pom.xml" -DskipTests install >&2
    mvn -f "$ROOT/runtime-engine/pom.xml" -DskipTests install >&2
  fi
  if [ ! -f "$BENCH_JAR" ] || [ ! -d "$BENCH_LIB" ] || [ "$M2_RUNTIME" -nt "$BENCH_JAR" ] \
     || newer_sources "$BENCH_JAR" "$BENCH/src" "$BENCH/pom.xml"; then
    say "building the benchmark…"
    rm -rf "$BENCH_LIB"
    mvn -f "$BENCH/pom.xml" -DskipTests package >&2
  fi
}

jvm_args() { # the root POM's sluice.jvm.args, so the benchmark runs with the flags the runtime is tested with
  sed -n 's:.*<sluice.jvm.args>\(.*\)</sluice.jvm.args>.*:\1:p' "$ROOT/pom.xml"
}

choose_jdk
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  ensure_built
fi
[ -f "$BENCH_JAR" ] && [ -d "$BENCH_LIB" ] || die "the benchmark is not built; run without BENCH_NO_BUILD"
# shellcheck disable=SC2206
JVM=($(jvm_args) "-Xmx${BENCH_HEAP:-2g}" -XX:NativeMemoryTracking=summary ${BENCH_JVM_OPTS:-})
if [ $# -eq 0 ]; then
  set -- run --rows 1000000 --threads 2 --verify --json /tmp/sluice-bench/results.jsonl
fi
mkdir -p /tmp/sluice-bench
cd "$ROOT"
exec "$JAVA_HOME/bin/java" "${JVM[@]}" -Dsluice.history.dir=/tmp/sluice-bench/history \
  -cp "$BENCH_JAR:$BENCH_LIB/*" io.sluice.bench.BenchMain "$@"
