// Node's mysql2 driver against a live jimkv: query() over the text
// protocol, execute() over the binary protocol (prepared statements), NULL
// parameters, multi-statements, errors, caching_sha2_password (full
// authentication over TLS and with the RSA key exchange, then the fast path)
// and mysql_native_password with a wrong password.
//
//   node test_node_mysql2.js <path to jimkv>
//
// Starts its own server (--mysql-port 0, a fresh temp data dir, 127.0.0.1)
// and stops it by PID with SIGTERM, also when a check fails.  Exits 77
// (skipped) when mysql2 is not installed (tools/setup.sh installs it into
// test/clients/node/node_modules).
'use strict';

const assert = require('assert');
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const SKIP = 77;
const READY_TIMEOUT_MS = 15000;
const STOP_TIMEOUT_MS = 15000;

let mysql;
try {
  mysql = require(path.join(__dirname, 'node', 'node_modules', 'mysql2', 'promise'));
} catch (e) {
  console.log('SKIP: npm mysql2 is not installed (tools/setup.sh installs it)');
  process.exit(SKIP);
}

function startServer(bin) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jimkv-node-'));
  const proc = spawn(bin, ['--mysql-port', '0', '--data-dir', path.join(dir, 'data')],
                     { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error('jimkv did not become ready:\n' + log));
    }, READY_TIMEOUT_MS);
    const onData = (chunk) => {
      log += chunk.toString();
      const m = /ready: MySQL protocol on 127\.0\.0\.1:(\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, dir, port: Number(m[1]), log: () => log });
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error('jimkv exited with ' + code + ' before it was ready:\n' + log));
    });
  });
}

function stopServer(srv) {
  return new Promise((resolve) => {
    if (srv.proc.exitCode !== null) {
      resolve(srv.proc.exitCode);
      return;
    }
    const timer = setTimeout(() => srv.proc.kill('SIGKILL'), STOP_TIMEOUT_MS);
    srv.proc.removeAllListeners('exit');
    srv.proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      fs.rmSync(srv.dir, { recursive: true, force: true });
      resolve(signal ? signal : code);
    });
    srv.proc.kill('SIGTERM');
  });
}

async function connect(srv, opts) {
  return mysql.createConnection(Object.assign({ host: '127.0.0.1', port: srv.port, user: 'root',
                                                password: '' }, opts || {}));
}

async function expectError(promise, errno, sqlState, message) {
  try {
    await promise;
  } catch (e) {
    assert.strictEqual(e.errno, errno, e.message);
    if (sqlState) assert.strictEqual(e.sqlState, sqlState);
    if (message) assert.strictEqual(e.sqlMessage, message);
    return;
  }
  assert.fail('expected error ' + errno);
}

