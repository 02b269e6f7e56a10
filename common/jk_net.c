/*
 * jk_net: see include/jimkv/net.h.  This comment is the implementation's map.
 *
 * Threads.  N IO threads, each an epoll loop with its own run queue (fibers
 * ready to run), timer heap and eventfd.  A connection belongs to one thread
 * for its whole life; its fiber runs only there, so everything under "owned
 * by the IO thread" below needs no lock.  One loop iteration: run the fibers
 * queued at its start (those queued meanwhile wait for the next round, so
 * epoll is polled between rounds), then epoll_wait (timeout 0 if fibers are
 * still queued, else until the nearest timer), then dispatch events and
 * expire timers; dispatching only queues fibers, it never runs them.
 *
 * Accepting.  One listening socket, in thread 0's epoll (level-triggered,
 * at most NET_ACCEPT_BATCH_MAX accepts per wakeup).  Thread 0 deals the
 * accepted sockets round-robin to the threads (its own included) through
 * their inboxes.  Why not one SO_REUSEPORT socket per thread: the kernel
 * spreads connections by a hash of the address pair, which balances only
 * on average, and connections still queued on a listener that closes are
 * reset.  Why not the listener in every epoll with EPOLLEXCLUSIVE: the
 * kernel wakes waiters in LIFO order and one thread ends up taking most
 * connections.  Dealing costs one mutex and one eventfd write per
 * connection, nothing next to a MySQL handshake.  When accept fails for
 * lack of descriptors or memory, the listener leaves epoll for
 * NET_ACCEPT_RETRY_MS instead of spinning on a level-triggered event.
 *
 * Edge-triggered sockets.  A connection's socket is registered once, for
 * EPOLLIN | EPOLLOUT | EPOLLET, and never modified (no epoll_ctl per read or
 * write).  This is correct because a fiber waits for a direction only
 * right after a system call for that direction returned EAGAIN, and the
 * wait begins before the loop polls again: any readiness after the EAGAIN
 * is an edge that epoll reports.  An edge that arrives while the fiber
 * waits for something else is dropped harmlessly: the fiber tries the
 * system call before it ever waits.  TLS keeps the rule: OpenSSL asks to
 * wait (WANT_READ/WANT_WRITE) only after our BIO saw EAGAIN.
 *
 * Waiting.  A fiber blocks in exactly one place, conn_wait(): it records
 * what it waits for (socket direction, timer, park), arms its one timer if
 * it has a deadline, and yields.  conn_wake() queues it with a reason; the
 * first reason wins.  Each connection has at most one timer, so a thread's
 * heap has room reserved for every connection (plus the listener's retry
 * timer) when the connection opens, and arming a timer cannot fail.
 * Equal deadlines fire in arming order (a sequence number breaks ties).
 *
 * Other threads.  jk_server_kill, jk_server_unpark, jk_server_stop and the
 * acceptor's hand-off talk to a thread through its inbox (io_thread.lock):
 * a list of connections with news (the news itself is in the connection's
 * atomics: killed, permit), the handed-off connections, and the stop flag.
 * The poster writes the eventfd only when the inbox goes from quiet to
 * notified, so a burst of kills costs one wakeup.  A post from the owning
 * thread itself (a fiber unparking another fiber of its thread) skips the
 * inbox and wakes the fiber directly.
 *
 * Lock order: server.reg_lock, then io_thread.lock.  Neither is held while
 * a fiber runs or across a system call other than the eventfd write.
 *
 * Stopping.  jk_server_stop sets every thread's stop flag.  Thread 0 closes
 * the listener; every thread kills its connections and keeps running its
 * loop until the last one has closed, then exits; stop joins them and frees
 * the rest.  Connections handed to a thread after its stop flag are closed
 * by the acceptor, so none is stranded.
 */
#include "jimkv/net.h"

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "jimkv/assert.h"
#include "jk_fiber.h"

#define NET_EVENTS_MAX 256          /* epoll events taken per wait */
#define NET_ACCEPT_BATCH_MAX 64     /* accepts per listener wakeup */
#define NET_ACCEPT_RETRY_MS 100     /* listener pause after EMFILE and the like */
#define NET_RUN_BUDGET 32           /* IO calls without a wait before a fiber yields */
#define NET_BUF_POOL_MAX 32         /* free JK_NET_BUF_BYTES buffers kept per thread */
#define NET_REGISTRY_MIN 64         /* initial hash buckets of the connection registry */

#define NO_DEADLINE INT64_MAX
#define TIMER_IDLE SIZE_MAX
#define IO_AGAIN (-100)             /* conn_recv/conn_send: would block */
#define IO_FAIL (-101)              /* conn_recv/conn_send: error (errno, TLS queue) */

typedef struct io_thread io_thread;

typedef struct net_timer {
    int64_t deadline_ns;
    uint64_t seq;           /* arming order: FIFO among equal deadlines */
    size_t index;           /* position in the heap, TIMER_IDLE when not armed */
} net_timer;

/* What a suspended fiber waits for (jk_conn.wait). */
enum { WAIT_NONE, WAIT_START, WAIT_IO, WAIT_SLEEP, WAIT_PARK, WAIT_YIELD };
/* Why it was woken (jk_conn.wake). */
enum { WAKE_NONE, WAKE_RUN, WAKE_IO, WAKE_TIMER, WAKE_KILL, WAKE_UNPARK };

struct jk_conn {
    /* Set before the connection is registered, read-only afterwards; other
     * threads read them under server.reg_lock (foreach) or by contract. */
    uint64_t id;
    jk_server *server;
    io_thread *thread;
    int fd;
    bool over_limit;
    char peer[JK_NET_PEER_MAX];

    /* Any thread. */
    _Atomic(void *) data;
    atomic_bool killed;
    atomic_bool permit;             /* unpark permit */

    /* io_thread.lock */
    jk_conn *inbox_prev, *inbox_next;
    bool in_inbox;
    jk_conn *handoff_next;
    /* server.reg_lock */
    jk_conn *reg_next;

    /* Owned by the IO thread (its loop and this connection's fiber). */
    jk_fiber *fiber;
    jk_conn *prev, *next;           /* the thread's connections */
    jk_conn *run_next;              /* run queue link */
    bool runnable;                  /* in the run queue */
    uint8_t wait;                   /* WAIT_* while suspended */
    uint8_t wake;                   /* WAKE_* set by conn_wake */
    uint32_t wait_events;           /* EPOLLIN / EPOLLOUT for WAIT_IO */
    unsigned budget;                /* IO calls since the last wait */
    net_timer timer;
    bool rx_drained;                /* a recv came back short: the socket is empty until epoll says otherwise */
    char *rbuf;                     /* unread bytes are rbuf[rpos, rlen) */
    size_t rpos, rlen;
    char *wbuf;                     /* wbuf[0, wlen) waits to be sent */
    size_t wlen;
    SSL *ssl;                       /* set by jk_conn_start_tls */
    bool tls_ok;                    /* handshake completed */
    bool broken;                    /* TLS failed: every call returns JK_NET_ERROR */
    char *tls_pending;              /* ciphertext read before TLS started */
    size_t tls_pending_pos, tls_pending_len;
};

