/*
 * The server's TLS context and RSA key.  See mysql_tls.h.
 */
#include "mysql_tls.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jimkv/version.h"

struct mysql_tls {
    SSL_CTX *ctx;
    EVP_PKEY *key;
    char *public_pem;
    size_t public_len;
};

static void ssl_error(char *err, size_t errlen, const char *what)
{
    unsigned long e = ERR_get_error();
    char detail[256] = "";
    if (e)
        ERR_error_string_n(e, detail, sizeof detail);
    snprintf(err, errlen, "%s%s%s", what, detail[0] ? ": " : "", detail);
    ERR_clear_error();
}

/* A 2048-bit RSA key and a self-signed certificate valid for ten years,
 * written to the two paths (the key with mode 0600). */
static int create_self_signed(const char *cert_path, const char *key_path, char *err, size_t errlen)
{
    int rc = -1;
    EVP_PKEY *key = EVP_RSA_gen(2048);
    X509 *x = X509_new();
    FILE *kf = NULL, *cf = NULL;
    if (!key || !x) {
        ssl_error(err, errlen, "cannot generate the TLS key");
        goto done;
    }
    ASN1_INTEGER_set(X509_get_serialNumber(x), (long)time(NULL));
    X509_gmtime_adj(X509_getm_notBefore(x), 0);
    X509_gmtime_adj(X509_getm_notAfter(x), 10L * 365 * 24 * 3600);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               (const unsigned char *)"JimKV_Server_" JIMKV_VERSION "_Auto_Generated_Certificate", -1,
                               -1, 0);
    X509_set_issuer_name(x, name);
    if (!X509_sign(x, key, EVP_sha256())) {
        ssl_error(err, errlen, "cannot sign the TLS certificate");
        goto done;
    }
    int kfd = open(key_path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (kfd < 0 || !(kf = fdopen(kfd, "w"))) {
        if (kfd >= 0)
            close(kfd);
        snprintf(err, errlen, "cannot create %s: %s", key_path, strerror(errno));
        goto done;
    }
    if (!PEM_write_PrivateKey(kf, key, NULL, NULL, 0, NULL, NULL)) {
        ssl_error(err, errlen, "cannot write the TLS key");
        goto done;
    }
    if (!(cf = fopen(cert_path, "w")) || !PEM_write_X509(cf, x)) {
        snprintf(err, errlen, "cannot write %s", cert_path);
        goto done;
    }
    rc = 0;
done:
    if (kf && fclose(kf) != 0)
        rc = -1;
    if (cf && fclose(cf) != 0)
        rc = -1;
    X509_free(x);
    EVP_PKEY_free(key);
    return rc;
}

mysql_tls *mysql_tls_create(const char *data_dir, const char *cert, const char *key, char *err, size_t errlen)
{
    char cert_path[4096], key_path[4096];
    if (cert && key) {
        snprintf(cert_path, sizeof cert_path, "%s", cert);
        snprintf(key_path, sizeof key_path, "%s", key);
    } else {
        snprintf(cert_path, sizeof cert_path, "%s/server-cert.pem", data_dir);
        snprintf(key_path, sizeof key_path, "%s/server-key.pem", data_dir);
        if (access(cert_path, R_OK) != 0 && access(key_path, R_OK) != 0 &&
            create_self_signed(cert_path, key_path, err, errlen) != 0)
            return NULL;
    }
    mysql_tls *t = calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    t->ctx = SSL_CTX_new(TLS_server_method());
    if (!t->ctx) {
        ssl_error(err, errlen, "cannot create the TLS context");
        goto fail;
    }
    SSL_CTX_set_min_proto_version(t->ctx, TLS1_2_VERSION);
    if (SSL_CTX_use_certificate_chain_file(t->ctx, cert_path) != 1) {
        ssl_error(err, errlen, "cannot load the TLS certificate");
        goto fail;
    }
    if (SSL_CTX_use_PrivateKey_file(t->ctx, key_path, SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(t->ctx) != 1) {
        ssl_error(err, errlen, "cannot load the TLS key");
        goto fail;
    }
    t->key = SSL_CTX_get0_privatekey(t->ctx);
    if (!t->key || !EVP_PKEY_up_ref(t->key)) {
        ssl_error(err, errlen, "no private key");
        t->key = NULL;
        goto fail;
    }
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio || !PEM_write_bio_PUBKEY(bio, t->key)) {
        BIO_free(bio);
        ssl_error(err, errlen, "cannot export the public key");
        goto fail;
    }
    char *data;
    long n = BIO_get_mem_data(bio, &data);
    t->public_pem = malloc((size_t)n + 1);
    if (t->public_pem) {
        memcpy(t->public_pem, data, (size_t)n);
        t->public_pem[n] = '\0';
        t->public_len = (size_t)n;
    }
    BIO_free(bio);
    if (!t->public_pem) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    return t;
fail:
    mysql_tls_free(t);
    return NULL;
}

void mysql_tls_free(mysql_tls *t)
{
    if (!t)
        return;
    SSL_CTX_free(t->ctx);
    EVP_PKEY_free(t->key);
    free(t->public_pem);
    free(t);
}

jk_ssl_ctx *mysql_tls_ctx(const mysql_tls *t) { return (jk_ssl_ctx *)t->ctx; }

const char *mysql_tls_public_key_pem(const mysql_tls *t, size_t *len)
{
    *len = t->public_len;
    return t->public_pem;
}

int mysql_tls_rsa_decrypt(const mysql_tls *t, const void *in, size_t n, unsigned char *out, size_t cap)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(t->key, NULL);
    size_t outlen = cap;
    int rc = -1;
    if (ctx && EVP_PKEY_decrypt_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
        EVP_PKEY_decrypt(ctx, out, &outlen, in, n) > 0)
        rc = (int)outlen;
    EVP_PKEY_CTX_free(ctx);
    ERR_clear_error();
    return rc;
}
