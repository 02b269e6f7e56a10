/*
 * MySQL 8's system variables.  See sql_sysvar.h.
 */
#include "sql_sysvar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "jimkv/version.h"

typedef enum sv_kind { SV_INT, SV_UINT, SV_BOOL, SV_STRING, SV_DECIMAL } sv_kind;

#define SV_SESSION 0x1u  /* has a session value */
#define SV_GLOBAL 0x2u   /* has a global value */
#define SV_READONLY 0x4u /* cannot be SET at all */
#define SV_NULLABLE 0x8u /* the default is NULL (shown as empty) */

/* Variables kept in pl_session fields rather than the override store. */
typedef enum sv_field {
    F_NONE, F_SQL_MODE, F_TIME_ZONE, F_TIMESTAMP, F_COLLATION_CONNECTION, F_CHARSET_CONNECTION,
    F_DIV_PRECISION, F_MAX_ALLOWED_PACKET, F_LAST_INSERT_ID, F_WARNING_COUNT, F_ERROR_COUNT,
    F_PSEUDO_THREAD_ID, F_VERSION, F_AUTOCOMMIT,
} sv_field;

typedef struct sysvar {
    const char *name;
    uint8_t kind;     /* sv_kind */
    uint8_t flags;    /* SV_* */
    uint8_t field;    /* sv_field */
    const char *dflt; /* default as text; booleans "1"/"0" */
    const char *alias; /* another name for the same value (tx_isolation) */
} sysvar;

#define SG (SV_SESSION | SV_GLOBAL)
#define G SV_GLOBAL
#define RO SV_READONLY

