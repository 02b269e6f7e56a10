/*
 * jimkv-bench-mysql: the MySQL front door under load, JimKV against
 * MariaDB, side by side in one run on one machine.
 *
 *   jimkv-bench-mysql [--seconds S] [--warmup S] [--repeat N] [--conns 1,8,64,512]
 *                     [--client-threads N] [--client-mode epoll|threads]
 *                     [--connect-threads N] [--idle N]
 *                     [--workloads text,prepared,connect,idle] [--only jimkv|mariadb]
 *                     [--jimkv PATH] [--jimkv-arg ARG]... [--mariadb-ref PATH] [--no-pin]
 *                     [--markdown]
 *
 * The run starts both servers itself, each on its own free loopback port
 * with its own data directory under one temporary directory: MariaDB with
 * tools/mariadb-ref.sh (default configuration, then SET GLOBAL
 * max_connections = 2100), and build/bin/jimkv --mysql-port 0
 * --max-connections 2100 (plus any --jimkv-arg).  It stops both by PID at
 * the end, on error and on SIGINT/SIGTERM/SIGHUP (JimKV also gets SIGTERM
 * by PR_SET_PDEATHSIG if this process dies), and removes the temporary
 * directory.  Both are reached over plain TCP on 127.0.0.1 as root with an
 * empty password; the header line shows the TLS cipher, which must be none.
 *
 * Workloads (--workloads picks some):
 *   idle     memory per idle connection: VmRSS of the server before and
 *            after opening N (--idle, 2,000) connections, each of which ran
 *            one SELECT 1 and then stays idle, divided by N.  Measured
 *            first, on fresh servers, so that no thread or connection cache
 *            is warm yet; RSS is read again after they close.
 *   connect  connect + authenticate (mysql_native_password) + COM_QUIT, in
 *            a loop on --connect-threads threads (4), blocking calls.
 *   text     SELECT 1 over the text protocol: mysql_real_query and
 *            mysql_store_result, the row checked.
 *   prepared SELECT ? over the binary protocol: mysql_stmt_prepare once per
 *            connection, then per operation mysql_stmt_execute with a new
 *            BIGINT parameter and mysql_stmt_fetch until MYSQL_NO_DATA, the
 *            value checked.  A server that answers COM_STMT_PREPARE with an
 *            error gets n/a.
 * Each point runs against MariaDB, then JimKV, before the next point;
 * --repeat runs the whole sequence N times (3) and the table reports each
 * point's best run by ops/s, with the lowest-highest range below it.
 *
 * Client design.  The machine this was written on has 2 cores, and the
 * load generator shares them with the server: every microsecond the client
 * spends is taken from the server.  512 threads blocked in recv() cost a
 * scheduler wake-up and a context switch per operation, and the client's
 * share grows with the connection count.  Instead, --client-threads threads
 * (default: one per online core, at most one per connection) each drive
 * their share of the connections through libmariadb's non-blocking API
 * (MYSQL_OPT_NONBLOCK, *_start / *_cont) from one epoll loop.  Measured
 * against MariaDB, that client spends 4-6 us of CPU per SELECT 1 at 8 to
 * 512 connections, where --client-mode threads (one blocking thread per
 * connection, kept for comparison) spends 9-13 us and MariaDB itself needs
 * more CPU per statement.  Every connection always has one operation in
 * flight (closed loop, no think time), so the offered concurrency is
 * exactly the connection count.
 *
 * One connection.  On a VM a single connection's round trip is bimodal:
 * a few microseconds when the scheduler keeps client and server on one
 * vCPU, tens when every wake-up has to bring a halted vCPU back, and a run
 * lands in either mode.  So points with one connection pin the client
 * thread and every thread of the server to one CPU (restored afterwards);
 * --no-pin leaves them free.
 *
 * Method.  Per point: the connections are opened (untimed), a warm-up runs
 * for --warmup seconds (1), then the measured window of --seconds (5).  An
 * operation is counted when it completes inside the window; its latency is
 * from its first library call to its completion, recorded in a log-linear
 * histogram (64 sub-buckets per power of two, under 1.6% error) from which
 * p50 and p99 are read.  ops/s = operations completed in the window / the
 * window's length.  The server's CPU time over the window (utime + stime
 * from /proc/PID/stat) divided by the operations gives its CPU per
 * operation, a figure that depends less on how the cores were shared; the
 * progress lines also give the client's.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <ftw.h>
#include <inttypes.h>
#include <limits.h>
#include <mysql.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef BENCH_JIMKV_BIN
#define BENCH_JIMKV_BIN "build/bin/jimkv"
#endif
#ifndef BENCH_MARIADB_REF
#define BENCH_MARIADB_REF "tools/mariadb-ref.sh"
#endif

#define BENCH_SECONDS_DEFAULT 5.0
#define BENCH_WARMUP_DEFAULT 1.0
#define BENCH_REPEAT_DEFAULT 3       /* runs per point, best reported */
#define BENCH_REPEAT_MAX 100
#define BENCH_SECONDS_MAX 3600.0
#define BENCH_CONNS_MAX 4096         /* per point */
#define BENCH_POINTS_MAX 8           /* entries of --conns */
#define BENCH_IDLE_DEFAULT 2000
#define BENCH_IDLE_MAX 10000
#define BENCH_MAX_CONNECTIONS 2100   /* given to both servers */
#define BENCH_CONNECT_THREADS_DEFAULT 4
#define BENCH_THREADS_MAX 64         /* --client-threads, --connect-threads */
#define BENCH_THREAD_STACK_BYTES (256u * 1024u)
#define BENCH_JIMKV_ARGS_MAX 16
#define BENCH_DRAIN_S_MAX 10.0       /* in-flight operations must end by then */
#define BENCH_READY_S_MAX 30.0       /* JimKV must print its ready line by then */
#define BENCH_STOP_S_MAX 60.0        /* a server gets this long after SIGTERM */
#define BENCH_SETTLE_S 1.0           /* pause before reading RSS */
#define BENCH_EPOLL_EVENTS 256
#define BENCH_ERRMSG_MAX 256
#define BENCH_TMP_MAX 1024            /* the run's temp dir path */
#define BENCH_DIR_MAX (BENCH_TMP_MAX + 16)  /* a server's dir under it */
#define BENCH_FILE_MAX (BENCH_DIR_MAX + 32) /* a file in a server's dir */

/* ---- latency histogram: log-linear, in nanoseconds ---- */

#define HIST_SUB_BITS 6                             /* 64 sub-buckets per power of two */
#define HIST_SUB (1u << HIST_SUB_BITS)
#define HIST_LINEAR (2u * HIST_SUB)                 /* below 128 ns, one bucket per ns */
#define HIST_MSB_MAX 40                             /* values are clamped below 2^41 ns */
#define HIST_BUCKETS (HIST_LINEAR + (HIST_MSB_MAX - HIST_SUB_BITS) * HIST_SUB)

typedef struct bench_hist {
    uint64_t count[HIST_BUCKETS];
    uint64_t total;
    uint64_t sum_ns;          /* exact, for the mean */
} bench_hist;

static void hist_add(bench_hist *h, uint64_t ns)
{
    unsigned i;
    if (ns >= (UINT64_C(1) << (HIST_MSB_MAX + 1))) ns = (UINT64_C(1) << (HIST_MSB_MAX + 1)) - 1;
    if (ns < HIST_LINEAR) {
        i = (unsigned)ns;
    } else {
        unsigned msb = 63u - (unsigned)__builtin_clzll(ns);
        unsigned shift = msb - HIST_SUB_BITS;
        i = HIST_LINEAR + (shift - 1) * HIST_SUB + (unsigned)(ns >> shift) - HIST_SUB;
    }
    h->count[i]++;
    h->total++;
    h->sum_ns += ns;
}

static void hist_merge(bench_hist *into, const bench_hist *h)
{
    for (unsigned i = 0; i < HIST_BUCKETS; i++) into->count[i] += h->count[i];
    into->total += h->total;
    into->sum_ns += h->sum_ns;
}

