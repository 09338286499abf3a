#!/usr/bin/env bash
# Runs deploy/apache.htaccess, as shipped, in Debian's Apache httpd on a loopback port: dist/ (as
# built, precompressed files and all) copied into a folder with the file as its .htaccess, and a
# minimal server configuration with the modules deploy/apache.htaccess names and AllowOverride,
# as IT would have it. The site is http://127.0.0.1:PORT/samverkan/. Apache refuses to serve as
# root, so the folder is under /tmp, readable by www-data. Stays in the foreground.
# Usage: tests/hosting/apache.sh PORT [DIST]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${1:?port}"
dist="$(cd "${2:-$root/dist}" && pwd)"
site="/tmp/samverkan-apache-$port"
rm -rf "$site"
mkdir -p "$site/logs" "$site/www"
cp -r "$dist" "$site/www/samverkan"
cp "$root/deploy/apache.htaccess" "$site/www/samverkan/.htaccess"
chmod -R a+rX "$site/www"
modules=/usr/lib/apache2/modules
cat >"$site/httpd.conf" <<CONF
ServerRoot "$site"
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile "$site/httpd.pid"
ErrorLog "$site/logs/error.log"
LogLevel warn
$( [ "$(id -u)" -eq 0 ] && printf 'User www-data\nGroup www-data\n' )
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule mime_module $modules/mod_mime.so
LoadModule dir_module $modules/mod_dir.so
LoadModule headers_module $modules/mod_headers.so
LoadModule rewrite_module $modules/mod_rewrite.so
LoadModule filter_module $modules/mod_filter.so
LoadModule deflate_module $modules/mod_deflate.so
LoadModule brotli_module $modules/mod_brotli.so
LoadModule env_module $modules/mod_env.so
TypesConfig /etc/mime.types
DocumentRoot "$site/www"
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory "$site/www">
    AllowOverride FileInfo Indexes
    Require all granted
</Directory>
CONF
exec /usr/sbin/apache2 -d "$site" -f "$site/httpd.conf" -DFOREGROUND