/* Sorted by name (SHOW VARIABLES order; lookups use bsearch). */
static const sysvar sysvars[] = {
    { "auto_increment_increment", SV_UINT, SG, F_NONE, "1", NULL },
    { "auto_increment_offset", SV_UINT, SG, F_NONE, "1", NULL },
    { "autocommit", SV_BOOL, SG, F_AUTOCOMMIT, "1", NULL },
    { "big_tables", SV_BOOL, SG, F_NONE, "0", NULL },
    { "bind_address", SV_STRING, G | RO, F_NONE, "127.0.0.1", NULL },
    { "character_set_client", SV_STRING, SG, F_NONE, "utf8mb4", NULL },
    { "character_set_connection", SV_STRING, SG, F_CHARSET_CONNECTION, "utf8mb4", NULL },
    { "character_set_database", SV_STRING, SG, F_NONE, "utf8mb4", NULL },
    { "character_set_filesystem", SV_STRING, SG, F_NONE, "binary", NULL },
    { "character_set_results", SV_STRING, SG | SV_NULLABLE, F_NONE, "utf8mb4", NULL },
    { "character_set_server", SV_STRING, SG, F_NONE, "utf8mb4", NULL },
    { "character_set_system", SV_STRING, G | RO, F_NONE, "utf8mb3", NULL },
    { "collation_connection", SV_STRING, SG, F_COLLATION_CONNECTION, "utf8mb4_0900_ai_ci", NULL },
    { "collation_database", SV_STRING, SG, F_NONE, "utf8mb4_0900_ai_ci", NULL },
    { "collation_server", SV_STRING, SG, F_NONE, "utf8mb4_0900_ai_ci", NULL },
    { "connect_timeout", SV_UINT, G, F_NONE, "10", NULL },
    { "datadir", SV_STRING, G | RO, F_NONE, "", NULL },
    { "default_authentication_plugin", SV_STRING, G | RO, F_NONE, "mysql_native_password", NULL },
    { "default_storage_engine", SV_STRING, SG, F_NONE, "InnoDB", NULL },
    { "default_week_format", SV_UINT, SG, F_NONE, "0", NULL },
    { "div_precision_increment", SV_UINT, SG, F_DIV_PRECISION, "4", NULL },
    { "error_count", SV_UINT, SV_SESSION | RO, F_ERROR_COUNT, "0", NULL },
    { "foreign_key_checks", SV_BOOL, SG, F_NONE, "1", NULL },
    { "group_concat_max_len", SV_UINT, SG, F_NONE, "1024", NULL },
    { "have_openssl", SV_STRING, G | RO, F_NONE, "YES", NULL },
    { "have_ssl", SV_STRING, G | RO, F_NONE, "YES", NULL },
    { "hostname", SV_STRING, G | RO, F_NONE, "localhost", NULL },
    { "init_connect", SV_STRING, G, F_NONE, "", NULL },
    { "innodb_lock_wait_timeout", SV_UINT, SG, F_NONE, "50", NULL },
    { "interactive_timeout", SV_UINT, SG, F_NONE, "28800", NULL },
    { "last_insert_id", SV_UINT, SV_SESSION, F_LAST_INSERT_ID, "0", NULL },
    { "license", SV_STRING, G | RO, F_NONE, "GPL", NULL },
    { "lower_case_table_names", SV_UINT, G | RO, F_NONE, "0", NULL },
    { "max_allowed_packet", SV_UINT, SG, F_MAX_ALLOWED_PACKET, "67108864", NULL },
    { "max_connections", SV_UINT, G, F_NONE, "151", NULL },
    { "max_error_count", SV_UINT, SG, F_NONE, "64", NULL },
    { "max_execution_time", SV_UINT, SG, F_NONE, "0", NULL },
    { "net_buffer_length", SV_UINT, SG, F_NONE, "16384", NULL },
    { "net_read_timeout", SV_UINT, SG, F_NONE, "30", NULL },
    { "net_write_timeout", SV_UINT, SG, F_NONE, "60", NULL },
    { "performance_schema", SV_BOOL, G | RO, F_NONE, "0", NULL },
    { "port", SV_UINT, G | RO, F_NONE, "3306", NULL },
    { "protocol_version", SV_UINT, G | RO, F_NONE, "10", NULL },
    { "pseudo_thread_id", SV_UINT, SV_SESSION, F_PSEUDO_THREAD_ID, "0", NULL },
    { "query_cache_size", SV_UINT, G, F_NONE, "0", NULL },
    { "query_cache_type", SV_STRING, SG, F_NONE, "OFF", NULL },
    { "require_secure_transport", SV_BOOL, G, F_NONE, "0", NULL },
    { "session_track_schema", SV_BOOL, SG, F_NONE, "1", NULL },
    { "session_track_state_change", SV_BOOL, SG, F_NONE, "0", NULL },
    { "session_track_system_variables", SV_STRING, SG, F_NONE, "time_zone,autocommit,character_set_client,character_set_results,character_set_connection", NULL },
    { "session_track_transaction_info", SV_STRING, SG, F_NONE, "OFF", NULL },
    { "sql_auto_is_null", SV_BOOL, SG, F_NONE, "0", NULL },
    { "sql_mode", SV_STRING, SG, F_SQL_MODE, "", NULL },
    { "sql_notes", SV_BOOL, SG, F_NONE, "1", NULL },
    { "sql_safe_updates", SV_BOOL, SG, F_NONE, "0", NULL },
    { "sql_select_limit", SV_UINT, SG, F_NONE, "18446744073709551615", NULL },
    { "sql_warnings", SV_BOOL, SG, F_NONE, "0", NULL },
    { "system_time_zone", SV_STRING, G | RO, F_NONE, "UTC", NULL },
    { "time_zone", SV_STRING, SG, F_TIME_ZONE, "SYSTEM", NULL },
    { "timestamp", SV_DECIMAL, SV_SESSION, F_TIMESTAMP, "0", NULL },
    { "transaction_isolation", SV_STRING, SG, F_NONE, "REPEATABLE-READ", NULL },
    { "transaction_read_only", SV_BOOL, SG, F_NONE, "0", NULL },
    { "tx_isolation", SV_STRING, SG, F_NONE, "REPEATABLE-READ", "transaction_isolation" },
    { "tx_read_only", SV_BOOL, SG, F_NONE, "0", "transaction_read_only" },
    { "unique_checks", SV_BOOL, SG, F_NONE, "1", NULL },
    { "version", SV_STRING, G | RO, F_VERSION, JIMKV_SERVER_VERSION, NULL },
    { "version_comment", SV_STRING, G | RO, F_NONE, "JimKV", NULL },
    { "version_compile_machine", SV_STRING, G | RO, F_NONE, "x86_64", NULL },
    { "version_compile_os", SV_STRING, G | RO, F_NONE, "Linux", NULL },
    { "wait_timeout", SV_UINT, SG, F_NONE, "28800", NULL },
    { "warning_count", SV_UINT, SV_SESSION | RO, F_WARNING_COUNT, "0", NULL },
};

