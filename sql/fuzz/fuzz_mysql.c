/*
 * libFuzzer target for the MySQL protocol front: packet decoding, the
 * handshake and every command, through a real server on a loopback socket.
 *
 * The server runs in this process (one IO thread, short timeouts).  Each
 * input is one client connection; its first byte chooses how the rest is
 * sent:
 *   even  the bytes go out raw from the first byte on, so the handshake
 *         response and the packet framing themselves are fuzzed;
 *   odd   the harness logs in as root first, then the rest is a list of
 *         commands, each a 2-byte little-endian length and that many bytes,
 *         framed by the harness as packets with sequence id 0 -- so the
 *         fuzzer reaches deep into the commands without having to learn the
 *         framing.
 * The harness then half-closes the socket and reads until the server
 * closes or a second passes.  A crash, a sanitizer report or a hang of the
 * server is a finding; what the server answers is not checked here.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "mysql_server.h"
#include "mysql_wire.h"

static mysql_server *server;
static mysql_accounts accounts;
static int port;

static void stop_server(void)
{
    mysql_server_stop(server);
    mysql_accounts_free(&accounts);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    mysql_accounts_init(&accounts);
    mysql_accounts_add(&accounts, "root", "localhost", "", NULL);
    mysql_server_config cfg;
    mysql_server_config_defaults(&cfg);
    cfg.port = 0;
    cfg.threads = 1;
    cfg.connect_timeout_s = 2;
    cfg.net_read_timeout_s = 1;
    cfg.net_write_timeout_s = 1;
    cfg.wait_timeout_s = 2;
    cfg.max_allowed_packet = 1u << 20;
    cfg.accounts = &accounts;
    char err[256];
    if (mysql_server_start(&cfg, &server, err, sizeof err) != 0)
        abort();
    port = mysql_server_port(server);
    atexit(stop_server);
    return 0;
}

static int connect_server(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    return fd;
}

/* Reads whatever arrives within ms milliseconds of quiet; false at EOF. */
static bool drain(int fd, int ms)
{
    char buf[65536];
    struct pollfd p = { fd, POLLIN, 0 };
    while (poll(&p, 1, ms) > 0) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0)
            return false;
        ms = 1;
    }
    return true;
}

static void send_all(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n) {
        ssize_t w = send(fd, c, n, MSG_NOSIGNAL);
        if (w <= 0)
            return;
        c += w;
        n -= (size_t)w;
    }
}

static void login(int fd)
{
    drain(fd, 200); /* the handshake */
    jk_buf p, out;
    jk_buf_init(&p, 0);
    jk_buf_init(&out, 0);
    mysql_put_u32(&p, CLIENT_PROTOCOL_41 | CLIENT_SECURE_CONNECTION | CLIENT_PLUGIN_AUTH | CLIENT_MULTI_STATEMENTS |
                          CLIENT_MULTI_RESULTS | CLIENT_DEPRECATE_EOF | CLIENT_TRANSACTIONS);
    mysql_put_u32(&p, 1u << 24);
    mysql_put_u8(&p, 255);
    for (int i = 0; i < 23; i++)
        mysql_put_u8(&p, 0);
    mysql_put_cstr(&p, "root");
    mysql_put_u8(&p, 0);
    mysql_put_cstr(&p, "mysql_native_password");
    uint8_t seq = 1;
    mysql_frame(&out, &seq, p.data, p.len);
    send_all(fd, out.data, out.len);
    drain(fd, 200); /* OK */
    jk_buf_free(&p);
    jk_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int fd = connect_server();
    if (fd < 0)
        return 0;
    bool framed = data[0] & 1;
    data++;
    size--;
    if (!framed) {
        drain(fd, 100);
        send_all(fd, data, size);
    } else {
        login(fd);
        jk_buf out;
        jk_buf_init(&out, 0);
        while (size >= 2) {
            size_t n = (size_t)data[0] | (size_t)data[1] << 8;
            data += 2;
            size -= 2;
            if (n > size)
                n = size;
            uint8_t seq = 0;
            jk_buf_clear(&out);
            mysql_frame(&out, &seq, data, n);
            send_all(fd, out.data, out.len);
            data += n;
            size -= n;
            if (!drain(fd, 50))
                break;
        }
        jk_buf_free(&out);
    }
    shutdown(fd, SHUT_WR);
    drain(fd, 1000);
    close(fd);
    return 0;
}
