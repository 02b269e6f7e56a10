/*
 * The MySQL 8 grammar, for the Lemon parser generator.
 *
 * One Lemon grammar kept in three files: this one (settings, names,
 * expressions, queries, data changes and the driver), parse_ddl.y (data
 * definition) and parse_admin.y (session and administration), spliced
 * together at build time by gen_keywords.cmake at the %include_grammar
 * lines.
 *
 * Layout follows SQLite's parse.y: settings, token declarations and the
 * keyword fallbacks (generated from keywords.txt at build time), the
 * precedence block, then one banner section per statement.  Actions are
 * short calls to the ast_* constructors (ast_build.h).  All nodes live in
 * the statement's arena, so no %destructor is needed: an abandoned parse
 * leaves nothing to free but the arena itself.
 *
 * The expression grammar is layered as MySQL's sql_yacc.yy is:
 *   expr       OR XOR AND NOT, IS [NOT] TRUE/FALSE/UNKNOWN
 *   bool_pri   IS [NOT] NULL, comparisons, = ANY (subquery)
 *   predicate  IN, BETWEEN, LIKE, REGEXP, SOUNDS LIKE, MEMBER OF
 *   bit_expr   | & << >> + - * / DIV MOD % ^
 *   simple_expr  operands, unary operators, COLLATE, function calls
 * so that NOT binds looser than comparisons while ! binds tighter than
 * everything but BINARY and COLLATE (MySQL 8.0 manual, "Operator
 * Precedence").
 */

%include {
#include <stdlib.h>
#include <string.h>

#include "ast_build.h"
#include "jimkv/assert.h"

/* Stop at the first syntax error; MySQL reports only that one. */
#define YYNOERRORRECOVERY 1
#define YYMALLOCARGTYPE size_t
}

%name sql_parser
%token_prefix TK_
%token_type {sql_token}
%default_type {ast *}
%extra_context {sql_parse_ctx *p}
%stack_size 4000
%start_symbol input

%syntax_error {
    (void)yymajor;
    if (p->failure == PARSE_OK) {
        p->failure = PARSE_SYNTAX;
        p->error_pos = (size_t)(TOKEN.z - p->sql);
    }
}
%stack_overflow {
    p->failure = PARSE_TOO_DEEP;
}
%parse_failure {
    if (p->failure == PARSE_OK) p->failure = PARSE_SYNTAX;
}

// Operators and literal tokens, in the tokenizer's terms (sql_tok.c).
%token ID TEXT_STRING NCHAR_STRING UNDERSCORE_CHARSET NUM DECIMAL_NUM FLOAT_NUM
       HEX_NUM BIN_NUM HEX_STRING BIN_STRING PARAM USERVAR AT_AT.
%token LP RP COMMA SEMI DOT EQ NSEQ NE LT LE GT GE SET_VAR PLUS MINUS STAR SLASH
       PERCENT BITAND BITOR BITXOR BITNOT BANG SHIFT_LEFT SHIFT_RIGHT AND_AND OR_OR
       JSON_SEPARATOR JSON_UNQUOTED_SEPARATOR LBRACE RBRACE.
// Two-word tokens the tokenizer forms by looking one word ahead, where one
// token of lookahead cannot tell the constructs apart (as MySQL's lexer does).
%token WITH_ROLLUP FOR_SYSTEM_TIME AS_OF AS_OF_TIMESTAMP RESPECT_NULLS IGNORE_NULLS.

%include_keyword_tokens.

// A bare keyword name (DATE, TIMESTAMP) or string yields to a following
// string: DATE '2020-01-01' is a literal and 'a' 'b' one string.
%nonassoc ROW_PARENS.
%nonassoc INTERVAL_FUNC.
%nonassoc NAME_BEFORE_STRING.
%nonassoc TEXT_STRING.
%left SET_VAR.
// SELECT a INTO @x ...: the INTO right after the select list wins over the
// INTO that may end the whole statement (both mean the same).
%nonassoc ROW.
%nonassoc INSERT_VALUES_ROW.
%nonassoc EMPTY_INTO.
%nonassoc INTO.
%left UNION EXCEPT.
%left INTERSECT.
%left CONDITIONLESS_JOIN.
%left JOIN INNER CROSS STRAIGHT_JOIN NATURAL LEFT RIGHT ON USING.
%left SUBQUERY_AS_EXPR.
// PARTITION BY ... ( opens the partition list, never a query after it.
%nonassoc NO_PARTITION_DEFS.
%left LP.
%left OR OR_OR.
%left XOR.
%left AND AND_AND.
%right NOT.
%left BETWEEN CASE WHEN THEN ELSE.
%left EQ NSEQ NE LT LE GT GE IS LIKE REGEXP RLIKE IN.
%left BITOR.
%left BITAND.
%left SHIFT_LEFT SHIFT_RIGHT.
%left PLUS MINUS.
%left STAR SLASH PERCENT DIV MOD.
%left BITXOR.
%left UMINUS BITNOT.
%right BANG.
%right BINARY COLLATE.
%left INTERVAL.

//////////////////////////// Statement lists ////////////////////////////////

input ::= cmdlist.
cmdlist ::= cmdlist SEMI ecmd.
cmdlist ::= ecmd.
ecmd ::= .
ecmd ::= cmd(C).                       { ast_add_statement(p, C); }

cmd(A) ::= select_stmt(B).             { A = B; }
cmd(A) ::= insert_stmt(B).             { A = B; }
cmd(A) ::= update_stmt(B).             { A = B; }
cmd(A) ::= delete_stmt(B).             { A = B; }
cmd(A) ::= with_clause(W) update_stmt(B). { A = ast_set(p, B, AST_K_UPD_WITH, W); }
cmd(A) ::= with_clause(W) delete_stmt(B). { A = ast_set(p, B, AST_K_DEL_WITH, W); }
cmd(A) ::= load_data_stmt(B).          { A = B; }

//////////////////////////// Names ///////////////////////////////////////////

// Non-reserved keywords become ID through %fallback.  DATE, TIME and
// TIMESTAMP also start literals (DATE '2020-01-01'), so the grammar lists
// them as names explicitly and one token of lookahead decides.
ident(A) ::= ID(X).                    { A = ast_ident(p, X); }
ident(A) ::= DATE(X). [NAME_BEFORE_STRING]      { A = ast_ident(p, X); }
ident(A) ::= TIME(X). [NAME_BEFORE_STRING]      { A = ast_ident(p, X); }
ident(A) ::= TIMESTAMP(X). [NAME_BEFORE_STRING] { A = ast_ident(p, X); }

ident_or_text(A) ::= ident(B).         { A = B; }
// A string standing for a name ('alias') must make a valid name: UTF-8, no NUL.
ident_or_text(A) ::= TEXT_STRING(X).   { A = ast_ident_from_string(p, X); }

simple_ident(A) ::= ident(X).          { A = ast_column_ref(p, X, NULL, NULL); }
simple_ident(A) ::= ident(X) DOT ident(Y).   { A = ast_column_ref(p, X, Y, NULL); }
simple_ident(A) ::= ident(X) DOT ident(Y) DOT ident(Z). { A = ast_column_ref(p, X, Y, Z); }

table_ident(A) ::= ident(X).           { A = ast_table_name(p, X, NULL); }
table_ident(A) ::= ident(X) DOT ident(Y). { A = ast_table_name(p, X, Y); }

ident_list(A) ::= ident(X).            { A = ast_list(p, X); }
ident_list(A) ::= ident_list(L) COMMA ident(X). { A = ast_append(p, L, X); }

//////////////////////////// Expressions /////////////////////////////////////

expr(A) ::= expr(X) OR expr(Y).        { A = ast_logic(p, OP_OR, X, Y); }
expr(A) ::= expr(X) OR_OR expr(Y).     { A = ast_logic(p, OP_OR, X, Y); }
expr(A) ::= expr(X) XOR expr(Y).       { A = ast_node2(p, AST_BINARY, OP_XOR, X, Y); }
expr(A) ::= expr(X) AND expr(Y).       { A = ast_logic(p, OP_AND, X, Y); }
expr(A) ::= expr(X) AND_AND expr(Y).   { A = ast_logic(p, OP_AND, X, Y); }
expr(A) ::= NOT expr(X).               { A = ast_node1(p, AST_UNARY, OP_NOT, X); }
expr(A) ::= bool_pri(X) IS TRUE.       { A = ast_node1(p, AST_IS, IS_TRUE, X); }
expr(A) ::= bool_pri(X) IS NOT TRUE.   { A = ast_node1(p, AST_IS, IS_TRUE, X); A->flags = AST_F_NOT; }
expr(A) ::= bool_pri(X) IS FALSE.      { A = ast_node1(p, AST_IS, IS_FALSE, X); }
expr(A) ::= bool_pri(X) IS NOT FALSE.  { A = ast_node1(p, AST_IS, IS_FALSE, X); A->flags = AST_F_NOT; }
expr(A) ::= bool_pri(X) IS UNKNOWN.    { A = ast_node1(p, AST_IS, IS_UNKNOWN, X); }
expr(A) ::= bool_pri(X) IS NOT UNKNOWN. { A = ast_node1(p, AST_IS, IS_UNKNOWN, X); A->flags = AST_F_NOT; }
expr(A) ::= bool_pri(X).               { A = X; }
// @a := expr binds loosest of all (MySQL's %left SET_VAR), so it sits here.
expr(A) ::= USERVAR(X) SET_VAR expr(Y). { A = ast_node2(p, AST_ASSIGN_VAR, 0, ast_user_var(p, X), Y); }

bool_pri(A) ::= bool_pri(X) IS NULL.   { A = ast_node1(p, AST_IS, IS_NULL, X); }
bool_pri(A) ::= bool_pri(X) IS NOT NULL. { A = ast_node1(p, AST_IS, IS_NULL, X); A->flags = AST_F_NOT; }
bool_pri(A) ::= bool_pri(X) comp_op(O) predicate(Y). { A = ast_node2(p, AST_BINARY, O, X, Y); }
bool_pri(A) ::= bool_pri(X) comp_op(O) ANY subquery(Y).
    { A = ast_node2(p, AST_QUANTIFIED, O, X, Y); A->flags = AST_F_ANY; }
bool_pri(A) ::= bool_pri(X) comp_op(O) SOME subquery(Y).
    { A = ast_node2(p, AST_QUANTIFIED, O, X, Y); A->flags = AST_F_ANY; }
bool_pri(A) ::= bool_pri(X) comp_op(O) ALL subquery(Y).
    { A = ast_node2(p, AST_QUANTIFIED, O, X, Y); A->flags = AST_F_ALL; }
bool_pri(A) ::= predicate(X).          { A = X; }

%type comp_op {int}
comp_op(A) ::= EQ.                     { A = OP_EQ; }
comp_op(A) ::= NSEQ.                   { A = OP_NSEQ; }
comp_op(A) ::= NE.                     { A = OP_NE; }
comp_op(A) ::= LT.                     { A = OP_LT; }
comp_op(A) ::= LE.                     { A = OP_LE; }
comp_op(A) ::= GT.                     { A = OP_GT; }
comp_op(A) ::= GE.                     { A = OP_GE; }

%type not_flag {uint32_t}
not_flag(A) ::= .                      { A = 0; }
not_flag(A) ::= NOT.                   { A = AST_F_NOT; }

predicate(A) ::= bit_expr(X) not_flag(N) IN subquery(S).
    { A = ast_node2(p, AST_IN, 0, X, S); A->flags = N; }
