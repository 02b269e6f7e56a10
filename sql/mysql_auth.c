/*
 * Accounts and mysql_native_password.  See mysql_auth.h.
 */
#include "mysql_auth.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char mysql_native_plugin[] = "mysql_native_password";
const char mysql_sha2_plugin[] = "caching_sha2_password";

/* Rounds of the stored caching_sha2_password hash (MySQL uses 5000 rounds
 * of SHA256-crypt; this is the same cost in a simpler form). */
#define SHA2_ROUNDS 5000

static void digest(const EVP_MD *md, size_t outlen, const void *a, size_t an, const void *b, size_t bn, uint8_t *out)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned int len = 0;
    if (!ctx || !EVP_DigestInit_ex(ctx, md, NULL) || !EVP_DigestUpdate(ctx, a, an) ||
        (bn && !EVP_DigestUpdate(ctx, b, bn)) || !EVP_DigestFinal_ex(ctx, out, &len))
        memset(out, 0, outlen); /* only on OOM: no password can match zeros by chance */
    EVP_MD_CTX_free(ctx);
}

static void sha1(const void *a, size_t an, const void *b, size_t bn, uint8_t out[MYSQL_SHA1_LEN])
{
    digest(EVP_sha1(), MYSQL_SHA1_LEN, a, an, b, bn, out);
}

static void sha256(const void *a, size_t an, const void *b, size_t bn, uint8_t out[MYSQL_SHA256_LEN])
{
    digest(EVP_sha256(), MYSQL_SHA256_LEN, a, an, b, bn, out);
}

static void sha2_stored_hash(const uint8_t salt[MYSQL_SALT_LEN], const char *pw, size_t n,
                             uint8_t out[MYSQL_SHA256_LEN])
{
    sha256(salt, MYSQL_SALT_LEN, pw, n, out);
    for (int i = 1; i < SHA2_ROUNDS; i++)
        sha256(out, MYSQL_SHA256_LEN, pw, n, out);
}

static bool same_bytes(const uint8_t *a, const uint8_t *b, size_t n)
{
    /* Constant time: the comparison must not leak how many bytes matched. */
    uint8_t diff = 0;
    for (size_t i = 0; i < n; i++)
        diff |= (uint8_t)(a[i] ^ b[i]);
    return diff == 0;
}

void mysql_accounts_init(mysql_accounts *a)
{
    memset(a, 0, sizeof *a);
    pthread_mutex_init(&a->lock, NULL);
}

static mysql_account *find_exact(mysql_accounts *a, const char *user, const char *host)
{
    for (size_t i = 0; i < a->count; i++)
        if (!strcmp(a->list[i].user, user) && !strcasecmp(a->list[i].host, host))
            return &a->list[i];
    return NULL;
}

bool mysql_accounts_add(mysql_accounts *a, const char *user, const char *host, const char *password,
                        const char *plugin)
{
    if (!plugin)
        plugin = mysql_native_plugin;
    if (strcmp(plugin, mysql_native_plugin) != 0 && strcmp(plugin, mysql_sha2_plugin) != 0)
        return false;
    mysql_account acct;
    memset(&acct, 0, sizeof acct);
    snprintf(acct.user, sizeof acct.user, "%s", user);
    snprintf(acct.host, sizeof acct.host, "%s", host);
    snprintf(acct.plugin, sizeof acct.plugin, "%s", plugin);
    acct.empty_password = !password || !password[0];
    if (!acct.empty_password && strcmp(plugin, mysql_native_plugin) == 0) {
        uint8_t stage1[MYSQL_SHA1_LEN];
        sha1(password, strlen(password), NULL, 0, stage1);
        sha1(stage1, sizeof stage1, NULL, 0, acct.stage2);
    } else if (!acct.empty_password) {
        if (RAND_bytes(acct.salt, MYSQL_SALT_LEN) != 1)
            return false;
        sha2_stored_hash(acct.salt, password, strlen(password), acct.sha2_hash);
    }
    pthread_mutex_lock(&a->lock);
    mysql_account *slot = find_exact(a, acct.user, acct.host);
    if (!slot) {
        mysql_account *grown = realloc(a->list, sizeof *grown * (a->count + 1));
        if (!grown) {
            pthread_mutex_unlock(&a->lock);
            return false;
        }
        a->list = grown;
        slot = &a->list[a->count++];
    }
    *slot = acct;
    pthread_mutex_unlock(&a->lock);
    return true;
}

bool mysql_accounts_remove(mysql_accounts *a, const char *user, const char *host)
{
    pthread_mutex_lock(&a->lock);
    mysql_account *slot = find_exact(a, user, host);
    if (slot) {
        *slot = a->list[a->count - 1];
        a->count--;
    }
    pthread_mutex_unlock(&a->lock);
    return slot != NULL;
}

void mysql_accounts_free(mysql_accounts *a)
{
    free(a->list);
    a->list = NULL;
    a->count = 0;
    pthread_mutex_destroy(&a->lock);
}

static bool is_loopback(const char *ip)
{
    return !strncmp(ip, "127.", 4) || !strcmp(ip, "::1") || !strncmp(ip, "::ffff:127.", 11);
}

