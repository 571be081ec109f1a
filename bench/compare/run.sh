#!/usr/bin/env bash
# Readout against the tools users would pick instead, side by side, in one run on this machine:
# wink-nlp (with wink-eng-lite-web-model) and compromise on the same sample of the BBC corpus as Readout,
# then UPOS accuracy on the UD_English-EWT test split. A manual benchmark, not part of CI.
#
#   bench/compare/run.sh [--rounds 3] [--characters 2000000] [--shared ../shared] [--no-build]
#
# Needs node 18+ with npm and the .NET SDK; the peers are installed from npm into a temporary folder (removed at
# the end), at the versions pinned below. Readout itself runs offline. Results: a markdown table on standard output,
# the raw measurements in the temporary folder's results.jsonl (kept with --keep).
set -euo pipefail

WINK_NLP=2.4.0
WINK_MODEL=1.8.1
COMPROMISE=14.17.0

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared="$root/../shared"
rounds=3
characters=2000000
build=1
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --characters) characters=$2; shift 2 ;;
    --shared) shared=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

bbc="$shared/data/news/bbc-news-2225/bbc-news-2225.jsonl"
ewt="$shared/data/corpora/UD_English-EWT"
for needed in "$bbc" "$ewt/en_ewt-ud-test.conllu"; do
  [ -e "$needed" ] || { echo "missing $needed (pass --shared DIR)" >&2; exit 1; }
done
command -v node >/dev/null && command -v npm >/dev/null || { echo "node and npm are needed" >&2; exit 1; }

work=$(mktemp -d -t readout-compare-XXXXXX)
if [ "$keep" = 0 ]; then trap 'rm -rf "$work"' EXIT; fi
results="$work/results.jsonl"
: > "$results"

echo "== machine" >&2
machine="$(date -u +%Y-%m-%dT%H:%MZ); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at start; node $(node --version), npm $(npm --version), dotnet $(dotnet --version)"
echo "$machine" >&2

echo "== peers from npm into $work/peers" >&2
mkdir -p "$work/peers"
(cd "$work/peers" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  "wink-nlp@$WINK_NLP" "wink-eng-lite-web-model@$WINK_MODEL" "compromise@$COMPROMISE" >&2)
export NODE_PATH="$work/peers/node_modules"

readout="$root/src/Readout.Cli/bin/Release/net10.0/readout.dll"
if [ "$build" = 1 ]; then
  echo "== building Readout (Release)" >&2
  dotnet build "$root/src/Readout.Cli" -c Release -v quiet -nologo >&2
fi

sample="$work/sample.jsonl"
node "$here/compare.js" sample --source "$bbc" --characters "$characters" --out "$sample" >&2

# Each run is its own process, timed by the tool itself after the same warm-up; /usr/bin/time adds the peak RSS.
measure() {
  local rss="$work/rss"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$rss" "$@"
  else
    echo 0 > "$rss"
    "$@"
  fi | tail -n 1 | node -e '
    const line = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const rss = Number(require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").pop()) / 1024;
    if (line.benchmark === "pipeline") {
      const work = process.argv[2];
      console.log(JSON.stringify({ tool: "readout", work, documents: line.documents, characters: line.characters, tokens: line.tokens,
        own_tokens: line.tokens, seconds: line.single.seconds, cpu_seconds: line.single.cpu_seconds, max_rss_mb: rss }));
    } else {
      console.log(JSON.stringify({ ...line, max_rss_mb: rss }));
    }' "$rss" "${work_kind:-}" >> "$results"
}

tag_stages=rule-tokenizer,perceptron-sentence-splitter,perceptron-tagger
# Readout's named entities need the tags only (not the parse), like wink-nlp's.
entity_stages=${READOUT_ENTITY_STAGES:-$tag_stages,perceptron-entity-recognizer}
for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
  work_kind=tag measure dotnet "$readout" bench "$sample" --stages "$tag_stages" --threads 1 --json
  measure node "$here/compare.js" speed --tool wink --work tag --input "$sample"
  measure node "$here/compare.js" speed --tool compromise --work tag --input "$sample"
  measure node "$here/compare.js" speed --tool wink --work entities --input "$sample"
  measure node "$here/compare.js" speed --tool compromise --work entities --input "$sample"
  work_kind=entities measure dotnet "$readout" bench "$sample" --stages "$entity_stages" --threads 1 --json
  work_kind=full measure dotnet "$readout" bench "$sample" --threads 1 --json
done

echo "== UPOS accuracy on UD_English-EWT test" >&2
node "$here/compare.js" upos --tool wink --conllu "$ewt/en_ewt-ud-test.conllu" >> "$results"
node "$here/compare.js" upos --tool compromise --conllu "$ewt/en_ewt-ud-test.conllu" >> "$results"
dotnet "$readout" eval tag --data "$ewt" --split test --json | tail -n 1 | node -e '
  const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
  console.log(JSON.stringify({ tool: "readout", upos: r.upos, aligned_percent: 100, upos_aligned: r.upos }));' >> "$results"

echo "# $machine; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "# wink-nlp $WINK_NLP + wink-eng-lite-web-model $WINK_MODEL, compromise $COMPROMISE, Readout $(git -C "$root" rev-parse --short HEAD)"
node "$here/compare.js" report --results "$results"
if [ "$keep" = 1 ]; then echo "# raw measurements: $results"; fi
