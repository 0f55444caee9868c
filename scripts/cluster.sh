#!/usr/bin/env bash
# Several Helpline instances behind nginx on one PostgreSQL, on loopback, for a try:
#
#   scripts/cluster.sh start [DIR]   PostgreSQL (scripts/postgres.sh) with a `helpline` database,
#                                    INSTANCES (default 2) `helpline serve` processes on it, nginx
#                                    (deploy/nginx.conf) in front; then one chat through nginx.
#   scripts/cluster.sh stop [DIR]    stops all of it (DIR, default .build/cluster, is kept)
#
# HELPLINE (default .build/debug/helpline) is the binary, `make cluster` builds it first;
# RATE_LIMIT sets the instances' --rate-limit (30; the load script uses 0).
# The test server runs with fsync off (see scripts/postgres.sh): this is a try, not production.
set -euo pipefail
cd "$(dirname "$0")/.."
command=${1:-}
dir=${2:-.build/cluster}
helpline=${HELPLINE:-.build/debug/helpline}
instances=${INSTANCES:-2}
[[ "$command" == start || "$command" == stop ]] || { echo "usage: $0 start|stop [DIR]" >&2; exit 2; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

stop() {
    if [[ -f "$dir/nginx/nginx.pid" ]]; then nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -s stop 2>/dev/null || true; fi
    for pidfile in "$dir"/instance-*.pid; do
        [[ -f "$pidfile" ]] || continue
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    done
    if [[ -d "$dir/pg" ]]; then scripts/postgres.sh stop "$dir/pg" || true; fi
}

if [[ "$command" == stop ]]; then
    stop
    echo "cluster stopped"
    exit 0
fi

command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx (make cluster does it)" >&2; exit 1; }
[[ -x "$helpline" ]] || { echo "no $helpline: build it first (make cluster does it)" >&2; exit 1; }
mkdir -p "$dir/nginx"
dir=$(cd "$dir" && pwd)
stop >/dev/null 2>&1 || true

server=$(scripts/postgres.sh start "$dir/pg")
psql "$server" -qtAc "SELECT 1 FROM pg_database WHERE datname = 'helpline'" | grep -q 1 \
    || psql "$server" -qc "CREATE DATABASE helpline"
store=${server%/postgres}/helpline
echo "PostgreSQL: $store"

upstreams=""
for i in $(seq 1 "$instances"); do
    port=$(free_port)
    "$helpline" serve --port "$port" --store "$store" --watch-interval 0 --trusted-proxy 127.0.0.1 --rate-limit "${RATE_LIMIT:-30}" \
        >"$dir/instance-$i.log" 2>&1 &
    echo $! >"$dir/instance-$i.pid"
    for _ in $(seq 1 100); do
        curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
        sleep 0.2
    done
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "instance $i did not get ready:" >&2; tail "$dir/instance-$i.log" >&2; exit 1; }
    echo "instance $i: http://127.0.0.1:$port (pid $(cat "$dir/instance-$i.pid"), log $dir/instance-$i.log)"
    upstreams+="server 127.0.0.1:$port max_fails=1 fail_timeout=5s; "
done

front=$(free_port)
sed -e "s|@DIR@|$dir/nginx|g" -e "s|@PORT@|$front|g" -e "s|@UPSTREAMS@|$upstreams|" deploy/nginx.conf >"$dir/nginx/nginx.conf"
nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf"
echo "nginx: http://127.0.0.1:$front"

reply=$(curl -fsS -H 'Content-Type: application/json' -d '{"message": "is group therapy available online?"}' \
    "http://127.0.0.1:$front/api/v1/chat")
echo "a chat through nginx: $reply" | cut -c1-240
echo "open http://127.0.0.1:$front/ ; stop with: scripts/cluster.sh stop${2:+ $2}"
