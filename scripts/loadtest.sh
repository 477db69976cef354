#!/usr/bin/env bash
# Load test of vntext serve on loopback: builds the command, starts the
# service on a free 127.0.0.1 port, sends a bounded number of requests
# (default 2000 from 8 clients, 60 s at most), prints requests/s and p99
# latency, and stops the service. Extra arguments go to scripts/loadtest;
# SERVE_ARGS holds flags for vntext serve.
#
#   bash scripts/loadtest.sh
#   bash scripts/loadtest.sh -c 16 -n 5000 -endpoint /v1/segment
#   bash scripts/loadtest.sh -c 500 -n 20000                          # 500 clients: busy answers (503) included
#   SERVE_ARGS="--queue-wait 30s" bash scripts/loadtest.sh -c 500 -n 20000  # 500 clients, all waiting their turn
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/vntext" ./cmd/vntext
go build -o "$tmp/loadtest" ./scripts/loadtest

# shellcheck disable=SC2086 # SERVE_ARGS is a list of flags
"$tmp/vntext" serve --addr 127.0.0.1:0 --log off ${SERVE_ARGS:-} 2>"$tmp/serve.log" &
server=$!
stop_server() { kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap 'stop_server; rm -rf "$tmp"' EXIT

addr=""
for _ in $(seq 100); do
  addr=$(sed -n 's/.*listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$tmp/serve.log")
  [ -n "$addr" ] && break
  sleep 0.1
done
[ -n "$addr" ] || { cat "$tmp/serve.log"; echo "service did not start"; exit 1; }
echo "vntext serve at $addr"
"$tmp/loadtest" -url "$addr" -c 8 -n 2000 -d 60s "$@"
