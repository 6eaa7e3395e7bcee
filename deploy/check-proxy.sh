#!/usr/bin/env bash
# deploy/compose.yaml's proxy without a container engine: Debian's PostgreSQL with the roles of deploy/postgres-roles.sh,
# two `./barometer serve` nodes as the row-only role, and nginx with deploy/nginx.conf (its upstreams pointed at the two
# nodes on 127.0.0.1). An editor signs in through the proxy and keeps working while nginx sends the requests to both
# nodes; a node behind HTTPS (X-Forwarded-Proto) sets a Secure cookie. Needs root, nginx and postgresql (apt-get).
#   deploy/check-proxy.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fail() { echo "check-proxy: $*" >&2; exit 1; }
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
work="$(mktemp -d)"; chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# PostgreSQL's programs run as postgres, who may not enter the checkout (a clean clone can sit in a 0700 folder):
# they start from the work folder and read the roles script from a copy there
cd "$work"
cp "$root/deploy/postgres-roles.sh" "$work/postgres-roles.sh" && chmod 755 "$work/postgres-roles.sh"
mkdir -p "$work/pg" && chown postgres "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -o "-p 15433 -k $work/pg -c listen_addresses=127.0.0.1" -l "$work/pg/log" -w start >/dev/null
runuser -u postgres -- env PGHOST=127.0.0.1 PGPORT=15433 POSTGRES_USER=postgres BAROMETER_DB_PASSWORD=a BAROMETER_DB_MIGRATE_PASSWORD=o "$work/postgres-roles.sh" >/dev/null
export BAROMETER_DB_URL=jdbc:postgresql://127.0.0.1:15433/barometer BAROMETER_DB_USER=barometer_app BAROMETER_DB_PASSWORD=a BAROMETER_DB_MIGRATE_USER=barometer_owner BAROMETER_DB_MIGRATE_PASSWORD=o
"$root/barometer" serve --port 18091 > "$work/s1.log" 2>&1 & pids+=($!)
until curl -fs -o /dev/null http://127.0.0.1:18091/; do sleep 1; done
"$root/barometer" serve --port 18092 > "$work/s2.log" 2>&1 & pids+=($!)
until curl -fs -o /dev/null http://127.0.0.1:18092/; do sleep 1; done
mkdir -p "$work/nginx/logs"
sed -e 's/node1:8080/127.0.0.1:18091/; s/node2:8080/127.0.0.1:18092/; s/listen 80;/listen 127.0.0.1:18090;/' "$root/deploy/nginx.conf" > "$work/nginx/site.conf"
cat > "$work/nginx/nginx.conf" <<CONF
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events {}
http { log_format up '\$upstream_addr \$status \$request'; access_log $work/nginx/logs/access.log up; include $work/nginx/site.conf; }
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -t 2>/dev/null || fail "nginx refuses deploy/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
editor_pw=$(grep -o "demo account: editor editor [^ ]*" "$work/s1.log" | awk '{print $5}')
jar="$work/cookies"
page=$(curl -s -c "$jar" -b "$jar" http://127.0.0.1:18090/login)
token=$(grep -o -m1 'name="_csrf"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
signed=$(curl -s -o /dev/null -w "%{http_code} %{redirect_url}" -c "$jar" -b "$jar" --data-urlencode "username=editor" \
    --data-urlencode "password=$editor_pw" --data-urlencode "_csrf=$token" http://127.0.0.1:18090/login)
[ "$signed" = "302 http://127.0.0.1:18090/workspace" ] || fail "sign-in through the proxy answered $signed"
for _ in 1 2 3 4 5 6; do
    status=$(curl -s -o /dev/null -w "%{http_code}" -b "$jar" http://127.0.0.1:18090/workspace)
    [ "$status" = 200 ] || fail "the workspace through the proxy answered $status"
done
nodes=$(grep "GET /workspace" "$work/nginx/logs/access.log" | awk '$2 == 200 {print $1}' | sort -u | wc -l)
[ "$nodes" = 2 ] || fail "the signed-in editor's requests reached $nodes node(s), not both"
# headers read whole, then searched (grep -q stopping early would fail curl's write under pipefail)
behind_https="$(curl -s -D - -o /dev/null -H "X-Forwarded-Proto: https" http://127.0.0.1:18091/login)"
grep -qi "^set-cookie: SESSION=.*; Secure" <<<"$behind_https" || fail "no Secure cookie behind HTTPS"
proxied="$(curl -s -D - -o /dev/null http://127.0.0.1:18090/login)"
grep -qi "^referrer-policy: strict-origin-when-cross-origin" <<<"$proxied" || fail "no Referrer-Policy through the proxy"
echo "check-proxy: signed in through nginx, 6 workspace pages from both nodes, Secure cookie behind HTTPS"
