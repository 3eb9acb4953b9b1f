#!/usr/bin/env bash
# Applies deploy/postgres/migrations/NNNN_*.sql in order, each in one transaction together with
# its row in cg_schema_migrations (version, sha256, applied_at). Safe to run any number of times:
# applied versions are skipped, and a changed file that was already applied is an error.
# Usage: migrate.sh [database]   (default: $CG_PG_DB)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../env.sh"
database="${1:-$CG_PG_DB}"
export PGPASSWORD="$CG_PG_PASSWORD"
psql_db=(psql -X -q -v ON_ERROR_STOP=1 -h "$CG_PG_HOST" -p "$CG_PG_PORT" -U "$CG_PG_USER" -d "$database")

# One migrator at a time per database.
exec 9>"/tmp/collectiongrains-migrate-$CG_PG_PORT-$database.lock"
flock 9

"${psql_db[@]}" -c "SET client_min_messages = warning; CREATE TABLE IF NOT EXISTS cg_schema_migrations (
    version    varchar(200) PRIMARY KEY,
    sha256     char(64)     NOT NULL,
    applied_at timestamptz  NOT NULL DEFAULT now())"

applied=0
for file in "$here"/migrations/[0-9][0-9][0-9][0-9]_*.sql; do
  version="$(basename "$file" .sql)"
  sum="$(sha256sum "$file" | cut -d' ' -f1)"
  recorded="$("${psql_db[@]}" -tA -c "SELECT sha256 FROM cg_schema_migrations WHERE version = '$version'")"
  if [[ -n "$recorded" ]]; then
    if [[ "$recorded" != "$sum" ]]; then
      echo "migrate: $version was changed after it was applied (recorded $recorded, file $sum); add a new migration instead" >&2
      exit 3
    fi
    continue
  fi
  echo "migrate: applying $version"
  "${psql_db[@]}" --single-transaction -f "$file" \
    -c "INSERT INTO cg_schema_migrations (version, sha256) VALUES ('$version', '$sum')"
  applied=$((applied + 1))
done

if [[ $applied -eq 0 ]]; then
  echo "migrate: $database is up to date, nothing to apply"
else
  echo "migrate: applied $applied migration(s) to $database"
fi