struct io_thread {
    jk_server *server;
    unsigned index;
    pthread_t tid;
    bool started;
    int epfd;
    int evfd;
    char evfd_tag, listen_tag;      /* their addresses are the epoll data of those fds */

    /* Owned by the thread. */
    jk_conn *conns;                 /* every open connection of this thread */
    uint32_t nconns;
    jk_conn *run_head, *run_tail;
    uint32_t nrun;
    net_timer **heap;
    size_t heap_len, heap_cap;
    uint64_t timer_seq;
    char *pool;                     /* free buffers, linked through their first bytes */
    unsigned npool;
    bool stop_seen;
    bool listening;                 /* thread 0: the listener is in epoll */
    net_timer accept_retry;

    /* lock: the inbox. */
    pthread_mutex_t lock;
    jk_conn *inbox;                 /* connections with news (killed, permit) */
    jk_conn *handoff_head, *handoff_tail;
    bool stopping;
    bool notified;                  /* the eventfd was written since the last drain */
};

struct jk_server {
    jk_conn_handler handler;
    void *handler_arg;
    size_t stack_bytes;
    unsigned max_connections;       /* 0 = unlimited */
    int listen_fd;                  /* thread 0 closes it when stopping */
    int port;
    unsigned nthreads;
    io_thread *threads;
    unsigned deal_next;             /* round-robin cursor (thread 0 only) */
    atomic_uint nconns;             /* registered connections */
    atomic_uint admitted;           /* of which within max_connections */

    pthread_mutex_t reg_lock;       /* the registry: id -> connection */
    jk_conn **buckets;
    size_t nbuckets;
    size_t nregistered;
};

static atomic_uint_fast64_t next_conn_id = 1;
static _Thread_local io_thread *current_thread; /* set on IO threads */
static _Thread_local bool in_foreach;           /* inside a jk_server_foreach callback */

/* ---- small helpers ---- */

static void set_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t deadline_after(int64_t timeout_ms)
{
    if (timeout_ms < 0) return NO_DEADLINE;
    int64_t now = now_ns();
    if (timeout_ms > (NO_DEADLINE - 1 - now) / 1000000) return NO_DEADLINE - 1;
    return now + timeout_ms * 1000000;
}

static int wake_status(int wake)
{
    JK_ASSERT(wake == WAKE_TIMER || wake == WAKE_KILL);
    return wake == WAKE_TIMER ? JK_NET_TIMEOUT : JK_NET_KILLED;
}

static bool is_killed(const jk_conn *c)
{
    return atomic_load_explicit(&c->killed, memory_order_acquire);
}

static void thread_wake(io_thread *t)
{
    uint64_t one = 1;
    ssize_t r = write(t->evfd, &one, sizeof(one));
    (void)r; /* EAGAIN means the counter is already non-zero: awake anyway */
}

/* ---- buffers ---- */

static char *buf_get(io_thread *t)
{
    char *b = t->pool;
    if (b) {
        memcpy(&t->pool, b, sizeof(char *));
        t->npool--;
        return b;
    }
    return malloc(JK_NET_BUF_BYTES);
}

static void buf_put(io_thread *t, char *b)
{
    if (!b) return;
    if (t->npool >= NET_BUF_POOL_MAX) {
        free(b);
        return;
    }
    memcpy(b, &t->pool, sizeof(char *));
    t->pool = b;
    t->npool++;
}

/* ---- timers: a binary min-heap per thread ---- */

static bool timer_before(const net_timer *a, const net_timer *b)
{
    return a->deadline_ns < b->deadline_ns || (a->deadline_ns == b->deadline_ns && a->seq < b->seq);
}

static void heap_place(io_thread *t, size_t i, net_timer *x)
{
    t->heap[i] = x;
    x->index = i;
}

static void heap_up(io_thread *t, size_t i)
{
    net_timer *x = t->heap[i];
    while (i > 0 && timer_before(x, t->heap[(i - 1) / 2])) {
        heap_place(t, i, t->heap[(i - 1) / 2]);
        i = (i - 1) / 2;
    }
    heap_place(t, i, x);
}

static void heap_down(io_thread *t, size_t i)
{
    net_timer *x = t->heap[i];
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= t->heap_len) break;
        if (child + 1 < t->heap_len && timer_before(t->heap[child + 1], t->heap[child])) child++;
        if (!timer_before(t->heap[child], x)) break;
        heap_place(t, i, t->heap[child]);
        i = child;
    }
    heap_place(t, i, x);
}

static bool heap_reserve(io_thread *t, size_t n)
{
    if (n <= t->heap_cap) return true;
    size_t cap = t->heap_cap ? t->heap_cap : 16;
    while (cap < n) cap *= 2;
    net_timer **h = realloc(t->heap, cap * sizeof(*h));
    if (!h) return false;
    t->heap = h;
    t->heap_cap = cap;
    return true;
}

static void timer_arm(io_thread *t, net_timer *x, int64_t deadline_ns)
{
    JK_ASSERT(x->index == TIMER_IDLE);
    JK_ASSERT(t->heap_len < t->heap_cap); /* reserved when the connection opened */
    x->deadline_ns = deadline_ns;
    x->seq = t->timer_seq++;
    heap_place(t, t->heap_len++, x);
    heap_up(t, x->index);
}

static void timer_disarm(io_thread *t, net_timer *x)
{
    if (x->index == TIMER_IDLE) return;
    size_t i = x->index;
    JK_ASSERT(i < t->heap_len && t->heap[i] == x);
    net_timer *last = t->heap[--t->heap_len];
    if (last != x) {
        heap_place(t, i, last);
        heap_up(t, i);
        heap_down(t, last->index);
    }
    x->index = TIMER_IDLE;
}

/* epoll_wait's timeout: 0 when fibers are queued, else until the nearest timer. */
static int loop_timeout_ms(const io_thread *t)
{
    if (t->run_head) return 0;
    if (t->heap_len == 0) return -1;
    int64_t left = t->heap[0]->deadline_ns - now_ns();
    if (left <= 0) return 0;
    int64_t ms = (left + 999999) / 1000000;
    return ms > INT_MAX ? INT_MAX : (int)ms;
}

/* ---- run queue and waking ---- */

static void run_push(io_thread *t, jk_conn *c)
{
    JK_ASSERT(!c->runnable);
    c->runnable = true;
    c->run_next = NULL;
    if (t->run_tail) t->run_tail->run_next = c;
    else t->run_head = c;
    t->run_tail = c;
    t->nrun++;
}