predicate(A) ::= bit_expr(X) not_flag(N) IN LP expr_list(L) RP.
    { A = ast_node2(p, AST_IN, 0, X, L); A->flags = N; }
predicate(A) ::= bit_expr(X) MEMBER OF LP simple_expr(Y) RP.
    { A = ast_node2(p, AST_MEMBER_OF, 0, X, Y); }
predicate(A) ::= bit_expr(X) MEMBER LP simple_expr(Y) RP.
    { A = ast_node2(p, AST_MEMBER_OF, 0, X, Y); }
predicate(A) ::= bit_expr(X) not_flag(N) BETWEEN bit_expr(L) AND predicate(H).
    { A = ast_node3(p, AST_BETWEEN, 0, X, L, H); A->flags = N; }
predicate(A) ::= bit_expr(X) SOUNDS LIKE bit_expr(Y).
    { A = ast_node2(p, AST_LIKE, OP_SOUNDS_LIKE, X, Y); }
predicate(A) ::= bit_expr(X) not_flag(N) LIKE simple_expr(Y).
    { A = ast_node2(p, AST_LIKE, OP_LIKE, X, Y); A->flags = N; }
predicate(A) ::= bit_expr(X) not_flag(N) LIKE simple_expr(Y) ESCAPE simple_expr(E).
    { A = ast_node3(p, AST_LIKE, OP_LIKE, X, Y, E); A->flags = N; }
predicate(A) ::= bit_expr(X) not_flag(N) REGEXP bit_expr(Y).
    { A = ast_node2(p, AST_LIKE, OP_REGEXP, X, Y); A->flags = N; }
predicate(A) ::= bit_expr(X) not_flag(N) RLIKE bit_expr(Y).
    { A = ast_node2(p, AST_LIKE, OP_REGEXP, X, Y); A->flags = N; }
predicate(A) ::= bit_expr(X).          { A = X; }

bit_expr(A) ::= bit_expr(X) BITOR bit_expr(Y).       { A = ast_node2(p, AST_BINARY, OP_BITOR, X, Y); }
bit_expr(A) ::= bit_expr(X) BITAND bit_expr(Y).      { A = ast_node2(p, AST_BINARY, OP_BITAND, X, Y); }
bit_expr(A) ::= bit_expr(X) SHIFT_LEFT bit_expr(Y).  { A = ast_node2(p, AST_BINARY, OP_SHL, X, Y); }
bit_expr(A) ::= bit_expr(X) SHIFT_RIGHT bit_expr(Y). { A = ast_node2(p, AST_BINARY, OP_SHR, X, Y); }
bit_expr(A) ::= bit_expr(X) PLUS bit_expr(Y).        { A = ast_node2(p, AST_BINARY, OP_ADD, X, Y); }
bit_expr(A) ::= bit_expr(X) MINUS bit_expr(Y).       { A = ast_node2(p, AST_BINARY, OP_SUB, X, Y); }
bit_expr(A) ::= bit_expr(X) PLUS interval_expr(Y). [PLUS] { A = ast_node2(p, AST_BINARY, OP_ADD, X, Y); }
bit_expr(A) ::= bit_expr(X) MINUS interval_expr(Y). [MINUS] { A = ast_node2(p, AST_BINARY, OP_SUB, X, Y); }
bit_expr(A) ::= bit_expr(X) STAR bit_expr(Y).        { A = ast_node2(p, AST_BINARY, OP_MUL, X, Y); }
bit_expr(A) ::= bit_expr(X) SLASH bit_expr(Y).       { A = ast_node2(p, AST_BINARY, OP_DIV, X, Y); }
bit_expr(A) ::= bit_expr(X) PERCENT bit_expr(Y).     { A = ast_node2(p, AST_BINARY, OP_MOD, X, Y); }
bit_expr(A) ::= bit_expr(X) DIV bit_expr(Y).         { A = ast_node2(p, AST_BINARY, OP_INTDIV, X, Y); }
bit_expr(A) ::= bit_expr(X) MOD bit_expr(Y).         { A = ast_node2(p, AST_BINARY, OP_MOD, X, Y); }
bit_expr(A) ::= bit_expr(X) BITXOR bit_expr(Y).      { A = ast_node2(p, AST_BINARY, OP_BITXOR, X, Y); }
bit_expr(A) ::= simple_expr(X).                      { A = X; }

// INTERVAL 1 DAY only appears beside + and -, or as a DATE_ADD-style argument.
interval_expr(A) ::= INTERVAL expr(X) interval_unit(U). { A = ast_node1(p, AST_INTERVAL, 0, X); A->str = U; }

simple_expr(A) ::= simple_ident(X).                  { A = X; }
simple_expr(A) ::= literal(X).                       { A = X; }
simple_expr(A) ::= PARAM(X).                         { A = ast_param(p, X); }
simple_expr(A) ::= variable(X).                      { A = X; }
simple_expr(A) ::= function_call(X).                 { A = X; }
simple_expr(A) ::= simple_expr(X) COLLATE ident_or_text(C).
    { A = ast_node1(p, AST_COLLATE, 0, X); A->str = C->str; A->n = C->n; }
simple_expr(A) ::= PLUS simple_expr(X). [UMINUS]     { A = ast_node1(p, AST_UNARY, OP_PLUS, X); }
simple_expr(A) ::= MINUS simple_expr(X). [UMINUS]    { A = ast_node1(p, AST_UNARY, OP_NEG, X); }
simple_expr(A) ::= BITNOT simple_expr(X). [UMINUS]   { A = ast_node1(p, AST_UNARY, OP_BITNOT, X); }
simple_expr(A) ::= BANG simple_expr(X).              { A = ast_node1(p, AST_UNARY, OP_NOT, X); }
simple_expr(A) ::= BINARY simple_expr(X).            { A = ast_node1(p, AST_UNARY, OP_BINARY_CAST, X); }
simple_expr(A) ::= subquery(S). [SUBQUERY_AS_EXPR]   { A = S; }
simple_expr(A) ::= LP expr(X) RP.                    { A = X; }
simple_expr(A) ::= LP expr(X) COMMA expr_list(L) RP. [ROW_PARENS]
    { A = ast_node1(p, AST_ROW, 0, ast_prepend(p, L, X)); }
simple_expr(A) ::= ROW LP expr(X) COMMA expr_list(L) RP.
    { A = ast_node1(p, AST_ROW, 0, ast_prepend(p, L, X)); }
simple_expr(A) ::= EXISTS subquery(S).               { A = ast_node1(p, AST_EXISTS, 0, S); }
// ODBC escapes: {d '2020-01-01'}, {t '...'}, {ts '...'} are typed literals;
// any other {word expr} is expr itself, as in MySQL.
simple_expr(A) ::= LBRACE ident(K) expr(X) RBRACE.   { A = ast_odbc_escape(p, K, X); }
simple_expr(A) ::= MATCH LP expr_list(C) RP AGAINST LP bit_expr(X) fulltext_mode(M) RP.
    { A = ast_node2(p, AST_MATCH, M, C, X); }
simple_expr(A) ::= CAST LP expr(X) AS cast_type(T) RP.  { A = ast_node2(p, AST_CAST, 0, X, T); }
simple_expr(A) ::= CAST LP expr(X) AS cast_type(T) ARRAY RP.
    { A = ast_node2(p, AST_CAST, 0, X, T); A->flags = AST_F_ARRAY; }
simple_expr(A) ::= CAST LP expr(X) AT TIME ZONE text_literal(Z) AS cast_type(T) RP.
    { A = ast_node3(p, AST_CAST, 0, X, T, Z); }
simple_expr(A) ::= CAST LP expr(X) AT TIME ZONE INTERVAL text_literal(Z) AS cast_type(T) RP.
    { A = ast_node3(p, AST_CAST, 0, X, T, Z); A->flags = AST_F_TZ_INTERVAL; }
simple_expr(A) ::= JSON_VALUE LP expr(J) COMMA expr(P) opt_returning(T) json_on_clauses(O) RP.
    { A = ast_node3(p, AST_JSON_VALUE, 0, J, P, T); ast_set(p, A, 3, O.first); ast_set(p, A, 4, O.second); }
opt_returning(A) ::= .                 { A = NULL; }
opt_returning(A) ::= RETURNING cast_type(T). { A = T; }
// The ON EMPTY and ON ERROR clauses, as first and second.
%type json_on_clauses {ast_pair}
json_on_clauses(A) ::= .               { A = (ast_pair){ NULL, NULL, 0 }; }
json_on_clauses(A) ::= json_on_value(E) ON EMPTY. { A = (ast_pair){ E, NULL, 0 }; }
json_on_clauses(A) ::= json_on_value(R) ON ERROR. { A = (ast_pair){ NULL, R, 0 }; }
json_on_clauses(A) ::= json_on_value(E) ON EMPTY json_on_value(R) ON ERROR. { A = (ast_pair){ E, R, 0 }; }
json_on_value(A) ::= NULL.             { A = ast_new_op(p, AST_JSON_ON, JSON_ON_NULL); }
json_on_value(A) ::= ERROR.            { A = ast_new_op(p, AST_JSON_ON, JSON_ON_ERROR); }
json_on_value(A) ::= DEFAULT simple_expr(X). { A = ast_node1(p, AST_JSON_ON, JSON_ON_DEFAULT, X); }
simple_expr(A) ::= CONVERT LP expr(X) COMMA cast_type(T) RP. { A = ast_node2(p, AST_CAST, 0, X, T); }
simple_expr(A) ::= CONVERT LP expr(X) USING charset_name(C) RP.
    { A = ast_node1(p, AST_CONVERT_USING, 0, X); A->str = C; A->n = (uint32_t)strlen(C); }
simple_expr(A) ::= CASE opt_expr(X) when_list(W) opt_else(E) END. { A = ast_node3(p, AST_CASE, 0, X, W, E); }
simple_expr(A) ::= DEFAULT LP simple_ident(X) RP.   { A = ast_func(p, "DEFAULT", ast_list(p, X)); }
simple_expr(A) ::= VALUES LP simple_ident(X) RP.    { A = ast_func(p, "VALUES", ast_list(p, X)); }
simple_expr(A) ::= simple_ident(X) JSON_SEPARATOR TEXT_STRING(Y).
    { A = ast_node2(p, AST_BINARY, OP_JSON_EXTRACT, X, ast_string(p, Y)); }
simple_expr(A) ::= simple_ident(X) JSON_UNQUOTED_SEPARATOR TEXT_STRING(Y).
    { A = ast_node2(p, AST_BINARY, OP_JSON_UNQUOTE, X, ast_string(p, Y)); }
// INTERVAL(N, N1, N2, ...) is a function; INTERVAL (expr) DAY is an
// interval: the comma decides, as in MySQL's grammar.
simple_expr(A) ::= INTERVAL LP expr(X) COMMA expr_list(L) RP. [INTERVAL_FUNC]
    { A = ast_func(p, "INTERVAL", ast_prepend(p, L, X)); }
simple_expr(A) ::= interval_expr(X) PLUS simple_expr(Y). [INTERVAL]
    { A = ast_node2(p, AST_BINARY, OP_ADD, X, Y); }

