#!/usr/bin/python3
"""PyMySQL (Debian python3-pymysql, a pure-Python MySQL client) against a live jimkv.

    /usr/bin/python3 test/clients/test_pymysql.py BUILD/bin/jimkv [unittest args]

PyMySQL speaks the text protocol with its own code and without DEPRECATE_EOF,
so it checks the classic EOF packets, the 16 MB framing both ways and the
error packets byte for byte; also TLS and caching_sha2_password (over TLS,
from the cache, and with the server's RSA key).  Each test class starts its
own server (a fresh temp --data-dir on a free 127.0.0.1 port) and stops it
with SIGTERM; the expected values are MySQL 8.0's.
"""

import datetime
import decimal
import hashlib
import os
import sys
import threading
import time
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import server  # noqa: E402

BIN = server.jimkv_bin()
try:
    import pymysql
    import pymysql.connections
    from pymysql.constants import CLIENT, FIELD_TYPE, FLAG
except ImportError:
    server.skip("python3-pymysql is not installed (tools/setup.sh installs it)")

VERSION = server.VERSION
MAX_PAYLOAD = 16777215  # 2^24 - 1: a packet this long is followed by another
SYNTAX = server.SYNTAX
LOST = (2006, 2013)  # CR_SERVER_GONE_ERROR, CR_SERVER_LOST


def connect(srv, **kw):
    args = dict(host=srv.host, port=srv.port, user="root", password="", connect_timeout=10,
                read_timeout=60, write_timeout=60, max_allowed_packet=64 << 20)
    args.update(kw)
    return pymysql.connect(**args)


def pattern(n):
    """n characters that differ from position to position (hex digests)."""
    blocks = (n + 63) // 64
    return "".join(hashlib.sha256(b"%d" % i).hexdigest() for i in range(blocks))[:n]


def query1(conn, sql):
    with conn.cursor() as c:
        c.execute(sql)
        return c.fetchall()


class Sha2FirstConnection(pymysql.connections.Connection):
    """Answers the handshake with caching_sha2_password although the server
    offered mysql_native_password, as MySQL 8 clients do by default; the
    server must send an AuthSwitchRequest back to mysql_native_password."""

    def _get_server_information(self):
        super()._get_server_information()
        assert self._auth_plugin_name == "mysql_native_password", self._auth_plugin_name
        self._auth_plugin_name = "caching_sha2_password"


class ServerTestCase(unittest.TestCase):
    """Starts one server per class with ARGS."""
    ARGS = ()

    @classmethod
    def setUpClass(cls):
        cls.srv = server.Server(BIN, *cls.ARGS)

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()

    def setUp(self):
        self.conns = []

    def tearDown(self):
        for c in self.conns:
            try:
                c.close()
            except Exception:
                pass
        self.assertTrue(self.srv.alive(), "jimkv died:\n" + self.srv.log())

    def conn(self, **kw):
        c = connect(self.srv, **kw)
        self.conns.append(c)
        return c

    def assertError(self, code, message, fn, *args):
        with self.assertRaises(pymysql.MySQLError) as cm:
            fn(*args)
        self.assertEqual(cm.exception.args[:2], (code, message))


