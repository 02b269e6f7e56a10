/*
 * mysql_server: the MySQL protocol front of JimKV.
 *
 * Purpose.  Accepts MySQL clients on the network layer (jk_net, one fiber
 * per connection), performs the handshake and authentication, and runs the
 * command phase: COM_QUERY with multi-statements and multi-results,
 * COM_INIT_DB, COM_PING, COM_QUIT, COM_STATISTICS, COM_PROCESS_KILL,
 * COM_RESET_CONNECTION, COM_CHANGE_USER, COM_SET_OPTION, COM_FIELD_LIST.
 * Statements execute through sql_exec; results go back as text-protocol
 * result sets, OK, EOF and ERR packets, with or without DEPRECATE_EOF.
 *
 * Limits.  max_connections (error 1040 in place of the handshake),
 * max_allowed_packet (1153, then the connection closes), connect_timeout for
 * the handshake, wait_timeout / interactive_timeout between commands (4031,
 * then close), net_read_timeout / net_write_timeout inside a packet.
 *
 * Ownership.  mysql_server_start() copies the configuration; the account
 * table and the TLS context must outlive the server.
 */
#ifndef JIMKV_MYSQL_SERVER_H
#define JIMKV_MYSQL_SERVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "jimkv/net.h"
#include "mysql_auth.h"
#include "mysql_tls.h"

typedef struct mysql_server_config {
    const char *bind_addr;
    int port;                    /* 0: a free port (mysql_server_port) */
    const char *data_dir;        /* shown as @@datadir; NULL: none */
    int threads;                 /* IO threads; 0 = one per core */
    int max_connections;         /* default 151 */
    uint64_t max_allowed_packet; /* default 64 MiB */
    int connect_timeout_s;       /* default 10 */
    int wait_timeout_s;          /* default 28800 */
    int interactive_timeout_s;   /* default 28800 */
    int net_read_timeout_s;      /* default 30 */
    int net_write_timeout_s;     /* default 60 */
    mysql_accounts *accounts;
    const mysql_tls *tls;        /* NULL: no TLS offered, no RSA exchange */
    bool require_secure_transport;
} mysql_server_config;

typedef struct mysql_server mysql_server;

/* Defaults as listed above (accounts and ssl left NULL). */
void mysql_server_config_defaults(mysql_server_config *cfg);

int mysql_server_start(const mysql_server_config *cfg, mysql_server **out, char *err, size_t errlen);
int mysql_server_port(const mysql_server *s);
/* Stops accepting, ends every connection, frees the server. */
void mysql_server_stop(mysql_server *s);

#endif
