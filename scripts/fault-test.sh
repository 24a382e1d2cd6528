#!/usr/bin/env bash
# The fault test (docs/benchmarks.md): kill -9 of the portal, of its PostgreSQL, and of both,
# each while an operator works through a drill; after a restart every acknowledged action must
# be there with its time, and the audit chain must verify; and a backup restored. On the
# embedded default and, with DRILLBOOK_FAULT_CLUSTER naming a running local Debian cluster
# (e.g. 15/main), on a new database of that server, with two portals on it in one mode.
# Builds the jar first.
#
#   scripts/fault-test.sh [mode ...]
#     application postgres both restore                     (the embedded default)
#     external-application external-postgres external-both
#     external-two-instances external-restore               (DRILLBOOK_FAULT_CLUSTER)
#   Without modes: the first four, and the five external ones if the cluster is named.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -DskipTests package
jar="$(ls target/drillbook-*.jar | grep -v original | head -1)"
modes=("$@")
if [ ${#modes[@]} -eq 0 ]; then
  modes=(application postgres both restore)
  if [ -n "${DRILLBOOK_FAULT_CLUSTER:-}" ]; then
    modes+=(external-application external-postgres external-both external-two-instances external-restore)
  fi
fi
python3 scripts/fault_test.py "$jar" "${DRILLBOOK_FAULT_PORT:-18095}" "${modes[@]}"
