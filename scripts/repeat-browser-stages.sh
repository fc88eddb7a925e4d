#!/usr/bin/env bash
# Runs the browser stages of npm test (test:e2e beside test:more, as npm test runs them, so both cores are busy)
# N times in a row on one build, and reports each run's result, time and load. A flaky check shows here before it
# fails a good submission at random.
# usage: bash scripts/repeat-browser-stages.sh [N=10] [LOG_DIR=test-results/repeat]
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
logs=${2:-test-results/repeat}
mkdir -p "$logs"
npx run-p -l build build:subpath build:portable >"$logs/build.log" 2>&1 || { echo "build failed: $logs/build.log" >&2; exit 2; }
bash scripts/ensure.sh chromium nginx firefox libreoffice postgresql openpyxl || exit 2
failed=0
for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  if npx run-p -l test:e2e test:more >"$logs/run-$run.log" 2>&1; then result=passed; else result=FAILED; failed=$((failed + 1)); fi
  echo "run $run/$runs: $result in $(($(date +%s) - started)) s (1-min load before $load_before, after $(cut -d' ' -f1 /proc/loadavg)); log $logs/run-$run.log"
  [ "$result" = FAILED ] && grep -aE '^\[test:[a-z]+ *\] +(✘|[0-9]+\) )|FAIL ' "$logs/run-$run.log" | head -20
done
echo "browser stages: $((runs - failed)) of $runs runs passed"
[ "$failed" -eq 0 ]
