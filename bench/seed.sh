#!/usr/bin/env bash
# Fills a migrated schema with synthetic volume (see bench/seed.sql). Reusable for demos of a large installation:
#   bench/seed.sh SCHEMA [CASES] [EVENTS] [MARKETS] [FIRMS]     # defaults 100000 1000000 2000 50
# The schema must have been migrated by the application, with its demo data (DESK_DEMO_DATA=true). All or nothing:
# it runs in one transaction.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMA=${1:?schema}
psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q --single-transaction \
  -v cases="${2:-100000}" -v events="${3:-1000000}" -v markets="${4:-2000}" -v firms="${5:-50}" \
  -c "SET search_path TO $SCHEMA, public" -f bench/seed.sql
# The seed writes every case row twice (the party triggers refresh its search words), leaving half the table dead.
# A database restored from a dump, or one that autovacuum keeps, has no such bloat: compact the tables, then vacuum
# them again so the visibility map is set (a full vacuum clears it, and index-only scans need it, as autovacuum keeps
# it on a running installation), and refresh the planner statistics.
for table in case_file case_party case_team_member audit_event market share_row share_dataset; do
  psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "VACUUM (FULL) $SCHEMA.$table" \
    -c "VACUUM (ANALYZE) $SCHEMA.$table"
done
# Write the seeded pages out now, so the flush after a bulk load does not fall into the first measurements.
psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "CHECKPOINT"
