#!/usr/bin/python3
"""Record MariaDB's answers for temporal_cases.txt into temporal_cases.expected.

Usage: record_temporal.py [PORT]   (default 23321; start the server with
tools/mariadb-ref.sh start /tmp/tmp-mdb 23321)

A case "date TEXT", "datetimeN TEXT" or "timeN TEXT" is
SELECT CAST('TEXT' AS DATE / DATETIME(N) / TIME(N)); "dateint N",
"datetimeint N" and "timeint N" cast the integer literal N instead.

The session runs with sql_mode = 'TIME_ROUND_FRACTIONAL': no strict mode (an
invalid value is NULL with warning 1292, as MySQL's CAST gives) and no
NO_ZERO_DATE, and extra fractional digits are rounded as MySQL rounds them;
MariaDB's default is to truncate them, which MySQL does only under
TIME_TRUNCATE_FRACTIONAL.

Output, one line per case: the case line, a TAB, then the value as MariaDB
prints it or NULL; " W" is appended when the statement left warnings.
"""
import os
import sys

import pymysql

HERE = os.path.dirname(os.path.abspath(__file__))


def sql_for(line):
    kind, _, text = line.partition(" ")
    if kind.endswith("int"):
        if not text.lstrip("-").isdigit():
            raise SystemExit("integer case is not an integer: %r" % line)
        target = {"dateint": "DATE", "datetimeint": "DATETIME", "timeint": "TIME"}[kind]
        return "SELECT CAST(%s AS %s)" % (text, target)
    if "'" in text or "\\" in text:
        raise SystemExit("quote or backslash in case: %r" % line)
    if kind == "date":
        return "SELECT CAST('%s' AS DATE)" % text
    for base in ("datetime", "time"):
        if kind.startswith(base):
            fsp = kind[len(base):] or "0"
            return "SELECT CAST('%s' AS %s(%s))" % (text, base.upper(), fsp)
    raise SystemExit("unknown kind in case: %r" % line)


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 23321
    # conv={} keeps every value as the server's text, exactly as printed.
    conn = pymysql.connect(host="127.0.0.1", port=port, user="root", conv={})
    cur = conn.cursor()
    cur.execute("SET SESSION sql_mode = 'TIME_ROUND_FRACTIONAL'")
    # Each case selects FROM a one-row table: only statements that use a
    # table reset the warning list, so a table-less SELECT would report the
    # previous case's warnings as its own.
    cur.execute("CREATE DATABASE IF NOT EXISTS jk_temporal_rec")
    cur.execute("USE jk_temporal_rec")
    cur.execute("CREATE TEMPORARY TABLE one (x INT)")
    cur.execute("INSERT INTO one VALUES (1)")
    out = []
    with open(os.path.join(HERE, "temporal_cases.txt")) as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cur.execute(sql_for(line) + " FROM one")
            val = cur.fetchone()[0]
            res = "NULL" if val is None else val.decode() if isinstance(val, bytes) else val
            if cur.execute("SHOW WARNINGS") > 0:
                res += " W"
            out.append("%s\t%s\n" % (line, res))
    with open(os.path.join(HERE, "temporal_cases.expected"), "w") as f:
        f.writelines(out)
    print("%d cases recorded" % len(out))


if __name__ == "__main__":
    main()
