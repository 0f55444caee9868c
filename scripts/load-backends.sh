#!/usr/bin/env bash
# Load figures side by side, one run each on loopback (wrk, 2 threads): GET /healthz and
# POST /api/v1/chat (every request a new conversation) for
#   1. SQLite, one instance;  2. PostgreSQL, one instance;  3. PostgreSQL, two instances behind nginx
# (2 and 3 on scripts/cluster.sh's server). Requests/s and p99 for each.
# Usage: scripts/load-backends.sh [path/to/helpline] [seconds per run] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/helpline}
seconds=${2:-10}
connections=${3:-16}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
chmod 755 "$work"  # the PostgreSQL server runs as the postgres user
cleanup() {
    # start() runs in a command substitution, so it records its servers in a file.
    for pid in $(cat "$work/pids" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
    HELPLINE=$binary scripts/cluster.sh stop "$work/cluster" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
cat >"$work/chat.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"message": "is group therapy available online?"}'
LUA

measure() {  # name base-url
    for route in healthz chat; do
        if [[ $route == healthz ]]; then
            out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$2/healthz")
        else
            out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/chat.lua" "$2/api/v1/chat")
        fi
        rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
        p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
        errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
        printf "%-34s %-8s %10s req/s  p99 %8s  non-2xx %s\n" "$1" "$route" "$rps" "$p99" "${errors:-0}"
    done
}

start() {  # store -> prints the port
    local log=$work/serve-$RANDOM.log
    "$binary" serve --port 0 --store "$1" --rate-limit 0 --watch-interval 0 >"$log" 2>&1 &
    echo $! >>"$work/pids"
    for _ in $(seq 1 100); do
        port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$log" 2>/dev/null | sed 's/.*://' || true)
        [[ -n "$port" ]] && { echo "$port"; return; }
        sleep 0.1
    done
    echo "server did not start: $(tail -3 "$log")" >&2
    exit 1
}

port=$(start "$work/load.sqlite")
measure "SQLite, one instance" "http://127.0.0.1:$port"

cluster=$(HELPLINE=$binary INSTANCES=2 RATE_LIMIT=0 scripts/cluster.sh start "$work/cluster")
store=$(echo "$cluster" | awk '/^PostgreSQL:/ {print $2}')
front=$(echo "$cluster" | awk '/^nginx:/ {print $2}')
port=$(start "$store")
measure "PostgreSQL, one instance" "http://127.0.0.1:$port"
measure "PostgreSQL, two behind nginx" "$front"