%type fulltext_mode {int}
fulltext_mode(A) ::= .                                { A = MATCH_DEFAULT; }
fulltext_mode(A) ::= IN NATURAL LANGUAGE MODE.        { A = MATCH_NATURAL; }
fulltext_mode(A) ::= IN NATURAL LANGUAGE MODE WITH QUERY EXPANSION. { A = MATCH_NATURAL_EXPANSION; }
fulltext_mode(A) ::= IN BOOLEAN MODE.                 { A = MATCH_BOOLEAN; }
fulltext_mode(A) ::= WITH QUERY EXPANSION.            { A = MATCH_EXPANSION; }

opt_expr(A) ::= .                      { A = NULL; }
opt_expr(A) ::= expr(X).               { A = X; }
when_list(A) ::= WHEN expr(C) THEN expr(R).  { A = ast_list(p, ast_node2(p, AST_WHEN, 0, C, R)); }
when_list(A) ::= when_list(L) WHEN expr(C) THEN expr(R). { A = ast_append(p, L, ast_node2(p, AST_WHEN, 0, C, R)); }
opt_else(A) ::= .                      { A = NULL; }
opt_else(A) ::= ELSE expr(X).          { A = X; }

expr_list(A) ::= expr(X).              { A = ast_list(p, X); }
expr_list(A) ::= expr_list(L) COMMA expr(X). { A = ast_append(p, L, X); }

variable(A) ::= USERVAR(X).            { A = ast_user_var(p, X); }
variable(A) ::= AT_AT sysvar_scope(S) ident(X).
    { A = ast_new_op(p, AST_SYS_VAR, S); A->str = X->str; A->n = X->n; }
// @@validate_password.length: a component's variable.
variable(A) ::= AT_AT sysvar_scope(S) ident(C) DOT ident(X).
    { A = ast_new_op(p, AST_SYS_VAR, S); A->str = X->str; A->n = X->n; A->str2 = C->str; }

%type sysvar_scope {int}
sysvar_scope(A) ::= .                  { A = SCOPE_NONE; }
sysvar_scope(A) ::= GLOBAL DOT.        { A = SCOPE_GLOBAL; }
sysvar_scope(A) ::= SESSION DOT.       { A = SCOPE_SESSION; }
sysvar_scope(A) ::= LOCAL DOT.         { A = SCOPE_LOCAL; }

//////////////////////////// Literals /////////////////////////////////////////

text_literal(A) ::= TEXT_STRING(X).    { A = ast_string(p, X); }
text_literal(A) ::= NCHAR_STRING(X).   { A = ast_string(p, X); }
text_literal(A) ::= UNDERSCORE_CHARSET(C) TEXT_STRING(X).
    { A = ast_string(p, X); ast_set(p, A, 0, ast_ident(p, C)); }
text_literal(A) ::= text_literal(S) TEXT_STRING(X). { A = ast_string_concat(p, S, X); }

literal(A) ::= text_literal(X). [NAME_BEFORE_STRING] { A = X; }
literal(A) ::= NUM(X).                 { A = ast_number(p, LIT_INT, X); }
literal(A) ::= DECIMAL_NUM(X).         { A = ast_number(p, LIT_DECIMAL, X); }
literal(A) ::= FLOAT_NUM(X).           { A = ast_number(p, LIT_FLOAT, X); }
literal(A) ::= HEX_NUM(X).             { A = ast_hex_or_bit(p, X); }
literal(A) ::= HEX_STRING(X).          { A = ast_hex_or_bit(p, X); }
literal(A) ::= BIN_NUM(X).             { A = ast_hex_or_bit(p, X); }
literal(A) ::= BIN_STRING(X).          { A = ast_hex_or_bit(p, X); }
literal(A) ::= UNDERSCORE_CHARSET(C) HEX_NUM(X).
    { A = ast_hex_or_bit(p, X); ast_set(p, A, 0, ast_ident(p, C)); }
literal(A) ::= UNDERSCORE_CHARSET(C) BIN_NUM(X).
    { A = ast_hex_or_bit(p, X); ast_set(p, A, 0, ast_ident(p, C)); }
literal(A) ::= UNDERSCORE_CHARSET(C) HEX_STRING(X).
    { A = ast_hex_or_bit(p, X); ast_set(p, A, 0, ast_ident(p, C)); }
literal(A) ::= UNDERSCORE_CHARSET(C) BIN_STRING(X).
    { A = ast_hex_or_bit(p, X); ast_set(p, A, 0, ast_ident(p, C)); }
literal(A) ::= NULL.                   { A = ast_literal_kw(p, LIT_NULL); }
literal(A) ::= TRUE.                   { A = ast_literal_kw(p, LIT_TRUE); }
literal(A) ::= FALSE.                  { A = ast_literal_kw(p, LIT_FALSE); }
literal(A) ::= DATE TEXT_STRING(X).    { A = ast_string(p, X); A->op = LIT_DATE; }
literal(A) ::= TIME TEXT_STRING(X).    { A = ast_string(p, X); A->op = LIT_TIME; }
literal(A) ::= TIMESTAMP TEXT_STRING(X). { A = ast_string(p, X); A->op = LIT_TIMESTAMP; }

//////////////////////////// Function calls ///////////////////////////////////

// Most functions need no grammar of their own: any name followed by '('.
// Aggregate options (DISTINCT, ALL, *, ORDER BY, SEPARATOR) and OVER are
// accepted after any name, and ast_check_call() then rejects, at the token
// where MySQL's grammar stops, what the function does not allow.
function_call(A) ::= func_name(F) LP RP(R) opt_over(W).
    { A = ast_func(p, F, NULL); ast_set(p, A, AST_K_FUNC_OVER, W); ast_check_call(p, A, R.z, NULL); }
function_call(A) ::= func_name(F) LP STAR(Q) RP opt_over(W).
    { A = ast_func(p, F, NULL); A->flags = AST_F_COUNT_STAR; ast_set(p, A, AST_K_FUNC_OVER, W); ast_check_call(p, A, NULL, Q.z); }
function_call(A) ::= func_name(F) LP func_args(L) opt_order_clause(O) opt_separator(S) RP opt_over(W).
{
    A = ast_func(p, F, L);
    ast_set(p, A, AST_K_FUNC_ORDER, O); ast_set(p, A, AST_K_FUNC_SEPARATOR, S); ast_set(p, A, AST_K_FUNC_OVER, W);
    ast_check_call(p, A, NULL, NULL);
}
function_call(A) ::= func_name(F) LP DISTINCT(Q) func_args(L) opt_order_clause(O) opt_separator(S) RP opt_over(W).
{
    A = ast_func(p, F, L); A->flags = AST_F_DISTINCT;
    ast_set(p, A, AST_K_FUNC_ORDER, O); ast_set(p, A, AST_K_FUNC_SEPARATOR, S); ast_set(p, A, AST_K_FUNC_OVER, W);
    ast_check_call(p, A, NULL, Q.z);
}
function_call(A) ::= func_name(F) LP ALL(Q) func_args(L) RP opt_over(W).
    { A = ast_func(p, F, L); ast_set(p, A, AST_K_FUNC_OVER, W); A->flags = AST_F_ALL_ARGS; ast_check_call(p, A, NULL, Q.z); A->flags = 0; }
function_call(A) ::= ident(S) DOT ident(F) LP opt_func_args(L) RP.
    { A = ast_func(p, F->str, L); ast_set(p, A, AST_K_FUNC_SCHEMA, S); }
// NTH_VALUE is a window function: OVER is required, FROM FIRST/LAST precedes it.
function_call(A) ::= NTH_VALUE LP expr(X) COMMA expr(N) RP nth_from(F) over_clause(W).
    { A = ast_func(p, "NTH_VALUE", ast_append(p, ast_list(p, X), N)); A->flags = F; ast_set(p, A, AST_K_FUNC_OVER, W); }
%type nth_from {uint32_t}
nth_from(A) ::= .                      { A = 0; }
nth_from(A) ::= FROM FIRST.            { A = 0; }
nth_from(A) ::= FROM LAST.             { A = AST_F_FROM_LAST; }
// Functions with syntax of their own.
function_call(A) ::= EXTRACT LP interval_unit(U) FROM expr(X) RP.
    { A = ast_func(p, "EXTRACT", ast_append(p, ast_list(p, ast_keyword(p, U)), X)); }
function_call(A) ::= TIMESTAMPADD LP timestamp_unit(U) COMMA expr(X) COMMA expr(Y) RP.
    { A = ast_func(p, "TIMESTAMPADD", ast_append(p, ast_append(p, ast_list(p, ast_keyword(p, U)), X), Y)); }
function_call(A) ::= TIMESTAMPDIFF LP timestamp_unit(U) COMMA expr(X) COMMA expr(Y) RP.
    { A = ast_func(p, "TIMESTAMPDIFF", ast_append(p, ast_append(p, ast_list(p, ast_keyword(p, U)), X), Y)); }
function_call(A) ::= GET_FORMAT LP date_time_type(T) COMMA expr(X) RP.
    { A = ast_func(p, "GET_FORMAT", ast_append(p, ast_list(p, ast_keyword(p, T)), X)); }
// TIMESTAMPADD and TIMESTAMPDIFF take the simple units and their ODBC
// SQL_TSI_ spellings, which mean the same.
%type timestamp_unit {const char *}
timestamp_unit(A) ::= MICROSECOND.     { A = "MICROSECOND"; }
timestamp_unit(A) ::= SECOND.          { A = "SECOND"; }
timestamp_unit(A) ::= MINUTE.          { A = "MINUTE"; }
timestamp_unit(A) ::= HOUR.            { A = "HOUR"; }
timestamp_unit(A) ::= DAY.             { A = "DAY"; }
timestamp_unit(A) ::= WEEK.            { A = "WEEK"; }
timestamp_unit(A) ::= MONTH.           { A = "MONTH"; }
timestamp_unit(A) ::= QUARTER.         { A = "QUARTER"; }
timestamp_unit(A) ::= YEAR.            { A = "YEAR"; }
timestamp_unit(A) ::= SQL_TSI_SECOND.  { A = "SECOND"; }
timestamp_unit(A) ::= SQL_TSI_MINUTE.  { A = "MINUTE"; }
timestamp_unit(A) ::= SQL_TSI_HOUR.    { A = "HOUR"; }
timestamp_unit(A) ::= SQL_TSI_DAY.     { A = "DAY"; }
timestamp_unit(A) ::= SQL_TSI_WEEK.    { A = "WEEK"; }
timestamp_unit(A) ::= SQL_TSI_MONTH.   { A = "MONTH"; }
timestamp_unit(A) ::= SQL_TSI_QUARTER. { A = "QUARTER"; }
timestamp_unit(A) ::= SQL_TSI_YEAR.    { A = "YEAR"; }
%type date_time_type {const char *}
date_time_type(A) ::= DATE.            { A = "DATE"; }
date_time_type(A) ::= TIME.            { A = "TIME"; }
date_time_type(A) ::= TIMESTAMP.       { A = "TIMESTAMP"; }
date_time_type(A) ::= DATETIME.        { A = "DATETIME"; }
function_call(A) ::= POSITION LP bit_expr(X) IN expr(Y) RP.
    { A = ast_func(p, "POSITION", ast_append(p, ast_list(p, X), Y)); }
function_call(A) ::= substring_name(F) LP expr(X) COMMA expr(Y) RP.
    { A = ast_func(p, F, ast_append(p, ast_list(p, X), Y)); }
function_call(A) ::= substring_name(F) LP expr(X) COMMA expr(Y) COMMA expr(Z) RP.
    { A = ast_func(p, F, ast_append(p, ast_append(p, ast_list(p, X), Y), Z)); }
