/*
 * The tokenizer against MySQL 8's lexical rules, token by token.
 */
#include <string.h>

#include "../../test/jk_test.h"
#include "jimkv/sql.h"
#include "parse.h"
#include "sql_tok.h"

#define TOKENS_MAX 64

/* Lex sql fully; returns the number of tokens (the end marker excluded). */
static int lex_all(const char *sql, sql_token *out)
{
    sql_lexer lx;
    sql_lexer_init(&lx, sql, strlen(sql));
    int n = 0;
    for (; n < TOKENS_MAX; n++) {
        out[n] = sql_lex(&lx);
        if (out[n].type == 0) break;
        if (out[n].type == TK_ILLEGAL || out[n].type == TK_UNTERMINATED) return n + 1;
    }
    return n;
}

/* One token of the given type spanning the whole (trimmed) input. */
static bool single(const char *sql, int type)
{
    sql_token t[TOKENS_MAX];
    int n = lex_all(sql, t);
    if (n != 1 || t[0].type != type) {
        fprintf(stderr, "  %s: %d tokens, first type %d (wanted %d)\n", sql, n, n ? t[0].type : -1, type);
        return false;
    }
    return true;
}

static bool text_is(sql_token t, const char *s) { return t.n == strlen(s) && !memcmp(t.z, s, t.n); }

/* `a<NUL>b`: a quoted name may not contain U+0000. */
static bool parses_nul_name(void)
{
    static const char sql[] = "`a\0b`";
    sql_lexer lx;
    sql_lexer_init(&lx, sql, sizeof(sql) - 1);
    return sql_lex(&lx).type == TK_ID;
}

TEST(tokenizer, identifiers_including_digit_led_and_utf8)
{
    CHECK(single("abc", TK_ID));
    CHECK(single("_a$b9", TK_ID));
    CHECK(single("1a", TK_ID));
    CHECK(single("12e", TK_ID));
    CHECK(single("0xg", TK_ID));
    CHECK(single("r\xc3\xa9sum\xc3\xa9", TK_ID));
    CHECK(single("\xe4\xb8\xad\xe6\x96\x87", TK_ID));
    CHECK(single("`a``b`", TK_ID));
    CHECK(single("`select`", TK_ID));
    CHECK(single("\xff" "abc", TK_ILLEGAL));   /* invalid UTF-8 */
    CHECK(single("a\xc3", TK_ILLEGAL));        /* truncated sequence */
    CHECK(single("`abc", TK_UNTERMINATED));
    CHECK(single("`a\xc3`", TK_ILLEGAL));       /* invalid UTF-8 in a quoted name */
    CHECK(!parses_nul_name());
}

TEST(tokenizer, reserved_and_nonreserved_keywords)
{
    CHECK(single("select", TK_SELECT));
    CHECK(single("SeLeCt", TK_SELECT));
    CHECK(single("date", TK_DATE));           /* non-reserved: falls back to a name in the grammar */
    CHECK(sql_keyword_is_reserved("from", 4));
    CHECK(!sql_keyword_is_reserved("status", 6));
    CHECK(!sql_keyword_is_reserved("date", 4));
    CHECK(!sql_keyword_is_reserved("comment", 7));
    CHECK(sql_keyword_is_reserved("ACCESSIBLE", 10));   /* reserved though unused by the grammar */
    CHECK(single("accessible", TK_ACCESSIBLE));
}

TEST(tokenizer, function_name_keywords_only_before_paren)
{
    sql_token t[TOKENS_MAX];
    CHECK_EQ_INT(lex_all("substring(x", t), 3);
    CHECK_EQ_INT(t[0].type, TK_SUBSTRING);
    CHECK_EQ_INT(lex_all("substring (x", t), 3);
    CHECK_EQ_INT(t[0].type, TK_ID);
    CHECK(single("cast", TK_ID));
}

TEST(tokenizer, word_after_period_is_a_name)
{
    sql_token t[TOKENS_MAX];
    CHECK_EQ_INT(lex_all("t.select", t), 3);
    CHECK_EQ_INT(t[2].type, TK_ID);
    CHECK_EQ_INT(lex_all("t.1a", t), 3);
    CHECK_EQ_INT(t[2].type, TK_ID);
    CHECK_EQ_INT(lex_all("@@global.status", t), 4);
    CHECK_EQ_INT(t[3].type, TK_ID);
}

TEST(tokenizer, strings_and_escapes)
{
    CHECK(single("'abc'", TK_TEXT_STRING));
    CHECK(single("\"abc\"", TK_TEXT_STRING));
    CHECK(single("'it''s'", TK_TEXT_STRING));
    CHECK(single("'a\\'b'", TK_TEXT_STRING));
    CHECK(single("'\\\\'", TK_TEXT_STRING));
    CHECK(single("'abc", TK_UNTERMINATED));
    CHECK(single("'abc\\'", TK_UNTERMINATED));
    CHECK(single("N'x'", TK_NCHAR_STRING));
    CHECK(single("n'x'", TK_NCHAR_STRING));
    CHECK(single("_utf8mb4", TK_UNDERSCORE_CHARSET));
    CHECK(single("_BINARY", TK_UNDERSCORE_CHARSET));
    CHECK(single("_nosuchcharset", TK_ID));
    sql_token t[TOKENS_MAX];
    CHECK_EQ_INT(lex_all("'a' 'b'", t), 2);
    CHECK_EQ_INT(lex_all("_utf8mb4'x'", t), 2);
    CHECK_EQ_INT(t[0].type, TK_UNDERSCORE_CHARSET);
    CHECK_EQ_INT(t[1].type, TK_TEXT_STRING);
}

