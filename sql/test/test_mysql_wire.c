/*
 * The MySQL protocol's encodings, byte for byte: length-encoded integers at
 * every boundary, framing of payloads at and around 16 MB, bounds-checked
 * reading of malformed input, OK/ERR/EOF and column definitions, and the
 * mysql_native_password check against a client-side scramble.
 */
#include <stdlib.h>
#include <string.h>

#include "../../test/jk_test.h"
#include "mysql_auth.h"
#include "mysql_wire.h"

static void check_lenenc(uint64_t v, size_t want_len)
{
    jk_buf b;
    jk_buf_init(&b, 0);
    mysql_put_lenenc(&b, v);
    CHECK_EQ_INT(b.len, want_len);
    mysql_reader r;
    mysql_reader_init(&r, b.data, b.len);
    bool is_null;
    CHECK(mysql_get_lenenc(&r, &is_null) == v);
    CHECK(!is_null && !r.bad && mysql_left(&r) == 0);
    jk_buf_free(&b);
}

TEST(mysql_wire, lenenc_boundaries)
{
    check_lenenc(0, 1);
    check_lenenc(250, 1);
    check_lenenc(251, 3);
    check_lenenc(65535, 3);
    check_lenenc(65536, 4);
    check_lenenc(16777215, 4);
    check_lenenc(16777216, 9);
    check_lenenc(UINT64_MAX, 9);
    const unsigned char null_marker[] = { 0xFB };
    mysql_reader r;
    mysql_reader_init(&r, null_marker, 1);
    bool is_null;
    mysql_get_lenenc(&r, &is_null);
    CHECK(is_null && !r.bad);
}

TEST(mysql_wire, reader_never_reads_past_the_end)
{
    const unsigned char truncated[] = { 0xFD, 0x01 }; /* promises 3 bytes, has 1 */
    mysql_reader r;
    mysql_reader_init(&r, truncated, sizeof truncated);
    mysql_get_lenenc(&r, NULL);
    CHECK(r.bad);
    const char unterminated[] = { 'r', 'o', 'o', 't' };
    size_t len;
    mysql_reader_init(&r, unterminated, sizeof unterminated);
    mysql_get_cstr(&r, &len);
    CHECK(r.bad && len == 0);
    const unsigned char long_string[] = { 0x05, 'a', 'b' };
    mysql_reader_init(&r, long_string, sizeof long_string);
    mysql_get_lenenc_str(&r, &len);
    CHECK(r.bad);
    /* Once bad, every read is empty. */
    CHECK_EQ_INT(mysql_get_u32(&r), 0);
    CHECK(mysql_get_bytes(&r, 1) == NULL);
}

/* Frames a payload of n bytes and checks the headers and reassembly. */
static void check_frame(size_t n, int want_packets)
{
    char *payload = malloc(n ? n : 1);
    for (size_t i = 0; i < n; i++)
        payload[i] = (char)(i * 7);
    jk_buf out;
    jk_buf_init(&out, 0);
    uint8_t seq = 3;
    mysql_frame(&out, &seq, payload, n);
    CHECK_EQ_INT(seq, 3 + want_packets);
    size_t at = 0, got = 0;
    int packets = 0;
    bool same = true;
    while (at < out.len) {
        const unsigned char *h = (const unsigned char *)out.data + at;
        size_t len = h[0] | (size_t)h[1] << 8 | (size_t)h[2] << 16;
        CHECK_EQ_INT(h[3], 3 + packets);
        same = same && memcmp(out.data + at + 4, payload + got, len) == 0;
        at += 4 + len;
        got += len;
        packets++;
    }
    CHECK(same);
    CHECK_EQ_INT(packets, want_packets);
    CHECK_EQ_INT(got, n);
    jk_buf_free(&out);
    free(payload);
}

TEST(mysql_wire, framing_splits_at_16mb)
{
    check_frame(0, 1);
    check_frame(10, 1);
    check_frame(MYSQL_MAX_PAYLOAD - 1, 1);
    /* Exactly 0xFFFFFF bytes needs an empty packet to end it. */
    check_frame(MYSQL_MAX_PAYLOAD, 2);
    check_frame(MYSQL_MAX_PAYLOAD + 1, 2);
    check_frame(2 * (size_t)MYSQL_MAX_PAYLOAD + 5, 3);
}

TEST(mysql_wire, ok_err_eof_payloads)
{
    jk_buf b;
    jk_buf_init(&b, 0);
    mysql_ok_payload(&b, 0x00, 300, 7, SERVER_STATUS_AUTOCOMMIT, 2, CLIENT_PROTOCOL_41);
    const unsigned char ok[] = { 0x00, 0xFC, 0x2C, 0x01, 0x07, 0x02, 0x00, 0x02, 0x00 };
    CHECK_EQ_INT(b.len, sizeof ok);
    CHECK(memcmp(b.data, ok, sizeof ok) == 0);
    mysql_err_payload(&b, 1064, "42000", "syntax");
    const char err[] = "\xFF\x28\x04#42000syntax";
    CHECK_EQ_INT(b.len, sizeof err - 1);
    CHECK(memcmp(b.data, err, sizeof err - 1) == 0);
    mysql_eof_payload(&b, 1, SERVER_MORE_RESULTS_EXISTS);
    const unsigned char eof[] = { 0xFE, 0x01, 0x00, 0x08, 0x00 };
    CHECK(b.len == sizeof eof && memcmp(b.data, eof, sizeof eof) == 0);
    jk_buf_free(&b);
}

