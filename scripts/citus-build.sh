#!/usr/bin/env bash
# Builds and installs the Citus extension from the vendored source when the PostgreSQL server has
# none: ../shared/vendor/citus-13.2.2.tar.gz (or $CITUS_TARBALL), for the server's own major version.
#
#   scripts/citus-build.sh        build and install unless citus.so is already installed
#
# Needs root (apt-get and make install). The server's development headers must be of exactly the
# installed server's version: both come from the same apt run here. About two minutes on two cores.
set -euo pipefail

log() { printf 'citus-build: %s\n' "$*" >&2; }
die() {
  printf 'citus-build: ERROR: %s\n' "$*" >&2
  exit 1
}

here="$(cd "$(dirname "$0")" && pwd)"
tarball="${CITUS_TARBALL:-$here/../../shared/vendor/citus-13.2.2.tar.gz}"
bin="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1 || true)"
[[ -n "$bin" && -x "$bin/postgres" ]] || die "no PostgreSQL server in /usr/lib/postgresql/*/bin"
major="$("$bin/postgres" --version | awk '{print $3}' | sed 's/[^0-9].*//')"
pg_config="/usr/lib/postgresql/$major/bin/pg_config"

if [[ -f "/usr/lib/postgresql/$major/lib/citus.so" ]]; then
  log "Citus is already installed for PostgreSQL $major"
  exit 0
fi
[[ -f "$tarball" ]] || die "no Citus source at $tarball (set CITUS_TARBALL)"

# The headers of the same minor version as the server: installing both in one run upgrades the
# server to the version whose headers apt has.
log "installing the build dependencies for PostgreSQL $major"
apt-get -o DPkg::Lock::Timeout=600 update -q >&2
apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends \
  "postgresql-$major" "postgresql-server-dev-$major" build-essential liblz4-dev libzstd-dev libkrb5-dev >&2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work"
src="$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)"

# Debian's PostgreSQL 15 since 15.14 exports have_createdb_privilege(), which Citus 13.2.2 still
# defines as a static inline for PostgreSQL < 16: the two declarations clash. Use the server's.
if grep -q 'have_createdb_privilege' "/usr/include/postgresql/$major/server/commands/dbcommands.h"; then
  perl -0pi -e 's/static inline bool\nhave_createdb_privilege\(void\)\n\{.*?\n\}\n/extern bool have_createdb_privilege(void);\n/s' \
    "$src/src/include/pg_version_compat.h"
fi

log "building in $src"
(
  cd "$src"
  ./configure --without-libcurl "PG_CONFIG=$pg_config" >"$work/configure.log" 2>&1 || {
    tail -n 30 "$work/configure.log" >&2
    exit 1
  }
  # with_llvm=no: no JIT bitcode, which would take longer to compile than the extension itself.
  make -j"$(nproc)" with_llvm=no >"$work/make.log" 2>&1 || {
    tail -n 40 "$work/make.log" >&2
    exit 1
  }
  make install with_llvm=no >"$work/install.log" 2>&1 || {
    tail -n 20 "$work/install.log" >&2
    exit 1
  }
)
log "installed: $(ls "/usr/lib/postgresql/$major/lib/citus.so")"
