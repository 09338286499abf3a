#!/usr/bin/env bash
# Runs deploy/nginx.conf, as shipped, in Debian's nginx on a loopback port, with dist/ (as built,
# precompressed files and all) copied to where the config's alias points. Only the lines marked
# CHANGE in the config are rewritten: the listen address and the alias. The site is
# http://127.0.0.1:PORT/samverkan/, served from target/nginx-PORT/dist. Stays in the foreground (the browser tests start and stop it).
# Usage: tests/hosting/nginx.sh PORT [DIST]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${1:?port}"
dist="$(cd "${2:-$root/dist}" && pwd)"
site="$root/target/nginx-$port"
rm -rf "$site"
mkdir -p "$site/logs"
# Debian's modules-enabled/*.conf name their modules relative to the prefix (modules/…).
ln -s /usr/lib/nginx/modules "$site/modules"
cp -r "$dist" "$site/dist"
sed -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$port;|" \
    -e "s|alias /srv/samverkan/dist/;|alias $site/dist/;|" \
    "$root/deploy/nginx.conf" >"$site/samverkan.conf"
grep -q "listen 127.0.0.1:$port;" "$site/samverkan.conf" && grep -q "alias $site/dist/;" "$site/samverkan.conf" \
  || { echo "nginx.sh: deploy/nginx.conf no longer has the listen or alias line this script rewrites" >&2; exit 1; }
cat >"$site/nginx.conf" <<CONF
# As Debian's /etc/nginx/nginx.conf loads modules and reads conf.d/, reduced to this test.
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
worker_processes 1;
pid $site/nginx.pid;
error_log $site/logs/error.log warn;
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    include $site/samverkan.conf;
}
CONF
exec /usr/sbin/nginx -p "$site" -c "$site/nginx.conf" -e "$site/logs/error.log" -g "daemon off;"