#define NVARS (sizeof sysvars / sizeof sysvars[0])

struct sql_sysvar_globals {
    char *text[NVARS]; /* the server's value, or NULL for the default */
};

static int by_name(const void *key, const void *elem)
{
    return strcasecmp((const char *)key, ((const sysvar *)elem)->name);
}

static const sysvar *find(const char *name)
{
    const sysvar *v = bsearch(name, sysvars, NVARS, sizeof sysvars[0], by_name);
    if (v && v->alias)
        v = bsearch(v->alias, sysvars, NVARS, sizeof sysvars[0], by_name);
    return v;
}

/* ---- sql_mode and time_zone text ---- */

static const struct { const char *name; uint32_t bits; } sql_modes[] = {
    { "REAL_AS_FLOAT", PL_MODE_REAL_AS_FLOAT },
    { "PIPES_AS_CONCAT", PL_MODE_PIPES_AS_CONCAT },
    { "ANSI_QUOTES", PL_MODE_ANSI_QUOTES },
    { "ONLY_FULL_GROUP_BY", PL_MODE_ONLY_FULL_GROUP_BY },
    { "NO_UNSIGNED_SUBTRACTION", PL_MODE_NO_UNSIGNED_SUBTRACTION },
    { "NO_BACKSLASH_ESCAPES", PL_MODE_NO_BACKSLASH_ESCAPES },
    { "STRICT_TRANS_TABLES", PL_MODE_STRICT_TRANS_TABLES },
    { "STRICT_ALL_TABLES", PL_MODE_STRICT_ALL_TABLES },
    { "NO_ZERO_IN_DATE", PL_MODE_NO_ZERO_IN_DATE },
    { "NO_ZERO_DATE", PL_MODE_NO_ZERO_DATE },
    { "ERROR_FOR_DIVISION_BY_ZERO", PL_MODE_ERROR_FOR_DIVISION_BY_ZERO },
    { "HIGH_NOT_PRECEDENCE", PL_MODE_HIGH_NOT_PRECEDENCE },
    { "NO_ENGINE_SUBSTITUTION", PL_MODE_NO_ENGINE_SUBSTITUTION },
    { "TIME_TRUNCATE_FRACTIONAL", PL_MODE_TIME_TRUNCATE_FRACTIONAL },
};

/* MySQL lists the flags in its own fixed order, the table's. */
static size_t sql_mode_text(uint32_t mode, char *buf, size_t cap)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof sql_modes / sizeof sql_modes[0]; i++) {
        if (!(mode & sql_modes[i].bits))
            continue;
        n += (size_t)snprintf(buf + n, cap - n, "%s%s", n ? "," : "", sql_modes[i].name);
        if (n >= cap)
            return cap - 1;
    }
    return n;
}

static int parse_sql_mode(pl_eval_ctx *cx, const char *s, size_t n, uint32_t *out)
{
    static const struct { const char *name; uint32_t bits; } combos[] = {
        { "TRADITIONAL", PL_MODE_STRICT_TRANS_TABLES | PL_MODE_STRICT_ALL_TABLES | PL_MODE_NO_ZERO_DATE |
                             PL_MODE_NO_ZERO_IN_DATE | PL_MODE_ERROR_FOR_DIVISION_BY_ZERO |
                             PL_MODE_NO_ENGINE_SUBSTITUTION },
        { "ANSI", PL_MODE_REAL_AS_FLOAT | PL_MODE_PIPES_AS_CONCAT | PL_MODE_ANSI_QUOTES |
                      PL_MODE_ONLY_FULL_GROUP_BY },
        /* Accepted and without effect in JimKV. */
        { "NO_AUTO_VALUE_ON_ZERO", 0 }, { "NO_DIR_IN_CREATE", 0 }, { "PAD_CHAR_TO_FULL_LENGTH", 0 },
        { "ALLOW_INVALID_DATES", 0 },
    };
    uint32_t mode = 0;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ',')
            j++;
        bool found = j == i;
        for (size_t k = 0; k < sizeof sql_modes / sizeof sql_modes[0] && !found; k++)
            if (strlen(sql_modes[k].name) == j - i && !strncasecmp(sql_modes[k].name, s + i, j - i))
                mode |= sql_modes[k].bits, found = true;
        for (size_t k = 0; k < sizeof combos / sizeof combos[0] && !found; k++)
            if (strlen(combos[k].name) == j - i && !strncasecmp(combos[k].name, s + i, j - i))
                mode |= combos[k].bits, found = true;
        if (!found) {
            pl_error(cx, 1231, "42000", "Variable 'sql_mode' can't be set to the value of '%.*s'", (int)(j - i),
                     s + i);
            return -1;
        }
        i = j + 1;
    }
    *out = mode;
    return 0;
}

