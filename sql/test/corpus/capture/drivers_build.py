"""Build drivers.sql from the driver captures plus drivers_known.sql.

usage: /usr/bin/python3 drivers_build.py CAPDIR OUT.sql
"""
import os
import sys

from log_build import comment, texts_from_logs, write

capdir, out = sys.argv[1], sys.argv[2]
SECTIONS = [
    ("drv_python.jsonl", "PyMySQL 1.0 and MySQLdb (mysqlclient): connect, parameters interpolated\\nby the driver, executemany, autocommit, transactions"),
    ("drv_node.jsonl", "Node mysql 2.18 and mysql2 3.x: escaping of every value type (??, SET ?,\\nnested arrays, Buffer, Date), transactions, mysql2 prepared statements"),
    ("drv_go.jsonl", "go-sql-driver/mysql through database/sql: prepared statements,\\ninterpolateParams, BeginTx with isolation level and read-only, DSN params"),
    ("drv_jdbc.jsonl", "MariaDB Connector/J 2.7: connect, DatabaseMetaData, statements,\\nclient- and server-side prepared statements, batches, savepoints"),
    ("drv_cli.jsonl", "mariadb client (interactive, --auto-rehash, status, help), mariadb-admin,\\nmariadb-show, mariadb-check"),
    ("dump_log.jsonl", "mariadb-dump (the runs that made mariadb_dump.sql and mariadb_dump_2.sql)"),
]
seen = set()
n = 0
with open(out, "wb") as f:
    f.write(comment("What client drivers and tools send at connect time and for metadata,\\n"
                    "captured from a server's general log (see README.md), then texts\\n"
                    "known from other clients.").encode())
    for name, title in SECTIONS:
        texts = texts_from_logs([os.path.join(capdir, name)], seen)
        f.write(b"\n")
        f.write(comment(title).encode())
        write(f, texts)
        n += len(texts)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "drivers_known.sql"), "rb") as k:
        f.write(b"\n" + k.read())
print(n, "captured statements")
