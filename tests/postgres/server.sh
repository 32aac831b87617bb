#!/usr/bin/env bash
# A throwaway PostgreSQL server for the PostgreSQL tests, started and stopped by ctest (a fixture):
#   server.sh start STATE   initdb in a new temporary folder, start on a free local port, write STATE
#   server.sh stop STATE    stop the server and remove the folder
# STATE holds the superuser's connection URL ("url=…") and the folder ("dir=…"), or "skip=reason"
# where no server binary is installed; the tests read it (LODESTAR_TEST_POSTGRES_STATE) and skip
# with that reason. As root (CI), the server runs as the postgres user, which PostgreSQL requires.
set -euo pipefail

action=${1:?start or stop}
state=${2:?state file}
password=lodestar-test

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    [ -f "$state" ] || return 0
    local dir
    dir=$(sed -n 's/^dir=//p' "$state")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    rm -f "$state"
}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ "$action" = stop ]; then
    stop
    exit 0
fi

stop
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "skip=no PostgreSQL server is installed (Debian package postgresql); ./setup.sh installs it" > "$state"
    exit 0
fi
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "skip=running as root without a postgres user to run the server as" > "$state"
    exit 0
fi

dir=$(mktemp -d /tmp/lodestar-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
echo "$password" > "$dir/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir/pwfile"
as_server_user "$bindir/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/pwfile" \
    -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }

# A free port: the first of a range (which differs per run) that nothing answers on and the server takes.
started=
base=$((20000 + RANDOM % 20000))
for port in $(seq "$base" $((base + 40))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    if as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off \
            -c shared_preload_libraries=pg_stat_statements -c max_connections=50" >/dev/null 2>&1; then
        started=$port
        break
    fi
done
if [ -z "$started" ]; then
    cat "$dir/server.log" >&2 || true
    rm -rf "$dir"
    echo "could not start a PostgreSQL server on a free port" >&2
    exit 1
fi

# The test database, and a user who may read and connect but not create (the privilege test).
PGPASSWORD=$password "$bindir/psql" -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$started" -U postgres -d postgres <<'SQL' >/dev/null
CREATE DATABASE lodestar_test;
CREATE ROLE reader LOGIN PASSWORD 'reader';
REVOKE CREATE ON DATABASE lodestar_test FROM PUBLIC;
\c lodestar_test
CREATE EXTENSION pg_stat_statements;
SQL

{
    echo "url=postgresql://postgres:$password@127.0.0.1:$started/lodestar_test"
    echo "port=$started"
    echo "dir=$dir"
} > "$state"