/* The value at quantile q (0 < q <= 1): the middle of its bucket, in ns. */
static double hist_quantile(const bench_hist *h, double q)
{
    if (h->total == 0) return 0;
    uint64_t rank = (uint64_t)(q * (double)h->total + 0.999999), seen = 0;
    if (rank == 0) rank = 1;
    for (unsigned i = 0; i < HIST_BUCKETS; i++) {
        seen += h->count[i];
        if (seen < rank) continue;
        if (i < HIST_LINEAR) return (double)i;
        unsigned shift = (i - HIST_LINEAR) / HIST_SUB + 1;
        uint64_t lo = (uint64_t)((i - HIST_LINEAR) % HIST_SUB + HIST_SUB) << shift;
        return (double)lo + (double)(UINT64_C(1) << shift) / 2;
    }
    return 0;
}

/* ---- clocks and small helpers ---- */

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void sleep_s(double s)
{
    struct timespec ts = { (time_t)s, (long)((s - (double)(time_t)s) * 1e9) };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

/* 1234567 -> "1,234,567" */
static const char *fmt_count(char *buf, size_t cap, double v)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%.0f", v);
    size_t n = strlen(digits), o = 0;
    for (size_t i = 0; i < n && o + 2 < cap; i++) {
        if (i > 0 && (n - i) % 3 == 0) buf[o++] = ',';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
    return buf;
}

/* ---- the servers ---- */

typedef enum bench_kind { SRV_MARIADB, SRV_JIMKV, SRV_COUNT } bench_kind;

typedef struct bench_server {
    const char *name;         /* "mariadb" or "jimkv" */
    bool enabled;             /* false with --only the other one */
    pid_t pid;                /* 0 until started, 0 again once reaped */
    int port;
    char dir[BENCH_DIR_MAX];  /* its private directory under the run's temp dir */
    char version[128];        /* as the server reports it */
    char tls[64];             /* the cipher libmariadb negotiated, or "none" */
} bench_server;

/* What cleanup needs, shared with the signal thread and failing workers. */
static struct {
    pthread_mutex_t lock;
    bool done;
    char tmp[BENCH_TMP_MAX];  /* the run's temp dir; "" until made */
    bench_server srv[SRV_COUNT];
} g = { .lock = PTHREAD_MUTEX_INITIALIZER };

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

/* Reads a pid file; 0 if there is none. */
static pid_t read_pid_file(const char *path)
{
    FILE *f = fopen(path, "r");
    long pid = 0;
    if (f == NULL) return 0;
    if (fscanf(f, "%ld", &pid) != 1) pid = 0;
    fclose(f);
    return (pid_t)pid;
}

/* SIGTERM, bounded wait, then SIGKILL.  Only ever our own child (JimKV, or
 * mariadbd re-parented to us: this process is a child subreaper), so the
 * pid cannot have been reused before waitpid reaps it. */
static void stop_pid(const char *name, pid_t pid)
{
    if (pid <= 1 || waitpid(pid, NULL, WNOHANG) != 0) return; /* gone, or not our child */
    kill(pid, SIGTERM);
    for (double waited = 0; waited < BENCH_STOP_S_MAX; waited += 0.05) {
        if (waitpid(pid, NULL, WNOHANG) != 0) return;
        sleep_s(0.05);
    }
    fprintf(stderr, "jimkv-bench-mysql: %s (pid %d) ignored SIGTERM for %.0f s; SIGKILL\n", name,
            (int)pid, BENCH_STOP_S_MAX);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
}

/* Stops both servers and removes the temp dir, once, whoever calls first. */
static void cleanup(void)
{
    pthread_mutex_lock(&g.lock);
    if (!g.done) {
        g.done = true;
        for (int k = SRV_COUNT - 1; k >= 0; k--) {
            bench_server *s = &g.srv[k];
            if (s->pid == 0 && k == SRV_MARIADB && s->dir[0] != '\0') {
                char path[BENCH_FILE_MAX];
                snprintf(path, sizeof path, "%.*s/pid", (int)sizeof s->dir - 1, s->dir);
                s->pid = read_pid_file(path); /* started, but the script failed */
            }
            stop_pid(s->name, s->pid);
            s->pid = 0;
        }
        if (g.tmp[0] != '\0') nftw(g.tmp, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    }
    pthread_mutex_unlock(&g.lock);
}

static void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("jimkv-bench-mysql: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    cleanup();
    fflush(stdout);
    fflush(stderr);
    _exit(1);
}

static void *signal_thread(void *arg)
{
    sigset_t *set = arg;
    int sig = 0;
    sigwait(set, &sig);
    fail("interrupted by signal %d; servers stopped", sig);
}

static void print_file_tail(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) return;
    char buf[4096];
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, size > (long)sizeof buf - 1 ? size - (long)sizeof buf + 1 : 0, SEEK_SET);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    fprintf(stderr, "---- %s (end) ----\n%s\n----\n", path, buf);
}

/* Forks and execs argv with stdout and stderr to log_path. */
static pid_t spawn(char *const argv[], const char *log_path, bool die_with_parent)
{
    pid_t pid = fork();
    if (pid < 0) fail("fork: %s", strerror(errno));
    if (pid == 0) {
        sigset_t none;
        sigemptyset(&none);
        pthread_sigmask(SIG_SETMASK, &none, NULL);
        if (die_with_parent) prctl(PR_SET_PDEATHSIG, SIGTERM);
        int fd = open(log_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
            close(fd);
        }
        execv(argv[0], argv);
        _exit(127);
    }
    return pid;
}

/* A port that was free a moment ago (the server binds it next). */
static int free_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t len = sizeof a;
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0 ||
        getsockname(fd, (struct sockaddr *)&a, &len) != 0)
        fail("cannot find a free port: %s", strerror(errno));
    close(fd);
    return ntohs(a.sin_port);
}

/* ---- connections ---- */

/* A connection as root, blocking calls; with nonblock, the non-blocking
 * calls may be used on it as well.  NULL with msg filled on failure. */
static MYSQL *bench_connect(const bench_server *s, bool nonblock, char *msg, size_t cap)
{
    MYSQL *m = mysql_init(NULL);
    unsigned timeout_s = 60, connect_timeout_s = 10;
    if (m == NULL) {
        snprintf(msg, cap, "mysql_init: out of memory");
        return NULL;
    }
    mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &connect_timeout_s);
    mysql_options(m, MYSQL_OPT_READ_TIMEOUT, &timeout_s);
    mysql_options(m, MYSQL_OPT_WRITE_TIMEOUT, &timeout_s);
    if (nonblock) mysql_options(m, MYSQL_OPT_NONBLOCK, 0);
    if (mysql_real_connect(m, "127.0.0.1", "root", "", NULL, (unsigned)s->port, NULL, 0) == NULL) {
        snprintf(msg, cap, "connect: %u %s", mysql_errno(m), mysql_error(m));
        mysql_close(m);
        return NULL;
    }
    return m;
}

/* One blocking SELECT 1 whose answer must be "1"; 0 on success. */
static int select_one(MYSQL *m, char *msg, size_t cap)
{
    if (mysql_real_query(m, "SELECT 1", 8) != 0) {
        snprintf(msg, cap, "SELECT 1: %u %s", mysql_errno(m), mysql_error(m));
        return -1;
    }
    MYSQL_RES *res = mysql_store_result(m);
    MYSQL_ROW row = res ? mysql_fetch_row(res) : NULL;
    int ok = row != NULL && row[0] != NULL && strcmp(row[0], "1") == 0 && mysql_num_rows(res) == 1;
    if (!ok) snprintf(msg, cap, "SELECT 1: unexpected answer (%u %s)", mysql_errno(m), mysql_error(m));
    mysql_free_result(res);
    return ok ? 0 : -1;
}

/* ---- starting the servers ---- */

/* Version and TLS of a fresh connection.  The run compares plain TCP: both
 * servers must leave TLS off unless asked (libmariadb 3.3 does not ask). */
static void note_server(bench_server *s, MYSQL *m)
{
    const char *cipher = mysql_get_ssl_cipher(m);
    snprintf(s->version, sizeof s->version, "%s", mysql_get_server_info(m));
    snprintf(s->tls, sizeof s->tls, "%s", cipher != NULL ? cipher : "none");
}

