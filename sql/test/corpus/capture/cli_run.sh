#!/bin/sh
# What the interactive mariadb client and mariadb-admin send.
# usage: cli_run.sh PORT   (needs script(1) for a terminal)
port=$1
printf 'status\nselect 1;\nuse drv\nshow tables;\nhelp contents\nhelp select\nselect * from items limit 1\\G\nexit\n' |
    script -qec "mariadb --no-defaults -h127.0.0.1 -P$port -uroot --auto-rehash --default-character-set=utf8mb4 drv" /dev/null >/dev/null
mariadb-admin --no-defaults -h127.0.0.1 -P"$port" -uroot status variables extended-status processlist version ping >/dev/null
mariadb-show --no-defaults -h127.0.0.1 -P"$port" -uroot >/dev/null
mariadb-show --no-defaults -h127.0.0.1 -P"$port" -uroot drv >/dev/null
mariadb-show --no-defaults -h127.0.0.1 -P"$port" -uroot --keys --count drv items >/dev/null
mariadb-check --no-defaults -h127.0.0.1 -P"$port" -uroot --databases drv >/dev/null
mariadb-check --no-defaults -h127.0.0.1 -P"$port" -uroot --analyze --databases drv >/dev/null