static int parse_time_zone(const char *s, size_t n, int32_t *offset)
{
    if ((n == 6 || n == 5) && (s[0] == '+' || s[0] == '-') && s[n - 3] == ':') {
        int h = n == 6 ? (s[1] - '0') * 10 + (s[2] - '0') : s[1] - '0';
        int m = (s[n - 2] - '0') * 10 + (s[n - 1] - '0');
        if (h < 0 || h > 14 || m < 0 || m > 59 || (h == 14 && m > 0))
            return -1;
        *offset = (h * 3600 + m * 60) * (s[0] == '-' ? -1 : 1);
        return 0;
    }
    if ((n == 6 && !strncasecmp(s, "SYSTEM", 6)) || (n == 3 && !strncasecmp(s, "UTC", 3))) {
        *offset = 0;
        return 0;
    }
    return -1;
}

/* ---- reading ---- */

static bool no_memory(pl_eval_ctx *cx)
{
    pl_error(cx, 1041, "HY000", "Out of memory.");
    return false;
}

static char *arena_text(pl_eval_ctx *cx, const char *s, size_t n)
{
    return jk_arena_strndup(cx->arena, s, n);
}

/* The global value: the server's setting or MySQL's default. */
static const char *global_text(const pl_session *s, const sysvar *sv, size_t *len)
{
    const sql_sysvar_globals *g = s->sysvar_globals;
    const char *t = g && g->text[sv - sysvars] ? g->text[sv - sysvars] : sv->dflt;
    *len = strlen(t);
    return t;
}

/* The current text of a variable of the override store or its global value
 * (a session starts from the global values, as in MySQL). */
static const char *stored_text(pl_eval_ctx *cx, const sysvar *sv, size_t *len)
{
    char key[80];
    snprintf(key, sizeof key, "@@%s", sv->name);
    pl_value v;
    pl_type t;
    if (pl_session_get_var(cx->session, key, strlen(key), &v, &t) && v.cls == PL_STRING) {
        *len = v.len;
        return v.s;
    }
    return global_text(cx->session, sv, len);
}

/* The text of the session value (what SHOW VARIABLES prints). */
static const char *value_text(pl_eval_ctx *cx, const sysvar *sv, bool global, char *buf, size_t cap, size_t *len)
{
    pl_session *s = cx->session;
    if (global && sv->field != F_VERSION)
        return global_text(s, sv, len);
    switch ((sv_field)sv->field) {
    case F_SQL_MODE:
        *len = sql_mode_text(s->sql_mode, buf, cap);
        return buf;
    case F_TIME_ZONE: {
        if (s->time_zone_offset == 0 && !s->time_zone_set) {
            *len = 6;
            return "SYSTEM";
        }
        int off = s->time_zone_offset;
        *len = (size_t)snprintf(buf, cap, "%c%02d:%02d", off < 0 ? '-' : '+', abs(off) / 3600, abs(off) / 60 % 60);
        return buf;
    }
    case F_TIMESTAMP: {
        int64_t us = pl_session_now_us(cx);
        *len = (size_t)snprintf(buf, cap, "%lld.%06lld", (long long)(us / 1000000), (long long)(us % 1000000));
        return buf;
    }
    case F_COLLATION_CONNECTION:
    case F_CHARSET_CONNECTION: {
        const pl_collation *c = pl_coll_by_id(s->collation_connection);
        const char *t = !c ? "" : sv->field == F_COLLATION_CONNECTION ? c->name : c->charset;
        *len = strlen(t);
        return t;
    }
    case F_DIV_PRECISION:
        *len = (size_t)snprintf(buf, cap, "%d", s->div_precision_increment);
        return buf;
    case F_MAX_ALLOWED_PACKET:
        *len = (size_t)snprintf(buf, cap, "%llu", (unsigned long long)s->max_allowed_packet);
        return buf;
    case F_LAST_INSERT_ID:
        *len = (size_t)snprintf(buf, cap, "%llu", (unsigned long long)s->last_insert_id);
        return buf;
    case F_WARNING_COUNT:
    case F_ERROR_COUNT: {
        uint32_t n = 0, shown = s->diag.stored;
        for (uint32_t i = 0; i < shown; i++)
            if (sv->field == F_WARNING_COUNT || s->diag.cond[i].level == PL_LEVEL_ERROR)
                n++;
        if (sv->field == F_WARNING_COUNT)
            n = s->diag.count;
        *len = (size_t)snprintf(buf, cap, "%u", n);
        return buf;
    }
    case F_PSEUDO_THREAD_ID:
        *len = (size_t)snprintf(buf, cap, "%llu", (unsigned long long)s->connection_id);
        return buf;
    case F_AUTOCOMMIT:
        *len = 1;
        return s->autocommit_off ? "0" : "1";
    case F_VERSION:
    case F_NONE:
        break;
    }
    return stored_text(cx, sv, len);
}

