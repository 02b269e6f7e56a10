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
 * caching_sha2_password stores only a salted, iterated SHA-256 of the
 * password, which cannot check a scramble.  After one "full" login (the
 * clear password over TLS, or RSA-encrypted over plain TCP) the server
 * keeps SHA256(SHA256(password)) in memory, and later logins take the fast
 * path: the client sends SHA256(password) XOR SHA256(SHA256(SHA256(password))
 * + nonce) and the server checks it against the cached value.
 *
 * Accounts.  Until the catalog persists users (the tables issue), the
 * accounts live in memory behind this interface: root@localhost with the
 * password given at start (empty by default), plus users made with CREATE
 * USER.  The catalog will implement the same calls.
 *
 * Thread-safety.  Every call takes the table's lock; a found account is
 * returned by copy.
 */
#ifndef JIMKV_MYSQL_AUTH_H
#define JIMKV_MYSQL_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <pthread.h>
#include <stdint.h>

#define MYSQL_NONCE_LEN 20
#define MYSQL_SHA1_LEN 20
#define MYSQL_SHA256_LEN 32
#define MYSQL_SALT_LEN 20

extern const char mysql_native_plugin[];  /* "mysql_native_password" */
extern const char mysql_sha2_plugin[];    /* "caching_sha2_password" */

typedef struct mysql_account {
    char user[33];
    char host[256];            /* "%" or "localhost" or an address */
    char plugin[32];           /* mysql_native_plugin or mysql_sha2_plugin */
    bool empty_password;
    uint8_t stage2[MYSQL_SHA1_LEN];     /* native: SHA1(SHA1(password)) */
    uint8_t salt[MYSQL_SALT_LEN];       /* sha2: the stored hash's salt */
    uint8_t sha2_hash[MYSQL_SHA256_LEN]; /* sha2: iterated SHA256(salt, password) */
    bool sha2_cached;                   /* sha2: a full login has happened */
    uint8_t sha2_stage2[MYSQL_SHA256_LEN]; /* sha2: SHA256(SHA256(password)), cached */
} mysql_account;

typedef struct mysql_accounts {
    pthread_mutex_t lock;
    mysql_account *list;
    size_t count;
} mysql_accounts;

void mysql_accounts_init(mysql_accounts *a);
/* Adds or replaces user@host with a password (NULL or "" for none) and a
 * plugin (NULL: mysql_native_password); false on OOM or an unknown plugin. */
bool mysql_accounts_add(mysql_accounts *a, const char *user, const char *host, const char *password,
                        const char *plugin);
/* Removes user@host; false when there is none. */
bool mysql_accounts_remove(mysql_accounts *a, const char *user, const char *host);
void mysql_accounts_free(mysql_accounts *a);
/* Copies the account for user connecting from peer_ip into *out:
 * "localhost" matches the loopback addresses, "%" any host.  False when
 * none. */
bool mysql_accounts_find(mysql_accounts *a, const char *user, size_t user_len, const char *peer_ip,
                         mysql_account *out);

/* caching_sha2_password.  The fast check works only once the account is
 * cached; mysql_sha2_full_check takes the clear password and caches. */
bool mysql_sha2_fast_check(mysql_accounts *a, const mysql_account *acct, const uint8_t nonce[MYSQL_NONCE_LEN],
                           const void *answer, size_t answer_len);
bool mysql_sha2_full_check(mysql_accounts *a, const mysql_account *acct, const char *password, size_t len);
/* What a client computes for the fast path. */
void mysql_sha2_scramble(const char *password, const uint8_t nonce[MYSQL_NONCE_LEN], uint8_t out[MYSQL_SHA256_LEN]);

/* Fills nonce with MYSQL_NONCE_LEN random printable bytes (no NUL, as the
 * handshake carries them in a NUL-terminated field). */
void mysql_auth_nonce(uint8_t nonce[MYSQL_NONCE_LEN]);

/* Checks a mysql_native_password answer. */
bool mysql_native_check(const mysql_account *acct, const uint8_t nonce[MYSQL_NONCE_LEN], const void *answer,
                        size_t answer_len);
/* What a client computes (tests and the load generator use it). */
void mysql_native_scramble(const char *password, const uint8_t nonce[MYSQL_NONCE_LEN], uint8_t out[MYSQL_SHA1_LEN]);

#endif
