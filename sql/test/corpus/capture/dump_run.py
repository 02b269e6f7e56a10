"""Dump database dumptest (made by dump_schema.sql) with mariadb-dump twice
and save what mariadb-dump sent to the server (general log).

usage: /usr/bin/python3 dump_run.py PORT OUTDIR
writes OUTDIR/mariadb_dump.sql, OUTDIR/mariadb_dump_2.sql, OUTDIR/dump_log.jsonl
"""
import json
import os
import subprocess
import sys

from glog import Capture

port, outdir = sys.argv[1], sys.argv[2]
base = ["mariadb-dump", "--no-defaults", "-h127.0.0.1", "-P%s" % port, "-uroot"]
runs = [("mariadb_dump.sql", base + ["dumptest"]),
        ("mariadb_dump_2.sql", base + ["--skip-extended-insert", "--databases", "dumptest"])]
cap = Capture(port)
with open(os.path.join(outdir, "dump_log.jsonl"), "w") as log:
    for name, args in runs:
        cap.start()
        with open(os.path.join(outdir, name), "wb") as f:
            subprocess.run(args, stdout=f, check=True)
        for tid, cmd, arg in cap.stop():
            log.write(json.dumps([name, tid, cmd, arg]) + "\n")