bool sql_sysvar_get(pl_eval_ctx *cx, const char *name, int scope, pl_value *v, pl_type *t)
{
    const sysvar *sv = find(name);
    if (!sv) {
        pl_error(cx, 1193, "HY000", "Unknown system variable '%s'", name);
        return false;
    }
    if (scope == SQL_SCOPE_SESSION && !(sv->flags & SV_SESSION)) {
        pl_error(cx, 1238, "HY000", "Variable '%s' is a GLOBAL variable", sv->name);
        return false;
    }
    if (scope == SQL_SCOPE_GLOBAL && !(sv->flags & SV_GLOBAL)) {
        pl_error(cx, 1238, "HY000", "Variable '%s' is a SESSION variable", sv->name);
        return false;
    }
    bool global = scope == SQL_SCOPE_GLOBAL || !(sv->flags & SV_SESSION);
    char buf[512];
    size_t len;
    const char *text = value_text(cx, sv, global, buf, sizeof buf, &len);
    switch ((sv_kind)sv->kind) {
    case SV_INT:
    case SV_BOOL:
        *v = pl_int64(strtoll(text, NULL, 10));
        *t = pl_type_int(21, false);
        return true;
    case SV_UINT:
        *v = pl_uint64(strtoull(text, NULL, 10));
        *t = pl_type_int(21, true);
        return true;
    case SV_DECIMAL: {
        pl_decimal *d = jk_arena_alloc(cx->arena, sizeof *d);
        if (!d)
            return no_memory(cx);
        pl_dec_parse(text, len, d);
        *v = pl_dec(d);
        *t = pl_type_decimal(20, 6);
        return true;
    }
    case SV_STRING: {
        char *copy = arena_text(cx, text, len);
        if (!copy)
            return no_memory(cx);
        *v = pl_str(copy, len, PL_COLL_UTF8MB4_GENERAL_CI);
        *t = pl_type_string((uint32_t)len, PL_COLL_UTF8MB4_GENERAL_CI);
        return true;
    }
    }
    return false;
}

void sql_sysvar_foreach(pl_eval_ctx *cx, bool global, void (*fn)(void *arg, const char *name, const char *text, size_t len),
                        void *arg)
{
    for (size_t i = 0; i < NVARS; i++) {
        const sysvar *sv = &sysvars[i];
        const sysvar *target = sv->alias ? find(sv->name) : sv;
        if (global ? !(target->flags & SV_GLOBAL) : false)
            continue;
        char buf[512];
        size_t len;
        const char *text = value_text(cx, target, global || !(target->flags & SV_SESSION), buf, sizeof buf, &len);
        if (sv->kind == SV_BOOL) {
            text = strtoll(text, NULL, 10) ? "ON" : "OFF";
            len = strlen(text);
        }
        fn(arg, sv->name, text, len);
    }
}

bool sql_sysvar_show_text(pl_eval_ctx *cx, const char *name, char *buf, size_t cap, const char **text, size_t *len)
{
    const sysvar *sv = find(name);
    if (!sv)
        return false;
    *text = value_text(cx, sv, !(sv->flags & SV_SESSION), buf, cap, len);
    if (sv->kind == SV_BOOL) {
        *text = strtoll(*text, NULL, 10) ? "ON" : "OFF";
        *len = strlen(*text);
    }
    return true;
}

/* ---- writing ---- */

