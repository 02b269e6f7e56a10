#!/usr/bin/env python3
"""Writes seed inputs for fuzz_mysql.c into the directory given.

An odd first byte means: log in, then a list of commands, each a 2-byte
little-endian length and the command bytes.  An even first byte means raw
bytes from the start of the connection (a handshake response and packets).
"""
import struct
import sys
import os

COM_QUERY, COM_INIT_DB, COM_PING, COM_STATISTICS = 3, 2, 14, 9
COM_STMT_PREPARE, COM_STMT_EXECUTE, COM_STMT_CLOSE, COM_STMT_RESET = 22, 23, 25, 26
COM_STMT_SEND_LONG_DATA, COM_STMT_FETCH, COM_SET_OPTION, COM_RESET_CONNECTION = 24, 28, 27, 31
COM_FIELD_LIST, COM_PROCESS_KILL, COM_CHANGE_USER = 4, 12, 17


def commands(*cmds):
    out = b"\x01"
    for c in cmds:
        out += struct.pack("<H", len(c)) + c
    return out


def query(text):
    return bytes([COM_QUERY]) + text.encode()


def packet(seq, payload):
    return struct.pack("<I", len(payload))[:3] + bytes([seq]) + payload


def handshake_response(user=b"root", auth=b"", caps=0x01ABA20F):
    body = struct.pack("<IIB", caps, 1 << 24, 255) + b"\0" * 23 + user + b"\0"
    body += bytes([len(auth)]) + auth + b"mysql_native_password\0"
    return body


def execute(stmt_id, params):
    body = bytes([COM_STMT_EXECUTE]) + struct.pack("<IBI", stmt_id, 0, 1)
    if params:
        body += b"\0" * ((len(params) + 7) // 8) + b"\x01"
        body += b"".join(struct.pack("<BB", t, 0) for t, _ in params)
        body += b"".join(v for _, v in params)
    return body


SEEDS = {
    "select": commands(query("SELECT 1, 'a', NULL, 1.5, NOW()")),
    "multi": commands(query("SELECT 1; SELECT 2; SET @a = 5; SELECT @a")),
    "warnings": commands(query("SELECT 1/0"), query("SHOW WARNINGS")),
    "vars": commands(query("SELECT @@sql_mode, @@autocommit"), query("SET NAMES utf8mb4"),
                     query("SHOW VARIABLES LIKE 'char%'")),
    "setops": commands(query("SELECT 1 AS n UNION SELECT 'a' UNION ALL SELECT 2.5 ORDER BY n DESC LIMIT 2"),
                       query("(SELECT 1) INTERSECT (SELECT 1 UNION SELECT 2) EXCEPT SELECT 3")),
    "show_where": commands(query("SHOW STATUS WHERE Variable_name LIKE 'Com%' AND Value > 0"),
                           query("SHOW VARIABLES WHERE Value = 'ON'")),
    "session_state": commands(query("USE mysql"), query("SET time_zone = '+01:00', autocommit = 0"),
                              query("BEGIN"), query("COMMIT")),
    "admin": commands(bytes([COM_PING]), bytes([COM_STATISTICS]), bytes([COM_INIT_DB]) + b"mysql",
                      bytes([COM_FIELD_LIST]) + b"t\0", bytes([COM_SET_OPTION, 0, 0]),
                      bytes([COM_RESET_CONNECTION]), bytes([COM_PROCESS_KILL]) + struct.pack("<I", 99)),
    "prepare": commands(bytes([COM_STMT_PREPARE]) + b"SELECT ? + ?, CONCAT(?, 'x')",
                        execute(1, [(8, struct.pack("<q", 41)), (5, struct.pack("<d", 1.5)),
                                    (253, b"\x02ab")]),
                        bytes([COM_STMT_RESET]) + struct.pack("<I", 1),
                        bytes([COM_STMT_SEND_LONG_DATA]) + struct.pack("<IH", 1, 2) + b"long",
                        bytes([COM_STMT_CLOSE]) + struct.pack("<I", 1)),
    "cursor": commands(bytes([COM_STMT_PREPARE]) + b"SELECT 1",
                       bytes([COM_STMT_EXECUTE]) + struct.pack("<IBI", 1, 1, 1),
                       bytes([COM_STMT_FETCH]) + struct.pack("<II", 1, 10)),
    "temporal_params": commands(bytes([COM_STMT_PREPARE]) + b"SELECT ?, ?",
                                execute(1, [(12, b"\x0b" + struct.pack("<HBBBBBI", 2020, 1, 2, 3, 4, 5, 6)),
                                            (11, b"\x08" + struct.pack("<BIBBB", 1, 2, 3, 4, 5))])),
    "change_user": commands(bytes([COM_CHANGE_USER]) + b"root\0\0\0" + struct.pack("<H", 255) +
                            b"mysql_native_password\0"),
    "raw_login": b"\x00" + packet(1, handshake_response()) + packet(0, query("SELECT 1")),
    "raw_bad_seq": b"\x00" + packet(1, handshake_response()) + packet(7, query("SELECT 1")),
    "raw_huge_length": b"\x00" + b"\xff\xff\xff\x01" + b"x" * 16,
}


def main():
    out = sys.argv[1]
    for name, data in SEEDS.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