static void start_mariadb(bench_server *s, const char *ref_script)
{
    char port[16], log[BENCH_FILE_MAX], msg[BENCH_ERRMSG_MAX];
    snprintf(s->dir, sizeof s->dir, "%s/mariadb", g.tmp);
    snprintf(log, sizeof log, "%s/mariadb-ref.log", g.tmp);
    s->port = free_port();
    snprintf(port, sizeof port, "%d", s->port);
    char *argv[] = { "/bin/bash", (char *)ref_script, "start", s->dir, port, NULL };
    int status = 0;
    pid_t script = spawn(argv, log, false);
    if (waitpid(script, &status, 0) != script || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        print_file_tail(log);
        char elog[BENCH_FILE_MAX];
        snprintf(elog, sizeof elog, "%s/error.log", s->dir);
        print_file_tail(elog);
        fail("%s start failed (status %d)", ref_script, status);
    }
    char pidfile[BENCH_FILE_MAX];
    snprintf(pidfile, sizeof pidfile, "%s/pid", s->dir);
    s->pid = read_pid_file(pidfile);
    if (s->pid <= 1) fail("no pid in %s", pidfile);
    MYSQL *m = bench_connect(s, false, msg, sizeof msg);
    if (m == NULL) fail("mariadb: %s", msg);
    /* The default of 151 is below the 512-connection point and the idle
     * test; everything else stays at MariaDB's defaults. */
    char set[64];
    snprintf(set, sizeof set, "SET GLOBAL max_connections = %d", BENCH_MAX_CONNECTIONS);
    if (mysql_query(m, set) != 0) fail("mariadb: %s: %s", set, mysql_error(m));
    note_server(s, m);
    mysql_close(m);
}

static void start_jimkv(bench_server *s, const char *bin, char **extra, int n_extra)
{
    char data[BENCH_FILE_MAX], log[BENCH_FILE_MAX], maxc[16], msg[BENCH_ERRMSG_MAX];
    snprintf(s->dir, sizeof s->dir, "%s/jimkv", g.tmp);
    if (mkdir(s->dir, 0700) != 0) fail("mkdir %s: %s", s->dir, strerror(errno));
    snprintf(data, sizeof data, "%s/data", s->dir);
    snprintf(log, sizeof log, "%s/jimkv.log", s->dir);
    snprintf(maxc, sizeof maxc, "%d", BENCH_MAX_CONNECTIONS);
    char *argv[8 + BENCH_JIMKV_ARGS_MAX] = { (char *)bin, "--mysql-port", "0", "--data-dir", data,
                                             "--max-connections", maxc };
    int argc = 7;
    for (int i = 0; i < n_extra; i++) argv[argc++] = extra[i];
    argv[argc] = NULL;
    if (access(bin, X_OK) != 0) fail("JimKV server %s: %s (build it, or pass --jimkv PATH)", bin, strerror(errno));
    s->pid = spawn(argv, log, true);
    /* Wait for "jimkv <ver> ready: MySQL protocol on 127.0.0.1:<port>, data in <dir>". */
    for (double waited = 0;; waited += 0.05) {
        int status;
        if (waitpid(s->pid, &status, WNOHANG) == s->pid) {
            s->pid = 0;
            print_file_tail(log);
            fail("%s exited during start-up (status %d)", bin, status);
        }
        FILE *f = fopen(log, "r");
        char line[512];
        while (f != NULL && fgets(line, sizeof line, f) != NULL) {
            const char *p = strstr(line, "ready: MySQL protocol on ");
            const char *colon = p ? strrchr(p, ':') : NULL;
            if (colon != NULL) s->port = atoi(colon + 1);
        }
        if (f != NULL) fclose(f);
        if (s->port > 0) break;
        if (waited > BENCH_READY_S_MAX) {
            print_file_tail(log);
            fail("%s printed no ready line in %.0f s", bin, BENCH_READY_S_MAX);
        }
        sleep_s(0.05);
    }
    MYSQL *m = bench_connect(s, false, msg, sizeof msg);
    if (m == NULL) {
        print_file_tail(log);
        fail("jimkv: %s", msg);
    }
    note_server(s, m);
    mysql_close(m);
}

/* ---- /proc readings of a server ---- */

static long rss_kib(pid_t pid)
{
    char path[64], line[256];
    long kib = -1;
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    while (f != NULL && fgets(line, sizeof line, f) != NULL)
        if (strncmp(line, "VmRSS:", 6) == 0) kib = strtol(line + 6, NULL, 10);
    if (f != NULL) fclose(f);
    if (kib < 0) fail("cannot read VmRSS of pid %d", (int)pid);
    return kib;
}

/* utime + stime of a process, in seconds. */
static double cpu_s(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    if (f != NULL) fclose(f);
    buf[n] = '\0';
    const char *p = strrchr(buf, ')'); /* the command name may hold spaces */
    unsigned long long ut = 0, st = 0;
    if (p == NULL || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &ut, &st) != 2)
        return 0;
    return (double)(ut + st) / (double)sysconf(_SC_CLK_TCK);
}

/* user + system CPU time of this process (the load generator), in seconds. */
static double self_cpu_s(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
}

/* ---- one measured point ---- */

typedef enum bench_work { WORK_TEXT, WORK_PREPARED, WORK_CONNECT, WORK_COUNT } bench_work;
#define BENCH_DO_IDLE (1u << WORK_COUNT) /* the idle-memory test, in bench_opts.workloads */

static const char *const WORK_LABEL[WORK_COUNT] = {
    "SELECT 1 (text)", "SELECT ? (prepared)", "connect+auth+quit",
};

enum { PHASE_WARMUP, PHASE_MEASURE, PHASE_STOP };

typedef struct bench_result {
    bool ran;                 /* false: not run (server disabled) */
    bool na;                  /* the server cannot do it (prepare refused) */
    char na_why[BENCH_ERRMSG_MAX];
    uint64_t ops, errors;
    double seconds, ops_per_s, mean_us, p50_us, p99_us, server_cpu_us_per_op, client_cpu_us_per_op;
    char first_error[BENCH_ERRMSG_MAX];
    int runs;                 /* with --repeat: runs so far; the fields above are the best's */
    double ops_min, ops_max;  /* over the runs */
} bench_result;

/* Per-operation states of a connection in the epoll loop. */
enum { ST_QUERY, ST_STORE, ST_EXECUTE, ST_FETCH };

typedef struct bench_conn {
    MYSQL *m;
    MYSQL_STMT *stmt;         /* prepared SELECT ?, or NULL */
    MYSQL_BIND param, column;
    long long param_val, column_val;
    my_bool column_null, column_err;
    uint64_t fetched;         /* rows fetched by this execute */
    int state;
    bool pending;             /* a *_start returned a wait: call *_cont next */
    uint32_t epoll_events;    /* what the fd is registered for */
    int fd;
    uint64_t op_start_ns;
} bench_conn;

typedef struct bench_worker {
    pthread_t thread;
    bench_conn *conns;
    int n_conns, n_active;
    bench_work work;
    int pin_cpu;              /* >= 0: run on this CPU only (1 connection, unless --no-pin) */
    const bench_server *srv;  /* WORK_CONNECT only */
    _Atomic int *phase;
    bench_hist hist;
    uint64_t ops, errors;
    char first_error[BENCH_ERRMSG_MAX];
} bench_worker;

static void worker_error(bench_worker *w, const char *what, unsigned code, const char *text)
{
    if (w->errors++ == 0) snprintf(w->first_error, sizeof w->first_error, "%.100s: %u %.140s", what, code, text);
}

static void op_done(bench_worker *w, uint64_t end_ns, uint64_t start_ns)
{
    if (atomic_load_explicit(w->phase, memory_order_relaxed) != PHASE_MEASURE) return;
    hist_add(&w->hist, end_ns - start_ns);
    w->ops++;
}

/* Advances c's current operation after the socket events in `ready`
 * (ignored when nothing is pending).  Returns 1 when the operation ended
 * (c->state is back at its first state), 0 when it waits on the socket
 * (*wait holds MYSQL_WAIT_* bits), -1 on an error (recorded). */
