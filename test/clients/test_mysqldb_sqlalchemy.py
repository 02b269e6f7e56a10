#!/usr/bin/python3
"""MySQLdb (Debian python3-mysqldb, mysqlclient on libmariadb) and SQLAlchemy
(python3-sqlalchemy) through both mysql+mysqldb:// and mysql+pymysql://,
against a live jimkv.

    /usr/bin/python3 test/clients/test_mysqldb_sqlalchemy.py BUILD/bin/jimkv [unittest args]

MySQLdb negotiates DEPRECATE_EOF (libmariadb does), so its result sets end
with OK packets, unlike PyMySQL's.  SQLAlchemy runs its dialect's
connect-time queries (server version, sql_mode, isolation level, unicode
checks) and returns connections to its pool with a ROLLBACK.
"""

import datetime
import decimal
import logging
import os
import sys
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import server  # noqa: E402

BIN = server.jimkv_bin()
try:
    import MySQLdb
    from MySQLdb.constants import CLIENT, FIELD_TYPE
except ImportError:
    server.skip("python3-mysqldb is not installed (tools/setup.sh installs it)")
try:
    import sqlalchemy
    from sqlalchemy import text
except ImportError:
    server.skip("python3-sqlalchemy is not installed (tools/setup.sh installs it)")
try:
    import pymysql  # noqa: F401
    HAVE_PYMYSQL = True
except ImportError:
    HAVE_PYMYSQL = False

VERSION = server.VERSION
SYNTAX = server.SYNTAX

SRV = None


def setUpModule():
    global SRV
    SRV = server.Server(BIN)


def tearDownModule():
    SRV.stop()


def connect(**kw):
    args = dict(host=SRV.host, port=SRV.port, user="root", passwd="", connect_timeout=10)
    args.update(kw)
    return MySQLdb.connect(**args)


def query1(conn, sql):
    cur = conn.cursor()
    try:
        cur.execute(sql)
        return cur.fetchall()
    finally:
        cur.close()


