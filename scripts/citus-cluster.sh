#!/usr/bin/env bash
# A throwaway Citus cluster on loopback for the database tests: a coordinator and two workers, each
# a scripts/pg-test-cluster.sh server with Citus loaded.
#
#   scripts/citus-cluster.sh [start] [DIR]   start (or reuse) the cluster in DIR; the last line on
#                                            stdout is the coordinator's URL
#   scripts/citus-cluster.sh stop [DIR]      stop the three servers and delete DIR
#
# DIR defaults to ${TMPDIR:-/tmp}/shebao-citus-$CITUS_PORT; the coordinator listens on
# ${CITUS_PORT:-57432} and the workers on the next two ports. The maintenance database `postgres` of
# every node has the extension, and the coordinator's lists the workers: the tests read them there
# to create each test database on every node (test/support/cluster.ts). Build Citus first:
# scripts/citus-build.sh.
set -euo pipefail

readonly base_port="${CITUS_PORT:-57432}"
readonly workers=2
here="$(cd "$(dirname "$0")" && pwd)"

log() { printf 'citus-cluster: %s\n' "$*" >&2; }

command="start"
if [[ $# -gt 0 && ("$1" == start || "$1" == stop) ]]; then
  command="$1"
  shift
fi
dir="$(realpath -m "${1:-${TMPDIR:-/tmp}/shebao-citus-$base_port}")"

# max_prepared_transactions: Citus commits a transaction that wrote to several nodes in two phases.
conf="shared_preload_libraries = 'citus'
max_prepared_transactions = 200
citus.shard_count = 8"

node_url() { printf 'postgres://shebao@127.0.0.1:%s/postgres\n' "$((base_port + $1))"; }

if [[ "$command" == stop ]]; then
  for ((i = workers; i >= 0; i--)); do
    PGPORT=$((base_port + i)) bash "$here/pg-test-cluster.sh" stop "$dir/node$i" || true
  done
  rm -rf "$dir"
  exit 0
fi

mkdir -p "$dir"
[[ "$(id -u)" -ne 0 ]] || chown postgres: "$dir"
for ((i = 0; i <= workers; i++)); do
  PGPORT=$((base_port + i)) PG_TEST_CONF="$conf" bash "$here/pg-test-cluster.sh" start "$dir/node$i" >/dev/null
  psql -X -q -v ON_ERROR_STOP=1 "$(node_url "$i")" -c 'CREATE EXTENSION IF NOT EXISTS citus' >&2
done
coordinator="$(node_url 0)"
psql -X -q -v ON_ERROR_STOP=1 "$coordinator" -c "SELECT citus_set_coordinator_host('127.0.0.1', $base_port)" >/dev/null
for ((i = 1; i <= workers; i++)); do
  psql -X -q -v ON_ERROR_STOP=1 "$coordinator" >/dev/null \
    -c "SELECT citus_add_node('127.0.0.1', $((base_port + i))) WHERE NOT EXISTS
          (SELECT FROM pg_dist_node WHERE nodename = '127.0.0.1' AND nodeport = $((base_port + i)))"
done
log "coordinator on 127.0.0.1:$base_port, workers on the next $workers ports"
printf '%s\n' "$coordinator"