TEST(tokenizer, numbers_of_every_form)
{
    CHECK(single("123", TK_NUM));
    CHECK(single("18446744073709551616", TK_NUM));
    CHECK(single("1.5", TK_DECIMAL_NUM));
    CHECK(single(".5", TK_DECIMAL_NUM));
    CHECK(single("1.", TK_DECIMAL_NUM));
    CHECK(single("1e10", TK_FLOAT_NUM));
    CHECK(single("1.5E-3", TK_FLOAT_NUM));
    CHECK(single(".5e+2", TK_FLOAT_NUM));
    CHECK(single("0x1F", TK_HEX_NUM));
    CHECK(single("X'1F'", TK_HEX_STRING));
    CHECK(single("x''", TK_HEX_STRING));
    CHECK(single("X'1G'", TK_ILLEGAL));
    CHECK(single("X'123'", TK_ILLEGAL));       /* odd number of digits */
    CHECK(single("0b101", TK_BIN_NUM));
    CHECK(single("B'101'", TK_BIN_STRING));
    CHECK(single("b'102'", TK_ILLEGAL));
    sql_token t[TOKENS_MAX];
    CHECK_EQ_INT(lex_all("1+2", t), 3);
    CHECK_EQ_INT(lex_all("a.b", t), 3);        /* not a number */
    CHECK_EQ_INT(t[1].type, TK_DOT);
}

TEST(tokenizer, comments_of_every_form)
{
    sql_token t[TOKENS_MAX];
    CHECK_EQ_INT(lex_all("1 # comment\n2", t), 2);
    CHECK_EQ_INT(lex_all("1 -- comment\n2", t), 2);
    CHECK_EQ_INT(lex_all("1 --\n2", t), 2);
    CHECK_EQ_INT(lex_all("1 --2", t), 4);      /* "--" without a space is two minuses */
    CHECK_EQ_INT(lex_all("1 /* c */ 2", t), 2);
    CHECK_EQ_INT(lex_all("1 /*+ HINT(x) */ 2", t), 2);
    CHECK_EQ_INT(lex_all("1 /* open", t), 2);
    CHECK_EQ_INT(t[1].type, TK_UNTERMINATED);
}

TEST(tokenizer, executable_comments_are_scanned)
{
    sql_token t[TOKENS_MAX];
    CHECK_EQ_INT(lex_all("/*!40101 SET x=1 */", t), 4);
    CHECK_EQ_INT(t[0].type, TK_SET);
    CHECK(text_is(t[3], "1"));
    CHECK_EQ_INT(lex_all("/*! SELECT = innodb */ ", t), 3);
    CHECK_EQ_INT(t[0].type, TK_SELECT);
    CHECK_EQ_INT(lex_all("a /*!99999 b */ c", t), 2);   /* a newer version: a comment */
    CHECK(text_is(t[1], "c"));
    CHECK_EQ_INT(lex_all("/*M!100616 SET x */ a", t), 1); /* MariaDB-only: a comment */
    CHECK_EQ_INT(lex_all("/*!40101 a", t), 2);
    CHECK_EQ_INT(t[1].type, TK_UNTERMINATED);
}

TEST(tokenizer, variables_and_placeholders)
{
    CHECK(single("?", TK_PARAM));
    CHECK(single("@a", TK_USERVAR));
    CHECK(single("@a.b_c$", TK_USERVAR));
    CHECK(single("@'q v'", TK_USERVAR));
    CHECK(single("@\"q\"", TK_USERVAR));
    CHECK(single("@`q`", TK_USERVAR));
    CHECK(single("@'q", TK_UNTERMINATED));
    sql_token t[TOKENS_MAX];
    CHECK_EQ_INT(lex_all("@@global.x", t), 4);
    CHECK_EQ_INT(t[0].type, TK_AT_AT);
    CHECK_EQ_INT(t[1].type, TK_GLOBAL);
}

TEST(tokenizer, operators_longest_match_first)
{
    static const struct { const char *text; int type; } ops[] = {
        { ":=", TK_SET_VAR }, { "<=>", TK_NSEQ }, { "->", TK_JSON_SEPARATOR },
        { "->>", TK_JSON_UNQUOTED_SEPARATOR }, { "||", TK_OR_OR }, { "&&", TK_AND_AND },
        { "!=", TK_NE }, { "<>", TK_NE }, { "<=", TK_LE }, { ">=", TK_GE }, { "<<", TK_SHIFT_LEFT },
        { ">>", TK_SHIFT_RIGHT }, { "!", TK_BANG }, { "~", TK_BITNOT }, { "^", TK_BITXOR },
        { "&", TK_BITAND }, { "|", TK_BITOR }, { "%", TK_PERCENT }, { "=", TK_EQ }, { "<", TK_LT },
        { ">", TK_GT }, { "+", TK_PLUS }, { "-", TK_MINUS }, { "*", TK_STAR }, { "/", TK_SLASH },
        { "(", TK_LP }, { ")", TK_RP }, { ",", TK_COMMA }, { ";", TK_SEMI }, { ".", TK_DOT },
    };
    for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) CHECK(single(ops[i].text, ops[i].type));
    CHECK(single("[", TK_ILLEGAL));
    CHECK(single("\x01", TK_ILLEGAL));
}

TEST(tokenizer, script_splitting_honours_quotes_and_comments)
{
    const char *sql = "SELECT ';' /* ; */ -- ;\n; SELECT `a;b`; ";
    size_t consumed;
    size_t n = sql_split_next(sql, strlen(sql), &consumed);
    CHECK_EQ_INT(sql[n], ';');
    CHECK_EQ_INT(consumed, n + 1);
    CHECK(strncmp(sql + consumed, " SELECT `a;b`", 13) == 0);
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
