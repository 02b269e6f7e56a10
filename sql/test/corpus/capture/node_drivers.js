// What the Node `mysql` and `mysql2` packages send: client-side escaping of
// every value type, prepared statements (mysql2 execute), transactions.
// usage: node node_drivers.js PORT
'use strict';
const port = Number(process.argv[2]);
const opts = { host: '127.0.0.1', port, user: 'root', password: '', database: 'drv', charset: 'utf8mb4' };

function q(conn, sql, values) {
  return new Promise((resolve) => conn.query(sql, values, (err, res) => resolve(err ? err.message : res)));
}

async function common(conn) {
  await q(conn, 'SELECT 1 + 1 AS solution');
  await q(conn, 'SELECT * FROM ?? WHERE ?? = ?', ['items', 'name', "O'Reilly"]);
  await q(conn, 'SELECT ?? FROM items', [['id', 'name', 'items.price']]);
  await q(conn, 'INSERT INTO items SET ?', { name: 'node ' + Date.now() % 1000, price: 9.5, qty: null, data: Buffer.from([0, 1, 2, 254, 255]), created: new Date(Date.UTC(2024, 1, 29, 13, 14, 15, 16)), flag: true });
  await q(conn, 'INSERT INTO items (name, qty) VALUES ?', [[['bulk a ' + conn.threadId, 1], ['bulk b ' + conn.threadId, 2], ["bulk 'c' " + conn.threadId, null]]]);
  await q(conn, 'UPDATE items SET ? WHERE id = ?', [{ qty: 5, flag: false }, 1]);
  await q(conn, 'SELECT * FROM items WHERE id IN (?) AND name <> ?', [[1, 2, 3], 'x\\y\n\t\u0000\u001a"']);
  await q(conn, 'SELECT ? AS a, ? AS b, ? AS c', [true, -0.5, 12345678901234]);
  await q(conn, 'DELETE FROM items WHERE name LIKE ?', ['bulk%']);
  await q(conn, 'START TRANSACTION');
  await q(conn, 'SELECT id FROM items WHERE id = ? FOR UPDATE', [1]);
  await q(conn, 'COMMIT');
}

async function main() {
  const mysql = require('mysql');
  const c1 = mysql.createConnection(opts);
  await new Promise((r) => c1.connect(r));
  await common(c1);
  await new Promise((r) => c1.beginTransaction(r));
  await q(c1, 'UPDATE items SET qty = qty + 1');
  await new Promise((r) => c1.rollback(r));
  await new Promise((r) => c1.ping(r));
  await new Promise((r) => c1.end(r));

  const mysql2 = require('mysql2');
  const c2 = mysql2.createConnection(opts);
  await common(c2);
  await new Promise((r) => c2.beginTransaction(r));
  await new Promise((r) => c2.commit(r));
  const ex = (sql, vals) => new Promise((resolve) => c2.execute(sql, vals, (err, res) => resolve(err ? err.message : res)));
  await ex('SELECT * FROM items WHERE id = ? AND name = ?', [1, 'apple']);
  await ex('SELECT * FROM items WHERE price > ? ORDER BY id LIMIT 10', [1.25]);
  await ex('INSERT INTO items (name, price, data, created) VALUES (?, ?, ?, ?)', ['exec ' + Date.now() % 1000, '3.33', Buffer.from('bin\u0000'), new Date(Date.UTC(2020, 0, 1))]);
  await ex('UPDATE items SET qty = ? WHERE name LIKE ?', [null, 'exec%']);
  await ex('SELECT COUNT(*) AS n FROM items WHERE created IS NULL OR created < NOW()', []);
  const p = require('mysql2/promise');
  const c3 = await p.createConnection(opts);
  await c3.query('SELECT VERSION() AS v, DATABASE() AS db, CONNECTION_ID() AS id');
  await c3.execute('SELECT name FROM items WHERE qty BETWEEN ? AND ?', [0, 100]);
  await c3.end();
  c2.end();
}
main().catch((e) => { console.error(e); process.exit(1); });
