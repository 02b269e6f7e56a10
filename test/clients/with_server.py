"""Runs a client program against a private jimkv server.

    with_server.py <jimkv> <timeout_s> <requirement> -- <command...>

Starts jimkv through server.Server (a free loopback port, a fresh temp data
dir), runs the command with every "{port}" in its arguments replaced by the
server's port, and stops the server by PID afterwards, also when the command
fails or times out.  The exit status is the command's (or 1 when the server
did not stop cleanly).  <requirement> names what the client needs: a file
(a jar), or a command that must succeed (perl -MDBD::MariaDB -e1); when it
is missing the test is skipped (exit 77), since tools/setup.sh installs
every one of them.
"""

import os
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import server  # noqa: E402


def have(requirement):
    if requirement.startswith("/"):
        return os.path.exists(requirement)
    try:
        return subprocess.run(shlex.split(requirement), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def main():
    if len(sys.argv) < 6 or sys.argv[4] != "--":
        sys.stderr.write(__doc__)
        return 2
    binary = server.jimkv_bin(["", sys.argv[1]])
    timeout_s = float(sys.argv[2])
    requirement = sys.argv[3]
    if not have(requirement):
        server.skip("%s is not installed (tools/setup.sh installs it)" % requirement)
    command = sys.argv[5:]
    with server.Server(binary) as srv:
        argv = [a.replace("{port}", str(srv.port)) for a in command]
        try:
            rc = subprocess.run(argv, timeout=timeout_s).returncode
        except subprocess.TimeoutExpired:
            print("FAIL: %s did not finish within %.0f s" % (argv[0], timeout_s))
            rc = 1
        if rc != 0:
            print("---- server log ----\n" + srv.log())
    return rc


if __name__ == "__main__":
    sys.exit(main())
