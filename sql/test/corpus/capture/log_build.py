"""Turn captured general-log JSON lines into a corpus script.

Keeps the texts of Query, Prepare and Execute entries in the order they were
sent, each exact text once.  Texts that are nothing but a MariaDB-only
/*M!...*/ comment are left out (a MySQL server sees an empty query there),
and so are MariaDB-only statements (SET STATEMENT ... FOR ...).

usage: /usr/bin/python3 log_build.py OUT.sql HEADER IN.jsonl...
HEADER is written at the top as '-- ' comment lines ('\\n' separates lines).
"""
import json
import re
import sys

from glog import as_statement

MARIADB_ONLY = [re.compile(r"/\*M!.*?\*/", re.S),            # whole text a /*M! comment
                re.compile(r"SET\s+STATEMENT\s.*", re.S | re.I)]


def texts_from_logs(paths, seen=None):
    seen = set() if seen is None else seen
    texts = []
    for path in paths:
        for line in open(path):
            run, tid, cmd, text = json.loads(line)
            if cmd not in ("Query", "Prepare", "Execute"):
                continue
            t = text.strip()
            if any(p.fullmatch(t) for p in MARIADB_ONLY):
                continue
            key = t.rstrip(";")
            if key in seen:
                continue
            seen.add(key)
            texts.append(t)
    return texts


def comment(text):
    return "".join("-- %s\n" % h if h else "--\n" for h in text.split("\\n"))


def write(f, texts):
    for t in texts:
        f.write(as_statement(t).encode("utf-8", "surrogateescape"))


if __name__ == "__main__":
    out, header, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    texts = texts_from_logs(inputs)
    with open(out, "wb") as f:
        f.write(comment(header).encode())
        write(f, texts)
    print(len(texts), "statements")