function_call(A) ::= substring_name(F) LP expr(X) FROM expr(Y) RP.
    { A = ast_func(p, F, ast_append(p, ast_list(p, X), Y)); }
function_call(A) ::= substring_name(F) LP expr(X) FROM expr(Y) FOR expr(Z) RP.
    { A = ast_func(p, F, ast_append(p, ast_append(p, ast_list(p, X), Y), Z)); }
function_call(A) ::= TRIM LP expr(X) RP.                     { A = ast_node2(p, AST_TRIM, TRIM_DEFAULT, NULL, X); }
function_call(A) ::= TRIM LP trim_where(W) FROM expr(X) RP.  { A = ast_node2(p, AST_TRIM, W, NULL, X); }
function_call(A) ::= TRIM LP trim_where(W) expr(R) FROM expr(X) RP. { A = ast_node2(p, AST_TRIM, W, R, X); }
function_call(A) ::= TRIM LP expr(R) FROM expr(X) RP.        { A = ast_node2(p, AST_TRIM, TRIM_DEFAULT, R, X); }
function_call(A) ::= CHAR LP expr_list(L) RP. { A = ast_func(p, "CHAR", L); }
function_call(A) ::= WEIGHT_STRING LP func_args(L) RP. { A = ast_func(p, "WEIGHT_STRING", L); }
function_call(A) ::= WEIGHT_STRING LP expr(X) AS cast_type(T) RP.
    { A = ast_func(p, "WEIGHT_STRING", ast_append(p, ast_list(p, X), T)); }
function_call(A) ::= CHAR LP expr_list(L) USING charset_name(C) RP.
    { A = ast_func(p, "CHAR", L); A->str2 = C; }

%type func_name {const char *}
// Function names are case-insensitive: kept upper case, unquoted.
func_name(A) ::= ID(X).                { A = ast_func_name(p, X); }
func_name(A) ::= DATE(X).              { A = ast_token_upper(p, X); }
func_name(A) ::= TIME(X).              { A = ast_token_upper(p, X); }
func_name(A) ::= TIMESTAMP(X).         { A = ast_token_upper(p, X); }
func_name(A) ::= reserved_func_name(X). { A = ast_token_upper(p, X); }
%type reserved_func_name {sql_token}
reserved_func_name(A) ::= IF(X).       { A = X; }
reserved_func_name(A) ::= LEFT(X).     { A = X; }
reserved_func_name(A) ::= RIGHT(X).    { A = X; }
reserved_func_name(A) ::= REPLACE(X).  { A = X; }
reserved_func_name(A) ::= INSERT(X).   { A = X; }
reserved_func_name(A) ::= REPEAT(X).   { A = X; }
reserved_func_name(A) ::= MOD(X).      { A = X; }
reserved_func_name(A) ::= DATABASE(X). { A = X; }
reserved_func_name(A) ::= SCHEMA(X).   { A = X; }
reserved_func_name(A) ::= CURRENT_USER(X).   { A = X; }
reserved_func_name(A) ::= CURRENT_DATE(X).   { A = X; }
reserved_func_name(A) ::= CURRENT_TIME(X).   { A = X; }
reserved_func_name(A) ::= CURRENT_TIMESTAMP(X). { A = X; }
reserved_func_name(A) ::= LOCALTIME(X).      { A = X; }
reserved_func_name(A) ::= LOCALTIMESTAMP(X). { A = X; }
reserved_func_name(A) ::= UTC_DATE(X).       { A = X; }
reserved_func_name(A) ::= UTC_TIME(X).       { A = X; }
reserved_func_name(A) ::= UTC_TIMESTAMP(X).  { A = X; }
reserved_func_name(A) ::= ROW_NUMBER(X).     { A = X; }
reserved_func_name(A) ::= RANK(X).           { A = X; }
reserved_func_name(A) ::= DENSE_RANK(X).     { A = X; }
reserved_func_name(A) ::= CUME_DIST(X).      { A = X; }
reserved_func_name(A) ::= PERCENT_RANK(X).   { A = X; }
reserved_func_name(A) ::= NTILE(X).          { A = X; }
reserved_func_name(A) ::= LAG(X).            { A = X; }
reserved_func_name(A) ::= LEAD(X).           { A = X; }
reserved_func_name(A) ::= FIRST_VALUE(X).    { A = X; }
reserved_func_name(A) ::= LAST_VALUE(X).     { A = X; }
reserved_func_name(A) ::= GROUPING(X).       { A = X; }

// Niladic functions written without parentheses are the same call.
simple_expr(A) ::= niladic_func(F).    { A = ast_func(p, F, NULL); }
%type niladic_func {const char *}
niladic_func(A) ::= CURRENT_USER.      { A = "CURRENT_USER"; }
niladic_func(A) ::= CURRENT_DATE.      { A = "CURRENT_DATE"; }
niladic_func(A) ::= CURRENT_TIME.      { A = "CURRENT_TIME"; }
niladic_func(A) ::= CURRENT_TIMESTAMP. { A = "CURRENT_TIMESTAMP"; }
niladic_func(A) ::= LOCALTIME.         { A = "LOCALTIME"; }
niladic_func(A) ::= LOCALTIMESTAMP.    { A = "LOCALTIMESTAMP"; }
niladic_func(A) ::= UTC_DATE.          { A = "UTC_DATE"; }
niladic_func(A) ::= UTC_TIME.          { A = "UTC_TIME"; }
niladic_func(A) ::= UTC_TIMESTAMP.     { A = "UTC_TIMESTAMP"; }

%type substring_name {const char *}
substring_name(A) ::= SUBSTRING.       { A = "SUBSTRING"; }
substring_name(A) ::= SUBSTR.          { A = "SUBSTR"; }

%type trim_where {int}
trim_where(A) ::= BOTH.                { A = TRIM_BOTH; }
trim_where(A) ::= LEADING.             { A = TRIM_LEADING; }
trim_where(A) ::= TRAILING.            { A = TRIM_TRAILING; }

func_args(A) ::= func_arg(X).          { A = ast_list(p, X); }
func_args(A) ::= func_args(L) COMMA func_arg(X). { A = ast_append(p, L, X); }
func_arg(A) ::= expr(X).               { A = X; }
func_arg(A) ::= interval_expr(X).      { A = X; }
opt_func_args(A) ::= .                 { A = NULL; }
opt_func_args(A) ::= func_args(L).     { A = L; }

opt_separator(A) ::= .                 { A = NULL; }
opt_separator(A) ::= SEPARATOR(T) text_literal(S). { A = S; A->pos = (uint32_t)(T.z - p->sql); }

%type charset_name {const char *}
charset_name(A) ::= ident_or_text(X).  { A = X->str; }
charset_name(A) ::= BINARY.            { A = "binary"; }

%type interval_unit {const char *}
interval_unit(A) ::= MICROSECOND.      { A = "MICROSECOND"; }
interval_unit(A) ::= SECOND.           { A = "SECOND"; }
interval_unit(A) ::= MINUTE.           { A = "MINUTE"; }
interval_unit(A) ::= HOUR.             { A = "HOUR"; }
interval_unit(A) ::= DAY.              { A = "DAY"; }
interval_unit(A) ::= WEEK.             { A = "WEEK"; }
interval_unit(A) ::= MONTH.            { A = "MONTH"; }
interval_unit(A) ::= QUARTER.          { A = "QUARTER"; }
interval_unit(A) ::= YEAR.             { A = "YEAR"; }
interval_unit(A) ::= SECOND_MICROSECOND. { A = "SECOND_MICROSECOND"; }
interval_unit(A) ::= MINUTE_MICROSECOND. { A = "MINUTE_MICROSECOND"; }
interval_unit(A) ::= MINUTE_SECOND.    { A = "MINUTE_SECOND"; }
interval_unit(A) ::= HOUR_MICROSECOND. { A = "HOUR_MICROSECOND"; }
interval_unit(A) ::= HOUR_SECOND.      { A = "HOUR_SECOND"; }
interval_unit(A) ::= HOUR_MINUTE.      { A = "HOUR_MINUTE"; }
interval_unit(A) ::= DAY_MICROSECOND.  { A = "DAY_MICROSECOND"; }
interval_unit(A) ::= DAY_SECOND.       { A = "DAY_SECOND"; }
interval_unit(A) ::= DAY_MINUTE.       { A = "DAY_MINUTE"; }
interval_unit(A) ::= DAY_HOUR.         { A = "DAY_HOUR"; }
interval_unit(A) ::= YEAR_MONTH.       { A = "YEAR_MONTH"; }

//////////////////////////// Types in CAST and CONVERT ////////////////////////

cast_type(A) ::= BINARY opt_field_length(L).     { A = ast_node1(p, AST_TYPE, 0, L); A->str = "BINARY"; }
cast_type(A) ::= CHAR opt_field_length(L) opt_cast_charset(C).
    { A = ast_node1(p, AST_TYPE, 0, L); A->str = "CHAR"; A->str2 = C; }
cast_type(A) ::= NCHAR opt_field_length(L).      { A = ast_node1(p, AST_TYPE, 0, L); A->str = "NCHAR"; }
cast_type(A) ::= SIGNED opt_integer.             { A = ast_new(p, AST_TYPE); A->str = "SIGNED"; }
cast_type(A) ::= UNSIGNED opt_integer.           { A = ast_new(p, AST_TYPE); A->str = "UNSIGNED"; }
cast_type(A) ::= DATE.                           { A = ast_new(p, AST_TYPE); A->str = "DATE"; }
cast_type(A) ::= YEAR.                           { A = ast_new(p, AST_TYPE); A->str = "YEAR"; }
cast_type(A) ::= TIME opt_field_length(L).       { A = ast_node1(p, AST_TYPE, 0, L); A->str = "TIME"; }
cast_type(A) ::= DATETIME opt_field_length(L).   { A = ast_node1(p, AST_TYPE, 0, L); A->str = "DATETIME"; }
cast_type(A) ::= DECIMAL opt_precision(P).
    { A = ast_new(p, AST_TYPE); A->str = "DECIMAL"; if (P) { ast_set(p, A, 0, P->kid[0]); ast_set(p, A, 1, P->kid[1]); } }
cast_type(A) ::= DEC opt_precision(P).
    { A = ast_new(p, AST_TYPE); A->str = "DECIMAL"; if (P) { ast_set(p, A, 0, P->kid[0]); ast_set(p, A, 1, P->kid[1]); } }
cast_type(A) ::= JSON.                           { A = ast_new(p, AST_TYPE); A->str = "JSON"; }
cast_type(A) ::= REAL.                           { A = ast_new(p, AST_TYPE); A->str = "REAL"; }
cast_type(A) ::= DOUBLE opt_precision_kw.        { A = ast_new(p, AST_TYPE); A->str = "DOUBLE"; }
cast_type(A) ::= FLOAT opt_field_length(L).      { A = ast_node1(p, AST_TYPE, 0, L); A->str = "FLOAT"; }

opt_integer ::= .
opt_integer ::= INT.
opt_integer ::= INTEGER.
opt_precision_kw ::= .
opt_precision_kw ::= PRECISION.

opt_field_length(A) ::= .              { A = NULL; }
opt_field_length(A) ::= LP NUM(X) RP.  { A = ast_number(p, LIT_INT, X); }

