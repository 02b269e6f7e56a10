#!/usr/bin/env bash
# Installs the Debian packages JimKV needs.  Idempotent and quiet when
# everything is already installed.  Run as root.
#
#   setup.sh            what building and running the server needs
#   setup.sh --tests    also the sanitizer toolchain and the real clients
#                       the test suite drives (tools/test.sh passes it)
set -euo pipefail

with_tests=false
[ "${1:-}" = "--tests" ] && with_tests=true

# Recording expected answers from a reference server (tools/record-*.py,
# tools/corpus-check-mariadb.py) also needs mariadb-server; no test does, so
# it is not installed here.
packages=(
    build-essential cmake ninja-build pkg-config
    lemon                           # the parser generator for sql/parse.y
    libsqlite3-dev                  # the parser and expression benchmarks' peer
    libssl-dev                      # MD5, SHA1, SHA2 of the function library; TLS
    libmariadb-dev                  # jimkv-bench-mysql, the MySQL protocol benchmark's client; clients.libmariadb (C API test)
    python3                         # tools/check-lemon-fallbacks.py (a test)
)
if $with_tests; then
    packages+=(
        clang libclang-rt-14-dev        # libFuzzer and the sanitizer runtimes
        # Real MySQL clients for the tests in test/clients/ (ctest label "clients").
        # The python3-* modules load only in Debian's /usr/bin/python3.
        mariadb-client                  # clients.mariadb_cli: the mariadb CLI and mariadb-admin
        python3-pymysql                 # clients.pymysql (pure-Python protocol code) and SQLAlchemy's mysql+pymysql://
        python3-mysqldb                 # clients.mysqldb_sqlalchemy: MySQLdb (mysqlclient, on libmariadb)
        python3-sqlalchemy              # clients.mysqldb_sqlalchemy: create_engine(...).connect() through both drivers
        default-jre-headless            # clients.connectorj: the java launcher
        libmariadb-java                 # clients.connectorj: MariaDB Connector/J
        libdbd-mariadb-perl             # clients.dbd_mariadb: Perl DBI's DBD::MariaDB
    )
    # clients.node_mysql2 needs node and npm; a machine that already has a
    # node (e.g. from NodeSource) keeps it.
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: need root to install: ${missing[*]}" >&2
        exit 1
    fi
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The npm packages of the Node client test, at the versions package-lock.json
# pins.  Without the npm registry only clients.node_mysql2 is skipped, so a
# failure here is a warning.
node_dir="$(dirname "$0")/../test/clients/node"
if $with_tests && [ ! -d "$node_dir/node_modules/mysql2" ]; then
    echo "setup: npm ci in test/clients/node"
    npm ci --prefix "$node_dir" --no-audit --no-fund --loglevel=error >/dev/null ||
        echo "setup: warning: npm ci failed; the Node client test will be skipped" >&2
fi
