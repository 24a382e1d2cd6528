#!/usr/bin/env bash
# Restores a backup made by backup-embedded.sh into the embedded default's data directory,
# replacing what is there, while the portal is stopped (docs/configuration.md#backups). The
# directory it replaces is kept beside it, renamed with the time, until you delete it.
#
#   scripts/restore-embedded.sh archive.tar.gz [data-directory]    (default: ./data/postgres)
set -euo pipefail
archive="$1"
data="${2:-./data/postgres}"
if [ -f "$data/postmaster.pid" ] && kill -0 "$(head -1 "$data/postmaster.pid")" 2>/dev/null; then
	echo "PostgreSQL is running on $data: stop the portal first" >&2
	exit 2
fi
work="$(mktemp -d "$(dirname "$data")/restore.XXXXXX")"
tar -C "$work" -xzf "$archive"
restored=""
for entry in "$work"/*; do restored="$entry"; done
[ -n "$restored" ] && [ -f "$restored/PG_VERSION" ] || { rm -rf "$work"; echo "$archive holds no data directory" >&2; exit 2; }
if [ -e "$data" ]; then
	previous="$data.before-restore-$(date +%Y%m%d%H%M%S)"
	mv "$data" "$previous"
	echo "Kept the directory it replaces as $previous"
fi
mv "$restored" "$data"
rmdir "$work"
echo "Restored $archive into $data; start the portal"
