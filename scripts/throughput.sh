#!/usr/bin/env bash
# Throughput and memory of "vntext batch" on generated archives (not part of
# CI: it is long and wants a quiet machine).
#
#   bash scripts/throughput.sh          # 20,000 articles of ~500 syllables, 2 workers: articles/s
#   bash scripts/throughput.sh 1GB      # also a 1 GB archive under /usr/bin/time -v: peak RSS
#
# Archives go to ${TMPDIR:-/tmp}/vntext-bench and are kept for reruns.
set -euo pipefail
cd "$(dirname "$0")/.."
big=${1:-}
dir=${TMPDIR:-/tmp}/vntext-bench
mkdir -p "$dir"
go build -o "$dir/vntext" ./cmd/vntext
go build -o "$dir/genarchive" ./scripts/genarchive

small=$dir/archive-20k.jsonl
[ -s "$small" ] || "$dir/genarchive" -n 20000 -syllables 500 -o "$small"
echo "== full pipeline (segment, entities, summary), 2 workers, $(wc -l <"$small") articles, $(du -h "$small" | cut -f1)"
"$dir/vntext" batch --workers 2 --tasks segment,entities,summary -o /dev/null "$small" 2>&1 | tail -1

if [ -n "$big" ]; then
  large=$dir/archive-$big.jsonl
  [ -s "$large" ] || "$dir/genarchive" -size "$big" -syllables 500 -o "$large"
  echo "== peak memory on $(du -h "$large" | cut -f1) ($(wc -l <"$large") articles), 2 workers"
  /usr/bin/time -v "$dir/vntext" batch --workers 2 -o /dev/null "$large" 2>"$dir/time.log" || true
  grep -E "records written|Maximum resident|Elapsed \(wall" "$dir/time.log"
fi