static jk_conn *run_pop(io_thread *t)
{
    jk_conn *c = t->run_head;
    if (!c) return NULL;
    t->run_head = c->run_next;
    if (!t->run_head) t->run_tail = NULL;
    t->nrun--;
    c->runnable = false;
    return c;
}

/* Queues a suspended fiber with a reason; the first reason wins. */
static void conn_wake(jk_conn *c, uint8_t reason)
{
    if (c->runnable || c->wait == WAIT_NONE) return;
    c->wake = reason;
    run_push(c->thread, c);
}

/* The connection has news in its atomics (killed, permit). */
static void conn_notice(jk_conn *c)
{
    if (is_killed(c)) conn_wake(c, WAKE_KILL);
    else if (c->wait == WAIT_PARK && atomic_load_explicit(&c->permit, memory_order_acquire))
        conn_wake(c, WAKE_UNPARK);
}

/* From any thread, c known to be open: make c's thread look at c's news. */
static void conn_post(jk_conn *c)
{
    io_thread *t = c->thread;
    if (t == current_thread) {
        /* Called from one of t's fibers (or t's loop), so c is not running
         * unless c is the caller itself, whose flags its next call sees. */
        conn_notice(c);
        return;
    }
    bool wake = false;
    pthread_mutex_lock(&t->lock);
    if (!c->in_inbox) {
        c->inbox_prev = NULL;
        c->inbox_next = t->inbox;
        if (t->inbox) t->inbox->inbox_prev = c;
        t->inbox = c;
        c->in_inbox = true;
    }
    if (!t->notified) t->notified = wake = true;
    pthread_mutex_unlock(&t->lock);
    if (wake) thread_wake(t);
}

/*
 * Suspends the running fiber until conn_wake; returns the WAKE_* reason.
 * Buffers the connection is not using go back to the pool first, which is
 * what makes an idle connection cheap.
 */
static int conn_wait(jk_conn *c, uint8_t kind, uint32_t events, int64_t deadline_ns)
{
    io_thread *t = c->thread;
    JK_ASSERT(jk_fiber_self() == c->fiber);
    JK_ASSERT(c->wait == WAIT_NONE && !c->runnable);
    if (is_killed(c)) return WAKE_KILL;
    if (deadline_ns != NO_DEADLINE) {
        if (deadline_ns <= now_ns()) return WAKE_TIMER;
        timer_arm(t, &c->timer, deadline_ns);
    }
    if (c->rbuf && c->rpos == c->rlen) {
        buf_put(t, c->rbuf);
        c->rbuf = NULL;
        c->rpos = c->rlen = 0;
    }
    if (c->wbuf && c->wlen == 0) {
        buf_put(t, c->wbuf);
        c->wbuf = NULL;
    }
    c->wait = kind;
    c->wait_events = events;
    c->wake = WAKE_NONE;
    jk_fiber_yield();
    JK_ASSERT(c->wake != WAKE_NONE);
    timer_disarm(t, &c->timer);
    c->wait = WAIT_NONE;
    c->wait_events = 0;
    c->budget = 0;
    return c->wake;
}

/* Lets the thread's other fibers run once; this one is queued behind them. */
static void conn_yield(jk_conn *c)
{
    JK_ASSERT(jk_fiber_self() == c->fiber);
    c->wait = WAIT_YIELD;
    c->wake = WAKE_RUN;
    run_push(c->thread, c);
    jk_fiber_yield();
    c->wait = WAIT_NONE;
    c->budget = 0;
}

/* Called at the top of every IO call: the NET_RUN_BUDGET fairness rule. */
static void conn_spend(jk_conn *c)
{
    if (++c->budget > NET_RUN_BUDGET) conn_yield(c);
}

/* ---- the byte pipe: plain socket or TLS ---- */

/* After an SSL call returned r <= 0: IO_AGAIN (with *want), 0 for EOF, IO_FAIL. */
static ssize_t tls_result(jk_conn *c, int r, uint32_t *want)
{
    switch (SSL_get_error(c->ssl, r)) {
    case SSL_ERROR_WANT_READ:
        *want = EPOLLIN;
        return IO_AGAIN;
    case SSL_ERROR_WANT_WRITE:
        *want = EPOLLOUT;
        return IO_AGAIN;
    case SSL_ERROR_ZERO_RETURN:
        return 0;
    case SSL_ERROR_SYSCALL:
        if (ERR_peek_error() == 0 && (errno == 0 || errno == ECONNRESET || errno == EPIPE)) return 0;
        c->broken = true;
        return IO_FAIL;
    default:
        c->broken = true;
        if (errno == 0) errno = EPROTO;
        return IO_FAIL;
    }
}

/* One receive: > 0 bytes, 0 at EOF, IO_AGAIN (*want set) or IO_FAIL. */
static ssize_t conn_recv(jk_conn *c, void *buf, size_t n, uint32_t *want)
{
    if (c->ssl) {
        ERR_clear_error();
        errno = 0;
        int r = SSL_read(c->ssl, buf, n > INT_MAX ? INT_MAX : (int)n);
        return r > 0 ? r : tls_result(c, r, want);
    }
    /* A request-response client is always waited for right after the
     * reply went out; a short read already told us the socket is empty,
     * so skip the recv that would say EAGAIN.  Any byte arriving after
     * that read is an edge epoll reports (see "Edge-triggered sockets"). */
    if (c->rx_drained) {
        *want = EPOLLIN;
        return IO_AGAIN;
    }
    for (;;) {
        ssize_t r = recv(c->fd, buf, n, 0);
        if (r > 0) c->rx_drained = (size_t)r < n;
        if (r >= 0) return r;
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            *want = EPOLLIN;
            return IO_AGAIN;
        }
        return errno == ECONNRESET ? 0 : IO_FAIL;
    }
}

/* One send: > 0 bytes, 0 when the peer is gone, IO_AGAIN (*want set) or IO_FAIL. */
static ssize_t conn_send(jk_conn *c, const void *buf, size_t n, uint32_t *want)
{
    JK_ASSERT(n > 0);
    if (c->ssl) {
        ERR_clear_error();
        errno = 0;
        int r = SSL_write(c->ssl, buf, n > INT_MAX ? INT_MAX : (int)n);
        return r > 0 ? r : tls_result(c, r, want);
    }
    for (;;) {
        ssize_t r = send(c->fd, buf, n, MSG_NOSIGNAL);
        if (r > 0) return r;
        if (r < 0 && errno == EINTR) continue;
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            *want = EPOLLOUT;
            return IO_AGAIN;
        }
        return r < 0 && (errno == EPIPE || errno == ECONNRESET) ? 0 : IO_FAIL;
    }
}

/* The checks every public IO call starts with; 0 to go on, else a status. */
static int conn_enter(jk_conn *c)
{
    JK_ASSERT(c != NULL);
    JK_ASSERT(jk_fiber_self() == c->fiber); /* only the connection's own fiber */
    if (is_killed(c)) return JK_NET_KILLED;
    if (c->broken) {
        errno = EPROTO;
        return JK_NET_ERROR;
    }
    conn_spend(c);
    return 0;
}

