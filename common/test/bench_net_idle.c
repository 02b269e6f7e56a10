/*
 * Memory per idle connection: RSS growth of this process for N idle
 * connections (default 2,000).  The handler behaves like a MySQL connection
 * after authentication: it sends a greeting, answers one request (a 4-byte
 * header, then a body), then waits for the next header.  The clients live in
 * this process too, but a client socket costs kernel memory, not RSS.
 *
 *   bench_net_idle [connections] [max_bytes_per_connection]
 *
 * With a maximum it exits 1 when the growth per connection is larger (a
 * regression check; meaningful in Debug and Release builds, not under
 * sanitizers, which add shadow memory and redzones).  Build Release to
 * measure.
 */
#include "jimkv/net.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static atomic_int idle_handlers;

static void idle_handler(jk_conn *c, void *arg)
{
    (void)arg;
    static const char greeting[78] = "5.5.5-10.0.0-JimKV greeting, about the size of MySQL's handshake";
    if (jk_conn_write(c, greeting, sizeof(greeting), 5000) < 0 || jk_conn_flush(c, 5000) < 0) return;
    for (int request = 0;; request++) {
        unsigned char header[4];
        if (request == 1) atomic_fetch_add(&idle_handlers, 1);
        ssize_t r = jk_conn_read_full(c, header, 4, -1);
        if (request >= 1) atomic_fetch_sub(&idle_handlers, 1);
        if (r < 0) return;
        size_t len = header[0] | (size_t)header[1] << 8 | (size_t)header[2] << 16;
        char body[256];
        if (len > sizeof(body) || jk_conn_read_full(c, body, len, 5000) < 0) return;
        static const char ok[11] = { 7, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0 }; /* an OK packet */
        if (jk_conn_write(c, ok, sizeof(ok), 5000) < 0 || jk_conn_flush(c, 5000) < 0) return;
    }
}

/* A "VmRSS:"-style field of /proc/self/status, in KiB. */
static long status_kib(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    size_t len = strlen(field);
    while (f && fgets(line, sizeof(line), f))
        if (strncmp(line, field, len) == 0) kib = atol(line + len);
    if (f) fclose(f);
    return kib;
}
static long rss_kib(void) { return status_kib("VmRSS:"); }

static void sleep_ms(int ms)
{
    struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000 };
    nanosleep(&ts, NULL);
}

static int connect_once(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct timeval tv = { 10, 0 };
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0) {
        if (fd >= 0) close(fd);
        return -1;
    }
    char greeting[78], ok[11];
    static const unsigned char ping[5] = { 1, 0, 0, 0, 14 }; /* COM_PING */
    if (recv(fd, greeting, sizeof(greeting), MSG_WAITALL) != (ssize_t)sizeof(greeting) ||
        send(fd, ping, sizeof(ping), 0) != (ssize_t)sizeof(ping) ||
        recv(fd, ok, sizeof(ok), MSG_WAITALL) != (ssize_t)sizeof(ok)) {
        close(fd);
        return -1;
    }
    return fd;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 2000;
    long max_bytes = argc > 2 ? atol(argv[2]) : 0;
    if (n <= 0 || n > 100000) n = 2000;
    struct rlimit rl;
    getrlimit(RLIMIT_NOFILE, &rl);
    if (rl.rlim_cur < (rlim_t)n * 2 + 64 && rl.rlim_max >= (rlim_t)n * 2 + 64) {
        rl.rlim_cur = (rlim_t)n * 2 + 64;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    jk_server_config cfg = { .bind_addr = "127.0.0.1", .handler = idle_handler };
    jk_server *s;
    char err[256];
    if (jk_server_start(&cfg, &s, err, sizeof(err)) != 0) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    int *fds = malloc((size_t)n * sizeof(int));
    if (!fds) return 2;
    /* One connection first, so the baseline includes the per-thread warm-up
     * (malloc arenas, the first stack) that does not grow with connections. */
    int warm = connect_once(jk_server_port(s));
    sleep_ms(100);
    long before = rss_kib(), pte_before = status_kib("VmPTE:");
    int opened = 0;
    for (int i = 0; i < n; i++) {
        fds[i] = connect_once(jk_server_port(s));
        if (fds[i] >= 0) opened++;
    }
    for (int i = 0; i < 5000 && atomic_load(&idle_handlers) < opened + (warm >= 0); i++) sleep_ms(1);
    sleep_ms(100);
    long after = rss_kib(), pte_after = status_kib("VmPTE:");
    double per_conn = opened ? (double)(after - before) * 1024.0 / opened : 0;
    printf("%d idle connections: RSS %ld KiB -> %ld KiB, %.0f bytes per connection\n", opened, before,
           after, per_conn);
    /* Not RSS, but memory too: the kernel's page tables for the stacks. */
    printf("page tables (VmPTE): %ld KiB -> %ld KiB, %.0f bytes per connection\n", pte_before,
           pte_after, opened ? (double)(pte_after - pte_before) * 1024.0 / opened : 0);
    for (int i = 0; i < n; i++)
        if (fds[i] >= 0) close(fds[i]);
    if (warm >= 0) close(warm);
    for (int i = 0; i < 5000 && jk_server_connection_count(s) > 0; i++) sleep_ms(1);
    printf("after closing them: RSS %ld KiB\n", rss_kib());
    jk_server_stop(s);
    free(fds);
    if (opened != n) {
        fprintf(stderr, "only %d of %d connections succeeded\n", opened, n);
        return 1;
    }
    if (max_bytes > 0 && per_conn > (double)max_bytes) {
        fprintf(stderr, "%.0f bytes per idle connection, more than %ld\n", per_conn, max_bytes);
        return 1;
    }
    return 0;
}
