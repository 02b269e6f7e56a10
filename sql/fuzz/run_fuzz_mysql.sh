#!/usr/bin/env bash
# Runs the MySQL protocol fuzzer for a bounded time from generated seeds.
#   run_fuzz_mysql.sh FUZZER WORK_DIR SECONDS
# Seeds are written into WORK_DIR by mysql_seeds.py; the repository is never
# written.  Leak checking is off inside the run (the server's threads hold
# memory between inputs); the ASan test suite checks the server for leaks.
set -euo pipefail
fuzzer=$1 work=$2 seconds=$3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work/seeds" "$work/new"
python3 "$here/mysql_seeds.py" "$work/seeds"
# OpenSSL keeps internal caches until exit; leaks are checked by the ASan tests.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
"$fuzzer" -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=2048 -detect_leaks=0 \
    -artifact_prefix="$work/" -print_final_stats=1 "$work/new" "$work/seeds"