static size_t rbuf_take(jk_conn *c, void *buf, size_t n)
{
    size_t k = c->rlen - c->rpos;
    if (k > n) k = n;
    memcpy(buf, c->rbuf + c->rpos, k);
    c->rpos += k;
    return k;
}

ssize_t jk_conn_read(jk_conn *c, void *buf, size_t n, int64_t timeout_ms)
{
    int rc = conn_enter(c);
    if (rc < 0) return rc;
    if (n == 0) return 0;
    if (c->rpos < c->rlen) return (ssize_t)rbuf_take(c, buf, n);
    int64_t deadline = deadline_after(timeout_ms);
    for (;;) {
        uint32_t want = 0;
        ssize_t r;
        if (n >= JK_NET_BUF_BYTES) {
            r = conn_recv(c, buf, n, &want); /* big reads skip the copy */
        } else {
            if (!c->rbuf && !(c->rbuf = buf_get(c->thread))) {
                errno = ENOMEM;
                return JK_NET_ERROR;
            }
            r = conn_recv(c, c->rbuf, JK_NET_BUF_BYTES, &want);
            if (r > 0) {
                c->rpos = 0;
                c->rlen = (size_t)r;
                r = (ssize_t)rbuf_take(c, buf, n);
            }
        }
        if (r > 0) return r;
        if (r == 0) return JK_NET_EOF;
        if (r == IO_FAIL) return JK_NET_ERROR;
        int w = conn_wait(c, WAIT_IO, want, deadline);
        if (w != WAKE_IO) return wake_status(w);
    }
}

ssize_t jk_conn_read_full(jk_conn *c, void *buf, size_t n, int64_t timeout_ms)
{
    JK_ASSERT(n <= (size_t)SSIZE_MAX);
    size_t got = 0;
    while (got < n) {
        ssize_t r = jk_conn_read(c, (char *)buf + got, n - got, timeout_ms);
        if (r < 0) return r;
        got += (size_t)r;
    }
    return (ssize_t)n;
}

/* Sends p[0, n); *sent says how far it got.  The deadline restarts after
 * every send that made progress. */
static int send_all(jk_conn *c, const char *p, size_t n, int64_t timeout_ms, size_t *sent)
{
    *sent = 0;
    int64_t deadline = deadline_after(timeout_ms);
    bool moved = false;
    while (*sent < n) {
        uint32_t want = 0;
        ssize_t r = conn_send(c, p + *sent, n - *sent, &want);
        if (r > 0) {
            *sent += (size_t)r;
            moved = true;
            continue;
        }
        if (r == 0) return JK_NET_EOF;
        if (r == IO_FAIL) return JK_NET_ERROR;
        if (moved && timeout_ms >= 0) deadline = deadline_after(timeout_ms);
        moved = false;
        int w = conn_wait(c, WAIT_IO, want, deadline);
        if (w != WAKE_IO) return wake_status(w);
    }
    return 0;
}

int jk_conn_flush(jk_conn *c, int64_t timeout_ms)
{
    int rc = conn_enter(c);
    if (rc < 0) return rc;
    if (c->wlen == 0) return 0;
    size_t sent = 0;
    rc = send_all(c, c->wbuf, c->wlen, timeout_ms, &sent);
    if (sent > 0 && sent < c->wlen) memmove(c->wbuf, c->wbuf + sent, c->wlen - sent);
    c->wlen -= sent;
    JK_ASSERT(rc < 0 || c->wlen == 0);
    return rc;
}

ssize_t jk_conn_write(jk_conn *c, const void *buf, size_t n, int64_t timeout_ms)
{
    JK_ASSERT(n <= (size_t)SSIZE_MAX);
    int rc = conn_enter(c);
    if (rc < 0) return rc;
    if (n == 0) return 0;
    const char *p = buf;
    size_t left = n;
    if (!c->wbuf && !(c->wbuf = buf_get(c->thread))) {
        errno = ENOMEM;
        return JK_NET_ERROR;
    }
    size_t room = JK_NET_BUF_BYTES - c->wlen;
    if (left <= room) {
        memcpy(c->wbuf + c->wlen, p, left);
        c->wlen += left;
        return (ssize_t)n;
    }
    /* Top the buffer up so packets stay coalesced, send it, then send a
     * large rest straight from the caller's memory. */
    memcpy(c->wbuf + c->wlen, p, room);
    c->wlen += room;
    p += room;
    left -= room;
    rc = jk_conn_flush(c, timeout_ms);
    if (rc < 0) return rc;
    if (left >= JK_NET_BUF_BYTES) {
        size_t sent = 0;
        rc = send_all(c, p, left, timeout_ms, &sent);
        return rc < 0 ? rc : (ssize_t)n;
    }
    if (!c->wbuf && !(c->wbuf = buf_get(c->thread))) { /* a wait may have pooled it */
        errno = ENOMEM;
        return JK_NET_ERROR;
    }
    memcpy(c->wbuf, p, left);
    c->wlen = left;
    return (ssize_t)n;
}

/* ---- TLS ---- */

/* A BIO over the connection's socket that first returns the ciphertext read
 * into the read buffer before TLS started (a client may send its ClientHello
 * right behind the request to start TLS, and our read buffer may already
 * hold it).  MSG_NOSIGNAL: no SIGPIPE even if the application unignores it. */
static int bio_read(BIO *b, char *out, int len)
{
    jk_conn *c = BIO_get_data(b);
    BIO_clear_retry_flags(b);
    if (len <= 0) return 0;
    if (c->tls_pending) {
        size_t k = c->tls_pending_len - c->tls_pending_pos;
        if (k > (size_t)len) k = (size_t)len;
        memcpy(out, c->tls_pending + c->tls_pending_pos, k);
        c->tls_pending_pos += k;
        if (c->tls_pending_pos == c->tls_pending_len) {
            free(c->tls_pending);
            c->tls_pending = NULL;
        }
        return (int)k;
    }
    for (;;) {
        ssize_t r = recv(c->fd, out, (size_t)len, 0);
        if (r >= 0) return (int)r;
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) BIO_set_retry_read(b);
        return -1;
    }
}

static int bio_write(BIO *b, const char *in, int len)
{
    jk_conn *c = BIO_get_data(b);
    BIO_clear_retry_flags(b);
    if (len <= 0) return 0;
    for (;;) {
        ssize_t r = send(c->fd, in, (size_t)len, MSG_NOSIGNAL);
        if (r >= 0) return (int)r;
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) BIO_set_retry_write(b);
        return -1;
    }
}

static long bio_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    (void)b, (void)num, (void)ptr;
    return cmd == BIO_CTRL_FLUSH ? 1 : 0;
}

