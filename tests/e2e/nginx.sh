#!/usr/bin/env bash
# Runs Debian's nginx in the foreground on 127.0.0.1 with the project's own
# configuration (deploy/nginx), serving dist/ in two ways:
#   port     the stand-alone site (deploy/nginx/site.conf)
#   port+1   the example trust website (examples/host) with the app embedded
#            under /careers/prison-healthcare/ (deploy/nginx/host-example.conf)
# Used by the end-to-end tests, the size report and the benchmark.
#   tests/e2e/nginx.sh [port] [dist dir]
# OCC_ACCESS_LOG=file logs each response's path, status and bytes sent (the
# size report counts what a first visit costs on the wire with it).
# OCC_NONCE_HOST_PORT=port serves the example trust website a third time, under
# a nonce-based policy (deploy/nginx/host-example-nonce.conf).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${1:-${E2E_PORT:-8471}}"
HOST_PORT=$((PORT + 1))
DIST="$(cd "${2:-$ROOT/dist}" && pwd)"
[ -f "$DIST/index.html" ] || { echo "no $DIST/index.html: build first (trunk build --release)" >&2; exit 1; }
RUN="$(mktemp -d /tmp/occ-nginx.XXXXXX)"
# nginx workers run as nobody: they must be able to read the host pages.
chmod 755 "$RUN"
mkdir -p "$RUN/snippets"
cp "$ROOT"/deploy/nginx/*.conf "$RUN/"
cp "$ROOT"/deploy/nginx/snippets/*.conf "$RUN/snippets/"
# Brotli only where nginx has the module; the config includes it by wildcard.
MODULES=""
BROTLI=/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so
BROTLI_STATIC=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -f "$BROTLI" ] && [ -f "$BROTLI_STATIC" ]; then
  MODULES="load_module $BROTLI; load_module $BROTLI_STATIC;"
else
  rm "$RUN/snippets/occ-brotli.conf"
fi
# The host's pages, with the build beside them at /occ/.
cp -r "$ROOT/examples/host" "$RUN/host"
ln -s "$DIST" "$RUN/host/occ"
NONCE_SERVER=""
if [ -n "${OCC_NONCE_HOST_PORT:-}" ]; then
  NONCE_SERVER="server { listen 127.0.0.1:$OCC_NONCE_HOST_PORT; server_name localhost; root $RUN/host; include $RUN/host-example-nonce.conf; }"
fi
cat >"$RUN/nginx.conf" <<CONF
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/error.log warn;
$MODULES
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format occ '\$request_uri \$status \$bytes_sent \$http_sec_fetch_mode \$http_sec_fetch_dest \$http_service_worker \$http_sec_purpose \$http_if_none_match';
    access_log ${OCC_ACCESS_LOG:-off}${OCC_ACCESS_LOG:+ occ};
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
    server {
        listen 127.0.0.1:$HOST_PORT;
        server_name localhost;
        root $RUN/host;
        include $RUN/host-example.conf;
    }
$NONCE_SERVER
}
CONF
# The site configs include snippets relative to the nginx prefix.
exec nginx -p "$RUN/" -e "$RUN/error.log" -c "$RUN/nginx.conf" -g 'daemon off;'
