#!/usr/bin/env bash
# Load test of a shopper's list through the gateway, on this machine only (loopback).
# Needs wrk (Debian: apt-get install -y wrk) and the built suite (suite/target/shopmind-suite-exec.jar).
# Starts the suite on its own ports and data directory with the demo shop, trains an ALS model, warms both paths up
# for 15 s, then runs wrk for 30 s with 2 threads and 32 connections against
# GET /api/v1/recommendations/users/C-0042?k=10, first on the service directly, then through the gateway, and stops
# the suite. After each run it prints the suite's CPU time per request (user + system, from /proc), which holds
# steadier than requests/s when other work shares the cores, and the load average.
# Usage: recommendation-service/src/test/resources/benchmark/gateway-load.sh [path/to/shopmind-suite-exec.jar]
# Environment: JAVA_OPTS (extra JVM options of the suite), JFR=file.jfr (record a CPU profile of the gateway run),
# GATEWAY_PORT, DB_PORT, DATA_DIR, DURATION (seconds per run, default 30).
set -euo pipefail

JAR=${1:-suite/target/shopmind-suite-exec.jar}
PORT=${GATEWAY_PORT:-18080}
DATA=${DATA_DIR:-/tmp/shopmind-gateway-load/pgdata}
DURATION=${DURATION:-30}
BASE=http://127.0.0.1:$PORT/api/v1/recommendations
DIRECT=http://127.0.0.1:$((PORT + 1))/api/v1/recommendations

mkdir -p "$(dirname "$DATA")"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$JAR" --clean --port "$PORT" --data-dir "$DATA" --db-port "${DB_PORT:-55439}" \
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

# user + system CPU seconds of the suite's JVM so far
cpu() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$SUITE/stat"; }

# runs wrk against $1 and prints its report, then the suite's CPU milliseconds per request
load() {
    local before after report requests
    before=$(cpu)
    report=$(wrk -t2 -c32 -d"${DURATION}s" --latency "$1")
    after=$(cpu)
    echo "$report"
    requests=$(echo "$report" | awk '/requests in/ {print $1}')
    awk -v b="$before" -v a="$after" -v r="$requests" \
        'BEGIN {printf "suite CPU per request: %.3f ms (%d requests)\n", 1000 * (a - b) / r, r}'
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# compiled code on both paths before anything is timed
wrk -t2 -c32 -d15s "$BASE/users/C-0042?k=10" > /dev/null
wrk -t2 -c32 -d5s "$DIRECT/users/C-0042?k=10" > /dev/null
echo "== the recommendation-service directly"
load "$DIRECT/users/C-0042?k=10"
echo "== through the gateway"
if [ -n "${JFR:-}" ]; then
    jcmd "$SUITE" JFR.start name=gateway-load settings=profile filename="$JFR" > /dev/null
fi
load "$BASE/users/C-0042?k=10"
if [ -n "${JFR:-}" ]; then
    jcmd "$SUITE" JFR.stop name=gateway-load > /dev/null
    echo "CPU profile of the gateway run: $JFR"
fi
