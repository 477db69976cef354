#!/usr/bin/env bash
# Throughput of vntext-beam on prism (in this process) beside vntext batch,
# at 1 and 2 workers, default tasks, on the same generated archive: 8 JSONL
# files of 2,500 articles of ~500 syllables (20,000 articles, 64 MB). Runs
# alternate so that both see the same load; each prints wall and CPU
# seconds, and the shards are checked byte for byte against batch's output.
# Not part of CI: it is long and wants a quiet machine.
#
#   bash beam/scripts/throughput.sh [ROUNDS]     # default 2 rounds
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-2}
dir=${TMPDIR:-/tmp}/vntext-beam-bench
mkdir -p "$dir/in"
go build -o "$dir/vntext" ./cmd/vntext
go build -o "$dir/genarchive" ./scripts/genarchive
(cd beam && go build -o "$dir/vntext-beam" ./cmd/vntext-beam)
for i in 1 2 3 4 5 6 7 8; do
  [ -s "$dir/in/part-$i.jsonl" ] || "$dir/genarchive" -n 2500 -syllables 500 -seed "$i" -o "$dir/in/part-$i.jsonl"
done
cd "$dir"
n=$(cat in/*.jsonl | wc -l)
echo "$n articles, $(du -sh in | cut -f1), batch's default tasks"
for round in $(seq "$rounds"); do
  for w in 1 2; do
    rm -rf out && mkdir out
    for run in batch beam; do
      if [ $run = batch ]; then
        cmd=(./vntext batch --quiet --workers=$w -o out/batch.jsonl in/part-1.jsonl in/part-2.jsonl in/part-3.jsonl in/part-4.jsonl in/part-5.jsonl in/part-6.jsonl in/part-7.jsonl in/part-8.jsonl)
      else
        cmd=(./vntext-beam --quiet --workers=$w --input='in/*.jsonl' --output=out/part)
      fi
      /usr/bin/time -f "%e %U %S" -o time.txt "${cmd[@]}"
      read -r wall user sys <time.txt
      awk -v r="$run" -v w="$w" -v n="$n" -v wall="$wall" -v cpu="$(echo "$user + $sys" | bc)" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
        'BEGIN { printf "%-5s workers=%d  %6.0f articles/s wall (%5.1f s)  %.2f ms CPU per article  load %s\n", r, w, n/wall, wall, 1000*cpu/n, load }'
    done
    cat out/part-* | cmp -s - out/batch.jsonl && echo "      shards equal batch's output" || { echo "      SHARDS DIFFER"; exit 1; }
  done
done
