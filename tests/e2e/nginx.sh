#!/usr/bin/env bash
# Runs Debian's nginx in the foreground on 127.0.0.1 with the project's own
# site configuration, serving dist/. Used by the end-to-end tests and the size report.
#   tests/e2e/nginx.sh [port] [dist dir]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${1:-${E2E_PORT:-8471}}"
DIST="$(cd "${2:-$ROOT/dist}" && pwd)"
[ -f "$DIST/index.html" ] || { echo "no $DIST/index.html: build first (trunk build --release)" >&2; exit 1; }
RUN="$(mktemp -d /tmp/occ-nginx.XXXXXX)"
mkdir -p "$RUN/snippets"
cp "$ROOT/deploy/nginx/site.conf" "$RUN/site.conf"
cp "$ROOT"/deploy/nginx/snippets/*.conf "$RUN/snippets/"
cat >"$RUN/nginx.conf" <<CONF
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $RUN/body;
    proxy_temp_path $RUN/proxy;
    fastcgi_temp_path $RUN/fastcgi;
    uwsgi_temp_path $RUN/uwsgi;
    scgi_temp_path $RUN/scgi;
    server {
        listen 127.0.0.1:$PORT;
        server_name localhost;
        root $DIST;
        include $RUN/site.conf;
    }
}
CONF
# The site config includes snippets relative to the nginx prefix.
exec nginx -p "$RUN/" -e "$RUN/error.log" -c "$RUN/nginx.conf" -g 'daemon off;'
