#!/usr/bin/env bash
# Backs up the embedded default's database: a copy of its data directory, taken while the
# portal is stopped, so that it is consistent (docs/configuration.md#backups).
#
#   scripts/backup-embedded.sh [data-directory] archive.tar.gz     (default: ./data/postgres)
set -euo pipefail
if [ $# -eq 1 ]; then data="./data/postgres"; archive="$1"; else data="$1"; archive="$2"; fi
[ -f "$data/PG_VERSION" ] || { echo "$data holds no PostgreSQL data directory" >&2; exit 2; }
if [ -f "$data/postmaster.pid" ] && kill -0 "$(head -1 "$data/postmaster.pid")" 2>/dev/null; then
	echo "PostgreSQL is running on $data: stop the portal first, so that the copy is consistent" >&2
	exit 2
fi
tar -C "$(dirname "$data")" -czf "$archive" "$(basename "$data")"
echo "Backed up $data to $archive ($(du -h "$archive" | cut -f1))"