class Basics(ServerTestCase):
    def test_connect_select_1(self):
        c = self.conn()
        self.assertEqual(c.get_server_info(), VERSION)
        self.assertEqual(c.protocol_version, 10)
        with c.cursor() as cur:
            self.assertEqual(cur.execute("SELECT 1"), 1)
            self.assertEqual(cur.fetchall(), ((1,),))
            d = cur.description[0]
            self.assertEqual((d[0], d[1], d[6]), ("1", FIELD_TYPE.LONGLONG, False))
        self.assertEqual(query1(c, "SELECT CONNECTION_ID()"), ((c.thread_id(),),))
        self.assertEqual(query1(c, "SELECT @@version, VERSION()"), ((VERSION, VERSION),))

    def test_column_names(self):
        with self.conn().cursor() as cur:
            cur.execute("SELECT 1 AS a, 2 b, 1+1, 'x' AS `weird name`, NULL")
            self.assertEqual([d[0] for d in cur.description], ["a", "b", "1+1", "weird name", "NULL"])
            self.assertEqual(cur.fetchall(), ((1, 2, 2, "x", None),))

    # (expression, value, type code): MySQL 8.0's result type for each.
    TYPES = [
        # integers
        ("1", 1, FIELD_TYPE.LONGLONG),
        ("-42", -42, FIELD_TYPE.LONGLONG),
        ("9223372036854775807", 9223372036854775807, FIELD_TYPE.LONGLONG),
        ("CAST(-1 AS SIGNED)", -1, FIELD_TYPE.LONGLONG),
        ("1 + 1", 2, FIELD_TYPE.LONGLONG),
        # unsigned
        ("CAST(1 AS UNSIGNED)", 1, FIELD_TYPE.LONGLONG),
        ("CAST(-1 AS UNSIGNED)", 18446744073709551615, FIELD_TYPE.LONGLONG),
        ("~0", 18446744073709551615, FIELD_TYPE.LONGLONG),
        ("18446744073709551615", 18446744073709551615, FIELD_TYPE.LONGLONG),
        # decimal
        ("1.5", decimal.Decimal("1.5"), FIELD_TYPE.NEWDECIMAL),
        ("-0.001", decimal.Decimal("-0.001"), FIELD_TYPE.NEWDECIMAL),
        ("1/3", decimal.Decimal("0.3333"), FIELD_TYPE.NEWDECIMAL),
        ("18446744073709551616", decimal.Decimal("18446744073709551616"), FIELD_TYPE.NEWDECIMAL),
        ("12345678901234567890123456789.123456789",
         decimal.Decimal("12345678901234567890123456789.123456789"), FIELD_TYPE.NEWDECIMAL),
        # double
        ("1e0", 1.0, FIELD_TYPE.DOUBLE),
        ("0.1e0 + 0.2e0", 0.30000000000000004, FIELD_TYPE.DOUBLE),
        ("SQRT(2)", 1.4142135623730951, FIELD_TYPE.DOUBLE),
        ("-1.5e300", -1.5e300, FIELD_TYPE.DOUBLE),
        ("PI()", 3.141593, FIELD_TYPE.DOUBLE),
        # strings
        ("'a'", "a", FIELD_TYPE.VAR_STRING),
        ("''", "", FIELD_TYPE.VAR_STRING),
        ("'it''s'", "it's", FIELD_TYPE.VAR_STRING),
        ("'a\\nb\\tc\\\\'", "a\nb\tc\\", FIELD_TYPE.VAR_STRING),
        ("'日本語😀'", "日本語😀", FIELD_TYPE.VAR_STRING),
        ("CONCAT('a', 1, 2.5)", "a12.5", FIELD_TYPE.VAR_STRING),
        ("X'00FF61'", b"\x00\xffa", FIELD_TYPE.VAR_STRING),
        # NULL
        ("NULL", None, FIELD_TYPE.NULL),
        # date and time
        ("DATE '2024-02-29'", datetime.date(2024, 2, 29), FIELD_TYPE.DATE),
        ("TIME '12:34:56'", datetime.timedelta(hours=12, minutes=34, seconds=56), FIELD_TYPE.TIME),
        ("TIME '-838:59:59'", -datetime.timedelta(hours=838, minutes=59, seconds=59), FIELD_TYPE.TIME),
        ("TIMESTAMP '2024-01-02 03:04:05'", datetime.datetime(2024, 1, 2, 3, 4, 5), FIELD_TYPE.DATETIME),
        ("CAST('2024-01-02 03:04:05.5' AS DATETIME(6))", datetime.datetime(2024, 1, 2, 3, 4, 5, 500000),
         FIELD_TYPE.DATETIME),
        ("DATE_ADD(DATE '2024-12-31', INTERVAL 1 DAY)", datetime.date(2025, 1, 1), FIELD_TYPE.DATE),
        # JSON
        ("JSON_OBJECT('a', 1, 'b', 'x')", '{"a": 1, "b": "x"}', FIELD_TYPE.JSON),
        ("CAST('[1,2,null]' AS JSON)", "[1, 2, null]", FIELD_TYPE.JSON),
        ("JSON_EXTRACT('{\"k\": [1, 2]}', '$.k')", "[1, 2]", FIELD_TYPE.JSON),
    ]

    def test_type_families(self):
        c = self.conn()
        for expr, value, type_code in self.TYPES:
            with self.subTest(expr=expr), c.cursor() as cur:
                cur.execute("SELECT " + expr)
                row = cur.fetchall()
                self.assertEqual(row, ((value,),))
                self.assertEqual(type(row[0][0]), type(value))
                self.assertEqual(cur.description[0][1], type_code)
                # A string literal's column is named by its value.
                name = value if isinstance(value, str) and expr.startswith("'") else expr
                self.assertEqual(cur.description[0][0], name)

    def test_all_families_in_one_row(self):
        with self.conn().cursor() as cur:
            cur.execute("SELECT " + ", ".join(e for e, _, _ in self.TYPES))
            self.assertEqual(cur.fetchall(), (tuple(v for _, v, _ in self.TYPES),))
            self.assertEqual([d[1] for d in cur.description], [t for _, _, t in self.TYPES])

    def test_column_flags_and_scale(self):
        with self.conn().cursor() as cur:
            cur.execute("SELECT 1, NULL, 1.5, CAST(1 AS UNSIGNED), 1e0, 'a', PI()")
            d = cur.description
            fields = cur._result.fields
            self.assertEqual(d[0][6], False)  # NOT_NULL
            self.assertEqual(d[1][6], True)
            self.assertEqual(d[2][5], 1)  # decimals of 1.5
            self.assertEqual(d[6][5], 6)  # PI() shows 6 decimals
            self.assertTrue(fields[3].flags & FLAG.UNSIGNED)
            self.assertFalse(fields[0].flags & FLAG.UNSIGNED)
            self.assertTrue(fields[0].flags & FLAG.BINARY)
            self.assertFalse(fields[5].flags & FLAG.BINARY)

    def test_now_and_curdate(self):
        with self.conn().cursor() as cur:
            before = datetime.datetime.now().replace(microsecond=0)
            cur.execute("SELECT NOW(), CURDATE(), CURTIME()")
            after = datetime.datetime.now()
            now, today, curtime = cur.fetchone()
            self.assertEqual([d[1] for d in cur.description],
                             [FIELD_TYPE.DATETIME, FIELD_TYPE.DATE, FIELD_TYPE.TIME])
            self.assertTrue(before <= now <= after, (before, now, after))
            self.assertIn(today, (before.date(), after.date()))
            self.assertIsInstance(curtime, datetime.timedelta)

    def test_warnings(self):
        c = self.conn()
        with c.cursor() as cur:
            cur.execute("SELECT 1/0")
            self.assertEqual(cur.fetchall(), ((None,),))
            self.assertEqual(cur._result.warning_count, 1)
        self.assertEqual(c.show_warnings(), (("Warning", 1365, "Division by 0"),))
        with c.cursor() as cur:
            # SHOW WARNINGS keeps the list; the next statement clears it.
            cur.execute("SHOW WARNINGS")
            self.assertEqual([d[0] for d in cur.description], ["Level", "Code", "Message"])
            self.assertEqual(cur.fetchall(), (("Warning", 1365, "Division by 0"),))
            cur.execute("SELECT 1")
            self.assertEqual(cur._result.warning_count, 0)
        self.assertEqual(c.show_warnings(), ())

    def test_errors(self):
        c = self.conn()
        cases = [
            ("SELEC 1", 1064, SYNTAX % "SELEC 1"),
            ("SELECT 1 +", 1064, SYNTAX % ""),
            ("SELECT * FROM t", 1046, "No database selected"),
            ("SELECT * FROM mysql.nosuch", 1146, "Table 'mysql.nosuch' doesn't exist"),
            ("USE nosuch", 1049, "Unknown database 'nosuch'"),
            ("SELECT @@nosuchvar", 1193, "Unknown system variable 'nosuchvar'"),
        ]
        for sql, code, message in cases:
            with self.subTest(sql=sql):
                self.assertError(code, message, query1, c, sql)
                # The error is the statement's condition, and the connection goes on.
                self.assertEqual(c.show_warnings(), (("Error", code, message),))
                self.assertEqual(query1(c, "SELECT 2"), ((2,),))
        self.assertError(1049, "Unknown database 'nosuch'", c.select_db, "nosuch")
        c.select_db("mysql")
        self.assertError(1146, "Table 'mysql.t1' doesn't exist", query1, c, "SELECT * FROM t1")
        self.assertError(1146, "Table 'mysql.t1' doesn't exist", query1, c, "INSERT INTO t1 VALUES (1)")
        self.assertEqual(query1(c, "SELECT DATABASE()"), (("mysql",),))

    def test_multi_statements(self):
        c = self.conn(client_flag=CLIENT.MULTI_STATEMENTS)
        with c.cursor() as cur:
            cur.execute("SELECT 1; SELECT 'a', 'b';SET @x = 5;  SELECT @x AS x")
            self.assertEqual(cur.fetchall(), ((1,),))
            self.assertTrue(cur.nextset())
            self.assertEqual(cur.fetchall(), (("a", "b"),))
            self.assertTrue(cur.nextset())
            self.assertIsNone(cur.description)  # SET: an OK packet
            self.assertTrue(cur.nextset())
            self.assertEqual(cur.description[0][0], "x")
            self.assertEqual(cur.fetchall(), ((5,),))
            self.assertIsNone(cur.nextset())
            # An error ends the batch; what came before it was answered.
            cur.execute("SELECT 1; SELEC 2; SELECT 3")
            self.assertEqual(cur.fetchall(), ((1,),))
            with self.assertRaises(pymysql.MySQLError) as cm:
                cur.nextset()
            self.assertEqual(cm.exception.args, (1064, SYNTAX % "SELEC 2; SELECT 3"))
            cur.execute("SELECT 4;")
            self.assertEqual(cur.fetchall(), ((4,),))
            self.assertIsNone(cur.nextset())

    def test_multi_statements_refused_without_the_flag(self):
        c = self.conn()
        self.assertFalse(c.client_flag & CLIENT.MULTI_STATEMENTS)
        # MySQL parses the whole text first: nothing runs, one error.
        self.assertError(1064, SYNTAX % "SELECT 2", query1, c, "SELECT 1; SELECT 2")
        self.assertEqual(query1(c, "SELECT 3;"), ((3,),))  # a trailing ';' is fine
        self.assertEqual(query1(c, "SELECT 4 ;  "), ((4,),))
        self.assertEqual(query1(c, "SELECT 5; -- a comment after it"), ((5,),))
        self.assertError(1064, SYNTAX % ";", query1, c, "SELECT 6;;")
        self.assertError(1064, SYNTAX % "SET @x = 1", query1, c, "SELECT 7; SET @x = 1")
        self.assertEqual(query1(c, "SELECT @x"), ((None,),))  # the SET did not run

    def test_connect_time_statements(self):
        # PyMySQL's default autocommit=False sends SET AUTOCOMMIT = 0 at connect.
        c = self.conn()
        self.assertFalse(c.get_autocommit())
        self.assertEqual(query1(c, "SELECT @@autocommit"), ((0,),))
        c.autocommit(True)
        self.assertTrue(c.get_autocommit())
        self.assertEqual(query1(c, "SELECT @@autocommit, @@session.autocommit"), ((1, 1),))
        c.set_charset("utf8mb4")  # SET NAMES 'utf8mb4'
        self.assertEqual(query1(c, "SELECT @@character_set_client, @@character_set_connection, "
                                   "@@character_set_results"), (("utf8mb4",) * 3,))
        query1(c, "SET NAMES utf8mb4 COLLATE utf8mb4_bin")
        self.assertEqual(query1(c, "SELECT @@collation_connection, COLLATION('a')"),
                         (("utf8mb4_bin", "utf8mb4_bin"),))
        c.set_charset("utf8mb4")
        self.assertEqual(query1(c, "SELECT @@collation_connection"), (("utf8mb4_0900_ai_ci",),))
        query1(c, "SET time_zone = '+00:00'")
        self.assertEqual(query1(c, "SELECT @@time_zone, @@session.time_zone"), (("+00:00", "+00:00"),))
        self.assertEqual(query1(c, "SELECT UNIX_TIMESTAMP('1970-01-01 00:00:10')"), ((10,),))
        query1(c, "SET time_zone = '+01:00'")
        self.assertEqual(query1(c, "SELECT UNIX_TIMESTAMP('1970-01-01 01:00:10')"), ((10,),))

    def test_sql_mode_and_init_command(self):
        c = self.conn(sql_mode="ANSI_QUOTES", init_command="SET @init = 7", autocommit=True)
        self.assertEqual(query1(c, "SELECT @@sql_mode, @init"), (("ANSI_QUOTES", 7),))

    def test_transaction_statements(self):
        # PyMySQL's begin/commit/rollback, and what SQLAlchemy's pool sends
        # when a connection goes back (ROLLBACK).
        c = self.conn()
        c.begin()
        c.commit()
        c.rollback()
        for sql in ("START TRANSACTION", "COMMIT", "BEGIN", "ROLLBACK"):
            with self.subTest(sql=sql):
                self.assertEqual(query1(c, sql), ())

    def test_ping_and_select_db(self):
        c = self.conn()
        c.ping(reconnect=False)
        self.assertEqual(query1(c, "SELECT DATABASE()"), ((None,),))
        for db in ("information_schema", "mysql", "performance_schema", "sys"):
            c.select_db(db)
            self.assertEqual(query1(c, "SELECT DATABASE()"), ((db,),))
        c.ping(reconnect=False)
        self.assertEqual(query1(c, "SHOW DATABASES"),
                         (("information_schema",), ("mysql",), ("performance_schema",), ("sys",)))
        c2 = self.conn(database="sys")
        self.assertEqual(query1(c2, "SELECT DATABASE()"), (("sys",),))
        with self.assertRaises(pymysql.MySQLError) as cm:
            self.conn(database="nosuch")
        self.assertEqual(cm.exception.args, (1049, "Unknown database 'nosuch'"))

    def test_show_statements(self):
        c = self.conn()
        self.assertEqual(query1(c, "SHOW VARIABLES LIKE 'max_allowed_packet'"),
                         (("max_allowed_packet", "67108864"),))
        self.assertEqual(query1(c, "SELECT @@max_allowed_packet, @@wait_timeout"), ((67108864, 28800),))
        # The server's own settings, as tools read them.
        self.assertEqual(query1(c, "SELECT @@port, @@bind_address, @@datadir"),
                         ((self.srv.port, "127.0.0.1", os.path.realpath(self.srv.data_dir) + "/"),))
        self.assertTrue(query1(c, "SELECT @@hostname")[0][0])
        self.assertEqual(query1(c, "SHOW VARIABLES WHERE Variable_name IN ('wait_timeout', 'character_set_server')"),
                         (("character_set_server", "utf8mb4"), ("wait_timeout", "28800")))
        self.assertEqual(query1(c, "SHOW GLOBAL VARIABLES WHERE Value = '151' AND Variable_name LIKE 'max%'"),
                         (("max_connections", "151"),))
        self.assertEqual(query1(c, "SHOW DATABASES WHERE `Database` LIKE 'p%'"), (("performance_schema",),))
        self.assertError(1054, "Unknown column 'nosuch' in 'where clause'",
                         query1, c, "SHOW STATUS WHERE nosuch = 1")
        rows = query1(c, "SHOW STATUS WHERE Variable_name = 'Com_select' AND Value > 0")
        self.assertEqual(rows[0][0], "Com_select")
        rows = query1(c, "SHOW STATUS LIKE 'Threads_connected'")
        self.assertEqual(rows[0][0], "Threads_connected")
        self.assertGreaterEqual(int(rows[0][1]), 1)
        with c.cursor() as cur:
            cur.execute("SHOW PROCESSLIST")
            self.assertEqual([d[0] for d in cur.description],
                             ["Id", "User", "Host", "db", "Command", "Time", "State", "Info"])
            mine = [r for r in cur.fetchall() if r[0] == c.thread_id()]
        self.assertEqual(len(mine), 1)
        self.assertEqual((mine[0][1], mine[0][4], mine[0][7]), ("root", "Query", "SHOW PROCESSLIST"))
        self.assertTrue(mine[0][2].startswith("127.0.0.1"), mine[0][2])

    def test_auth_switch_from_caching_sha2(self):
        c = Sha2FirstConnection(host=self.srv.host, port=self.srv.port, user="root", password="",
                                connect_timeout=10)
        self.conns.append(c)
        self.assertEqual(query1(c, "SELECT CURRENT_USER()"), (("root@localhost",),))

    def test_20mb_values_both_ways(self):
        c = self.conn()
        n = 20000000
        with c.cursor() as cur:
            cur.execute("SELECT REPEAT('a', 20000000)")
            v = cur.fetchone()[0]
            self.assertEqual(len(v), n)
            self.assertEqual(v, "a" * n)
            s = pattern(n)
            cur.execute("SELECT '%s'" % s)
            self.assertEqual(cur.fetchone()[0], s)
            cur.execute("SELECT LENGTH('%s'), MD5('%s')" % (s, s))
            self.assertEqual(cur.fetchone(), (n, hashlib.md5(s.encode()).hexdigest()))
        self.assertEqual(query1(c, "SELECT 1"), ((1,),))

    def test_16mb_boundaries_client_to_server(self):
        # COM_QUERY payload = 1 command byte + the text.  At exactly
        # 16777215 bytes an empty packet follows; 2 * 16777215 needs three.
        c = self.conn()
        head, tail = "SELECT MD5('", "')"
        for payload in (MAX_PAYLOAD - 1, MAX_PAYLOAD, MAX_PAYLOAD + 1, 2 * MAX_PAYLOAD, 2 * MAX_PAYLOAD + 1):
            with self.subTest(payload=payload):
                s = pattern(payload - 1 - len(head) - len(tail))
                sql = head + s + tail
                self.assertEqual(len(sql) + 1, payload)
                self.assertEqual(query1(c, sql), ((hashlib.md5(s.encode()).hexdigest(),),))
        self.assertEqual(query1(c, "SELECT 1"), ((1,),))

    def test_16mb_boundaries_server_to_client(self):
        # One text-row packet: a length-encoded string (4-byte prefix below
        # 2^24, 9-byte from there).  Row payloads around 16777215 bytes.
        c = self.conn()
        for payload in (MAX_PAYLOAD - 1, MAX_PAYLOAD, MAX_PAYLOAD + 1, 2 * MAX_PAYLOAD):
            with self.subTest(payload=payload):
                n = payload - (4 if payload - 4 < (1 << 24) else 9)
                q, r = divmod(n, 10)
                self.assertEqual(query1(c, "SELECT CONCAT(REPEAT('0123456789', %d), REPEAT('z', %d))" % (q, r)),
                                 (("0123456789" * q + "z" * r,),))
        self.assertEqual(query1(c, "SELECT 1"), ((1,),))

    def test_kill_from_a_second_connection(self):
        c1, c2 = self.conn(), self.conn()
        self.assertEqual(query1(c1, "SELECT 1"), ((1,),))
        c2.kill(c1.thread_id())  # COM_PROCESS_KILL
        with self.assertRaises(pymysql.MySQLError) as cm:
            query1(c1, "SELECT 1")
        self.assertIn(cm.exception.args[0], LOST)
        self.assertTrue(server.wait_until(
            lambda: c1.thread_id() not in [r[0] for r in query1(c2, "SHOW PROCESSLIST")], 10))
        # KILL <id> as a statement.
        c3 = self.conn()
        query1(c2, "KILL %d" % c3.thread_id())
        with self.assertRaises(pymysql.MySQLError) as cm:
            query1(c3, "SELECT 1")
        self.assertIn(cm.exception.args[0], LOST)
        self.assertError(1094, "Unknown thread id: 999999", c2.kill, 999999)
        self.assertError(1094, "Unknown thread id: 999999", query1, c2, "KILL 999999")
        self.assertEqual(query1(c2, "SELECT 2"), ((2,),))

    def test_kill_query_interrupts_sleep(self):
        c1, c2 = self.conn(), self.conn()
        result = {}

        def run():
            try:
                t0 = time.monotonic()
                result["rows"] = query1(c1, "SELECT SLEEP(30)")
                result["seconds"] = time.monotonic() - t0
            except Exception as e:  # reported by the main thread
                result["error"] = e

        t = threading.Thread(target=run, daemon=True)
        t.start()
        running = lambda: [r for r in query1(c2, "SHOW PROCESSLIST")
                           if r[0] == c1.thread_id() and r[4] == "Query" and r[7] == "SELECT SLEEP(30)"]
        self.assertTrue(server.wait_until(running, 10), query1(c2, "SHOW PROCESSLIST"))
        query1(c2, "KILL QUERY %d" % c1.thread_id())
        t.join(15)
        self.assertFalse(t.is_alive(), "SLEEP(30) was not interrupted by KILL QUERY")
        self.assertNotIn("error", result)
        self.assertEqual(result["rows"], ((1,),))  # MySQL: an interrupted SLEEP returns 1
        self.assertLess(result["seconds"], 10)
        # The connection survives and the kill does not leak into the next statement.
        self.assertEqual(query1(c1, "SELECT SLEEP(0.2)"), ((0,),))
        # KILL QUERY on an idle connection does not poison its next statement.
        query1(c2, "KILL QUERY %d" % c1.thread_id())
        self.assertEqual(query1(c1, "SELECT SLEEP(0.2)"), ((0,),))


