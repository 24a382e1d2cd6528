#!/usr/bin/env bash
# The hostile-input check (docs/benchmarks.md): the inputs that once cost minutes or
# gigabytes, sent to a portal with a 512 MB heap; each must be refused at once, naming the
# limit, with nothing written and the portal still up. Builds the jar first.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -DskipTests package
jar="$(ls target/drillbook-*.jar | grep -v original | head -1)"
python3 scripts/hostile_input.py "$jar" "${DRILLBOOK_HOSTILE_PORT:-18098}"
