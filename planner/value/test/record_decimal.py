#!/usr/bin/python3
"""Record MariaDB's answers for decimal_cases.txt into decimal_cases.expected.

Usage: record_decimal.py [PORT]   (default 23320; start the server with
tools/mariadb-ref.sh start /tmp/dec-mdb 23320)

Operands are written as SQL literals, never CASTs, because MySQL gives an
exact literal like 1.50 its own scale (2) and that scale drives the result
scale of every operator.  parse cases are the one exception: they test
string-to-DECIMAL conversion, so they CAST the string to DECIMAL(65,30) and
the C test casts its parsed value the same way.

Output, one line per case: the case line, a TAB, then the value as MariaDB
prints it, NULL, or "ERROR <code>"; " W" is appended when the statement left
warnings (truncation, division by zero, clamping).
"""
import os
import sys

import pymysql

HERE = os.path.dirname(os.path.abspath(__file__))


def sql_for(line):
    op, _, rest = line.partition(" ")
    if op == "parse":
        return "SELECT CAST('%s' AS DECIMAL(65,30))" % rest
    args = rest.split()
    binary = {"add": "+", "sub": "-", "mul": "*", "div": "/", "mod": "%"}
    if op in binary:
        return "SELECT (%s) %s (%s)" % (args[0], binary[op], args[1])
    if op == "cmp":
        return "SELECT ((%s) > (%s)) - ((%s) < (%s))" % (args[0], args[1], args[0], args[1])
    if op == "neg":
        return "SELECT -(%s)" % args[0]
    if op == "round":
        return "SELECT ROUND(%s, %s)" % (args[0], args[1])
    if op == "truncate":
        return "SELECT TRUNCATE(%s, %s)" % (args[0], args[1])
    if op == "int":
        return "SELECT CAST(%s AS SIGNED)" % args[0]
    raise SystemExit("unknown op in case: %r" % line)


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 23320
    # conv={} keeps every value as the server's text, so DECIMAL scale and
    # digits are exactly what MariaDB printed.
    conn = pymysql.connect(host="127.0.0.1", port=port, user="root", conv={})
    cur = conn.cursor()
    cur.execute("SET SESSION div_precision_increment = 4")
    # Each case selects FROM a one-row table: only statements that use a
    # table reset the warning list, so a table-less SELECT would report the
    # previous case's warnings as its own.
    cur.execute("CREATE DATABASE IF NOT EXISTS jk_decimal_rec")
    cur.execute("USE jk_decimal_rec")
    cur.execute("CREATE TEMPORARY TABLE one (x INT)")
    cur.execute("INSERT INTO one VALUES (1)")
    out = []
    with open(os.path.join(HERE, "decimal_cases.txt")) as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            try:
                cur.execute(sql_for(line) + " FROM one")
                val = cur.fetchone()[0]
                res = "NULL" if val is None else val
                if cur.execute("SHOW WARNINGS") > 0:
                    res += " W"
            except pymysql.MySQLError as e:
                res = "ERROR %d" % e.args[0]
            out.append("%s\t%s\n" % (line, res))
    with open(os.path.join(HERE, "decimal_cases.expected"), "w") as f:
        f.writelines(out)
    print("%d cases recorded" % len(out))


if __name__ == "__main__":
    main()