def tls_context():
    import ssl
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # the server's certificate is self-signed
    return ctx


class TlsAndCachingSha2(ServerTestCase):
    def test_tls(self):
        c = self.conn(ssl=tls_context())
        self.assertIsNotNone(c._sock.cipher())
        self.assertEqual(query1(c, "SELECT 'over tls'"), (("over tls",),))
        s = pattern(20000000)
        self.assertEqual(query1(c, "SELECT '%s'" % s), ((s,),))
        c.ping(reconnect=False)

    def test_caching_sha2_password_user(self):
        root = self.conn()
        query1(root, "CREATE USER 'py2'@'%' IDENTIFIED WITH caching_sha2_password BY 'sekrit'")
        query1(root, "CREATE USER 'pyrsa'@'%' IDENTIFIED WITH caching_sha2_password BY 'sekrit2'")
        # Full authentication over TLS, then the fast path from the cache.
        c = self.conn(user="py2", password="sekrit", ssl=tls_context())
        self.assertEqual(query1(c, "SELECT CURRENT_USER()"), (("py2@%",),))
        c = self.conn(user="py2", password="sekrit")
        self.assertEqual(query1(c, "SELECT CURRENT_USER()"), (("py2@%",),))
        # Full authentication over plain TCP with the server's RSA key
        # (PyMySQL needs python3-cryptography for it).
        try:
            import cryptography  # noqa: F401
        except ImportError:
            cryptography = None
        if cryptography:
            c = self.conn(user="pyrsa", password="sekrit2")
            self.assertEqual(query1(c, "SELECT CURRENT_USER()"), (("pyrsa@%",),))
        with self.assertRaises(pymysql.MySQLError) as cm:
            self.conn(user="py2", password="wrong")
        self.assertEqual(cm.exception.args,
                         (1045, "Access denied for user 'py2'@'127.0.0.1' (using password: YES)"))
        query1(root, "DROP USER 'py2'@'%', 'pyrsa'@'%'")


