#!/usr/bin/env bash
# Throughput of distributed ingest on one machine: in-process ingest (1 and 2 threads) against the broker path (publish,
# then 1 worker with 1 thread, the same with in-process ingest's batch size of 200, 2 workers with 1 thread each, 1
# worker with 2 threads), same corpus, same PostgreSQL. Prints one line per configuration: documents, seconds,
# documents/s, and what the workers reported.
# Usage: bash bench/distributed/throughput.sh CORPUS.jsonl [LABEL]
#   needs READOUT_TEST_POSTGRES and READOUT_TEST_RABBITMQ as .ci/run sets them (bash .ci/postgres, bash .ci/rabbitmq),
#   and a Release build: dotnet build -c Release src/Readout.Cli
# Each configuration gets its own PostgreSQL schema and work queue, dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=$1
label=${2:-run}
readout=(dotnet src/Readout.Cli/bin/Release/net10.0/readout.dll)
broker=${READOUT_TEST_RABBITMQ:?set READOUT_TEST_RABBITMQ (bash .ci/rabbitmq)}
postgres=${READOUT_TEST_POSTGRES:?set READOUT_TEST_POSTGRES (bash .ci/postgres)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

url=$(python3 -c 'import sys; d = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p); print("postgresql://%s:%s@%s:%s/%s" % (d["Username"], d["Password"], d["Host"], d.get("Port", "5432"), d["Database"]))' "$postgres")
psql_() { PGOPTIONS='-c client_min_messages=warning' psql "$url" -qtAc "$1"; }
now() { date +%s.%N; }
schema_for() { local schema="perf_${label}_$1"; psql_ "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" >/dev/null; echo "$schema"; }
db_for() { echo "$postgres;Search Path=$1;Pooling=false"; }
bytes_of() { psql_ "SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '$1' AND c.relkind = 'r'"; }
stored() { psql_ "SELECT count(*) FROM $1.documents"; }
report() { printf '%-28s %6s docs %8.1f s %8.1f docs/s  %s\n' "$1" "$2" "$3" "$(python3 -c "print($2/$3)")" "$4"; }

echo "== $label $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg) corpus: $corpus ($(wc -l <"$corpus") lines)"

in_process() { # name threads
  local schema; schema=$(schema_for "$1")
  local start; start=$(now)
  "${readout[@]}" ingest "$corpus" --db "$(db_for "$schema")" --threads "$2" >"$work/$1.out" 2>&1 || true
  local seconds; seconds=$(python3 -c "print($(now) - $start)")
  report "$1" "$(stored "$schema")" "$seconds" "peak $(grep -o 'peak memory *[0-9,]* MiB' "$work/$1.out" | tr -s ' ' | cut -d' ' -f3) MiB, database $(( $(bytes_of "$schema") / 1024 )) KiB"
  psql_ "DROP SCHEMA $schema CASCADE" >/dev/null
}

distributed() { # name workers threads [batch-size]
  local schema; schema=$(schema_for "$1")
  local queue="perf-$label-$1"
  local start; start=$(now)
  "${readout[@]}" ingest "$corpus" --broker "$broker" --queue "$queue" --db "$(db_for "$schema")" >"$work/$1.publish" 2>&1 || true
  local published; published=$(python3 -c "print($(now) - $start)")
  start=$(now)
  local pids=()
  for i in $(seq "$2"); do
    "${readout[@]}" worker --broker "$broker" --queue "$queue" --db "$(db_for "$schema")" --threads "$3" --batch-size "${4:-50}" --idle-exit 2 >"$work/$1.worker$i" 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}"
  # Until the last document was acknowledged (the run's last event), not until the workers noticed the queue was idle.
  local last; last=$("${readout[@]}" status --broker "$broker" --queue "$queue" --json | python3 -c 'import json, sys, datetime; print(datetime.datetime.fromisoformat(json.load(sys.stdin)["last_activity"]).timestamp())')
  local seconds; seconds=$(python3 -c "print($last - $start)")
  local writes; writes=$(cat "$work/$1".worker* | grep -o 'database writes *[0-9.]* s' | awk '{ s += $3 } END { print s }')
  local trips; trips=$(cat "$work/$1".worker* | grep -o 'broker round trips *[0-9.]* s' | awk '{ s += $4 } END { print s }')
  local peak; peak=$(cat "$work/$1".worker* | grep -o 'peak memory *[0-9,]* MiB' | tr -s ' ' | cut -d' ' -f3 | tr '\n' ' ')
  report "$1" "$(stored "$schema")" "$seconds" "publish ${published:0:5} s, db writes ${writes} s, broker ${trips} s, peak ${peak}MiB, database $(( $(bytes_of "$schema") / 1024 )) KiB"
  "${readout[@]}" failures --broker "$broker" --queue "$queue" --format jsonl | head -3
  psql_ "DROP SCHEMA $schema CASCADE" >/dev/null
  for q in "$queue" "$queue.failures" "$queue.progress" "$queue.dead-letters"; do
    rabbitmqctl -q delete_queue -p "${broker##*/}" "$q" >/dev/null 2>&1 || true
  done
}

in_process inproc_t1 1
distributed broker_1w_t1 1 1
distributed broker_1w_t1_b200 1 1 200
distributed broker_2w_t1 2 1
in_process inproc_t2 2
distributed broker_1w_t2 1 2
echo "== end $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"
