#!/usr/bin/env bash
# Load figures for the chat service, measured in one run on loopback with wrk (2 threads):
#   GET /healthz (a bare route, the reference) at 16 connections, then POST /api/v1/chat (every
#   request a new conversation, recorded in SQLite) at 16 and at 64 connections: requests per
#   second, latency p50 / p99 / p99.9, non-2xx answers, and the server's memory after each run.
# Usage: scripts/load.sh [path/to/helpline] [seconds per run]
# A run of 60 s or more crosses at least one WAL checkpoint (the writer's log grows ~1 MB/s).
set -euo pipefail
binary=${1:-.build/release/helpline}
seconds=${2:-10}
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

# wrk's own summary stops at p99; the done hook prints p50, p99 and p99.9 in milliseconds.
percentiles='
done = function(summary, latency, requests)
  io.write(string.format("percentiles %.2f %.2f %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000))
end'
echo "$percentiles" >"$work/healthz.lua"
cat >"$work/chat.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"message": "is group therapy available online?"}'
$percentiles
LUA

memory() { awk '/VmRSS/ {rss=$2} /VmHWM/ {peak=$2} END {printf "%d MB (peak %d MB)", rss/1024, peak/1024}' "/proc/$server/status"; }
measure() {  # label connections url script -> prints one line, sets rps
  local out
  out=$(wrk -t2 -c"$2" -d"${seconds}s" -s "$4" "$3")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  read -r p50 p99 p999 < <(echo "$out" | awk '/^percentiles/ {print $2, $3, $4}')
  local errors
  errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf "%-8s %3s conn  %9s req/s  p50 %6s ms  p99 %6s ms  p99.9 %6s ms  non-2xx %-5s memory %s\n" \
    "$1" "$2" "$rps" "$p50" "$p99" "$p999" "${errors:-0}" "$(memory)"
}

echo "server pid $server on port $port, ${seconds}s per run; memory at start: $(memory)"
measure healthz 16 "http://127.0.0.1:$port/healthz" "$work/healthz.lua"
healthz=$rps
measure chat 16 "http://127.0.0.1:$port/api/v1/chat" "$work/chat.lua"
chat=$rps
measure chat 64 "http://127.0.0.1:$port/api/v1/chat" "$work/chat.lua"
conversations=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from conversation').fetchone()[0])" "$work/load.sqlite")
echo "chat / healthz at 16 connections: $(awk -v c="$chat" -v h="$healthz" 'BEGIN {printf "%.2f", c / h}'); conversations recorded: $conversations"
