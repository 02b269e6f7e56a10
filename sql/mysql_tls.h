/*
 * mysql_tls: the server's TLS context.
 *
 * Purpose.  MySQL clients upgrade to TLS right after the handshake when the
 * server offers CLIENT_SSL (and must, for caching_sha2_password's full
 * authentication without RSA).  The context uses the certificate and key
 * given with --ssl-cert / --ssl-key; without them, JimKV does what MySQL 8
 * does on first start: it creates a self-signed certificate and its key in
 * the data directory (server-cert.pem, server-key.pem, key readable by the
 * owner only) and uses them from then on.
 *
 * The same RSA key serves caching_sha2_password's public-key exchange over
 * plain TCP (mysql_tls_public_key_pem, mysql_tls_rsa_decrypt).
 */
#ifndef JIMKV_MYSQL_TLS_H
#define JIMKV_MYSQL_TLS_H

#include <stddef.h>

#include "jimkv/net.h"

typedef struct mysql_tls mysql_tls;

/* cert/key NULL: use or create data_dir/server-cert.pem and server-key.pem.
 * Returns NULL with a message in err. */
mysql_tls *mysql_tls_create(const char *data_dir, const char *cert, const char *key, char *err, size_t errlen);
void mysql_tls_free(mysql_tls *t);

jk_ssl_ctx *mysql_tls_ctx(const mysql_tls *t);
/* The RSA public key in PEM, NUL-terminated. */
const char *mysql_tls_public_key_pem(const mysql_tls *t, size_t *len);
/* RSA-OAEP decryption with the private key; returns the plaintext length or
 * -1.  out holds at least the key size in bytes. */
int mysql_tls_rsa_decrypt(const mysql_tls *t, const void *in, size_t n, unsigned char *out, size_t cap);

#endif
