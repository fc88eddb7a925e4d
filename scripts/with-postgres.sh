#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL cluster: initdb and pg_ctl as the postgres user, in a temp
# directory, on its own port, never the system service. The command sees TEST_DATABASE_URL; the cluster is
# stopped and removed however the command ends.
# usage: bash scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
bin=$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -1 || true)
[ -n "$bin" ] || { echo "with-postgres.sh: PostgreSQL is not installed (bash scripts/ensure.sh postgresql)" >&2; exit 1; }
# E2E_PORT+24: not +20, where the briefing-files spec serves its series API beside this suite.
port=${TEST_PG_PORT:-$((${E2E_PORT:-4180} + 24))}
dir=$(mktemp -d /tmp/shanxi-pg.XXXXXX)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
stop() {
  as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" -l "$dir/log" -w start >/dev/null
as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres shanxi_test
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/shanxi_test"
"$@"
