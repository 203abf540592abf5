#!/usr/bin/env bash
# Load test of a shopper's list through the gateway, on this machine only (loopback).
# Needs wrk (Debian: apt-get install -y wrk) and the built suite (suite/target/shopmind-suite-exec.jar).
# Starts the suite on its own ports and data directory with the demo shop, trains an ALS model, warms both paths up
# for 15 s, then runs wrk for 30 s with 2 threads and 32 connections against
# GET /api/v1/recommendations/users/C-0042?k=10, first on the service directly, then through the gateway, and stops
# the suite.
# Usage: recommendation-service/src/test/resources/benchmark/gateway-load.sh [path/to/shopmind-suite-exec.jar]
set -euo pipefail

JAR=${1:-suite/target/shopmind-suite-exec.jar}
PORT=${GATEWAY_PORT:-18080}
DATA=${DATA_DIR:-/tmp/shopmind-gateway-load/pgdata}
BASE=http://127.0.0.1:$PORT/api/v1/recommendations
DIRECT=http://127.0.0.1:$((PORT + 1))/api/v1/recommendations

mkdir -p "$(dirname "$DATA")"
java -jar "$JAR" --clean --port "$PORT" --data-dir "$DATA" --db-port "${DB_PORT:-55439}" \
    > "$(dirname "$DATA")/suite.log" 2>&1 &
SUITE=$!
trap 'kill "$SUITE" 2>/dev/null; wait "$SUITE" 2>/dev/null || true' EXIT

# the demo shop is loaded once the suite prints its dashboard URL
for _ in $(seq 1 600); do
    grep -q "Dashboard" "$(dirname "$DATA")/suite.log" && break
    kill -0 "$SUITE" 2>/dev/null || { echo "the suite stopped; see $(dirname "$DATA")/suite.log" >&2; exit 1; }
    sleep 1
done

JOB=$(curl -sf -D - -o /dev/null -X POST "$BASE/models" -H 'Content-Type: application/json' \
    -d '{"algorithm":"als","params":{"factors":64,"iterations":10},"activate":true}' \
    | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
for _ in $(seq 1 300); do
    STATE=$(curl -sf "http://127.0.0.1:$PORT$JOB")
    case "$STATE" in *SUCCEEDED*) break ;; *FAILED*) echo "training failed: $STATE" >&2; exit 1 ;; esac
    sleep 1
done
curl -sf "$BASE/users/C-0042?k=10" | head -c 300; echo

# compiled code on both paths before anything is timed
wrk -t2 -c32 -d15s "$BASE/users/C-0042?k=10" > /dev/null
echo "== the recommendation-service directly"
wrk -t2 -c32 -d30s --latency "$DIRECT/users/C-0042?k=10"
echo "== through the gateway"
wrk -t2 -c32 -d30s --latency "$BASE/users/C-0042?k=10"