static int store_text(pl_eval_ctx *cx, const sysvar *sv, const char *text, size_t len)
{
    char key[80];
    snprintf(key, sizeof key, "@@%s", sv->name);
    pl_value v = pl_str(text, len, PL_COLL_UTF8MB4_GENERAL_CI);
    pl_type t = pl_type_string((uint32_t)len, PL_COLL_UTF8MB4_GENERAL_CI);
    if (!pl_session_set_var(cx->session, key, strlen(key), &v, &t))
        return no_memory(cx), -1;
    return 0;
}

static int wrong_value(pl_eval_ctx *cx, const sysvar *sv, const char *text, size_t len)
{
    pl_error(cx, 1231, "42000", "Variable '%s' can't be set to the value of '%.*s'", sv->name, (int)len, text);
    return -1;
}

/* Booleans accept ON/OFF, TRUE/FALSE and 1/0. */
static int bool_value(const pl_value *value, const char *text, size_t len)
{
    if (value->cls == PL_INT)
        return value->i == 0 ? 0 : value->i == 1 ? 1 : -1;
    if ((len == 2 && !strncasecmp(text, "ON", 2)) || (len == 4 && !strncasecmp(text, "TRUE", 4)))
        return 1;
    if ((len == 3 && !strncasecmp(text, "OFF", 3)) || (len == 5 && !strncasecmp(text, "FALSE", 5)))
        return 0;
    return -1;
}

static int set_isolation(pl_eval_ctx *cx, const sysvar *sv, const char *text, size_t len)
{
    static const char *const levels[] = { "READ-UNCOMMITTED", "READ-COMMITTED", "REPEATABLE-READ", "SERIALIZABLE" };
    for (size_t i = 0; i < 4; i++)
        if (strlen(levels[i]) == len && !strncasecmp(levels[i], text, len))
            return store_text(cx, sv, levels[i], len);
    return wrong_value(cx, sv, text, len);
}

