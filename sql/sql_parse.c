/*
 * sql_parse: the entry point of the SQL front (include/jimkv/sql.h).
 *
 * Runs the tokenizer and the Lemon parser over the text, and turns a
 * failure into MySQL's error: 1064 (42000) with the "near '...' at line N"
 * text for syntax errors, 1041 when the arena runs out.
 */
#include <stdio.h>
#include <string.h>

#include "ast_build.h"
#include "sql_tok.h"
#include "jimkv/assert.h"
#include "jimkv/sql.h"
#include "parse.h"

void sql_parser_run(sql_parse_ctx *p);

#define NEAR_TEXT_MAX 80

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void set_error(sql_error *err, int code, const char *sqlstate, const char *message)
{
    err->code = code;
    memcpy(err->sqlstate, sqlstate, 5);
    err->sqlstate[5] = '\0';
    snprintf(err->message, sizeof(err->message), "%s", message);
}

/* How many bytes of near_text MySQL quotes: '%-.80s' formatted in the
 * client character set (utf8mb4) keeps the longest run of whole,
 * well-formed characters within 80 bytes (my_well_formed_length). */
static size_t near_text_len(const char *z, size_t len)
{
    size_t n = 0;
    while (n < len) {
        size_t k = sql_utf8_seq_len((const unsigned char *)z + n, len - n);
        if (k == 0 || n + k > NEAR_TEXT_MAX) break;
        n += k;
    }
    return n;
}

/* MySQL's ER_PARSE_ERROR text: the rest of the statement from the
 * offending token and the line the token is on (every line feed before
 * it counts, as in MySQL's lexer). */
static void error_near(const char *sql, size_t len, size_t pos, const char *what, sql_error *err)
{
    if (pos > len) pos = len;
    int line = 1;
    for (size_t i = 0; i < pos; i++)
        if (sql[i] == '\n') line++;
    size_t near_len = near_text_len(sql + pos, len - pos);
    char msg[SQL_ERRMSG_SIZE];
    snprintf(msg, sizeof(msg), "%s near '%.*s' at line %d", what, (int)near_len, sql + pos, line);
    set_error(err, 1064, "42000", msg);
}

#define SYNTAX_ERROR_TEXT                                                       \
    "You have an error in your SQL syntax; check the manual that corresponds " \
    "to your MySQL server version for the right syntax to use"

static void syntax_error(const sql_parse_ctx *p, const char *what, sql_error *err)
{
    error_near(p->sql, p->len, p->error_pos, what, err);
}

void sql_syntax_error_at(const char *sql, size_t len, size_t pos, sql_error *err)
{
    error_near(sql, len, pos, SYNTAX_ERROR_TEXT, err);
}

size_t sql_statement_start(const char *sql, size_t len)
{
    size_t off = 0;
    while (off < len) {
        size_t consumed;
        size_t n = sql_split_next(sql + off, len - off, &consumed);
        sql_lexer lx;
        sql_lexer_init(&lx, sql + off, n);
        sql_token first = sql_lex(&lx);
        if (first.type != 0)
            return (size_t)(first.z - sql);
        off += consumed ? consumed : len - off;
    }
    return len;
}

size_t sql_text_after_first(const char *sql, size_t len)
{
    size_t start = sql_statement_start(sql, len);
    if (start == len)
        return len;
    size_t consumed;
    sql_split_next(sql + start, len - start, &consumed);
    size_t rest = consumed ? start + consumed : len;
    sql_lexer lx;
    sql_lexer_init(&lx, sql + rest, len - rest);
    sql_token t = sql_lex(&lx);
    return t.type != 0 ? (size_t)(t.z - sql) : len;
}

/* setjmp sits in a frame of its own, and the context it guards lives in the
 * caller's: C11 leaves a local changed between setjmp and longjmp
 * indeterminate afterwards, and here no such local exists. */
static void run_guarded(sql_parse_ctx *ctx)
{
    jmp_buf bail;
    ctx->bail = &bail;
    if (setjmp(bail) == 0) {
        ctx->stmts = ast_new(ctx, AST_STMT_LIST);
        sql_parser_run(ctx);
    }
    ctx->bail = NULL;
}

int sql_parse(jk_arena *arena, const char *sql, size_t len, ast **out, sql_error *err)
{
    return sql_parse_tree(arena, arena, sql, len, out, err);
}

int sql_parse_tree(jk_arena *arena, jk_arena *scratch, const char *sql, size_t len, ast **out, sql_error *err)
{
    JK_ASSERT(arena && scratch && out && err);
    *out = NULL;
    memset(err, 0, sizeof(*err));
    /* As MySQL's server does before parsing (alloc_query): leading spaces,
     * and trailing spaces and semicolons, are not part of the statement;
     * error positions and line numbers count from the trimmed text. */
    while (len > 0 && is_space(sql[0])) sql++, len--;
    while (len > 0 && (is_space(sql[len - 1]) || sql[len - 1] == ';')) len--;
    if (len > SQL_PARSE_TEXT_MAX) {
        /* Positions inside the tree are 32-bit; MySQL's own ceiling is a
         * 1 GB packet. */
        set_error(err, 1153, "08S01", "Got a packet bigger than 'max_allowed_packet' bytes");
        return -1;
    }
    sql_parse_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.arena = arena;
    ctx.scratch = scratch;
    ctx.sql = sql;
    ctx.len = len;
    run_guarded(&ctx);
    switch (ctx.failure) {
    case PARSE_OK:
        *out = ctx.stmts;
        return 0;
    case PARSE_SYNTAX:
        syntax_error(&ctx, SYNTAX_ERROR_TEXT, err);
        return -1;
    case PARSE_TOO_DEEP:
        ctx.error_pos = ctx.token_pos;
        syntax_error(&ctx, "memory exhausted", err);
        return -1;
    case PARSE_NO_MEMORY:
        set_error(err, 1041, "HY000",
                  "Out of memory; check if mysqld or some other process uses all available "
                  "memory; if not, you may have to use 'ulimit' to allow mysqld to use more "
                  "memory or you can add more swap space");
        return -1;
    }
    JK_ASSERT(0);
    return -1;
}

size_t sql_split_next(const char *sql, size_t len, size_t *consumed)
{
    /* The raw tokenizer already knows quotes and comments; a ';' token
     * outside them ends the statement.  An unterminated quote or comment
     * runs to the end of the text, as the mysql client would read it. */
    size_t pos = 0;
    int prev = 0;
    while (pos < len) {
        int type;
        bool exec = false;
        size_t n = sql_token_raw(sql + pos, len - pos, prev, &type, &exec);
        if (type == TK_SEMI) {
            *consumed = pos + 1;
            return pos;
        }
        if (type != TK_SPACE) prev = type;
        pos += n;
    }
    *consumed = len;
    return len;
}