/* One BIO_METHOD for the process, made on first use and kept (OpenSSL has
 * a small, finite number of custom BIO type indexes). */
static BIO_METHOD *conn_bio_method;
static pthread_once_t conn_bio_once = PTHREAD_ONCE_INIT;
static void conn_bio_init(void)
{
    BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "jk_conn");
    if (!m) return;
    BIO_meth_set_read(m, bio_read);
    BIO_meth_set_write(m, bio_write);
    BIO_meth_set_ctrl(m, bio_ctrl);
    conn_bio_method = m;
}

int jk_conn_start_tls(jk_conn *c, jk_ssl_ctx *ctx, int64_t timeout_ms)
{
    int rc = conn_enter(c);
    if (rc < 0) return rc;
    JK_ASSERT(ctx != NULL);
    if (c->ssl) {
        errno = EALREADY;
        return JK_NET_ERROR;
    }
    rc = jk_conn_flush(c, timeout_ms); /* plaintext owed before the switch */
    if (rc < 0) return rc;
    SSL *ssl = SSL_new(ctx);
    BIO *bio = ssl ? BIO_new(conn_bio_method) : NULL;
    if (!bio) {
        SSL_free(ssl);
        errno = ENOMEM;
        return JK_NET_ERROR;
    }
    BIO_set_data(bio, c);
    BIO_set_init(bio, 1);
    SSL_set_bio(ssl, bio, bio);
    /* Partial writes and a moving buffer let flush keep its unsent tail at
     * the buffer's start; released buffers keep idle TLS connections small. */
    SSL_set_mode(ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
                          SSL_MODE_RELEASE_BUFFERS);
#ifdef SSL_OP_IGNORE_UNEXPECTED_EOF
    SSL_set_options(ssl, SSL_OP_IGNORE_UNEXPECTED_EOF); /* clients close without close_notify */
#endif
    SSL_set_accept_state(ssl);
    if (c->rpos < c->rlen) {
        size_t k = c->rlen - c->rpos;
        c->tls_pending = malloc(k);
        if (!c->tls_pending) {
            SSL_free(ssl);
            errno = ENOMEM;
            return JK_NET_ERROR;
        }
        memcpy(c->tls_pending, c->rbuf + c->rpos, k);
        c->tls_pending_pos = 0;
        c->tls_pending_len = k;
        c->rpos = c->rlen = 0;
    }
    c->ssl = ssl;
    int64_t deadline = deadline_after(timeout_ms);
    for (;;) {
        ERR_clear_error();
        errno = 0;
        int r = SSL_do_handshake(ssl);
        if (r == 1) break;
        uint32_t want = 0;
        ssize_t s = tls_result(c, r, &want);
        if (s != IO_AGAIN) { /* a half-done handshake cannot be resumed */
            c->broken = true;
            return s == 0 ? JK_NET_EOF : JK_NET_ERROR;
        }
        int w = conn_wait(c, WAIT_IO, want, deadline);
        if (w != WAKE_IO) {
            c->broken = true;
            return wake_status(w);
        }
    }
    c->tls_ok = true;
    return 0;
}

bool jk_conn_is_tls(const jk_conn *c) { return c->tls_ok; }

/* ---- small accessors ---- */

bool jk_conn_over_limit(const jk_conn *c) { return c->over_limit; }
uint64_t jk_conn_id(const jk_conn *c) { return c->id; }
const char *jk_conn_peer(const jk_conn *c) { return c->peer; }
/* Under the registry lock, so that it waits for a running foreach: once
 * it returns, no callback still holds the previous pointer. */
void jk_conn_set_data(jk_conn *c, void *data)
{
    JK_ASSERT(!in_foreach); /* the lock is not recursive */
    pthread_mutex_lock(&c->server->reg_lock);
    atomic_store_explicit(&c->data, data, memory_order_release);
    pthread_mutex_unlock(&c->server->reg_lock);
}
void *jk_conn_data(const jk_conn *c)
{
    return atomic_load_explicit(&((jk_conn *)c)->data, memory_order_acquire);
}
bool jk_conn_killed(const jk_conn *c) { return is_killed(c); }

/* ---- sleeping, parking, killing ---- */

bool jk_fiber_sleep(jk_conn *c, int64_t ms)
{
    JK_ASSERT(jk_fiber_self() == c->fiber);
    if (is_killed(c)) return false;
    if (ms <= 0) {
        conn_yield(c);
        return !is_killed(c);
    }
    return conn_wait(c, WAIT_SLEEP, 0, deadline_after(ms)) == WAKE_TIMER;
}

int jk_conn_park(jk_conn *c, int64_t timeout_ms)
{
    JK_ASSERT(jk_fiber_self() == c->fiber);
    if (is_killed(c)) return JK_NET_KILLED;
    if (atomic_exchange_explicit(&c->permit, false, memory_order_acq_rel)) return 0;
    int w = conn_wait(c, WAIT_PARK, 0, deadline_after(timeout_ms));
    if (w == WAKE_UNPARK) {
        atomic_store_explicit(&c->permit, false, memory_order_relaxed);
        return 0;
    }
    return wake_status(w);
}

void jk_conn_unpark(jk_conn *c)
{
    /* An already set permit has been (or is being) posted: nothing to add. */
    if (!atomic_exchange_explicit(&c->permit, true, memory_order_acq_rel)) conn_post(c);
}

void jk_conn_kill(jk_conn *c)
{
    atomic_store_explicit(&c->killed, true, memory_order_release);
    conn_post(c);
}

/* ---- the registry: id -> connection, for kill, unpark and foreach ---- */

static void registry_grow(jk_server *s)
{
    size_t n = s->nbuckets * 2;
    jk_conn **b = calloc(n, sizeof(*b));
    if (!b) return; /* longer chains, still correct */
    for (size_t i = 0; i < s->nbuckets; i++) {
        for (jk_conn *c = s->buckets[i], *next; c; c = next) {
            next = c->reg_next;
            c->reg_next = b[c->id & (n - 1)];
            b[c->id & (n - 1)] = c;
        }
    }
    free(s->buckets);
    s->buckets = b;
    s->nbuckets = n;
}

static void registry_add(jk_server *s, jk_conn *c)
{
    pthread_mutex_lock(&s->reg_lock);
    if (s->nregistered >= s->nbuckets) registry_grow(s);
    jk_conn **head = &s->buckets[c->id & (s->nbuckets - 1)];
    c->reg_next = *head;
    *head = c;
    s->nregistered++;
    pthread_mutex_unlock(&s->reg_lock);
}

static void registry_remove(jk_server *s, jk_conn *c)
{
    pthread_mutex_lock(&s->reg_lock);
    jk_conn **p = &s->buckets[c->id & (s->nbuckets - 1)];
    while (*p && *p != c) p = &(*p)->reg_next;
    JK_ASSERT(*p == c);
    if (*p) {
        *p = c->reg_next;
        s->nregistered--;
    }
    pthread_mutex_unlock(&s->reg_lock);
}

