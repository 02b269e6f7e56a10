"""What PyMySQL and MySQLdb (mysqlclient) send: connect, parameter
interpolation, executemany, transactions.  usage: pymysql_run.py PORT"""
import datetime
import decimal
import sys

import MySQLdb
import pymysql

port = int(sys.argv[1])
rows = [("apple", decimal.Decimal("1.50"), 3, b"\x00\x01'\\", datetime.datetime(2024, 1, 2, 3, 4, 5, 600000), True),
        ("pear 'quoted'", decimal.Decimal("2"), None, None, None, False),
        ("naïve \"café\"", 3.25, 7, b"", datetime.datetime(1999, 12, 31), None)]

for mod, kw in ((pymysql, dict(database="drv")), (MySQLdb, dict(db="drv"))):
    conn = mod.connect(host="127.0.0.1", port=port, user="root", password="", charset="utf8mb4", **kw)
    cur = conn.cursor()
    cur.execute("DELETE FROM items")
    cur.executemany("INSERT INTO items (name, price, qty, data, created, flag) VALUES (%s, %s, %s, %s, %s, %s)", rows)
    conn.commit()
    cur.execute("SELECT id, name FROM items WHERE name = %s AND qty > %s", ("apple", 1))
    cur.fetchall()
    cur.execute("SELECT * FROM items WHERE name LIKE %(pat)s OR id IN %(ids)s",
                {"pat": "%ea%", "ids": (1, 2, 3)})
    cur.fetchall()
    cur.execute("SELECT * FROM items WHERE created < %s AND created > %s",
                (datetime.datetime(2030, 1, 1), datetime.date(1990, 1, 1)))
    cur.fetchall()
    cur.execute("UPDATE items SET qty = qty + %s, flag = %s WHERE price BETWEEN %s AND %s",
                (1, None, decimal.Decimal("0.5"), 10.0))
    conn.rollback()
    conn.autocommit(True)
    cur.execute("SELECT %s, %s, %s, %s", (datetime.time(12, 30, 1), datetime.timedelta(hours=-1, seconds=5), 1.5e-7, "tab\there\nnewline\x1a\x00"))
    cur.fetchall()
    conn.autocommit(False)
    conn.begin()
    cur.execute("INSERT INTO item_tags (item_id, tag) SELECT id, %s FROM items WHERE name = %s", ("fruit", "apple"))
    conn.commit()
    conn.ping()
    conn.select_db("drv")
    cur.execute("SHOW WARNINGS")
    cur.close()
    conn.close()
