/*
 * Accounts and mysql_native_password.  See mysql_auth.h.
 */
#include "mysql_auth.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void sha1(const void *a, size_t an, const void *b, size_t bn, uint8_t out[MYSQL_SHA1_LEN])
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned int len = 0;
    if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha1(), NULL) || !EVP_DigestUpdate(ctx, a, an) ||
        (bn && !EVP_DigestUpdate(ctx, b, bn)) || !EVP_DigestFinal_ex(ctx, out, &len))
        memset(out, 0, MYSQL_SHA1_LEN); /* only on OOM: no password can match zeros by chance */
    EVP_MD_CTX_free(ctx);
}

bool mysql_accounts_add(mysql_accounts *a, const char *user, const char *host, const char *password)
{
    mysql_account *grown = realloc(a->list, sizeof *grown * (a->count + 1));
    if (!grown)
        return false;
    a->list = grown;
    mysql_account *acct = &a->list[a->count++];
    memset(acct, 0, sizeof *acct);
    snprintf(acct->user, sizeof acct->user, "%s", user);
    snprintf(acct->host, sizeof acct->host, "%s", host);
    snprintf(acct->plugin, sizeof acct->plugin, "mysql_native_password");
    acct->empty_password = !password || !password[0];
    if (!acct->empty_password) {
        uint8_t stage1[MYSQL_SHA1_LEN];
        sha1(password, strlen(password), NULL, 0, stage1);
        sha1(stage1, sizeof stage1, NULL, 0, acct->stage2);
    }
    return true;
}

void mysql_accounts_free(mysql_accounts *a)
{
    free(a->list);
    a->list = NULL;
    a->count = 0;
}

static bool is_loopback(const char *ip)
{
    return !strncmp(ip, "127.", 4) || !strcmp(ip, "::1") || !strncmp(ip, "::ffff:127.", 11);
}

const mysql_account *mysql_accounts_find(const mysql_accounts *a, const char *user, size_t user_len,
                                         const char *peer_ip)
{
    for (size_t i = 0; i < a->count; i++) {
        const mysql_account *acct = &a->list[i];
        if (strlen(acct->user) != user_len || memcmp(acct->user, user, user_len) != 0)
            continue;
        if (!strcmp(acct->host, "%") || !strcmp(acct->host, peer_ip) ||
            (!strcmp(acct->host, "localhost") && is_loopback(peer_ip)))
            return acct;
    }
    return NULL;
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
    /* Constant time: the comparison must not leak how many bytes matched. */
    uint8_t diff = 0;
    for (int i = 0; i < MYSQL_SHA1_LEN; i++)
        diff |= (uint8_t)(check[i] ^ acct->stage2[i]);
    return diff == 0;
}
