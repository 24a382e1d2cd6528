#!/usr/bin/env bash
# Runs the drill load test (docs/benchmarks.md): builds the portal, starts it on an empty
# embedded PostgreSQL, lets 50 operators act on 10 running drills for two minutes with
# Gatling, and checks that the drills hold exactly what the server acknowledged.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${DRILLBOOK_LOAD_PORT:-18080}"
data="$(mktemp -d)"
password="load-admin-$(date +%s)-password"
log="target/load-test-portal.log"

./mvnw -B -q -DskipTests package
jar="$(ls target/drillbook-*.jar | grep -v original | head -1)"

DRILLBOOK_ADMIN_PASSWORD="$password" java -jar "$jar" --server.port="$port" \
  --drillbook.embedded-postgres.data-directory="$data" > "$log" 2>&1 &
portal=$!
trap 'kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$port/actuator/health" > /dev/null; then break; fi
  sleep 1
done
curl -fs "http://localhost:$port/actuator/health" > /dev/null

# The first half minute warms the JVM (class loading, JIT, connection pools); its figures
# are not the measure, so it is allowed to miss the targets.
./mvnw -B -q gatling:test -Ddrillbook.url="http://localhost:$port" -Ddrillbook.admin.password="$password" \
  -Ddrillbook.seconds=30 > target/load-test-warm-up.log 2>&1 || true

rm -f target/load-test-acknowledged.txt
./mvnw -B gatling:test -Ddrillbook.url="http://localhost:$port" -Ddrillbook.admin.password="$password" "$@"
cat target/load-test-acknowledged.txt
grep -qx MATCH target/load-test-acknowledged.txt