// (M) or (M,D); returned as a TYPE node whose kids are the two numbers.
opt_precision(A) ::= .                 { A = NULL; }
opt_precision(A) ::= LP NUM(X) RP.     { A = ast_node1(p, AST_TYPE, 0, ast_number(p, LIT_INT, X)); }
opt_precision(A) ::= LP NUM(X) COMMA NUM(Y) RP.
    { A = ast_node2(p, AST_TYPE, 0, ast_number(p, LIT_INT, X), ast_number(p, LIT_INT, Y)); }

%type opt_cast_charset {const char *}
opt_cast_charset(A) ::= .              { A = NULL; }
opt_cast_charset(A) ::= CHARACTER SET charset_name(C). { A = C; }
opt_cast_charset(A) ::= CHARSET charset_name(C). { A = C; }
opt_cast_charset(A) ::= ASCII.         { A = "latin1"; }
opt_cast_charset(A) ::= UNICODE.       { A = "ucs2"; }

//////////////////////////// Windows //////////////////////////////////////////

opt_over(A) ::= .                      { A = NULL; }
opt_over(A) ::= over_clause(W).        { A = W; }
// LAG(x) IGNORE NULLS OVER w: the null treatment is kept as a flag on the
// OVER clause.  The tokenizer joins RESPECT NULLS and IGNORE NULLS into one
// token each, so a column named respect still works as an alias.
over_clause(A) ::= OVER(T) window_name_or_spec(W). { A = W; A->pos = (uint32_t)(T.z - p->sql); }
over_clause(A) ::= RESPECT_NULLS(T) OVER window_name_or_spec(W). { A = W; A->pos = (uint32_t)(T.z - p->sql); }
over_clause(A) ::= IGNORE_NULLS(T) OVER window_name_or_spec(W).
    { A = W; A->flags |= AST_F_IGNORE_NULLS; A->pos = (uint32_t)(T.z - p->sql); }
window_name_or_spec(A) ::= ident(W).   { A = W; }
window_name_or_spec(A) ::= LP window_spec(S) RP. { A = S; }

window_spec(A) ::= opt_ident(B) opt_partition_clause(P) opt_order_clause(O) opt_frame(F).
    { A = ast_new(p, AST_WINDOW_SPEC); ast_set(p, A, 0, B); ast_set(p, A, 1, P); ast_set(p, A, 2, O); ast_set(p, A, 3, F); }
opt_ident(A) ::= .                     { A = NULL; }
opt_ident(A) ::= ident(X).             { A = X; }
opt_partition_clause(A) ::= .          { A = NULL; }
opt_partition_clause(A) ::= PARTITION BY expr_list(L). { A = L; }

opt_frame(A) ::= .                     { A = NULL; }
opt_frame(A) ::= frame_units(U) frame_bound(S) frame_exclusion(X).
    { A = ast_node2(p, AST_FRAME, U, S, NULL); A->flags = X; }
opt_frame(A) ::= frame_units(U) BETWEEN frame_bound(S) AND frame_bound(E) frame_exclusion(X).
    { A = ast_node2(p, AST_FRAME, U, S, E); A->flags = X; }
%type frame_exclusion {uint32_t}
frame_exclusion(A) ::= .               { A = EXCLUDE_NONE; }
frame_exclusion(A) ::= EXCLUDE CURRENT ROW. { A = EXCLUDE_CURRENT_ROW; }
frame_exclusion(A) ::= EXCLUDE GROUP.  { A = EXCLUDE_GROUP; }
frame_exclusion(A) ::= EXCLUDE TIES.   { A = EXCLUDE_TIES; }
frame_exclusion(A) ::= EXCLUDE NO OTHERS. { A = EXCLUDE_NO_OTHERS; }
%type frame_units {int}
frame_units(A) ::= ROWS.               { A = FRAME_ROWS; }
frame_units(A) ::= RANGE.              { A = FRAME_RANGE; }
frame_units(A) ::= GROUPS.             { A = FRAME_GROUPS; }
frame_bound(A) ::= UNBOUNDED PRECEDING. { A = ast_new_op(p, AST_FRAME_BOUND, BOUND_UNBOUNDED_PRECEDING); }
frame_bound(A) ::= UNBOUNDED FOLLOWING. { A = ast_new_op(p, AST_FRAME_BOUND, BOUND_UNBOUNDED_FOLLOWING); }
frame_bound(A) ::= CURRENT ROW.        { A = ast_new_op(p, AST_FRAME_BOUND, BOUND_CURRENT_ROW); }
frame_bound(A) ::= bit_expr(X) PRECEDING. { A = ast_node1(p, AST_FRAME_BOUND, BOUND_PRECEDING, X); }
frame_bound(A) ::= bit_expr(X) FOLLOWING. { A = ast_node1(p, AST_FRAME_BOUND, BOUND_FOLLOWING, X); }
frame_bound(A) ::= interval_expr(X) PRECEDING. { A = ast_node1(p, AST_FRAME_BOUND, BOUND_PRECEDING, X); }
frame_bound(A) ::= interval_expr(X) FOLLOWING. { A = ast_node1(p, AST_FRAME_BOUND, BOUND_FOLLOWING, X); }

//////////////////////////// SELECT ///////////////////////////////////////////

select_stmt(A) ::= query_expression(Q).                { A = Q; }
select_stmt(A) ::= query_expression(Q) locking_list(L). { A = ast_query_lock(p, Q, L); }
select_stmt(A) ::= query_expression(Q) into_clause(I).  { A = ast_query_into(p, Q, I); }
select_stmt(A) ::= query_expression(Q) into_clause(I) locking_list(L).
    { A = ast_query_lock(p, ast_query_into(p, Q, I), L); }
select_stmt(A) ::= query_expression(Q) locking_list(L) into_clause(I).
    { A = ast_query_into(p, ast_query_lock(p, Q, L), I); }

query_expression(A) ::= query_body(B) opt_order_clause(O) opt_limit_clause(L).
    { A = ast_query_finish(p, NULL, B, O, L); }
query_expression(A) ::= with_clause(W) query_body(B) opt_order_clause(O) opt_limit_clause(L).
    { A = ast_query_finish(p, W, B, O, L); }

query_body(A) ::= query_primary(X).                    { A = X; }
// ((SELECT 1)): the inner parentheses close a query body, so that
// FROM ((SELECT 1)) AS d is a derived table as in MySQL.
query_body(A) ::= query_parens(X). [LP]  { A = X; }
query_body(A) ::= query_body(X) UNION union_option(O) query_body(Y).
    { A = ast_setop(p, SETOP_UNION, O, X, Y); }
query_body(A) ::= query_body(X) EXCEPT union_option(O) query_body(Y).
    { A = ast_setop(p, SETOP_EXCEPT, O, X, Y); }
query_body(A) ::= query_body(X) INTERSECT union_option(O) query_body(Y).
    { A = ast_setop(p, SETOP_INTERSECT, O, X, Y); }

%type union_option {uint32_t}
union_option(A) ::= .                  { A = 0; }
union_option(A) ::= DISTINCT.          { A = AST_F_SETOP_DISTINCT; }
union_option(A) ::= ALL.               { A = AST_F_SETOP_ALL; }

query_parens(A) ::= LP query_expression(X) RP.        { A = X; }
query_parens(A) ::= LP query_expression(X) locking_list(L) RP. { A = ast_query_lock(p, X, L); }

subquery(A) ::= query_parens(X). [SUBQUERY_AS_EXPR] { A = ast_node1(p, AST_SUBQUERY, 0, X); }

query_primary(A) ::= query_spec(X).    { A = X; }
query_primary(A) ::= VALUES values_row_list(L).
    { A = ast_new(p, AST_VALUES); ast_set(p, A, AST_K_Q_BODY, L); }
query_primary(A) ::= TABLE table_ident(T).
    { A = ast_new(p, AST_TABLE_STMT); ast_set(p, A, AST_K_Q_BODY, T); }

values_row_list(A) ::= ROW LP opt_values(V) RP.   { A = ast_list(p, ast_node1(p, AST_ROW, 0, V)); A->kid[0]->flags = AST_F_ROW_KEYWORD; }
values_row_list(A) ::= values_row_list(L) COMMA ROW LP opt_values(V) RP.
    { ast *r = ast_node1(p, AST_ROW, 0, V); r->flags = AST_F_ROW_KEYWORD; A = ast_append(p, L, r); }

query_spec(A) ::= SELECT select_options(O) select_item_list(I) opt_into(N) opt_from(F)
                  opt_where(W) opt_group(G) opt_having(H) opt_window(X).
{
    A = ast_new(p, AST_SELECT);
    A->flags = O;
    ast_set(p, A, AST_K_SEL_ITEMS, I); ast_set(p, A, AST_K_SEL_INTO, N);
    ast_set(p, A, AST_K_SEL_FROM, F); ast_set(p, A, AST_K_SEL_WHERE, W);
    ast_set(p, A, AST_K_SEL_GROUP, G); ast_set(p, A, AST_K_SEL_HAVING, H);
    ast_set(p, A, AST_K_SEL_WINDOW, X);
}

%type select_options {uint32_t}
select_options(A) ::= .                           { A = 0; }
select_options(A) ::= select_options(B) ALL.      { A = B; }
select_options(A) ::= select_options(B) DISTINCT. { A = B | AST_F_SELECT_DISTINCT; }
select_options(A) ::= select_options(B) DISTINCTROW. { A = B | AST_F_SELECT_DISTINCT; }
select_options(A) ::= select_options(B) HIGH_PRIORITY. { A = B | AST_F_HIGH_PRIORITY; }
select_options(A) ::= select_options(B) STRAIGHT_JOIN. { A = B | AST_F_STRAIGHT_JOIN; }
select_options(A) ::= select_options(B) SQL_SMALL_RESULT. { A = B | AST_F_SQL_SMALL_RESULT; }
select_options(A) ::= select_options(B) SQL_BIG_RESULT. { A = B | AST_F_SQL_BIG_RESULT; }
select_options(A) ::= select_options(B) SQL_BUFFER_RESULT. { A = B | AST_F_SQL_BUFFER_RESULT; }
select_options(A) ::= select_options(B) SQL_CALC_FOUND_ROWS. { A = B | AST_F_SQL_CALC_FOUND_ROWS; }
select_options(A) ::= select_options(B) SQL_NO_CACHE. { A = B | AST_F_SQL_NO_CACHE; }

select_item_list(A) ::= select_item(X).          { A = ast_list(p, X); }
/* A bare * only begins the list, as in MySQL's grammar: SELECT *, a is
 * valid, SELECT a, * is not. */
select_item_list(A) ::= STAR.                     { A = ast_list(p, ast_node2(p, AST_STAR, 0, NULL, NULL)); }
select_item_list(A) ::= select_item_list(L) COMMA select_item(X). { A = ast_append(p, L, X); }
select_item(A) ::= ident(T) DOT STAR.            { A = ast_node2(p, AST_STAR, 0, NULL, T); }
select_item(A) ::= ident(S) DOT ident(T) DOT STAR. { A = ast_node2(p, AST_STAR, 0, S, T); }
select_item(A) ::= expr(X) select_alias(N).      { A = ast_node2(p, AST_SELECT_ITEM, 0, X, N); }

select_alias(A) ::= .                  { A = NULL; }
select_alias(A) ::= AS ident_or_text(X). { A = X; }
select_alias(A) ::= ident_or_text(X).  { A = X; }