const tests = {
  async textQueries(srv) {
    const c = await connect(srv);
    const [rows, fields] = await c.query('SELECT 1 AS one, NULL AS nothing, 2.50 AS d, \'x\' AS s');
    assert.deepStrictEqual(rows, [{ one: 1, nothing: null, d: '2.50', s: 'x' }]);
    assert.deepStrictEqual(fields.map((f) => f.name), ['one', 'nothing', 'd', 's']);
    const [v] = await c.query('SELECT VERSION() AS v');
    assert.match(v[0].v, /^8\.0\.36-JimKV-/);
    await c.end();
  },

  async preparedStatements(srv) {
    const c = await connect(srv);
    const [rows] = await c.execute('SELECT ? AS a, ? AS b', [42, 'x']);
    assert.deepStrictEqual(rows, [{ a: 42, b: 'x' }]);
    const [nulls] = await c.execute('SELECT ? IS NULL AS n, COALESCE(?, 7) AS c', [null, null]);
    assert.deepStrictEqual(nulls, [{ n: 1, c: 7 }]);
    const [again] = await c.execute('SELECT ? AS a, ? AS b', [-5, 'yz']);
    assert.deepStrictEqual(again, [{ a: -5, b: 'yz' }]);
    const [sum] = await c.execute('SELECT ? + ? AS s', [1.5, 2]);
    assert.strictEqual(Number(sum[0].s), 3.5);
    await c.end();
  },

  async multiStatements(srv) {
    const c = await connect(srv, { multipleStatements: true });
    const [results] = await c.query('SELECT 1 AS a; SELECT 2 AS b; SET @x = 3; SELECT @x AS x');
    assert.strictEqual(results.length, 4);
    assert.deepStrictEqual(results[0], [{ a: 1 }]);
    assert.deepStrictEqual(results[1], [{ b: 2 }]);
    assert.deepStrictEqual(results[3], [{ x: 3 }]);
    await c.end();
    const single = await connect(srv);
    await expectError(single.query('SELECT 1; SELECT 2'), 1064, '42000',
                      'You have an error in your SQL syntax; check the manual that corresponds to your MySQL ' +
                      "server version for the right syntax to use near 'SELECT 2' at line 1");
    await single.end();
  },

  async errors(srv) {
    const c = await connect(srv);
    await expectError(c.query('SELEC 1'), 1064, '42000');
    await expectError(c.query('SELECT * FROM t'), 1046, '3D000', 'No database selected');
    await expectError(c.execute('SELECT nosuch()'), 1305, '42000');
    const [rows] = await c.query('SELECT 1 AS still');
    assert.deepStrictEqual(rows, [{ still: 1 }]);
    await c.end();
  },

  async cachingSha2Password(srv) {
    const root = await connect(srv);
    await root.query("CREATE USER 'sha2'@'%' IDENTIFIED WITH caching_sha2_password BY 'pw'");
    // The first login has nothing cached: full authentication, over TLS.
    const tls = await connect(srv, { user: 'sha2', password: 'pw', ssl: { rejectUnauthorized: false } });
    const [who] = await tls.query('SELECT CURRENT_USER() AS u');
    assert.deepStrictEqual(who, [{ u: 'sha2@%' }]);
    await tls.end();
    // Now the digest is cached: the fast path, over plain TCP.
    const fast = await connect(srv, { user: 'sha2', password: 'pw' });
    const [one] = await fast.execute('SELECT ? AS v', [1]);
    assert.deepStrictEqual(one, [{ v: 1 }]);
    await fast.end();
    // A second account over plain TCP: the RSA public key exchange.
    await root.query("CREATE USER 'rsa'@'%' IDENTIFIED WITH caching_sha2_password BY 'secret'");
    const rsa = await connect(srv, { user: 'rsa', password: 'secret' });
    const [r] = await rsa.query('SELECT 2 AS v');
    assert.deepStrictEqual(r, [{ v: 2 }]);
    await rsa.end();
    await expectError(connect(srv, { user: 'sha2', password: 'wrong' }), 1045, '28000');
    await root.end();
  },

  async nativePassword(srv) {
    const root = await connect(srv);
    await root.query("CREATE USER 'native'@'%' IDENTIFIED WITH mysql_native_password BY 'pw'");
    const ok = await connect(srv, { user: 'native', password: 'pw' });
    const [rows] = await ok.query('SELECT USER() LIKE \'native@%\' AS me');
    assert.deepStrictEqual(rows, [{ me: 1 }]);
    await ok.end();
    await expectError(connect(srv, { user: 'native', password: 'nope' }), 1045, '28000',
                      "Access denied for user 'native'@'127.0.0.1' (using password: YES)");
    await root.end();
  },
};

async function main() {
  const bin = process.env.JIMKV_BIN || process.argv[2];
  if (!bin || !fs.existsSync(bin)) {
    console.error('jimkv binary not found: ' + bin);
    process.exit(2);
  }
  const srv = await startServer(bin);
  let failed = 0;
  try {
    for (const [name, fn] of Object.entries(tests)) {
      try {
        await fn(srv);
        console.log('ok ' + name);
      } catch (e) {
        failed++;
        console.log('FAIL ' + name + ': ' + (e.stack || e));
      }
    }
  } finally {
    const status = await stopServer(srv);
    if (status !== 0) {
      failed++;
      console.log('FAIL jimkv did not stop cleanly (' + status + '):\n' + srv.log());
    }
  }
  console.log(Object.keys(tests).length + ' tests, ' + failed + ' failed');
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.log('FAIL ' + (e.stack || e));
  process.exit(1);
});