/* Caller holds reg_lock. */
static jk_conn *registry_find(jk_server *s, uint64_t id)
{
    jk_conn *c = s->buckets[id & (s->nbuckets - 1)];
    while (c && c->id != id) c = c->reg_next;
    return c;
}

bool jk_server_kill(jk_server *s, uint64_t conn_id)
{
    JK_ASSERT(!in_foreach);
    pthread_mutex_lock(&s->reg_lock);
    jk_conn *c = registry_find(s, conn_id);
    if (c) jk_conn_kill(c);
    pthread_mutex_unlock(&s->reg_lock);
    return c != NULL;
}

bool jk_server_unpark(jk_server *s, uint64_t conn_id)
{
    JK_ASSERT(!in_foreach);
    pthread_mutex_lock(&s->reg_lock);
    jk_conn *c = registry_find(s, conn_id);
    if (c) jk_conn_unpark(c);
    pthread_mutex_unlock(&s->reg_lock);
    return c != NULL;
}

void jk_server_foreach(jk_server *s, void (*fn)(jk_conn *c, void *arg), void *arg)
{
    JK_ASSERT(!in_foreach);
    pthread_mutex_lock(&s->reg_lock);
    in_foreach = true;
    for (size_t i = 0; i < s->nbuckets; i++)
        for (jk_conn *c = s->buckets[i]; c; c = c->reg_next) fn(c, arg);
    in_foreach = false;
    pthread_mutex_unlock(&s->reg_lock);
}

/* ---- connection life ---- */

/* The fiber body: the protocol's handler, then the close-time courtesies. */
static void conn_fiber(void *arg)
{
    jk_conn *c = arg;
    JK_ASSERT(c->wait == WAIT_START);
    c->wait = WAIT_NONE;
    c->server->handler(c, c->server->handler_arg);
    if (is_killed(c) || c->broken) return;
    if (c->wlen > 0 && jk_conn_flush(c, JK_NET_CLOSE_FLUSH_MS) < 0) return;
    if (c->tls_ok) {
        ERR_clear_error();
        SSL_shutdown(c->ssl); /* one try at close_notify; no waiting for the reply */
    }
}

/* Whether one more connection fits under max_connections. */
static bool admit(jk_server *s)
{
    unsigned n = atomic_load_explicit(&s->admitted, memory_order_relaxed);
    do {
        if (s->max_connections && n >= s->max_connections) return false;
    } while (!atomic_compare_exchange_weak_explicit(&s->admitted, &n, n + 1, memory_order_relaxed,
                                                    memory_order_relaxed));
    return true;
}

static void conn_discard(jk_conn *c)
{
    close(c->fd);
    free(c);
}

/* On c's thread: register an accepted connection and queue its fiber. */
static void conn_open(io_thread *t, jk_conn *c)
{
    jk_server *s = t->server;
    c->thread = t;
    c->timer.index = TIMER_IDLE;
    if (!heap_reserve(t, (size_t)t->nconns + 2)) { /* + the listener's retry timer */
        conn_discard(c);
        return;
    }
    c->fiber = jk_fiber_create(s->stack_bytes, conn_fiber, c);
    if (!c->fiber) {
        conn_discard(c);
        return;
    }
    struct epoll_event ev = { .events = EPOLLIN | EPOLLOUT | EPOLLET, .data.ptr = c };
    if (epoll_ctl(t->epfd, EPOLL_CTL_ADD, c->fd, &ev) != 0) {
        jk_fiber_free(c->fiber);
        conn_discard(c);
        return;
    }
    c->id = atomic_fetch_add_explicit(&next_conn_id, 1, memory_order_relaxed);
    c->over_limit = !admit(s);
    atomic_fetch_add_explicit(&s->nconns, 1, memory_order_relaxed);
    registry_add(s, c);
    c->prev = NULL;
    c->next = t->conns;
    if (t->conns) t->conns->prev = c;
    t->conns = c;
    t->nconns++;
    c->wait = WAIT_START;
    c->wake = WAKE_RUN;
    run_push(t, c);
}

/* On c's thread, its fiber finished: unregister, close, free. */
static void conn_close(io_thread *t, jk_conn *c)
{
    jk_server *s = t->server;
    JK_ASSERT(jk_fiber_done(c->fiber) && !c->runnable);
    registry_remove(s, c); /* from here no other thread can reach c by id */
    pthread_mutex_lock(&t->lock);
    if (c->in_inbox) {
        if (c->inbox_prev) c->inbox_prev->inbox_next = c->inbox_next;
        else t->inbox = c->inbox_next;
        if (c->inbox_next) c->inbox_next->inbox_prev = c->inbox_prev;
        c->in_inbox = false;
    }
    pthread_mutex_unlock(&t->lock);
    if (c->prev) c->prev->next = c->next;
    else t->conns = c->next;
    if (c->next) c->next->prev = c->prev;
    t->nconns--;
    timer_disarm(t, &c->timer);
    SSL_free(c->ssl); /* and its BIO */
    close(c->fd);     /* also leaves epoll */
    buf_put(t, c->rbuf);
    buf_put(t, c->wbuf);
    free(c->tls_pending);
    jk_fiber_free(c->fiber);
    if (!c->over_limit) atomic_fetch_sub_explicit(&s->admitted, 1, memory_order_relaxed);
    atomic_fetch_sub_explicit(&s->nconns, 1, memory_order_release);
    free(c);
}

static void format_peer(jk_conn *c, const struct sockaddr_storage *ss)
{
    char host[INET6_ADDRSTRLEN] = "?";
    unsigned port = 0;
    if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)ss;
        inet_ntop(AF_INET, &in->sin_addr, host, sizeof(host));
        port = ntohs(in->sin_port);
        snprintf(c->peer, sizeof(c->peer), "%s:%u", host, port);
    } else if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;
        port = ntohs(in6->sin6_port);
        if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) { /* an IPv4 client of a dual-stack "::" */
            inet_ntop(AF_INET, &in6->sin6_addr.s6_addr[12], host, sizeof(host));
            snprintf(c->peer, sizeof(c->peer), "%s:%u", host, port);
        } else {
            inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof(host));
            snprintf(c->peer, sizeof(c->peer), "[%s]:%u", host, port);
        }
    } else {
        snprintf(c->peer, sizeof(c->peer), "?");
    }
}

/* From the acceptor: give c to thread t (not the acceptor's own). */
static void handoff(io_thread *t, jk_conn *c)
{
    bool wake = false, refused = false;
    pthread_mutex_lock(&t->lock);
    if (t->stopping) {
        refused = true;
    } else {
        c->handoff_next = NULL;
        if (t->handoff_tail) t->handoff_tail->handoff_next = c;
        else t->handoff_head = c;
        t->handoff_tail = c;
        if (!t->notified) t->notified = wake = true;
    }
    pthread_mutex_unlock(&t->lock);
    if (refused) conn_discard(c);
    if (wake) thread_wake(t);
}