opt_into(A) ::= . [EMPTY_INTO]         { A = NULL; }
opt_into(A) ::= into_clause(X).        { A = X; }
into_clause(A) ::= INTO into_target(X). { A = X; }
into_target(A) ::= var_list(L).        { A = ast_node1(p, AST_INTO, INTO_VARS, L); }
into_target(A) ::= OUTFILE text_literal(F) opt_load_charset(C) file_options(O).
    { A = ast_node2(p, AST_INTO, INTO_OUTFILE, F, O); A->str2 = C; }
into_target(A) ::= DUMPFILE text_literal(F). { A = ast_node1(p, AST_INTO, INTO_DUMPFILE, F); }

%type opt_load_charset {const char *}
opt_load_charset(A) ::= .              { A = NULL; }
opt_load_charset(A) ::= CHARACTER SET charset_name(C). { A = C; }
opt_load_charset(A) ::= CHARSET charset_name(C). { A = C; }

// [FIELDS|COLUMNS ...] [LINES ...] of INTO OUTFILE and LOAD DATA, as one list.
file_options(A) ::= .                  { A = NULL; }
file_options(A) ::= field_options(F).  { A = F; }
file_options(A) ::= line_options(L).   { A = L; }
file_options(A) ::= field_options(F) line_options(L).
    { A = F; for (ast *e = ast_first(L); e;) { ast *next = e->next; e->next = NULL; ast_append(p, A, e); e = next; } }
field_options(A) ::= fields_kw field_option_list(L). { A = L; }
fields_kw ::= FIELDS.
fields_kw ::= COLUMNS.
field_option_list(A) ::= field_option(X). { A = ast_list(p, X); }
field_option_list(A) ::= field_option_list(L) field_option(X). { A = ast_append(p, L, X); }
field_option(A) ::= TERMINATED BY text_literal(S). { A = ast_node1(p, AST_FILE_OPTION, FOPT_FIELDS_TERMINATED, S); }
field_option(A) ::= ENCLOSED BY text_literal(S). { A = ast_node1(p, AST_FILE_OPTION, FOPT_FIELDS_ENCLOSED, S); }
field_option(A) ::= OPTIONALLY ENCLOSED BY text_literal(S).
    { A = ast_node1(p, AST_FILE_OPTION, FOPT_FIELDS_ENCLOSED, S); A->flags = AST_F_OPTIONALLY; }
field_option(A) ::= ESCAPED BY text_literal(S). { A = ast_node1(p, AST_FILE_OPTION, FOPT_FIELDS_ESCAPED, S); }
line_options(A) ::= LINES line_option_list(L). { A = L; }
line_option_list(A) ::= line_option(X). { A = ast_list(p, X); }
line_option_list(A) ::= line_option_list(L) line_option(X). { A = ast_append(p, L, X); }
line_option(A) ::= STARTING BY text_literal(S). { A = ast_node1(p, AST_FILE_OPTION, FOPT_LINES_STARTING, S); }
line_option(A) ::= TERMINATED BY text_literal(S). { A = ast_node1(p, AST_FILE_OPTION, FOPT_LINES_TERMINATED, S); }
var_list(A) ::= into_var(X).           { A = ast_list(p, X); }
var_list(A) ::= var_list(L) COMMA into_var(X). { A = ast_append(p, L, X); }
into_var(A) ::= USERVAR(X).            { A = ast_user_var(p, X); }
into_var(A) ::= ident(X).              { A = X; }

opt_from(A) ::= .                      { A = NULL; }
opt_from(A) ::= FROM DUAL.             { A = NULL; }
opt_from(A) ::= FROM table_reference_list(L). { A = L; }

opt_where(A) ::= .                     { A = NULL; }
opt_where(A) ::= WHERE expr(X).        { A = X; }

opt_group(A) ::= .                     { A = NULL; }
opt_group(A) ::= GROUP BY group_list(L). { A = ast_node1(p, AST_GROUP_BY, 0, L); }
opt_group(A) ::= GROUP BY group_list(L) WITH_ROLLUP.
    { A = ast_node1(p, AST_GROUP_BY, 0, L); A->flags = AST_F_ROLLUP; }
// ASC/DESC after GROUP BY items was removed in MySQL 8.0: plain expressions.
group_list(A) ::= expr(X).             { A = ast_list(p, X); }
group_list(A) ::= group_list(L) COMMA expr(X). { A = ast_append(p, L, X); }

opt_having(A) ::= .                    { A = NULL; }
opt_having(A) ::= HAVING expr(X).      { A = X; }

opt_window(A) ::= .                    { A = NULL; }
opt_window(A) ::= WINDOW window_def_list(L). { A = L; }
window_def_list(A) ::= window_def(X).  { A = ast_list(p, X); }
window_def_list(A) ::= window_def_list(L) COMMA window_def(X). { A = ast_append(p, L, X); }
window_def(A) ::= ident(N) AS LP window_spec(S) RP.
    { A = ast_node1(p, AST_WINDOW_DEF, 0, S); A->str = N->str; A->n = N->n; }

opt_order_clause(A) ::= .              { A = NULL; }
opt_order_clause(A) ::= ORDER(T) BY order_list(L). { A = L; A->pos = (uint32_t)(T.z - p->sql); }
order_list(A) ::= order_item(X).       { A = ast_list(p, X); }
order_list(A) ::= order_list(L) COMMA order_item(X). { A = ast_append(p, L, X); }
order_item(A) ::= expr(X).             { A = ast_node1(p, AST_ORDER_ITEM, 0, X); }
order_item(A) ::= expr(X) ASC.         { A = ast_node1(p, AST_ORDER_ITEM, 0, X); }
order_item(A) ::= expr(X) DESC.        { A = ast_node1(p, AST_ORDER_ITEM, 0, X); A->flags = AST_F_DESC; }

opt_limit_clause(A) ::= .              { A = NULL; }
opt_limit_clause(A) ::= limit_clause(X). { A = X; }
limit_clause(A) ::= LIMIT limit_value(N). { A = ast_node2(p, AST_LIMIT, 0, N, NULL); }
limit_clause(A) ::= LIMIT limit_value(O) COMMA limit_value(N).
    { A = ast_node2(p, AST_LIMIT, 0, N, O); A->flags = AST_F_OFFSET_FIRST; }
limit_clause(A) ::= LIMIT limit_value(N) OFFSET limit_value(O). { A = ast_node2(p, AST_LIMIT, 0, N, O); }
limit_value(A) ::= NUM(X).             { A = ast_number(p, LIT_INT, X); }
limit_value(A) ::= PARAM(X).           { A = ast_param(p, X); }
limit_value(A) ::= ident(X).           { A = ast_column_ref(p, X, NULL, NULL); }

locking_list(A) ::= locking_clause(X). { A = ast_list(p, X); }
locking_list(A) ::= locking_list(L) locking_clause(X). { A = ast_append(p, L, X); }
locking_clause(A) ::= FOR UPDATE opt_of_tables(T) lock_wait(W).
    { A = ast_node1(p, AST_LOCKING, LOCK_FOR_UPDATE, T); A->flags = W; }
locking_clause(A) ::= FOR SHARE opt_of_tables(T) lock_wait(W).
    { A = ast_node1(p, AST_LOCKING, LOCK_FOR_SHARE, T); A->flags = W; }
locking_clause(A) ::= LOCK IN SHARE MODE. { A = ast_node1(p, AST_LOCKING, LOCK_IN_SHARE_MODE, NULL); }
opt_of_tables(A) ::= .                 { A = NULL; }
opt_of_tables(A) ::= OF table_ident_list(L). { A = L; }
%type lock_wait {uint32_t}
lock_wait(A) ::= .                     { A = 0; }
lock_wait(A) ::= NOWAIT.               { A = AST_F_NOWAIT; }
lock_wait(A) ::= SKIP LOCKED.          { A = AST_F_SKIP_LOCKED; }

table_ident_list(A) ::= table_ident(X). { A = ast_list(p, X); }
table_ident_list(A) ::= table_ident_list(L) COMMA table_ident(X). { A = ast_append(p, L, X); }

with_clause(A) ::= WITH cte_list(L).   { A = ast_node1(p, AST_WITH, 0, L); }
with_clause(A) ::= WITH RECURSIVE cte_list(L). { A = ast_node1(p, AST_WITH, 0, L); A->flags = AST_F_RECURSIVE; }
cte_list(A) ::= cte(X).                { A = ast_list(p, X); }
cte_list(A) ::= cte_list(L) COMMA cte(X). { A = ast_append(p, L, X); }
cte(A) ::= ident(N) opt_column_list(C) AS subquery(S).
    { A = ast_node2(p, AST_CTE, 0, C, S->kid[0]); A->str = N->str; A->n = N->n; }

opt_column_list(A) ::= .               { A = NULL; }
opt_column_list(A) ::= LP ident_list(L) RP. { A = L; }

//////////////////////////// FROM: table references //////////////////////////

table_reference_list(A) ::= table_reference(X). { A = ast_list(p, X); }
table_reference_list(A) ::= table_reference_list(L) COMMA table_reference(X). { A = ast_append(p, L, X); }

table_reference(A) ::= table_factor(X). { A = X; }
table_reference(A) ::= joined_table(X). { A = X; }

joined_table(A) ::= table_reference(L) inner_join(J) table_reference(R) ON expr(C).
    { A = ast_node3(p, AST_JOIN, J, L, R, C); }
joined_table(A) ::= table_reference(L) inner_join(J) table_reference(R) USING LP ident_list(U) RP.
    { A = ast_node2(p, AST_JOIN, J, L, R); ast_set(p, A, AST_K_JOIN_USING, U); }
joined_table(A) ::= table_reference(L) inner_join(J) table_reference(R). [CONDITIONLESS_JOIN]
    { A = ast_node2(p, AST_JOIN, J, L, R); }
joined_table(A) ::= table_reference(L) outer_join(J) table_reference(R) ON expr(C).
    { A = ast_node3(p, AST_JOIN, J, L, R, C); }
joined_table(A) ::= table_reference(L) outer_join(J) table_reference(R) USING LP ident_list(U) RP.
    { A = ast_node2(p, AST_JOIN, J, L, R); ast_set(p, A, AST_K_JOIN_USING, U); }
joined_table(A) ::= table_reference(L) natural_join(J) table_factor(R).
    { A = ast_node2(p, AST_JOIN, J, L, R); A->flags = AST_F_NATURAL; }

%type inner_join {int}
inner_join(A) ::= JOIN.                { A = JOIN_INNER; }
inner_join(A) ::= INNER JOIN.          { A = JOIN_INNER; }
inner_join(A) ::= CROSS JOIN.          { A = JOIN_CROSS; }
inner_join(A) ::= STRAIGHT_JOIN.       { A = JOIN_STRAIGHT; }
%type outer_join {int}
outer_join(A) ::= LEFT opt_outer JOIN. { A = JOIN_LEFT; }
outer_join(A) ::= RIGHT opt_outer JOIN. { A = JOIN_RIGHT; }
%type natural_join {int}
natural_join(A) ::= NATURAL JOIN.      { A = JOIN_INNER; }
natural_join(A) ::= NATURAL INNER JOIN. { A = JOIN_INNER; }
natural_join(A) ::= NATURAL LEFT opt_outer JOIN. { A = JOIN_LEFT; }
natural_join(A) ::= NATURAL RIGHT opt_outer JOIN. { A = JOIN_RIGHT; }
opt_outer ::= .
opt_outer ::= OUTER.

