"""Build sysbench.sql from what sysbench_run.py captured.

Statements are grouped by shape (numbers and strings blanked); each shape
keeps a few literal variants, in the order first seen.  The 512 KB bulk
INSERTs are cut to a few rows, except the first one, which is kept whole.

usage: /usr/bin/python3 sysbench_build.py IN.jsonl OUT.sql
"""
import json
import re
import sys

from glog import as_statement

src, dst = sys.argv[1], sys.argv[2]
rows = [json.loads(l) for l in open(src)]


def shape(text):
    s = re.sub(r"'[^']*'", "S", text)
    s = re.sub(r"\b\d+\b", "N", s)
    s = re.sub(r"(\(N, N\)|N)(, (\(N, N\)|N))+", "LIST", s)
    s = re.sub(r"(\(N,N\))(,\(N,N\))+", "ROWS", s)
    s = re.sub(r"(k BETWEEN N AND N)( OR k BETWEEN N AND N)+", "RANGES", s)
    s = re.sub(r"VALUES\(N, S, S\)(,\(N, S, S\))+", "VALUES ROWS", s)
    return s


def cut_bulk(text, nrows):
    head, _, rest = text.partition("VALUES")
    vals = re.findall(r"\(\d+,\d+\)", rest)
    return head + "VALUES" + ",".join(vals[:nrows])


sections = {"prepare": [], "ps": [], "run": [], "cleanup": []}
seen_text = set()
per_shape = {}
kept_full_bulk = False
LIMIT = {"Query": 4, "Execute": 2}

for run, tid, cmd, text in rows:
    mode, test, step = run.split("/")
    if step == "prewarm":
        step = "run"
    if cmd == "Prepare":
        sec, limit = "ps", 1
    elif cmd in ("Query", "Execute"):
        sec = step
        limit = LIMIT[cmd]
        if step != "run":
            limit = 1
    else:
        continue
    if test == "bulk_insert" and step == "run" and len(text) > 4096:
        if not kept_full_bulk:
            kept_full_bulk = True
        else:
            text = cut_bulk(text, 3 + len(seen_text) % 4)
    key = (sec, cmd, shape(text))
    if text in seen_text:
        continue
    n = per_shape.get(key, 0)
    if n >= limit:
        continue
    per_shape[key] = n + 1
    seen_text.add(text)
    sections[sec].append(text)

with open(dst, "w") as f:
    f.write("-- sysbench 1.0.20 OLTP scripts: tables, data load, statement texts\n"
            "-- prepared with '?' placeholders, the statements run with literal\n"
            "-- values, and the clean-up.  See README.md.\n")
    for sec, title in (("prepare", "prepare"), ("ps", "prepared statement texts"),
                       ("run", "run"), ("cleanup", "cleanup")):
        f.write("\n-- %s\n" % title)
        for t in sections[sec]:
            f.write(as_statement(t))
print({k: len(v) for k, v in sections.items()})