bool mysql_accounts_find(mysql_accounts *a, const char *user, size_t user_len, const char *peer_ip,
                         mysql_account *out)
{
    bool found = false;
    pthread_mutex_lock(&a->lock);
    for (size_t i = 0; i < a->count && !found; i++) {
        const mysql_account *acct = &a->list[i];
        if (strlen(acct->user) != user_len || memcmp(acct->user, user, user_len) != 0)
            continue;
        if (!strcmp(acct->host, "%") || !strcmp(acct->host, peer_ip) ||
            (!strcmp(acct->host, "localhost") && is_loopback(peer_ip))) {
            *out = *acct;
            found = true;
        }
    }
    pthread_mutex_unlock(&a->lock);
    return found;
}

void mysql_auth_nonce(uint8_t nonce[MYSQL_NONCE_LEN])
{
    if (RAND_bytes(nonce, MYSQL_NONCE_LEN) != 1)
        for (int i = 0; i < MYSQL_NONCE_LEN; i++)
            nonce[i] = (uint8_t)rand();
    /* Printable ASCII without NUL or '$', as MySQL's generator gives. */
    for (int i = 0; i < MYSQL_NONCE_LEN; i++)
        nonce[i] = (uint8_t)(33 + nonce[i] % 94);
}

void mysql_native_scramble(const char *password, const uint8_t nonce[MYSQL_NONCE_LEN], uint8_t out[MYSQL_SHA1_LEN])
{
    uint8_t stage1[MYSQL_SHA1_LEN], stage2[MYSQL_SHA1_LEN], mix[MYSQL_SHA1_LEN];
    sha1(password, strlen(password), NULL, 0, stage1);
    sha1(stage1, sizeof stage1, NULL, 0, stage2);
    sha1(nonce, MYSQL_NONCE_LEN, stage2, sizeof stage2, mix);
    for (int i = 0; i < MYSQL_SHA1_LEN; i++)
        out[i] = stage1[i] ^ mix[i];
}

bool mysql_native_check(const mysql_account *acct, const uint8_t nonce[MYSQL_NONCE_LEN], const void *answer,
                        size_t answer_len)
{
    if (acct->empty_password)
        return answer_len == 0;
    if (answer_len != MYSQL_SHA1_LEN)
        return false;
    uint8_t mix[MYSQL_SHA1_LEN], stage1[MYSQL_SHA1_LEN], check[MYSQL_SHA1_LEN];
    sha1(nonce, MYSQL_NONCE_LEN, acct->stage2, sizeof acct->stage2, mix);
    const uint8_t *a = answer;
    for (int i = 0; i < MYSQL_SHA1_LEN; i++)
        stage1[i] = a[i] ^ mix[i];
    sha1(stage1, sizeof stage1, NULL, 0, check);
    return same_bytes(check, acct->stage2, MYSQL_SHA1_LEN);
}

void mysql_sha2_scramble(const char *password, const uint8_t nonce[MYSQL_NONCE_LEN], uint8_t out[MYSQL_SHA256_LEN])
{
    uint8_t stage1[MYSQL_SHA256_LEN], stage2[MYSQL_SHA256_LEN], mix[MYSQL_SHA256_LEN];
    sha256(password, strlen(password), NULL, 0, stage1);
    sha256(stage1, sizeof stage1, NULL, 0, stage2);
    sha256(stage2, sizeof stage2, nonce, MYSQL_NONCE_LEN, mix);
    for (int i = 0; i < MYSQL_SHA256_LEN; i++)
        out[i] = stage1[i] ^ mix[i];
}

bool mysql_sha2_fast_check(mysql_accounts *a, const mysql_account *acct, const uint8_t nonce[MYSQL_NONCE_LEN],
                           const void *answer, size_t answer_len)
{
    (void)a;
    if (acct->empty_password)
        return answer_len == 0 || (answer_len == 1 && ((const char *)answer)[0] == 0);
    if (!acct->sha2_cached || answer_len != MYSQL_SHA256_LEN)
        return false;
    uint8_t mix[MYSQL_SHA256_LEN], stage1[MYSQL_SHA256_LEN], check[MYSQL_SHA256_LEN];
    sha256(acct->sha2_stage2, MYSQL_SHA256_LEN, nonce, MYSQL_NONCE_LEN, mix);
    const uint8_t *x = answer;
    for (int i = 0; i < MYSQL_SHA256_LEN; i++)
        stage1[i] = x[i] ^ mix[i];
    sha256(stage1, sizeof stage1, NULL, 0, check);
    return same_bytes(check, acct->sha2_stage2, MYSQL_SHA256_LEN);
}

bool mysql_sha2_full_check(mysql_accounts *a, const mysql_account *acct, const char *password, size_t len)
{
    if (acct->empty_password)
        return len == 0;
    uint8_t h[MYSQL_SHA256_LEN];
    sha2_stored_hash(acct->salt, password, len, h);
    if (!same_bytes(h, acct->sha2_hash, MYSQL_SHA256_LEN))
        return false;
    /* Remember SHA256(SHA256(password)) for the fast path. */
    uint8_t stage1[MYSQL_SHA256_LEN];
    pthread_mutex_lock(&a->lock);
    mysql_account *slot = find_exact(a, acct->user, acct->host);
    if (slot) {
        sha256(password, len, NULL, 0, stage1);
        sha256(stage1, sizeof stage1, NULL, 0, slot->sha2_stage2);
        slot->sha2_cached = true;
    }
    pthread_mutex_unlock(&a->lock);
    return true;
}
