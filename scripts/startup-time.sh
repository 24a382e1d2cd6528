#!/usr/bin/env bash
# Measures how long `./mvnw spring-boot:run` takes to serve the login page (docs/benchmarks.md):
# from a fresh clone of this repository (Maven's local repository is kept, so downloading
# dependencies is not counted), then again with nothing changed. For each start it prints the
# time to the login page, Maven's share, and the phases the portal logged; then it stops the
# portal as Ctrl-C does and prints how it ended. The logs are kept in target/startup-time/.
#
#   scripts/startup-time.sh [restarts]      (default: 2 restarts after the first start)
set -euo pipefail
cd "$(dirname "$0")/.."

restarts="${1:-2}"
port="${DRILLBOOK_STARTUP_PORT:-18090}"
clone="$(mktemp -d)/drillbook"
logs="$PWD/target/startup-time"
mkdir -p "$logs"
git clone -q . "$clone"
trap 'rm -rf "$(dirname "$clone")"' EXIT

millis() { date +%s%3N; }

# The first line of the log that matches, as milliseconds since the epoch.
logged_at() {
	local line
	line="$(grep -m1 -E "$1" "$2" || true)"
	[ -n "$line" ] || { echo ""; return; }
	date -d "${line%%[[:space:]]*}" +%s%3N
}

measure() {
	local label="$1" log="$logs/$1.log"
	local start end
	start="$(millis)"
	# A process group of its own, so that Ctrl-C can be sent to it as a terminal would.
	(cd "$clone" && DRILLBOOK_ADMIN_PASSWORD="startup-measure-password" \
		setsid ./mvnw -B spring-boot:run -Dspring-boot.run.arguments="--server.port=$port" > "$log" 2>&1) &
	local maven=$!
	until curl -fs -o /dev/null "http://localhost:$port/login"; do
		if ! kill -0 "$maven" 2>/dev/null; then
			echo "$label: the portal did not start; see its log:" >&2
			tail -40 "$log" >&2
			exit 1
		fi
		sleep 0.2
	done
	end="$(millis)"

	local jvm postgres flyway jpa started
	jvm="$(logged_at 'Starting DrillbookApplication' "$log")"
	postgres="$(logged_at 'Embedded PostgreSQL listening' "$log")"
	flyway="$(logged_at 'Successfully (validated|applied)|Schema .* is up to date' "$log")"
	jpa="$(logged_at 'Initialized JPA EntityManagerFactory' "$log")"
	started="$(logged_at 'Started DrillbookApplication' "$log")"
	printf '%-10s login page after %5.1f s | Maven before the JVM %5.1f s | embedded PostgreSQL %4.1f s | Flyway %4.1f s | JPA %4.1f s | rest of the context %4.1f s | first page %4.1f s\n' \
		"$label" \
		"$(bc -l <<<"($end - $start) / 1000")" \
		"$(bc -l <<<"($jvm - $start) / 1000")" \
		"$(bc -l <<<"($postgres - $jvm) / 1000")" \
		"$(bc -l <<<"($flyway - $postgres) / 1000")" \
		"$(bc -l <<<"($jpa - $flyway) / 1000")" \
		"$(bc -l <<<"($started - $jpa) / 1000")" \
		"$(bc -l <<<"($end - $started) / 1000")"

	# Stopped as Ctrl-C in a terminal stops it: SIGINT to Maven and the portal it forked.
	local stop group
	stop="$(millis)"
	group="$(ps -o pgid= -p "$(pgrep -f -n "spring-boot.run.arguments=--server.port=$port" | head -1)" | tr -d ' ')"
	kill -INT -- "-$group"
	local status=0
	wait "$maven" || status=$?
	printf '%-10s stopped after %4.1f s, Maven exit status %d%s\n' "$label" \
		"$(bc -l <<<"($(millis) - $stop) / 1000")" "$status" \
		"$(grep -q '^\[ERROR\]' "$log" && echo ', with [ERROR] lines in its output' || true)"
	if [ "$status" -ne 0 ] || grep -q '^\[ERROR\]' "$log"; then
		echo "$label: Ctrl-C did not end the portal cleanly; see $log" >&2
		exit 1
	fi
}

measure first
for i in $(seq 1 "$restarts"); do
	measure "restart-$i"
done