static int conn_advance(bench_worker *w, bench_conn *c, int ready, int *wait)
{
    for (;;) {
        int rc = 0, st;
        MYSQL_RES *res = NULL;
        switch (c->state) {
        case ST_QUERY:
            st = c->pending ? mysql_real_query_cont(&rc, c->m, ready)
                            : mysql_real_query_start(&rc, c->m, "SELECT 1", 8);
            break;
        case ST_STORE:
            st = c->pending ? mysql_store_result_cont(&res, c->m, ready) : mysql_store_result_start(&res, c->m);
            break;
        case ST_EXECUTE:
            st = c->pending ? mysql_stmt_execute_cont(&rc, c->stmt, ready) : mysql_stmt_execute_start(&rc, c->stmt);
            break;
        default:
            st = c->pending ? mysql_stmt_fetch_cont(&rc, c->stmt, ready) : mysql_stmt_fetch_start(&rc, c->stmt);
            break;
        }
        if (st != 0) {
            c->pending = true;
            *wait = st;
            return 0;
        }
        c->pending = false;
        switch (c->state) {
        case ST_QUERY:
            if (rc != 0) return worker_error(w, "SELECT 1", mysql_errno(c->m), mysql_error(c->m)), -1;
            c->state = ST_STORE;
            break;
        case ST_STORE: {
            MYSQL_ROW row = res ? mysql_fetch_row(res) : NULL;
            bool ok = row != NULL && row[0] != NULL && row[0][0] == '1' && row[0][1] == '\0';
            mysql_free_result(res);
            if (!ok) return worker_error(w, "SELECT 1 result", mysql_errno(c->m), mysql_error(c->m)), -1;
            c->state = ST_QUERY;
            return 1;
        }
        case ST_EXECUTE:
            if (rc != 0) return worker_error(w, "execute", mysql_stmt_errno(c->stmt), mysql_stmt_error(c->stmt)), -1;
            c->fetched = 0;
            c->state = ST_FETCH;
            break;
        default:
            if (rc == MYSQL_NO_DATA) {
                if (c->fetched != 1) return worker_error(w, "fetch", 0, "not exactly one row"), -1;
                c->state = ST_EXECUTE;
                c->param_val++;
                return 1;
            }
            if (rc != 0 || c->column_null || c->column_val != c->param_val)
                return worker_error(w, "fetch", mysql_stmt_errno(c->stmt),
                                    rc != 0 ? mysql_stmt_error(c->stmt) : "wrong value"), -1;
            c->fetched++;
            break;
        }
    }
}

/* Registers what the library waits for; 0 or -1 (recorded). */
static int conn_watch(bench_worker *w, int epfd, bench_conn *c, int wait)
{
    uint32_t ev = (wait & MYSQL_WAIT_READ ? EPOLLIN : 0) | (wait & MYSQL_WAIT_WRITE ? EPOLLOUT : 0) |
                  (wait & MYSQL_WAIT_EXCEPT ? EPOLLPRI : 0);
    if (ev == 0) ev = EPOLLIN; /* a timeout alone: our own deadline covers it */
    if (ev == c->epoll_events) return 0;
    struct epoll_event e = { .events = ev, .data.ptr = c };
    if (epoll_ctl(epfd, c->epoll_events ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, c->fd, &e) != 0) {
        worker_error(w, "epoll_ctl", (unsigned)errno, strerror(errno));
        return -1;
    }
    c->epoll_events = ev;
    return 0;
}

static void conn_retire(bench_worker *w, int epfd, bench_conn *c)
{
    if (c->epoll_events) epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
    c->epoll_events = 0;
    c->fd = -1;
    w->n_active--;
}

/* Runs operations on c back to back until one has to wait on the socket;
 * retires c once the run is stopping, or on an error. */
static void conn_drive(bench_worker *w, int epfd, bench_conn *c, int ready)
{
    for (;;) {
        int wait = 0, r = conn_advance(w, c, ready, &wait);
        if (r == 0) {
            if (conn_watch(w, epfd, c, wait) != 0) conn_retire(w, epfd, c);
            return;
        }
        if (r < 0) {
            conn_retire(w, epfd, c);
            return;
        }
        uint64_t t = now_ns();
        op_done(w, t, c->op_start_ns);
        if (atomic_load_explicit(w->phase, memory_order_relaxed) == PHASE_STOP) {
            conn_retire(w, epfd, c);
            return;
        }
        c->op_start_ns = t;
        ready = 0;
    }
}

static void *worker_loop(void *arg)
{
    bench_worker *w = arg;
    mysql_thread_init();
    if (w->pin_cpu >= 0) {
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(w->pin_cpu, &one);
        if (pthread_setaffinity_np(pthread_self(), sizeof one, &one) != 0) fail("pthread_setaffinity_np failed");
    }
    int epfd = epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0) fail("epoll_create1: %s", strerror(errno));
    w->n_active = w->n_conns;
    for (int i = 0; i < w->n_conns; i++) {
        w->conns[i].op_start_ns = now_ns();
        conn_drive(w, epfd, &w->conns[i], 0);
    }
    uint64_t drain_deadline = 0;
    struct epoll_event ev[BENCH_EPOLL_EVENTS];
    while (w->n_active > 0) {
        int n = epoll_wait(epfd, ev, BENCH_EPOLL_EVENTS, 100);
        if (n < 0 && errno != EINTR) fail("epoll_wait: %s", strerror(errno));
        for (int i = 0; i < n; i++) {
            bench_conn *c = ev[i].data.ptr;
            if (c->fd < 0) continue;
            int ready = (ev[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR) ? MYSQL_WAIT_READ : 0) |
                        (ev[i].events & (EPOLLOUT | EPOLLHUP | EPOLLERR) ? MYSQL_WAIT_WRITE : 0) |
                        (ev[i].events & EPOLLPRI ? MYSQL_WAIT_EXCEPT : 0);
            conn_drive(w, epfd, c, ready);
        }
        if (atomic_load_explicit(w->phase, memory_order_relaxed) == PHASE_STOP) {
            uint64_t t = now_ns();
            if (drain_deadline == 0) drain_deadline = t + (uint64_t)(BENCH_DRAIN_S_MAX * 1e9);
            if (t > drain_deadline) {
                char msg[64];
                snprintf(msg, sizeof msg, "%d operations unanswered %.0f s after the run", w->n_active,
                         BENCH_DRAIN_S_MAX);
                worker_error(w, "drain", 0, msg);
                for (int i = 0; i < w->n_conns; i++)
                    if (w->conns[i].fd >= 0) conn_retire(w, epfd, &w->conns[i]);
            }
        }
    }
    close(epfd);
    mysql_thread_end();
    return NULL;
}

/* --client-mode threads: one connection per thread, blocking calls. */
static void *blocking_loop(void *arg)
{
    bench_worker *w = arg;
    bench_conn *c = &w->conns[0];
    mysql_thread_init();
    while (atomic_load_explicit(w->phase, memory_order_relaxed) != PHASE_STOP) {
        uint64_t t0 = now_ns();
        if (c->stmt == NULL) {
            char msg[BENCH_ERRMSG_MAX];
            if (select_one(c->m, msg, sizeof msg) != 0) {
                worker_error(w, "text", 0, msg);
                break;
            }
        } else {
            int rc = mysql_stmt_execute(c->stmt);
            uint64_t rows = 0;
            while (rc == 0 && (rc = mysql_stmt_fetch(c->stmt)) == 0)
                rows += !c->column_null && c->column_val == c->param_val ? 1 : 2;
            if (rc != MYSQL_NO_DATA || rows != 1) {
                worker_error(w, "execute/fetch", mysql_stmt_errno(c->stmt),
                             rc != MYSQL_NO_DATA ? mysql_stmt_error(c->stmt) : "wrong answer");
                break;
            }
            c->param_val++;
        }
        op_done(w, now_ns(), t0);
    }
    mysql_thread_end();
    return NULL;
}

/* connect + authenticate + COM_QUIT in a loop, blocking calls. */
static void *connect_loop(void *arg)
{
    bench_worker *w = arg;
    mysql_thread_init();
    char msg[BENCH_ERRMSG_MAX];
    while (atomic_load_explicit(w->phase, memory_order_relaxed) != PHASE_STOP) {
        uint64_t t0 = now_ns();
        MYSQL *m = bench_connect(w->srv, false, msg, sizeof msg);
        if (m == NULL) {
            if (w->errors++ == 0) snprintf(w->first_error, sizeof w->first_error, "%s", msg);
            sleep_s(0.001);
            continue;
        }
        mysql_close(m); /* sends COM_QUIT */
        op_done(w, now_ns(), t0);
    }
    mysql_thread_end();
    return NULL;
}

