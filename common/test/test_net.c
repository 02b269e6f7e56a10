/*
 * jk_net over real loopback sockets (127.0.0.1, port 0).
 *
 * The server side runs a tiny line protocol (proto_handler): one command per
 * line, one reply line per command, e.g. "echo hi" -> "hi".  Handlers count
 * the statuses that ended them (EOF, killed, timeout, error), so a test can
 * check what the server saw, not only what the client saw.  Clients are
 * ordinary blocking sockets with 10 s socket timeouts, so no test can hang
 * on a lost reply; every wait for the server is bounded (WAIT_UNTIL).
 *
 * Multi-threaded tests keep CHECKs out of their client threads: each thread
 * records failures in its own struct and the test checks after joining.
 */
#include "jimkv/net.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include "../../test/jk_test.h"

/* ---- time ---- */

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(int ms)
{
    struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000 };
    nanosleep(&ts, NULL);
}

/* Polls cond every millisecond for at most ms; the test CHECKs cond after. */
#define WAIT_UNTIL(cond, ms)                                                   \
    do {                                                                       \
        int64_t until_ = now_ms() + (ms);                                      \
        while (!(cond) && now_ms() < until_) sleep_ms(1);                      \
    } while (0)

/* ---- the server side: a line protocol ---- */

/* Set before the server starts, except idle_timeout_ms (atomic: tests
 * change it while handlers run). */
typedef struct proto_cfg {
    _Atomic int64_t idle_timeout_ms; /* for reading a command line; -1 none */
    int start_delay_ms;              /* sleep before the first read */
    SSL_CTX *tls;
} proto_cfg;

static jk_server *srv;
static _Atomic(jk_server *) srv_for_handlers; /* srv, published to the IO threads */
static proto_cfg pcfg;
static atomic_int st_eof, st_killed, st_timeout, st_error, handlers_running;

static pthread_mutex_t order_lock = PTHREAD_MUTEX_INITIALIZER;
static int wake_order[16];
static int wake_order_len;

static void note(ssize_t status)
{
    switch (status) {
    case JK_NET_EOF: atomic_fetch_add(&st_eof, 1); break;
    case JK_NET_KILLED: atomic_fetch_add(&st_killed, 1); break;
    case JK_NET_TIMEOUT: atomic_fetch_add(&st_timeout, 1); break;
    default: atomic_fetch_add(&st_error, 1); break;
    }
}

/* One line without its '\n', byte by byte: the read buffer makes that cheap. */
static ssize_t read_line(jk_conn *c, char *line, size_t cap, int64_t timeout_ms)
{
    size_t n = 0;
    for (;;) {
        char ch;
        ssize_t r = jk_conn_read(c, &ch, 1, timeout_ms);
        if (r < 0) return r;
        if (ch == '\n') break;
        if (n + 1 < cap) line[n++] = ch;
    }
    line[n] = '\0';
    return (ssize_t)n;
}

