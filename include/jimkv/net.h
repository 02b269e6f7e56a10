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
 * pending and future calls fail with JK_NET_KILLED.  The timeout bounds
 * each wait for progress, as MySQL's net_read_timeout / net_write_timeout
 * do: a 20 MB write to a slow but steady reader does not time out as long
 * as some bytes move every timeout_ms (jk_conn_read_full likewise restarts
 * the clock whenever bytes arrive).  jk_conn_start_tls is the exception:
 * its timeout bounds the whole handshake.  0 means "only what is possible
 * without waiting".
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
    /* Optional: called with the bound port (and handler_arg) after the
     * listener is bound and before any thread or handler runs, so state
     * that handlers read without locks can include the real port. */
    void (*bound)(int port, void *arg);
} jk_server_config;

/* Large enough for the SQL front's deepest recursion (1000 nesting levels);
 * memory is reserved, and only pages actually touched become resident. */
#define JK_FIBER_STACK_DEFAULT (1024u * 1024u)

/* Returns 0, or -1 with a message in err (bind failure, no memory...).
 * *out is set before the first handler runs, so handlers may read it. */
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
/* Per-connection data the protocol attaches (not freed by the server).
 * jk_conn_set_data waits for a jk_server_foreach in progress (it takes the
 * same lock), so after jk_conn_set_data(c, NULL) returns no callback still
 * holds the old pointer and the protocol may free it; for that reason it
 * must not be called from a foreach callback. */
void jk_conn_set_data(jk_conn *c, void *data);
void *jk_conn_data(const jk_conn *c);

/* Yields for ms milliseconds; false if the connection was killed meanwhile. */
bool jk_fiber_sleep(jk_conn *c, int64_t ms);

/* ---- from any thread ---- */

/* Marks the connection with this id killed: its blocked IO call returns
 * JK_NET_KILLED at once.  Returns false when no such connection exists. */
bool jk_server_kill(jk_server *s, uint64_t conn_id);

/* Visits every open connection (for SHOW PROCESSLIST); the callback must
 * not block and must only read the connection's data under its own locking.
 * Locking: it runs under the server's connection registry lock, so no
 * connection can be opened or freed meanwhile and c is valid until the
 * callback returns; the callback must not call jk_server_kill,
 * jk_server_unpark or jk_server_foreach (same lock), but may call
 * jk_conn_kill(c), jk_conn_unpark(c) and read jk_conn_id, jk_conn_peer,
 * jk_conn_over_limit and jk_conn_data (see jk_conn_set_data for the data's
 * lifetime). */
void jk_server_foreach(jk_server *s, void (*fn)(jk_conn *c, void *arg), void *arg);

/* ==== Additions ==== */

#define JK_NET_THREADS_MAX 256          /* cfg.threads above this is an error */
#define JK_NET_BUF_BYTES (16u * 1024u)  /* a connection's read buffer and write buffer */
#define JK_NET_CLOSE_FLUSH_MS 2000      /* flushing what a returning handler left buffered */
#define JK_NET_PEER_MAX 64              /* jk_conn_peer's length, NUL included */

/*
 * More on the calls above.
 *
 * - Buffers.  Reads go through a JK_NET_BUF_BYTES read buffer, so reading
 *   a 4-byte header and then a body costs one system call, not two; reads of
 *   at least JK_NET_BUF_BYTES go straight into the caller's buffer.  Writes
 *   collect in a JK_NET_BUF_BYTES write buffer; when it fills it is sent,
 *   and a large write goes straight from the caller's buffer.  Both buffers
 *   go back to a per-thread pool while the connection waits with them empty,
 *   so an idle connection holds neither.
 * - Errors.  JK_NET_EOF also covers a reset connection (ECONNRESET, EPIPE:
 *   errno tells).  After a failed write the stream's state is unknown, so
 *   the protocol should give up on the connection (a JK_NET_TIMEOUT flush
 *   keeps the unsent bytes and may be retried).
 * - Closing.  When the handler returns, output still buffered is flushed
 *   (for at most JK_NET_CLOSE_FLUSH_MS, and not at all if the connection was
 *   killed), a TLS close_notify is sent, and the socket is closed.
 * - Configuration.  A NULL bind_addr means "127.0.0.1"; names are resolved
 *   with getaddrinfo, the first address that binds is used.
 * - Fairness.  Fibers are cooperative.  A fiber whose calls keep succeeding
 *   without waiting (a client pipelining requests) yields to the other fibers
 *   of its thread every few dozen calls; CPU-heavy code should call
 *   jk_fiber_sleep(c, 0) now and then, which yields once.
 * - Threads.  jk_server_stop must not be called from a connection's fiber.
 */

/* Marks c killed, like jk_server_kill: its blocked call and all later ones
 * return JK_NET_KILLED.  From c's own fiber, or from any thread while c is
 * known to stay open (inside a jk_server_foreach callback, for instance). */
void jk_conn_kill(jk_conn *c);
/* Whether c was killed (cheap; for long computations that check now and then). */
bool jk_conn_killed(const jk_conn *c);

/*
 * Parking: how a statement waits for work done elsewhere (a KV lock, a Raft
 * commit, a remote range) without holding its IO thread.  The fiber parks;
 * whoever completes the work unparks it, from any thread.  The semantics
 * are those of a permit (Java's LockSupport): an unpark that comes before
 * the park is not lost, it makes the next park return at once; several
 * unparks before a park count as one.  A park may also return 0 because of
 * an unpark meant for an earlier wait, so callers wait in a loop on their
 * own condition:
 *
 *     while (!req->done) {                        (req->done: an atomic the
 *         int rc = jk_conn_park(c, timeout_ms);    completer sets before it
 *         if (rc < 0) return rc;                   calls jk_server_unpark)
 *     }
 */
/* In c's fiber: 0 when unparked, JK_NET_TIMEOUT, or JK_NET_KILLED. */
int jk_conn_park(jk_conn *c, int64_t timeout_ms);
/* From any thread: unparks the connection with this id; false when it no
 * longer exists (the waiter was killed or timed out and went away).  Safe
 * whatever happened to the connection meanwhile. */
bool jk_server_unpark(jk_server *s, uint64_t conn_id);
/* The same by pointer, without the id lookup; only while c is known to stay
 * open until the call returns (the waiter cannot return before it, e.g.
 * because it waits for an acknowledgement that this call precedes). */
void jk_conn_unpark(jk_conn *c);

#endif