table_factor(A) ::= table_ident(T) opt_partition(P) opt_as_of(O) opt_table_alias(N) opt_index_hints(H).
{
    A = ast_new(p, AST_TABLE_REF);
    ast_set(p, A, AST_K_TREF_NAME, T); ast_set(p, A, AST_K_TREF_ALIAS, N);
    ast_set(p, A, AST_K_TREF_HINTS, H); ast_set(p, A, AST_K_TREF_PARTITIONS, P);
    A->op = (uint16_t)O.op; ast_set(p, A, AST_K_TREF_ASOF, O.first);
}
table_factor(A) ::= subquery(S) opt_table_alias(N) opt_column_list(C).
    { A = ast_node3(p, AST_DERIVED, 0, S, N, C); }
table_factor(A) ::= LATERAL subquery(S) opt_table_alias(N) opt_column_list(C).
    { A = ast_node3(p, AST_DERIVED, 0, S, N, C); A->flags = AST_F_LATERAL; }
table_factor(A) ::= JSON_TABLE LP expr(X) COMMA text_literal(P) COLUMNS LP jt_columns(C) RP RP opt_table_alias(N).
    { A = ast_node3(p, AST_JSON_TABLE, 0, X, P, C); ast_set(p, A, 3, N); }
jt_columns(A) ::= jt_column(X).        { A = ast_list(p, X); }
jt_columns(A) ::= jt_columns(L) COMMA jt_column(X). { A = ast_append(p, L, X); }
jt_column(A) ::= ident(N) FOR ORDINALITY.
    { A = ast_new_op(p, AST_JT_COLUMN, JT_ORDINALITY); A->str = N->str; A->n = N->n; }
jt_column(A) ::= ident(N) data_type(T) PATH text_literal(P) json_on_clauses(O).
{
    A = ast_node2(p, AST_JT_COLUMN, JT_PATH, T, P); A->str = N->str; A->n = N->n;
    ast_set(p, A, 2, O.first); ast_set(p, A, 3, O.second);
}
jt_column(A) ::= ident(N) data_type(T) EXISTS PATH text_literal(P).
    { A = ast_node2(p, AST_JT_COLUMN, JT_EXISTS, T, P); A->str = N->str; A->n = N->n; }
jt_column(A) ::= NESTED opt_path text_literal(P) COLUMNS LP jt_columns(C) RP.
    { A = ast_node2(p, AST_JT_COLUMN, JT_NESTED, NULL, P); ast_set(p, A, 4, C); }
opt_path ::= .
opt_path ::= PATH.
// {OJ t LEFT JOIN u ON ...}: ODBC's outer-join escape is the join itself.
table_factor(A) ::= LBRACE OJ table_reference(T) RBRACE. { A = T; }
table_factor(A) ::= LP table_reference_list(L) RP.
    { A = L->n == 1 ? ast_first(L) : ast_node1(p, AST_TABLE_LIST, 0, L); }

opt_partition(A) ::= .                 { A = NULL; }
opt_partition(A) ::= PARTITION LP ident_list(L) RP. { A = L; }

// AS OF is JimKV's history read; FOR SYSTEM_TIME AS OF is MariaDB's spelling.
// first = the time, op = ASOF_* (how it was written).
%type opt_as_of {ast_pair}
opt_as_of(A) ::= .                     { A = (ast_pair){ NULL, NULL, ASOF_NONE }; }
// The keyword TIMESTAMP is optional: AS OF TIMESTAMP '...' reads a
// timestamp literal, and the tokenizer makes AS OF TIMESTAMP one token when
// no string follows (AS OF TIMESTAMP NOW() - INTERVAL 1 HOUR).
opt_as_of(A) ::= as_of bit_expr(X).    { A = (ast_pair){ X, NULL, ASOF_TIMESTAMP }; }
opt_as_of(A) ::= FOR_SYSTEM_TIME as_of bit_expr(X). { A = (ast_pair){ X, NULL, ASOF_SYSTEM_TIME }; }
as_of ::= AS_OF.
as_of ::= AS_OF_TIMESTAMP.

opt_table_alias(A) ::= .               { A = NULL; }
opt_table_alias(A) ::= ident(X).       { A = X; }
opt_table_alias(A) ::= AS ident(X).    { A = X; }

opt_index_hints(A) ::= .               { A = NULL; }
opt_index_hints(A) ::= index_hint_list(L). { A = L; }
index_hint_list(A) ::= index_hint(X).  { A = ast_list(p, X); }
index_hint_list(A) ::= index_hint_list(L) index_hint(X). { A = ast_append(p, L, X); }
index_hint(A) ::= hint_type(T) key_or_index hint_for(F) LP opt_hint_names(L) RP.
    { A = ast_node1(p, AST_INDEX_HINT, T, L ? L : ast_list(p, NULL)); A->flags = F; }
%type hint_type {int}
hint_type(A) ::= USE.                  { A = HINT_USE; }
hint_type(A) ::= FORCE.                { A = HINT_FORCE; }
hint_type(A) ::= IGNORE.               { A = HINT_IGNORE; }
key_or_index ::= KEY.
key_or_index ::= INDEX.
%type hint_for {uint32_t}
hint_for(A) ::= .                      { A = 0; }
hint_for(A) ::= FOR JOIN.              { A = AST_F_HINT_FOR_JOIN; }
hint_for(A) ::= FOR ORDER BY.          { A = AST_F_HINT_FOR_ORDER_BY; }
hint_for(A) ::= FOR GROUP BY.          { A = AST_F_HINT_FOR_GROUP_BY; }
opt_hint_names(A) ::= .                { A = NULL; }
opt_hint_names(A) ::= hint_names(L).   { A = L; }
hint_names(A) ::= ident(X).            { A = ast_list(p, X); }
hint_names(A) ::= PRIMARY.             { A = ast_list(p, ast_ident_str(p, "PRIMARY", 7)); }
hint_names(A) ::= hint_names(L) COMMA ident(X). { A = ast_append(p, L, X); }
hint_names(A) ::= hint_names(L) COMMA PRIMARY. { A = ast_append(p, L, ast_ident_str(p, "PRIMARY", 7)); }

//////////////////////////// INSERT and REPLACE ///////////////////////////////

insert_stmt(A) ::= INSERT insert_options(O) opt_into_kw table_ident(T) opt_partition(P) insert_source(S) opt_on_dup(D).
    { A = S; A->flags |= O; ast_set(p, A, AST_K_INS_TABLE, T); ast_set(p, A, AST_K_INS_PARTITIONS, P); ast_set(p, A, AST_K_INS_ON_DUP, D); }
insert_stmt(A) ::= REPLACE replace_options(O) opt_into_kw table_ident(T) opt_partition(P) insert_source(S).
    { A = S; A->flags |= O | AST_F_REPLACE; ast_set(p, A, AST_K_INS_TABLE, T); ast_set(p, A, AST_K_INS_PARTITIONS, P); }

%type insert_options {uint32_t}
insert_options(A) ::= .                { A = 0; }
insert_options(A) ::= LOW_PRIORITY opt_ignore(I). { A = AST_F_LOW_PRIORITY | I; }
insert_options(A) ::= DELAYED opt_ignore(I). { A = AST_F_DELAYED | I; }
insert_options(A) ::= HIGH_PRIORITY opt_ignore(I). { A = AST_F_INSERT_HIGH_PRIORITY | I; }
insert_options(A) ::= IGNORE.          { A = AST_F_IGNORE; }
%type replace_options {uint32_t}
replace_options(A) ::= .               { A = 0; }
replace_options(A) ::= LOW_PRIORITY.   { A = AST_F_LOW_PRIORITY; }
replace_options(A) ::= DELAYED.        { A = AST_F_DELAYED; }
%type opt_ignore {uint32_t}
opt_ignore(A) ::= .                    { A = 0; }
opt_ignore(A) ::= IGNORE.              { A = AST_F_IGNORE; }
opt_into_kw ::= .
opt_into_kw ::= INTO.

insert_source(A) ::= insert_values(V) opt_row_alias(R).
    { A = V; ast_set(p, A, AST_K_INS_ALIAS, R.first); ast_set(p, A, AST_K_INS_ALIAS_COLUMNS, R.second); }
insert_source(A) ::= LP RP insert_values(V) opt_row_alias(R).
    { A = V; ast_set(p, A, AST_K_INS_COLUMNS, ast_list(p, NULL)); ast_set(p, A, AST_K_INS_ALIAS, R.first); ast_set(p, A, AST_K_INS_ALIAS_COLUMNS, R.second); }
insert_source(A) ::= LP insert_columns(C) RP insert_values(V) opt_row_alias(R).
    { A = V; ast_set(p, A, AST_K_INS_COLUMNS, C); ast_set(p, A, AST_K_INS_ALIAS, R.first); ast_set(p, A, AST_K_INS_ALIAS_COLUMNS, R.second); }
insert_source(A) ::= SET assign_list(L) opt_row_alias(R).
    { A = ast_new_op(p, AST_INSERT, INSERT_SET); ast_set(p, A, AST_K_INS_SOURCE, L); ast_set(p, A, AST_K_INS_ALIAS, R.first); ast_set(p, A, AST_K_INS_ALIAS_COLUMNS, R.second); }
insert_source(A) ::= insert_query(Q).
    { A = ast_new_op(p, AST_INSERT, INSERT_SELECT); ast_set(p, A, AST_K_INS_SOURCE, Q); }
insert_source(A) ::= LP insert_columns(C) RP insert_query(Q).
    { A = ast_new_op(p, AST_INSERT, INSERT_SELECT); ast_set(p, A, AST_K_INS_COLUMNS, C); ast_set(p, A, AST_K_INS_SOURCE, Q); }
insert_source(A) ::= LP RP insert_query(Q).
    { A = ast_new_op(p, AST_INSERT, INSERT_SELECT); ast_set(p, A, AST_K_INS_COLUMNS, ast_list(p, NULL)); ast_set(p, A, AST_K_INS_SOURCE, Q); }

insert_query(A) ::= query_expression(Q). { A = Q; }

insert_columns(A) ::= simple_ident(X). { A = ast_list(p, X); }
insert_columns(A) ::= insert_columns(L) COMMA simple_ident(X). { A = ast_append(p, L, X); }

insert_values(A) ::= value_or_values row_value_list(L).
    { A = ast_new_op(p, AST_INSERT, INSERT_VALUES); ast_set(p, A, AST_K_INS_SOURCE, L); }
// INSERT ... VALUES ROW(1): the row list of INSERT, not a VALUES query.
value_or_values ::= VALUES. [INSERT_VALUES_ROW]
value_or_values ::= VALUE.
row_value_list(A) ::= row_value(X).    { A = ast_list(p, X); }
row_value_list(A) ::= row_value_list(L) COMMA row_value(X). { A = ast_append(p, L, X); }
row_value(A) ::= LP opt_values(V) RP.  { A = ast_node1(p, AST_ROW, 0, V); }
row_value(A) ::= ROW LP opt_values(V) RP. { A = ast_node1(p, AST_ROW, 0, V); }
opt_values(A) ::= .                    { A = ast_list(p, NULL); }
opt_values(A) ::= values(L).           { A = L; }
values(A) ::= expr_or_default(X).      { A = ast_list(p, X); }
values(A) ::= values(L) COMMA expr_or_default(X). { A = ast_append(p, L, X); }
expr_or_default(A) ::= expr(X).        { A = X; }
expr_or_default(A) ::= DEFAULT.        { A = ast_new(p, AST_DEFAULT); }

