#!/usr/bin/env bash
# Install, build (Release) and start JimKV.  Until the server exists this
# starts the SQL front's evaluator: type table-less statements ending in ';'
# (SELECT <exprs>, SET, DO) and it prints results and warnings as the
# mariadb client's --batch mode does.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build
exec build/bin/jimkv-parse --eval
