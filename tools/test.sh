#!/usr/bin/env bash
# Install, build and run the whole test suite.  The code is built three
# ways: with gcc (its warnings count too; the tests labelled "memory" run
# there, since sanitizers' shadow memory hides what they measure), with
# clang under AddressSanitizer + UndefinedBehaviorSanitizer (every test, and
# the fuzzers for a bounded time), and with clang under ThreadSanitizer (the
# tests labelled "concurrency").
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh --tests

cmake -S . -B build-gcc -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=gcc >/dev/null
cmake --build build-gcc
ctest --test-dir build-gcc --output-on-failure -L memory

cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=Tsan -DCMAKE_C_COMPILER=clang >/dev/null
cmake --build build-tsan
TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build-tsan --output-on-failure -L concurrency

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Asan -DCMAKE_C_COMPILER=clang >/dev/null
cmake --build build-asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j2