// AS new [(a, b)]: the alias and its columns.
%type opt_row_alias {ast_pair}
opt_row_alias(A) ::= .                 { A = (ast_pair){ NULL, NULL, 0 }; }
opt_row_alias(A) ::= AS ident(N) opt_column_list(C). { A = (ast_pair){ N, C, 0 }; }

opt_on_dup(A) ::= .                    { A = NULL; }
opt_on_dup(A) ::= ON DUPLICATE KEY UPDATE assign_list(L). { A = L; }

assign_list(A) ::= assignment(X).      { A = ast_list(p, X); }
assign_list(A) ::= assign_list(L) COMMA assignment(X). { A = ast_append(p, L, X); }
assignment(A) ::= simple_ident(C) EQ expr_or_default(X). { A = ast_node2(p, AST_ASSIGN, 0, C, X); }
assignment(A) ::= simple_ident(C) SET_VAR expr_or_default(X). { A = ast_node2(p, AST_ASSIGN, 0, C, X); }

//////////////////////////// UPDATE ///////////////////////////////////////////

update_stmt(A) ::= UPDATE update_options(O) table_reference_list(T) SET assign_list(S)
                   opt_where(W) opt_order_clause(R) opt_limit_clause(L).
{
    A = ast_new(p, AST_UPDATE);
    A->flags = O;
    ast_set(p, A, AST_K_UPD_TABLES, T); ast_set(p, A, AST_K_UPD_SET, S);
    ast_set(p, A, AST_K_UPD_WHERE, W); ast_set(p, A, AST_K_UPD_ORDER, R);
    ast_set(p, A, AST_K_UPD_LIMIT, L);
}
%type update_options {uint32_t}
update_options(A) ::= .                { A = 0; }
update_options(A) ::= update_options(B) LOW_PRIORITY. { A = B | AST_F_LOW_PRIORITY; }
update_options(A) ::= update_options(B) IGNORE. { A = B | AST_F_IGNORE; }

//////////////////////////// DELETE ///////////////////////////////////////////

delete_stmt(A) ::= DELETE delete_options(O) FROM table_ident(T) opt_table_alias(N) opt_partition(P)
                   opt_where(W) opt_order_clause(R) opt_limit_clause(L).
{
    A = ast_new_op(p, AST_DELETE, DELETE_SINGLE);
    A->flags = O;
    ast_set(p, A, AST_K_DEL_TARGETS, ast_list(p, T)); ast_set(p, A, AST_K_DEL_ALIAS, N);
    ast_set(p, A, AST_K_DEL_PARTITIONS, P); ast_set(p, A, AST_K_DEL_WHERE, W);
    ast_set(p, A, AST_K_DEL_ORDER, R); ast_set(p, A, AST_K_DEL_LIMIT, L);
}
delete_stmt(A) ::= DELETE delete_options(O) delete_targets(D) FROM table_reference_list(T) opt_where(W).
{
    A = ast_new_op(p, AST_DELETE, DELETE_MULTI_FROM);
    A->flags = O;
    ast_set(p, A, AST_K_DEL_TARGETS, D); ast_set(p, A, AST_K_DEL_TABLES, T);
    ast_set(p, A, AST_K_DEL_WHERE, W);
}
delete_stmt(A) ::= DELETE delete_options(O) FROM delete_targets(D) USING table_reference_list(T) opt_where(W).
{
    A = ast_new_op(p, AST_DELETE, DELETE_MULTI_USING);
    A->flags = O;
    ast_set(p, A, AST_K_DEL_TARGETS, D); ast_set(p, A, AST_K_DEL_TABLES, T);
    ast_set(p, A, AST_K_DEL_WHERE, W);
}
%type delete_options {uint32_t}
delete_options(A) ::= .                { A = 0; }
delete_options(A) ::= delete_options(B) LOW_PRIORITY. { A = B | AST_F_LOW_PRIORITY; }
delete_options(A) ::= delete_options(B) QUICK. { A = B | AST_F_QUICK; }
delete_options(A) ::= delete_options(B) IGNORE. { A = B | AST_F_IGNORE; }

delete_targets(A) ::= delete_target(X). { A = ast_list(p, X); }
delete_targets(A) ::= delete_targets(L) COMMA delete_target(X). { A = ast_append(p, L, X); }
delete_target(A) ::= table_ident(T).   { A = T; }
delete_target(A) ::= ident(T) DOT STAR. { A = ast_table_name(p, T, NULL); }
delete_target(A) ::= ident(S) DOT ident(T) DOT STAR. { A = ast_table_name(p, S, T); }

//////////////////////////// LOAD DATA //////////////////////////////////////

load_data_stmt(A) ::= LOAD DATA load_options(O) INFILE text_literal(F) load_duplicates(D)
                      INTO TABLE table_ident(T) opt_partition(P) opt_load_charset(C) file_options(X)
                      load_ignore_lines(I) opt_load_columns(L) opt_load_set(S).
{
    A = ast_new(p, AST_LOAD_DATA);
    A->flags = O | D;
    A->str2 = C;
    ast_set(p, A, AST_K_LOAD_FILE, F); ast_set(p, A, AST_K_LOAD_TABLE, T);
    ast_set(p, A, AST_K_LOAD_PARTITIONS, P); ast_set(p, A, AST_K_LOAD_OPTIONS, X);
    ast_set(p, A, AST_K_LOAD_IGNORE_LINES, I); ast_set(p, A, AST_K_LOAD_COLUMNS, L);
    ast_set(p, A, AST_K_LOAD_SET, S);
}
%type load_options {uint32_t}
load_options(A) ::= .                  { A = 0; }
load_options(A) ::= LOCAL.             { A = AST_F_LOCAL; }
load_options(A) ::= LOW_PRIORITY opt_local(L). { A = AST_F_LOW_PRIORITY | L; }
load_options(A) ::= CONCURRENT opt_local(L). { A = AST_F_CONCURRENT | L; }
%type opt_local {uint32_t}
opt_local(A) ::= .                     { A = 0; }
opt_local(A) ::= LOCAL.                { A = AST_F_LOCAL; }
%type load_duplicates {uint32_t}
load_duplicates(A) ::= .               { A = 0; }
load_duplicates(A) ::= REPLACE.        { A = AST_F_REPLACE; }
load_duplicates(A) ::= IGNORE.         { A = AST_F_IGNORE; }
load_ignore_lines(A) ::= .             { A = NULL; }
load_ignore_lines(A) ::= IGNORE NUM(N) LINES. { A = ast_number(p, LIT_INT, N); }
load_ignore_lines(A) ::= IGNORE NUM(N) ROWS. { A = ast_number(p, LIT_INT, N); }
opt_load_columns(A) ::= .              { A = NULL; }
opt_load_columns(A) ::= LP RP.         { A = ast_list(p, NULL); }
opt_load_columns(A) ::= LP load_column_list(L) RP. { A = L; }
load_column_list(A) ::= load_column(X). { A = ast_list(p, X); }
load_column_list(A) ::= load_column_list(L) COMMA load_column(X). { A = ast_append(p, L, X); }
load_column(A) ::= simple_ident(X).    { A = X; }
load_column(A) ::= USERVAR(X).         { A = ast_user_var(p, X); }
opt_load_set(A) ::= .                  { A = NULL; }
opt_load_set(A) ::= SET assign_list(L). { A = L; }

//////////////////////////// Data definition: parse_ddl.y /////////////////////
%include_grammar parse_ddl.y.

//////////////////////////// Administration: parse_admin.y ///////////////////
%include_grammar parse_admin.y.

%code {
/*
 * Drive the generated parser over the tokenizer.  It lives here because
 * the parser's state (yyParser) is only visible inside this file; it is
 * allocated in the statement arena, never on the C stack.
 */
static bool word_is(sql_token t, const char *w)
{
    size_t n = strlen(w);
    if (t.n != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((t.z[i] & ~0x20) != w[i] && t.z[i] != w[i]) return false;
    return true;
}

/* The type of the token after the one lx is about to return. */
static int peek_type(const sql_lexer *lx, int ahead)
{
    sql_lexer copy = *lx;
    sql_token t = { NULL, 0, 0 };
    for (int i = 0; i < ahead; i++) t = sql_lex(&copy);
    return t.type;
}

/*
 * Where one token of lookahead cannot tell two constructs apart, the
 * tokenizer looks further and joins two (or three) words into one token,
 * as MySQL's lexer does for WITH ROLLUP.  Each join is made only where the
 * words cannot mean anything else, so a table named nulls or a CTE named
 * rollup still works.
 */
static sql_token join_words(sql_lexer *lx, sql_token t)
{
    bool respect = word_is(t, "RESPECT");
    if (t.type != TK_FOR && t.type != TK_WITH && t.type != TK_AS && t.type != TK_IGNORE &&
        t.type != TK_SHOW && !respect)
        return t;
    sql_lexer after = *lx;
    sql_token next = sql_lex(&after);
    int joined = 0;
    if ((t.type == TK_IGNORE || respect) && word_is(next, "NULLS") && peek_type(&after, 1) == TK_OVER) {
        /* LAG(x) IGNORE NULLS OVER w */
        joined = t.type == TK_IGNORE ? TK_IGNORE_NULLS : TK_RESPECT_NULLS;
    } else if (t.type == TK_FOR && word_is(next, "SYSTEM_TIME")) {
        joined = TK_FOR_SYSTEM_TIME;
    } else if (t.type == TK_WITH && word_is(next, "ROLLUP") && peek_type(&after, 1) != TK_AS &&
               peek_type(&after, 1) != TK_LP) {
        /* GROUP BY a WITH ROLLUP, not WITH rollup AS (...) */
        joined = TK_WITH_ROLLUP;
    } else if (t.type == TK_SHOW && word_is(next, "COUNT")) {
        /* SHOW COUNT(*) WARNINGS: COUNT is no keyword, and an ID after
         * SHOW would swallow the offending word of SHOW FOO. */
        joined = TK_SHOW_COUNT;
    } else if (t.type == TK_AS && next.type == TK_OF) {
        /* AS OF TIMESTAMP expr, but AS OF TIMESTAMP '...' is AS OF and a
         * TIMESTAMP literal. */
        joined = TK_AS_OF;
        if (peek_type(&after, 1) == TK_TIMESTAMP && peek_type(&after, 2) != TK_TEXT_STRING) {
            joined = TK_AS_OF_TIMESTAMP;
            next = sql_lex(&after);
        }
    }
    if (!joined) return t;
    t.type = (uint16_t)joined;
    t.n = (uint32_t)(next.z + next.n - t.z);
    *lx = after;
    return t;
}

void sql_parser_run(sql_parse_ctx *p)
{
    yyParser *parser = jk_arena_alloc(p->scratch, sizeof(yyParser));
    if (!parser) ast_fail(p, PARSE_NO_MEMORY);
    sql_parserInit(parser, p);
    sql_lexer lx;
    sql_lexer_init(&lx, p->sql, p->len);
    for (;;) {
        sql_token t = sql_lex(&lx);
        if (t.type == TK_ILLEGAL || t.type == TK_UNTERMINATED) {
            p->failure = PARSE_SYNTAX;
            p->error_pos = (size_t)(t.z - p->sql);
            break;
        }
        t = join_words(&lx, t);
        p->token_pos = (size_t)(t.z - p->sql);
        sql_parser(parser, t.type, t);
        if (p->failure != PARSE_OK || t.type == 0) break;
    }
    sql_parserFinalize(parser);
}
}
