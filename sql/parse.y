/*
 * The MySQL 8 grammar, for the Lemon parser generator.
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
ident_or_text(A) ::= TEXT_STRING(X).   { ast *s = ast_string(p, X); A = ast_ident_str(p, s->str, s->n); }

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
simple_expr(A) ::= LP expr(X) COMMA expr_list(L) RP.
    { A = ast_node1(p, AST_ROW, 0, ast_prepend(p, L, X)); }
simple_expr(A) ::= ROW LP expr(X) COMMA expr_list(L) RP.
    { A = ast_node1(p, AST_ROW, 0, ast_prepend(p, L, X)); }
simple_expr(A) ::= EXISTS subquery(S).               { A = ast_node1(p, AST_EXISTS, 0, S); }
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
    { A = ast_node3(p, AST_JSON_VALUE, 0, J, P, T); ast_set(p, A, 3, O->kid[0]); ast_set(p, A, 4, O->kid[1]); }
opt_returning(A) ::= .                 { A = NULL; }
opt_returning(A) ::= RETURNING cast_type(T). { A = T; }
// A carrier whose kids are the ON EMPTY and ON ERROR clauses.
json_on_clauses(A) ::= .               { A = ast_node2(p, AST_JOIN, 0, NULL, NULL); }
json_on_clauses(A) ::= json_on_value(E) ON EMPTY. { A = ast_node2(p, AST_JOIN, 0, E, NULL); }
json_on_clauses(A) ::= json_on_value(R) ON ERROR. { A = ast_node2(p, AST_JOIN, 0, NULL, R); }
json_on_clauses(A) ::= json_on_value(E) ON EMPTY json_on_value(R) ON ERROR. { A = ast_node2(p, AST_JOIN, 0, E, R); }
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
// Aggregate options (DISTINCT, *, ORDER BY, SEPARATOR) and OVER are
// accepted after any name; the binder checks that the function allows them.
function_call(A) ::= func_name(F) LP RP opt_over(W).
    { A = ast_func(p, F, NULL); ast_set(p, A, AST_K_FUNC_OVER, W); }
function_call(A) ::= func_name(F) LP STAR RP opt_over(W).
    { A = ast_func(p, F, NULL); A->flags = AST_F_COUNT_STAR; ast_set(p, A, AST_K_FUNC_OVER, W); }
function_call(A) ::= func_name(F) LP func_args(L) opt_order_clause(O) opt_separator(S) RP opt_over(W).
    { A = ast_func(p, F, L); ast_set(p, A, AST_K_FUNC_ORDER, O); ast_set(p, A, AST_K_FUNC_SEPARATOR, S); ast_set(p, A, AST_K_FUNC_OVER, W); }

function_call(A) ::= func_name(F) LP DISTINCT func_args(L) opt_order_clause(O) opt_separator(S) RP opt_over(W).
    { A = ast_func(p, F, L); A->flags = AST_F_DISTINCT; ast_set(p, A, AST_K_FUNC_ORDER, O); ast_set(p, A, AST_K_FUNC_SEPARATOR, S); ast_set(p, A, AST_K_FUNC_OVER, W); }
function_call(A) ::= func_name(F) LP ALL func_args(L) RP opt_over(W).
    { A = ast_func(p, F, L); ast_set(p, A, AST_K_FUNC_OVER, W); }
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
func_name(A) ::= ID(X).                { A = ast_token_upper(p, X); }
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
reserved_func_name(A) ::= INTERVAL(X). { A = X; }
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
opt_separator(A) ::= SEPARATOR text_literal(S). { A = S; }

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
over_clause(A) ::= OVER window_name_or_spec(W). { A = W; }
over_clause(A) ::= RESPECT_NULLS OVER window_name_or_spec(W). { A = W; }
over_clause(A) ::= IGNORE_NULLS OVER window_name_or_spec(W). { A = W; A->flags |= AST_F_IGNORE_NULLS; }
window_name_or_spec(A) ::= ident(W).   { A = W; }
window_name_or_spec(A) ::= LP window_spec(S) RP. { A = S; }

window_spec(A) ::= opt_ident(B) opt_partition_clause(P) opt_order_clause(O) opt_frame(F).
    { A = ast_new(p, AST_WINDOW_SPEC); ast_set(p, A, 0, B); ast_set(p, A, 1, P); ast_set(p, A, 2, O); ast_set(p, A, 3, F); }
opt_ident(A) ::= .                     { A = NULL; }
opt_ident(A) ::= ident(X).             { A = X; }
opt_partition_clause(A) ::= .          { A = NULL; }
opt_partition_clause(A) ::= PARTITION BY expr_list(L). { A = L; }

opt_frame(A) ::= .                     { A = NULL; }
opt_frame(A) ::= frame_units(U) frame_bound(S).  { A = ast_node2(p, AST_FRAME, U, S, NULL); }
opt_frame(A) ::= frame_units(U) BETWEEN frame_bound(S) AND frame_bound(E). { A = ast_node2(p, AST_FRAME, U, S, E); }
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
query_body(A) ::= query_parens(X). [SUBQUERY_AS_EXPR]  { A = X; }
query_body(A) ::= query_body(X) UNION union_option(O) query_body(Y).
    { A = ast_new_op(p, AST_SETOP, SETOP_UNION); A->flags = O; ast_set(p, A, 1, X); ast_set(p, A, 2, Y); }
query_body(A) ::= query_body(X) EXCEPT union_option(O) query_body(Y).
    { A = ast_new_op(p, AST_SETOP, SETOP_EXCEPT); A->flags = O; ast_set(p, A, 1, X); ast_set(p, A, 2, Y); }
query_body(A) ::= query_body(X) INTERSECT union_option(O) query_body(Y).
    { A = ast_new_op(p, AST_SETOP, SETOP_INTERSECT); A->flags = O; ast_set(p, A, 1, X); ast_set(p, A, 2, Y); }

%type union_option {uint32_t}
union_option(A) ::= .                  { A = 0; }
union_option(A) ::= DISTINCT.          { A = AST_F_SETOP_DISTINCT; }
union_option(A) ::= ALL.               { A = AST_F_SETOP_ALL; }

query_parens(A) ::= LP query_expression(X) RP.        { A = X; }
query_parens(A) ::= LP query_expression(X) locking_list(L) RP. { A = ast_query_lock(p, X, L); }

// ((SELECT 1)) in an expression: the inner parentheses become the subquery.
subquery(A) ::= query_parens(X). [LP]  { A = ast_node1(p, AST_SUBQUERY, 0, X); }

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
select_item_list(A) ::= select_item_list(L) COMMA select_item(X). { A = ast_append(p, L, X); }
select_item(A) ::= STAR.                         { A = ast_node2(p, AST_STAR, 0, NULL, NULL); }
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
opt_order_clause(A) ::= ORDER BY order_list(L). { A = L; }
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
    if (O) { A->op = O->op; ast_set(p, A, AST_K_TREF_ASOF, O->kid[0]); }
}
table_factor(A) ::= subquery(S) opt_table_alias(N) opt_column_list(C).
    { A = ast_node3(p, AST_DERIVED, 0, S, N, C); }
table_factor(A) ::= LATERAL subquery(S) opt_table_alias(N) opt_column_list(C).
    { A = ast_node3(p, AST_DERIVED, 0, S, N, C); A->flags = AST_F_LATERAL; }
table_factor(A) ::= LP table_reference_list(L) RP.
    { A = L->n == 1 ? ast_first(L) : ast_node1(p, AST_TABLE_LIST, 0, L); }

opt_partition(A) ::= .                 { A = NULL; }
opt_partition(A) ::= PARTITION LP ident_list(L) RP. { A = L; }

// AS OF is JimKV's history read; FOR SYSTEM_TIME AS OF is MariaDB's spelling.
// Returned as a FRAME_BOUND-free carrier: op = ASOF_*, kid[0] = the time.
opt_as_of(A) ::= .                     { A = NULL; }
// The keyword TIMESTAMP is optional: AS OF TIMESTAMP '...' reads a
// timestamp literal, and the tokenizer makes AS OF TIMESTAMP one token when
// no string follows (AS OF TIMESTAMP NOW() - INTERVAL 1 HOUR).
opt_as_of(A) ::= as_of bit_expr(X).    { A = ast_node1(p, AST_SUBQUERY, ASOF_TIMESTAMP, X); }
opt_as_of(A) ::= FOR_SYSTEM_TIME as_of bit_expr(X). { A = ast_node1(p, AST_SUBQUERY, ASOF_SYSTEM_TIME, X); }
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
    { A = V; if (R) { ast_set(p, A, AST_K_INS_ALIAS, R->kid[0]); ast_set(p, A, AST_K_INS_ALIAS_COLUMNS, R->kid[1]); } }
insert_source(A) ::= LP RP insert_values(V) opt_row_alias(R).
    { A = V; ast_set(p, A, AST_K_INS_COLUMNS, ast_list(p, NULL)); if (R) { ast_set(p, A, AST_K_INS_ALIAS, R->kid[0]); ast_set(p, A, AST_K_INS_ALIAS_COLUMNS, R->kid[1]); } }
insert_source(A) ::= LP insert_columns(C) RP insert_values(V) opt_row_alias(R).
    { A = V; ast_set(p, A, AST_K_INS_COLUMNS, C); if (R) { ast_set(p, A, AST_K_INS_ALIAS, R->kid[0]); ast_set(p, A, AST_K_INS_ALIAS_COLUMNS, R->kid[1]); } }
insert_source(A) ::= SET assign_list(L) opt_row_alias(R).
    { A = ast_new_op(p, AST_INSERT, INSERT_SET); ast_set(p, A, AST_K_INS_SOURCE, L); if (R) { ast_set(p, A, AST_K_INS_ALIAS, R->kid[0]); ast_set(p, A, AST_K_INS_ALIAS_COLUMNS, R->kid[1]); } }
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

// AS new [(a, b)]: returned as a carrier whose kids are the alias and columns.
opt_row_alias(A) ::= .                 { A = NULL; }
opt_row_alias(A) ::= AS ident(N) opt_column_list(C). { A = ast_node2(p, AST_JOIN, 0, N, C); }

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

//////////////////////////// Data definition (ast_print_ddl.c) ////////////////
// @DDL-GRAMMAR@

//////////////////////////// Session and administration (ast_print_admin.c) ///
// @ADMIN-GRAMMAR@

cmd(A) ::= txn_stmt(B).                { A = B; }
cmd(A) ::= set_stmt(B).                { A = B; }
cmd(A) ::= use_stmt(B).                { A = B; }
cmd(A) ::= show_stmt(B).               { A = B; }
cmd(A) ::= explain_stmt(B).            { A = B; }
cmd(A) ::= session_stmt(B).            { A = B; }
cmd(A) ::= lock_stmt(B).               { A = B; }
cmd(A) ::= flush_stmt(B).              { A = B; }
cmd(A) ::= account_stmt(B).            { A = B; }
cmd(A) ::= grant_stmt(B).              { A = B; }
cmd(A) ::= subscribe_stmt(B).          { A = B; }

//////////////////////////// BEGIN, COMMIT, ROLLBACK, SAVEPOINT ///////////////

txn_stmt(A) ::= BEGIN txn_work.        { A = ast_new_op(p, AST_TXN, TXN_BEGIN); }
txn_stmt(A) ::= START TRANSACTION.     { A = ast_new_op(p, AST_TXN, TXN_START); }
txn_stmt(A) ::= START TRANSACTION txn_start_list(F).
    { A = ast_new_op(p, AST_TXN, TXN_START); A->flags = F; }
txn_stmt(A) ::= COMMIT txn_work txn_chain(C) txn_release(R).
    { A = ast_new_op(p, AST_TXN, TXN_COMMIT); A->flags = C | R; }
txn_stmt(A) ::= ROLLBACK txn_work txn_chain(C) txn_release(R).
    { A = ast_new_op(p, AST_TXN, TXN_ROLLBACK); A->flags = C | R; }
txn_stmt(A) ::= ROLLBACK txn_work TO txn_savepoint_kw ident(N).
    { A = ast_node1(p, AST_TXN, TXN_ROLLBACK_TO, N); }
txn_stmt(A) ::= SAVEPOINT ident(N).    { A = ast_node1(p, AST_TXN, TXN_SAVEPOINT, N); }
txn_stmt(A) ::= RELEASE SAVEPOINT ident(N). { A = ast_node1(p, AST_TXN, TXN_RELEASE_SAVEPOINT, N); }

txn_work ::= .
txn_work ::= WORK.
txn_savepoint_kw ::= .
txn_savepoint_kw ::= SAVEPOINT.

%type txn_chain {uint32_t}
txn_chain(A) ::= .                     { A = 0; }
txn_chain(A) ::= AND CHAIN.            { A = AST_F_TXN_CHAIN; }
txn_chain(A) ::= AND NO CHAIN.         { A = AST_F_TXN_NO_CHAIN; }
%type txn_release {uint32_t}
txn_release(A) ::= .                   { A = 0; }
txn_release(A) ::= RELEASE.            { A = AST_F_TXN_RELEASE; }
txn_release(A) ::= NO RELEASE.         { A = AST_F_TXN_NO_RELEASE; }

%type txn_start_list {uint32_t}
txn_start_list(A) ::= txn_start_char(X). { A = X; }
txn_start_list(A) ::= txn_start_list(L) COMMA txn_start_char(X). { A = L | X; }
%type txn_start_char {uint32_t}
txn_start_char(A) ::= WITH CONSISTENT SNAPSHOT. { A = AST_F_TXN_CONSISTENT_SNAPSHOT; }
txn_start_char(A) ::= txn_access(X).   { A = X; }
%type txn_access {uint32_t}
txn_access(A) ::= READ ONLY.           { A = AST_F_TXN_READ_ONLY; }
txn_access(A) ::= READ WRITE.          { A = AST_F_TXN_READ_WRITE; }

// Isolation level and access mode, in either order (SET TRANSACTION).
%type txn_chars {uint32_t}
txn_chars(A) ::= txn_access(X).        { A = X; }
txn_chars(A) ::= txn_access(X) COMMA txn_isolation(Y). { A = X | Y; }
txn_chars(A) ::= txn_isolation(X).     { A = X; }
txn_chars(A) ::= txn_isolation(X) COMMA txn_access(Y). { A = X | Y; }
%type txn_isolation {uint32_t}
txn_isolation(A) ::= ISOLATION LEVEL READ UNCOMMITTED. { A = AST_F_ISO_READ_UNCOMMITTED; }
txn_isolation(A) ::= ISOLATION LEVEL READ COMMITTED. { A = AST_F_ISO_READ_COMMITTED; }
txn_isolation(A) ::= ISOLATION LEVEL REPEATABLE READ. { A = AST_F_ISO_REPEATABLE_READ; }
txn_isolation(A) ::= ISOLATION LEVEL SERIALIZABLE. { A = AST_F_ISO_SERIALIZABLE; }

//////////////////////////// SET //////////////////////////////////////////////

// The grammar of MySQL's sql_yacc.yy (start_option_value_list): a list of
// assignments, or one of the SET TRANSACTION / PASSWORD / ROLE forms.
set_stmt(A) ::= SET set_list(L).       { A = ast_set_stmt(p, L); }
set_stmt(A) ::= SET TRANSACTION txn_chars(F).
    { A = ast_new_op(p, AST_SET_TRANSACTION, SCOPE_NONE); A->flags = F; }
set_stmt(A) ::= SET set_scope(S) TRANSACTION txn_chars(F).
    { A = ast_new_op(p, AST_SET_TRANSACTION, S); A->flags = F; }
set_stmt(A) ::= SET PASSWORD set_password_for(U) set_eq TEXT_STRING(S) set_pw_replace(R) set_pw_retain(K).
    { A = ast_node3(p, AST_SET_PASSWORD, 0, U, ast_string(p, S), R); A->flags = K; }
set_stmt(A) ::= SET PASSWORD set_password_for(U) TO RANDOM set_pw_replace(R) set_pw_retain(K).
    { A = ast_node3(p, AST_SET_PASSWORD, 0, U, NULL, R); A->flags = K | AST_F_AUTH_RANDOM; }
set_stmt(A) ::= SET ROLE set_role_spec(R). { A = ast_account(p, ACCOUNT_SET_ROLE, 0, NULL, NULL, R); }
set_stmt(A) ::= SET DEFAULT ROLE acct_role_spec(R) TO user_list(U).
    { A = ast_account(p, ACCOUNT_SET_DEFAULT_ROLE, 0, U, NULL, R); }

set_list(A) ::= set_elem(X).           { A = ast_list(p, X); }
set_list(A) ::= set_list(L) COMMA set_elem(X). { A = ast_append(p, L, X); }

// The scope of a bare name is settled by ast_set_stmt() once the list is
// complete: it may come from a keyword several elements back.
set_elem(A) ::= set_scope(S) set_name(N) set_eq set_value(V).
    { A = ast_node2(p, AST_SET_ASSIGN, S, N, V); A->flags = AST_F_SET_KEYWORD_SCOPE; }
set_elem(A) ::= set_name(N) set_eq set_value(V).
    { A = ast_node2(p, AST_SET_ASSIGN, 0, N, V); A->flags = AST_F_SET_BARE_NAME; }
set_elem(A) ::= AT_AT set_sysvar_scope(S) set_name(N) set_eq set_value(V).
    { N->op = (uint16_t)S; A = ast_node2(p, AST_SET_ASSIGN, 0, N, V); }
set_elem(A) ::= USERVAR(X) set_eq expr(V). { A = ast_node2(p, AST_SET_ASSIGN, 0, ast_user_var(p, X), V); }
set_elem(A) ::= NAMES charset_name(C) set_collate(L). { A = ast_set_charset(p, SETCS_NAMES, C, L); }
set_elem(A) ::= NAMES DEFAULT.         { A = ast_set_charset(p, SETCS_NAMES, NULL, NULL); }
set_elem(A) ::= adm_charset_kw charset_name(C). { A = ast_set_charset(p, SETCS_CHARSET, C, NULL); }
set_elem(A) ::= adm_charset_kw DEFAULT. { A = ast_set_charset(p, SETCS_CHARSET, NULL, NULL); }

adm_charset_kw ::= CHARACTER SET.
adm_charset_kw ::= CHARSET.

%type set_scope {int}
set_scope(A) ::= GLOBAL.               { A = SCOPE_GLOBAL; }
set_scope(A) ::= SESSION.              { A = SCOPE_SESSION; }
set_scope(A) ::= LOCAL.                { A = SCOPE_LOCAL; }
set_scope(A) ::= PERSIST.              { A = SCOPE_PERSIST; }
set_scope(A) ::= PERSIST_ONLY.         { A = SCOPE_PERSIST_ONLY; }
%type set_sysvar_scope {int}
set_sysvar_scope(A) ::= .              { A = SCOPE_NONE; }
set_sysvar_scope(A) ::= set_scope(S) DOT. { A = S; }

// A system variable, or a component's (validate_password.length) or a
// key cache's (hot_cache.key_buffer_size, DEFAULT.key_buffer_size).
set_name(A) ::= ident(N).              { A = ast_sysvar(p, SCOPE_NONE, NULL, N); }
set_name(A) ::= ident(X) DOT ident(N). { A = ast_sysvar(p, SCOPE_NONE, X, N); }
set_name(A) ::= DEFAULT DOT ident(N).  { A = ast_sysvar(p, SCOPE_NONE, ast_ident_str(p, "DEFAULT", 7), N); }

set_eq ::= EQ.
set_eq ::= SET_VAR.

// MySQL's set_expr_or_default: reserved words a system variable accepts
// as its value besides expressions (SET autocommit = ON).
set_value(A) ::= expr(X).              { A = X; }
set_value(A) ::= DEFAULT.              { A = ast_new(p, AST_DEFAULT); }
set_value(A) ::= ON.                   { A = ast_keyword(p, "ON"); }
set_value(A) ::= ALL.                  { A = ast_keyword(p, "ALL"); }
set_value(A) ::= BINARY.               { A = ast_keyword(p, "BINARY"); }
set_value(A) ::= ROW.                  { A = ast_keyword(p, "ROW"); }
set_value(A) ::= SYSTEM.               { A = ast_keyword(p, "SYSTEM"); }

%type set_collate {const char *}
set_collate(A) ::= .                   { A = NULL; }
set_collate(A) ::= COLLATE charset_name(C). { A = C; }

set_password_for(A) ::= .              { A = NULL; }
set_password_for(A) ::= FOR user(U).   { A = U; }
set_pw_replace(A) ::= .                { A = NULL; }
set_pw_replace(A) ::= REPLACE TEXT_STRING(S). { A = ast_string(p, S); }
%type set_pw_retain {uint32_t}
set_pw_retain(A) ::= .                 { A = 0; }
set_pw_retain(A) ::= RETAIN CURRENT PASSWORD. { A = AST_F_AUTH_RETAIN; }

set_role_spec(A) ::= acct_role_spec(R). { A = R; }
set_role_spec(A) ::= DEFAULT.          { A = ast_account(p, 0, AST_F_ACCT_ROLE_DEFAULT, NULL, NULL, NULL); }
set_role_spec(A) ::= ALL EXCEPT user_list(L). { A = ast_account(p, 0, AST_F_ACCT_ROLE_ALL, NULL, L, NULL); }

//////////////////////////// USE //////////////////////////////////////////////

use_stmt(A) ::= USE ident(D).          { A = ast_node1(p, AST_USE, 0, D); }

//////////////////////////// SHOW /////////////////////////////////////////////

show_stmt(A) ::= SHOW DATABASES show_filter(F). { A = ast_show_filter(p, ast_show(p, SHOW_DATABASES, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW SCHEMAS show_filter(F). { A = ast_show_filter(p, ast_show(p, SHOW_DATABASES, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW show_full(M) TABLES show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_TABLES, M, NULL, D), F); }
show_stmt(A) ::= SHOW TABLE STATUS show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_TABLE_STATUS, 0, NULL, D), F); }
show_stmt(A) ::= SHOW OPEN TABLES show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_OPEN_TABLES, 0, NULL, D), F); }
show_stmt(A) ::= SHOW show_full(M) show_columns_kw show_from table_ident(T) show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_COLUMNS, M, T, D), F); }
show_stmt(A) ::= SHOW show_extended(M) show_index_kw show_from table_ident(T) show_db(D) opt_where(W).
    { A = ast_show(p, SHOW_INDEX, M, T, D); ast_set(p, A, AST_K_SHOW_WHERE, W); }
show_stmt(A) ::= SHOW show_opt_full(M) TRIGGERS show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_TRIGGERS, M, NULL, D), F); }
show_stmt(A) ::= SHOW EVENTS show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_EVENTS, 0, NULL, D), F); }
show_stmt(A) ::= SHOW FUNCTION STATUS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_FUNCTION_STATUS, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW PROCEDURE STATUS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_PROCEDURE_STATUS, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW CREATE TABLE table_ident(T). { A = ast_show(p, SHOW_CREATE_TABLE, 0, T, NULL); }
show_stmt(A) ::= SHOW CREATE VIEW table_ident(T). { A = ast_show(p, SHOW_CREATE_VIEW, 0, T, NULL); }
show_stmt(A) ::= SHOW CREATE show_database_kw show_if_not_exists(E) ident(D).
    { A = ast_show(p, SHOW_CREATE_DATABASE, E, D, NULL); }
show_stmt(A) ::= SHOW CREATE USER user(U). { A = ast_show(p, SHOW_CREATE_USER, 0, U, NULL); }
show_stmt(A) ::= SHOW CREATE FUNCTION table_ident(T). { A = ast_show(p, SHOW_CREATE_FUNCTION, 0, T, NULL); }
show_stmt(A) ::= SHOW CREATE PROCEDURE table_ident(T). { A = ast_show(p, SHOW_CREATE_PROCEDURE, 0, T, NULL); }
show_stmt(A) ::= SHOW CREATE TRIGGER table_ident(T). { A = ast_show(p, SHOW_CREATE_TRIGGER, 0, T, NULL); }
show_stmt(A) ::= SHOW CREATE EVENT table_ident(T). { A = ast_show(p, SHOW_CREATE_EVENT, 0, T, NULL); }
show_stmt(A) ::= SHOW show_var_scope(S) VARIABLES show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_VARIABLES, S, NULL, NULL), F); }
show_stmt(A) ::= SHOW show_var_scope(S) STATUS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_STATUS, S, NULL, NULL), F); }
show_stmt(A) ::= SHOW WARNINGS opt_limit_clause(L).
    { A = ast_show(p, SHOW_WARNINGS, 0, NULL, NULL); ast_set(p, A, AST_K_SHOW_EXTRA, L); }
show_stmt(A) ::= SHOW ERRORS opt_limit_clause(L).
    { A = ast_show(p, SHOW_ERRORS, 0, NULL, NULL); ast_set(p, A, AST_K_SHOW_EXTRA, L); }
// COUNT is no keyword (it is a plain function name), so it arrives as ID.
show_stmt(A) ::= SHOW ID(C) LP STAR RP WARNINGS.
    { ast_expect_word(p, C, "COUNT"); A = ast_show(p, SHOW_COUNT_WARNINGS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW ID(C) LP STAR RP ERRORS.
    { ast_expect_word(p, C, "COUNT"); A = ast_show(p, SHOW_COUNT_ERRORS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW show_opt_full(M) PROCESSLIST. { A = ast_show(p, SHOW_PROCESSLIST, M, NULL, NULL); }
show_stmt(A) ::= SHOW ENGINES.         { A = ast_show(p, SHOW_ENGINES, 0, NULL, NULL); }
show_stmt(A) ::= SHOW STORAGE ENGINES. { A = ast_show(p, SHOW_ENGINES, 0, NULL, NULL); }
show_stmt(A) ::= SHOW ENGINE show_engine(E) STATUS. { A = ast_show(p, SHOW_ENGINE_STATUS, 0, E, NULL); }
show_stmt(A) ::= SHOW ENGINE show_engine(E) MUTEX. { A = ast_show(p, SHOW_ENGINE_MUTEX, 0, E, NULL); }
show_stmt(A) ::= SHOW adm_charset_kw show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_CHARSET, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW COLLATION show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_COLLATION, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW GRANTS.          { A = ast_show(p, SHOW_GRANTS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW GRANTS FOR user(U). { A = ast_show(p, SHOW_GRANTS, 0, U, NULL); }
show_stmt(A) ::= SHOW GRANTS FOR user(U) USING user_list(R).
    { A = ast_show(p, SHOW_GRANTS, 0, U, NULL); ast_set(p, A, AST_K_SHOW_EXTRA, R); }
show_stmt(A) ::= SHOW PRIVILEGES.      { A = ast_show(p, SHOW_PRIVILEGES, 0, NULL, NULL); }
show_stmt(A) ::= SHOW PLUGINS.         { A = ast_show(p, SHOW_PLUGINS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW MASTER STATUS.   { A = ast_show(p, SHOW_MASTER_STATUS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW REPLICA STATUS.  { A = ast_show(p, SHOW_REPLICA_STATUS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW SLAVE STATUS.    { A = ast_show(p, SHOW_REPLICA_STATUS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW REPLICAS.        { A = ast_show(p, SHOW_REPLICAS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW SLAVE HOSTS.     { A = ast_show(p, SHOW_REPLICAS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW BINARY LOGS.     { A = ast_show(p, SHOW_BINARY_LOGS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW MASTER LOGS.     { A = ast_show(p, SHOW_BINARY_LOGS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW PROFILES.        { A = ast_show(p, SHOW_PROFILES, 0, NULL, NULL); }

// [LIKE 'pattern' | WHERE expr], returned in a SHOW node for ast_show_filter().
show_filter(A) ::= .                   { A = NULL; }
show_filter(A) ::= LIKE text_literal(S). { A = ast_set(p, ast_new(p, AST_SHOW), AST_K_SHOW_LIKE, S); }
show_filter(A) ::= WHERE expr(X).      { A = ast_set(p, ast_new(p, AST_SHOW), AST_K_SHOW_WHERE, X); }

show_db(A) ::= .                       { A = NULL; }
show_db(A) ::= show_from ident(D).     { A = D; }
show_from ::= FROM.
show_from ::= IN.

show_columns_kw ::= COLUMNS.
show_columns_kw ::= FIELDS.
show_index_kw ::= INDEX.
show_index_kw ::= INDEXES.
show_index_kw ::= KEYS.
show_database_kw ::= DATABASE.
show_database_kw ::= SCHEMA.

%type show_full {uint32_t}
show_full(A) ::= .                     { A = 0; }
show_full(A) ::= FULL.                 { A = AST_F_SHOW_FULL; }
show_full(A) ::= EXTENDED.             { A = AST_F_SHOW_EXTENDED; }
show_full(A) ::= EXTENDED FULL.        { A = AST_F_SHOW_EXTENDED | AST_F_SHOW_FULL; }
%type show_opt_full {uint32_t}
show_opt_full(A) ::= .                 { A = 0; }
show_opt_full(A) ::= FULL.             { A = AST_F_SHOW_FULL; }
%type show_extended {uint32_t}
show_extended(A) ::= .                 { A = 0; }
show_extended(A) ::= EXTENDED.         { A = AST_F_SHOW_EXTENDED; }
%type show_var_scope {uint32_t}
show_var_scope(A) ::= .                { A = 0; }
show_var_scope(A) ::= GLOBAL.          { A = AST_F_SHOW_GLOBAL; }
show_var_scope(A) ::= SESSION.         { A = AST_F_SHOW_SESSION; }
show_var_scope(A) ::= LOCAL.           { A = AST_F_SHOW_SESSION; }
%type show_if_not_exists {uint32_t}
show_if_not_exists(A) ::= .            { A = 0; }
show_if_not_exists(A) ::= IF NOT EXISTS. { A = AST_F_SHOW_IF_NOT_EXISTS; }

show_engine(A) ::= ident_or_text(E).   { A = E; }
show_engine(A) ::= ALL.                { A = ast_keyword(p, "ALL"); }

//////////////////////////// DESCRIBE and EXPLAIN /////////////////////////////

explain_stmt(A) ::= explain_kw table_ident(T) explain_column(C).
    { A = ast_node2(p, AST_EXPLAIN, EXPLAIN_TABLE, T, C); }
explain_stmt(A) ::= explain_kw explain_format(F) explainable(S).
    { A = ast_node1(p, AST_EXPLAIN, EXPLAIN_STMT, S); A->str = F; A->n = F ? (uint32_t)strlen(F) : 0; }
explain_stmt(A) ::= explain_kw ANALYZE explain_format(F) explainable(S).
    { A = ast_node1(p, AST_EXPLAIN, EXPLAIN_ANALYZE, S); A->str = F; A->n = F ? (uint32_t)strlen(F) : 0; }
explain_stmt(A) ::= explain_kw explain_format(F) FOR CONNECTION expr(X).
    { A = ast_node1(p, AST_EXPLAIN, EXPLAIN_FOR_CONNECTION, X); A->str = F; A->n = F ? (uint32_t)strlen(F) : 0; }

explain_kw ::= EXPLAIN.
explain_kw ::= DESCRIBE.
explain_kw ::= DESC.

%type explain_format {const char *}
explain_format(A) ::= .                { A = NULL; }
explain_format(A) ::= FORMAT EQ ident_or_text(X). { A = ast_upper_copy(p, X); }

explainable(A) ::= select_stmt(S).     { A = S; }
explainable(A) ::= insert_stmt(S).     { A = S; }
explainable(A) ::= update_stmt(S).     { A = S; }
explainable(A) ::= delete_stmt(S).     { A = S; }

explain_column(A) ::= .                { A = NULL; }
explain_column(A) ::= ident(C).        { A = C; }
explain_column(A) ::= TEXT_STRING(S).  { A = ast_string(p, S); }

//////////////////////////// KILL, PREPARE, EXECUTE, DO, HELP /////////////////

session_stmt(A) ::= KILL kill_what(K) expr(X). { A = ast_node1(p, AST_KILL, K, X); }
session_stmt(A) ::= PREPARE ident(N) FROM text_literal(S). { A = ast_node2(p, AST_PREPARED, PS_PREPARE, N, S); }
session_stmt(A) ::= PREPARE ident(N) FROM USERVAR(V).
    { A = ast_node2(p, AST_PREPARED, PS_PREPARE, N, ast_user_var(p, V)); }
session_stmt(A) ::= EXECUTE ident(N).  { A = ast_node1(p, AST_PREPARED, PS_EXECUTE, N); }
session_stmt(A) ::= EXECUTE ident(N) USING ps_vars(L). { A = ast_node2(p, AST_PREPARED, PS_EXECUTE, N, L); }
session_stmt(A) ::= DEALLOCATE PREPARE ident(N). { A = ast_node1(p, AST_PREPARED, PS_DEALLOCATE, N); }
session_stmt(A) ::= DROP PREPARE ident(N). { A = ast_node1(p, AST_PREPARED, PS_DEALLOCATE, N); }
session_stmt(A) ::= DO expr_list(L).   { A = ast_node1(p, AST_DO, 0, L); }
session_stmt(A) ::= HELP ident_or_text(T). { A = ast_node1(p, AST_HELP, 0, T); }

%type kill_what {int}
kill_what(A) ::= .                     { A = KILL_CONNECTION; }
kill_what(A) ::= CONNECTION.           { A = KILL_CONNECTION; }
kill_what(A) ::= QUERY.                { A = KILL_QUERY; }

ps_vars(A) ::= USERVAR(V).             { A = ast_list(p, ast_user_var(p, V)); }
ps_vars(A) ::= ps_vars(L) COMMA USERVAR(V). { A = ast_append(p, L, ast_user_var(p, V)); }

//////////////////////////// LOCK and UNLOCK //////////////////////////////////

lock_stmt(A) ::= LOCK lock_tables_kw lock_list(L). { A = ast_node1(p, AST_LOCK_TABLES, LOCK_STMT_TABLES, L); }
lock_stmt(A) ::= UNLOCK lock_tables_kw. { A = ast_new_op(p, AST_LOCK_TABLES, LOCK_STMT_UNLOCK_TABLES); }
lock_stmt(A) ::= LOCK INSTANCE FOR BACKUP. { A = ast_new_op(p, AST_LOCK_TABLES, LOCK_STMT_INSTANCE); }
lock_stmt(A) ::= UNLOCK INSTANCE.      { A = ast_new_op(p, AST_LOCK_TABLES, LOCK_STMT_UNLOCK_INSTANCE); }

lock_tables_kw ::= TABLES.
lock_tables_kw ::= TABLE.
lock_list(A) ::= lock_item(X).         { A = ast_list(p, X); }
lock_list(A) ::= lock_list(L) COMMA lock_item(X). { A = ast_append(p, L, X); }
lock_item(A) ::= table_ident(T) opt_table_alias(N) lock_mode(M). { A = ast_node2(p, AST_LOCK_ITEM, M, T, N); }
%type lock_mode {int}
lock_mode(A) ::= READ.                 { A = LOCK_MODE_READ; }
lock_mode(A) ::= READ LOCAL.           { A = LOCK_MODE_READ_LOCAL; }
lock_mode(A) ::= WRITE.                { A = LOCK_MODE_WRITE; }
lock_mode(A) ::= LOW_PRIORITY WRITE.   { A = LOCK_MODE_LOW_PRIORITY_WRITE; }

//////////////////////////// FLUSH ////////////////////////////////////////////

flush_stmt(A) ::= FLUSH flush_local(L) lock_tables_kw flush_tables(T) flush_lock(K).
    { A = ast_node1(p, AST_FLUSH, FLUSH_TABLES, T); A->flags = L | K; }
flush_stmt(A) ::= FLUSH flush_local(L) flush_options(O).
    { A = ast_node1(p, AST_FLUSH, FLUSH_OPTIONS, O); A->flags = L; }

%type flush_local {uint32_t}
flush_local(A) ::= .                   { A = 0; }
flush_local(A) ::= LOCAL.              { A = AST_F_FLUSH_NO_WRITE_TO_BINLOG; }
flush_local(A) ::= NO_WRITE_TO_BINLOG. { A = AST_F_FLUSH_NO_WRITE_TO_BINLOG; }
flush_tables(A) ::= .                  { A = NULL; }
flush_tables(A) ::= table_ident_list(L). { A = L; }
%type flush_lock {uint32_t}
flush_lock(A) ::= .                    { A = 0; }
flush_lock(A) ::= WITH READ LOCK.      { A = AST_F_FLUSH_WITH_READ_LOCK; }
flush_lock(A) ::= FOR EXPORT.          { A = AST_F_FLUSH_FOR_EXPORT; }

flush_options(A) ::= flush_option(X).  { A = ast_list(p, ast_admin_option(p, X, NULL)); }
flush_options(A) ::= flush_options(L) COMMA flush_option(X). { A = ast_append(p, L, ast_admin_option(p, X, NULL)); }
%type flush_option {int}
flush_option(A) ::= PRIVILEGES.        { A = AOPT_FLUSH_PRIVILEGES; }
flush_option(A) ::= LOGS.              { A = AOPT_FLUSH_LOGS; }
flush_option(A) ::= BINARY LOGS.       { A = AOPT_FLUSH_BINARY_LOGS; }
flush_option(A) ::= ENGINE LOGS.       { A = AOPT_FLUSH_ENGINE_LOGS; }
flush_option(A) ::= ERROR LOGS.        { A = AOPT_FLUSH_ERROR_LOGS; }
flush_option(A) ::= GENERAL LOGS.      { A = AOPT_FLUSH_GENERAL_LOGS; }
flush_option(A) ::= RELAY LOGS.        { A = AOPT_FLUSH_RELAY_LOGS; }
flush_option(A) ::= SLOW LOGS.         { A = AOPT_FLUSH_SLOW_LOGS; }
flush_option(A) ::= STATUS.            { A = AOPT_FLUSH_STATUS; }
flush_option(A) ::= HOSTS.             { A = AOPT_FLUSH_HOSTS; }
flush_option(A) ::= OPTIMIZER_COSTS.   { A = AOPT_FLUSH_OPTIMIZER_COSTS; }
flush_option(A) ::= USER_RESOURCES.    { A = AOPT_FLUSH_USER_RESOURCES; }

//////////////////////////// Accounts and roles ///////////////////////////////

// 'u'@'h' arrives as TEXT_STRING then USERVAR "@'h'", u@localhost as ID
// then USERVAR "@localhost": the tokenizer reads @... as a user variable.
user(A) ::= ident_or_text(N).          { A = ast_user(p, N, NULL); }
user(A) ::= ident_or_text(N) USERVAR(H). { A = ast_user(p, N, &H); }
user(A) ::= CURRENT_USER.              { A = ast_new_op(p, AST_USER, USER_CURRENT); }
user(A) ::= CURRENT_USER LP RP.        { A = ast_new_op(p, AST_USER, USER_CURRENT); }
user_list(A) ::= user(U).              { A = ast_list(p, U); }
user_list(A) ::= user_list(L) COMMA user(U). { A = ast_append(p, L, U); }

account_stmt(A) ::= CREATE USER acct_if_not_exists(E) acct_create_list(L) acct_default_roles(R) acct_tail(T).
    { A = ast_account(p, ACCOUNT_CREATE_USER, E, L, R, T); }
account_stmt(A) ::= ALTER USER acct_if_exists(E) acct_alter_list(L) acct_tail(T).
    { A = ast_account(p, ACCOUNT_ALTER_USER, E, L, NULL, T); }
account_stmt(A) ::= ALTER USER acct_if_exists(E) USER LP RP acct_alter_password(X).
    { A = ast_account(p, ACCOUNT_ALTER_USER, E, ast_list(p, ast_node1(p, AST_USER, USER_FUNC, X)), NULL, NULL); }
account_stmt(A) ::= ALTER USER acct_if_exists(E) user(U) DEFAULT ROLE acct_role_spec(R).
    { A = ast_account(p, ACCOUNT_ALTER_USER_DEFAULT_ROLE, E, ast_list(p, U), NULL, R); }
account_stmt(A) ::= DROP USER acct_if_exists(E) user_list(L). { A = ast_account(p, ACCOUNT_DROP_USER, E, L, NULL, NULL); }
account_stmt(A) ::= RENAME USER acct_rename_list(L). { A = ast_account(p, ACCOUNT_RENAME_USER, 0, L, NULL, NULL); }
account_stmt(A) ::= CREATE ROLE acct_if_not_exists(E) user_list(L). { A = ast_account(p, ACCOUNT_CREATE_ROLE, E, L, NULL, NULL); }
account_stmt(A) ::= DROP ROLE acct_if_exists(E) user_list(L). { A = ast_account(p, ACCOUNT_DROP_ROLE, E, L, NULL, NULL); }

%type acct_if_not_exists {uint32_t}
acct_if_not_exists(A) ::= .            { A = 0; }
acct_if_not_exists(A) ::= IF NOT EXISTS. { A = AST_F_ACCT_IF_NOT_EXISTS; }
%type acct_if_exists {uint32_t}
acct_if_exists(A) ::= .                { A = 0; }
acct_if_exists(A) ::= IF EXISTS.       { A = AST_F_ACCT_IF_EXISTS; }

acct_rename_list(A) ::= user(F) TO user(T). { A = ast_list(p, ast_set(p, F, 0, T)); }
acct_rename_list(A) ::= acct_rename_list(L) COMMA user(F) TO user(T). { A = ast_append(p, L, ast_set(p, F, 0, T)); }

// CREATE and ALTER take different authentication forms (REPLACE and
// RETAIN only in ALTER), hence two lists.
acct_create_list(A) ::= acct_create_spec(U). { A = ast_list(p, U); }
acct_create_list(A) ::= acct_create_list(L) COMMA acct_create_spec(U). { A = ast_append(p, L, U); }
acct_create_spec(A) ::= user(U).       { A = U; }
acct_create_spec(A) ::= user(U) acct_auth_password(X). { A = ast_set(p, U, 0, X); }
acct_create_spec(A) ::= user(U) acct_auth_plugin(X). { A = ast_set(p, U, 0, X); }

acct_alter_list(A) ::= acct_alter_spec(U). { A = ast_list(p, U); }
acct_alter_list(A) ::= acct_alter_list(L) COMMA acct_alter_spec(U). { A = ast_append(p, L, U); }
acct_alter_spec(A) ::= user(U).        { A = U; }
acct_alter_spec(A) ::= user(U) acct_alter_password(X). { A = ast_set(p, U, 0, X); }
acct_alter_spec(A) ::= user(U) acct_auth_plugin(X). { A = ast_set(p, U, 0, X); }
acct_alter_spec(A) ::= user(U) DISCARD OLD PASSWORD. { A = U; A->flags |= AST_F_USER_DISCARD_OLD_PASSWORD; }

acct_alter_password(A) ::= acct_auth_password(X) set_pw_replace(R) set_pw_retain(K).
    { A = ast_set(p, X, 1, R); A->flags |= K; }
acct_auth_password(A) ::= IDENTIFIED BY TEXT_STRING(S). { A = ast_auth(p, AUTH_PASSWORD, NULL, ast_string(p, S)); }
acct_auth_password(A) ::= IDENTIFIED BY RANDOM PASSWORD. { A = ast_auth(p, AUTH_RANDOM, NULL, NULL); }
acct_auth_password(A) ::= IDENTIFIED WITH ident_or_text(G) BY TEXT_STRING(S).
    { A = ast_auth(p, AUTH_PASSWORD, G, ast_string(p, S)); }
acct_auth_password(A) ::= IDENTIFIED WITH ident_or_text(G) BY RANDOM PASSWORD.
    { A = ast_auth(p, AUTH_RANDOM, G, NULL); }
acct_auth_plugin(A) ::= IDENTIFIED WITH ident_or_text(G). { A = ast_auth(p, AUTH_PLUGIN, G, NULL); }
acct_auth_plugin(A) ::= IDENTIFIED WITH ident_or_text(G) AS TEXT_STRING(S).
    { A = ast_auth(p, AUTH_HASH, G, ast_string(p, S)); }

acct_default_roles(A) ::= .            { A = NULL; }
acct_default_roles(A) ::= DEFAULT ROLE user_list(L). { A = L; }

// NONE, ALL or a role list, in an ACCOUNT node for ast_account().
acct_role_spec(A) ::= NONE.            { A = ast_account(p, 0, AST_F_ACCT_ROLE_NONE, NULL, NULL, NULL); }
acct_role_spec(A) ::= ALL.             { A = ast_account(p, 0, AST_F_ACCT_ROLE_ALL, NULL, NULL, NULL); }
acct_role_spec(A) ::= user_list(L).    { A = ast_account(p, 0, 0, NULL, L, NULL); }

// REQUIRE, WITH, password and lock options, COMMENT: in this order, as in
// MySQL; returned in an ACCOUNT node for ast_account().
acct_tail(A) ::= acct_options(O).      { A = O; }
acct_tail(A) ::= acct_options(O) COMMENT TEXT_STRING(S).
    { A = ast_set(p, O, AST_K_ACCT_COMMENT, ast_string(p, S)); }
acct_tail(A) ::= acct_options(O) ATTRIBUTE TEXT_STRING(S).
    { A = ast_set(p, O, AST_K_ACCT_COMMENT, ast_string(p, S)); A->flags |= AST_F_ACCT_ATTRIBUTE; }
acct_options(A) ::= acct_require(Q) acct_resources(W) acct_password_options(O).
{
    A = ast_account(p, 0, 0, NULL, NULL, NULL);
    ast_set(p, A, AST_K_ACCT_REQUIRE, Q); ast_set(p, A, AST_K_ACCT_RESOURCES, W);
    ast_set(p, A, AST_K_ACCT_PASSWORD, O);
}

acct_require(A) ::= .                  { A = NULL; }
acct_require(A) ::= REQUIRE NONE.      { A = ast_list(p, ast_admin_option(p, AOPT_REQUIRE_NONE, NULL)); }
acct_require(A) ::= REQUIRE SSL.       { A = ast_list(p, ast_admin_option(p, AOPT_REQUIRE_SSL, NULL)); }
acct_require(A) ::= REQUIRE X509.      { A = ast_list(p, ast_admin_option(p, AOPT_REQUIRE_X509, NULL)); }
acct_require(A) ::= REQUIRE acct_tls_list(L). { A = L; }
acct_tls_list(A) ::= acct_tls(X).      { A = ast_list(p, X); }
acct_tls_list(A) ::= acct_tls_list(L) acct_tls(X). { A = ast_append(p, L, X); }
acct_tls_list(A) ::= acct_tls_list(L) AND acct_tls(X). { A = ast_append(p, L, X); }
acct_tls(A) ::= CIPHER TEXT_STRING(S). { A = ast_admin_option(p, AOPT_REQUIRE_CIPHER, ast_string(p, S)); }
acct_tls(A) ::= ISSUER TEXT_STRING(S). { A = ast_admin_option(p, AOPT_REQUIRE_ISSUER, ast_string(p, S)); }
acct_tls(A) ::= SUBJECT TEXT_STRING(S). { A = ast_admin_option(p, AOPT_REQUIRE_SUBJECT, ast_string(p, S)); }

acct_resources(A) ::= .                { A = NULL; }
acct_resources(A) ::= WITH acct_resource_list(L). { A = L; }
acct_resource_list(A) ::= acct_resource(X). { A = ast_list(p, X); }
acct_resource_list(A) ::= acct_resource_list(L) acct_resource(X). { A = ast_append(p, L, X); }
acct_resource(A) ::= MAX_QUERIES_PER_HOUR NUM(N).
    { A = ast_admin_option(p, AOPT_MAX_QUERIES_PER_HOUR, ast_number(p, LIT_INT, N)); }
acct_resource(A) ::= MAX_UPDATES_PER_HOUR NUM(N).
    { A = ast_admin_option(p, AOPT_MAX_UPDATES_PER_HOUR, ast_number(p, LIT_INT, N)); }
acct_resource(A) ::= MAX_CONNECTIONS_PER_HOUR NUM(N).
    { A = ast_admin_option(p, AOPT_MAX_CONNECTIONS_PER_HOUR, ast_number(p, LIT_INT, N)); }
acct_resource(A) ::= MAX_USER_CONNECTIONS NUM(N).
    { A = ast_admin_option(p, AOPT_MAX_USER_CONNECTIONS, ast_number(p, LIT_INT, N)); }

acct_password_options(A) ::= .        { A = NULL; }
acct_password_options(A) ::= acct_password_options(L) acct_password_option(X).
    { A = L ? ast_append(p, L, X) : ast_list(p, X); }
acct_password_option(A) ::= PASSWORD EXPIRE. { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE, NULL); }
acct_password_option(A) ::= PASSWORD EXPIRE DEFAULT. { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD EXPIRE NEVER. { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE_NEVER, NULL); }
acct_password_option(A) ::= PASSWORD EXPIRE INTERVAL NUM(N) DAY.
    { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE_INTERVAL, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD HISTORY NUM(N).
    { A = ast_admin_option(p, AOPT_PASSWORD_HISTORY, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD HISTORY DEFAULT. { A = ast_admin_option(p, AOPT_PASSWORD_HISTORY_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD REUSE INTERVAL NUM(N) DAY.
    { A = ast_admin_option(p, AOPT_PASSWORD_REUSE_INTERVAL, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD REUSE INTERVAL DEFAULT.
    { A = ast_admin_option(p, AOPT_PASSWORD_REUSE_INTERVAL_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD REQUIRE CURRENT. { A = ast_admin_option(p, AOPT_PASSWORD_REQUIRE_CURRENT, NULL); }
acct_password_option(A) ::= PASSWORD REQUIRE CURRENT DEFAULT.
    { A = ast_admin_option(p, AOPT_PASSWORD_REQUIRE_CURRENT_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD REQUIRE CURRENT OPTIONAL.
    { A = ast_admin_option(p, AOPT_PASSWORD_REQUIRE_CURRENT_OPTIONAL, NULL); }
acct_password_option(A) ::= FAILED_LOGIN_ATTEMPTS NUM(N).
    { A = ast_admin_option(p, AOPT_FAILED_LOGIN_ATTEMPTS, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD_LOCK_TIME NUM(N).
    { A = ast_admin_option(p, AOPT_PASSWORD_LOCK_TIME, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD_LOCK_TIME UNBOUNDED.
    { A = ast_admin_option(p, AOPT_PASSWORD_LOCK_TIME_UNBOUNDED, NULL); }
acct_password_option(A) ::= ACCOUNT LOCK. { A = ast_admin_option(p, AOPT_ACCOUNT_LOCK, NULL); }
acct_password_option(A) ::= ACCOUNT UNLOCK. { A = ast_admin_option(p, AOPT_ACCOUNT_UNLOCK, NULL); }

//////////////////////////// GRANT and REVOKE /////////////////////////////////

// A name in the privilege list is a dynamic privilege when ON follows and
// a role when TO/FROM does (MySQL's role_or_privilege_list).
grant_stmt(A) ::= GRANT grant_privs(L) ON grant_level(V) TO user_list(U) grant_with(W).
    { A = ast_grant(p, GRANT_PRIVILEGES, L, V, U); A->flags = W; }
grant_stmt(A) ::= GRANT priv_list(L) TO user_list(U) grant_with_admin(W).
    { A = ast_grant(p, GRANT_ROLES, ast_roles_from_privs(p, L), NULL, U); A->flags = W; }
grant_stmt(A) ::= GRANT PROXY ON user(P) TO user_list(U) grant_with(W).
    { A = ast_grant(p, GRANT_PROXY, NULL, P, U); A->flags = W; }
grant_stmt(A) ::= REVOKE grant_if_exists(E) grant_privs(L) ON grant_level(V) FROM user_list(U) grant_ignore(I).
    { A = ast_grant(p, REVOKE_PRIVILEGES, L, V, U); A->flags = E | I; }
grant_stmt(A) ::= REVOKE grant_if_exists(E) ALL grant_privileges_kw COMMA GRANT OPTION FROM user_list(U) grant_ignore(I).
    { A = ast_grant(p, REVOKE_ALL, NULL, NULL, U); A->flags = E | I; }
grant_stmt(A) ::= REVOKE grant_if_exists(E) priv_list(L) FROM user_list(U) grant_ignore(I).
    { A = ast_grant(p, REVOKE_ROLES, ast_roles_from_privs(p, L), NULL, U); A->flags = E | I; }
grant_stmt(A) ::= REVOKE grant_if_exists(E) PROXY ON user(P) FROM user_list(U) grant_ignore(I).
    { A = ast_grant(p, REVOKE_PROXY, NULL, P, U); A->flags = E | I; }

%type grant_with {uint32_t}
grant_with(A) ::= .                    { A = 0; }
grant_with(A) ::= WITH GRANT OPTION.   { A = AST_F_GRANT_WITH_GRANT_OPTION; }
%type grant_with_admin {uint32_t}
grant_with_admin(A) ::= .              { A = 0; }
grant_with_admin(A) ::= WITH ADMIN OPTION. { A = AST_F_GRANT_WITH_ADMIN_OPTION; }
%type grant_if_exists {uint32_t}
grant_if_exists(A) ::= .               { A = 0; }
grant_if_exists(A) ::= IF EXISTS.      { A = AST_F_GRANT_IF_EXISTS; }
%type grant_ignore {uint32_t}
grant_ignore(A) ::= .                  { A = 0; }
grant_ignore(A) ::= IGNORE UNKNOWN USER. { A = AST_F_GRANT_IGNORE_UNKNOWN_USER; }
grant_privileges_kw ::= .
grant_privileges_kw ::= PRIVILEGES.

grant_privs(A) ::= priv_list(L).       { A = L; }
grant_privs(A) ::= ALL grant_privileges_kw. { A = ast_list(p, ast_priv(p, "ALL", NULL)); }
priv_list(A) ::= priv(X).              { A = ast_list(p, X); }
priv_list(A) ::= priv_list(L) COMMA priv(X). { A = ast_append(p, L, X); }
priv(A) ::= static_priv(N) priv_columns(C). { A = ast_priv(p, N, C); }
priv(A) ::= ident_or_text(N) priv_columns(C). { A = ast_priv_name(p, N, NULL, C); }
priv(A) ::= ident_or_text(N) USERVAR(H). { A = ast_priv_name(p, N, &H, NULL); }
priv_columns(A) ::= .                  { A = NULL; }
priv_columns(A) ::= LP ident_list(L) RP. { A = L; }

%type static_priv {const char *}
static_priv(A) ::= SELECT.             { A = "SELECT"; }
static_priv(A) ::= INSERT.             { A = "INSERT"; }
static_priv(A) ::= UPDATE.             { A = "UPDATE"; }
static_priv(A) ::= DELETE.             { A = "DELETE"; }
static_priv(A) ::= CREATE.             { A = "CREATE"; }
static_priv(A) ::= DROP.               { A = "DROP"; }
static_priv(A) ::= RELOAD.             { A = "RELOAD"; }
static_priv(A) ::= SHUTDOWN.           { A = "SHUTDOWN"; }
static_priv(A) ::= PROCESS.            { A = "PROCESS"; }
static_priv(A) ::= FILE.               { A = "FILE"; }
static_priv(A) ::= REFERENCES.         { A = "REFERENCES"; }
static_priv(A) ::= INDEX.              { A = "INDEX"; }
static_priv(A) ::= ALTER.              { A = "ALTER"; }
static_priv(A) ::= SHOW DATABASES.     { A = "SHOW DATABASES"; }
static_priv(A) ::= SUPER.              { A = "SUPER"; }
static_priv(A) ::= CREATE TEMPORARY TABLES. { A = "CREATE TEMPORARY TABLES"; }
static_priv(A) ::= LOCK TABLES.        { A = "LOCK TABLES"; }
static_priv(A) ::= EXECUTE.            { A = "EXECUTE"; }
static_priv(A) ::= REPLICATION SLAVE.  { A = "REPLICATION SLAVE"; }
static_priv(A) ::= REPLICATION CLIENT. { A = "REPLICATION CLIENT"; }
static_priv(A) ::= CREATE VIEW.        { A = "CREATE VIEW"; }
static_priv(A) ::= SHOW VIEW.          { A = "SHOW VIEW"; }
static_priv(A) ::= CREATE ROUTINE.     { A = "CREATE ROUTINE"; }
static_priv(A) ::= ALTER ROUTINE.      { A = "ALTER ROUTINE"; }
static_priv(A) ::= CREATE USER.        { A = "CREATE USER"; }
static_priv(A) ::= EVENT.              { A = "EVENT"; }
static_priv(A) ::= TRIGGER.            { A = "TRIGGER"; }
static_priv(A) ::= CREATE TABLESPACE.  { A = "CREATE TABLESPACE"; }
static_priv(A) ::= CREATE ROLE.        { A = "CREATE ROLE"; }
static_priv(A) ::= DROP ROLE.          { A = "DROP ROLE"; }
static_priv(A) ::= USAGE.              { A = "USAGE"; }
static_priv(A) ::= GRANT OPTION.       { A = "GRANT OPTION"; }

// ON [TABLE | FUNCTION | PROCEDURE] {* | *.* | db.* | db.t | t}
grant_level(A) ::= grant_on_type(T) grant_target(G). { A = G; A->op = (uint16_t)T; }
%type grant_on_type {int}
grant_on_type(A) ::= .                 { A = GRANT_ON_ANY; }
grant_on_type(A) ::= TABLE.            { A = GRANT_ON_TABLE; }
grant_on_type(A) ::= FUNCTION.         { A = GRANT_ON_FUNCTION; }
grant_on_type(A) ::= PROCEDURE.        { A = GRANT_ON_PROCEDURE; }
grant_target(A) ::= STAR.              { A = ast_new(p, AST_GRANT_LEVEL); }
grant_target(A) ::= STAR DOT STAR.     { A = ast_new(p, AST_GRANT_LEVEL); A->flags = AST_F_GRANT_QUALIFIED; }
grant_target(A) ::= ident(D) DOT STAR. { A = ast_node2(p, AST_GRANT_LEVEL, 0, D, NULL); A->flags = AST_F_GRANT_QUALIFIED; }
grant_target(A) ::= ident(T).          { A = ast_node2(p, AST_GRANT_LEVEL, 0, NULL, T); }
grant_target(A) ::= ident(D) DOT ident(T). { A = ast_node2(p, AST_GRANT_LEVEL, 0, D, T); A->flags = AST_F_GRANT_QUALIFIED; }

//////////////////////////// SUBSCRIBE (JimKV) ////////////////////////////////

subscribe_stmt(A) ::= SUBSCRIBE subscribe_to table_ident(T) subscribe_as_of(X).
    { A = ast_node2(p, AST_SUBSCRIBE, 0, T, X); }
subscribe_to ::= .
subscribe_to ::= TO.
subscribe_as_of(A) ::= .               { A = NULL; }
subscribe_as_of(A) ::= AS_OF TIMESTAMP expr(X). { A = X; }

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

void sql_parser_run(sql_parse_ctx *p)
{
    yyParser *parser = jk_arena_alloc(p->arena, sizeof(yyParser));
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
        if (t.type == TK_FOR || t.type == TK_WITH || t.type == TK_AS || t.type == TK_IGNORE ||
            word_is(t, "RESPECT")) {
            /* One word of lookahead: FOR SYSTEM_TIME, WITH ROLLUP, AS OF. */
            sql_lexer peek = lx;
            sql_token next = sql_lex(&peek);
            int joined = 0;
            if ((t.type == TK_IGNORE || t.type != TK_FOR) && word_is(next, "NULLS") &&
                (t.type == TK_IGNORE || word_is(t, "RESPECT")))
                joined = t.type == TK_IGNORE ? TK_IGNORE_NULLS : TK_RESPECT_NULLS;
            else if (t.type == TK_FOR && word_is(next, "SYSTEM_TIME"))
                joined = TK_FOR_SYSTEM_TIME;
            else if (t.type == TK_WITH && word_is(next, "ROLLUP"))
                joined = TK_WITH_ROLLUP;
            else if (t.type == TK_AS && next.type == TK_OF) {
                joined = TK_AS_OF;
                sql_lexer peek2 = peek;
                sql_token word = sql_lex(&peek2);
                sql_lexer peek3 = peek2;
                if (word.type == TK_TIMESTAMP && sql_lex(&peek3).type != TK_TEXT_STRING) {
                    joined = TK_AS_OF_TIMESTAMP;
                    next = word;
                    peek = peek2;
                }
            }
            if (joined) {
                t.type = (uint16_t)joined;
                t.n = (uint32_t)(next.z + next.n - t.z);
                lx = peek;
            }
        }
        p->token_pos = (size_t)(t.z - p->sql);
        sql_parser(parser, t.type, t);
        if (p->failure != PARSE_OK || t.type == 0) break;
    }
    sql_parserFinalize(parser);
}
}
