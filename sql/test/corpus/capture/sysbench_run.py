"""Run sysbench's bundled OLTP scripts against a MariaDB server and save
everything they sent (general log) as JSON lines: [run, thread, command, text].

usage: /usr/bin/python3 sysbench_run.py PORT OUT.jsonl
"""
import json
import subprocess
import sys

from glog import Capture

port, out = sys.argv[1], sys.argv[2]
TESTS = ["oltp_read_write", "oltp_read_only", "oltp_write_only", "oltp_insert",
         "oltp_point_select", "oltp_delete", "oltp_update_index",
         "oltp_update_non_index", "bulk_insert", "select_random_points",
         "select_random_ranges"]
common = ["--mysql-host=127.0.0.1", "--mysql-port=%s" % port, "--mysql-user=root",
          "--mysql-db=sbtest", "--tables=2", "--table-size=50", "--threads=1"]

cap = Capture(port)
cap._exec("CREATE DATABASE IF NOT EXISTS sbtest")
with open(out, "w") as f:
    for mode in ("auto", "disable"):
        for test in TESTS:
            for step in ("prepare", "run", "cleanup"):
                args = ["sysbench", test] + common + ["--db-ps-mode=%s" % mode]
                if step == "run":
                    args += ["--time=2", "--events=0"]
                if step == "prepare":
                    cap._exec("DROP TABLE IF EXISTS sbtest.sbtest1, sbtest.sbtest2")
                if step == "cleanup" and test.startswith("select_random"):
                    continue  # these scripts have no cleanup command
                cap.start()
                r = subprocess.run(args + [step], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
                rows = cap.stop()
                if r.returncode:
                    sys.stderr.write("%s %s %s failed: %s\n" % (mode, test, step,
                                                               r.stderr.decode()[-500:]))
                run = "%s/%s/%s" % (mode, test, step)
                for tid, cmd, arg in rows:
                    f.write(json.dumps([run, tid, cmd, arg]) + "\n")
                print(run, len(rows), flush=True)
    # Variants of the table definition, and the prewarm command.
    variant = ["--auto_inc=off", "--secondary=on", "--mysql_storage_engine=myisam"]
    for flags, step in ((variant, "prepare"), (variant, "cleanup"),
                        ([], "prepare"), ([], "prewarm"), ([], "cleanup")):
        if step == "prepare":
            cap._exec("DROP TABLE IF EXISTS sbtest.sbtest1, sbtest.sbtest2")
        cap.start()
        subprocess.run(["sysbench", "oltp_read_write"] + common + flags + [step],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        run = "variant/oltp_read_write/" + step
        for tid, cmd, arg in cap.stop():
            f.write(json.dumps([run, tid, cmd, arg]) + "\n")