class Password(ServerTestCase):
    ARGS = ("--root-password", "s3cret")

    def test_right_password(self):
        c = self.conn(password="s3cret")
        self.assertEqual(query1(c, "SELECT USER(), CURRENT_USER()"), (("root@127.0.0.1", "root@localhost"),))

    def test_wrong_password(self):
        for pw, using in (("wrong", "YES"), ("", "NO")):
            with self.subTest(password=pw):
                with self.assertRaises(pymysql.MySQLError) as cm:
                    self.conn(password=pw)
                self.assertEqual(cm.exception.args,
                                 (1045, "Access denied for user 'root'@'127.0.0.1' (using password: %s)" % using))
        with self.assertRaises(pymysql.MySQLError) as cm:
            self.conn(user="bob", password="s3cret")
        self.assertEqual(cm.exception.args,
                         (1045, "Access denied for user 'bob'@'127.0.0.1' (using password: YES)"))
        # The server is still fine.
        self.assertEqual(query1(self.conn(password="s3cret"), "SELECT 1"), ((1,),))

    def test_auth_switch_with_password(self):
        c = Sha2FirstConnection(host=self.srv.host, port=self.srv.port, user="root", password="s3cret",
                                connect_timeout=10)
        self.conns.append(c)
        self.assertEqual(query1(c, "SELECT 1"), ((1,),))
        with self.assertRaises(pymysql.MySQLError) as cm:
            Sha2FirstConnection(host=self.srv.host, port=self.srv.port, user="root", password="nope",
                                connect_timeout=10)
        self.assertEqual(cm.exception.args,
                         (1045, "Access denied for user 'root'@'127.0.0.1' (using password: YES)"))