class MySQLdbTests(unittest.TestCase):
    def setUp(self):
        self.conns = []

    def tearDown(self):
        for c in self.conns:
            try:
                c.close()
            except Exception:
                pass
        self.assertTrue(SRV.alive(), "jimkv died:\n" + SRV.log())

    def conn(self, **kw):
        c = connect(**kw)
        self.conns.append(c)
        return c

    def assertError(self, code, message, fn, *args):
        with self.assertRaises(MySQLdb.MySQLError) as cm:
            fn(*args)
        self.assertEqual(cm.exception.args[:2], (code, message))

    def test_connect_select_1(self):
        c = self.conn()
        self.assertEqual(c.get_server_info(), VERSION)
        self.assertEqual(c.get_proto_info(), 10)
        self.assertEqual(query1(c, "SELECT 1"), ((1,),))
        self.assertEqual(query1(c, "SELECT CONNECTION_ID()"), ((c.thread_id(),),))
        # MySQLdb turns autocommit off at connect (mysql_autocommit).
        self.assertFalse(c.get_autocommit())
        self.assertEqual(query1(c, "SELECT @@autocommit"), ((0,),))
        self.assertEqual(c.character_set_name(), "utf8mb4")

    def test_types(self):
        cases = [
            ("1", 1, FIELD_TYPE.LONGLONG),
            ("CAST(-1 AS UNSIGNED)", 18446744073709551615, FIELD_TYPE.LONGLONG),
            ("1.5", decimal.Decimal("1.5"), FIELD_TYPE.NEWDECIMAL),
            ("1e0", 1.0, FIELD_TYPE.DOUBLE),
            ("'héllo'", "héllo", FIELD_TYPE.VAR_STRING),
            ("NULL", None, FIELD_TYPE.NULL),
            ("DATE '2024-02-29'", datetime.date(2024, 2, 29), FIELD_TYPE.DATE),
            ("TIME '01:02:03'", datetime.timedelta(hours=1, minutes=2, seconds=3), FIELD_TYPE.TIME),
            ("TIMESTAMP '2024-01-02 03:04:05'", datetime.datetime(2024, 1, 2, 3, 4, 5), FIELD_TYPE.DATETIME),
            ("JSON_ARRAY(1, 'x')", '[1, "x"]', FIELD_TYPE.JSON),
        ]
        c = self.conn()
        cur = c.cursor()
        for expr, value, type_code in cases:
            with self.subTest(expr=expr):
                cur.execute("SELECT " + expr)
                self.assertEqual(cur.fetchall(), ((value,),))
                name = value if expr.startswith("'") else expr  # a string literal is named by its value
                self.assertEqual(cur.description[0][:2], (name, type_code))
        cur.execute("SELECT " + ", ".join(e for e, _, _ in cases))
        self.assertEqual(cur.fetchall(), (tuple(v for _, v, _ in cases),))
        cur.close()

    def test_errors_and_warnings(self):
        c = self.conn()
        self.assertError(1064, SYNTAX % "SELEC 1", query1, c, "SELEC 1")
        self.assertError(1046, "No database selected", query1, c, "SELECT * FROM t")
        self.assertError(1146, "Table 'mysql.nosuch' doesn't exist", query1, c, "SELECT * FROM mysql.nosuch")
        self.assertError(1049, "Unknown database 'nosuch'", c.select_db, "nosuch")
        self.assertEqual(c.sqlstate(), "42000")
        self.assertEqual(query1(c, "SELECT 1/0"), ((None,),))
        self.assertEqual(c.warning_count(), 1)
        self.assertEqual(c.show_warnings(), (("Warning", 1365, "Division by 0"),))

    def test_multi_statements(self):
        c = self.conn(client_flag=CLIENT.MULTI_STATEMENTS)
        cur = c.cursor()
        cur.execute("SELECT 1 AS a; SET @v = 'x'; SELECT @v, 2")
        self.assertEqual(cur.fetchall(), ((1,),))
        self.assertTrue(cur.nextset())
        self.assertIsNone(cur.description)
        self.assertTrue(cur.nextset())
        self.assertEqual(cur.fetchall(), (("x", 2),))
        self.assertIsNone(cur.nextset())
        cur.close()

    def test_set_server_option(self):
        # COM_SET_OPTION turns multi-statements on for a connection that
        # did not ask for them at connect.
        c = self.conn()
        self.assertError(1064, SYNTAX % "SELECT 2", query1, c, "SELECT 1; SELECT 2")
        c.set_server_option(0)  # MYSQL_OPTION_MULTI_STATEMENTS_ON
        cur = c.cursor()
        cur.execute("SELECT 1; SELECT 2")
        self.assertEqual(cur.fetchall(), ((1,),))
        self.assertTrue(cur.nextset())
        self.assertEqual(cur.fetchall(), ((2,),))
        self.assertIsNone(cur.nextset())
        cur.close()
        c.set_server_option(1)  # MYSQL_OPTION_MULTI_STATEMENTS_OFF
        self.assertError(1064, SYNTAX % "SELECT 2", query1, c, "SELECT 1; SELECT 2")

    def test_ping_stat_select_db_kill(self):
        c = self.conn()
        c.ping()
        st = c.stat()
        self.assertRegex(st, r"^Uptime: \d+  Threads: \d+  Questions: \d+  Slow queries: 0  Opens: 0  "
                             r"Flush tables: 0  Open tables: 0  Queries per second avg: \d+\.\d{3}$")
        c.select_db("performance_schema")
        self.assertEqual(query1(c, "SELECT DATABASE()"), (("performance_schema",),))
        c2 = self.conn()
        c2.kill(c.thread_id())
        with self.assertRaises(MySQLdb.OperationalError) as cm:
            query1(c, "SELECT 1")
        self.assertIn(cm.exception.args[0], (2006, 2013))
        self.assertEqual(query1(c2, "SELECT 2"), ((2,),))

    def test_change_user(self):
        c = self.conn()
        query1(c, "SET @keep = 1")
        c.change_user("root", "", "mysql")
        self.assertEqual(query1(c, "SELECT DATABASE(), @keep"), (("mysql", None),))


def engine_url(driver):
    return "mysql+%s://root@%s:%d/" % (driver, SRV.host, SRV.port)


class PoolErrors(logging.Handler):
    """Collects what SQLAlchemy's pool logs at ERROR (a failed reset/ROLLBACK
    is logged, not raised)."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


class SQLAlchemyTests(unittest.TestCase):
    def setUp(self):
        self.errors = PoolErrors()
        logging.getLogger("sqlalchemy.pool").addHandler(self.errors)

    def tearDown(self):
        logging.getLogger("sqlalchemy.pool").removeHandler(self.errors)
        self.assertTrue(SRV.alive(), "jimkv died:\n" + SRV.log())

    def check_engine(self, driver):
        engine = sqlalchemy.create_engine(engine_url(driver), pool_pre_ping=True)
        try:
            with engine.connect() as conn:
                self.assertEqual(conn.execute(text("SELECT 1")).scalar(), 1)
                self.assertEqual(conn.execute(text("SELECT :x + 1"), {"x": 41}).scalar(), 42)
                self.assertEqual(conn.exec_driver_sql("SELECT @@version").scalar(), VERSION)
            self.assertEqual(engine.dialect.server_version_info[:3], (8, 0, 36))
            # Back from the pool (pre-ping, then the same session).
            with engine.connect() as conn:
                self.assertEqual(conn.execute(text("SELECT 'again'")).scalar(), "again")
        finally:
            engine.dispose()
        self.assertEqual(self.errors.records, [])

    def test_mysqldb(self):
        self.check_engine("mysqldb")

    def test_pymysql(self):
        if not HAVE_PYMYSQL:
            self.skipTest("python3-pymysql is not installed")
        self.check_engine("pymysql")


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=2)
