#!/usr/bin/env bash
# Runs the parser fuzzer for a bounded time from the statement corpus.
#   run_fuzz.sh FUZZER SOURCE_DIR WORK_DIR SECONDS
# The corpus files are cut into one statement per seed file inside WORK_DIR;
# the repository is never written.
set -euo pipefail
fuzzer=$1 src=$2 work=$3 seconds=$4
rm -rf "$work"
mkdir -p "$work/seeds" "$work/new"
i=0
for f in "$src"/sql/test/corpus/*.sql "$src"/sql/test/syntax_errors.txt; do
    # One seed per statement: split on ";\n" and "====" lines.
    awk -v dir="$work/seeds" -v base="$i" '
        BEGIN { n = 0; file = sprintf("%s/%s_%d", dir, base, n) }
        /^====$/ { close(file); n++; file = sprintf("%s/%s_%d", dir, base, n); next }
        { print > file; if ($0 ~ /;$/) { close(file); n++; file = sprintf("%s/%s_%d", dir, base, n) } }
    ' "$f"
    i=$((i + 1))
done
"$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/" \
    -print_final_stats=1 "$work/new" "$work/seeds"