class MaxAllowedPacket(ServerTestCase):
    LIMIT = 1 << 20
    ARGS = ("--max-allowed-packet", str(LIMIT))

    def test_variable(self):
        c = self.conn()
        self.assertEqual(query1(c, "SELECT @@max_allowed_packet, @@global.max_allowed_packet"),
                         ((self.LIMIT, self.LIMIT),))

    def test_packet_at_the_limit_is_accepted(self):
        c = self.conn()
        head, tail = "SELECT MD5('", "')"
        s = pattern(self.LIMIT - 1 - len(head) - len(tail))
        self.assertEqual(query1(c, head + s + tail), ((hashlib.md5(s.encode()).hexdigest(),),))

    def test_bigger_packet_gets_1153(self):
        c = self.conn()
        with self.assertRaises(pymysql.MySQLError) as cm:
            query1(c, "SELECT LENGTH('%s')" % ("x" * (self.LIMIT + 100)))
        self.assertEqual(cm.exception.args,
                         (1153, "Got a packet bigger than 'max_allowed_packet' bytes"))
        # The connection is closed after that; others are fine.
        with self.assertRaises(pymysql.MySQLError) as cm:
            query1(c, "SELECT 1")
        self.assertIn(cm.exception.args[0], LOST + (0,))
        self.assertEqual(query1(self.conn(), "SELECT 1"), ((1,),))

    def test_result_bigger_than_the_limit_is_null_with_warning(self):
        c = self.conn()
        self.assertEqual(query1(c, "SELECT REPEAT('a', %d)" % (self.LIMIT + 1)), ((None,),))
        self.assertEqual(c.show_warnings(), (("Warning", 1301, "Result of repeat() was larger than "
                                                               "max_allowed_packet (%d) - truncated" % self.LIMIT),))


