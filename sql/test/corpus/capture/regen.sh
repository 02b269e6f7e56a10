#!/bin/sh
# Regenerate the captured corpus files (sysbench.sql, mariadb_dump.sql,
# mariadb_dump_2.sql, sqlalchemy.sql, sequelize.sql, drivers.sql) from a
# MariaDB server that is already running on 127.0.0.1:PORT with a
# password-less root (tools/mariadb-ref.sh start DIR PORT).
#
# usage: sql/test/corpus/capture/regen.sh PORT SCRATCH
#
# SCRATCH is a directory for logs and build products (npm install, Go and
# Java builds).  Needs: sysbench, python3 with python3-pymysql,
# python3-sqlalchemy and python3-mysqldb, node and npm, golang-go and
# golang-github-go-sql-driver-mysql-dev, default-jdk-headless and
# libmariadb-java, script(1), the mariadb client tools.  PYTHON names the
# python3 to use (default: python3).
set -eu
port=$1
scratch=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$here")
py=${PYTHON:-python3}
client="mariadb --no-defaults --default-character-set=utf8mb4 -h127.0.0.1 -P$port -uroot"
cd "$here"

# mariadb-dump of a database with every column type
$client < dump_schema.sql
$py dump_run.py "$port" "$scratch"
cp "$scratch/mariadb_dump.sql" "$scratch/mariadb_dump_2.sql" "$corpus/"

# sysbench
$py sysbench_run.py "$port" "$scratch/sysbench.jsonl" >/dev/null
$py sysbench_build.py "$scratch/sysbench.jsonl" "$corpus/sysbench.sql"

# SQLAlchemy
$py sqlalchemy_run.py "$port" "$scratch/sqlalchemy.jsonl"
$py log_build.py "$corpus/sqlalchemy.sql" \
    'SQLAlchemy 1.4 (mysql+pymysql) DDL, ORM and Core statements, as sent.\nSee README.md.' \
    "$scratch/sqlalchemy.jsonl"

# Sequelize (and the Node drivers used below)
if [ ! -d "$scratch/node/node_modules/sequelize" ]; then
    mkdir -p "$scratch/node"
    (cd "$scratch/node" && npm init -y >/dev/null && npm install --no-audit --no-fund sequelize@6 mysql2 mysql >/dev/null)
fi
export NODE_PATH="$scratch/node/node_modules"
$client -e "DROP DATABASE IF EXISTS seq; CREATE DATABASE seq CHARACTER SET utf8mb4"
$py capture_cmd.py "$port" "$scratch/sequelize.jsonl" sequelize -- node sequelize_run.js "$port"
$py log_build.py "$corpus/sequelize.sql" \
    "Sequelize 6 (mysql dialect, mysql2 driver): sync, CRUD, associations,\ntransactions and query-interface statements, as sent (Prepare texts keep\ntheir '?' placeholders, Execute texts have the values).  See README.md." \
    "$scratch/sequelize.jsonl"

# drivers and tools
$client < drivers_setup.sql
$py capture_cmd.py "$port" "$scratch/drv_python.jsonl" python -- $py pymysql_run.py "$port"
$py capture_cmd.py "$port" "$scratch/drv_node.jsonl" node -- node node_drivers.js "$port"
mkdir -p "$scratch/go" && cp go_driver.go "$scratch/go/main.go"
(cd "$scratch/go" && GO111MODULE=off GOPATH=/usr/share/gocode:"$scratch/gopath" GOCACHE="$scratch/gocache" go build -o gomy main.go)
$py capture_cmd.py "$port" "$scratch/drv_go.jsonl" go -- "$scratch/go/gomy" "$port"
jar=/usr/share/java/mariadb-java-client.jar
mkdir -p "$scratch/java" && cp JdbcRun.java "$scratch/java/"
(cd "$scratch/java" && javac -cp "$jar" JdbcRun.java)
$py capture_cmd.py "$port" "$scratch/drv_jdbc.jsonl" jdbc -- java -cp "$jar:$scratch/java" JdbcRun "$port"
$py capture_cmd.py "$port" "$scratch/drv_cli.jsonl" cli -- sh cli_run.sh "$port"
$py drivers_build.py "$scratch" "$corpus/drivers.sql"

$client -e "DROP DATABASE IF EXISTS dumptest; DROP DATABASE IF EXISTS sqla; DROP DATABASE IF EXISTS seq; DROP DATABASE IF EXISTS drv; DROP DATABASE IF EXISTS sbtest"
