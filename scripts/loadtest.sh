#!/usr/bin/env bash
# Load test of vntext serve on loopback: builds the command, starts the
# service on a free 127.0.0.1 port, sends a bounded number of requests
# (default 2000 from 8 clients, 60 s at most), prints requests/s and p99
# latency, and stops the service. Extra arguments go to scripts/loadtest.
#
#   bash scripts/loadtest.sh
#   bash scripts/loadtest.sh -c 16 -n 5000 -endpoint /v1/segment
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/vntext" ./cmd/vntext
go build -o "$tmp/loadtest" ./scripts/loadtest

"$tmp/vntext" serve --addr 127.0.0.1:0 2>"$tmp/serve.log" &
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
