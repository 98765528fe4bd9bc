#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server on a local port.
#
#   bash scripts/postgres.sh COMMAND...
#
# Installs the Debian package if needed, creates a cluster in a temporary
# directory, exports KTXH_TEST_DATABASE_URL for the command, and stops and
# removes the cluster afterwards, whatever the command's outcome.
set -euo pipefail

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pgbin" ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

port=${KTXH_PG_PORT:-55432}
dir=$(mktemp -d /tmp/ktxh-pg.XXXXXX)
run_as=()
if [ "$(id -u)" = 0 ]; then
    chown postgres "$dir"
    run_as=(runuser -u postgres --)
fi
"${run_as[@]}" "$pgbin/initdb" -D "$dir/data" -U ktxh --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
cleanup() {
    "${run_as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
"$pgbin/createdb" -h 127.0.0.1 -p "$port" -U ktxh ktxh_test
export KTXH_TEST_DATABASE_URL="postgresql+psycopg://ktxh@127.0.0.1:$port/ktxh_test"
"$@"
