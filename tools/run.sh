#!/usr/bin/env bash
# Install, build (Release) and start JimKV.  Until the server exists this
# starts the SQL front's interactive parser: type statements ending in ';'
# and it prints their normalized form (or MySQL's syntax error).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build
exec build/bin/jimkv-parse
