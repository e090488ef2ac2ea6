#!/usr/bin/env bash
# History contention: N concurrent `./sluice run` processes of the bundled example on one history, and the same N
# without a history (--no-history), so that the difference is what sharing the history costs.
#   bench/history.sh [N]          default N=8
# Prints each process's wall time (start to exit, ms), each run's own reported time, and the statuses the history
# holds afterwards (every run must be there, SUCCEEDED). Data goes under a temporary folder, removed at the end.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${1:-8}
WORK=$(mktemp -d /tmp/sluice-bench-history.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

"$ROOT/sluice" --version >/dev/null # builds the runtime on first use, outside the measurement

round() { # round MODE: N processes at once; MODE is history or nohistory
  local mode=$1 i
  local opts=(--history "$WORK/history-$mode")
  [ "$mode" = nohistory ] && opts=(--no-history)
  for i in $(seq 1 "$N"); do
    (
      start=$(date +%s%N)
      rc=0
      "$ROOT/sluice" run "$ROOT/examples/orders.sluice" -p output="$WORK/out-$mode-$i.parquet" "${opts[@]}" \
        >"$WORK/log-$mode-$i" 2>&1 || rc=$?
      echo "$rc $(( ($(date +%s%N) - start) / 1000000 ))" >"$WORK/time-$mode-$i"
    ) &
  done
  wait
  printf '%-9s exit+wall ms: %s\n' "$mode" "$(cat "$WORK"/time-"$mode"-* | tr '\n' ' ')"
  printf '%-9s run-reported: %s\n' "$mode" "$(grep -ho 'succeeded in [0-9.]*s' "$WORK"/log-"$mode"-* | awk '{print $3}' | tr '\n' ' ')"
}

round nohistory
round history
printf 'history statuses: %s\n' "$("$ROOT/sluice" runs --history "$WORK/history-history" --last 1000 | awk '/^[0-9]/ {print $2}' | sort | uniq -c | tr -s ' \n' ' ')"
