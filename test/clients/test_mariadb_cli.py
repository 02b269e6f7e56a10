#!/usr/bin/python3
"""The `mariadb` command-line client and `mariadb-admin` (Debian mariadb-client)
against a live jimkv.

    /usr/bin/python3 test/clients/test_mariadb_cli.py BUILD/bin/jimkv [unittest args]

Batch mode (-e and stdin) is checked byte for byte: tab-separated columns, a
header line, NULL, escaped tabs/newlines/backslashes, the error line on
stderr and the exit status.  An interactive session runs on a pseudo-terminal
so that the client sends its connect-time query (select @@version_comment
limit 1) and prints its banner; --ssl runs over the server's self-signed
certificate (this client also uses TLS unasked when the server offers it,
so --skip-ssl gives plain TCP).  Every client runs with --no-defaults so that
no option file on the machine changes it, and with a time limit.
"""

import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import server  # noqa: E402

BIN = server.jimkv_bin()
MARIADB = shutil.which("mariadb") or shutil.which("mysql")
ADMIN = shutil.which("mariadb-admin") or shutil.which("mysqladmin")
if not MARIADB or not ADMIN:
    server.skip("mariadb-client is not installed (tools/setup.sh installs it)")

VERSION = server.VERSION
CLIENT_TIMEOUT_S = 30
SYNTAX = server.SYNTAX

SRV = None


def setUpModule():
    global SRV
    SRV = server.Server(BIN)


def tearDownModule():
    SRV.stop()


def conn_args(srv, user="root", password=None):
    args = ["-h", srv.host, "-P", str(srv.port), "-u", user, "--protocol=TCP"]
    if password is not None:
        args.append("--password=" + password)
    return args


def run(tool, *args, stdin="", srv=None, password=None):
    """Runs the client; returns (exit status, stdout, stderr)."""
    cmd = [tool, "--no-defaults"] + conn_args(srv or SRV, password=password) + list(args)
    p = subprocess.run(cmd, input=stdin.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=CLIENT_TIMEOUT_S, env=dict(os.environ, LC_ALL="C.UTF-8"))
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def last_line(s):
    lines = s.rstrip("\n").split("\n")
    return lines[-1]


