"""Run one command with the server's general log on; save what was sent.

usage: /usr/bin/python3 capture_cmd.py PORT OUT.jsonl LABEL -- COMMAND [ARG...]
"""
import json
import subprocess
import sys

from glog import Capture

port, out, label = sys.argv[1], sys.argv[2], sys.argv[3]
assert sys.argv[4] == "--"
cmd = sys.argv[5:]
cap = Capture(port)
cap.start()
try:
    r = subprocess.run(cmd)
finally:
    rows = cap.stop()
with open(out, "w") as f:
    for tid, c, arg in rows:
        f.write(json.dumps([label, tid, c, arg]) + "\n")
print("%s: %d log rows, exit %d" % (label, len(rows), r.returncode))
sys.exit(r.returncode)
