#!/usr/bin/env bash
# Two archive nodes (the jar in target/) on one PostgreSQL database and one OpenSearch node, behind nginx
# (round robin, no sticky sessions). Walks the admin's journey through the balancer with curl (sign in,
# upload, preview, import, correct, merge, sign out: consecutive requests reach different nodes), then runs
# wrk with 64 connections for 60 s of mixed reads, and prints what each step answered and wrk's figures.
# Needs: the jar (./mvnw package -DskipTests), PostgreSQL at 127.0.0.1:5432 (trust), OpenSearch at
# $OPENSEARCH (.ci/opensearch/start), nginx and wrk (Debian packages). Loopback only, bounded in time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=${JAR:-target/communique.jar}
OPENSEARCH=${OPENSEARCH:-127.0.0.1:9201}
DB=${DB:-communique_two_nodes}
WORK=$(mktemp -d /tmp/communique-two-nodes.XXXX)
LB=18610; A=18611; B=18612
PASSWORD=two-nodes-$RANDOM-$RANDOM
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
mkdir -p "$WORK/import" && cp seed-docs/* "$WORK/import/"
node() {
    ARCHIVE_ADMIN_PASSWORD=$PASSWORD java -Xmx512m -jar "$JAR" --server.port="$1" --archive.cluster.enabled=true \
        --spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
        --spring.datasource.username=postgres --spring.jpa.properties.hibernate.search.backend.type=elasticsearch \
        --spring.jpa.properties.hibernate.search.backend.hosts="$OPENSEARCH" \
        --spring.jpa.properties.hibernate.search.backend.protocol=http --archive.search.index="two_nodes_$RANDOM" \
        --archive.import-dir="$WORK/import" --archive.data-dir="$WORK/data-$1" --server.forward-headers-strategy=native \
        --archive.import-on-start="$2" > "$WORK/node-$1.log" 2>&1 &
    pids+=($!)
}
node $A true; node $B false
for port in $A $B; do
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
    echo "node on $port: $(curl -s "http://127.0.0.1:$port/actuator/health")"
done
for _ in $(seq 1 120); do # node A's start-up import of the seeds
    [ "$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT COUNT(*) FROM import_run WHERE status <> 'RUNNING'")" -ge 1 ] \
        && [ "$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT COUNT(*) FROM import_run WHERE status = 'RUNNING'")" -eq 0 ] && break
    sleep 1
done
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-body; proxy_temp_path $WORK/nginx-proxy;
    fastcgi_temp_path $WORK/nginx-fcgi; uwsgi_temp_path $WORK/nginx-uwsgi; scgi_temp_path $WORK/nginx-scgi;
    upstream communique { server 127.0.0.1:$A; server 127.0.0.1:$B; keepalive 32; }
    server {
        listen 127.0.0.1:$LB;
        client_max_body_size 50m;
        location / {
            proxy_pass http://communique;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host:\$server_port;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Port \$server_port;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
CONF
nginx -c "$WORK/nginx.conf"
BASE=http://127.0.0.1:$LB
JAR_COOKIES="$WORK/cookies"
step() { printf '%-44s %s\n' "$1" "$2"; }
token() { curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
upstream() { curl -s -o /dev/null -D - -b "$JAR_COOKIES" "$BASE$1" | grep -i '^x-upstream' | tr -d '\r' | cut -d' ' -f2; }

t=$(token /login)
step "sign in" "$(curl -s -o /dev/null -w '%{http_code} -> %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
    --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$t" "$BASE/login")"
step "admin page on two nodes" "$(upstream /admin) $(upstream /admin)"
printf 'Embassy news\n\nThe Two Ports Agreement Enters Into Force\n\nMarch 3, 2023\n\nThe governments of Chile and Norway welcomed the entry into force of the agreement on port inspections, signed by Foreign Minister Ana Lucero and Foreign Minister Tor Halvard.\n\nInspectors from both countries will share their records from May.\n' > "$WORK/two-ports.txt"
t=$(token /admin/upload)
location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" -F "_csrf=$t" -F "files=@$WORK/two-ports.txt" "$BASE/admin/upload")
step "upload" "-> $location"
batch=${location#*://*/}
step "preview (another node)" "$(curl -s -o "$WORK/preview.html" -w '%{http_code}' -b "$JAR_COOKIES" "$BASE/$batch") $(grep -c 'Two Ports Agreement' "$WORK/preview.html") mention(s) of the title"
t=$(token "/$batch")
run=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$t" "$BASE/$batch/import")
step "import" "-> $run"
run_path=/${run#*://*/}
for _ in $(seq 1 60); do
    progress=$(curl -s -b "$JAR_COOKIES" -H 'Accept: application/json' "$BASE$run_path/progress")
    echo "$progress" | grep -q '"finished":true' && break; sleep 1
done
step "run finished" "$(echo "$progress" | grep -o '"status":"[A-Z_]*"')"
id=
for _ in $(seq 1 20); do # the index shows a write within about a second
    id=$(curl -s "$BASE/api/statements?q=%22Two+Ports+Agreement%22" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)
    [ -n "$id" ] && break; sleep 0.5
done
started=$(date +%s%N) # each node's cached pages follow the archive's version once the index has the change
for _ in $(seq 1 40); do
    totals=$(for p in $A $B; do curl -s "http://127.0.0.1:$p/api/statements?q=%22Two+Ports+Agreement%22" | grep -o '"total":[0-9]*'; done | tr '\n' ' ')
    [ "$totals" = '"total":1 "total":1 ' ] && break; sleep 0.25
done
step "searchable on both nodes" "$totals(after $(( ($(date +%s%N) - started) / 1000000 )) ms more)"
# the correction form as the browser sends it: every field as shown, the title changed
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE/admin/statements/$id" > "$WORK/form.html"
python3 - "$WORK/form.html" "/admin/statements/$id" > "$WORK/form.data" <<'PY'
import sys, urllib.parse
from html.parser import HTMLParser
class Form(HTMLParser):
    def __init__(self):
        super().__init__(); self.fields = []; self.select = None; self.inside = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form' and a.get('method', '').lower() == 'post' and a.get('action', '').endswith(sys.argv[2]):
            self.inside = True
        if not self.inside: return
        if tag == 'input' and a.get('name') and (a.get('type') not in ('checkbox', 'radio') or 'checked' in a):
            value = 'The Two Ports Agreement in force' if a['name'] == 'title' else a.get('value', '')
            self.fields.append((a['name'], value))
        if tag == 'select': self.select = a.get('name')
        if tag == 'option' and self.select and 'selected' in a: self.fields.append((self.select, a.get('value', '')))
    def handle_endtag(self, tag):
        if tag == 'select': self.select = None
        if tag == 'form' and self.inside: self.inside = False
form = Form(); form.feed(open(sys.argv[1]).read())
print(urllib.parse.urlencode([f for f in form.fields if f[0] != 'note'] + [('note', 'shorter headline')]))
PY
step "correct the title" "$(curl -s -o /dev/null -w '%{http_code} -> %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
    --data "@$WORK/form.data" "$BASE/admin/statements/$id")"
