"""Hostile and broken clients against one live jimkv: truncated, oversized,
out-of-sequence and random packets before and after login, 2,000
connections at once, half-open and abandoned connections, and a query
trickled one byte at a time.  Between phases a well-behaved PyMySQL
connection must keep getting answers, and at the end the server's resident
memory must be back near its baseline.

    test_hostile_clients.py <jimkv> [--no-rss]

--no-rss skips the memory check (sanitizer builds, whose allocators keep
freed memory in quarantine).  Every loop is bounded; only 127.0.0.1 is used.
"""

import os
import random
import resource
import select
import socket
import struct
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import server  # noqa: E402

try:
    import pymysql
except ImportError:
    server.skip("python3-pymysql is not installed")

BIN = server.jimkv_bin([a for a in sys.argv if not a.startswith("--")])
CHECK_RSS = "--no-rss" not in sys.argv
MAX_PACKET = 1 << 20
MANY = 2000
# What may stay resident after everything closed: per IO thread, the fiber
# stack cache (64 stacks, 16 KB resident each) and the buffer pool (32 x 16
# KB), plus allocator slack.  Measured: 1.3 MB above the baseline.
RSS_SLACK_KB = 8 * 1024

CLIENT_LONG_PASSWORD = 1
CLIENT_PROTOCOL_41 = 1 << 9
CLIENT_TRANSACTIONS = 1 << 13
CLIENT_SECURE_CONNECTION = 1 << 15
CLIENT_PLUGIN_AUTH = 1 << 19
CAPS = CLIENT_LONG_PASSWORD | CLIENT_PROTOCOL_41 | CLIENT_TRANSACTIONS | CLIENT_SECURE_CONNECTION | CLIENT_PLUGIN_AUTH


def raise_fd_limit(need):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < need:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(need, hard), hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Raw:
    """A MySQL connection spoken by hand over a blocking socket with timeouts."""

    def __init__(self, port, timeout=5.0):
        self.sock = socket.create_connection((server.HOST, port), timeout=timeout)
        self.sock.settimeout(timeout)

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def recv_exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise EOFError("connection closed after %d of %d bytes" % (len(data), n))
            data += chunk
        return data

    def read_packet(self):
        hdr = self.recv_exact(4)
        n = hdr[0] | hdr[1] << 8 | hdr[2] << 16
        return hdr[3], self.recv_exact(n)

    def send_packet(self, seq, payload):
        self.sock.sendall(struct.pack("<I", len(payload))[:3] + bytes([seq & 0xFF]) + payload)

    def login(self):
        """Reads the greeting and logs in as root with an empty password."""
        seq, greeting = self.read_packet()
        assert greeting[0] == 10, greeting[:1]
        response = (struct.pack("<IIB", CAPS, 1 << 24, 45) + bytes(23) + b"root\0" + b"\0"
                    + b"mysql_native_password\0")
        self.send_packet(seq + 1, response)
        _, reply = self.read_packet()
        assert reply[0] == 0, reply
        return self

    def error_of(self, payload):
        assert payload[0] == 0xFF, payload[:16]
        return struct.unpack("<H", payload[1:3])[0], payload[3:9].decode(), payload[9:].decode()


def error_or_closed(raw):
    """The error code the server answered with, or None when it just closed."""
    try:
        _, payload = raw.read_packet()
    except (EOFError, ConnectionResetError):
        return None
    return raw.error_of(payload)[0]