/* Sets up one connection of a point; 0, -1 (error in msg) or 1 (the server
 * refused COM_STMT_PREPARE: n/a). */
static int conn_setup(const bench_server *s, bench_work work, bench_conn *c, long long first_param, char *msg,
                      size_t cap)
{
    memset(c, 0, sizeof *c);
    c->fd = -1;
    c->m = bench_connect(s, true, msg, cap);
    if (c->m == NULL) return -1;
    c->fd = (int)mysql_get_socket(c->m);
    c->state = work == WORK_TEXT ? ST_QUERY : ST_EXECUTE;
    if (work != WORK_PREPARED) return 0;
    c->stmt = mysql_stmt_init(c->m);
    if (c->stmt == NULL) {
        snprintf(msg, cap, "mysql_stmt_init: out of memory");
        return -1;
    }
    if (mysql_stmt_prepare(c->stmt, "SELECT ?", 8) != 0) {
        snprintf(msg, cap, "COM_STMT_PREPARE: %u %s", mysql_stmt_errno(c->stmt), mysql_stmt_error(c->stmt));
        return 1;
    }
    if (mysql_stmt_param_count(c->stmt) != 1 || mysql_stmt_field_count(c->stmt) != 1) {
        snprintf(msg, cap, "SELECT ? prepared with %lu parameters and %u columns",
                 (unsigned long)mysql_stmt_param_count(c->stmt), mysql_stmt_field_count(c->stmt));
        return 1;
    }
    c->param_val = first_param;
    c->param.buffer_type = MYSQL_TYPE_LONGLONG;
    c->param.buffer = &c->param_val;
    c->column.buffer_type = MYSQL_TYPE_LONGLONG;
    c->column.buffer = &c->column_val;
    c->column.is_null = &c->column_null;
    c->column.error = &c->column_err;
    if (mysql_stmt_bind_param(c->stmt, &c->param) || mysql_stmt_bind_result(c->stmt, &c->column)) {
        snprintf(msg, cap, "bind: %s", mysql_stmt_error(c->stmt));
        return -1;
    }
    return 0;
}

static void conn_teardown(bench_conn *c)
{
    if (c->stmt != NULL) mysql_stmt_close(c->stmt);
    if (c->m != NULL) mysql_close(c->m);
    c->stmt = NULL;
    c->m = NULL;
}

typedef struct bench_opts {
    double seconds, warmup;
    int conns[BENCH_POINTS_MAX], n_points;
    int client_threads;       /* 0: one per online core */
    bool client_blocking;     /* --client-mode threads: a thread per connection */
    bool pin_single;          /* one-connection points on one CPU (default; --no-pin) */
    int connect_threads;
    int idle;
    bool markdown;
    int repeat;               /* runs per point; the best is reported */
    unsigned workloads;       /* bits: 1 << bench_work, and BENCH_DO_IDLE */
} bench_opts;

/* Sets the CPU mask of every thread of the server; 0 or -1. */
static int set_server_affinity(const bench_server *s, const cpu_set_t *mask)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task", (int)s->pid);
    DIR *d = opendir(path);
    if (d == NULL) return -1;
    int rc = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        pid_t tid = (pid_t)atoi(e->d_name);
        if (tid > 0 && sched_setaffinity(tid, sizeof *mask, mask) != 0 && errno != ESRCH) rc = -1;
    }
    closedir(d);
    return rc;
}

/* One-connection points (unless --no-pin): the server's threads and the
 * client's on one CPU, the last one this process may use; *saved gets the
 * server's mask to restore.  Returns the CPU. */
static int pin_server(const bench_server *s, cpu_set_t *saved)
{
    cpu_set_t mine, one;
    int cpu = -1;
    if (sched_getaffinity(0, sizeof mine, &mine) != 0 || sched_getaffinity(s->pid, sizeof *saved, saved) != 0)
        fail("sched_getaffinity: %s", strerror(errno));
    for (int i = 0; i < CPU_SETSIZE; i++)
        if (CPU_ISSET(i, &mine)) cpu = i;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    if (set_server_affinity(s, &one) != 0) fail("cannot pin %s's threads to CPU %d", s->name, cpu);
    return cpu;
}

/* Warm-up, measured window, stop; fills r from the workers. */
static void run_window(const bench_opts *o, const bench_server *s, bench_worker *w, int n_workers,
                       void *(*loop)(void *), _Atomic int *phase, bench_result *r)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, BENCH_THREAD_STACK_BYTES);
    atomic_store(phase, PHASE_WARMUP);
    for (int i = 0; i < n_workers; i++)
        if (pthread_create(&w[i].thread, &attr, loop, &w[i]) != 0) fail("pthread_create failed");
    pthread_attr_destroy(&attr);
    sleep_s(o->warmup);
    double cpu0 = cpu_s(s->pid), self0 = self_cpu_s();
    uint64_t t0 = now_ns();
    atomic_store(phase, PHASE_MEASURE);
    sleep_s(o->seconds);
    atomic_store(phase, PHASE_STOP);
    uint64_t t1 = now_ns();
    double cpu1 = cpu_s(s->pid), self1 = self_cpu_s();
    bench_hist *all = calloc(1, sizeof *all);
    if (all == NULL) fail("out of memory");
    for (int i = 0; i < n_workers; i++) {
        pthread_join(w[i].thread, NULL);
        hist_merge(all, &w[i].hist);
        r->ops += w[i].ops;
        if (w[i].errors && r->errors == 0) snprintf(r->first_error, sizeof r->first_error, "%s", w[i].first_error);
        r->errors += w[i].errors;
    }
    r->ran = true;
    r->seconds = (double)(t1 - t0) * 1e-9;
    r->ops_per_s = (double)r->ops / r->seconds;
    r->mean_us = all->total ? (double)all->sum_ns / (double)all->total / 1e3 : 0;
    r->p50_us = hist_quantile(all, 0.50) / 1e3;
    r->p99_us = hist_quantile(all, 0.99) / 1e3;
    r->server_cpu_us_per_op = r->ops ? (cpu1 - cpu0) * 1e6 / (double)r->ops : 0;
    r->client_cpu_us_per_op = r->ops ? (self1 - self0) * 1e6 / (double)r->ops : 0;
    free(all);
}

static int online_cores(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > BENCH_THREADS_MAX ? BENCH_THREADS_MAX : (int)n;
}

/* One point of the text or prepared workload. */
static void run_load(const bench_opts *o, const bench_server *s, bench_work work, int n_conns, bench_result *r)
{
    memset(r, 0, sizeof *r);
    bench_conn *conns = calloc((size_t)n_conns, sizeof *conns);
    int n_workers = o->client_blocking ? n_conns : o->client_threads ? o->client_threads : online_cores();
    if (n_workers > n_conns) n_workers = n_conns;
    bench_worker *w = calloc((size_t)n_workers, sizeof *w);
    _Atomic int phase = PHASE_WARMUP;
    if (conns == NULL || w == NULL) fail("out of memory");
    char msg[BENCH_ERRMSG_MAX];
    int opened = 0, rc = 0, pin_cpu = -1;
    cpu_set_t server_mask;
    if (n_conns == 1 && o->pin_single) {
        /* Before connecting, so that a thread the server makes for the
         * connection inherits the pin. */
        pin_cpu = pin_server(s, &server_mask);
    }
    for (; opened < n_conns; opened++) {
        rc = conn_setup(s, work, &conns[opened], (long long)opened << 32, msg, sizeof msg);
        if (rc != 0) break;
    }
    if (rc == 1) {
        r->ran = r->na = true;
        snprintf(r->na_why, sizeof r->na_why, "%s", msg);
        conn_teardown(&conns[opened]);
    } else if (rc < 0) {
        fail("%s: %s point with %d connections: connection %d: %s", s->name, WORK_LABEL[work], n_conns,
             opened + 1, msg);
    } else {
        /* Each worker drives a contiguous slice of the connections. */
        for (int i = 0, at = 0; i < n_workers; i++) {
            w[i].pin_cpu = pin_cpu;
            w[i].conns = &conns[at];
            w[i].n_conns = n_conns / n_workers + (i < n_conns % n_workers);
            w[i].work = work;
            w[i].phase = &phase;
            at += w[i].n_conns;
        }
        run_window(o, s, w, n_workers, o->client_blocking ? blocking_loop : worker_loop, &phase, r);
    }
    for (int i = 0; i < opened; i++) conn_teardown(&conns[i]);
    if (pin_cpu >= 0) set_server_affinity(s, &server_mask);
    free(conns);
    free(w);
}