class MaxConnections(ServerTestCase):
    ARGS = ("--max-connections", "2")

    def try_connect(self):
        try:
            return self.conn()
        except pymysql.MySQLError:
            return None

    def test_variable(self):
        # The previous test's connections free their slots when the server
        # has seen them close, which may be a moment after the client did.
        c = server.wait_until(self.try_connect, 10, 0.1)
        self.assertIsNotNone(c)
        self.assertEqual(query1(c, "SELECT @@max_connections, @@global.max_connections"), ((2, 2),))

    def test_third_connection_gets_1040(self):
        c1, c2 = self.conn(), self.conn()
        with self.assertRaises(pymysql.MySQLError) as cm:
            self.conn()
        self.assertEqual(cm.exception.args, (1040, "Too many connections"))
        self.assertEqual(query1(c1, "SELECT 1"), ((1,),))
        c1.close()
        c3 = server.wait_until(self.try_connect, 10, 0.1)
        self.assertIsNotNone(c3, "a slot did not come free after a connection closed")
        self.assertEqual(query1(c3, "SELECT 3"), ((3,),))


class WaitTimeout(ServerTestCase):
    ARGS = ("--wait-timeout", "1")

    def test_variable(self):
        self.assertEqual(query1(self.conn(), "SELECT @@wait_timeout, @@global.wait_timeout"), ((1, 1),))

    def test_idle_connection_is_closed(self):
        c = self.conn()
        busy = self.conn()
        # A statement longer than wait_timeout is not idle time.
        self.assertEqual(query1(busy, "SELECT SLEEP(1.5)"), ((0,),))
        time.sleep(2.5)
        with self.assertRaises(pymysql.MySQLError) as cm:
            query1(c, "SELECT 1")
        self.assertIn(cm.exception.args[0], LOST + (4031,))
        # A connection that keeps talking stays.
        c2 = self.conn()
        for _ in range(4):
            time.sleep(0.5)
            self.assertEqual(query1(c2, "SELECT 1"), ((1,),))


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=2)
