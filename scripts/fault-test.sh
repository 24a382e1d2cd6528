#!/usr/bin/env bash
# The fault test (docs/benchmarks.md): on the embedded default, kill -9 of the portal, of its
# PostgreSQL, and of both, each while an operator works through a drill; after a restart on
# the same data directory every acknowledged action must be there with its time, and the audit
# chain must verify. Builds the jar first.
#
#   scripts/fault-test.sh [application|postgres|both|restore ...]    (default: all four)
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -DskipTests package
jar="$(ls target/drillbook-*.jar | grep -v original | head -1)"
modes=("$@")
[ ${#modes[@]} -gt 0 ] || modes=(application postgres both restore)
python3 scripts/fault_test.py "$jar" "${DRILLBOOK_FAULT_PORT:-18095}" "${modes[@]}"