static void run_connect(const bench_opts *o, const bench_server *s, bench_result *r)
{
    memset(r, 0, sizeof *r);
    bench_worker *w = calloc((size_t)o->connect_threads, sizeof *w);
    _Atomic int phase = PHASE_WARMUP;
    if (w == NULL) fail("out of memory");
    for (int i = 0; i < o->connect_threads; i++) {
        w[i].work = WORK_CONNECT;
        w[i].srv = s;
        w[i].phase = &phase;
    }
    run_window(o, s, w, o->connect_threads, connect_loop, &phase, r);
    free(w);
}

typedef struct bench_idle {
    bool ran;
    long rss_before_kib, rss_after_kib, rss_closed_kib;
    double kib_per_conn;
} bench_idle;

/* RSS growth for o->idle idle connections that each ran one SELECT 1. */
static void run_idle(const bench_opts *o, const bench_server *s, bench_idle *r)
{
    char msg[BENCH_ERRMSG_MAX];
    MYSQL **m = calloc((size_t)o->idle + 1, sizeof *m);
    if (m == NULL) fail("out of memory");
    /* One connection first, so that whatever the first connection or query
     * allocates once (caches, thread pools) is in the baseline. */
    m[0] = bench_connect(s, false, msg, sizeof msg);
    if (m[0] == NULL || select_one(m[0], msg, sizeof msg) != 0) fail("%s: idle test: %s", s->name, msg);
    sleep_s(BENCH_SETTLE_S);
    r->rss_before_kib = rss_kib(s->pid);
    for (int i = 1; i <= o->idle; i++) {
        m[i] = bench_connect(s, false, msg, sizeof msg);
        if (m[i] == NULL || select_one(m[i], msg, sizeof msg) != 0)
            fail("%s: idle connection %d of %d: %s", s->name, i, o->idle, msg);
    }
    sleep_s(BENCH_SETTLE_S);
    r->rss_after_kib = rss_kib(s->pid);
    /* All of them must still be there. */
    for (int i = 1; i <= o->idle; i++)
        if (mysql_ping(m[i]) != 0) fail("%s: idle connection %d died: %s", s->name, i, mysql_error(m[i]));
    for (int i = 0; i <= o->idle; i++) mysql_close(m[i]);
    sleep_s(BENCH_SETTLE_S);
    r->rss_closed_kib = rss_kib(s->pid);
    r->kib_per_conn = (double)(r->rss_after_kib - r->rss_before_kib) / o->idle;
    r->ran = true;
    free(m);
}

/* ---- report ---- */

static void progress(const bench_server *s, const char *label, int n, const bench_result *r)
{
    if (r->na) {
        fprintf(stderr, "  %-8s %-20s %4d: n/a (%s)\n", s->name, label, n, r->na_why);
        return;
    }
    fprintf(stderr, "  %-8s %-20s %4d: %10.0f ops/s  mean %8.1f  p50 %8.1f  p99 %8.1f us  CPU/op server %5.1f client %5.1f us%s\n",
            s->name, label, n, r->ops_per_s, r->mean_us, r->p50_us, r->p99_us, r->server_cpu_us_per_op, r->client_cpu_us_per_op,
            r->errors ? "  ERRORS" : "");
    if (r->errors) fprintf(stderr, "    %" PRIu64 " errors, first: %s\n", r->errors, r->first_error);
}

/* One run of a point; keeps the best run (by ops/s) in *best. */
static void measure(const bench_opts *o, bench_work wk, int point, const bench_server *s, bench_result *best)
{
    bench_result r;
    int n = wk == WORK_CONNECT ? o->connect_threads : o->conns[point];
    if (wk == WORK_CONNECT)
        run_connect(o, s, &r);
    else
        run_load(o, s, wk, n, &r);
    progress(s, WORK_LABEL[wk], n, &r);
    int runs = best->runs + 1;
    double lo = runs == 1 || r.ops_per_s < best->ops_min ? r.ops_per_s : best->ops_min;
    double hi = runs == 1 || r.ops_per_s > best->ops_max ? r.ops_per_s : best->ops_max;
    uint64_t errors = best->errors + r.errors;
    if (runs == 1 || r.na || (!best->na && r.ops_per_s > best->ops_per_s)) {
        char first[BENCH_ERRMSG_MAX];
        snprintf(first, sizeof first, "%s", best->errors ? best->first_error : r.first_error);
        *best = r;
        snprintf(best->first_error, sizeof best->first_error, "%s", first);
    }
    best->runs = runs;
    best->ops_min = lo;
    best->ops_max = hi;
    best->errors = errors; /* errors in any run mark the point */
}

/* One server's columns: ops/s, p50, p99, CPU/op. */
static void print_cells(const bench_opts *o, const bench_result *r)
{
    char ops[32];
    const char *sep = o->markdown ? " | " : " ";
    if (!r->ran) {
        printf(o->markdown ? " | - | - | - | -" : " %12s %8s %8s %7s", "-", "-", "-", "-");
    } else if (r->na) {
        printf(o->markdown ? " | n/a | n/a | n/a | n/a" : " %12s %8s %8s %7s", "n/a", "n/a", "n/a", "n/a");
    } else {
        printf(o->markdown ? "%s%s%s%.1f%s%.1f%s%.1f%s" : "%s%12s%s%8.1f%s%8.1f%s%7.1f%s", sep,
               fmt_count(ops, sizeof ops, r->ops_per_s), sep, r->p50_us, sep, r->p99_us, sep,
               r->server_cpu_us_per_op, r->errors ? "!" : "");
    }
}

static bool comparable(const bench_result *a, const bench_result *b)
{
    return a->ran && b->ran && !a->na && !b->na && a->ops > 0 && b->ops > 0;
}

static void print_row(const bench_opts *o, const char *label, int n, const bench_result r[SRV_COUNT])
{
    printf(o->markdown ? "| %s | %d" : "%-20s %5d |", label, n);
    print_cells(o, &r[SRV_MARIADB]);
    printf(o->markdown ? "" : " |");
    print_cells(o, &r[SRV_JIMKV]);
    if (comparable(&r[SRV_MARIADB], &r[SRV_JIMKV])) {
        printf(o->markdown ? " | %.2fx | %.2fx |\n" : " | %6.2fx %6.2fx\n",
               r[SRV_JIMKV].ops_per_s / r[SRV_MARIADB].ops_per_s, r[SRV_JIMKV].p99_us / r[SRV_MARIADB].p99_us);
    } else {
        printf(o->markdown ? " | - | - |\n" : " | %7s %7s\n", "-", "-");
    }
}

