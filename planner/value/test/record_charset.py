#!/usr/bin/python3
"""Record MariaDB's answers for charset_cases.txt into charset_cases.expected.

Usage: record_charset.py [PORT]   (default 23311; start the server with
tools/mariadb-ref.sh start /tmp/jk-mdb-str 23311)

Case kinds (see the header of charset_cases.txt):
  char CP        -> "W U L": the utf8mb4_general_ci WEIGHT_STRING of the
                    character as hex, then UPPER() and LOWER() of it under
                    utf8mb4_general_ci as code points in hex
  cmp COLL A B   -> STRCMP of the two strings (-1, 0 or 1)
  like COLL S P  -> S LIKE P (0 or 1)
Strings are hex of their bytes, "-" for the empty string, and are sent as
_utf8mb4 X'..' COLLATE COLL literals (X'..' for binary).

The C test (test_charset.c) checks that the general_ci weights order the
sampled characters exactly as the recorded WEIGHT_STRINGs do, and replays
the other answers.
"""
import os
import sys

import pymysql

HERE = os.path.dirname(os.path.abspath(__file__))


def literal(coll, hexstr):
    h = "" if hexstr == "-" else hexstr
    if coll == "binary":
        return "X'%s'" % h
    return "_utf8mb4 X'%s' COLLATE %s" % (h, coll)


def codepoints(hexbytes):
    return " ".join("%04X" % ord(ch) for ch in bytes.fromhex(hexbytes).decode("utf-8"))


def answer(cur, line):
    kind, *args = line.split()
    if kind == "char":
        ch = "CONVERT(CHAR(%d USING utf32) USING utf8mb4) COLLATE utf8mb4_general_ci" % int(args[0], 16)
        cur.execute("SELECT HEX(WEIGHT_STRING(%s)), HEX(UPPER(%s)), HEX(LOWER(%s))" % (ch, ch, ch))
        w, u, lo = cur.fetchone()
        return "%s %s %s" % (w, codepoints(u), codepoints(lo))
    if kind == "cmp":
        coll, a, b = args
        cur.execute("SELECT STRCMP(%s, %s)" % (literal(coll, a), literal(coll, b)))
        return cur.fetchone()[0]
    if kind == "like":
        coll, s, p = args
        cur.execute("SELECT %s LIKE %s" % (literal(coll, s), literal(coll, p)))
        return cur.fetchone()[0]
    raise SystemExit("unknown case: %r" % line)


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 23311
    # conv={} keeps every value as the server's text.
    conn = pymysql.connect(host="127.0.0.1", port=port, user="root", conv={}, charset="utf8mb4")
    cur = conn.cursor()
    out = []
    with open(os.path.join(HERE, "charset_cases.txt")) as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            res = answer(cur, line)
            if isinstance(res, bytes):
                res = res.decode()
            out.append("%s\t%s\n" % (line, res))
    with open(os.path.join(HERE, "charset_cases.expected"), "w") as f:
        f.writelines(out)
    print("%d cases recorded" % len(out))


if __name__ == "__main__":
    main()
