#!/usr/bin/env bash
# Install and start what the tests need beyond Python packages: a PostgreSQL server, and Chromium for browser tests.
# Prints the export line for SAHELWATCH_TEST_POSTGRES_URL on stdout; progress on stderr.
# Needs root (apt-get) the first time; without it, PostgreSQL tests are skipped locally
# (and fail under CI=true, where every component must be present).
set -euo pipefail
say() { echo "test-services: $*" >&2; }

DB=sahelwatch_test
USER_NAME=sahelwatch
PASSWORD=sahelwatch-test
URL="postgresql://${USER_NAME}:${PASSWORD}@127.0.0.1:5432/${DB}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  say "installing PostgreSQL from Debian's packages"
  as_root apt-get update -qq >&2 || { say "cannot run apt-get (need root)"; exit 0; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2 || { say "apt-get install failed"; exit 0; }
fi
if [ ! -x /usr/bin/chromium ]; then
  say "installing Chromium from Debian's packages (browser tests; Playwright never downloads one)"
  as_root apt-get update -qq >&2 || say "cannot run apt-get (need root)"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >&2 || say "apt-get install chromium failed"
fi
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  as_root pg_createcluster "$version" main >&2
fi
read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
if [ "$status" != online ]; then
  say "starting PostgreSQL $version/$cluster on port $port"
  as_root pg_ctlcluster "$version" "$cluster" start >&2 || { say "cannot start PostgreSQL"; exit 0; }
fi
URL="postgresql://${USER_NAME}:${PASSWORD}@127.0.0.1:${port}/${DB}"
psql_admin() { as_root runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '${USER_NAME}'")" != 1 ]; then
  psql_admin -c "CREATE ROLE ${USER_NAME} LOGIN PASSWORD '${PASSWORD}' CREATEDB" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '${DB}'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE ${DB} OWNER ${USER_NAME}" >&2
fi
say "PostgreSQL ready at 127.0.0.1:${port}/${DB}"
echo "export SAHELWATCH_TEST_POSTGRES_URL=${URL}"
