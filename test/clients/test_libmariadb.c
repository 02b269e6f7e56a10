/*
 * libmariadb (Debian libmariadb-dev, MariaDB Connector/C 3.3) against a live
 * jimkv: the C API that the mariadb CLI, MySQLdb, DBD::MariaDB and sysbench
 * are built on.
 *
 *   test_libmariadb [filter]         JIMKV_BIN overrides the server binary
 *
 * main() starts one server (jimkv --mysql-port 0, a fresh temp --data-dir,
 * 127.0.0.1 only), runs the tests, and stops it with SIGTERM, checking that
 * it exits 0; tests that need other flags start their own.  The server
 * child gets PR_SET_PDEATHSIG, so a crashed or timed-out test leaves no
 * server behind.  Expected values are MySQL 8.0's.
 *
 * Covered: connect and AuthSwitch, text result sets of every type family
 * with NULLs and column metadata, multi-statements and COM_SET_OPTION,
 * error codes / SQLSTATEs / messages, ping, stat, change user, reset
 * connection, kill and KILL QUERY from a second connection, 20 MB values and
 * 16 MB packet boundaries both ways, TLS (MYSQL_OPT_SSL_ENFORCE),
 * caching_sha2_password users, require_secure_transport.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <mysql.h>

#include "jk_test.h"

#ifndef JIMKV_BIN
#error "JIMKV_BIN (the server binary's path) must be defined by the build"
#endif

#define SERVER_VERSION "8.0.36-JimKV-0.1.0"
#define READY_TIMEOUT_MS 15000
#define STOP_TIMEOUT_MS 15000
#define MAX_PAYLOAD 16777215u
#define SYNTAX_PREFIX                                                                                     \
    "You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version " \
    "for the right syntax to use near "

/* ---- the server ---- */

typedef struct server {
    pid_t pid;
    int port;
    char dir[256];
    char log[300];
} server;

static server g_srv;

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(int ms)
{
    struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
    nanosleep(&ts, NULL);
}

