#!/usr/bin/env bash
# Where the CPU goes in distributed ingest: CPU seconds of the publisher, of one worker, of the RabbitMQ node and of
# the PostgreSQL server (postmaster, its live backends and the ones that exited) for one corpus, per document. Unlike
# wall-clock throughput this hardly depends on what else the machine is running; it is what sizes a deployment.
# Then the same corpus through in-process ingest (one thread), for the CPU the broker path adds per document. Also
# the stored database size.
# Usage: bash bench/distributed/cost.sh CORPUS.jsonl [WORKER OPTIONS...]
#   needs READOUT_TEST_POSTGRES and READOUT_TEST_RABBITMQ (bash .ci/postgres, bash .ci/rabbitmq) with both servers on
#   this machine, and a Release build: dotnet build -c Release src/Readout.Cli
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=$1
shift
readout=(dotnet src/Readout.Cli/bin/Release/net10.0/readout.dll)
broker=${READOUT_TEST_RABBITMQ:?set READOUT_TEST_RABBITMQ (bash .ci/rabbitmq)}
postgres=${READOUT_TEST_POSTGRES:?set READOUT_TEST_POSTGRES (bash .ci/postgres)}
vhost=${broker##*/}
url=$(python3 -c 'import sys; d = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p); print("postgresql://%s:%s@%s:%s/%s" % (d["Username"], d["Password"], d["Host"], d.get("Port", "5432"), d["Database"]))' "$postgres")
psql_() { PGOPTIONS='-c client_min_messages=warning' psql "$url" -qtAc "$1"; }
work=$(mktemp -d)
schema="cost_$$"
queue="cost-$$"
cleanup() {
  psql_ "DROP SCHEMA IF EXISTS $schema CASCADE; DROP SCHEMA IF EXISTS ${schema}_local CASCADE" >/dev/null || true
  for q in "$queue" "$queue.failures" "$queue.progress" "$queue.dead-letters"; do
    rabbitmqctl -q delete_queue -p "$vhost" "$q" >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

# CPU seconds of a process (with its reaped children) plus its live children.
cpu_of() {
  python3 - "$1" <<'PY'
import os, sys
tick = os.sysconf("SC_CLK_TCK")
def fields(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()
root = sys.argv[1]
total = sum(int(x) for x in fields(root)[11:15])  # utime stime cutime cstime
for pid in os.listdir("/proc"):
    if pid.isdigit() and pid != root:
        try:
            f = fields(pid)
        except OSError:
            continue
        if f[1] == root:
            total += int(f[11]) + int(f[12])
print(total / tick)
PY
}
postmaster=$(head -1 "$(ls /var/run/postgresql/*.pid | head -1)")
beam=$(pgrep -o -f beam.smp) # the oldest: the node itself, not a rabbitmqctl
psql_ "CREATE SCHEMA $schema" >/dev/null
db="$postgres;Search Path=$schema;Pooling=false"

echo "== $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg) corpus: $corpus ($(wc -l <"$corpus") lines, $(wc -c <"$corpus") bytes) worker options: $*"
pg0=$(cpu_of "$postmaster"); mq0=$(cpu_of "$beam")
/usr/bin/time -f '%U %S %M' -o "$work/publish.time" "${readout[@]}" ingest "$corpus" --broker "$broker" --queue "$queue" --db "$db" >"$work/publish.out" 2>&1 || true
pg1=$(cpu_of "$postmaster"); mq1=$(cpu_of "$beam")
/usr/bin/time -f '%U %S %M' -o "$work/worker.time" "${readout[@]}" worker --broker "$broker" --queue "$queue" --db "$db" --idle-exit 2 "$@" >"$work/worker.out" 2>&1
pg2=$(cpu_of "$postmaster"); mq2=$(cpu_of "$beam")
# The same corpus ingested in-process (one thread, as the worker's analysis) into a schema of its own.
psql_ "CREATE SCHEMA ${schema}_local" >/dev/null
/usr/bin/time -f '%U %S %M' -o "$work/local.time" "${readout[@]}" ingest "$corpus" --db "$postgres;Search Path=${schema}_local;Pooling=false" --threads 1 >"$work/local.out" 2>&1 || true
pg3=$(cpu_of "$postmaster")
docs=$(psql_ "SELECT count(*) FROM $schema.documents")
bytes=$(psql_ "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '$schema' AND c.relkind = 'r'")
read -r pu ps pm < <(tail -1 "$work/publish.time") # a first line says when the command exited non-zero
read -r wu ws wm < <(tail -1 "$work/worker.time")
read -r lu ls lm < <(tail -1 "$work/local.time")
local_docs=$(psql_ "SELECT count(*) FROM ${schema}_local.documents")
python3 - "$docs" "$pu" "$ps" "$wu" "$ws" "$pg0" "$pg1" "$pg2" "$mq0" "$mq1" "$mq2" "$bytes" "$wm" "$lu" "$ls" "$lm" "$pg3" "$local_docs" <<'PY'
import sys
docs, pu, ps, wu, ws, pg0, pg1, pg2, mq0, mq1, mq2, size, wm, lu, ls, lm, pg3, local_docs = (float(x) for x in sys.argv[1:19])
ms = lambda s: 1000 * s / docs
print(f"documents stored         {docs:10.0f}")
print(f"publisher CPU            {pu + ps:10.1f} s  {ms(pu + ps):6.2f} ms/document")
print(f"worker CPU               {wu + ws:10.1f} s  {ms(wu + ws):6.2f} ms/document   peak RSS {wm / 1024:.0f} MiB")
print(f"PostgreSQL CPU, publish  {pg1 - pg0:10.1f} s  {ms(pg1 - pg0):6.2f} ms/document")
print(f"PostgreSQL CPU, work     {pg2 - pg1:10.1f} s  {ms(pg2 - pg1):6.2f} ms/document")
print(f"RabbitMQ CPU, publish    {mq1 - mq0:10.1f} s  {ms(mq1 - mq0):6.2f} ms/document")
print(f"RabbitMQ CPU, work       {mq2 - mq1:10.1f} s  {ms(mq2 - mq1):6.2f} ms/document")
distributed = pu + ps + wu + ws + (pg2 - pg0) + (mq2 - mq0)
local = lu + ls + (pg3 - pg2)
print(f"in-process ingest CPU    {lu + ls:10.1f} s  {ms(lu + ls):6.2f} ms/document   peak RSS {lm / 1024:.0f} MiB ({local_docs:.0f} documents stored)")
print(f"PostgreSQL CPU, in-proc. {pg3 - pg2:10.1f} s  {ms(pg3 - pg2):6.2f} ms/document")
print(f"all CPU, broker path     {distributed:10.1f} s  {ms(distributed):6.2f} ms/document (publisher, worker, RabbitMQ, PostgreSQL)")
print(f"all CPU, in-process      {local:10.1f} s  {ms(local):6.2f} ms/document (readout ingest, PostgreSQL)")
print(f"broker path overhead     {distributed - local:10.1f} s  {ms(distributed - local):6.2f} ms/document ({(distributed - local) / local:+.0%})")
print(f"database size            {size / 1024 / 1024:10.1f} MiB  ({size / docs / 1024:.1f} KiB/document)")
PY
grep -E "database writes|broker round trips|documents in" "$work/worker.out" | sed 's/^ */worker: /'
