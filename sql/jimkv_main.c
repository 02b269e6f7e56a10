/*
 * jimkv: the server.  With no arguments it is the embedded single node:
 * MySQL protocol on 127.0.0.1:3306, data in ./jimkv-data.
 *
 *   jimkv [--config FILE] [--data-dir DIR] [--bind ADDR] [--mysql-port N]
 *         [--root-password PW] [--threads N] [--max-connections N]
 *         [--max-allowed-packet BYTES] [--wait-timeout S]
 *         [--interactive-timeout S] [--connect-timeout S]
 *         [--net-read-timeout S] [--net-write-timeout S] [--help] [--version]
 *
 * The config file has one `option = value` per line, the long option names
 * without the dashes; '#' starts a comment.  Command-line options override
 * the file.  deploy/jimkv.conf documents every option.
 *
 * SIGTERM and SIGINT stop the server cleanly: no new connections, running
 * statements end, connections close, then the process exits 0.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jimkv/version.h"
#include "mysql_server.h"

typedef struct options {
    char data_dir[PATH_MAX];
    char bind[256];
    char root_password[256];
    char ssl_cert[PATH_MAX];
    char ssl_key[PATH_MAX];
    long require_secure_transport;
    long mysql_port;
    long threads;
    long max_connections;
    long long max_allowed_packet;
    long wait_timeout, interactive_timeout, connect_timeout, net_read_timeout, net_write_timeout;
} options;

static void usage(FILE *f)
{
    fprintf(f,
            "usage: jimkv [options]\n"
            "  --config FILE               read options from FILE (option = value lines)\n"
            "  --data-dir DIR              where data lives (default ./jimkv-data)\n"
            "  --bind ADDR                 address to listen on (default 127.0.0.1)\n"
            "  --mysql-port N              MySQL protocol port (default 3306; 0 picks a free one)\n"
            "  --root-password PW          password of root@localhost (default: empty)\n"
            "  --ssl-cert FILE, --ssl-key FILE\n"
            "                              TLS certificate and key (default: a self-signed pair\n"
            "                              created in the data directory on first start)\n"
            "  --require-secure-transport 0|1  refuse connections without TLS (default 0)\n"
            "  --threads N                 IO threads (default: one per core)\n"
            "  --max-connections N         (default 151)\n"
            "  --max-allowed-packet BYTES  largest packet a client may send (default 67108864)\n"
            "  --wait-timeout S            idle seconds before a connection is closed (default 28800)\n"
            "  --interactive-timeout S     the same for interactive clients (default 28800)\n"
            "  --connect-timeout S         seconds allowed for the handshake (default 10)\n"
            "  --net-read-timeout S        seconds to wait for the rest of a packet (default 30)\n"
            "  --net-write-timeout S       seconds to wait while sending (default 60)\n"
            "  --help, --version\n");
}

static int set_number(const char *name, const char *value, long long lo, long long hi, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(value, &end, 10);
    if (errno || end == value || *end || v < lo || v > hi) {
        fprintf(stderr, "jimkv: %s must be a number from %lld to %lld, not '%s'\n", name, lo, hi, value);
        return -1;
    }
    *out = v;
    return 0;
}

/* Applies one option by its long name (without dashes). */
static int set_option(options *o, const char *name, const char *value)
{
    long long v;
    struct { const char *name; long *field; long long lo, hi; } longs[] = {
        { "mysql-port", &o->mysql_port, 0, 65535 },
        { "threads", &o->threads, 0, 1024 },
        { "max-connections", &o->max_connections, 1, 100000 },
        { "wait-timeout", &o->wait_timeout, 1, 31536000 },
        { "interactive-timeout", &o->interactive_timeout, 1, 31536000 },
        { "connect-timeout", &o->connect_timeout, 2, 31536000 },
        { "net-read-timeout", &o->net_read_timeout, 1, 31536000 },
        { "net-write-timeout", &o->net_write_timeout, 1, 31536000 },
        { "require-secure-transport", &o->require_secure_transport, 0, 1 },
    };
    for (size_t i = 0; i < sizeof longs / sizeof longs[0]; i++) {
        if (strcmp(name, longs[i].name) != 0)
            continue;
        if (set_number(name, value, longs[i].lo, longs[i].hi, &v) != 0)
            return -1;
        *longs[i].field = (long)v;
        return 0;
    }
    if (!strcmp(name, "max-allowed-packet"))
        return set_number(name, value, 1024, 1LL << 30, &o->max_allowed_packet);
    struct { const char *name; char *field; size_t cap; } strings[] = {
        { "data-dir", o->data_dir, sizeof o->data_dir },
        { "bind", o->bind, sizeof o->bind },
        { "root-password", o->root_password, sizeof o->root_password },
        { "ssl-cert", o->ssl_cert, sizeof o->ssl_cert },
        { "ssl-key", o->ssl_key, sizeof o->ssl_key },
    };
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
        if (strcmp(name, strings[i].name) != 0)
            continue;
        if (strlen(value) >= strings[i].cap) {
            fprintf(stderr, "jimkv: %s is too long\n", name);
            return -1;
        }
        snprintf(strings[i].field, strings[i].cap, "%s", value);
        return 0;
    }
    fprintf(stderr, "jimkv: unknown option '%s' (see --help)\n", name);
    return -1;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static int read_config(options *o, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "jimkv: cannot read config file %s: %s\n", path, strerror(errno));
        return -1;
    }
    char line[1024];
    int lineno = 0, rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char *s = trim(line);
        if (!*s)
            continue;
        char *eq = strchr(s, '=');
        if (!eq) {
            fprintf(stderr, "jimkv: %s:%d: expected 'option = value'\n", path, lineno);
            rc = -1;
            break;
        }
        *eq = '\0';
        char *name = trim(s), *value = trim(eq + 1);
        /* Underscores are accepted too, as in my.cnf. */
        for (char *p = name; *p; p++)
            if (*p == '_')
                *p = '-';
        if (set_option(o, name, value) != 0) {
            fprintf(stderr, "jimkv: in %s line %d\n", path, lineno);
            rc = -1;
        }
    }
    fclose(f);
    return rc;
}