class HostileClients(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        have = raise_fd_limit(MANY + 200)
        if have < MANY + 100:
            raise unittest.SkipTest("open files limited to %d" % have)
        cls.srv = server.Server(BIN, "--max-connections", MANY + 100, "--max-allowed-packet", MAX_PACKET,
                                "--connect-timeout", 2, "--net-read-timeout", 2)
        cls.healthy = pymysql.connect(host=cls.srv.host, port=cls.srv.port, user="root", password="")
        # Warm up, then take the baseline: connections come and go, as later.
        for _ in range(3):
            conns = [Raw(cls.srv.port).login() for _ in range(100)]
            for c in conns:
                c.close()
            time.sleep(0.2)
        cls.baseline_kb = rss_kb(cls.srv.proc.pid)

    @classmethod
    def tearDownClass(cls):
        cls.healthy.close()
        cls.srv.stop()

    def assert_serving(self):
        with self.healthy.cursor() as cur:
            cur.execute("SELECT 1")
            self.assertEqual(cur.fetchall(), ((1,),))
        self.assertTrue(self.srv.alive(), self.srv.log())

    def test_1_truncated_packets(self):
        for cut in (0, 1, 3, 4, 10):
            raw = Raw(self.srv.port)
            raw.read_packet()
            raw.sock.sendall((struct.pack("<I", 100)[:3] + b"\x01" + bytes(100))[:cut])
            raw.close()
        raw = Raw(self.srv.port).login()
        raw.sock.sendall(struct.pack("<I", 50)[:3] + b"\x00" + b"\x03SELE")
        raw.close()
        # A handshake response cut in the middle: the server gives up after
        # connect_timeout and closes.
        raw = Raw(self.srv.port, timeout=10)
        seq, _ = raw.read_packet()
        raw.sock.sendall(struct.pack("<I", 60)[:3] + bytes([seq + 1]) + struct.pack("<I", CAPS))
        self.assertIn(error_or_closed(raw), (None, 1158, 1159, 2013))
        raw.close()
        self.assert_serving()

    def test_2_oversized_packet(self):
        raw = Raw(self.srv.port, timeout=10).login()
        body = b"\x03" + b"x" * (MAX_PACKET + 10)
        raw.sock.sendall(struct.pack("<I", len(body))[:3] + b"\x00" + body)
        _, payload = raw.read_packet()
        self.assertEqual(raw.error_of(payload), (1153, "#08S01", "Got a packet bigger than 'max_allowed_packet' bytes"))
        raw.close()
        # At the limit it is still a query.
        with self.healthy.cursor() as cur:
            text = "x" * (MAX_PACKET - 100)
            cur.execute("SELECT LENGTH('%s')" % text)
            self.assertEqual(cur.fetchall(), ((MAX_PACKET - 100,),))
        self.assert_serving()

    def test_3_out_of_sequence(self):
        raw = Raw(self.srv.port).login()
        raw.send_packet(5, b"\x03SELECT 1")
        self.assertIn(error_or_closed(raw), (None, 1156))
        raw.close()
        self.assert_serving()

    def test_4_random_bytes(self):
        rng = random.Random(20261122)
        for i in range(300):
            raw = Raw(self.srv.port, timeout=3)
            try:
                if i % 2:
                    raw.login()
                else:
                    raw.read_packet()
                blob = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 400)))
                if i % 3 == 0:
                    # A well-formed header around random bytes reaches the decoders.
                    blob = struct.pack("<I", len(blob))[:3] + bytes([0 if i % 2 else 1]) + blob
                raw.sock.sendall(blob)
                readable, _, _ = select.select([raw.sock], [], [], 0.05)
                if readable:
                    raw.sock.recv(65536)
            except (OSError, EOFError):
                pass
            finally:
                raw.close()
        self.assert_serving()

    def test_5_two_thousand_connections(self):
        socks = []
        try:
            for _ in range(MANY):
                raw = Raw(self.srv.port, timeout=10)
                socks.append(raw)
                seq, greeting = raw.read_packet()
                self.assertEqual(greeting[0], 10)
            with self.healthy.cursor() as cur:
                cur.execute("SHOW STATUS LIKE 'Threads_connected'")
                self.assertGreaterEqual(int(cur.fetchall()[0][1]), MANY)
            self.assert_serving()
        finally:
            for raw in socks:
                raw.close()
        self.assert_serving()

    def test_6_half_open_and_abandoned(self):
        silent = [Raw(self.srv.port, timeout=15) for _ in range(50)]
        halves = []
        for _ in range(50):
            raw = Raw(self.srv.port, timeout=15)
            seq, _ = raw.read_packet()
            raw.sock.sendall(b"\x20\x00")  # half a header
            halves.append(raw)
        for raw in halves[:25]:
            raw.sock.shutdown(socket.SHUT_WR)
        # connect_timeout is 2 s: every one of them is closed by the server.
        deadline = time.time() + 15
        for raw in silent + halves:
            raw.sock.settimeout(max(0.1, deadline - time.time()))
            try:
                while raw.sock.recv(4096):
                    pass
                closed = True
            except ConnectionResetError:
                closed = True
            except socket.timeout:
                closed = False
            self.assertTrue(closed, "the server kept a half-open connection")
            raw.close()
        self.assert_serving()

    def test_7_trickled_query(self):
        raw = Raw(self.srv.port, timeout=10).login()
        packet = struct.pack("<I", 9)[:3] + b"\x00" + b"\x03SELECT 1"
        for i, byte in enumerate(packet):
            raw.sock.sendall(bytes([byte]))
            time.sleep(0.02)
            if i % 4 == 0:
                self.assert_serving()
        _, head = raw.read_packet()
        self.assertEqual(head, b"\x01")
        _, coldef = raw.read_packet()
        self.assertIn(b"\x011", coldef)
        _, eof = raw.read_packet()
        self.assertEqual(eof[0], 0xFE)
        _, row = raw.read_packet()
        self.assertEqual(row, b"\x011")
        raw.close()
        self.assert_serving()

    def test_8_memory_back_to_baseline(self):
        if not CHECK_RSS:
            self.skipTest("sanitizer build")
        deadline = time.time() + 10
        final = rss_kb(self.srv.proc.pid)
        while final > self.baseline_kb + RSS_SLACK_KB and time.time() < deadline:
            time.sleep(0.5)
            final = rss_kb(self.srv.proc.pid)
        print("\nRSS: baseline %d KiB, after all phases %d KiB (+%d KiB)"
              % (self.baseline_kb, final, final - self.baseline_kb))
        self.assertLessEqual(final, self.baseline_kb + RSS_SLACK_KB)
        self.assert_serving()


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
