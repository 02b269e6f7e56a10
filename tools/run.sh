#!/usr/bin/env bash
# Install, build (Release) and start the embedded single-node JimKV server:
# MySQL protocol on 127.0.0.1:3306, data in ./jimkv-data, root without a
# password.  Connect with `mariadb -h 127.0.0.1 -u root`.  Any arguments are
# passed to jimkv (see `build/bin/jimkv --help` and deploy/jimkv.conf).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build
exec build/bin/jimkv "$@"
