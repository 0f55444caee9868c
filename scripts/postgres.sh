#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store's tests (Debian's PostgreSQL 15 binaries).
#
#   scripts/postgres.sh start DIR   initdb in DIR (unless it holds a cluster already), trust
#                                   authentication on loopback only, a free port (or $PORT),
#                                   start it; prints postgres://postgres@127.0.0.1:PORT/postgres
#   scripts/postgres.sh stop DIR    stop the server running from DIR (DIR is kept)
#
#   URL=$(scripts/postgres.sh start /tmp/pgtest)
#   HELPLINE_TEST_POSTGRES=$URL swift test --filter HelplineStoreTests
#   scripts/postgres.sh stop /tmp/pgtest
#
# PostgreSQL refuses to run as root, so as root the binaries run as the `postgres` user, which
# then owns DIR. The server listens on 127.0.0.1 only, with fsync off: it is for tests, and
# losing it on a crash costs nothing. Set PG_BIN to use other binaries.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
command=${1:-}
dir=${2:-}
if [[ -z "$command" || -z "$dir" ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

as_postgres() {
    if [[ $(id -u) == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "$command" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [[ $(id -u) == 0 ]]; then chown postgres: "$dir"; fi
    chmod 700 "$dir"
    if [[ ! -f "$dir/PG_VERSION" ]]; then
        as_postgres "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
            || { cat "$dir.initdb.log" >&2; exit 1; }
        # Loopback only (TCP and the socket in DIR); no other host may connect.
        cat >"$dir/pg_hba.conf" <<'EOF'
local all all trust
host all all 127.0.0.1/32 trust
host all all ::1/128 trust
EOF
    fi
    if as_postgres "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        port=$(sed -n 4p "$dir/postmaster.pid")
    else
        port=${PORT:-$(free_port)}
        as_postgres "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400" start >/dev/null
    fi
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    as_postgres "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
