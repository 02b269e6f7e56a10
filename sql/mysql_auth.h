/*
 * mysql_auth: accounts and the password check of mysql_native_password.
 *
 * Purpose.  The handshake asks the account table for the user the client
 * names and checks the client's scrambled answer against what is stored,
 * never the password itself: for mysql_native_password MySQL stores
 * SHA1(SHA1(password)) and the client sends
 *     SHA1(password) XOR SHA1(nonce + SHA1(SHA1(password))),
 * so the server recovers SHA1(password) with the stored value and checks
 * that hashing it once more gives the stored value.
 *
 * Accounts.  Until the catalog persists users (the tables issue), the
 * accounts live in memory behind this interface: root@localhost with the
 * password given at start (empty by default).  The catalog will implement
 * the same lookup.
 *
 * Thread-safety.  The account table is built before the server starts and
 * read-only afterwards.
 */
#ifndef JIMKV_MYSQL_AUTH_H
#define JIMKV_MYSQL_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MYSQL_NONCE_LEN 20
#define MYSQL_SHA1_LEN 20

typedef struct mysql_account {
    char user[33];
    char host[256];            /* "%" or "localhost" or an address */
    char plugin[32];           /* "mysql_native_password" */
    bool empty_password;
    uint8_t stage2[MYSQL_SHA1_LEN]; /* SHA1(SHA1(password)) */
} mysql_account;

typedef struct mysql_accounts {
    mysql_account *list;
    size_t count;
} mysql_accounts;

/* Adds user@host with a password (NULL or "" for none); false on OOM. */
bool mysql_accounts_add(mysql_accounts *a, const char *user, const char *host, const char *password);
void mysql_accounts_free(mysql_accounts *a);
/* The account for user connecting from peer_ip: "localhost" matches the
 * loopback addresses, "%" any host.  NULL when none. */
const mysql_account *mysql_accounts_find(const mysql_accounts *a, const char *user, size_t user_len,
                                         const char *peer_ip);

/* Fills nonce with MYSQL_NONCE_LEN random printable bytes (no NUL, as the
 * handshake carries them in a NUL-terminated field). */
void mysql_auth_nonce(uint8_t nonce[MYSQL_NONCE_LEN]);

/* Checks a mysql_native_password answer. */
bool mysql_native_check(const mysql_account *acct, const uint8_t nonce[MYSQL_NONCE_LEN], const void *answer,
                        size_t answer_len);
/* What a client computes (tests and the load generator use it). */
void mysql_native_scramble(const char *password, const uint8_t nonce[MYSQL_NONCE_LEN], uint8_t out[MYSQL_SHA1_LEN]);

#endif
