#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the database tests.
#
#   scripts/pg-test-cluster.sh [start] [DIR]   start (or reuse) a cluster in DIR; the last line on
#                                              stdout is its URL: postgres://shebao@127.0.0.1:PORT/postgres
#   scripts/pg-test-cluster.sh stop [DIR]      stop it and delete DIR
#   scripts/pg-test-cluster.sh url [DIR]       print the URL of the running cluster in DIR
#
# DIR defaults to ${TMPDIR:-/tmp}/shebao-pg-test-$PGPORT; the port is ${PGPORT:-55432}. The server
# binaries are the highest /usr/lib/postgresql/*/bin, else the directory of `pg_ctl` on PATH, unless
# PG_BIN names a directory. Superuser `shebao`, trust authentication, loopback TCP only, no Unix
# socket, and durability switched off for speed: never put data you want to keep in it.
#
# Run as root, the cluster belongs to the OS user `postgres` (created if missing), because initdb
# and postgres refuse to run as root. Everything but the URL goes to stderr. PG_TEST_CONF, when set,
# is appended to postgresql.conf at initdb (scripts/citus-cluster.sh loads Citus that way).
set -euo pipefail

readonly port="${PGPORT:-55432}"
readonly marker_name='.shebao-pg-test'
readonly pg_user='shebao'

log() { printf 'pg-test-cluster: %s\n' "$*" >&2; }
die() {
  printf 'pg-test-cluster: ERROR: %s\n' "$*" >&2
  exit 1
}

usage() {
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

find_bin_dir() {
  if [[ -n "${PG_BIN:-}" ]]; then
    [[ -x "$PG_BIN/pg_ctl" ]] || die "PG_BIN=$PG_BIN has no pg_ctl"
    printf '%s\n' "$PG_BIN"
    return
  fi
  local candidate
  candidate="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$candidate" && -x "$candidate/pg_ctl" && -x "$candidate/initdb" && -x "$candidate/postgres" ]]; then
    printf '%s\n' "$candidate"
    return
  fi
  local pg_ctl
  if pg_ctl="$(command -v pg_ctl)"; then
    candidate="$(dirname "$(readlink -f "$pg_ctl")")"
    if [[ -x "$candidate/initdb" && -x "$candidate/postgres" ]]; then
      printf '%s\n' "$candidate"
      return
    fi
  fi
  die "no PostgreSQL server binaries (initdb, pg_ctl, postgres) found in /usr/lib/postgresql/*/bin or on PATH; install them: apt-get install -y --no-install-recommends postgresql"
}

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ensure_postgres_user() {
  [[ "$(id -u)" -eq 0 ]] || return 0
  id -u postgres >/dev/null 2>&1 && return 0
  log "creating the OS user postgres (initdb refuses to run as root)"
  local group_option=(--user-group)
  getent group postgres >/dev/null && group_option=(--gid postgres)
  useradd --system "${group_option[@]}" --home-dir /var/lib/postgresql --no-create-home --shell /bin/bash postgres ||
    die "could not create the OS user postgres"
}

url() { printf 'postgres://%s@127.0.0.1:%s/postgres\n' "$pg_user" "$port"; }

# "postgres (PostgreSQL) 15.18 (Debian ...)" -> 15
server_major() { "$bin/postgres" --version | awk '{print $3}' | sed 's/[^0-9].*//'; }

# The port of the running server, from line 4 of postmaster.pid.
running_port() { sed -n 4p "$dir/data/postmaster.pid" 2>/dev/null; }

is_running() { as_owner "$bin/pg_ctl" status -D "$dir/data" >/dev/null 2>&1; }

show_log() {
  if [[ -f "$dir/server.log" ]]; then
    log "last lines of $dir/server.log:"
    tail -n 30 "$dir/server.log" >&2 || true
  fi
}

wait_ready() {
  local deadline=$((SECONDS + 60))
  until "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U "$pg_user" -d postgres; do
    if ((SECONDS >= deadline)); then
      show_log
      die "the server in $dir did not accept connections on 127.0.0.1:$port within 60 s"
    fi
    sleep 0.2
  done
}

# Refuses to touch a non-empty directory that this script did not create.
claim_dir() {
  if [[ -e "$dir" && ! -d "$dir" ]]; then
    die "$dir exists and is not a directory"
  fi
  if [[ -d "$dir" && ! -e "$dir/$marker_name" && -n "$(ls -A "$dir")" ]]; then
    die "$dir is not empty and was not made by this script; choose another directory"
  fi
  mkdir -p "$dir"
  touch "$dir/$marker_name"
  if [[ "$(id -u)" -eq 0 ]]; then
    chown -R postgres: "$dir"
    as_owner test -w "$dir" ||
      die "the OS user postgres cannot write to $dir (is a parent directory closed to it?); choose a directory under /tmp"
  fi
}

init_cluster() {
  log "initdb into $dir/data ($("$bin/postgres" --version))"
  rm -rf "$dir/data" "$dir/initialized"
  # Collation C and ctype C.UTF-8, as PGlite has them, so that both drivers sort alike.
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U "$pg_user" --encoding=UTF8 --locale=C.UTF-8 --lc-collate=C \
    >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    die "initdb failed"
  }
  cat >>"$dir/data/postgresql.conf" <<EOF

# Added by scripts/pg-test-cluster.sh: a throwaway test server, fast rather than durable.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
${PG_TEST_CONF:-}
EOF
  as_owner touch "$dir/initialized"
}

start() {
  claim_dir
  if [[ -f "$dir/initialized" ]] && is_running; then
    log "already running in $dir"
    [[ "$(running_port)" == "$port" ]] ||
      die "the server in $dir runs on port $(running_port), not $port; stop it first: $0 stop $dir"
  else
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
      die "another server already listens on 127.0.0.1:$port; stop it or set PGPORT"
    fi
    if [[ ! -f "$dir/initialized" || "$(cat "$dir/data/PG_VERSION" 2>/dev/null)" != "$(server_major)" ]]; then
      init_cluster
    fi
    log "starting on 127.0.0.1:$port (log: $dir/server.log)"
    as_owner "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 >/dev/null || {
      show_log
      die "pg_ctl start failed"
    }
  fi
  wait_ready
  log "ready"
  url
}

stop() {
  if [[ ! -d "$dir" ]]; then
    log "nothing to stop: $dir does not exist"
    return
  fi
  [[ -e "$dir/$marker_name" ]] || die "$dir was not made by this script; not touching it"
  if [[ -f "$dir/data/PG_VERSION" ]] && is_running; then
    log "stopping the server in $dir"
    as_owner "$bin/pg_ctl" stop -D "$dir/data" -m fast -w -t 60 >/dev/null || {
      show_log
      die "pg_ctl stop failed"
    }
  else
    log "no server running in $dir"
  fi
  rm -rf "$dir"
  log "removed $dir"
}

command="start"
if [[ $# -gt 0 && ("$1" == start || "$1" == stop || "$1" == url) ]]; then
  command="$1"
  shift
fi
[[ $# -le 1 ]] || usage
[[ "${1:-}" != -* ]] || usage
dir="${1:-${TMPDIR:-/tmp}/shebao-pg-test-$port}"
dir="$(realpath -m "$dir")"
readonly dir

ensure_postgres_user
bin="$(find_bin_dir)"
readonly bin

case "$command" in
  start) start ;;
  stop) stop ;;
  url)
    is_running || die "no server running in $dir"
    [[ "$(running_port)" == "$port" ]] || die "the server in $dir runs on port $(running_port); set PGPORT=$(running_port)"
    url
    ;;
esac