static void listener_pause(io_thread *t)
{
    epoll_ctl(t->epfd, EPOLL_CTL_DEL, t->server->listen_fd, NULL);
    t->listening = false;
    timer_arm(t, &t->accept_retry, deadline_after(NET_ACCEPT_RETRY_MS));
}

static void listener_resume(io_thread *t)
{
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = &t->listen_tag };
    if (t->stop_seen || t->server->listen_fd < 0) return;
    if (epoll_ctl(t->epfd, EPOLL_CTL_ADD, t->server->listen_fd, &ev) == 0) t->listening = true;
    else timer_arm(t, &t->accept_retry, deadline_after(NET_ACCEPT_RETRY_MS));
}

/* Thread 0, the listener is readable. */
static void listener_ready(io_thread *t)
{
    jk_server *s = t->server;
    for (int i = 0; i < NET_ACCEPT_BATCH_MAX; i++) {
        struct sockaddr_storage ss;
        socklen_t len = sizeof(ss);
        int fd = accept4(s->listen_fd, (struct sockaddr *)&ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED || errno == EPROTO) continue;
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)
                listener_pause(t);
            return; /* EAGAIN, or a network error accept(2) says to retry later */
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        jk_conn *c = calloc(1, sizeof(*c));
        if (!c) {
            close(fd);
            continue;
        }
        c->fd = fd;
        c->server = s;
        atomic_init(&c->data, NULL);
        atomic_init(&c->killed, false);
        atomic_init(&c->permit, false);
        format_peer(c, &ss);
        io_thread *target = &s->threads[s->deal_next++ % s->nthreads];
        if (target == t) conn_open(t, c);
        else handoff(target, c);
    }
}

/* The stop flag was seen: stop accepting and kill every connection. */
static void thread_stop(io_thread *t)
{
    jk_server *s = t->server;
    t->stop_seen = true;
    if (t->index == 0 && s->listen_fd >= 0) {
        timer_disarm(t, &t->accept_retry);
        close(s->listen_fd); /* new clients are refused from now on */
        s->listen_fd = -1;
        t->listening = false;
    }
    for (jk_conn *c = t->conns; c; c = c->next) {
        atomic_store_explicit(&c->killed, true, memory_order_release);
        conn_wake(c, WAKE_KILL);
    }
}

static void inbox_drain(io_thread *t)
{
    uint64_t count;
    ssize_t r = read(t->evfd, &count, sizeof(count)); /* before the drain: no lost wakeup */
    (void)r;
    pthread_mutex_lock(&t->lock);
    t->notified = false;
    bool stopping = t->stopping;
    jk_conn *handed = t->handoff_head;
    t->handoff_head = t->handoff_tail = NULL;
    while (t->inbox) {
        jk_conn *c = t->inbox;
        t->inbox = c->inbox_next;
        c->inbox_prev = c->inbox_next = NULL;
        c->in_inbox = false;
        conn_notice(c); /* only queues the fiber: cheap under the lock */
    }
    pthread_mutex_unlock(&t->lock);
    while (handed) {
        jk_conn *c = handed;
        handed = c->handoff_next;
        if (stopping) conn_discard(c);
        else conn_open(t, c);
    }
    if (stopping && !t->stop_seen) thread_stop(t);
}

static void timers_expire(io_thread *t)
{
    int64_t now = now_ns();
    while (t->heap_len > 0 && t->heap[0]->deadline_ns <= now) {
        net_timer *x = t->heap[0];
        timer_disarm(t, x);
        if (x == &t->accept_retry) {
            listener_resume(t);
        } else {
            jk_conn *c = (jk_conn *)((char *)x - offsetof(jk_conn, timer));
            conn_wake(c, WAKE_TIMER);
        }
    }
}

static void run_fibers(io_thread *t)
{
    for (uint32_t n = t->nrun; n > 0; n--) { /* those queued now; the rest next round */
        jk_conn *c = run_pop(t);
        JK_ASSERT(c != NULL && c->wake != WAKE_NONE);
        jk_fiber_resume(c->fiber);
        if (jk_fiber_done(c->fiber)) conn_close(t, c);
    }
}

static void *io_thread_main(void *arg)
{
    io_thread *t = arg;
    current_thread = t;
    struct epoll_event events[NET_EVENTS_MAX];
    for (;;) {
        run_fibers(t);
        if (t->stop_seen && t->nconns == 0) break;
        int n = epoll_wait(t->epfd, events, NET_EVENTS_MAX, loop_timeout_ms(t));
        for (int i = 0; i < n; i++) {
            void *p = events[i].data.ptr;
            if (p == &t->evfd_tag) {
                inbox_drain(t);
            } else if (p == &t->listen_tag) {
                if (t->listening) listener_ready(t);
            } else {
                jk_conn *c = p;
                if (events[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP))
                    c->rx_drained = false;
                if (c->wait == WAIT_IO && (events[i].events & (c->wait_events | EPOLLERR | EPOLLHUP)))
                    conn_wake(c, WAKE_IO);
            }
        }
        JK_ASSERT(n >= 0 || errno == EINTR);
        timers_expire(t);
    }
    while (t->pool) {
        char *b = t->pool;
        memcpy(&t->pool, b, sizeof(char *));
        free(b);
    }
    t->npool = 0;
    jk_fiber_thread_exit();
    OPENSSL_thread_stop();
    current_thread = NULL;
    return NULL;
}

/* ---- server ---- */

static void server_free(jk_server *s)
{
    if (s->listen_fd >= 0) close(s->listen_fd);
    for (unsigned i = 0; s->threads && i < s->nthreads; i++) {
        io_thread *t = &s->threads[i];
        JK_ASSERT(t->nconns == 0 && !t->inbox);
        while (t->handoff_head) { /* only if start failed part way */
            jk_conn *c = t->handoff_head;
            t->handoff_head = c->handoff_next;
            conn_discard(c);
        }
        if (t->epfd >= 0) close(t->epfd);
        if (t->evfd >= 0) close(t->evfd);
        free(t->heap);
        pthread_mutex_destroy(&t->lock);
    }
    free(s->threads);
    free(s->buckets);
    pthread_mutex_destroy(&s->reg_lock);
    free(s);
}

