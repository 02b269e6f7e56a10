"""Capture what clients send to a MariaDB server, from its general log.

The log goes to the mysql.general_log table (log_output=TABLE), so statements
that span several lines come back whole.  Statements of the capturing
connection itself are left out.

    from glog import Capture
    cap = Capture(port)
    cap.start()
    ... run clients ...
    rows = cap.stop()   # [(thread_id, command_type, argument), ...]
"""
import pymysql


class Capture:
    def __init__(self, port, host="127.0.0.1", user="root", password=""):
        self.conn = pymysql.connect(host=host, port=int(port), user=user,
                                    password=password, autocommit=True)
        cur = self.conn.cursor()
        cur.execute("SELECT CONNECTION_ID()")
        self.me = cur.fetchone()[0]

    def _exec(self, sql):
        cur = self.conn.cursor()
        cur.execute(sql)
        return cur.fetchall()

    def start(self):
        self._exec("SET GLOBAL general_log=0")
        self._exec("SET GLOBAL log_output='TABLE'")
        self._exec("TRUNCATE TABLE mysql.general_log")
        self._exec("SET GLOBAL general_log=1")

    def stop(self):
        self._exec("SET GLOBAL general_log=0")
        rows = self._exec("SELECT thread_id, command_type, argument "
                          "FROM mysql.general_log")
        out = []
        for tid, cmd, arg in rows:
            if tid == self.me:
                continue
            if isinstance(arg, (bytes, bytearray)):
                arg = bytes(arg).decode("utf-8", "surrogateescape")
            out.append((tid, cmd, arg))
        self._exec("TRUNCATE TABLE mysql.general_log")
        return out


def as_statement(text):
    """One captured text as a script statement: ';' and a newline after it.

    A text ending in a '-- ' or '#' comment gets a newline before the ';'
    so the ';' is not swallowed by the comment."""
    text = text.rstrip()
    while text.endswith(";"):
        text = text[:-1].rstrip()
    last = text.rsplit("\n", 1)[-1]
    if "-- " in last or "#" in last:
        # Cheap check; a false positive only costs a line break.
        return text + "\n;\n"
    return text + ";\n"
