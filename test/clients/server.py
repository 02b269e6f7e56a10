"""Start and stop a private jimkv server for the client tests.

    with server.Server(bin, "--max-connections", "2") as srv:
        pymysql.connect(host=srv.host, port=srv.port, ...)

Server() starts `jimkv --mysql-port 0 --data-dir <fresh temp dir> [args]`,
waits (bounded) for its "ready: MySQL protocol on 127.0.0.1:<port>" line and
reads the port from it.  stop() (also run by the `with` block, on failure
too) sends SIGTERM to that PID, waits for a clean exit (status 0) and removes
the temp dir; a server that does not stop in time is killed with SIGKILL and
reported.  The server's stdout and stderr go to a log file in the temp dir;
log() returns it for failure messages.  The child also gets
PR_SET_PDEATHSIG=SIGKILL, so a test killed by its timeout leaves no server
behind.

Only 127.0.0.1 is used.  The binary comes from the JIMKV_BIN environment
variable or the first command-line argument (see jimkv_bin()).

SKIP is the exit status ctest treats as "skipped" (SKIP_RETURN_CODE in
test/CMakeLists.txt): a test exits with it only when a client package is
not installed.
"""

import ctypes
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HOST = "127.0.0.1"
VERSION = "8.0.36-JimKV-0.1.0"
# MySQL's 1064 message, with %s for the near-text.
SYNTAX = ("You have an error in your SQL syntax; check the manual that corresponds to your MySQL server "
          "version for the right syntax to use near '%s' at line 1")
SKIP = 77
READY_TIMEOUT_S = 15.0
STOP_TIMEOUT_S = 15.0
_READY = re.compile(r"jimkv \S+ ready: MySQL protocol on 127\.0\.0\.1:(\d+), data in (.*)")


def jimkv_bin(argv=None):
    """The server binary: $JIMKV_BIN, else argv[1]; exits 2 when neither names a file."""
    argv = sys.argv if argv is None else argv
    path = os.environ.get("JIMKV_BIN") or (argv[1] if len(argv) > 1 else "")
    if not path or not os.access(path, os.X_OK):
        sys.stderr.write("jimkv binary not found (%r): build the jimkv target first\n" % path)
        sys.exit(2)
    return path


def skip(reason):
    """Ends the test as skipped (a client package is missing)."""
    print("SKIP: " + reason)
    sys.exit(SKIP)


def _die_with_parent():
    # PR_SET_PDEATHSIG = 1: the server gets SIGKILL when the test process dies.
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)
    except Exception:
        pass


class Server:
    def __init__(self, binary, *args, ready_timeout_s=READY_TIMEOUT_S):
        self.binary = binary
        self.args = [str(a) for a in args]
        self.host = HOST
        self.port = None
        self.proc = None
        self.dir = tempfile.mkdtemp(prefix="jimkv-clients-")
        self.data_dir = os.path.join(self.dir, "data")
        self.log_path = os.path.join(self.dir, "server.log")
        try:
            self._start(ready_timeout_s)
        except BaseException:
            self.stop(check=False)
            raise

    def _start(self, ready_timeout_s):
        cmd = [self.binary, "--bind", HOST, "--mysql-port", "0", "--data-dir", self.data_dir] + self.args
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                         preexec_fn=_die_with_parent)
        deadline = time.monotonic() + ready_timeout_s
        while time.monotonic() < deadline:
            m = _READY.search(self.log())
            if m:
                self.port = int(m.group(1))
                if m.group(2) != self.data_dir:
                    raise RuntimeError("server reports data dir %r, not %r" % (m.group(2), self.data_dir))
                return
            if self.proc.poll() is not None:
                raise RuntimeError("jimkv exited with status %s before it was ready:\n%s"
                                   % (self.proc.returncode, self.log()))
            time.sleep(0.02)
        raise RuntimeError("jimkv not ready after %.0f s:\n%s" % (ready_timeout_s, self.log()))

    def log(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self, check=True):
        """SIGTERM, bounded wait, then the temp dir goes.  With check, raises
        if the server had already died, did not stop in time, or exited with
        a status other than 0."""
        problem = None
        if self.proc is not None:
            if self.proc.poll() is not None:
                problem = "jimkv died during the test with status %s" % self.proc.returncode
            else:
                self.proc.send_signal(signal.SIGTERM)
                try:
                    rc = self.proc.wait(timeout=STOP_TIMEOUT_S)
                    if rc != 0:
                        problem = "jimkv exited with status %s after SIGTERM" % rc
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait()
                    problem = "jimkv did not stop within %.0f s of SIGTERM" % STOP_TIMEOUT_S
            self.proc = None
        log = self.log()
        shutil.rmtree(self.dir, ignore_errors=True)
        if problem and check:
            raise RuntimeError(problem + "; its output:\n" + log)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        # On a test failure still stop the server, but keep the first error.
        self.stop(check=exc_type is None)
        return False


def wait_until(pred, timeout_s=10.0, step_s=0.05):
    """Polls pred() until it returns a true value (returned) or time runs out (None)."""
    deadline = time.monotonic() + timeout_s
    while True:
        v = pred()
        if v:
            return v
        if time.monotonic() >= deadline:
            return None
        time.sleep(step_s)
