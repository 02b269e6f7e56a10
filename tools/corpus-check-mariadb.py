#!/usr/bin/python3
"""Check that a MariaDB server finds no syntax error in corpus scripts.

usage: corpus-check-mariadb.py [-v] PORT FILE...

Each FILE is split into statements the way the mysql client reads a script:
a ';' outside quotes ('...', "...", `...`) and comments (/* */, '-- ', '#')
ends a statement, and must be followed by a newline.  Every statement is
handed to the MariaDB server at 127.0.0.1:PORT with PREPARE, which parses
without running anything; a statement whose PREPARE
fails with a syntax error (1064, 1149) is tried once more as a plain query on
a fresh connection, and is reported if that fails with a syntax error too.
Any other error (unknown table, no database, statement not preparable,
access denied ...) passes: only syntax is checked.

Statements run as 'corpus_check'@'127.0.0.1', a user that may only read
database `corpus` (its default database); this script connects as root
without a password to create both and drops the user at the end, so nothing
in the files can change the server.
Exits 1 if any statement failed, 2 on usage or split errors.

-v also lists the statements that got another error, with its number: an
error the server raises while still parsing (unknown collation or system
variable ...) means the rest of that statement was not checked.

Also usable as a module: split_statements(data) -> [(line, text)].
"""
import sys

SYNTAX_ERRORS = (1064, 1149)
CHECK_USER = "corpus_check"
CHECK_HOST = "127.0.0.1"


class SplitError(Exception):
    pass


def split_statements(data):
    """Split a script (str) into [(first_line, statement_text)].

    statement_text has no trailing ';'.  Chunks made only of whitespace and
    comments are not statements.  Raises SplitError on an unterminated
    quote/comment, a ';' not followed by a newline, or text after the last
    ';'."""
    out = []
    n = len(data)
    i = 0
    start = 0
    line = 1
    start_line = 1
    has_code = False          # the current chunk has something besides comments

    while i < n:
        c = data[i]
        if c == "\n":
            line += 1
            i += 1
            continue
        if c in " \t\r\f\v":
            i += 1
            continue
        if c in "'\"`":
            q = c
            qline = line
            has_code = True
            i += 1
            while True:
                if i >= n:
                    raise SplitError("line %d: unterminated %s" % (qline, q))
                d = data[i]
                if d == "\n":
                    line += 1
                if d == "\\" and q != "`":
                    if i + 1 < n and data[i + 1] == "\n":
                        line += 1
                    i += 2
                    continue
                i += 1
                if d == q:
                    break
            continue
        if c == "/" and data.startswith("/*", i):
            cline = line
            end = data.find("*/", i + 2)
            if end < 0:
                raise SplitError("line %d: unterminated comment" % cline)
            body = data[i:end + 2]
            line += body.count("\n")
            # /*! ... */ and /*+ ... */ are read by a MySQL server; /*M! is not
            if body.startswith("/*!") or body.startswith("/*+"):
                has_code = True
            i = end + 2
            continue
        if c == "#" or (c == "-" and data.startswith("--", i)
                        and (i + 2 >= n or data[i + 2] in " \t\r\n\f\v")):
            end = data.find("\n", i)
            i = n if end < 0 else end
            continue
        if c == ";":
            rest_end = data.find("\n", i + 1)
            rest = data[i + 1:] if rest_end < 0 else data[i + 1:rest_end]
            if rest.strip():
                raise SplitError("line %d: text after ';' on the same line" % line)
            text = data[start:i]
            if has_code:
                body = text.lstrip()
                lead = text[:len(text) - len(body)]
                out.append((start_line + lead.count("\n"), body.rstrip()))
            else:
                raise SplitError("line %d: empty statement" % line)
            i += 1
            start = i
            has_code = False
            start_line = line
            continue
        has_code = True
        i += 1

    if has_code:
        raise SplitError("line %d: statement without ';' at end of file" % start_line)
    return out


def read_script(path):
    with open(path, "rb") as f:
        raw = f.read()
    return raw.decode("utf-8", "surrogateescape")


def main(argv):
    verbose = len(argv) > 1 and argv[1] == "-v"
    if verbose:
        argv = argv[:1] + argv[2:]
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    import pymysql

    port = int(argv[1])
    files = argv[2:]
    scripts = []
    for path in files:
        try:
            scripts.append((path, split_statements(read_script(path))))
        except SplitError as e:
            print("%s: %s" % (path, e))
            return 2

    root = pymysql.connect(host="127.0.0.1", port=port, user="root", password="",
                           autocommit=True)
    rc = root.cursor()
    rc.execute("DROP USER IF EXISTS '%s'@'%s'" % (CHECK_USER, CHECK_HOST))
    rc.execute("CREATE USER '%s'@'%s'" % (CHECK_USER, CHECK_HOST))
    # A default database: without one MariaDB stops at the first table name
    # with "No database selected" and never parses the rest.
    rc.execute("CREATE DATABASE IF NOT EXISTS corpus")
    rc.execute("GRANT SELECT ON corpus.* TO '%s'@'%s'" % (CHECK_USER, CHECK_HOST))

    def connect():
        return pymysql.connect(host="127.0.0.1", port=port, user=CHECK_USER,
                               password="", database="corpus", charset="utf8mb4", autocommit=True)

    def run(conn, sql, args=None):
        """None if fine, else (errno, message)."""
        try:
            with conn.cursor() as cur:
                cur.execute(sql, args)
                try:
                    cur.fetchall()
                except pymysql.err.Error:
                    pass
            return None
        except pymysql.err.MySQLError as e:
            code = e.args[0] if e.args and isinstance(e.args[0], int) else -1
            return (code, str(e.args[1]) if len(e.args) > 1 else str(e))

    def to_bytes(text):
        try:
            text.encode("utf-8")
            return text
        except UnicodeEncodeError:
            return text.encode("utf-8", "surrogateescape")

    conn = connect()
    bad = 0
    total = 0
    try:
        for path, stmts in scripts:
            for line, text in stmts:
                total += 1
                err = run(conn, "SET @corpus_q = %s", (to_bytes(text),))
                if err is None:
                    err = run(conn, "PREPARE corpus_s FROM @corpus_q")
                    if err is None:
                        run(conn, "DEALLOCATE PREPARE corpus_s")
                if err is not None and err[0] in SYNTAX_ERRORS:
                    # PREPARE may refuse what a plain query takes: try that too,
                    # on a connection of its own (the statement may change
                    # session state).
                    c2 = connect()
                    try:
                        err = run(c2, to_bytes(text))
                    finally:
                        c2.close()
                if err is not None and err[0] in SYNTAX_ERRORS:
                    bad += 1
                    print("%s:%d: error %d: %s\n    %s\n" % (
                        path, line, err[0], err[1][:300],
                        text.replace("\n", "\n    ")[:2000]))
                elif err is not None and err[0] in (2006, 2013, -1):
                    conn = connect()
                elif err is not None and verbose:
                    print("%s:%d: (error %d: %s) %s" % (
                        path, line, err[0], err[1][:120],
                        text.replace("\n", " ")[:150]))
    finally:
        try:
            conn.close()
        except Exception:
            pass
        rc.execute("DROP USER IF EXISTS '%s'@'%s'" % (CHECK_USER, CHECK_HOST))
        root.close()
    print("%d statements, %d with syntax errors" % (total, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