int sql_sysvar_set(pl_eval_ctx *cx, const char *name, int scope, const pl_value *value, const pl_type *type)
{
    const sysvar *sv = find(name);
    if (!sv) {
        pl_error(cx, 1193, "HY000", "Unknown system variable '%s'", name);
        return -1;
    }
    if (sv->flags & SV_READONLY) {
        pl_error(cx, 1238, "HY000", "Variable '%s' is a read only variable", sv->name);
        return -1;
    }
    if (scope == SQL_SCOPE_GLOBAL || !(sv->flags & SV_SESSION)) {
        if (scope != SQL_SCOPE_GLOBAL && !(sv->flags & SV_SESSION)) {
            pl_error(cx, 1229, "HY000", "Variable '%s' is a GLOBAL variable and should be set with SET GLOBAL",
                     sv->name);
            return -1;
        }
        pl_error(cx, 1227, "42000",
                 "Access denied; you need (at least one of) the SUPER or SYSTEM_VARIABLES_ADMIN privilege(s) for this operation");
        return -1;
    }
    pl_session *s = cx->session;
    char buf[PL_TEXT_MAX];
    size_t len = 0;
    const char *text = NULL;
    if (value) {
        if (pl_is_null(value)) {
            if (!(sv->flags & SV_NULLABLE)) {
                pl_error(cx, 1231, "42000", "Variable '%s' can't be set to the value of 'NULL'", sv->name);
                return -1;
            }
            text = "";
        } else {
            text = pl_to_text(value, type, buf, &len);
        }
    }
    switch ((sv_field)sv->field) {
    case F_SQL_MODE: {
        uint32_t mode = PL_MODE_ONLY_FULL_GROUP_BY | PL_MODE_STRICT_TRANS_TABLES | PL_MODE_NO_ZERO_IN_DATE |
                        PL_MODE_NO_ZERO_DATE | PL_MODE_ERROR_FOR_DIVISION_BY_ZERO | PL_MODE_NO_ENGINE_SUBSTITUTION;
        if (text && parse_sql_mode(cx, text, len, &mode) != 0)
            return -1;
        s->sql_mode = mode;
        return 0;
    }
    case F_TIME_ZONE: {
        int32_t off = 0;
        if (text && parse_time_zone(text, len, &off) != 0) {
            pl_error(cx, 1298, "HY000", "Unknown or incorrect time zone: '%.*s'", (int)len, text);
            return -1;
        }
        s->time_zone_offset = off;
        s->time_zone_set = text && !(len == 6 && !strncasecmp(text, "SYSTEM", 6));
        return 0;
    }
    case F_TIMESTAMP: {
        double d = text ? pl_to_double(cx, value) : 0;
        s->timestamp_us = d <= 0 ? 0 : (int64_t)(d * 1e6 + 0.5);
        return 0;
    }
    case F_COLLATION_CONNECTION:
    case F_CHARSET_CONNECTION: {
        const pl_collation *c = !text ? pl_coll_by_id(PL_COLL_UTF8MB4_0900_AI_CI)
                                : sv->field == F_COLLATION_CONNECTION ? pl_coll_by_name(text, len)
                                                                      : pl_coll_default_of_charset(text, len);
        if (!c) {
            if (sv->field == F_COLLATION_CONNECTION)
                pl_error(cx, 1273, "HY000", "Unknown collation: '%.*s'", (int)len, text);
            else
                pl_error(cx, 1115, "42000", "Unknown character set: '%.*s'", (int)len, text);
            return -1;
        }
        s->collation_connection = c->id;
        return 0;
    }
    case F_DIV_PRECISION: {
        int64_t x = text ? pl_to_int(cx, value, NULL) : PL_DEC_DIV_INCREMENT_DEFAULT;
        s->div_precision_increment = (int)(x < 0 ? 0 : x > 30 ? 30 : x);
        return 0;
    }
    case F_MAX_ALLOWED_PACKET:
        pl_error(cx, 1621, "HY000",
                 "SESSION variable 'max_allowed_packet' is read-only. Use SET GLOBAL to assign the value");
        return -1;
    case F_LAST_INSERT_ID:
        s->last_insert_id = text ? (uint64_t)pl_to_int(cx, value, NULL) : 0;
        return 0;
    case F_PSEUDO_THREAD_ID:
        return 0;
    case F_AUTOCOMMIT: {
        int b = text ? bool_value(value, text, len) : 1;
        if (b < 0)
            return wrong_value(cx, sv, text, len);
        /* Turning autocommit on commits the open transaction, as in MySQL. */
        if (b)
            s->in_transaction = false;
        s->autocommit_off = !b;
        return 0;
    }
    case F_WARNING_COUNT:
    case F_ERROR_COUNT:
    case F_VERSION:
    case F_NONE:
        break;
    }
    if (!text)
        return store_text(cx, sv, sv->dflt, strlen(sv->dflt));
    switch ((sv_kind)sv->kind) {
    case SV_BOOL: {
        int b = bool_value(value, text, len);
        if (b < 0)
            return wrong_value(cx, sv, text, len);
        return store_text(cx, sv, b ? "1" : "0", 1);
    }
    case SV_INT:
    case SV_UINT:
    case SV_DECIMAL:
        if (value->cls == PL_STRING && !(value->flags & PL_VF_HEXNUM)) {
            pl_error(cx, 1232, "42000", "Incorrect argument type to variable '%s'", sv->name);
            return -1;
        }
        {
            char num[32];
            int n = snprintf(num, sizeof num, "%lld", (long long)pl_to_int(cx, value, NULL));
            return store_text(cx, sv, num, (size_t)n);
        }
    case SV_STRING:
        if (!strcmp(sv->name, "transaction_isolation"))
            return set_isolation(cx, sv, text, len);
        if (!strncmp(sv->name, "character_set_", 14) && len &&
            !pl_coll_default_of_charset(text, len) && strncasecmp(text, "latin1", len) != 0) {
            pl_error(cx, 1115, "42000", "Unknown character set: '%.*s'", (int)len, text);
            return -1;
        }
        return store_text(cx, sv, text, len);
    }
    return 0;
}

/* ---- the server's global values ---- */

sql_sysvar_globals *sql_sysvar_globals_new(void) { return calloc(1, sizeof(sql_sysvar_globals)); }

bool sql_sysvar_globals_set(sql_sysvar_globals *g, const char *name, const char *text)
{
    const sysvar *sv = find(name);
    if (!sv)
        return false;
    char *copy = strdup(text);
    if (!copy)
        return false;
    free(g->text[sv - sysvars]);
    g->text[sv - sysvars] = copy;
    return true;
}

void sql_sysvar_globals_free(sql_sysvar_globals *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < NVARS; i++)
        free(g->text[i]);
    free(g);
}
