#!/usr/bin/env bash
# A private MariaDB reference server on a loopback port, used to record the
# answers JimKV is compared against (syntax error texts, dump output, ...).
#
#   tools/mariadb-ref.sh start DIR PORT   create DIR if new, start, wait until ready
#   tools/mariadb-ref.sh stop DIR         stop the server whose pid is in DIR/pid
#
# The server listens on 127.0.0.1 only, runs as root with no config files,
# and keeps everything (data, socket, pid, log) inside DIR.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }

case "$cmd" in
start)
    port=${3:?port}
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ ! -d "$dir/data/mysql" ]; then
        mariadb-install-db --no-defaults --user=root --datadir="$dir/data" \
            --auth-root-authentication-method=normal >"$dir/install.log" 2>&1
    fi
    mariadbd --no-defaults --user=root --datadir="$dir/data" --bind-address=127.0.0.1 \
        --port="$port" --socket="$dir/sock" --pid-file="$dir/pid" --skip-name-resolve \
        --log-error="$dir/error.log" >/dev/null 2>&1 &
    # Bounded wait: 60 tries of 0.5 s.
    for _ in $(seq 60); do
        if mariadb-admin --no-defaults -h127.0.0.1 -P"$port" -uroot ping >/dev/null 2>&1; then
            exit 0
        fi
        sleep 0.5
    done
    echo "mariadb did not start; see $dir/error.log" >&2
    exit 1
    ;;
stop)
    dir=$(cd "$dir" && pwd)
    [ -f "$dir/pid" ] || exit 0
    pid=$(cat "$dir/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || exit 0
        sleep 0.2
    done
    kill -9 "$pid" 2>/dev/null || true
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