static const char *server_bin(void)
{
    const char *env = getenv("JIMKV_BIN");
    return env && *env ? env : JIMKV_BIN;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static void print_log(const server *s)
{
    FILE *f = fopen(s->log, "r");
    if (!f)
        return;
    char line[512];
    fprintf(stderr, "---- jimkv output ----\n");
    while (fgets(line, sizeof line, f))
        fputs(line, stderr);
    fclose(f);
}

/* Starts jimkv with extra flags (NULL-terminated); returns 0 or -1. */
static int server_start(server *s, const char *const *extra)
{
    memset(s, 0, sizeof *s);
    const char *tmp = getenv("TMPDIR");
    snprintf(s->dir, sizeof s->dir, "%s/jimkv-clients-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(s->dir)) {
        perror("mkdtemp");
        return -1;
    }
    snprintf(s->log, sizeof s->log, "%s/server.log", s->dir);
    char data[300];
    snprintf(data, sizeof data, "%s/data", s->dir);
    const char *argv[32] = { server_bin(), "--bind", "127.0.0.1", "--mysql-port", "0", "--data-dir", data };
    int argc = 7;
    for (int i = 0; extra && extra[i] && argc < 31; i++)
        argv[argc++] = extra[i];
    argv[argc] = NULL;
    pid_t parent = getpid();
    s->pid = fork();
    if (s->pid < 0) {
        perror("fork");
        return -1;
    }
    if (s->pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(127);
        int fd = open(s->log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int devnull = open("/dev/null", O_RDONLY);
        if (fd < 0 || devnull < 0)
            _exit(127);
        dup2(devnull, 0);
        dup2(fd, 1);
        dup2(fd, 2);
        execv(argv[0], (char *const *)argv);
        fprintf(stderr, "exec %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int64_t deadline = now_ms() + READY_TIMEOUT_MS;
    while (now_ms() < deadline) {
        FILE *f = fopen(s->log, "r");
        char line[512];
        while (f && fgets(line, sizeof line, f)) {
            const char *p = strstr(line, " ready: MySQL protocol on 127.0.0.1:");
            if (p) {
                s->port = atoi(p + strlen(" ready: MySQL protocol on 127.0.0.1:"));
                fclose(f);
                return s->port > 0 ? 0 : -1;
            }
        }
        if (f)
            fclose(f);
        int status;
        if (waitpid(s->pid, &status, WNOHANG) == s->pid) {
            fprintf(stderr, "jimkv exited before it was ready (status 0x%x)\n", status);
            print_log(s);
            s->pid = 0;
            return -1;
        }
        sleep_ms(20);
    }
    fprintf(stderr, "jimkv was not ready within %d ms\n", READY_TIMEOUT_MS);
    print_log(s);
    return -1;
}

/* SIGTERM, a bounded wait, SIGKILL if need be; removes the temp dir.
 * Returns 0 when the server exited with status 0. */
static int server_stop(server *s)
{
    int rc = 0;
    if (s->pid > 0) {
        int status = 0;
        kill(s->pid, SIGTERM);
        int64_t deadline = now_ms() + STOP_TIMEOUT_MS;
        pid_t w;
        while ((w = waitpid(s->pid, &status, WNOHANG)) == 0 && now_ms() < deadline)
            sleep_ms(20);
        if (w == 0) {
            fprintf(stderr, "jimkv did not stop within %d ms of SIGTERM; killing it\n", STOP_TIMEOUT_MS);
            kill(s->pid, SIGKILL);
            waitpid(s->pid, &status, 0);
            rc = -1;
        } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "jimkv ended with status 0x%x after SIGTERM\n", status);
            rc = -1;
        }
        if (rc)
            print_log(s);
        s->pid = 0;
    }
    if (s->dir[0])
        nftw(s->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    s->dir[0] = '\0';
    return rc;
}

static bool server_alive(const server *s) { return s->pid > 0 && kill(s->pid, 0) == 0 && waitpid(s->pid, NULL, WNOHANG) == 0; }

/* ---- client helpers ---- */

static bool g_tls; /* the next connect_to() requires TLS (MYSQL_OPT_SSL_ENFORCE) */

static MYSQL *connect_to(const server *s, const char *user, const char *password, const char *db,
                         unsigned long flags, const char *auth_plugin)
{
    MYSQL *m = mysql_init(NULL);
    if (g_tls) {
        my_bool on = 1, off = 0;
        mysql_options(m, MYSQL_OPT_SSL_ENFORCE, &on);
        mysql_options(m, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &off); /* self-signed */
    }
    unsigned int timeout = 60, connect_timeout = 10;
    unsigned long max_packet = 64ul << 20;
    mysql_options(m, MYSQL_OPT_CONNECT_TIMEOUT, &connect_timeout);
    mysql_options(m, MYSQL_OPT_READ_TIMEOUT, &timeout);
    mysql_options(m, MYSQL_OPT_WRITE_TIMEOUT, &timeout);
    mysql_options(m, MYSQL_OPT_MAX_ALLOWED_PACKET, &max_packet);
    if (auth_plugin)
        mysql_options(m, MYSQL_DEFAULT_AUTH, auth_plugin);
    if (!mysql_real_connect(m, "127.0.0.1", user, password, db, (unsigned)s->port, NULL, flags)) {
        fprintf(stderr, "connect: %u (%s) %s\n", mysql_errno(m), mysql_sqlstate(m), mysql_error(m));
        mysql_close(m);
        return NULL;
    }
    return m;
}

static MYSQL *db_connect(unsigned long flags) { return connect_to(&g_srv, "root", "", NULL, flags, NULL); }

/* The first column of the first row of `sql`, copied into buf ("NULL" for
 * NULL, "ERROR <n>" on an error); returns buf. */
static const char *scalar(MYSQL *m, const char *sql, char *buf, size_t cap)
{
    if (mysql_query(m, sql) != 0) {
        snprintf(buf, cap, "ERROR %u", mysql_errno(m));
        return buf;
    }
    MYSQL_RES *r = mysql_store_result(m);
    MYSQL_ROW row = r ? mysql_fetch_row(r) : NULL;
    if (!row)
        snprintf(buf, cap, "%s", r ? "(no row)" : "(no result)");
    else
        snprintf(buf, cap, "%s", row[0] ? row[0] : "NULL");
    if (r)
        mysql_free_result(r);
    while (mysql_more_results(m) && mysql_next_result(m) == 0) {
        MYSQL_RES *extra = mysql_store_result(m);
        if (extra)
            mysql_free_result(extra);
    }
    return buf;
}

/* n bytes that differ from position to position. */
static char *pattern(size_t n)
{
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        s[i] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[x % 62];
    }
    s[n] = '\0';
    return s;
}

/* Sends SELECT '<n pattern bytes>' and checks the echo; "" when fine. */
static const char *echo_check(MYSQL *m, size_t n)
{
    char *s = pattern(n);
    size_t qlen = n + 9;
    char *q = malloc(qlen + 1);
    if (!s || !q) {
        free(s);
        free(q);
        return "out of memory";
    }
    memcpy(q, "SELECT '", 8);
    memcpy(q + 8, s, n);
    q[8 + n] = '\'';
    q[qlen] = '\0';
    const char *problem = "";
    MYSQL_RES *r = NULL;
    if (mysql_real_query(m, q, (unsigned long)qlen) != 0) {
        fprintf(stderr, "echo of %zu bytes: %u %s\n", n, mysql_errno(m), mysql_error(m));
        problem = "query failed";
    } else if (!(r = mysql_store_result(m))) {
        problem = "no result";
    } else {
        MYSQL_ROW row = mysql_fetch_row(r);
        unsigned long *len = mysql_fetch_lengths(r);
        if (!row || !row[0] || len[0] != n)
            problem = "wrong length";
        else if (memcmp(row[0], s, n) != 0)
            problem = "different bytes";
    }
    if (r)
        mysql_free_result(r);
    free(s);
    free(q);
    return problem;
}

#define CHECK_OK(m, call)                                                                                 \
    do {                                                                                                  \
        if ((call) != 0) {                                                                                \
            fprintf(stderr, "%s:%d: %s failed: %u (%s) %s\n", __FILE__, __LINE__, #call, mysql_errno(m),  \
                    mysql_sqlstate(m), mysql_error(m));                                                   \
            jk_test_failed = true;                                                                        \
            return;                                                                                       \
        }                                                                                                 \
    } while (0)

#define CHECK_SCALAR(m, sql, want)                                                                        \
    do {                                                                                                  \
        char buf_[256];                                                                                   \
        CHECK_EQ_STR(scalar((m), (sql), buf_, sizeof buf_), (want));                                      \
    } while (0)

/* ---- tests ---- */

static MYSQL *t_conn, *t_conn2;

static void close_conns(void)
{
    if (t_conn)
        mysql_close(t_conn);
    if (t_conn2)
        mysql_close(t_conn2);
    t_conn = t_conn2 = NULL;
    if (!server_alive(&g_srv)) {
        fprintf(stderr, "jimkv died\n");
        print_log(&g_srv);
        jk_test_failed = true;
    }
}

static void open_conn(void) { t_conn = db_connect(CLIENT_MULTI_STATEMENTS); }

TEST(connect, server_info_and_thread_id, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    CHECK_EQ_STR(mysql_get_server_info(m), SERVER_VERSION);
    CHECK_EQ_INT(mysql_get_server_version(m), 80036);
    CHECK_EQ_INT(mysql_get_proto_info(m), 10);
    char want[32];
    snprintf(want, sizeof want, "%lu", mysql_thread_id(m));
    CHECK_SCALAR(m, "SELECT CONNECTION_ID()", want);
    CHECK_SCALAR(m, "SELECT 1", "1");
    CHECK_EQ_STR(mysql_character_set_name(m), "utf8mb4");
    CHECK_OK(m, mysql_set_character_set(m, "utf8mb4"));
    CHECK_SCALAR(m, "SELECT @@character_set_client", "utf8mb4");
}

TEST(connect, auth_switch_from_caching_sha2, NULL, close_conns)
{
    /* The client starts with caching_sha2_password; the server switches it
     * to mysql_native_password (AuthSwitchRequest). */
    t_conn = connect_to(&g_srv, "root", "", NULL, 0, "caching_sha2_password");
    CHECK(t_conn);
    CHECK_SCALAR(t_conn, "SELECT 2", "2");
}

TEST(connect, unknown_database, NULL, close_conns)
{
    MYSQL *m = mysql_init(NULL);
    CHECK(!mysql_real_connect(m, "127.0.0.1", "root", "", "nosuch", (unsigned)g_srv.port, NULL, 0));
    unsigned err = mysql_errno(m);
    char sqlstate[8], msg[256];
    snprintf(sqlstate, sizeof sqlstate, "%s", mysql_sqlstate(m));
    snprintf(msg, sizeof msg, "%s", mysql_error(m));
    mysql_close(m);
    CHECK_EQ_INT(err, 1049);
    CHECK_EQ_STR(sqlstate, "42000");
    CHECK_EQ_STR(msg, "Unknown database 'nosuch'");
}

TEST(query, types_and_nulls, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    enum { CONN = 0, BIN = 63 };
    static const struct {
        const char *expr, *text; /* text NULL: SQL NULL */
        unsigned long len;
        enum enum_field_types type;
        bool not_null, is_unsigned;
        unsigned charset; /* CONN: the connection's collation */
    } cols[] = {
        { "1", "1", 1, MYSQL_TYPE_LONGLONG, true, false, BIN },
        { "NULL", NULL, 0, MYSQL_TYPE_NULL, false, false, BIN },
        { "CAST(-1 AS UNSIGNED)", "18446744073709551615", 20, MYSQL_TYPE_LONGLONG, true, true, BIN },
        { "-9223372036854775807", "-9223372036854775807", 20, MYSQL_TYPE_LONGLONG, true, false, BIN },
        { "1.50", "1.50", 4, MYSQL_TYPE_NEWDECIMAL, true, false, BIN },
        { "1e0", "1", 1, MYSQL_TYPE_DOUBLE, true, false, BIN },
        { "0.1e0 + 0.2e0", "0.30000000000000004", 19, MYSQL_TYPE_DOUBLE, true, false, BIN },
        { "'h\xc3\xa9llo'", "h\xc3\xa9llo", 6, MYSQL_TYPE_VAR_STRING, true, false, CONN },
        { "CONCAT('a', NULL)", NULL, 0, MYSQL_TYPE_VAR_STRING, false, false, CONN },
        { "X'00FF'", "\0\xff", 2, MYSQL_TYPE_VAR_STRING, true, false, BIN },
        { "DATE '2024-02-29'", "2024-02-29", 10, MYSQL_TYPE_DATE, true, false, BIN },
        { "TIME '-12:34:56'", "-12:34:56", 9, MYSQL_TYPE_TIME, true, false, BIN },
        { "TIMESTAMP '2024-01-02 03:04:05.25'", "2024-01-02 03:04:05.25", 22, MYSQL_TYPE_DATETIME, true, false,
          BIN },
        /* JSON values are utf8mb4_bin (46) in MySQL 8. */
        { "JSON_OBJECT('a', 1)", "{\"a\": 1}", 8, MYSQL_TYPE_JSON, true, false, 46 },
    };
    enum { N = sizeof cols / sizeof cols[0] };
    char sql[2048] = "SELECT ";
    for (int i = 0; i < N; i++) {
        strcat(sql, cols[i].expr);
        strcat(sql, i + 1 < N ? ", " : "");
    }
    CHECK_OK(m, mysql_query(m, sql));
    MYSQL_RES *r = mysql_store_result(m);
    CHECK(r);
    CHECK_EQ_INT(mysql_num_fields(r), N);
    CHECK_EQ_INT(mysql_num_rows(r), 1);
    MYSQL_ROW row = mysql_fetch_row(r);
    unsigned long *len = mysql_fetch_lengths(r);
    MYSQL_FIELD *f = mysql_fetch_fields(r);
    MY_CHARSET_INFO cs;
    mysql_get_character_set_info(m, &cs);
    bool ok = row != NULL;
    for (int i = 0; row && i < N; i++) {
        bool good = cols[i].text ? row[i] && len[i] == cols[i].len && !memcmp(row[i], cols[i].text, len[i])
                                 : row[i] == NULL;
        good = good && f[i].type == cols[i].type;
        good = good && !!(f[i].flags & NOT_NULL_FLAG) == cols[i].not_null;
        good = good && !!(f[i].flags & UNSIGNED_FLAG) == cols[i].is_unsigned;
        good = good && f[i].charsetnr == (cols[i].charset == CONN ? cs.number : cols[i].charset);
        /* MySQL sets BINARY_FLAG on every column of the binary charset. */
        good = good && (cols[i].charset != BIN || (f[i].flags & BINARY_FLAG));
        if (!good) {
            fprintf(stderr, "column %d (%s): value %s (len %lu), type %d, flags 0x%x, charset %u; connection charset %u\n", i,
                    cols[i].expr, row[i] ? row[i] : "NULL", len[i], f[i].type, f[i].flags, f[i].charsetnr, cs.number);
            ok = false;
        }
    }
    mysql_free_result(r);
    CHECK(ok);
    /* Several rows without tables. */
    CHECK_OK(m, mysql_query(m, "SELECT 1 AS n UNION ALL SELECT NULL UNION ALL SELECT 3"));
    r = mysql_store_result(m);
    CHECK(r);
    CHECK_EQ_INT(mysql_num_rows(r), 3);
    MYSQL_ROW r1 = mysql_fetch_row(r), r2 = mysql_fetch_row(r), r3 = mysql_fetch_row(r);
    bool rows_ok = r1 && r2 && r3 && !strcmp(r1[0], "1") && !r2[0] && !strcmp(r3[0], "3") && !mysql_fetch_row(r);
    CHECK_EQ_STR(mysql_fetch_field_direct(r, 0)->name, "n");
    mysql_free_result(r);
    CHECK(rows_ok);
}

TEST(query, multi_statements, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    CHECK_OK(m, mysql_query(m, "SELECT 1 AS a; SET @v = 2; SELECT @v, 'x'; DO 0"));
    MYSQL_RES *r = mysql_store_result(m);
    CHECK(r);
    MYSQL_ROW row = mysql_fetch_row(r);
    CHECK(row && !strcmp(row[0], "1"));
    mysql_free_result(r);
    CHECK(mysql_more_results(m));
    CHECK_EQ_INT(mysql_next_result(m), 0);
    CHECK(mysql_store_result(m) == NULL); /* SET: OK packet */
    CHECK_EQ_INT(mysql_field_count(m), 0);
    CHECK_EQ_INT(mysql_next_result(m), 0);
    r = mysql_store_result(m);
    CHECK(r);
    row = mysql_fetch_row(r);
    bool second = row && !strcmp(row[0], "2") && !strcmp(row[1], "x");
    mysql_free_result(r);
    CHECK(second);
    CHECK_EQ_INT(mysql_next_result(m), 0); /* DO 0 */
    CHECK_EQ_INT(mysql_field_count(m), 0);
    CHECK(!mysql_more_results(m));
    CHECK_EQ_INT(mysql_next_result(m), -1);

    /* An error ends the batch. */
    CHECK_OK(m, mysql_query(m, "SELECT 1; SELECT * FROM t; SELECT 3"));
    r = mysql_store_result(m);
    CHECK(r);
    mysql_free_result(r);
    CHECK(mysql_more_results(m));
    CHECK(mysql_next_result(m) > 0);
    CHECK_EQ_INT(mysql_errno(m), 1046);
    CHECK_EQ_STR(mysql_sqlstate(m), "3D000");
    CHECK(!mysql_more_results(m));
    CHECK_SCALAR(m, "SELECT 4", "4");

    /* COM_SET_OPTION turns them off and on again. */
    CHECK_OK(m, mysql_set_server_option(m, MYSQL_OPTION_MULTI_STATEMENTS_OFF));
    CHECK(mysql_query(m, "SELECT 1; SELECT 2") != 0);
    CHECK_EQ_INT(mysql_errno(m), 1064);
    CHECK_EQ_STR(mysql_error(m), SYNTAX_PREFIX "'SELECT 2' at line 1");
    CHECK_OK(m, mysql_set_server_option(m, MYSQL_OPTION_MULTI_STATEMENTS_ON));
    CHECK_SCALAR(m, "SELECT 5; SELECT 6", "5");
}

TEST(query, errors_and_sqlstates, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    static const struct {
        const char *sql;
        unsigned code;
        const char *sqlstate, *message;
    } cases[] = {
        { "SELEC 1", 1064, "42000", SYNTAX_PREFIX "'SELEC 1' at line 1" },
        { "SELECT * FROM t", 1046, "3D000", "No database selected" },
        { "SELECT *", 1096, "HY000", "No tables used" },
        { "SELECT * FROM mysql.nosuch", 1146, "42S02", "Table 'mysql.nosuch' doesn't exist" },
        { "USE nosuch", 1049, "42000", "Unknown database 'nosuch'" },
        { "SELECT @@nosuchvar", 1193, "HY000", "Unknown system variable 'nosuchvar'" },
        { "KILL 999999", 1094, "HY000", "Unknown thread id: 999999" },
        { "", 1065, "42000", "Query was empty" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (mysql_query(m, cases[i].sql) == 0) {
            fprintf(stderr, "'%s' did not fail\n", cases[i].sql);
            CHECK(false);
        }
        CHECK_EQ_INT(mysql_errno(m), cases[i].code);
        CHECK_EQ_STR(mysql_sqlstate(m), cases[i].sqlstate);
        CHECK_EQ_STR(mysql_error(m), cases[i].message);
        CHECK_SCALAR(m, "SELECT 'still here'", "still here");
    }
    CHECK(mysql_select_db(m, "nosuch") != 0);
    CHECK_EQ_INT(mysql_errno(m), 1049);
    CHECK_EQ_STR(mysql_sqlstate(m), "42000");
    CHECK_OK(m, mysql_select_db(m, "mysql"));
    CHECK_SCALAR(m, "SELECT DATABASE()", "mysql");
    CHECK(mysql_query(m, "SELECT * FROM t1") != 0);
    CHECK_EQ_INT(mysql_errno(m), 1146);
    CHECK_EQ_STR(mysql_error(m), "Table 'mysql.t1' doesn't exist");
    /* A warning. */
    CHECK_SCALAR(m, "SELECT 1/0", "NULL");
    CHECK_EQ_INT(mysql_warning_count(m), 1);
}

TEST(commands, ping_and_stat, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    CHECK_OK(m, mysql_ping(m));
    const char *st = mysql_stat(m);
    CHECK(st && !strncmp(st, "Uptime: ", 8) && strstr(st, "  Threads: ") && strstr(st, "  Questions: "));
    CHECK_OK(m, mysql_ping(m));
    CHECK_SCALAR(m, "SELECT 1", "1");
}

static unsigned long long status_value(MYSQL *m, const char *name)
{
    char q[128];
    snprintf(q, sizeof q, "SHOW GLOBAL STATUS LIKE '%s'", name);
    unsigned long long v = ~0ull;
    if (mysql_query(m, q) == 0) {
        MYSQL_RES *r = mysql_store_result(m);
        MYSQL_ROW row = r ? mysql_fetch_row(r) : NULL;
        if (row && row[1])
            v = strtoull(row[1], NULL, 10);
        mysql_free_result(r);
    }
    return v;
}

/* SHOW STATUS counts statements and commands by kind. */
TEST(commands, com_counters, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    unsigned long long select0 = status_value(m, "Com_select"), set0 = status_value(m, "Com_set_option");
    unsigned long long admin0 = status_value(m, "Com_admin_commands"), begin0 = status_value(m, "Com_begin");
    CHECK_SCALAR(m, "SELECT 1", "1");
    CHECK_SCALAR(m, "SELECT 1 UNION SELECT 1", "1");
    CHECK_OK(m, mysql_query(m, "SET @a = 1"));
    CHECK_OK(m, mysql_query(m, "BEGIN"));
    CHECK_OK(m, mysql_query(m, "COMMIT"));
    CHECK_OK(m, mysql_ping(m));
    CHECK(status_value(m, "Com_select") == select0 + 2);
    CHECK(status_value(m, "Com_set_option") == set0 + 1);
    CHECK(status_value(m, "Com_begin") == begin0 + 1);
    CHECK(status_value(m, "Com_admin_commands") == admin0 + 1);
    CHECK(status_value(m, "Questions") > 0 && status_value(m, "Uptime") != ~0ull);
}

/* Session state in OK packets: the schema after USE, and the tracked
 * variables a SET changed (session_track_system_variables' default list). */
TEST(commands, session_state_tracking, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    const char *data;
    size_t len;
    CHECK_OK(m, mysql_query(m, "USE mysql"));
    CHECK(mysql_session_track_get_first(m, SESSION_TRACK_SCHEMA, &data, &len) == 0);
    CHECK(len == 5 && !memcmp(data, "mysql", 5));
    CHECK_OK(m, mysql_query(m, "SET time_zone = '+01:00'"));
    CHECK(mysql_session_track_get_first(m, SESSION_TRACK_SYSTEM_VARIABLES, &data, &len) == 0);
    CHECK(len == 9 && !memcmp(data, "time_zone", 9));
    CHECK(mysql_session_track_get_next(m, SESSION_TRACK_SYSTEM_VARIABLES, &data, &len) == 0);
    CHECK(len == 6 && !memcmp(data, "+01:00", 6));
    CHECK(mysql_session_track_get_first(m, SESSION_TRACK_SCHEMA, &data, &len) != 0);
    CHECK_OK(m, mysql_query(m, "SET autocommit = 0"));
    CHECK(mysql_session_track_get_first(m, SESSION_TRACK_SYSTEM_VARIABLES, &data, &len) == 0);
    CHECK(len == 10 && !memcmp(data, "autocommit", 10));
    CHECK(mysql_session_track_get_next(m, SESSION_TRACK_SYSTEM_VARIABLES, &data, &len) == 0);
    CHECK(len == 3 && !memcmp(data, "OFF", 3));
    CHECK(!(m->server_status & SERVER_STATUS_AUTOCOMMIT));
    CHECK_OK(m, mysql_query(m, "SET @x = 1"));
    CHECK(mysql_session_track_get_first(m, SESSION_TRACK_SYSTEM_VARIABLES, &data, &len) != 0);
    /* BEGIN opens a transaction; turning autocommit on commits it. */
    CHECK_OK(m, mysql_query(m, "BEGIN"));
    CHECK(m->server_status & SERVER_STATUS_IN_TRANS);
    CHECK_OK(m, mysql_query(m, "SET autocommit = 1"));
    CHECK(!(m->server_status & SERVER_STATUS_IN_TRANS));
    CHECK(m->server_status & SERVER_STATUS_AUTOCOMMIT);
    CHECK_SCALAR(m, "SELECT @@autocommit", "1");
}

TEST(commands, change_user, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    CHECK_OK(m, mysql_query(m, "SET @x = 1"));
    CHECK_OK(m, mysql_query(m, "SET time_zone = '+05:00'"));
    CHECK_OK(m, mysql_select_db(m, "mysql"));
    unsigned long before = mysql_thread_id(m);
    CHECK_OK(m, mysql_change_user(m, "root", "", "sys"));
    CHECK_SCALAR(m, "SELECT DATABASE()", "sys");
    CHECK_SCALAR(m, "SELECT @x", "NULL");
    CHECK_SCALAR(m, "SELECT @@time_zone", "SYSTEM");
    CHECK_EQ_INT(mysql_thread_id(m), before);
    CHECK_OK(m, mysql_change_user(m, "root", "", NULL));
    CHECK_SCALAR(m, "SELECT DATABASE()", "NULL");
    /* Through the AuthSwitch too. */
    mysql_options(m, MYSQL_DEFAULT_AUTH, "caching_sha2_password");
    CHECK_OK(m, mysql_change_user(m, "root", "", "mysql"));
    CHECK_SCALAR(m, "SELECT DATABASE()", "mysql");
    /* A wrong password ends the connection with 1045. */
    CHECK(mysql_change_user(m, "root", "wrong", NULL) != 0);
    CHECK_EQ_INT(mysql_errno(m), 1045);
    CHECK_EQ_STR(mysql_sqlstate(m), "28000");
    CHECK_EQ_STR(mysql_error(m), "Access denied for user 'root'@'127.0.0.1' (using password: YES)");
}

TEST(commands, reset_connection, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    CHECK_OK(m, mysql_query(m, "SET @x = 1, @@session.sql_mode = 'ANSI_QUOTES', time_zone = '+05:00'"));
    CHECK_OK(m, mysql_select_db(m, "mysql"));
    CHECK_SCALAR(m, "SELECT 1/0", "NULL");
    unsigned long before = mysql_thread_id(m);
    CHECK_OK(m, mysql_reset_connection(m));
    CHECK_SCALAR(m, "SHOW COUNT(*) WARNINGS", "0");
    CHECK_SCALAR(m, "SELECT @x", "NULL");
    CHECK_SCALAR(m, "SELECT @@time_zone", "SYSTEM");
    CHECK_SCALAR(m, "SELECT @@sql_mode",
                 "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
                 "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION");
    CHECK_SCALAR(m, "SELECT DATABASE()", "mysql"); /* the database stays */
    CHECK_EQ_INT(mysql_thread_id(m), before);
}

typedef struct sleeper {
    MYSQL *m;
    char result[64];
    int64_t ms;
} sleeper;

static void *run_sleep(void *arg)
{
    sleeper *s = arg;
    int64_t t0 = now_ms();
    scalar(s->m, "SELECT SLEEP(30)", s->result, sizeof s->result);
    s->ms = now_ms() - t0;
    return NULL;
}

/* Whether SHOW PROCESSLIST on m shows connection id running `info`. */
static bool running(MYSQL *m, unsigned long id, const char *info)
{
    if (mysql_query(m, "SHOW PROCESSLIST") != 0)
        return false;
    MYSQL_RES *r = mysql_store_result(m);
    bool found = false;
    for (MYSQL_ROW row; r && (row = mysql_fetch_row(r));)
        if (row[0] && strtoul(row[0], NULL, 10) == id && (!info || (row[7] && !strcmp(row[7], info))))
            found = true;
    if (r)
        mysql_free_result(r);
    return found;
}

TEST(commands, kill_from_a_second_connection, NULL, close_conns)
{
    t_conn = db_connect(0);
    t_conn2 = db_connect(0);
    CHECK(t_conn && t_conn2);
    unsigned long id = mysql_thread_id(t_conn);
    CHECK_SCALAR(t_conn, "SELECT 1", "1");
    CHECK_OK(t_conn2, mysql_kill(t_conn2, id));
    CHECK(mysql_query(t_conn, "SELECT 1") != 0);
    unsigned err = mysql_errno(t_conn);
    CHECK(err == 2013 || err == 2006); /* CR_SERVER_LOST, CR_SERVER_GONE_ERROR */
    bool gone = false;
    for (int i = 0; i < 100 && !gone; i++) {
        gone = !running(t_conn2, id, NULL);
        if (!gone)
            sleep_ms(50);
    }
    CHECK(gone);
    CHECK(mysql_kill(t_conn2, 999999) != 0);
    CHECK_EQ_INT(mysql_errno(t_conn2), 1094);
    CHECK_SCALAR(t_conn2, "SELECT 2", "2");
}

TEST(commands, kill_query_interrupts_sleep, NULL, close_conns)
{
    t_conn = db_connect(0);
    t_conn2 = db_connect(0);
    CHECK(t_conn && t_conn2);
    unsigned long id = mysql_thread_id(t_conn);
    sleeper s = { t_conn, "", 0 };
    pthread_t th;
    CHECK(pthread_create(&th, NULL, run_sleep, &s) == 0);
    bool seen = false;
    for (int i = 0; i < 200 && !seen; i++) {
        seen = running(t_conn2, id, "SELECT SLEEP(30)");
        if (!seen)
            sleep_ms(50);
    }
    char q[64];
    snprintf(q, sizeof q, "KILL QUERY %lu", id);
    int rc = mysql_query(t_conn2, q);
    pthread_join(th, NULL); /* SLEEP(30) ends by itself at worst */
    CHECK(seen);
    CHECK_EQ_INT(rc, 0);
    CHECK_EQ_STR(s.result, "1"); /* an interrupted SLEEP returns 1 */
    CHECK(s.ms < 10000);
    CHECK_SCALAR(t_conn, "SELECT 'alive'", "alive");
}

TEST(data, values_of_20mb_both_ways, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    CHECK_OK(m, mysql_query(m, "SELECT REPEAT('ab', 10000000), LENGTH(REPEAT('ab', 10000000))"));
    MYSQL_RES *r = mysql_store_result(m);
    CHECK(r);
    MYSQL_ROW row = mysql_fetch_row(r);
    unsigned long *len = mysql_fetch_lengths(r);
    bool ok = row && len[0] == 20000000 && !strcmp(row[1], "20000000");
    for (unsigned long i = 0; ok && i < len[0]; i++)
        ok = row[0][i] == (i % 2 ? 'b' : 'a');
    mysql_free_result(r);
    CHECK(ok);
    CHECK_EQ_STR(echo_check(m, 20000000), "");
    CHECK_SCALAR(m, "SELECT 1", "1");
}

TEST(data, packets_at_16mb, open_conn, close_conns)
{
    MYSQL *m = t_conn;
    CHECK(m);
    /* COM_QUERY payloads of 16777215 (an empty packet follows) and 16777216
     * bytes: 1 command byte + "SELECT '" + n + "'". */
    CHECK_EQ_STR(echo_check(m, MAX_PAYLOAD - 10), "");
    CHECK_EQ_STR(echo_check(m, MAX_PAYLOAD - 9), "");
    /* A row payload of exactly 16777215 bytes: 4-byte length + 16777211. */
    CHECK_OK(m, mysql_query(m, "SELECT REPEAT('q', 16777211)"));
    MYSQL_RES *r = mysql_store_result(m);
    CHECK(r);
    MYSQL_ROW row = mysql_fetch_row(r);
    unsigned long *len = mysql_fetch_lengths(r);
    bool ok = row && len[0] == 16777211 && row[0][0] == 'q' && row[0][16777210] == 'q';
    mysql_free_result(r);
    CHECK(ok);
    CHECK_SCALAR(m, "SELECT 'after'", "after");
}

TEST(auth, passwords_and_plugins, NULL, close_conns)
{
    server s;
    const char *extra[] = { "--root-password", "pa55", NULL };
    CHECK(server_start(&s, extra) == 0);
    MYSQL *ok1 = connect_to(&s, "root", "pa55", NULL, 0, NULL);
    MYSQL *ok2 = connect_to(&s, "root", "pa55", "mysql", 0, "caching_sha2_password");
    char db[64] = "";
    if (ok2)
        scalar(ok2, "SELECT DATABASE()", db, sizeof db);
    MYSQL *bad = mysql_init(NULL);
    bool refused = !mysql_real_connect(bad, "127.0.0.1", "root", "nope", NULL, (unsigned)s.port, NULL, 0);
    unsigned err = mysql_errno(bad);
    char state[8], msg[256];
    snprintf(state, sizeof state, "%s", mysql_sqlstate(bad));
    snprintf(msg, sizeof msg, "%s", mysql_error(bad));
    mysql_close(bad);
    if (ok1)
        mysql_close(ok1);
    if (ok2)
        mysql_close(ok2);
    int stopped = server_stop(&s);
    CHECK(ok1 && ok2);
    CHECK_EQ_STR(db, "mysql");
    CHECK(refused);
    CHECK_EQ_INT(err, 1045);
    CHECK_EQ_STR(state, "28000");
    CHECK_EQ_STR(msg, "Access denied for user 'root'@'127.0.0.1' (using password: YES)");
    CHECK_EQ_INT(stopped, 0);
}

/* ---- TLS and caching_sha2_password ---- */

static MYSQL *connect_tls(const server *s, const char *user, const char *password)
{
    g_tls = true;
    MYSQL *m = connect_to(s, user, password, NULL, 0, NULL);
    g_tls = false;
    return m;
}

TEST(tls, queries_and_20mb_over_tls, NULL, close_conns)
{
    t_conn = connect_tls(&g_srv, "root", "");
    CHECK(t_conn);
    const char *cipher = mysql_get_ssl_cipher(t_conn);
    CHECK(cipher && *cipher);
    CHECK_SCALAR(t_conn, "SELECT 'secret'", "secret");
    CHECK_EQ_STR(echo_check(t_conn, 20000000), "");
    CHECK_EQ_STR(echo_check(t_conn, MAX_PAYLOAD - 9), "");
    CHECK_OK(t_conn, mysql_ping(t_conn));
    CHECK_OK(t_conn, mysql_change_user(t_conn, "root", "", "mysql"));
    CHECK_SCALAR(t_conn, "SELECT DATABASE()", "mysql");
    t_conn2 = db_connect(0);
    CHECK(t_conn2);
    CHECK(mysql_get_ssl_cipher(t_conn2) == NULL); /* TLS is the client's choice */
}

TEST(auth, caching_sha2_password_user, open_conn, close_conns)
{
    CHECK(t_conn);
    CHECK_OK(t_conn, mysql_query(t_conn, "CREATE USER 'sha2'@'%' IDENTIFIED WITH caching_sha2_password BY 'pw1'"));
    CHECK_OK(t_conn, mysql_query(t_conn, "CREATE USER 'sha2rsa'@'%' IDENTIFIED WITH caching_sha2_password BY 'pw2'"));
    /* Full authentication over TLS (the password goes in clear inside TLS),
     * then the fast path from the cache over plain TCP. */
    MYSQL *a = connect_tls(&g_srv, "sha2", "pw1");
    CHECK(a);
    char who[64];
    scalar(a, "SELECT CURRENT_USER()", who, sizeof who);
    mysql_close(a);
    CHECK_EQ_STR(who, "sha2@%");
    a = connect_to(&g_srv, "sha2", "pw1", NULL, 0, NULL);
    CHECK(a);
    mysql_close(a);
    /* Full authentication over plain TCP: the client asks for the server's
     * RSA public key and sends the password encrypted with it. */
    a = connect_to(&g_srv, "sha2rsa", "pw2", NULL, 0, NULL);
    CHECK(a);
    scalar(a, "SELECT CURRENT_USER()", who, sizeof who);
    mysql_close(a);
    CHECK_EQ_STR(who, "sha2rsa@%");
    /* A wrong password, cached user or not. */
    MYSQL *bad = mysql_init(NULL);
    CHECK(!mysql_real_connect(bad, "127.0.0.1", "sha2", "nope", NULL, (unsigned)g_srv.port, NULL, 0));
    unsigned err = mysql_errno(bad);
    char msg[256];
    snprintf(msg, sizeof msg, "%s", mysql_error(bad));
    mysql_close(bad);
    CHECK_EQ_INT(err, 1045);
    CHECK_EQ_STR(msg, "Access denied for user 'sha2'@'127.0.0.1' (using password: YES)");
    /* COM_CHANGE_USER to a caching_sha2_password user. */
    CHECK_OK(t_conn, mysql_change_user(t_conn, "sha2", "pw1", NULL));
    CHECK_SCALAR(t_conn, "SELECT CURRENT_USER()", "sha2@%");
    mysql_close(t_conn);
    t_conn = db_connect(0);
    CHECK(t_conn);
    CHECK_OK(t_conn, mysql_query(t_conn, "DROP USER 'sha2'@'%', 'sha2rsa'@'%'"));
}

TEST(tls, require_secure_transport, NULL, close_conns)
{
    server s;
    const char *extra[] = { "--require-secure-transport", "1", NULL };
    CHECK(server_start(&s, extra) == 0);
    MYSQL *plain = mysql_init(NULL);
    bool refused = !mysql_real_connect(plain, "127.0.0.1", "root", "", NULL, (unsigned)s.port, NULL, 0);
    unsigned err = mysql_errno(plain);
    char msg[256];
    snprintf(msg, sizeof msg, "%s", mysql_error(plain));
    mysql_close(plain);
    MYSQL *tls = connect_tls(&s, "root", "");
    char one[16] = "";
    if (tls) {
        scalar(tls, "SELECT 1", one, sizeof one);
        mysql_close(tls);
    }
    int stopped = server_stop(&s);
    CHECK(refused);
    CHECK_EQ_INT(err, 3159);
    CHECK_EQ_STR(msg, "Connections using insecure transport are prohibited while --require_secure_transport=ON.");
    CHECK_EQ_STR(one, "1");
    CHECK_EQ_INT(stopped, 0);
}

static void on_fatal(int sig)
{
    if (g_srv.pid > 0)
        kill(g_srv.pid, SIGKILL);
    signal(sig, SIG_DFL);
    raise(sig);
}

int main(int argc, char **argv)
{
    if (mysql_library_init(0, NULL, NULL) != 0) {
        fprintf(stderr, "mysql_library_init failed\n");
        return 1;
    }
    signal(SIGSEGV, on_fatal);
    signal(SIGABRT, on_fatal);
    signal(SIGTERM, on_fatal);
    signal(SIGINT, on_fatal);
    if (server_start(&g_srv, NULL) != 0)
        return 1;
    int failed = jk_test_main(argc, argv);
    if (server_stop(&g_srv) != 0)
        failed++;
    mysql_library_end();
    return failed > 100 ? 100 : failed;
}
