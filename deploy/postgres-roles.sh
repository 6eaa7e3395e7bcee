#!/usr/bin/env bash
# Run once by the postgres image when its data volume is new (/docker-entrypoint-initdb.d): the two roles of
# README's "PostgreSQL (production)": barometer_owner owns the schema and migrates it, barometer_app reads and writes
# rows only. The passwords come from the compose file's environment.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner_password="$BAROMETER_DB_MIGRATE_PASSWORD" -v app_password="$BAROMETER_DB_PASSWORD" <<'SQL'
create role barometer_owner login password :'owner_password';
create role barometer_app login password :'app_password';
create database barometer owner barometer_owner;
\c barometer
alter schema public owner to barometer_owner;
revoke create on schema public from public;
set role barometer_owner;
grant usage on schema public to barometer_app;
alter default privileges in schema public grant select, insert, update, delete on tables to barometer_app;
alter default privileges in schema public grant usage, select on sequences to barometer_app;
SQL