TEST(mysql_wire, column_definitions_follow_mysql)
{
    jk_buf b;
    jk_buf_init(&b, 0);
    pl_type t = pl_type_string(3, PL_COLL_UTF8MB4_0900_AI_CI);
    mysql_column_payload(&b, "", "", "", "abc", 3, "", &t);
    mysql_reader r;
    mysql_reader_init(&r, b.data, b.len);
    size_t n;
    const char *s = mysql_get_lenenc_str(&r, &n);
    CHECK(n == 3 && !memcmp(s, "def", 3));
    for (int i = 0; i < 3; i++)
        mysql_get_lenenc_str(&r, &n);
    s = mysql_get_lenenc_str(&r, &n);
    CHECK(n == 3 && !memcmp(s, "abc", 3));
    mysql_get_lenenc_str(&r, &n);
    CHECK_EQ_INT(mysql_get_lenenc(&r, NULL), 0x0c);
    CHECK_EQ_INT(mysql_get_u16(&r), PL_COLL_UTF8MB4_0900_AI_CI);
    CHECK_EQ_INT(mysql_get_u32(&r), 12); /* 3 characters of at most 4 bytes */
    CHECK_EQ_INT(mysql_get_u8(&r), PL_F_VAR_STRING);
    mysql_get_u16(&r);
    CHECK_EQ_INT(mysql_get_u8(&r), 31);
    CHECK(!r.bad);
    pl_type u = pl_type_int(20, true);
    CHECK_EQ_INT(mysql_column_charset(&u), PL_COLL_BINARY);
    CHECK(mysql_column_flags(&u) & COLUMN_UNSIGNED);
    CHECK(mysql_column_flags(&u) & COLUMN_NUM);
    jk_buf_free(&b);
}

TEST(mysql_wire, native_password_round_trip)
{
    mysql_accounts accts;
    mysql_accounts_init(&accts);
    CHECK(mysql_accounts_add(&accts, "root", "localhost", "secret", NULL));
    CHECK(mysql_accounts_add(&accts, "app", "%", "", NULL));
    CHECK(!mysql_accounts_add(&accts, "x", "%", "pw", "sha256_password"));
    uint8_t nonce[MYSQL_NONCE_LEN], answer[MYSQL_SHA1_LEN];
    mysql_auth_nonce(nonce);
    for (int i = 0; i < MYSQL_NONCE_LEN; i++)
        CHECK(nonce[i] != 0);
    mysql_account root, app, none;
    CHECK(mysql_accounts_find(&accts, "root", 4, "127.0.0.1", &root));
    CHECK(!mysql_accounts_find(&accts, "root", 4, "10.0.0.1", &none));
    mysql_native_scramble("secret", nonce, answer);
    CHECK(mysql_native_check(&root, nonce, answer, sizeof answer));
    mysql_native_scramble("wrong", nonce, answer);
    CHECK(!mysql_native_check(&root, nonce, answer, sizeof answer));
    CHECK(!mysql_native_check(&root, nonce, "", 0));
    CHECK(mysql_accounts_find(&accts, "app", 3, "10.0.0.1", &app));
    CHECK(mysql_native_check(&app, nonce, "", 0));
    CHECK(mysql_accounts_remove(&accts, "app", "%"));
    CHECK(!mysql_accounts_find(&accts, "app", 3, "10.0.0.1", &app));
    mysql_accounts_free(&accts);
}

/* caching_sha2_password: no fast path until a full login has cached the
 * account; then the scramble of the right password passes, others fail. */
TEST(mysql_wire, caching_sha2_fast_path_needs_a_full_login)
{
    mysql_accounts accts;
    mysql_accounts_init(&accts);
    CHECK(mysql_accounts_add(&accts, "u", "%", "pa55", "caching_sha2_password"));
    mysql_account u;
    CHECK(mysql_accounts_find(&accts, "u", 1, "10.1.1.1", &u));
    uint8_t nonce[MYSQL_NONCE_LEN], scramble[MYSQL_SHA256_LEN];
    mysql_auth_nonce(nonce);
    mysql_sha2_scramble("pa55", nonce, scramble);
    CHECK(!mysql_sha2_fast_check(&accts, &u, nonce, scramble, sizeof scramble));
    CHECK(!mysql_sha2_full_check(&accts, &u, "nope", 4));
    CHECK(mysql_sha2_full_check(&accts, &u, "pa55", 4));
    CHECK(mysql_accounts_find(&accts, "u", 1, "10.1.1.1", &u));
    CHECK(mysql_sha2_fast_check(&accts, &u, nonce, scramble, sizeof scramble));
    mysql_sha2_scramble("pa56", nonce, scramble);
    CHECK(!mysql_sha2_fast_check(&accts, &u, nonce, scramble, sizeof scramble));
    mysql_accounts_free(&accts);
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
