#!/usr/bin/python3
r"""Record the error each malformed statement gets from a reference server.

Usage:
    tools/record-syntax-errors.py PORT sql/test/syntax_errors.txt \
        > sql/test/syntax_errors.expected

Input format: cases separated by lines consisting of exactly "====".  The
separator also ends the last case; there is no separator before the first
case.  A case is the lines between two separators joined with "\n", with no
trailing newline, and it is sent to the server exactly as written: one
COM_QUERY per case, no client-side escaping or interpolation.

Output: one line per case, in input order:

    ERROR <code> (<sqlstate>): <message>

If the message contains a newline (the "near" text can span lines) it is
written as the two characters "\n", and a backslash as "\\", so that every
case stays on one line.  If a case does not fail, the line is "OK" and the
script exits with status 1 after writing all lines.

The server is reached on 127.0.0.1:PORT as root with no password.  Before
the cases run, the script creates (if missing) and selects an empty scratch
database, SCRATCH_DB below: without a current database MariaDB reports "No
database selected" for a statement naming an unqualified table as soon as
the parser reaches that name, before it reaches a later syntax error, while
MySQL reports the syntax error.  The scratch database is never filled, so a
case that parses by mistake cannot touch anything.

Two deliberate translations turn MariaDB's text into MySQL 8's (see
docs/compatibility.md); nothing else is changed:
  1. MariaDB's syntax error says "...corresponds to your MariaDB server
     version..." where MySQL says "...corresponds to your MySQL server
     version...".
  2. When the rest of the statement after the error point is longer than
     80 bytes, MariaDB quotes at most 77 bytes of whole characters and
     appends "..."; MySQL 8 formats it with '%-.80s': the longest run of
     whole, well-formed characters within 80 bytes, and no dots.  The
     script finds the rest of the statement from the point MariaDB chose
     and cuts it the MySQL way.
"""

import struct
import sys

import pymysql
import pymysql.err

SEPARATOR = "===="
SCRATCH_DB = "syntax_errors_scratch"
MARIADB_PHRASE = "corresponds to your MariaDB server version"
MYSQL_PHRASE = "corresponds to your MySQL server version"


# PyMySQL drops the SQLSTATE of an error packet.  Keep the raw packet on the
# exception so the SQLSTATE can be read from it.  protocol.py calls
# pymysql.err.raise_mysql_exception through the module, so replacing the
# module attribute is enough.
_original_raise = pymysql.err.raise_mysql_exception


def _raise_keeping_packet(data):
    try:
        _original_raise(data)
    except pymysql.err.MySQLError as exc:
        exc.raw_error_packet = bytes(data)
        raise


pymysql.err.raise_mysql_exception = _raise_keeping_packet


def parse_error_packet(packet):
    """Return (code, sqlstate, message bytes) of an ERR packet.

    Layout: 0xFF, error code (2 bytes little endian), then with the 4.1
    protocol '#' and a 5 character SQLSTATE, then the message."""
    if not packet or packet[0] != 0xFF:
        raise ValueError("not an error packet")
    code = struct.unpack("<H", packet[1:3])[0]
    if packet[3:4] == b"#":
        return code, packet[4:9].decode("ascii"), packet[9:]
    return code, "HY000", packet[3:]


def read_cases(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last separator line
    cases, current = [], []
    for line in lines:
        if line == SEPARATOR:
            cases.append("\n".join(current))
            current = []
        else:
            current.append(line)
    if current:
        sys.exit("%s: the last case is not followed by a %s line" % (path, SEPARATOR))
    return cases


NEAR_MARK = " near '"
CUT_MARK = "...' at line "
NEAR_MAX_BYTES = 80


def server_trimmed(text):
    """The statement as both servers see it: leading white space, and
    trailing white space and semicolons, removed (alloc_query)."""
    return text.lstrip(" \t\n\r\f\v").rstrip(" \t\n\r\f\v;")


def mysql_cut(rest):
    """MySQL's '%-.80s' over utf8mb4: whole characters within 80 bytes."""
    out, used = [], 0
    for ch in rest:
        size = len(ch.encode("utf-8"))
        if used + size > NEAR_MAX_BYTES:
            break
        out.append(ch)
        used += size
    return "".join(out)


def to_mysql_cut(message, text):
    start = message.find(NEAR_MARK)
    end = message.rfind(CUT_MARK)
    if start < 0 or end < 0 or end < start:
        return message
    shown = message[start + len(NEAR_MARK):end]
    statement = server_trimmed(text)
    at = statement.find(shown)
    if at < 0:
        sys.exit("cannot find the near text %r in the statement %r" % (shown, statement))
    near = mysql_cut(statement[at:])
    return message[:start + len(NEAR_MARK)] + near + message[end + 3:]


def escape(message):
    return message.replace("\\", "\\\\").replace("\n", "\\n")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: %s PORT CASES_FILE" % sys.argv[0])
    port = int(sys.argv[1])
    cases = read_cases(sys.argv[2])

    conn = pymysql.connect(host="127.0.0.1", port=port, user="root", password="",
                           charset="utf8mb4", autocommit=True)
    with conn.cursor() as cur:
        cur.execute("CREATE DATABASE IF NOT EXISTS `%s`" % SCRATCH_DB)
    conn.select_db(SCRATCH_DB)
    out = sys.stdout.buffer
    failures = 0
    for text in cases:
        cur = conn.cursor()
        try:
            cur.execute(text)  # args=None: no '%' interpolation
            cur.fetchall()
        except pymysql.err.MySQLError as exc:
            packet = getattr(exc, "raw_error_packet", None)
            if packet is None:
                raise
            code, sqlstate, message = parse_error_packet(packet)
            message = message.decode("utf-8")
            message = message.replace(MARIADB_PHRASE, MYSQL_PHRASE)
            message = to_mysql_cut(message, text)
            line = "ERROR %d (%s): %s" % (code, sqlstate, escape(message))
        else:
            line = "OK"
            failures += 1
        finally:
            cur.close()
        out.write(line.encode("utf-8") + b"\n")
    out.flush()
    conn.close()
    if failures:
        print("%d case(s) did not fail" % failures, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