static void print_report(const bench_opts *o, bench_result res[WORK_COUNT][BENCH_POINTS_MAX][SRV_COUNT],
                         const bench_idle idle[SRV_COUNT])
{
    printf("\n");
    if (o->markdown) {
        printf("| workload | conns | mariadb ops/s | p50 us | p99 us | CPU us/op | jimkv ops/s | p50 us | p99 us"
               " | CPU us/op | ops ratio | p99 ratio |\n");
        printf("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    } else {
        printf("%-20s %5s | %12s %8s %8s %7s | %12s %8s %8s %7s | %7s %7s\n", "workload", "conns",
               "mariadb ops/s", "p50 us", "p99 us", "CPU/op", "jimkv ops/s", "p50 us", "p99 us", "CPU/op",
               "ops", "p99");
    }
    for (int wk = WORK_TEXT; wk <= WORK_PREPARED; wk++)
        for (int p = 0; p < o->n_points && (o->workloads & (1u << wk)); p++)
            print_row(o, WORK_LABEL[wk], o->conns[p], res[wk][p]);
    if (o->workloads & (1u << WORK_CONNECT))
        print_row(o, WORK_LABEL[WORK_CONNECT], o->connect_threads, res[WORK_CONNECT][0]);
    for (int wk = WORK_TEXT, shown = 0; wk < WORK_COUNT && !shown; wk++)
        for (int p = 0; p < o->n_points && !shown; p++)
            for (int k = 0; k < SRV_COUNT && !shown; k++)
                if (res[wk][p][k].errors) {
                    printf("! marks a point where the server returned errors (first: %s)\n", res[wk][p][k].first_error);
                    shown = 1;
                }
    if (o->pin_single)
        printf("points with 1 connection ran with the client and the server pinned to one CPU (--no-pin: not)\n");

    if (o->repeat > 1) {
        printf("\nops/s over %d runs, lowest - highest:\n", o->repeat);
        for (int wk = WORK_TEXT; wk < WORK_COUNT; wk++)
            for (int p = 0; p < (wk == WORK_CONNECT ? 1 : o->n_points) && (o->workloads & (1u << wk)); p++) {
                const bench_result *r = res[wk][p];
                printf("  %-20s %5d", WORK_LABEL[wk], wk == WORK_CONNECT ? o->connect_threads : o->conns[p]);
                for (int k = 0; k < SRV_COUNT; k++) {
                    char lo[32], hi[32];
                    if (r[k].ran && !r[k].na)
                        printf(" | %-8s %10s - %-10s", g.srv[k].name, fmt_count(lo, sizeof lo, r[k].ops_min),
                               fmt_count(hi, sizeof hi, r[k].ops_max));
                }
                printf("\n");
            }
    }

    if (o->workloads & BENCH_DO_IDLE) {
        printf("\n");
        if (o->markdown) {
            printf("| idle connections | server | RSS before KiB | RSS with them KiB | RSS after close KiB | KiB per"
                   " connection |\n|--:|---|--:|--:|--:|--:|\n");
        } else {
            printf("%-16s %-8s %14s %17s %19s %10s\n", "idle connections", "server", "RSS before KiB",
                   "RSS with them KiB", "RSS after close KiB", "KiB/conn");
        }
        for (int k = 0; k < SRV_COUNT; k++) {
            if (!idle[k].ran) continue;
            printf(o->markdown ? "| %d | %s | %ld | %ld | %ld | %.1f |\n" : "%16d %-8s %14ld %17ld %19ld %10.1f\n",
                   o->idle, g.srv[k].name, idle[k].rss_before_kib, idle[k].rss_after_kib, idle[k].rss_closed_kib,
                   idle[k].kib_per_conn);
        }
        if (idle[SRV_MARIADB].ran && idle[SRV_JIMKV].ran && idle[SRV_MARIADB].kib_per_conn > 0)
            printf("memory per idle connection, jimkv/mariadb: %.3fx (target <= 0.25x)\n",
                   idle[SRV_JIMKV].kib_per_conn / idle[SRV_MARIADB].kib_per_conn);
    }

    /* The targets, point by point. */
    if (!g.srv[SRV_MARIADB].enabled || !g.srv[SRV_JIMKV].enabled) return;
    int missed = 0;
    printf("\ntargets: jimkv >= 1.3x mariadb ops/s and p99 <= mariadb's at every point; memory <= 0.25x\n");
    for (int wk = WORK_TEXT; wk < WORK_COUNT; wk++)
        for (int p = 0; p < (wk == WORK_CONNECT ? 1 : o->n_points) && (o->workloads & (1u << wk)); p++) {
            const bench_result *r = res[wk][p];
            int n = wk == WORK_CONNECT ? o->connect_threads : o->conns[p];
            if (!comparable(&r[SRV_MARIADB], &r[SRV_JIMKV])) {
                printf("  MISSED %s x%d: not measured (n/a or no operations)\n", WORK_LABEL[wk], n);
                missed++;
                continue;
            }
            double ratio = r[SRV_JIMKV].ops_per_s / r[SRV_MARIADB].ops_per_s;
            bool p99_ok = r[SRV_JIMKV].p99_us <= r[SRV_MARIADB].p99_us;
            if (ratio < 1.3 || !p99_ok || r[SRV_JIMKV].errors) {
                printf("  MISSED %s x%d: ops %.2fx, p99 %.1f vs %.1f us%s\n", WORK_LABEL[wk], n, ratio,
                       r[SRV_JIMKV].p99_us, r[SRV_MARIADB].p99_us, r[SRV_JIMKV].errors ? ", with errors" : "");
                missed++;
            }
        }
    if (idle[SRV_MARIADB].ran && idle[SRV_JIMKV].ran &&
        idle[SRV_JIMKV].kib_per_conn > 0.25 * idle[SRV_MARIADB].kib_per_conn) {
        printf("  MISSED memory per idle connection\n");
        missed++;
    }
    printf(missed ? "  %d target(s) missed\n" : "  all targets met\n", missed);
}

/* ---- arguments ---- */

static void usage(void)
{
    fprintf(stderr,
            "usage: jimkv-bench-mysql [--seconds S] [--warmup S] [--repeat N] [--conns 1,8,64,512] [--client-threads N]\n"
            "                         [--client-mode epoll|threads] [--workloads text,prepared,connect,idle] [--no-pin]\n"
            "                         [--connect-threads N] [--idle N] [--only jimkv|mariadb]\n"
            "                         [--jimkv PATH] [--jimkv-arg ARG]... [--mariadb-ref PATH] [--markdown]\n"
            "defaults: %g s per point after %g s of warm-up, best of %d runs, %d connect threads,\n"
            "          %d idle connections, --jimkv %s, --mariadb-ref %s\n",
            BENCH_SECONDS_DEFAULT, BENCH_WARMUP_DEFAULT, BENCH_REPEAT_DEFAULT, BENCH_CONNECT_THREADS_DEFAULT,
            BENCH_IDLE_DEFAULT,
            BENCH_JIMKV_BIN, BENCH_MARIADB_REF);
    exit(2);
}

static double arg_number(const char *name, const char *v, double lo, double hi)
{
    char *end;
    errno = 0;
    double d = strtod(v, &end);
    if (errno != 0 || end == v || *end != '\0' || d < lo || d > hi) {
        fprintf(stderr, "jimkv-bench-mysql: %s wants a number in [%g, %g], not '%s'\n", name, lo, hi, v);
        exit(2);
    }
    return d;
}

typedef struct bench_paths {
    const char *jimkv, *mariadb_ref;
    char *jimkv_args[BENCH_JIMKV_ARGS_MAX];
    int n_jimkv_args;
} bench_paths;

static void parse_args(int argc, char **argv, bench_opts *o, bench_paths *paths)
{
    *o = (bench_opts){ .seconds = BENCH_SECONDS_DEFAULT, .warmup = BENCH_WARMUP_DEFAULT,
                       .conns = { 1, 8, 64, 512 }, .n_points = 4,
                       .connect_threads = BENCH_CONNECT_THREADS_DEFAULT, .idle = BENCH_IDLE_DEFAULT,
                       .workloads = (1u << WORK_COUNT) * 2 - 1, .repeat = BENCH_REPEAT_DEFAULT,
                       .pin_single = true };
    *paths = (bench_paths){ .jimkv = BENCH_JIMKV_BIN, .mariadb_ref = BENCH_MARIADB_REF };
    g.srv[SRV_MARIADB].enabled = g.srv[SRV_JIMKV].enabled = true;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--markdown") == 0) {
            o->markdown = true;
            continue;
        }
        if (strcmp(a, "--no-pin") == 0) {
            o->pin_single = false;
            continue;
        }
        if (v == NULL) usage();
        i++;
        if (strcmp(a, "--seconds") == 0) {
            o->seconds = arg_number(a, v, 0.1, BENCH_SECONDS_MAX);
        } else if (strcmp(a, "--warmup") == 0) {
            o->warmup = arg_number(a, v, 0, BENCH_SECONDS_MAX);
        } else if (strcmp(a, "--client-threads") == 0) {
            o->client_threads = (int)arg_number(a, v, 1, BENCH_THREADS_MAX);
        } else if (strcmp(a, "--repeat") == 0) {
            o->repeat = (int)arg_number(a, v, 1, BENCH_REPEAT_MAX);
        } else if (strcmp(a, "--client-mode") == 0) {
            if (strcmp(v, "epoll") != 0 && strcmp(v, "threads") != 0) usage();
            o->client_blocking = strcmp(v, "threads") == 0;
        } else if (strcmp(a, "--connect-threads") == 0) {
            o->connect_threads = (int)arg_number(a, v, 1, BENCH_THREADS_MAX);
        } else if (strcmp(a, "--idle") == 0) {
            o->idle = (int)arg_number(a, v, 1, BENCH_IDLE_MAX);
        } else if (strcmp(a, "--conns") == 0) {
            o->n_points = 0;
            for (const char *p = v; *p != '\0';) {
                char *end;
                long n = strtol(p, &end, 10);
                if (end == p || n < 1 || n > BENCH_CONNS_MAX || o->n_points == BENCH_POINTS_MAX ||
                    (*end != ',' && *end != '\0')) {
                    fprintf(stderr, "jimkv-bench-mysql: --conns wants up to %d numbers in [1, %d], comma-separated\n",
                            BENCH_POINTS_MAX, BENCH_CONNS_MAX);
                    exit(2);
                }
                o->conns[o->n_points++] = (int)n;
                p = *end == ',' ? end + 1 : end;
            }
            if (o->n_points == 0) usage();
        } else if (strcmp(a, "--workloads") == 0) {
            static const char *const names[] = { "text", "prepared", "connect", "idle" };
            o->workloads = 0;
            for (const char *p = v; *p != '\0';) {
                size_t n = strcspn(p, ",");
                unsigned bit = 0;
                for (unsigned j = 0; j < sizeof names / sizeof names[0]; j++)
                    if (strlen(names[j]) == n && strncmp(p, names[j], n) == 0) bit = 1u << j;
                if (bit == 0) usage();
                o->workloads |= bit;
                p += n + (p[n] == ',');
            }
        } else if (strcmp(a, "--only") == 0) {
            if (strcmp(v, "jimkv") != 0 && strcmp(v, "mariadb") != 0) usage();
            g.srv[SRV_MARIADB].enabled = strcmp(v, "mariadb") == 0;
            g.srv[SRV_JIMKV].enabled = strcmp(v, "jimkv") == 0;
        } else if (strcmp(a, "--jimkv") == 0) {
            paths->jimkv = v;
        } else if (strcmp(a, "--jimkv-arg") == 0) {
            if (paths->n_jimkv_args == BENCH_JIMKV_ARGS_MAX) usage();
            paths->jimkv_args[paths->n_jimkv_args++] = argv[i];
        } else if (strcmp(a, "--mariadb-ref") == 0) {
            paths->mariadb_ref = v;
        } else {
            usage();
        }
    }
}