class Batch(unittest.TestCase):
    def tearDown(self):
        self.assertTrue(SRV.alive(), "jimkv died:\n" + SRV.log())

    def test_e_select(self):
        self.assertEqual(run(MARIADB, "-e", "SELECT 1+1"), (0, "1+1\n2\n", ""))

    def test_skip_column_names(self):
        self.assertEqual(run(MARIADB, "--skip-column-names", "-e", "SELECT 1+1"), (0, "2\n", ""))
        self.assertEqual(run(MARIADB, "-N", "-e", "SELECT 'a', NULL, 2.50"), (0, "a\tNULL\t2.50\n", ""))

    def test_stdin_several_statements(self):
        script = ("SELECT 1 AS a, 'x' AS b;\n"
                  "SELECT NULL;\n"
                  "SELECT 'tab\\there' AS t, 'nl\\nx' AS n, 'bs\\\\' AS b;\n"
                  "SELECT 1; SELECT 2;\n"
                  "SELECT DATABASE();\n"
                  "USE mysql\n"
                  "SELECT DATABASE() AS db;\n"
                  "DELIMITER //\n"
                  "SELECT 3 AS d//\n"
                  "DELIMITER ;\n"
                  "SET @v = 'kept';\n"
                  "SELECT @v;\n")
        expected = ("a\tb\n1\tx\n"
                    "NULL\nNULL\n"
                    "t\tn\tb\ntab\\there\tnl\\nx\tbs\\\\\n"
                    "1\n1\n2\n2\n"
                    "DATABASE()\nNULL\n"
                    "db\nmysql\n"
                    "d\n3\n"
                    "@v\nkept\n")
        self.assertEqual(run(MARIADB, stdin=script), (0, expected, ""))

    def test_connect_with_database(self):
        self.assertEqual(run(MARIADB, "-D", "information_schema", "-e", "SELECT DATABASE()"),
                         (0, "DATABASE()\ninformation_schema\n", ""))

    def test_table_and_vertical_output(self):
        self.assertEqual(run(MARIADB, "-t", "-e", "SELECT 1 AS a, NULL AS b, 'xyz' AS c"),
                         (0, "+---+------+-----+\n"
                             "| a | b    | c   |\n"
                             "+---+------+-----+\n"
                             "| 1 | NULL | xyz |\n"
                             "+---+------+-----+\n", ""))
        self.assertEqual(run(MARIADB, "-E", "-e", "SELECT 1 AS a, 'x' AS bb"),
                         (0, "*************************** 1. row ***************************\n"
                             " a: 1\n"
                             "bb: x\n", ""))

    def test_show_warnings(self):
        self.assertEqual(run(MARIADB, "--show-warnings", "-e", "SELECT 1/0"),
                         (0, "1/0\nNULL\nWarning (Code 1365): Division by 0\n", ""))

    def test_error_exit_status_and_message(self):
        rc, out, err = run(MARIADB, "-e", "SELEC 1")
        self.assertEqual((rc, out), (1, ""))
        self.assertEqual(last_line(err), "ERROR 1064 (42000) at line 1: " + SYNTAX % "SELEC 1")

    def test_error_stops_a_script_unless_force(self):
        script = "SELECT 1;\nSELECT 2;\nSELECT * FROM t;\nSELECT 4;\n"
        rc, out, err = run(MARIADB, "-N", stdin=script)
        self.assertEqual((rc, out), (1, "1\n2\n"))
        self.assertEqual(last_line(err), "ERROR 1046 (3D000) at line 3: No database selected")
        rc, out, err = run(MARIADB, "-N", "--force", stdin=script)
        self.assertEqual((rc, out), (0, "1\n2\n4\n"))  # the client's own choice: 0 under --force
        self.assertEqual(last_line(err), "ERROR 1046 (3D000) at line 3: No database selected")

    def test_unknown_database_at_connect(self):
        rc, out, err = run(MARIADB, "-D", "nosuch", "-e", "SELECT 1")
        self.assertEqual((rc, out, err), (1, "", "ERROR 1049 (42000): Unknown database 'nosuch'\n"))

    def test_status_command(self):
        # `status` runs select DATABASE(), USER() and mysql_stat() (COM_STATISTICS).
        rc, out, err = run(MARIADB, "-e", "status")
        self.assertEqual((rc, err), (0, ""))
        for line in ("Server:\t\t\tMySQL",
                     "Server version:\t\t%s JimKV" % VERSION,
                     "Protocol version:\t10",
                     "Connection:\t\t127.0.0.1 via TCP/IP",
                     "TCP port:\t\t%d" % SRV.port,
                     "Current user:\t\troot@127.0.0.1",
                     "Server characterset:\tutf8mb4",
                     "Client characterset:\tutf8mb4",
                     "Conn.  characterset:\tutf8mb4"):
            self.assertIn(line + "\n", out)
        self.assertRegex(out, r"\nThreads: \d+  Questions: \d+  Slow queries: 0  Opens: 0  Flush tables: 0  "
                              r"Open tables: 0  Queries per second avg: \d+\.\d{3}\n")


class Tls(unittest.TestCase):
    def test_ssl(self):
        # --ssl without --ssl-verify-server-cert: the certificate is self-signed.
        self.assertEqual(run(MARIADB, "--ssl", "-N", "-e", "SELECT 'tls'"), (0, "tls\n", ""))
        rc, out, err = run(MARIADB, "--ssl", "-e", "status")
        self.assertEqual((rc, err), (0, ""))
        self.assertRegex(out, r"\nSSL:\t\t\tCipher in use is \S+\n")
        rc, out, err = run(MARIADB, "--skip-ssl", "-e", "status")
        self.assertIn("\nSSL:\t\t\tNot in use\n", out)
        self.assertEqual(run(ADMIN, "--ssl", "ping"), (0, "mysqld is alive\n", ""))