sleep 1.5
step "corrected title on both nodes" "$(for p in $A $B; do curl -s "http://127.0.0.1:$p/api/statements/$id" | grep -o '"title":"[^"]*"'; done | tr '\n' ' ')"
kept=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT id FROM official WHERE name = 'Ana Lucero'")
other=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT id FROM official WHERE name = 'Tor Halvard'")
t=$(token "/admin/officials/$kept")
step "merge (confirmed)" "$(curl -s -o /dev/null -w '%{http_code} -> %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$t" \
    --data-urlencode "other=$other" --data-urlencode "confirm=yes" "$BASE/admin/officials/$kept/merge")"
step "merged official's page on both nodes" "$(for p in $A $B; do curl -s -o /dev/null -w '%{http_code} ' "http://127.0.0.1:$p/admin/officials/$other" -b "$JAR_COOKIES"; done)"
t=$(token /admin)
step "sign out" "$(curl -s -o /dev/null -w '%{http_code} -> %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$t" "$BASE/logout")"
step "admin after sign-out, both nodes" "$(for p in $A $B; do curl -s -o /dev/null -w '%{http_code} ' -b "$JAR_COOKIES" "http://127.0.0.1:$p/admin"; done)"

cat > "$WORK/mixed.lua" <<LUA
local paths = {"/", "/statements", "/statements/$id", "/statements?q=Iraq", "/statements?q=security+cooperation",
  "/api/statements?q=Peshmerga", "/timeline", "/officials", "/parties", "/feeds/statements.atom"}
local errors = 0
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
response = function(status) if status >= 400 then errors = errors + 1 end end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, %.0f/s, p50 %.1f ms, p99 %.1f ms, socket errors %d, timeouts %d, non-2xx/3xx %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write,
    summary.errors.timeout, summary.errors.status))
end
LUA
wrk -t2 -c16 -d"${WARMUP:-20}s" --timeout 5s -s "$WORK/mixed.lua" "$BASE" > /dev/null # the JIT's warm-up, not measured
echo "wrk, 64 connections, ${DURATION:-60}s, mixed reads through nginx:"
wrk -t2 -c64 -d"${DURATION:-60}s" --timeout 5s -s "$WORK/mixed.lua" "$BASE" | tail -1
echo "logs: $WORK"