int main(int argc, char **argv)
{
    bench_opts o;
    bench_paths paths;
    g.srv[SRV_MARIADB].name = "mariadb";
    g.srv[SRV_JIMKV].name = "jimkv";
    parse_args(argc, argv, &o, &paths);

    /* Stop signals go to one thread that cleans up; SIGPIPE is ignored. */
    static sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);
    pthread_t sig_thread;
    if (pthread_create(&sig_thread, NULL, signal_thread, &stop) != 0) fail("pthread_create failed");
    /* mariadbd is started by a script that exits: adopt it so that it can
     * be stopped and reaped by its PID. */
    if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0) fail("PR_SET_CHILD_SUBREAPER: %s", strerror(errno));

    /* 2,000 idle connections plus the servers' own files: raise the soft
     * limit to the hard one (both servers inherit it). */
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    int max_conns = 0;
    for (int p = 0; p < o.n_points; p++) max_conns = o.conns[p] > max_conns ? o.conns[p] : max_conns;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < (rlim_t)(max_conns > o.idle ? max_conns : o.idle) + 64)
        fail("RLIMIT_NOFILE is %llu, too low for %d connections", (unsigned long long)rl.rlim_cur,
             max_conns > o.idle ? max_conns : o.idle);
    if (max_conns > BENCH_MAX_CONNECTIONS - 10 || o.idle > BENCH_MAX_CONNECTIONS - 10)
        fail("at most %d connections per point (max_connections is %d)", BENCH_MAX_CONNECTIONS - 10,
             BENCH_MAX_CONNECTIONS);
    if (mysql_library_init(0, NULL, NULL) != 0) fail("mysql_library_init failed");

    const char *tmpdir = getenv("TMPDIR") != NULL && getenv("TMPDIR")[0] != '\0' ? getenv("TMPDIR") : "/tmp";
    if (strlen(tmpdir) > BENCH_TMP_MAX - 32) fail("TMPDIR is too long");
    snprintf(g.tmp, sizeof g.tmp, "%s/jimkv-bench-mysql.XXXXXX", tmpdir);
    pthread_mutex_lock(&g.lock);
    if (mkdtemp(g.tmp) == NULL) {
        g.tmp[0] = '\0';
        pthread_mutex_unlock(&g.lock);
        fail("mkdtemp: %s", strerror(errno));
    }
    pthread_mutex_unlock(&g.lock);

    if (g.srv[SRV_MARIADB].enabled) start_mariadb(&g.srv[SRV_MARIADB], paths.mariadb_ref);
    if (g.srv[SRV_JIMKV].enabled) start_jimkv(&g.srv[SRV_JIMKV], paths.jimkv, paths.jimkv_args, paths.n_jimkv_args);
    int n_client = o.client_threads ? o.client_threads : online_cores();
    char client[64];
    if (o.client_blocking)
        snprintf(client, sizeof client, "one blocking thread per connection");
    else
        snprintf(client, sizeof client, "%d epoll thread(s), non-blocking API", n_client);
    printf("jimkv-bench-mysql: %g s per point after %g s of warm-up, best of %d run(s); client: %s,"
           " libmariadb %s; connect: %d threads; %ld cores online, shared by client and servers\n",
           o.seconds, o.warmup, o.repeat, client, mysql_get_client_info(), o.connect_threads,
           sysconf(_SC_NPROCESSORS_ONLN));
    for (int k = 0; k < SRV_COUNT; k++)
        if (g.srv[k].enabled)
            printf("  %-8s %s on 127.0.0.1:%d (pid %d), TLS: %s\n", g.srv[k].name, g.srv[k].version,
                   g.srv[k].port, (int)g.srv[k].pid, g.srv[k].tls);
    fflush(stdout);

    static bench_result res[WORK_COUNT][BENCH_POINTS_MAX][SRV_COUNT];
    bench_idle idle[SRV_COUNT] = { { 0 } };
    for (int k = 0; k < SRV_COUNT; k++) {
        if (!g.srv[k].enabled || !(o.workloads & BENCH_DO_IDLE)) continue;
        run_idle(&o, &g.srv[k], &idle[k]);
        fprintf(stderr, "  %-8s %d idle connections: RSS %ld -> %ld KiB (%.1f KiB each), %ld KiB after closing\n",
                g.srv[k].name, o.idle, idle[k].rss_before_kib, idle[k].rss_after_kib, idle[k].kib_per_conn,
                idle[k].rss_closed_kib);
    }
    /* Repetitions go over the whole sequence, so that a burst of other
     * activity on the machine hits one run of a point, not all of them. */
    for (int rep = 0; rep < o.repeat; rep++) {
        if (o.repeat > 1) fprintf(stderr, "run %d of %d\n", rep + 1, o.repeat);
        for (int k = 0; k < SRV_COUNT; k++)
            if (g.srv[k].enabled && (o.workloads & (1u << WORK_CONNECT)))
                measure(&o, WORK_CONNECT, 0, &g.srv[k], &res[WORK_CONNECT][0][k]);
        for (int wk = WORK_TEXT; wk <= WORK_PREPARED; wk++)
            for (int p = 0; p < o.n_points; p++)
                for (int k = 0; k < SRV_COUNT; k++)
                    if (g.srv[k].enabled && (o.workloads & (1u << wk)))
                        measure(&o, (bench_work)wk, p, &g.srv[k], &res[wk][p][k]);
    }

    print_report(&o, res, idle);
    fflush(stdout);
    cleanup();
    mysql_library_end();
    return 0;
}