static int listen_on(jk_server *s, const char *addr, int port, char *err, size_t errlen)
{
    struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                              .ai_flags = AI_PASSIVE | AI_NUMERICSERV };
    struct addrinfo *res = NULL;
    char service[16];
    snprintf(service, sizeof(service), "%d", port);
    int gai = getaddrinfo(addr, service, &hints, &res);
    if (gai != 0) {
        set_err(err, errlen, "bind address %s: %s", addr, gai_strerror(gai));
        return -1;
    }
    int e = 0;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        int fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0) {
            e = errno;
            continue;
        }
        int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)); /* restart over TIME_WAIT */
        if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && listen(fd, SOMAXCONN) == 0) {
            struct sockaddr_storage ss;
            socklen_t len = sizeof(ss);
            getsockname(fd, (struct sockaddr *)&ss, &len);
            s->port = ntohs(ss.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&ss)->sin6_port
                                                     : ((struct sockaddr_in *)&ss)->sin_port);
            s->listen_fd = fd;
            freeaddrinfo(res);
            return 0;
        }
        e = errno;
        close(fd);
    }
    freeaddrinfo(res);
    set_err(err, errlen, "listen on %s port %d: %s", addr, port, strerror(e));
    return -1;
}

static int thread_init(jk_server *s, unsigned i, char *err, size_t errlen)
{
    io_thread *t = &s->threads[i];
    t->server = s;
    t->index = i;
    t->accept_retry.index = TIMER_IDLE;
    t->epfd = epoll_create1(EPOLL_CLOEXEC);
    t->evfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = &t->evfd_tag };
    if (t->epfd < 0 || t->evfd < 0 || epoll_ctl(t->epfd, EPOLL_CTL_ADD, t->evfd, &ev) != 0 ||
        !heap_reserve(t, 16)) {
        set_err(err, errlen, "IO thread %u: %s", i, strerror(errno));
        return -1;
    }
    if (i == 0) {
        struct epoll_event lev = { .events = EPOLLIN, .data.ptr = &t->listen_tag };
        if (epoll_ctl(t->epfd, EPOLL_CTL_ADD, s->listen_fd, &lev) != 0) {
            set_err(err, errlen, "listener: %s", strerror(errno));
            return -1;
        }
        t->listening = true;
    }
    return 0;
}

/* Asks every started thread to stop, then joins them. */
static void threads_stop(jk_server *s)
{
    for (unsigned i = 0; i < s->nthreads; i++) {
        io_thread *t = &s->threads[i];
        if (!t->started) continue;
        bool wake = false;
        pthread_mutex_lock(&t->lock);
        t->stopping = true;
        if (!t->notified) t->notified = wake = true;
        pthread_mutex_unlock(&t->lock);
        if (wake) thread_wake(t);
    }
    for (unsigned i = 0; i < s->nthreads; i++)
        if (s->threads[i].started) pthread_join(s->threads[i].tid, NULL);
}

int jk_server_start(const jk_server_config *cfg, jk_server **out, char *err, size_t errlen)
{
    JK_ASSERT(out != NULL);
    *out = NULL;
    if (!cfg || !cfg->handler) {
        set_err(err, errlen, "no connection handler");
        return -1;
    }
    if (cfg->threads < 0 || cfg->threads > (int)JK_NET_THREADS_MAX || cfg->port < 0 ||
        cfg->port > 65535 || cfg->max_connections < 0 || cfg->fiber_stack_bytes > JK_FIBER_STACK_MAX) {
        set_err(err, errlen, "bad network configuration (threads %d, port %d, max_connections %d)",
                cfg->threads, cfg->port, cfg->max_connections);
        return -1;
    }
    pthread_once(&conn_bio_once, conn_bio_init);
    if (!conn_bio_method) {
        set_err(err, errlen, "OpenSSL: cannot create the connection BIO");
        return -1;
    }
    /* Writes use MSG_NOSIGNAL already; this covers everything else. */
    signal(SIGPIPE, SIG_IGN);

    jk_server *s = calloc(1, sizeof(*s));
    if (!s) {
        set_err(err, errlen, "out of memory");
        return -1;
    }
    s->handler = cfg->handler;
    s->handler_arg = cfg->handler_arg;
    s->stack_bytes = cfg->fiber_stack_bytes ? cfg->fiber_stack_bytes : JK_FIBER_STACK_DEFAULT;
    s->max_connections = (unsigned)cfg->max_connections;
    s->listen_fd = -1;
    atomic_init(&s->nconns, 0);
    atomic_init(&s->admitted, 0);
    pthread_mutex_init(&s->reg_lock, NULL);
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    s->nthreads = cfg->threads > 0 ? (unsigned)cfg->threads
                                   : (unsigned)(ncpu < 1 ? 1 : ncpu > JK_NET_THREADS_MAX ? JK_NET_THREADS_MAX : ncpu);
    s->nbuckets = NET_REGISTRY_MIN;
    s->buckets = calloc(s->nbuckets, sizeof(*s->buckets));
    s->threads = calloc(s->nthreads, sizeof(*s->threads));
    if (!s->buckets || !s->threads) {
        set_err(err, errlen, "out of memory");
        s->nthreads = 0;
        goto fail;
    }
    for (unsigned i = 0; i < s->nthreads; i++) {
        s->threads[i].epfd = s->threads[i].evfd = -1;
        pthread_mutex_init(&s->threads[i].lock, NULL);
    }
    if (listen_on(s, cfg->bind_addr ? cfg->bind_addr : "127.0.0.1", cfg->port, err, errlen) < 0) goto fail;
    for (unsigned i = 0; i < s->nthreads; i++)
        if (thread_init(s, i, err, errlen) < 0) goto fail;

    /* IO threads take no asynchronous signals (SIGTERM and SIGINT go to the
     * application's threads); faults still reach the sanitizers.  Thread 0,
     * the acceptor, starts last so that no connection is dealt to a thread
     * that failed to start. */
    sigset_t all, old;
    sigfillset(&all);
    int faults[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, SIGSYS };
    for (size_t i = 0; i < sizeof(faults) / sizeof(faults[0]); i++) sigdelset(&all, faults[i]);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int rc = 0;
    /* Handlers may use the server (kill, foreach) as soon as threads run:
     * publish it first (pthread_create orders this write before them). */
    *out = s;
    if (cfg->bound) cfg->bound(s->port, cfg->handler_arg);
    for (unsigned i = s->nthreads; i-- > 0 && rc == 0;) {
        rc = pthread_create(&s->threads[i].tid, NULL, io_thread_main, &s->threads[i]);
        if (rc == 0) s->threads[i].started = true;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0) {
        set_err(err, errlen, "starting IO threads: %s", strerror(rc));
        threads_stop(s);
        *out = NULL;
        goto fail;
    }
    return 0;
fail:
    server_free(s);
    return -1;
}

void jk_server_stop(jk_server *s)
{
    if (!s) return;
    JK_ASSERT(jk_fiber_self() == NULL && current_thread == NULL); /* not from an IO thread */
    threads_stop(s);
    JK_ASSERT(atomic_load(&s->nconns) == 0 && s->nregistered == 0);
    server_free(s);
}

int jk_server_port(const jk_server *s) { return s->port; }

uint32_t jk_server_connection_count(const jk_server *s)
{
    return atomic_load_explicit(&((jk_server *)s)->nconns, memory_order_acquire);
}