static int parse_args(options *o, int argc, char **argv)
{
    /* The config file first, so that the command line overrides it. */
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--config")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "jimkv: --config needs a file\n");
                return -1;
            }
            if (read_config(o, argv[i + 1]) != 0)
                return -1;
        }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help")) {
            usage(stdout);
            exit(0);
        }
        if (!strcmp(a, "--version")) {
            printf("jimkv %s (MySQL protocol %s)\n", JIMKV_VERSION, JIMKV_SERVER_VERSION);
            exit(0);
        }
        if (strncmp(a, "--", 2) != 0) {
            fprintf(stderr, "jimkv: unexpected argument '%s' (see --help)\n", a);
            return -1;
        }
        char name[64];
        const char *value;
        const char *eq = strchr(a, '=');
        if (eq) {
            snprintf(name, sizeof name, "%.*s", (int)(eq - a - 2), a + 2);
            value = eq + 1;
        } else {
            if (i + 1 >= argc) {
                fprintf(stderr, "jimkv: %s needs a value\n", a);
                return -1;
            }
            snprintf(name, sizeof name, "%s", a + 2);
            value = argv[++i];
        }
        if (!strcmp(name, "config"))
            continue;
        if (set_option(o, name, value) != 0)
            return -1;
    }
    return 0;
}

/* Every connection is a descriptor: raise the soft limit to what
 * max_connections needs, as far as the hard limit allows (MySQL does the
 * same with open_files_limit), and say so when it falls short. */
