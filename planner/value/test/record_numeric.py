#!/usr/bin/python3
"""Record MariaDB's answers for numeric_cases.txt into numeric_cases.expected.

Usage: record_numeric.py [PORT]   (default 23322; start the server with
tools/mariadb-ref.sh start /tmp/num-mdb 23322)

str2dbl TEXT is SELECT 'TEXT' + 0e0 (a DOUBLE operand puts the string in
DOUBLE context); str2int TEXT is SELECT CAST('TEXT' AS SIGNED).  The string
is sent as a quoted parameter, so it may hold any characters.

Integer operands are SQL literals in parentheses, which MySQL types as BIGINT
when they fit int64 and BIGINT UNSIGNED when they only fit uint64; a "u"
suffix makes the operand CAST(n AS UNSIGNED).

Output, one line per case: the case line, a TAB, then the value as MariaDB
prints it, NULL, or "ERROR <code>"; " W" is appended when the statement left
a warning and " N" when it left only notes.  The C test compares DOUBLE
results by reading this text back with strtod: MariaDB prints the shortest
text that round-trips, so equal doubles are exactly equal.
"""
import os
import sys

import pymysql

HERE = os.path.dirname(os.path.abspath(__file__))


def operand(t):
    if t.endswith("u"):
        return "CAST(%s AS UNSIGNED)" % t[:-1]
    return "(%s)" % t


def sql_for(line):
    op, _, rest = line.partition(" ")
    if op == "str2dbl":
        return "SELECT %s + 0e0", (rest,)
    if op == "str2int":
        return "SELECT CAST(%s AS SIGNED)", (rest,)
    args = [operand(a) for a in rest.split()]
    binary = {"add": "+", "sub": "-", "mul": "*", "div": "DIV", "mod": "MOD"}
    if op in binary:
        return "SELECT %s %s %s" % (args[0], binary[op], args[1]), None
    if op == "neg":
        return "SELECT -%s" % args[0], None
    raise SystemExit("unknown op in case: %r" % line)


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 23322
    # conv={} keeps every value as the server's text.
    conn = pymysql.connect(host="127.0.0.1", port=port, user="root", conv={})
    cur = conn.cursor()
    # Each case selects FROM a one-row table: only statements that use a
    # table reset the warning list.
    cur.execute("CREATE DATABASE IF NOT EXISTS jk_numeric_rec")
    cur.execute("USE jk_numeric_rec")
    cur.execute("CREATE TEMPORARY TABLE one (x INT)")
    cur.execute("INSERT INTO one VALUES (1)")
    out = []
    with open(os.path.join(HERE, "numeric_cases.txt")) as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            sql, params = sql_for(line)
            try:
                if params is None:
                    cur.execute(sql + " FROM one")
                else:
                    cur.execute(sql + " FROM one", params)
                val = cur.fetchone()[0]
                res = "NULL" if val is None else val
                cur.execute("SHOW WARNINGS")
                levels = [w[0] for w in cur.fetchall()]
                if any(lv != "Note" for lv in levels):
                    res += " W"
                elif levels:
                    res += " N"
            except pymysql.MySQLError as e:
                res = "ERROR %d" % e.args[0]
            out.append("%s\t%s\n" % (line, res))
    with open(os.path.join(HERE, "numeric_cases.expected"), "w") as f:
        f.writelines(out)
    print("%d cases recorded" % len(out))


if __name__ == "__main__":
    main()
