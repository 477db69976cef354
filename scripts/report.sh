#!/usr/bin/env bash
# Regenerates every accuracy and speed figure the README's tables show, with
# the repo's own commands, on the dev files under $VNTEXT_DATA.
#
#   VNTEXT_DATA=../shared/data bash scripts/report.sh          # accuracy (about a minute)
#   VNTEXT_DATA=../shared/data bash scripts/report.sh --speed  # and the benchmarks (several minutes)
#
# Speed figures want a quiet machine; run them on one core with -cpu 1.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${VNTEXT_DATA:?set VNTEXT_DATA to the corpora folder (norm/, ws/, ner/, sum/, domain/)}"
D=$VNTEXT_DATA
bin=$(mktemp -d)/vntext
go build -o "$bin" ./cmd/vntext

echo "## Normalization: vectors (both tone styles), legacy detection"
go test -count=1 -run 'TestVectors$|TestNFCAlone|TestDetectVietNews' -v ./normalize 2>&1 | grep -E '^\s+\S+_test.go:[0-9]+: ' | sed 's/^ *//'

echo; echo "## Sentences: our case set (and prose/v2 in examples/sentcompare)"
go test -count=1 -run 'TestSentenceCases|UDVTB' -v ./tokenize 2>&1 | grep -E '^(---|\s+\S+_test.go)' | sed 's/^ *//'
(cd examples/sentcompare && go run .) | sed -n 1,5p  # sed reads on: head would stop go run with SIGPIPE under pipefail

echo; echo "## Word segmentation: UD-VTB dev, model trained on train only (never saw dev)"
go run ./tokenize/internal/train -train-only -eval ws/ud-vtb/dev.seg.txt

echo; echo "## Entities: the suite (corpus blind and dev, VLSP 2016 dev, domain dev, VietNews set; rules and rules+model)"
vn=$(dirname "$bin")/vietnews-eval.jsonl
go run ./internal/annotate join -o "$vn"
"$bin" eval entities --vietnews "$vn"

echo; echo "## Entities per data set"
for gold in domain/dev.jsonl ner/vlsp2016/dev.txt ner/vlsp2018/train.jsonl ner/phoner_covid19/dev_syllable.conll; do
  echo "### $gold"
  "$bin" eval entities --gold "$D/$gold"
done

echo; echo "## Entity model a user trains: PhoNER-COVID19 train, early-stopped and scored on its dev (never ships)"
model=$(dirname "$bin")/phoner.model
"$bin" train entities --quiet --epochs 30 --dev "$D/ner/phoner_covid19/dev_syllable.conll" -o "$model" \
  "$D/ner/phoner_covid19/train_syllable.conll" | tail -9 # the micro average closes the report
"$bin" eval entities --gold "$D/ner/phoner_covid19/dev_syllable.conll" --entity-model "$model"

echo; echo "## Summarization: VietNews dev, 45-syllable budget"
"$bin" eval summarize --gold "$D/sum/vietnews/dev.jsonl" --max-syllables 45
echo; echo "## Summarization: VietNews dev, exactly 3 sentences"
"$bin" eval summarize --gold "$D/sum/vietnews/dev.jsonl" --max-syllables 0 --sentences 3 | sed -n 1,7p

echo; echo "## Pages: page text and HTML, dev and held-out"
go test -count=1 -run 'TestTextEval|TestTextHeldOut' -v ./page 2>&1 | grep -E 'cases: '
go test -count=1 -run 'TestHTMLEval|TestHTMLHeldOut' -v ./htmlpage 2>&1 | grep -E '^\s+\|'

if [ "${1:-}" = "--speed" ]; then
  echo; echo "## Speed (one core)"
  go test -run '^$' -cpu 1 -benchmem -bench 'CleanRatio|NormalizeClean$|NormalizeNFD$|NFCNFD$|TCVN3Auto' -benchtime 2000x ./normalize
  go test -run '^$' -cpu 1 -benchmem -bench 'Words$|WordsPerLine|ModelLoad' -benchtime 10x ./tokenize
  go test -run '^$' -cpu 1 -benchmem -bench 'Extract$|ExtractWithModel|ModelTag|LoadModel' -benchtime 2s ./entities
  go test -run '^$' -cpu 1 -benchmem -bench 'Viterbi|ParseClusters' ./entities/internal/tagger
  go test -run '^$' -cpu 1 -benchmem -bench 'SummarizeDev$' -benchtime 20000x ./summarize
  bash scripts/throughput.sh
fi
