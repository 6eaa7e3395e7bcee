#!/usr/bin/env bash
# A publication day: 200 readers, 10 writers and 8 PDF clients with query strings, for 60 s, against `serve` on the
# embedded store (h2) or against two nodes on one PostgreSQL (pg); then every acknowledged write is looked for.
# A benchmark, not a test: everything stays on 127.0.0.1 and is bounded in time.
# Usage: bench/load.sh h2|pg [SECONDS] [READERS] [WRITERS] [PDF_CLIENTS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-h2}"
seconds="${2:-60}"
readers="${3:-200}"
writers="${4:-10}"
flood="${5:-8}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"

"$root/barometer" --version >/dev/null   # builds the jar when it is missing or stale
work="$(mktemp -d)"
chmod 755 "$work"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    if [ -f "$work/pg/postmaster.pid" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

wait_for() {
    for _ in $(seq 1 180); do
        curl -fs -o /dev/null "http://127.0.0.1:$1/" && return 0
        sleep 1
    done
    echo "Barometer on port $1 did not start:" >&2; tail -20 "$work"/serve-*.log >&2; exit 1
}

bases=()
case "$mode" in
h2)
    "$root/barometer" serve --port 18080 --data "$work/store" >"$work/serve-1.log" 2>&1 &
    pids+=($!)
    wait_for 18080
    bases=(http://127.0.0.1:18080)
    ;;
pg)
    [ -n "$pg_bin" ] || apt-get install -y postgresql >/dev/null
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    # PostgreSQL's programs run as postgres, who may not enter the checkout (a clean clone can sit in a 0700 folder):
    # they start from the work folder and read the roles script from a copy there
    cd "$work"
    cp "$root/deploy/postgres-roles.sh" "$work/postgres-roles.sh" && chmod 755 "$work/postgres-roles.sh"
    mkdir -p "$work/pg" && chown postgres "$work/pg"
    runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust >/dev/null
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -o "-p 15432 -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=100" -l "$work/pg/log" -w start >/dev/null
    # the roles of production (deploy/postgres-roles.sh, as the compose file's PostgreSQL runs it): the nodes read and
    # write rows as barometer_app, Flyway migrates as barometer_owner
    runuser -u postgres -- env PGHOST=127.0.0.1 PGPORT=15432 POSTGRES_USER=postgres BAROMETER_DB_PASSWORD=app-secret \
        BAROMETER_DB_MIGRATE_PASSWORD=owner-secret "$work/postgres-roles.sh" >/dev/null
    export BAROMETER_DB_URL=jdbc:postgresql://127.0.0.1:15432/barometer BAROMETER_DB_USER=barometer_app BAROMETER_DB_PASSWORD=app-secret
    export BAROMETER_DB_MIGRATE_USER=barometer_owner BAROMETER_DB_MIGRATE_PASSWORD=owner-secret
    # The first node migrates the store and loads the sample; the second starts on it.
    "$root/barometer" serve --port 18080 >"$work/serve-1.log" 2>&1 &
    pids+=($!)
    wait_for 18080
    "$root/barometer" serve --port 18082 >"$work/serve-2.log" 2>&1 &
    pids+=($!)
    wait_for 18082
    bases=(http://127.0.0.1:18080 http://127.0.0.1:18082)
    ;;
*) echo "usage: bench/load.sh h2|pg [SECONDS] [READERS] [WRITERS] [PDF_CLIENTS]" >&2; exit 2 ;;
esac

java "$root/bench/Load.java" --accounts "$work/serve-1.log" --issue 17 --readers "$readers" --writers "$writers" \
    --seconds "$seconds" --pdf-flood "$flood" "${bases[@]}"
