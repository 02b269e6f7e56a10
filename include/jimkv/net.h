/*
 * jk_net: the server's network layer -- IO threads, fibers, connections.
 *
 * Purpose.  Every protocol JimKV speaks (MySQL now, Redis later) is written
 * as straight-line code that reads a request, computes, and writes a reply.
 * Each connection runs that code in its own fiber (a small coroutine with
 * its own stack) on one of a fixed number of IO threads, as Tarantool does.
 * When a read or write would block, or a statement waits for the KV layer,
 * the fiber yields and the thread runs other fibers; the thread's epoll loop
 * resumes the fiber when its socket is ready, its timer expires or another
 * thread wakes it.  So thousands of connections cost thousands of small
 * stacks, not thousands of threads, and a slow client never blocks others.
 *
 * Threads.  jk_server_start() starts `threads` IO threads (default: one per
 * core).  Each has its own epoll instance, timer heap and run queue; a
 * connection stays on the thread that accepted it.  Fibers of one thread
 * never run concurrently, so per-connection state needs no locks; state
 * shared across threads (counters, the process list) does.
 *
 * Timeouts.  Every read and write takes a timeout in milliseconds (< 0: none);
 * on expiry the call fails with JK_NET_TIMEOUT.  A killed connection's
 * pending and future calls fail with JK_NET_KILLED.
 *
 * Shutdown.  jk_server_stop() stops accepting, marks every connection
 * killed (waking blocked fibers), waits for the handlers to return, and joins
 * the threads.  SIGPIPE is ignored process-wide by jk_server_start().
 *
 * TLS.  jk_conn_start_tls() runs the server side of a TLS handshake on the
 * connection (OpenSSL, non-blocking, yielding like reads and writes); after
 * it, reads and writes go through TLS transparently.
 *
 * Ownership.  The server owns its connections; a handler must not keep a
 * jk_conn pointer after it returns (the connection is closed and freed then).
 * Strings passed in the config are copied.
 */
#ifndef JIMKV_NET_H
#define JIMKV_NET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct jk_server jk_server;
typedef struct jk_conn jk_conn;
typedef struct ssl_ctx_st jk_ssl_ctx; /* OpenSSL's SSL_CTX */

/* Status of connection IO calls (negative; >= 0 means bytes or success). */
#define JK_NET_EOF (-1)     /* the peer closed the connection */
#define JK_NET_ERROR (-2)   /* a socket or TLS error; errno / the TLS error queue say which */
#define JK_NET_TIMEOUT (-3) /* the timeout expired */
#define JK_NET_KILLED (-4)  /* jk_conn_kill() or server shutdown */

typedef void (*jk_conn_handler)(jk_conn *conn, void *arg);

typedef struct jk_server_config {
    const char *bind_addr;      /* "127.0.0.1", "0.0.0.0", "::1"... */
    int port;                   /* 0 picks a free port: see jk_server_port() */
    int threads;                /* IO threads; 0 = one per online CPU */
    int max_connections;        /* 0 = unlimited; see jk_conn_over_limit() */
    size_t fiber_stack_bytes;   /* 0 = JK_FIBER_STACK_DEFAULT */
    jk_conn_handler handler;    /* runs in the connection's fiber */
    void *handler_arg;
} jk_server_config;

/* Large enough for the SQL front's deepest recursion (1000 nesting levels);
 * memory is reserved, and only pages actually touched become resident. */
#define JK_FIBER_STACK_DEFAULT (1024u * 1024u)

/* Returns 0, or -1 with a message in err (bind failure, no memory...). */
int jk_server_start(const jk_server_config *cfg, jk_server **out, char *err, size_t errlen);
/* Graceful stop as described above; frees the server. */
void jk_server_stop(jk_server *s);
int jk_server_port(const jk_server *s);
/* Connections open now, across all threads. */
uint32_t jk_server_connection_count(const jk_server *s);

/* ---- inside a connection's fiber ---- */

/* Reads up to n bytes (at least 1); returns the count or a JK_NET_* status. */
ssize_t jk_conn_read(jk_conn *c, void *buf, size_t n, int64_t timeout_ms);
/* Reads exactly n bytes, or returns a JK_NET_* status (JK_NET_EOF when the
 * peer closed part way). */
ssize_t jk_conn_read_full(jk_conn *c, void *buf, size_t n, int64_t timeout_ms);
/* Writes all n bytes (buffered: call jk_conn_flush to send), or a status. */
ssize_t jk_conn_write(jk_conn *c, const void *buf, size_t n, int64_t timeout_ms);
/* Sends everything buffered; 0 or a status. */
int jk_conn_flush(jk_conn *c, int64_t timeout_ms);
/* Server-side TLS handshake; 0 or a status. */
int jk_conn_start_tls(jk_conn *c, jk_ssl_ctx *ctx, int64_t timeout_ms);
bool jk_conn_is_tls(const jk_conn *c);

/* Whether this connection is beyond max_connections (the protocol then
 * sends its own "Too many connections" error and returns). */
bool jk_conn_over_limit(const jk_conn *c);
/* A process-wide unique id, from 1 (the MySQL connection id). */
uint64_t jk_conn_id(const jk_conn *c);
/* "127.0.0.1:54321" of the peer. */
const char *jk_conn_peer(const jk_conn *c);
/* Per-connection data the protocol attaches (not freed by the server). */
void jk_conn_set_data(jk_conn *c, void *data);
void *jk_conn_data(const jk_conn *c);

/* Yields for ms milliseconds; false if the connection was killed meanwhile. */
bool jk_fiber_sleep(jk_conn *c, int64_t ms);

/* ---- from any thread ---- */

/* Marks the connection with this id killed: its blocked IO call returns
 * JK_NET_KILLED at once.  Returns false when no such connection exists. */
bool jk_server_kill(jk_server *s, uint64_t conn_id);

/* Visits every open connection (for SHOW PROCESSLIST); the callback must
 * not block and must only read the connection's data under its own locking. */
void jk_server_foreach(jk_server *s, void (*fn)(jk_conn *c, void *arg), void *arg);

#endif