static ssize_t put(jk_conn *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static ssize_t put(jk_conn *c, const char *fmt, ...)
{
    char out[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, sizeof(out), fmt, ap);
    va_end(ap);
    return jk_conn_write(c, out, (size_t)n, 5000);
}

static unsigned char pattern_at(size_t i) { return (unsigned char)(i % 251); }

/* i % 251 for i < PATTERN_BYTES, filled once before any server starts: a
 * write at stream offset o starts at pattern + o % 251. */
#define PATTERN_PIECE_MAX (3u << 20)
#define PATTERN_BYTES (PATTERN_PIECE_MAX + 251)
static unsigned char pattern[PATTERN_BYTES];

/* Writes n pattern bytes in pieces of changing sizes, so both the buffered
 * path and the direct path of jk_conn_write are used. */
static ssize_t write_pattern(jk_conn *c, size_t n, int64_t timeout_ms)
{
    static const size_t pieces[] = { 1, 100, 16383, 16384, 70000, 1 << 20, 7, PATTERN_PIECE_MAX };
    size_t done = 0;
    ssize_t rc = 0;
    for (unsigned k = 0; done < n && rc >= 0; k++) {
        size_t len = pieces[k % (sizeof(pieces) / sizeof(pieces[0]))];
        if (len > n - done) len = n - done;
        rc = jk_conn_write(c, pattern + done % 251, len, timeout_ms);
        done += len;
    }
    if (rc >= 0) rc = jk_conn_flush(c, timeout_ms);
    return rc;
}

/* Runs one command; false ends the connection. */
static bool command(jk_conn *c, char *line)
{
    ssize_t rc = 0;
    long long arg = 0;
    char *space = strchr(line, ' ');
    if (space) arg = strtoll(space + 1, NULL, 10);
    if (strncmp(line, "echo ", 5) == 0) {
        rc = put(c, "%s\n", line + 5);
    } else if (strcmp(line, "id") == 0) {
        rc = put(c, "%llu\n", (unsigned long long)jk_conn_id(c));
    } else if (strcmp(line, "peer") == 0) {
        rc = put(c, "%s\n", jk_conn_peer(c));
    } else if (strcmp(line, "limit") == 0) {
        rc = put(c, "%s\n", jk_conn_over_limit(c) ? "over" : "ok");
    } else if (strncmp(line, "sleep ", 6) == 0) {
        if (!jk_fiber_sleep(c, arg)) {
            note(JK_NET_KILLED);
            return false;
        }
        pthread_mutex_lock(&order_lock);
        if (wake_order_len < 16) wake_order[wake_order_len++] = (int)arg;
        pthread_mutex_unlock(&order_lock);
        rc = put(c, "slept\n");
    } else if (strncmp(line, "read ", 5) == 0) {
        char ch;
        rc = jk_conn_read(c, &ch, 1, arg);
        if (rc == JK_NET_TIMEOUT) rc = put(c, "timeout\n");
        else if (rc > 0) rc = put(c, "got %c\n", ch);
    } else if (strncmp(line, "readfull ", 9) == 0) {
        char *buf = malloc((size_t)arg);
        rc = buf ? jk_conn_read_full(c, buf, (size_t)arg, 5000) : JK_NET_ERROR;
        free(buf);
        if (rc >= 0) rc = put(c, "ok\n");
    } else if (strncmp(line, "big ", 4) == 0) {
        rc = write_pattern(c, (size_t)arg, 10000);
    } else if (strncmp(line, "bigstall ", 9) == 0) {
        rc = write_pattern(c, (size_t)arg, 200); /* the client never reads */
    } else if (strncmp(line, "blob ", 5) == 0) {
        char *buf = malloc((size_t)arg);
        rc = buf ? jk_conn_read_full(c, buf, (size_t)arg, 5000) : JK_NET_ERROR;
        if (rc >= 0) rc = jk_conn_write(c, buf, (size_t)arg, 5000);
        free(buf);
    } else if (strncmp(line, "park ", 5) == 0) {
        rc = jk_conn_park(c, arg);
        if (rc == 0) rc = put(c, "unparked\n");
        else if (rc == JK_NET_TIMEOUT) rc = put(c, "timeout\n");
    } else if (strncmp(line, "wake ", 5) == 0) {
        rc = put(c, "%s\n", jk_server_unpark(atomic_load(&srv_for_handlers), (uint64_t)arg) ? "woke" : "none");
    } else if (strcmp(line, "tls") == 0 || strcmp(line, "tlsnow") == 0) {
        if (line[3] != 'n') {
            rc = put(c, "ok\n");
            if (rc >= 0) rc = jk_conn_flush(c, 5000);
        }
        if (rc >= 0) rc = jk_conn_start_tls(c, pcfg.tls, 5000);
    } else if (strncmp(line, "churn ", 6) == 0) {
        /* Attach, yield, detach, free: foreach readers must never see freed data. */
        for (long long i = 0; i < arg; i++) {
            int *data = malloc(4 * sizeof(int));
            if (!data) break;
            data[0] = 0x5eed;
            jk_conn_set_data(c, data);
            jk_fiber_sleep(c, 0);
            jk_conn_set_data(c, NULL);
            data[0] = 0;
            free(data);
            jk_fiber_sleep(c, 0);
        }
        rc = put(c, "churned\n");
    } else if (strcmp(line, "selfkill") == 0) {
        jk_conn_kill(c); /* KILL of one's own connection */
        rc = jk_conn_killed(c) ? put(c, "not sent\n") : JK_NET_ERROR;
    } else if (strcmp(line, "istls") == 0) {
        rc = put(c, "%s\n", jk_conn_is_tls(c) ? "yes" : "no");
    } else if (strcmp(line, "quit") == 0) {
        put(c, "bye\n"); /* left buffered: the close flushes it */
        return false;
    } else {
        rc = put(c, "unknown\n");
    }
    if (rc < 0) {
        note(rc);
        return false;
    }
    return true;
}

static void proto_handler(jk_conn *c, void *arg)
{
    (void)arg;
    atomic_fetch_add(&handlers_running, 1);
    if (pcfg.start_delay_ms > 0) jk_fiber_sleep(c, pcfg.start_delay_ms);
    for (;;) {
        char line[256];
        ssize_t n = read_line(c, line, sizeof(line), atomic_load(&pcfg.idle_timeout_ms));
        if (n < 0) {
            note(n);
            break;
        }
        if (!command(c, line)) break;
        int rc = jk_conn_flush(c, 5000);
        if (rc < 0) {
            note(rc);
            break;
        }
    }
    atomic_fetch_sub(&handlers_running, 1);
}

static bool server_start(int threads, int max_connections)
{
    jk_server_config cfg = { .bind_addr = "127.0.0.1", .port = 0, .threads = threads,
                             .max_connections = max_connections, .handler = proto_handler };
    char err[256];
    if (jk_server_start(&cfg, &srv, err, sizeof(err)) != 0) {
        fprintf(stderr, "jk_server_start: %s\n", err);
        return false;
    }
    atomic_store(&srv_for_handlers, srv);
    return jk_server_port(srv) > 0;
}

static void net_setup(void)
{
    pcfg.start_delay_ms = 0;
    pcfg.tls = NULL;
    atomic_store(&pcfg.idle_timeout_ms, -1);
    atomic_store(&st_eof, 0);
    atomic_store(&st_killed, 0);
    atomic_store(&st_timeout, 0);
    atomic_store(&st_error, 0);
    wake_order_len = 0;
}

static void net_teardown(void)
{
    if (srv) jk_server_stop(srv);
    srv = NULL;
    atomic_store(&srv_for_handlers, NULL);
    if (pcfg.tls) SSL_CTX_free(pcfg.tls);
    pcfg.tls = NULL;
}

/* ---- the client side ---- */

typedef struct client {
    int fd;
    SSL *ssl;
    char buf[4096];
    size_t pos, len;
} client;

static bool client_connect(client *cl, int port)
{
    memset(cl, 0, sizeof(*cl));
    cl->fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (cl->fd < 0) return false;
    struct timeval tv = { 10, 0 };
    setsockopt(cl->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    setsockopt(cl->fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
    int one = 1;
    setsockopt(cl->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(cl->fd, (struct sockaddr *)&sa, sizeof(sa)) != 0) {
        close(cl->fd);
        cl->fd = -1;
        return false;
    }
    return true;
}

static void client_close(client *cl)
{
    if (cl->ssl) SSL_free(cl->ssl);
    cl->ssl = NULL;
    if (cl->fd >= 0) close(cl->fd);
    cl->fd = -1;
}

static bool client_send(client *cl, const void *p, size_t n)
{
    const char *q = p;
    while (n > 0) {
        ssize_t r = cl->ssl ? SSL_write(cl->ssl, q, (int)(n > 65536 ? 65536 : n))
                            : send(cl->fd, q, n, MSG_NOSIGNAL);
        if (r <= 0) return false;
        q += r;
        n -= (size_t)r;
    }
    return true;
}

static bool client_sendf(client *cl, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool client_sendf(client *cl, const char *fmt, ...)
{
    char out[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, sizeof(out), fmt, ap);
    va_end(ap);
    return client_send(cl, out, (size_t)n);
}

/* > 0 bytes, 0 at EOF (or reset), -1 on error or timeout. */
static ssize_t client_recv(client *cl, void *p, size_t n)
{
    if (cl->pos < cl->len) {
        size_t k = cl->len - cl->pos < n ? cl->len - cl->pos : n;
        memcpy(p, cl->buf + cl->pos, k);
        cl->pos += k;
        return (ssize_t)k;
    }
    if (cl->ssl) {
        int r = SSL_read(cl->ssl, p, (int)(n > INT32_MAX ? INT32_MAX : n));
        if (r > 0) return r;
        int e = SSL_get_error(cl->ssl, r);
        return e == SSL_ERROR_ZERO_RETURN || (e == SSL_ERROR_SYSCALL && errno == 0) ? 0 : -1;
    }
    ssize_t r = recv(cl->fd, p, n, 0);
    if (r < 0 && errno == ECONNRESET) return 0;
    return r;
}

static bool client_fill(client *cl)
{
    cl->pos = 0;
    cl->len = 0;
    ssize_t r = client_recv(cl, cl->buf, sizeof(cl->buf));
    if (r <= 0) return false;
    cl->len = (size_t)r;
    return true;
}

/* The next line without '\n' into out; false on EOF, error or timeout. */
static bool client_line(client *cl, char *out, size_t cap)
{
    size_t n = 0;
    for (;;) {
        if (cl->pos == cl->len && !client_fill(cl)) return false;
        char ch = cl->buf[cl->pos++];
        if (ch == '\n') break;
        if (n + 1 < cap) out[n++] = ch;
    }
    out[n] = '\0';
    return true;
}

static bool client_read_full(client *cl, void *p, size_t n)
{
    char *q = p;
    while (n > 0) {
        ssize_t r = client_recv(cl, q, n);
        if (r <= 0) return false;
        q += r;
        n -= (size_t)r;
    }
    return true;
}

/* Sends a command and compares the reply line. */
static bool client_ask(client *cl, const char *cmd, const char *want)
{
    char line[512];
    return client_sendf(cl, "%s\n", cmd) && client_line(cl, line, sizeof(line)) &&
           strcmp(line, want) == 0;
}

/* The peer closed: reads reach EOF (waits up to the socket timeout).  Up to
 * 64 KiB before it are skipped (a TLS alert, say). */
static bool client_sees_eof(client *cl)
{
    char buf[4096];
    for (int i = 0; i < 16; i++) {
        ssize_t r = client_recv(cl, buf, sizeof(buf));
        if (r <= 0) return r == 0;
    }
    return false;
}

static uint64_t client_id(client *cl)
{
    char line[64];
    if (!client_sendf(cl, "id\n") || !client_line(cl, line, sizeof(line))) return 0;
    return strtoull(line, NULL, 10);
}

/* ---- basic behaviour ---- */

TEST(net, echo_round_trips_and_close_flushes_what_the_handler_left, net_setup, net_teardown)
{
    CHECK(server_start(2, 0));
    client cl;
    CHECK(client_connect(&cl, jk_server_port(srv)));
    CHECK(client_ask(&cl, "echo hello", "hello"));
    for (int i = 0; i < 200; i++) {
        char cmd[64], want[64];
        snprintf(cmd, sizeof(cmd), "echo round %d", i);
        snprintf(want, sizeof(want), "round %d", i);
        CHECK(client_ask(&cl, cmd, want));
    }
    CHECK(client_ask(&cl, "nonsense", "unknown"));

    struct sockaddr_in local;
    socklen_t len = sizeof(local);
    CHECK(getsockname(cl.fd, (struct sockaddr *)&local, &len) == 0);
    char want_peer[64];
    snprintf(want_peer, sizeof(want_peer), "127.0.0.1:%u", ntohs(local.sin_port));
    CHECK(client_ask(&cl, "peer", want_peer));
    CHECK(client_id(&cl) >= 1);
    CHECK_EQ_INT(jk_server_connection_count(srv), 1);

    CHECK(client_ask(&cl, "quit", "bye"));
    CHECK(client_sees_eof(&cl));
    client_close(&cl);
    WAIT_UNTIL(jk_server_connection_count(srv) == 0, 5000);
    CHECK_EQ_INT(jk_server_connection_count(srv), 0);
}

TEST(net, connection_ids_are_unique_and_increasing, net_setup, net_teardown)
{
    CHECK(server_start(3, 0));
    uint64_t prev = 0;
    for (int i = 0; i < 20; i++) {
        client cl;
        CHECK(client_connect(&cl, jk_server_port(srv)));
        uint64_t id = client_id(&cl);
        client_close(&cl);
        CHECK(id > prev); /* sequential connects: registered in order */
        prev = id;
    }
}

TEST(net, start_reports_bad_configuration_and_a_busy_port, net_setup, net_teardown)
{
    char err[256] = "";
    jk_server *s = NULL;
    jk_server_config bad = { .threads = -1, .handler = proto_handler };
    CHECK(jk_server_start(&bad, &s, err, sizeof(err)) == -1 && s == NULL && err[0]);
    jk_server_config many = { .threads = JK_NET_THREADS_MAX + 1, .handler = proto_handler };
    CHECK(jk_server_start(&many, &s, err, sizeof(err)) == -1 && s == NULL);
    jk_server_config nohandler = { .threads = 1 };
    CHECK(jk_server_start(&nohandler, &s, err, sizeof(err)) == -1);
    /* TEST-NET-1: numeric (no DNS), and not an address of this host. */
    jk_server_config badaddr = { .bind_addr = "192.0.2.1", .threads = 1, .handler = proto_handler };
    CHECK(jk_server_start(&badaddr, &s, err, sizeof(err)) == -1 && s == NULL);
    CHECK(strstr(err, "192.0.2.1") != NULL);

    CHECK(server_start(1, 0));
    jk_server_config busy = { .bind_addr = "127.0.0.1", .port = jk_server_port(srv), .threads = 1,
                              .handler = proto_handler };
    err[0] = '\0';
    CHECK(jk_server_start(&busy, &s, err, sizeof(err)) == -1 && s == NULL);
    CHECK(strstr(err, "in use") != NULL);
}

/* ---- many connections ---- */

#define CONC_THREADS 8
#define CONC_PER_THREAD 130 /* 1,040 connections */
#define CONC_ROUNDS 3

typedef struct conc_client {
    pthread_t tid;
    int index;
    int port;
    pthread_barrier_t *barrier;
    int failures;
    client cl[CONC_PER_THREAD];
} conc_client;

static void *conc_main(void *arg)
{
    conc_client *t = arg;
    int connected = 0;
    for (int j = 0; j < CONC_PER_THREAD; j++) {
        if (client_connect(&t->cl[j], t->port)) connected++;
        else t->failures++;
    }
    pthread_barrier_wait(t->barrier); /* all connected: main counts */
    pthread_barrier_wait(t->barrier); /* main has counted */
    for (int r = 0; r < CONC_ROUNDS && connected == CONC_PER_THREAD; r++) {
        for (int j = 0; j < CONC_PER_THREAD; j++)
            if (!client_sendf(&t->cl[j], "echo t%d c%d r%d\n", t->index, j, r)) t->failures++;
        for (int j = 0; j < CONC_PER_THREAD; j++) {
            char line[64], want[64];
            snprintf(want, sizeof(want), "t%d c%d r%d", t->index, j, r);
            if (!client_line(&t->cl[j], line, sizeof(line)) || strcmp(line, want) != 0) t->failures++;
        }
    }
    for (int j = 0; j < CONC_PER_THREAD; j++) client_close(&t->cl[j]);
    return NULL;
}

typedef struct id_list {
    uint64_t ids[CONC_THREADS * CONC_PER_THREAD + 16];
    int n;
    int bad_peer;
} id_list;

static void collect_id(jk_conn *c, void *arg)
{
    id_list *l = arg;
    if (l->n < (int)(sizeof(l->ids) / sizeof(l->ids[0]))) l->ids[l->n++] = jk_conn_id(c);
    if (strncmp(jk_conn_peer(c), "127.0.0.1:", 10) != 0) l->bad_peer++;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static bool raise_fd_limit(rlim_t want)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0) return false;
    if (rl.rlim_cur >= want) return true;
    if (rl.rlim_max < want) return false;
    rl.rlim_cur = want;
    return setrlimit(RLIMIT_NOFILE, &rl) == 0;
}

TEST(net, a_thousand_concurrent_connections_are_served, net_setup, net_teardown)
{
    const int total = CONC_THREADS * CONC_PER_THREAD;
    if (!raise_fd_limit((rlim_t)total * 2 + 256)) {
        printf("skipped: RLIMIT_NOFILE too low for %d connections\n", total);
        return;
    }
    CHECK(server_start(4, 0));
    static conc_client clients[CONC_THREADS];
    pthread_barrier_t barrier;
    pthread_barrier_init(&barrier, NULL, CONC_THREADS + 1);
    for (int i = 0; i < CONC_THREADS; i++) {
        clients[i].index = i;
        clients[i].port = jk_server_port(srv);
        clients[i].barrier = &barrier;
        clients[i].failures = 0;
        pthread_create(&clients[i].tid, NULL, conc_main, &clients[i]);
    }
    pthread_barrier_wait(&barrier);
    WAIT_UNTIL(jk_server_connection_count(srv) == (uint32_t)total, 20000);
    uint32_t peak = jk_server_connection_count(srv);
    static id_list ids;
    ids.n = 0;
    ids.bad_peer = 0;
    jk_server_foreach(srv, collect_id, &ids);
    pthread_barrier_wait(&barrier);
    int failures = 0;
    for (int i = 0; i < CONC_THREADS; i++) {
        pthread_join(clients[i].tid, NULL);
        failures += clients[i].failures;
    }
    pthread_barrier_destroy(&barrier);
    CHECK_EQ_INT(failures, 0);
    CHECK_EQ_INT(peak, total);
    CHECK_EQ_INT(ids.n, total);
    CHECK_EQ_INT(ids.bad_peer, 0);
    qsort(ids.ids, (size_t)ids.n, sizeof(ids.ids[0]), cmp_u64);
    for (int i = 1; i < ids.n; i++) CHECK(ids.ids[i] != ids.ids[i - 1]);
    WAIT_UNTIL(jk_server_connection_count(srv) == 0, 20000);
    CHECK_EQ_INT(jk_server_connection_count(srv), 0);
    CHECK_EQ_INT(atomic_load(&st_eof), total); /* each handler saw its client leave */
}

TEST(net, a_stalled_client_does_not_delay_others, net_setup, net_teardown)
{
    CHECK(server_start(1, 0)); /* one thread: the stalled fibers share it */
    client stalled_mid_line, silent, busy;
    CHECK(client_connect(&stalled_mid_line, jk_server_port(srv)));
    CHECK(client_connect(&silent, jk_server_port(srv)));
    CHECK(client_send(&stalled_mid_line, "ech", 3));
    CHECK(client_connect(&busy, jk_server_port(srv)));
    int64_t t0 = now_ms();
    for (int i = 0; i < 300; i++) CHECK(client_ask(&busy, "echo x", "x"));
    int64_t elapsed = now_ms() - t0;
    CHECK(elapsed < 8000); /* blocked behind the stalled ones, they would never finish */
    CHECK(client_send(&stalled_mid_line, "o late\n", 7));
    char line[64];
    CHECK(client_line(&stalled_mid_line, line, sizeof(line)));
    CHECK_EQ_STR(line, "late");
    client_close(&stalled_mid_line);
    client_close(&silent);
    client_close(&busy);
}

/* ---- timeouts, kill, disconnects ---- */

TEST(net, read_timeout_fires, net_setup, net_teardown)
{
    CHECK(server_start(1, 0));
    client cl;
    CHECK(client_connect(&cl, jk_server_port(srv)));
    int64_t t0 = now_ms();
    CHECK(client_ask(&cl, "read 100", "timeout"));
    int64_t elapsed = now_ms() - t0;
    CHECK(elapsed >= 95 && elapsed < 5000);
    CHECK(client_ask(&cl, "read 0", "timeout")); /* 0: only what is there already */
    CHECK(client_ask(&cl, "echo still fine", "still fine"));
    client_close(&cl);

    /* An idle timeout ends the handler, and the client sees the close. */
    atomic_store(&pcfg.idle_timeout_ms, 150);
    client idle;
    CHECK(client_connect(&idle, jk_server_port(srv)));
    t0 = now_ms();
    CHECK(client_sees_eof(&idle));
    elapsed = now_ms() - t0;
    CHECK(elapsed >= 100 && elapsed < 5000);
    WAIT_UNTIL(atomic_load(&st_timeout) >= 1, 5000);
    CHECK_EQ_INT(atomic_load(&st_timeout), 1);
    client_close(&idle);
}

typedef struct killer {
    jk_server *s;
    uint64_t id;
    bool found;
} killer;

static void *kill_main(void *arg)
{
    killer *k = arg;
    sleep_ms(50);
    k->found = jk_server_kill(k->s, k->id);
    return NULL;
}

TEST(net, kill_from_another_thread_wakes_a_blocked_read_sleep_and_park, net_setup, net_teardown)
{
    CHECK(server_start(2, 0));
    client reader, sleeper, parker;
    CHECK(client_connect(&reader, jk_server_port(srv)));
    CHECK(client_connect(&sleeper, jk_server_port(srv)));
    CHECK(client_connect(&parker, jk_server_port(srv)));
    uint64_t ids[3] = { client_id(&reader), client_id(&sleeper), client_id(&parker) };
    CHECK(ids[0] && ids[1] && ids[2]);
    CHECK(client_sendf(&reader, "read -1\n"));
    CHECK(client_sendf(&sleeper, "sleep 100000\n"));
    CHECK(client_sendf(&parker, "park -1\n"));
    sleep_ms(50); /* let the three block */

    int64_t t0 = now_ms();
    killer k[3];
    pthread_t tid[3];
    for (int i = 0; i < 3; i++) {
        k[i] = (killer){ srv, ids[i], false };
        pthread_create(&tid[i], NULL, kill_main, &k[i]);
    }
    for (int i = 0; i < 3; i++) pthread_join(tid[i], NULL);
    CHECK(k[0].found && k[1].found && k[2].found);
    CHECK(client_sees_eof(&reader));
    CHECK(client_sees_eof(&sleeper));
    CHECK(client_sees_eof(&parker));
    CHECK(now_ms() - t0 < 5000);
    CHECK_EQ_INT(atomic_load(&st_killed), 3);
    WAIT_UNTIL(jk_server_connection_count(srv) == 0, 5000);
    CHECK_EQ_INT(jk_server_connection_count(srv), 0);
    CHECK(!jk_server_kill(srv, ids[0])); /* gone */

    /* A connection killing itself: its next call fails, the client sees EOF. */
    client self;
    CHECK(client_connect(&self, jk_server_port(srv)));
    CHECK(client_sendf(&self, "selfkill\n"));
    CHECK(client_sees_eof(&self));
    client_close(&self);
    WAIT_UNTIL(atomic_load(&st_killed) == 4, 5000);
    CHECK_EQ_INT(atomic_load(&st_killed), 4);
    client_close(&reader);
    client_close(&sleeper);
    client_close(&parker);
}

TEST(net, peer_disconnect_mid_read_is_eof, net_setup, net_teardown)
{
    CHECK(server_start(2, 0));
    client cl;
    CHECK(client_connect(&cl, jk_server_port(srv)));
    CHECK(client_sendf(&cl, "readfull 100\n0123456789"));
    sleep_ms(20);
    client_close(&cl);
    WAIT_UNTIL(atomic_load(&st_eof) == 1, 5000);
    CHECK_EQ_INT(atomic_load(&st_eof), 1);

    /* A reset (SO_LINGER 0) in the middle of a read is EOF too. */
    client rst;
    CHECK(client_connect(&rst, jk_server_port(srv)));
    CHECK(client_sendf(&rst, "readfull 100\n0123"));
    sleep_ms(20);
    struct linger lg = { 1, 0 };
    setsockopt(rst.fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
    client_close(&rst);
    WAIT_UNTIL(atomic_load(&st_eof) == 2, 5000);
    CHECK_EQ_INT(atomic_load(&st_eof), 2);

    /* Connect and leave at once. */
    client brief;
    CHECK(client_connect(&brief, jk_server_port(srv)));
    client_close(&brief);
    WAIT_UNTIL(atomic_load(&st_eof) == 3, 5000);
    CHECK_EQ_INT(atomic_load(&st_eof), 3);
    WAIT_UNTIL(jk_server_connection_count(srv) == 0, 5000);
    CHECK_EQ_INT(jk_server_connection_count(srv), 0);
    CHECK_EQ_INT(atomic_load(&st_error), 0);
}

/* ---- large writes ---- */

typedef struct slow_reader {
    client *cl;
    size_t n;
    bool ok;
    int64_t ms;
    atomic_bool done;
} slow_reader;

static void *slow_reader_main(void *arg)
{
    slow_reader *r = arg;
    int64_t t0 = now_ms();
    unsigned char *buf = malloc(64 * 1024);
    size_t got = 0;
    r->ok = buf != NULL;
    while (r->ok && got < r->n) {
        size_t want = r->n - got < 64 * 1024 ? r->n - got : 64 * 1024;
        ssize_t k = client_recv(r->cl, buf, want);
        if (k <= 0) {
            r->ok = false;
            break;
        }
        for (ssize_t i = 0; i < k; i++)
            if (buf[i] != pattern_at(got + (size_t)i)) r->ok = false;
        got += (size_t)k;
        sleep_ms(1); /* slow: at least 1 ms per 64 KiB, 300 ms in all */
    }
    free(buf);
    r->ms = now_ms() - t0;
    atomic_store(&r->done, true);
    return NULL;
}

TEST(net, a_large_write_to_a_slow_reader_does_not_hold_the_thread, net_setup, net_teardown)
{
    CHECK(server_start(1, 0));
    client big, other;
    CHECK(client_connect(&big, jk_server_port(srv)));
    CHECK(client_connect(&other, jk_server_port(srv)));
    static slow_reader r;
    r = (slow_reader){ .cl = &big, .n = 20000000 };
    atomic_store(&r.done, false);
    CHECK(client_sendf(&big, "big %zu\n", r.n));
    pthread_t tid;
    pthread_create(&tid, NULL, slow_reader_main, &r);
    /* Echo while the transfer lasts.  A writer that held the thread would
     * hold these replies for about the whole transfer. */
    int64_t worst = 0, until = now_ms() + 60000;
    int echoes = 0;
    bool all_ok = true;
    while (!atomic_load(&r.done) && now_ms() < until) {
        int64_t t0 = now_ms();
        all_ok = all_ok && client_ask(&other, "echo meanwhile", "meanwhile");
        int64_t dt = now_ms() - t0;
        if (dt > worst) worst = dt;
        echoes++;
        sleep_ms(2);
    }
    pthread_join(tid, NULL);
    CHECK(r.ok);
    CHECK(all_ok);
    CHECK(echoes >= 5);
    CHECK(r.ms >= 300);
    CHECK(worst < r.ms / 2);
    CHECK(client_ask(&big, "echo after", "after"));
    client_close(&big);
    client_close(&other);
}

TEST(net, write_timeout_fires_when_the_peer_stops_reading, net_setup, net_teardown)
{
    CHECK(server_start(1, 0));
    client cl;
    CHECK(client_connect(&cl, jk_server_port(srv)));
    int small = 4096;
    setsockopt(cl.fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof(small));
    CHECK(client_sendf(&cl, "bigstall 200000000\n"));
    WAIT_UNTIL(atomic_load(&st_timeout) == 1, 10000);
    CHECK_EQ_INT(atomic_load(&st_timeout), 1);
    client_close(&cl);
    WAIT_UNTIL(jk_server_connection_count(srv) == 0, 5000);
    CHECK_EQ_INT(jk_server_connection_count(srv), 0);
}

/* ---- TLS ---- */

/* A self-signed P-256 certificate, in memory. */
static bool make_cert(EVP_PKEY **key_out, X509 **cert_out)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *x = X509_new();
    bool ok = key && x;
    if (ok) {
        X509_set_version(x, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
        X509_gmtime_adj(X509_getm_notBefore(x), -60);
        X509_gmtime_adj(X509_getm_notAfter(x), 3600);
        X509_set_pubkey(x, key);
        X509_NAME *name = X509_get_subject_name(x);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, (const unsigned char *)"jimkv-test", -1, -1, 0);
        X509_set_issuer_name(x, name);
        ok = X509_sign(x, key, EVP_sha256()) > 0;
    }
    if (!ok) {
        EVP_PKEY_free(key);
        X509_free(x);
        return false;
    }
    *key_out = key;
    *cert_out = x;
    return true;
}

static SSL_CTX *server_tls_ctx(EVP_PKEY *key, X509 *cert)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (ctx && SSL_CTX_use_certificate(ctx, cert) == 1 && SSL_CTX_use_PrivateKey(ctx, key) == 1) return ctx;
    SSL_CTX_free(ctx);
    return NULL;
}

/* Client side: verifies the server against the test certificate. */
static bool client_start_tls(client *cl, SSL_CTX *cctx)
{
    cl->ssl = SSL_new(cctx);
    if (!cl->ssl || SSL_set_fd(cl->ssl, cl->fd) != 1) return false;
    /* Bytes the client read ahead in plaintext would belong to TLS: none here. */
    if (cl->pos != cl->len) return false;
    return SSL_connect(cl->ssl) == 1 && SSL_get_verify_result(cl->ssl) == X509_V_OK;
}

TEST(net, tls_echo_with_a_self_signed_certificate, net_setup, net_teardown)
{
    EVP_PKEY *key = NULL;
    X509 *cert = NULL;
    CHECK(make_cert(&key, &cert));
    pcfg.tls = server_tls_ctx(key, cert);
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    bool setup_ok = pcfg.tls && cctx && X509_STORE_add_cert(SSL_CTX_get_cert_store(cctx), cert) == 1;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    EVP_PKEY_free(key);
    X509_free(cert);
    if (!setup_ok) SSL_CTX_free(cctx);
    CHECK(setup_ok);
    bool ok = server_start(2, 0);

    client a;
    ok = ok && client_connect(&a, jk_server_port(srv));
    ok = ok && client_ask(&a, "istls", "no") && client_ask(&a, "tls", "ok");
    ok = ok && client_start_tls(&a, cctx);
    ok = ok && client_ask(&a, "istls", "yes") && client_ask(&a, "echo secret", "secret");
    /* 1 MB through TLS both ways: many records, the direct write path. */
    size_t n = 1000000;
    unsigned char *out = malloc(n), *back = malloc(n);
    for (size_t i = 0; out && i < n; i++) out[i] = (unsigned char)(i * 31 + 7);
    ok = ok && out && back && client_sendf(&a, "blob %zu\n", n) && client_send(&a, out, n);
    ok = ok && client_read_full(&a, back, n) && memcmp(out, back, n) == 0;
    free(out);
    free(back);
    ok = ok && client_ask(&a, "quit", "bye") && client_sees_eof(&a);
    client_close(&a);
    SSL_CTX_free(cctx);
    CHECK(ok);
    CHECK_EQ_INT(atomic_load(&st_error), 0);
}

/* The ClientHello arrives right behind "tlsnow": the server's first read
 * takes both into its read buffer, and the handshake must start from the
 * bytes already buffered.  A client speaking garbage fails the handshake. */
TEST(net, tls_handshake_bytes_already_buffered_are_used, net_setup, net_teardown)
{
    EVP_PKEY *key = NULL;
    X509 *cert = NULL;
    CHECK(make_cert(&key, &cert));
    pcfg.tls = server_tls_ctx(key, cert);
    pcfg.start_delay_ms = 150; /* the server reads after the ClientHello is in */
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    bool setup_ok = pcfg.tls && cctx && X509_STORE_add_cert(SSL_CTX_get_cert_store(cctx), cert) == 1;
    SSL_CTX_set_verify(cctx, SSL_VERIFY_PEER, NULL);
    EVP_PKEY_free(key);
    X509_free(cert);
    if (!setup_ok) SSL_CTX_free(cctx);
    CHECK(setup_ok);
    bool ok = server_start(1, 0);
    client a;
    ok = ok && client_connect(&a, jk_server_port(srv)) && client_sendf(&a, "tlsnow\n");
    ok = ok && client_start_tls(&a, cctx) && client_ask(&a, "istls", "yes");
    ok = ok && client_ask(&a, "echo over tls", "over tls");
    client_close(&a);

    client junk;
    ok = ok && client_connect(&junk, jk_server_port(srv));
    ok = ok && client_sendf(&junk, "tlsnow\nthis is not a TLS ClientHello, not at all.....\n");
    ok = ok && client_sees_eof(&junk);
    client_close(&junk);
    SSL_CTX_free(cctx);
    CHECK(ok);
    WAIT_UNTIL(atomic_load(&st_error) == 1, 5000);
    CHECK_EQ_INT(atomic_load(&st_error), 1);
    ERR_clear_error();
}

/* ---- limits, stop, ordering, parking, listing ---- */

TEST(net, max_connections_marks_the_connections_beyond_it, net_setup, net_teardown)
{
    CHECK(server_start(2, 2));
    client cl[4];
    int ok_index[4], nok = 0, nover = 0;
    for (int i = 0; i < 4; i++) {
        CHECK(client_connect(&cl[i], jk_server_port(srv)));
        char line[16];
        CHECK(client_sendf(&cl[i], "limit\n") && client_line(&cl[i], line, sizeof(line)));
        if (strcmp(line, "ok") == 0) ok_index[nok++] = i;
        else if (strcmp(line, "over") == 0) nover++;
    }
    CHECK_EQ_INT(nok, 2);
    CHECK_EQ_INT(nover, 2);
    CHECK_EQ_INT(jk_server_connection_count(srv), 4); /* over-limit ones are open too */

    client_close(&cl[ok_index[0]]); /* frees a place */
    WAIT_UNTIL(jk_server_connection_count(srv) == 3, 5000);
    CHECK_EQ_INT(jk_server_connection_count(srv), 3);
    client late;
    CHECK(client_connect(&late, jk_server_port(srv)));
    CHECK(client_ask(&late, "limit", "ok"));
    client later;
    CHECK(client_connect(&later, jk_server_port(srv)));
    CHECK(client_ask(&later, "limit", "over"));
    for (int i = 0; i < 4; i++)
        if (i != ok_index[0]) client_close(&cl[i]);
    client_close(&late);
    client_close(&later);
}

TEST(net, stop_with_connections_open_kills_them_and_returns, net_setup, net_teardown)
{
    CHECK(server_start(2, 0));
    enum { N = 40 };
    client cl[N];
    int port = jk_server_port(srv);
    for (int i = 0; i < N; i++) {
        CHECK(client_connect(&cl[i], port));
        switch (i % 4) {
        case 0: break; /* idle: blocked reading a command */
        case 1: CHECK(client_sendf(&cl[i], "sleep 100000\n")); break;
        case 2: CHECK(client_sendf(&cl[i], "park -1\n")); break;
        case 3: CHECK(client_sendf(&cl[i], "readfull 1000\n0123456789")); break;
        }
    }
    WAIT_UNTIL(atomic_load(&handlers_running) == N, 5000);
    CHECK_EQ_INT(atomic_load(&handlers_running), N);
    sleep_ms(50);
    int64_t t0 = now_ms();
    jk_server_stop(srv);
    srv = NULL;
    CHECK(now_ms() - t0 < 5000);
    CHECK_EQ_INT(atomic_load(&handlers_running), 0);
    CHECK_EQ_INT(atomic_load(&st_killed), N);
    for (int i = 0; i < N; i++) {
        CHECK(client_sees_eof(&cl[i]));
        client_close(&cl[i]);
    }
    client refused;
    CHECK(!client_connect(&refused, port)); /* nobody listens any more */
}

TEST(net, sleeping_fibers_wake_in_deadline_order, net_setup, net_teardown)
{
    CHECK(server_start(1, 0));
    static const int ms[5] = { 500, 100, 400, 200, 300 };
    client cl[5];
    for (int i = 0; i < 5; i++) CHECK(client_connect(&cl[i], jk_server_port(srv)));
    CHECK(client_ask(&cl[0], "echo ready", "ready"));
    int64_t t0 = now_ms();
    for (int i = 0; i < 5; i++) CHECK(client_sendf(&cl[i], "sleep %d\n", ms[i]));
    for (int i = 0; i < 5; i++) {
        char line[16];
        CHECK(client_line(&cl[i], line, sizeof(line)));
        CHECK_EQ_STR(line, "slept");
    }
    CHECK(now_ms() - t0 >= 495);
    pthread_mutex_lock(&order_lock);
    int order[5], n = wake_order_len;
    memcpy(order, wake_order, sizeof(order));
    pthread_mutex_unlock(&order_lock);
    CHECK_EQ_INT(n, 5);
    for (int i = 0; i < 5; i++) CHECK_EQ_INT(order[i], 100 * (i + 1));
    for (int i = 0; i < 5; i++) client_close(&cl[i]);
}

typedef struct unparker {
    jk_server *s;
    uint64_t id;
    bool found;
} unparker;

static void *unpark_main(void *arg)
{
    unparker *u = arg;
    sleep_ms(50);
    u->found = jk_server_unpark(u->s, u->id);
    return NULL;
}

TEST(net, park_returns_on_unpark_from_any_thread_and_keeps_an_early_permit, net_setup, net_teardown)
{
    CHECK(server_start(1, 0));
    client a, b;
    CHECK(client_connect(&a, jk_server_port(srv)));
    CHECK(client_connect(&b, jk_server_port(srv)));
    uint64_t id = client_id(&a);
    CHECK(id > 0);

    /* From another thread (as the KV layer would). */
    CHECK(client_sendf(&a, "park 10000\n"));
    unparker u = { srv, id, false };
    pthread_t tid;
    int64_t t0 = now_ms();
    pthread_create(&tid, NULL, unpark_main, &u);
    char line[32];
    CHECK(client_line(&a, line, sizeof(line)));
    pthread_join(tid, NULL);
    CHECK_EQ_STR(line, "unparked");
    CHECK(u.found);
    CHECK(now_ms() - t0 < 5000);

    /* An unpark before the park is kept. */
    CHECK(jk_server_unpark(srv, id));
    t0 = now_ms();
    CHECK(client_ask(&a, "park 10000", "unparked"));
    CHECK(now_ms() - t0 < 5000);
    /* The permit was used up: this one times out. */
    CHECK(client_ask(&a, "park 50", "timeout"));

    /* From a fiber of the same thread (b wakes a). */
    CHECK(client_sendf(&a, "park 10000\n"));
    sleep_ms(20);
    char cmd[64];
    snprintf(cmd, sizeof(cmd), "wake %llu", (unsigned long long)id);
    CHECK(client_ask(&b, cmd, "woke"));
    CHECK(client_line(&a, line, sizeof(line)));
    CHECK_EQ_STR(line, "unparked");
    CHECK(client_ask(&b, "wake 999999999", "none"));
    CHECK(!jk_server_unpark(srv, 999999999));
    client_close(&a);
    client_close(&b);
}

static void count_conn(jk_conn *c, void *arg)
{
    (void)c;
    ++*(int *)arg;
}

TEST(net, foreach_visits_every_open_connection, net_setup, net_teardown)
{
    CHECK(server_start(3, 0));
    enum { N = 12 };
    client cl[N];
    uint64_t want[N];
    for (int i = 0; i < N; i++) {
        CHECK(client_connect(&cl[i], jk_server_port(srv)));
        want[i] = client_id(&cl[i]);
    }
    static id_list ids;
    ids.n = 0;
    ids.bad_peer = 0;
    jk_server_foreach(srv, collect_id, &ids);
    CHECK_EQ_INT(ids.n, N);
    CHECK_EQ_INT(ids.bad_peer, 0);
    qsort(ids.ids, N, sizeof(uint64_t), cmp_u64);
    qsort(want, N, sizeof(uint64_t), cmp_u64);
    for (int i = 0; i < N; i++) CHECK(ids.ids[i] == want[i]);
    for (int i = 0; i < N; i++) client_close(&cl[i]);
    WAIT_UNTIL(jk_server_connection_count(srv) == 0, 5000);
    int n = 0;
    jk_server_foreach(srv, count_conn, &n);
    CHECK_EQ_INT(n, 0);
}

typedef struct data_reader {
    atomic_bool stop;
    long seen, bad;
} data_reader;

static void read_data(jk_conn *c, void *arg)
{
    data_reader *r = arg;
    const int *data = jk_conn_data(c);
    if (!data) return;
    for (volatile int spin = 0; spin < 2000; spin++) { /* widen the window a detach could hit */
    }
    r->seen++;
    if (data[0] != 0x5eed) r->bad++;
}

static void *data_reader_main(void *arg)
{
    data_reader *r = arg;
    while (!atomic_load(&r->stop)) jk_server_foreach(atomic_load(&srv_for_handlers), read_data, r);
    return NULL;
}

TEST(net, data_detached_with_set_data_is_not_seen_by_foreach_afterwards, net_setup, net_teardown)
{
    CHECK(server_start(2, 0));
    enum { N = 8 };
    client cl[N];
    for (int i = 0; i < N; i++) CHECK(client_connect(&cl[i], jk_server_port(srv)));
    static data_reader r;
    atomic_store(&r.stop, false);
    r.seen = r.bad = 0;
    pthread_t tid;
    pthread_create(&tid, NULL, data_reader_main, &r);
    for (int i = 0; i < N; i++) client_sendf(&cl[i], "churn 2000\n");
    int churned = 0;
    for (int i = 0; i < N; i++) churned += client_line(&cl[i], (char[16]){ 0 }, 16);
    atomic_store(&r.stop, true);
    pthread_join(tid, NULL);
    for (int i = 0; i < N; i++) client_close(&cl[i]);
    CHECK_EQ_INT(churned, N);
    CHECK_EQ_INT(r.bad, 0);
    printf("foreach saw attached data %ld times\n", r.seen);
}

/* With no descriptor left, accept fails (EMFILE); the listener pauses
 * instead of spinning and serves the waiting clients once descriptors are
 * back. */
TEST(net, accept_survives_running_out_of_descriptors, net_setup, net_teardown)
{
    CHECK(server_start(1, 0));
    enum { N = 3, FILL_MAX = 4096 };
    client cl[N];
    for (int i = 0; i < N; i++) {
        cl[i].fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        cl[i].ssl = NULL;
        cl[i].pos = cl[i].len = 0;
        CHECK(cl[i].fd >= 0);
        struct timeval tv = { 10, 0 };
        setsockopt(cl[i].fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    }
    struct rlimit saved;
    CHECK(getrlimit(RLIMIT_NOFILE, &saved) == 0);
    int top = cl[N - 1].fd;
    struct rlimit low = { (rlim_t)top + 8, saved.rlim_max };
    CHECK(setrlimit(RLIMIT_NOFILE, &low) == 0);
    static int fill[FILL_MAX];
    int nfill = 0;
    while (nfill < FILL_MAX) {
        int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (fd < 0) break;
        fill[nfill++] = fd;
    }
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)jk_server_port(srv)) };
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int connected = 0;
    for (int i = 0; i < N; i++)
        if (connect(cl[i].fd, (struct sockaddr *)&sa, sizeof(sa)) == 0) connected++;
    sleep_ms(250); /* a few failed accepts and retries */
    uint32_t during = jk_server_connection_count(srv);
    for (int i = 0; i < nfill; i++) close(fill[i]);
    setrlimit(RLIMIT_NOFILE, &saved);
    CHECK_EQ_INT(connected, N);
    CHECK_EQ_INT(during, 0);
    for (int i = 0; i < N; i++) CHECK(client_ask(&cl[i], "echo back", "back"));
    for (int i = 0; i < N; i++) client_close(&cl[i]);
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    for (size_t i = 0; i < PATTERN_BYTES; i++) pattern[i] = pattern_at(i);
    return jk_test_main(argc, argv);
}
