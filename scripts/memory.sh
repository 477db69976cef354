#!/usr/bin/env bash
# Peak memory of "vntext batch" on long records (issue 15): the bounds that
# docs/RELIABILITY.md states, checked. Not part of CI: it takes a minute or
# two and wants a quiet machine. Exit status 1 when a bound is exceeded.
#
#   bash scripts/memory.sh
#
# Archives go to ${TMPDIR:-/tmp}/vntext-mem and are kept for reruns.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${TMPDIR:-/tmp}/vntext-mem
mkdir -p "$dir"
go build -o "$dir/vntext" ./cmd/vntext
go build -o "$dir/genarchive" ./scripts/genarchive
g=$dir/genarchive

one=$dir/one-50mb.jsonl
[ -s "$one" ] || "$g" -n 1 -record 50MB -seed 5 -o "$one"
mixed=$dir/mixed-8mb.jsonl
[ -s "$mixed" ] || { "$g" -n 500 -seed 1; "$g" -n 2 -record 7800KB -seed 2; "$g" -n 500 -seed 3; "$g" -n 1 -record 7800KB -seed 4; "$g" -n 500 -seed 6; } >"$mixed"
huge=$dir/mixed-50mb.jsonl
[ -s "$huge" ] || { "$g" -n 1000 -seed 1; cat "$one"; "$g" -n 1000 -seed 3; } >"$huge"

fail=0
# peak LABEL LIMIT_MB ARGS...: run batch under /usr/bin/time, print and check.
peak() {
  local label=$1 limit=$2
  shift 2
  /usr/bin/time -v "$dir/vntext" batch --workers 2 -o /dev/null "$@" 2>"$dir/time.log" || true
  local kb wall summary
  kb=$(grep "Maximum resident" "$dir/time.log" | awk '{print $NF}')
  wall=$(grep "Elapsed (wall" "$dir/time.log" | awk '{print $NF}')
  summary=$(grep "records written" "$dir/time.log" | sed 's/^vntext batch: //')
  printf '%-58s peak RSS %4d MB (limit %d MB), %s wall; %s\n' "$label" $((kb / 1024)) "$limit" "$wall" "$summary"
  [ $((kb / 1024)) -lt "$limit" ] || fail=1
}
peak "one 50 MB record, --max-record-bytes 64MiB" 500 --max-record-bytes 64MiB "$one"
peak "1,503 records, three of 7.8 MB (default limit 8 MiB)" 200 "$mixed"
peak "2,001 records, one of 50 MB (an error record by default)" 200 "$huge"
exit $fail