static void raise_open_files_limit(long max_connections)
{
    const rlim_t spare = 64; /* listener, epoll and eventfds, data files */
    rlim_t need = (rlim_t)max_connections + spare;
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur >= need)
        return;
    rlim_t want = rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= need ? need : rl.rlim_max;
    rlim_t had = rl.rlim_cur;
    rl.rlim_cur = want;
    if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
        rl.rlim_cur = had;
    if (rl.rlim_cur < need)
        fprintf(stderr,
                "jimkv: warning: open files limited to %llu, fewer than max_connections (%ld) needs; "
                "raise the hard limit (ulimit -Hn)\n",
                (unsigned long long)rl.rlim_cur, max_connections);
}

int main(int argc, char **argv)
{
    options o = { .data_dir = "jimkv-data", .bind = "127.0.0.1", .mysql_port = 3306, .max_connections = 151,
                  .max_allowed_packet = 64LL << 20, .wait_timeout = 28800, .interactive_timeout = 28800,
                  .connect_timeout = 10, .net_read_timeout = 30, .net_write_timeout = 60 };
    if (parse_args(&o, argc, argv) != 0)
        return 2;
    if (mkdir(o.data_dir, 0700) != 0 && errno != EEXIST) {
        fprintf(stderr, "jimkv: cannot create data directory %s: %s\n", o.data_dir, strerror(errno));
        return 1;
    }
    if (!o.ssl_cert[0] != !o.ssl_key[0]) {
        fprintf(stderr, "jimkv: --ssl-cert and --ssl-key go together\n");
        return 2;
    }
    char err[256];
    mysql_tls *tls = mysql_tls_create(o.data_dir, o.ssl_cert[0] ? o.ssl_cert : NULL,
                                      o.ssl_key[0] ? o.ssl_key : NULL, err, sizeof err);
    if (!tls) {
        fprintf(stderr, "jimkv: TLS: %s\n", err);
        return 1;
    }
    mysql_accounts accounts;
    mysql_accounts_init(&accounts);
    if (!mysql_accounts_add(&accounts, "root", "localhost", o.root_password, NULL)) {
        fprintf(stderr, "jimkv: out of memory\n");
        mysql_tls_free(tls);
        return 1;
    }
    /* Block the stop signals before any thread starts, so that they all
     * inherit the mask and only sigwait() below receives them. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);

    raise_open_files_limit(o.max_connections);

    mysql_server_config cfg;
    mysql_server_config_defaults(&cfg);
    cfg.bind_addr = o.bind;
    cfg.port = (int)o.mysql_port;
    cfg.data_dir = o.data_dir;
    cfg.threads = (int)o.threads;
    cfg.max_connections = (int)o.max_connections;
    cfg.max_allowed_packet = (uint64_t)o.max_allowed_packet;
    cfg.wait_timeout_s = (int)o.wait_timeout;
    cfg.interactive_timeout_s = (int)o.interactive_timeout;
    cfg.connect_timeout_s = (int)o.connect_timeout;
    cfg.net_read_timeout_s = (int)o.net_read_timeout;
    cfg.net_write_timeout_s = (int)o.net_write_timeout;
    cfg.accounts = &accounts;
    cfg.tls = tls;
    cfg.require_secure_transport = o.require_secure_transport != 0;
    mysql_server *server;
    if (mysql_server_start(&cfg, &server, err, sizeof err) != 0) {
        fprintf(stderr, "jimkv: cannot start the MySQL listener on %s:%ld: %s\n", o.bind, o.mysql_port, err);
        mysql_accounts_free(&accounts);
        mysql_tls_free(tls);
        return 1;
    }
    printf("jimkv %s ready: MySQL protocol on %s:%d, data in %s\n", JIMKV_VERSION, o.bind,
           mysql_server_port(server), o.data_dir);
    fflush(stdout);
    int sig = 0;
    sigwait(&stop, &sig);
    printf("jimkv: %s received, shutting down\n", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    fflush(stdout);
    mysql_server_stop(server);
    mysql_accounts_free(&accounts);
    mysql_tls_free(tls);
    return 0;
}
