#!/usr/bin/env bash
# Load figures for the chat service, measured in one run on loopback:
#   requests per second and latency of GET /healthz (a bare route) and POST /api/v1/chat
#   (every request a new conversation, recorded in SQLite), then the server's memory.
# Usage: scripts/load.sh [path/to/helpline] [seconds per run] [connections]
set -euo pipefail
binary=${1:-.build/release/helpline}
seconds=${2:-10}
connections=${3:-32}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$binary" serve --port 0 --store "$work/load.sqlite" --rate-limit 0 --watch-interval 0 >"$work/out.log" 2>"$work/err.log" &
server=$!
for _ in $(seq 1 100); do
  port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/out.log" 2>/dev/null | sed 's/.*://' || true)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { echo "server did not start" >&2; cat "$work/err.log" >&2; exit 1; }

cat >"$work/chat.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"message": "is group therapy available online?"}'
LUA

rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$server/status"; }
echo "server pid $server on port $port; memory at start: $(rss)"
echo "== GET /healthz ($seconds s, $connections connections, 2 threads)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/healthz" | grep -E 'Requests/sec|Latency|99%'
echo "== POST /api/v1/chat ($seconds s, $connections connections, 2 threads)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/chat.lua" "http://127.0.0.1:$port/api/v1/chat" | grep -E 'Requests/sec|Latency|99%'
conversations=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from conversation').fetchone()[0])" "$work/load.sqlite")
echo "conversations recorded: $conversations; server memory now: $(rss)"
