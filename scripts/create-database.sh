#!/usr/bin/env bash
# Creates Drillbook's database on an external PostgreSQL server with two roles: the owner,
# which Flyway uses to migrate the schema, and the application role, which may read and write
# the data but only append to and read the audit log, and can neither disable its triggers nor
# change the schema. Safe to run again, also on a database that already holds Drillbook's tables.
#
#   DRILLBOOK_DB_OWNER_PASSWORD=... DRILLBOOK_DB_APP_PASSWORD=... \
#     scripts/create-database.sh [database] [owner role] [application role]
#
# Runs psql as a superuser; set PSQL to the command that does, e.g.
#   PSQL="runuser -u postgres -- psql" or PSQL="psql -h db.example.org -U postgres".
# Then start Drillbook with
#   SPRING_DATASOURCE_URL=jdbc:postgresql://host:5432/<database>
#   SPRING_DATASOURCE_USERNAME=<application role>  SPRING_DATASOURCE_PASSWORD=<its password>
#   SPRING_FLYWAY_USER=<owner role>                SPRING_FLYWAY_PASSWORD=<its password>
set -euo pipefail

db="${1:-drillbook}"
owner="${2:-drillbook_owner}"
app="${3:-drillbook_app}"
: "${DRILLBOOK_DB_OWNER_PASSWORD:?set DRILLBOOK_DB_OWNER_PASSWORD to the owner role's password}"
: "${DRILLBOOK_DB_APP_PASSWORD:?set DRILLBOOK_DB_APP_PASSWORD to the application role's password}"
if [ "$owner" = "$app" ]; then
  echo "create-database: the owner and the application role must differ" >&2
  exit 2
fi
read -r -a psql <<<"${PSQL:-psql}"

"${psql[@]}" -X -q -v ON_ERROR_STOP=1 -d postgres \
  -v db="$db" -v owner="$owner" -v app="$app" \
  -v owner_password="$DRILLBOOK_DB_OWNER_PASSWORD" -v app_password="$DRILLBOOK_DB_APP_PASSWORD" <<'SQL'
select format('create role %I login password %L', :'owner', :'owner_password')
  where not exists (select from pg_roles where rolname = :'owner') \gexec
select format('alter role %I login password %L', :'owner', :'owner_password') \gexec
select format('create role %I login password %L', :'app', :'app_password')
  where not exists (select from pg_roles where rolname = :'app') \gexec
select format('alter role %I login password %L nosuperuser nocreatedb nocreaterole', :'app', :'app_password') \gexec
select format('create database %I owner %I', :'db', :'owner')
  where not exists (select from pg_database where datname = :'db') \gexec
select format('revoke all on database %I from public', :'db') \gexec
select format('grant connect, temporary on database %I to %I', :'db', :'app') \gexec

\connect :"db"
-- Tables and sequences Flyway creates as the owner are the application's to use.
alter default privileges for role :"owner" in schema public
  grant select, insert, update, delete on tables to :"app";
alter default privileges for role :"owner" in schema public
  grant usage, select on sequences to :"app";
grant usage on schema public to :"app";
revoke create on schema public from :"app";
-- An existing database: the same for the tables already there, and the limits the migrations
-- set for new ones.
grant select, insert, update, delete on all tables in schema public to :"app";
grant usage, select on all sequences in schema public to :"app";
select format('revoke update, delete, truncate, references, trigger on audit_entry from %I', :'app')
  where to_regclass('public.audit_entry') is not null \gexec
select format('revoke insert, update, delete, truncate on flyway_schema_history from %I', :'app')
  where to_regclass('public.flyway_schema_history') is not null \gexec
SQL
echo "Database $db: owner $owner (for SPRING_FLYWAY_USER), application role $app (for SPRING_DATASOURCE_USERNAME)."