class Admin(unittest.TestCase):
    def tearDown(self):
        self.assertTrue(SRV.alive(), "jimkv died:\n" + SRV.log())

    def test_ping(self):
        self.assertEqual(run(ADMIN, "ping"), (0, "mysqld is alive\n", ""))

    def test_status(self):
        rc, out, err = run(ADMIN, "status")
        self.assertEqual((rc, err), (0, ""))
        self.assertRegex(out, r"^Uptime: \d+  Threads: \d+  Questions: \d+  Slow queries: 0  Opens: 0  "
                              r"Flush tables: 0  Open tables: 0  Queries per second avg: \d+\.\d{3}\n$")

    def test_version_processlist_variables(self):
        rc, out, err = run(ADMIN, "version")
        self.assertEqual((rc, err), (0, ""))
        self.assertIn("Server version\t\t%s\n" % VERSION, out)
        self.assertIn("Protocol version\t10\n", out)
        rc, out, err = run(ADMIN, "processlist")
        self.assertEqual((rc, err), (0, ""))
        self.assertRegex(out, r"\| \d+ +\| root +\| 127\.0\.0\.1[^|]*\|[^|]*\| Query +\| \d+ +\|[^|]*\| "
                              r"show processlist +\|")
        rc, out, err = run(ADMIN, "variables")
        self.assertEqual((rc, err), (0, ""))
        self.assertRegex(out, r"\n\| version +\| %s +\|\n" % re.escape(VERSION))
        self.assertRegex(out, r"\n\| max_allowed_packet +\| 67108864 +\|\n")


class Interactive(unittest.TestCase):
    def run_pty(self, lines, deadline_s=20):
        """Runs an interactive client on a pseudo-terminal, typing each line
        after the prompt appears; returns everything it printed."""
        pid, fd = pty.fork()
        if pid == 0:
            os.environ["TERM"] = "dumb"
            os.environ["LC_ALL"] = "C.UTF-8"
            try:
                os.execv(MARIADB, [MARIADB, "--no-defaults"] + conn_args(SRV))
            finally:
                os._exit(127)
        out = b""
        deadline = time.monotonic() + deadline_s
        pending = list(lines)
        prompts = 0
        try:
            while time.monotonic() < deadline:
                r, _, _ = select.select([fd], [], [], 0.1)
                if r:
                    try:
                        data = os.read(fd, 65536)
                    except OSError:  # EIO: the client exited
                        break
                    if not data:
                        break
                    out += data
                if out.count(b"]> ") > prompts and pending:
                    prompts = out.count(b"]> ")
                    os.write(fd, pending.pop(0).encode() + b"\n")
        finally:
            for _ in range(50):
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    break
                time.sleep(0.1)
            else:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            os.close(fd)
        return out.decode("utf-8", "replace").replace("\r\n", "\n")

    def test_banner_and_query(self):
        # The banner's "Server version" line comes from
        # `select @@version_comment limit 1`, sent right after connecting.
        out = self.run_pty(["SELECT 40+2;", "quit"])
        self.assertIn("Server version: %s JimKV\n" % VERSION, out)
        # The terminal may echo a typed line once more before the client
        # takes it over, hence the optional repeats.
        self.assertRegex(out, r"MySQL \[\(none\)\]> SELECT 40\+2;\n(SELECT 40\+2;\n)?"
                              r"\+------\+\n"
                              r"\| 40\+2 \|\n"
                              r"\+------\+\n"
                              r"\|   42 \|\n"
                              r"\+------\+\n"
                              r"1 row in set \([0-9.]+ sec\)\n")
        self.assertRegex(out, r"MySQL \[\(none\)\]> quit\n(quit\n)?Bye\n")


class Password(unittest.TestCase):
    def test_wrong_and_right_password(self):
        with server.Server(BIN, "--root-password", "pw1") as srv:
            rc, out, err = run(MARIADB, "-e", "SELECT 1", srv=srv, password="bad")
            self.assertEqual((rc, out, err), (1, "", "ERROR 1045 (28000): Access denied for user "
                                                     "'root'@'127.0.0.1' (using password: YES)\n"))
            rc, out, err = run(MARIADB, "-e", "SELECT 1", srv=srv)
            self.assertEqual((rc, out, err), (1, "", "ERROR 1045 (28000): Access denied for user "
                                                     "'root'@'127.0.0.1' (using password: NO)\n"))
            self.assertEqual(run(MARIADB, "-N", "-e", "SELECT 1", srv=srv, password="pw1"), (0, "1\n", ""))
            self.assertEqual(run(ADMIN, "ping", srv=srv, password="pw1"), (0, "mysqld is alive\n", ""))


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=2)
