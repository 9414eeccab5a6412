#!/usr/bin/env bash
# The public page of the sample UA on PostgreSQL: requests per second and p99 latency at 64
# concurrent connections, measured with wrk from Debian. Builds the jar, starts the application on
# its own database on the machine's PostgreSQL (127.0.0.1:5432) with the sample data, warms up,
# measures, stops the application and drops the database. Every request is a full render
# (wrk sends no If-None-Match), so this is the cost of an uncached anonymous visit.
#
#   bench/ua-page/run.sh     # PORT=18080 WARMUP=10s DURATION=20s CONNECTIONS=64 THREADS=2 TIMEOUT=10s
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-18080}
warmup=${WARMUP:-10s}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
timeout=${TIMEOUT:-10s} # wrk's default of 2s would drop the slowest responses from the latency figures
database=${DATABASE:-ua_bench_page}
pg_host=${PGHOST:-127.0.0.1}
out=target/bench-ua-page
mkdir -p "$out"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
pg_isready -h "$pg_host" -p 5432 -q || { echo "no PostgreSQL on $pg_host:5432"; exit 1; }

./mvnw -q -DskipTests package
jar=$(ls target/urgent-action-network-*.jar | grep -v plain | head -n 1)

dropdb -h "$pg_host" -U postgres --if-exists "$database"
createdb -h "$pg_host" -U postgres "$database"

SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:5432/$database" \
SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
UA_ADMIN_EMAIL=bench@example.org UA_ADMIN_PASSWORD=bench-password-not-secret \
	java -Xmx512m -jar "$jar" --server.port="$port" >"$out/app.log" 2>&1 &
app=$!
cleanup() {
	kill "$app" 2>/dev/null || true
	wait "$app" 2>/dev/null || true
	dropdb -h "$pg_host" -U postgres --if-exists "$database" || true
}
trap cleanup EXIT

for _ in $(seq 1 120); do
	curl -fs -o /dev/null "http://127.0.0.1:$port/uas" && break
	kill -0 "$app" 2>/dev/null || { echo "the application did not start:"; tail -n 40 "$out/app.log"; exit 1; }
	sleep 1
done
path=$(curl -fs "http://127.0.0.1:$port/uas" | grep -o 'href="/uas/[0-9]*/46-19-[^"]*"' | head -n 1 | cut -d'"' -f2)
[ -n "$path" ] || { echo "the sample UA is not on the list"; exit 1; }
url="http://127.0.0.1:$port$path"
page=$(curl -fs "$url")
case "$page" in *"EUR 57/0894/2019"*) ;; *) echo "the sample page lacks its AI Index"; exit 1 ;; esac

echo "page: $url (${#page} characters)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
wrk -t"$threads" -c"$connections" -d"$warmup" --timeout "$timeout" "$url" >/dev/null
wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency "$url" | tee "$out/wrk.txt"
rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$out/wrk.txt")
errors=$(grep -E "Non-2xx|Socket errors" "$out/wrk.txt" || true)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "requests_per_second=$rps p99=$p99 connections=$connections duration=$duration"
[ -z "$errors" ] || echo "errors: $errors"
