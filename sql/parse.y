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
    if (O) { A->op = O->op; ast_set(p, A, AST_K_TREF_ASOF, O->kid[0]); }
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
    ast_set(p, A, 2, O->kid[0]); ast_set(p, A, 3, O->kid[1]);
}
jt_column(A) ::= ident(N) data_type(T) EXISTS PATH text_literal(P).
    { A = ast_node2(p, AST_JT_COLUMN, JT_EXISTS, T, P); A->str = N->str; A->n = N->n; }
jt_column(A) ::= NESTED opt_path text_literal(P) COLUMNS LP jt_columns(C) RP.
    { A = ast_node2(p, AST_JT_COLUMN, JT_NESTED, NULL, P); ast_set(p, A, 4, C); }
opt_path ::= .
opt_path ::= PATH.
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
// CREATE, ALTER, DROP, TRUNCATE and RENAME of databases, tables, indexes
// and views, JimKV's materialized views, and the table maintenance
// statements (MySQL 8.0 manual, "Data Definition Statements" and "Table
// Maintenance Statements").  The trees are described in ast_ddl_kinds.h.

cmd(A) ::= create_database_stmt(B).    { A = B; }
cmd(A) ::= alter_database_stmt(B).     { A = B; }
cmd(A) ::= create_table_stmt(B).       { A = B; }
cmd(A) ::= alter_table_stmt(B).        { A = B; }
cmd(A) ::= drop_stmt(B).               { A = B; }
cmd(A) ::= truncate_stmt(B).           { A = B; }
cmd(A) ::= rename_table_stmt(B).       { A = B; }
cmd(A) ::= create_index_stmt(B).       { A = B; }
cmd(A) ::= drop_index_stmt(B).         { A = B; }
cmd(A) ::= view_stmt(B).               { A = B; }
cmd(A) ::= table_maint_stmt(B).        { A = B; }
cmd(A) ::= tablespace_stmt(B).         { A = B; }
cmd(A) ::= import_table_stmt(B).       { A = B; }

//////////////////////////// DDL: shared pieces ///////////////////////////////

%type ddl_if_not_exists {uint32_t}
ddl_if_not_exists(A) ::= .             { A = 0; }
ddl_if_not_exists(A) ::= IF NOT EXISTS. { A = AST_F_DDL_IF_NOT_EXISTS; }
%type ddl_if_exists {uint32_t}
ddl_if_exists(A) ::= .                 { A = 0; }
ddl_if_exists(A) ::= IF EXISTS.        { A = AST_F_DDL_IF_EXISTS; }

ddl_eq ::= .
ddl_eq ::= EQ.

ddl_table_or_tables ::= TABLE.
ddl_table_or_tables ::= TABLES.

ddl_charset_kw ::= CHARACTER SET.
ddl_charset_kw ::= CHARSET.

// Character set and collation values are names; DEFAULT where MySQL allows it.
ddl_charset(A) ::= charset_name(C).    { A = ast_ident_str(p, C, strlen(C)); }
ddl_charset(A) ::= DEFAULT.            { A = ast_keyword(p, "DEFAULT"); }
ddl_collation(A) ::= ident_or_text(C). { A = C; }
ddl_collation(A) ::= DEFAULT.          { A = ast_keyword(p, "DEFAULT"); }

ddl_number(A) ::= NUM(X).              { A = ast_number(p, LIT_INT, X); }
ddl_number_or_default(A) ::= ddl_number(X). { A = X; }
ddl_number_or_default(A) ::= DEFAULT.  { A = ast_keyword(p, "DEFAULT"); }
ddl_string(A) ::= TEXT_STRING(X).      { A = ast_string(p, X); }
// A word from a fixed set (ROW_FORMAT=DYNAMIC, LOCK=NONE), kept upper case.
ddl_word(A) ::= ident(X).              { A = ast_keyword_of(p, X); }
ddl_word_or_default(A) ::= ddl_word(X). { A = X; }
ddl_word_or_default(A) ::= DEFAULT.    { A = ast_keyword(p, "DEFAULT"); }
// A size: a number, or one with a K, M or G suffix (4M), which reads as a name.
ddl_size(A) ::= ddl_number(X).         { A = X; }
ddl_size(A) ::= ddl_word(X).           { A = X; }

//////////////////////////// CREATE / ALTER / DROP DATABASE /////////////////////

create_database_stmt(A) ::= CREATE ddl_database_kw ddl_if_not_exists(F) ident(N) opt_database_options(O).
    { A = ast_node2(p, AST_CREATE_DATABASE, 0, N, O); A->flags = F; }
alter_database_stmt(A) ::= ALTER ddl_database_kw ident(N) database_options(O).
    { A = ast_node2(p, AST_ALTER_DATABASE, 0, N, O); }
alter_database_stmt(A) ::= ALTER ddl_database_kw database_options(O).
    { A = ast_node2(p, AST_ALTER_DATABASE, 0, NULL, O); }
drop_stmt(A) ::= DROP ddl_database_kw ddl_if_exists(F) ident(N).
    { A = ast_node1(p, AST_DROP, OBJ_DATABASE, ast_list(p, N)); A->flags = F; }

ddl_database_kw ::= DATABASE.
ddl_database_kw ::= SCHEMA.

opt_database_options(A) ::= .          { A = NULL; }
opt_database_options(A) ::= database_options(L). { A = L; }
database_options(A) ::= database_option(X). { A = ast_list(p, X); }
database_options(A) ::= database_options(L) database_option(X). { A = ast_append(p, L, X); }
database_option(A) ::= charset_option(X). { A = X; }
database_option(A) ::= collate_option(X). { A = X; }
database_option(A) ::= ENCRYPTION ddl_eq ddl_string(S). { A = ast_ddl_option(p, TOPT_ENCRYPTION, S); }
database_option(A) ::= DEFAULT ENCRYPTION ddl_eq ddl_string(S). { A = ast_ddl_option(p, TOPT_ENCRYPTION, S); }
database_option(A) ::= READ ONLY ddl_eq ddl_number_or_default(V). { A = ast_ddl_option(p, TOPT_READ_ONLY, V); }

// DEFAULT before CHARACTER SET and COLLATE says nothing; it is dropped.
charset_option(A) ::= ddl_charset_kw ddl_eq ddl_charset(C). { A = ast_ddl_option(p, TOPT_CHARSET, C); }
charset_option(A) ::= DEFAULT ddl_charset_kw ddl_eq ddl_charset(C). { A = ast_ddl_option(p, TOPT_CHARSET, C); }
collate_option(A) ::= COLLATE ddl_eq ddl_collation(C). { A = ast_ddl_option(p, TOPT_COLLATE, C); }
collate_option(A) ::= DEFAULT COLLATE ddl_eq ddl_collation(C). { A = ast_ddl_option(p, TOPT_COLLATE, C); }

//////////////////////////// CREATE TABLE ////////////////////////////////////////

create_table_stmt(A) ::= CREATE create_table_kw(K) ddl_if_not_exists(F) table_ident(T) create_table_body(B).
    { A = B; A->flags |= K | F; ast_set(p, A, AST_K_CT_NAME, T); }
%type create_table_kw {uint32_t}
create_table_kw(A) ::= TABLE.          { A = 0; }
create_table_kw(A) ::= TEMPORARY TABLE. { A = AST_F_DDL_TEMPORARY; }

// After the table name '(' opens either the element list or a query in
// parentheses, so the forms are spelled out rather than led by optional
// parts: an empty option list reduced before that '(' would be a conflict.
create_table_body(A) ::= LP table_element_list(E) RP create_table_tail(B).
    { A = B; ast_set(p, A, AST_K_CT_ELEMENTS, E); }
create_table_body(A) ::= LP LIKE table_ident(T) RP.
    { A = ast_new(p, AST_CREATE_TABLE); ast_set(p, A, AST_K_CT_LIKE, T); }
create_table_body(A) ::= LIKE table_ident(T).
    { A = ast_new(p, AST_CREATE_TABLE); ast_set(p, A, AST_K_CT_LIKE, T); }
create_table_body(A) ::= create_table_options(O) opt_partitioning(P) opt_create_query(Q).
    { A = ast_ddl_create_table(p, O, P, Q); }
create_table_body(A) ::= partitioning(P) opt_create_query(Q). { A = ast_ddl_create_table(p, NULL, P, Q); }
create_table_body(A) ::= create_query(Q). { A = Q; }

create_table_tail(A) ::= opt_create_table_options(O) opt_partitioning(P) opt_create_query(Q).
    { A = ast_ddl_create_table(p, O, P, Q); }

// [IGNORE | REPLACE] [AS] query, returned as the CREATE_TABLE being built.
opt_create_query(A) ::= .              { A = NULL; }
opt_create_query(A) ::= create_query(Q). { A = Q; }
create_query(A) ::= query_expression(Q).
    { A = ast_new(p, AST_CREATE_TABLE); ast_set(p, A, AST_K_CT_QUERY, Q); }
create_query(A) ::= create_query_prefix(F) query_expression(Q).
    { A = ast_new(p, AST_CREATE_TABLE); A->flags = F; ast_set(p, A, AST_K_CT_QUERY, Q); }
%type create_query_prefix {uint32_t}
create_query_prefix(A) ::= AS.         { A = 0; }
create_query_prefix(A) ::= IGNORE ddl_opt_as. { A = AST_F_DDL_IGNORE; }
create_query_prefix(A) ::= REPLACE ddl_opt_as. { A = AST_F_DDL_REPLACE; }
ddl_opt_as ::= .
ddl_opt_as ::= AS.

opt_create_table_options(A) ::= .      { A = NULL; }
opt_create_table_options(A) ::= create_table_options(L). { A = L; }
create_table_options(A) ::= table_option(X). { A = ast_list(p, X); }
create_table_options(A) ::= create_table_options(L) table_option(X). { A = ast_append(p, L, X); }
create_table_options(A) ::= create_table_options(L) COMMA table_option(X). { A = ast_append(p, L, X); }

table_element_list(A) ::= table_element(X). { A = ast_list(p, X); }
table_element_list(A) ::= table_element_list(L) COMMA table_element(X). { A = ast_append(p, L, X); }
table_element(A) ::= column_def(X).    { A = X; }
table_element(A) ::= table_constraint(X). { A = X; }

//////////////////////////// Column definitions ////////////////////////////////

column_def(A) ::= ident(N) data_type(T) opt_column_attrs(L).
    { A = ast_node3(p, AST_COLUMN_DEF, 0, N, T, L); }

// ENFORCED, KEY and the ON DELETE/UPDATE actions of an inline REFERENCES
// belong to the attribute before them; one token of lookahead cannot
// attach them here (NOT could start NOT NULL, ON UPDATE could start ON
// UPDATE CURRENT_TIMESTAMP, UNIQUE KEY differs from UNIQUE then KEY), so
// the list rules hand them to helpers that look at the previous attribute.
opt_column_attrs(A) ::= .              { A = NULL; }
opt_column_attrs(A) ::= column_attrs(L). { A = L; }
column_attrs(A) ::= column_attr(X).    { A = ast_list(p, X); }
column_attrs(A) ::= KEY.               { A = ast_ddl_attr_key(p, NULL); }
column_attrs(A) ::= column_attrs(L) column_attr(X). { A = ast_append(p, L, X); }
column_attrs(A) ::= column_attrs(L) KEY. { A = ast_ddl_attr_key(p, L); }
column_attrs(A) ::= column_attrs(L) ENFORCED(T). { A = ast_ddl_attr_enforced(p, L, AST_F_DDL_ENFORCED, T); }
column_attrs(A) ::= column_attrs(L) NOT ENFORCED(T). { A = ast_ddl_attr_enforced(p, L, AST_F_DDL_NOT_ENFORCED, T); }
column_attrs(A) ::= column_attrs(L) ON DELETE(T) ref_action(X). { A = ast_ddl_attr_ref_action(p, L, false, X, T); }
column_attrs(A) ::= column_attrs(L) ON UPDATE(T) ref_action(X). { A = ast_ddl_attr_ref_action(p, L, true, X, T); }

column_attr(A) ::= NULL.               { A = ast_ddl_attr(p, ATTR_NULL, NULL); }
column_attr(A) ::= NOT NULL.           { A = ast_ddl_attr(p, ATTR_NOT_NULL, NULL); }
column_attr(A) ::= DEFAULT default_value(V). { A = ast_ddl_attr(p, ATTR_DEFAULT, V); }
column_attr(A) ::= DEFAULT LP expr(X) RP. { A = ast_ddl_attr(p, ATTR_DEFAULT, X); A->flags = AST_F_DDL_EXPR; }
column_attr(A) ::= ON UPDATE now_value(V). { A = ast_ddl_attr(p, ATTR_ON_UPDATE, V); }
column_attr(A) ::= AUTO_INCREMENT.     { A = ast_ddl_attr(p, ATTR_AUTO_INCREMENT, NULL); }
column_attr(A) ::= SERIAL DEFAULT VALUE. { A = ast_ddl_attr(p, ATTR_SERIAL_DEFAULT_VALUE, NULL); }
column_attr(A) ::= PRIMARY KEY.        { A = ast_ddl_attr(p, ATTR_PRIMARY_KEY, NULL); }
column_attr(A) ::= UNIQUE.             { A = ast_ddl_attr(p, ATTR_UNIQUE, NULL); }
column_attr(A) ::= COMMENT ddl_string(S). { A = ast_ddl_attr(p, ATTR_COMMENT, S); }
column_attr(A) ::= COLLATE ident_or_text(C). { A = ast_ddl_attr(p, ATTR_COLLATE, C); }
column_attr(A) ::= AS LP expr(X) RP opt_generated_kind(F).
    { A = ast_ddl_attr(p, ATTR_GENERATED, X); A->flags = F; }
column_attr(A) ::= GENERATED ALWAYS AS LP expr(X) RP opt_generated_kind(F).
    { A = ast_ddl_attr(p, ATTR_GENERATED, X); A->flags = F; }
column_attr(A) ::= VISIBLE.            { A = ast_ddl_attr(p, ATTR_VISIBLE, NULL); }
column_attr(A) ::= INVISIBLE.          { A = ast_ddl_attr(p, ATTR_INVISIBLE, NULL); }
column_attr(A) ::= COLUMN_FORMAT ddl_word_or_default(V). { A = ast_ddl_attr(p, ATTR_COLUMN_FORMAT, V); }
column_attr(A) ::= STORAGE ddl_word_or_default(V). { A = ast_ddl_attr(p, ATTR_STORAGE, V); }
column_attr(A) ::= SRID ddl_number(X). { A = ast_ddl_attr(p, ATTR_SRID, X); }
column_attr(A) ::= check_constraint(C). { A = ast_ddl_attr(p, ATTR_CHECK, C); }
column_attr(A) ::= constraint_name(N) check_constraint(C).
    { A = ast_ddl_attr(p, ATTR_CHECK, ast_ddl_constraint_name(p, C, N)); }
column_attr(A) ::= ref_target(R).      { A = ast_ddl_attr(p, ATTR_REFERENCES, R); }
column_attr(A) ::= ENGINE_ATTRIBUTE ddl_eq ddl_string(S). { A = ast_ddl_attr(p, ATTR_ENGINE_ATTRIBUTE, S); }
column_attr(A) ::= SECONDARY_ENGINE_ATTRIBUTE ddl_eq ddl_string(S).
    { A = ast_ddl_attr(p, ATTR_SECONDARY_ENGINE_ATTRIBUTE, S); }

%type opt_generated_kind {uint32_t}
opt_generated_kind(A) ::= .            { A = 0; }
opt_generated_kind(A) ::= VIRTUAL.     { A = AST_F_DDL_VIRTUAL; }
opt_generated_kind(A) ::= STORED.      { A = AST_F_DDL_STORED; }

// DEFAULT takes a literal, a signed number or a time function without
// parentheses (MySQL's signed_literal and now_or_signed_literal); any other
// function call too, as MariaDB writes expression defaults in its dumps.
default_value(A) ::= literal(X).       { A = X; }
default_value(A) ::= MINUS ddl_signed_number(X). { A = ast_node1(p, AST_UNARY, OP_NEG, X); }
default_value(A) ::= PLUS ddl_signed_number(X). { A = ast_node1(p, AST_UNARY, OP_PLUS, X); }
default_value(A) ::= now_value(X).     { A = X; }
ddl_signed_number(A) ::= NUM(X).       { A = ast_number(p, LIT_INT, X); }
ddl_signed_number(A) ::= DECIMAL_NUM(X). { A = ast_number(p, LIT_DECIMAL, X); }
ddl_signed_number(A) ::= FLOAT_NUM(X). { A = ast_number(p, LIT_FLOAT, X); }
now_value(A) ::= niladic_func(F).      { A = ast_func(p, F, NULL); }
now_value(A) ::= function_call(F).     { A = F; }

//////////////////////////// Column types ////////////////////////////////////////

// Synonyms become one name: INTEGER and INT4 are INT, DEC and NUMERIC are
// DECIMAL, CHARACTER VARYING is VARCHAR, LONG is MEDIUMTEXT (MySQL 8.0
// manual, "Using Data Types from Other Database Engines").
data_type(A) ::= int_type(N) opt_field_length(L) type_flags(F).
    { A = ast_ddl_type(p, N, L, NULL); A->flags = F; }
data_type(A) ::= real_type(N) opt_precision(P) type_flags(F).
    { A = ast_ddl_type_precision(p, N, P); A->flags = F; }
data_type(A) ::= decimal_type opt_precision(P) type_flags(F).
    { A = ast_ddl_type_precision(p, "DECIMAL", P); A->flags = F; }
data_type(A) ::= BIT opt_field_length(L). { A = ast_ddl_type(p, "BIT", L, NULL); }
data_type(A) ::= TIME opt_field_length(L). { A = ast_ddl_type(p, "TIME", L, NULL); }
data_type(A) ::= TIMESTAMP opt_field_length(L). { A = ast_ddl_type(p, "TIMESTAMP", L, NULL); }
data_type(A) ::= DATETIME opt_field_length(L). { A = ast_ddl_type(p, "DATETIME", L, NULL); }
data_type(A) ::= YEAR opt_field_length(L). { A = ast_ddl_type(p, "YEAR", L, NULL); }
data_type(A) ::= BINARY opt_field_length(L). { A = ast_ddl_type(p, "BINARY", L, NULL); }
data_type(A) ::= VARBINARY LP NUM(L) RP. { A = ast_ddl_type(p, "VARBINARY", ast_number(p, LIT_INT, L), NULL); }
data_type(A) ::= BLOB opt_field_length(L). { A = ast_ddl_type(p, "BLOB", L, NULL); }
data_type(A) ::= char_type(N) opt_field_length(L) string_charset(C).
    { A = ast_ddl_type_charset(ast_ddl_type(p, N, L, NULL), C); }
data_type(A) ::= varchar_type(N) LP NUM(L) RP string_charset(C).
    { A = ast_ddl_type_charset(ast_ddl_type(p, N, ast_number(p, LIT_INT, L), NULL), C); }
data_type(A) ::= TEXT opt_field_length(L) string_charset(C).
    { A = ast_ddl_type_charset(ast_ddl_type(p, "TEXT", L, NULL), C); }
data_type(A) ::= text_type(N) string_charset(C). { A = ast_ddl_type_charset(ast_ddl_type(p, N, NULL, NULL), C); }
data_type(A) ::= ENUM LP text_list(V) RP string_charset(C).
    { A = ast_ddl_type_charset(ast_ddl_type(p, "ENUM", NULL, NULL), C); ast_set(p, A, AST_K_TYPE_VALUES, V); }
data_type(A) ::= SET LP text_list(V) RP string_charset(C).
    { A = ast_ddl_type_charset(ast_ddl_type(p, "SET", NULL, NULL), C); ast_set(p, A, AST_K_TYPE_VALUES, V); }
data_type(A) ::= plain_type(N).        { A = ast_ddl_type(p, N, NULL, NULL); }

%type int_type {const char *}
int_type(A) ::= TINYINT.               { A = "TINYINT"; }
int_type(A) ::= INT1.                  { A = "TINYINT"; }
int_type(A) ::= SMALLINT.              { A = "SMALLINT"; }
int_type(A) ::= INT2.                  { A = "SMALLINT"; }
int_type(A) ::= MEDIUMINT.             { A = "MEDIUMINT"; }
int_type(A) ::= INT3.                  { A = "MEDIUMINT"; }
int_type(A) ::= MIDDLEINT.             { A = "MEDIUMINT"; }
int_type(A) ::= INT.                   { A = "INT"; }
int_type(A) ::= INTEGER.               { A = "INT"; }
int_type(A) ::= INT4.                  { A = "INT"; }
int_type(A) ::= BIGINT.                { A = "BIGINT"; }
int_type(A) ::= INT8.                  { A = "BIGINT"; }
%type real_type {const char *}
real_type(A) ::= FLOAT.                { A = "FLOAT"; }
real_type(A) ::= FLOAT4.               { A = "FLOAT"; }
real_type(A) ::= DOUBLE.               { A = "DOUBLE"; }
real_type(A) ::= DOUBLE PRECISION.     { A = "DOUBLE"; }
real_type(A) ::= FLOAT8.               { A = "DOUBLE"; }
// REAL stays REAL: it is DOUBLE, or FLOAT under sql_mode REAL_AS_FLOAT.
real_type(A) ::= REAL.                 { A = "REAL"; }
decimal_type ::= DECIMAL.
decimal_type ::= DEC.
decimal_type ::= NUMERIC.
decimal_type ::= FIXED.
%type char_type {const char *}
char_type(A) ::= CHAR.                 { A = "CHAR"; }
char_type(A) ::= CHARACTER.            { A = "CHAR"; }
char_type(A) ::= NCHAR.                { A = "NCHAR"; }
char_type(A) ::= NATIONAL CHAR.        { A = "NCHAR"; }
char_type(A) ::= NATIONAL CHARACTER.   { A = "NCHAR"; }
%type varchar_type {const char *}
varchar_type(A) ::= VARCHAR.           { A = "VARCHAR"; }
varchar_type(A) ::= VARCHARACTER.      { A = "VARCHAR"; }
varchar_type(A) ::= CHAR VARYING.      { A = "VARCHAR"; }
varchar_type(A) ::= CHARACTER VARYING. { A = "VARCHAR"; }
varchar_type(A) ::= NVARCHAR.          { A = "NVARCHAR"; }
varchar_type(A) ::= NATIONAL VARCHAR.  { A = "NVARCHAR"; }
varchar_type(A) ::= NATIONAL CHAR VARYING. { A = "NVARCHAR"; }
varchar_type(A) ::= NATIONAL CHARACTER VARYING. { A = "NVARCHAR"; }
varchar_type(A) ::= NCHAR VARCHAR.     { A = "NVARCHAR"; }
varchar_type(A) ::= NCHAR VARYING.     { A = "NVARCHAR"; }
%type text_type {const char *}
text_type(A) ::= TINYTEXT.             { A = "TINYTEXT"; }
text_type(A) ::= MEDIUMTEXT.           { A = "MEDIUMTEXT"; }
text_type(A) ::= LONGTEXT.             { A = "LONGTEXT"; }
text_type(A) ::= LONG.                 { A = "MEDIUMTEXT"; }
text_type(A) ::= LONG VARCHAR.         { A = "MEDIUMTEXT"; }
%type plain_type {const char *}
plain_type(A) ::= BOOL.                { A = "BOOLEAN"; }
plain_type(A) ::= BOOLEAN.             { A = "BOOLEAN"; }
plain_type(A) ::= SERIAL.              { A = "SERIAL"; }
plain_type(A) ::= DATE.                { A = "DATE"; }
plain_type(A) ::= TINYBLOB.            { A = "TINYBLOB"; }
plain_type(A) ::= MEDIUMBLOB.          { A = "MEDIUMBLOB"; }
plain_type(A) ::= LONGBLOB.            { A = "LONGBLOB"; }
plain_type(A) ::= LONG VARBINARY.      { A = "MEDIUMBLOB"; }
plain_type(A) ::= JSON.                { A = "JSON"; }
plain_type(A) ::= GEOMETRY.            { A = "GEOMETRY"; }
plain_type(A) ::= POINT.               { A = "POINT"; }
plain_type(A) ::= LINESTRING.          { A = "LINESTRING"; }
plain_type(A) ::= POLYGON.             { A = "POLYGON"; }
plain_type(A) ::= MULTIPOINT.          { A = "MULTIPOINT"; }
plain_type(A) ::= MULTILINESTRING.     { A = "MULTILINESTRING"; }
plain_type(A) ::= MULTIPOLYGON.        { A = "MULTIPOLYGON"; }
plain_type(A) ::= GEOMETRYCOLLECTION.  { A = "GEOMETRYCOLLECTION"; }
plain_type(A) ::= GEOMCOLLECTION.      { A = "GEOMETRYCOLLECTION"; }

%type type_flags {uint32_t}
type_flags(A) ::= .                 { A = 0; }
type_flags(A) ::= type_flags(F) SIGNED. { A = F | AST_F_SIGNED; }
type_flags(A) ::= type_flags(F) UNSIGNED. { A = F | AST_F_UNSIGNED; }
type_flags(A) ::= type_flags(F) ZEROFILL. { A = F | AST_F_ZEROFILL; }

// [BINARY] [CHARACTER SET x] in either order; ASCII and UNICODE are the
// old shorthands for latin1 and ucs2.
string_charset(A) ::= .                { A = NULL; }
string_charset(A) ::= BINARY.          { A = ast_ddl_charset(p, AST_F_BINARY_ATTR, NULL); }
string_charset(A) ::= ddl_charset_kw charset_name(C). { A = ast_ddl_charset(p, 0, C); }
string_charset(A) ::= ddl_charset_kw charset_name(C) BINARY. { A = ast_ddl_charset(p, AST_F_BINARY_ATTR, C); }
string_charset(A) ::= BINARY ddl_charset_kw charset_name(C). { A = ast_ddl_charset(p, AST_F_BINARY_ATTR, C); }
string_charset(A) ::= ASCII.           { A = ast_ddl_charset(p, 0, "latin1"); }
string_charset(A) ::= UNICODE.         { A = ast_ddl_charset(p, 0, "ucs2"); }

text_list(A) ::= text_literal(X).      { A = ast_list(p, X); }
text_list(A) ::= text_list(L) COMMA text_literal(X). { A = ast_append(p, L, X); }

//////////////////////////// Constraints and indexes ///////////////////////////

table_constraint(A) ::= constraint_body(B). { A = B; }
table_constraint(A) ::= constraint_name(N) constraint_body(B). { A = ast_ddl_constraint_name(p, B, N); }
table_constraint(A) ::= index_def(B).  { A = B; }

// CONSTRAINT without a name is the same as no CONSTRAINT at all.
constraint_name(A) ::= CONSTRAINT.     { A = NULL; }
constraint_name(A) ::= CONSTRAINT ident(N). { A = N; }

constraint_body(A) ::= PRIMARY KEY opt_index_type(U) LP key_parts(K) RP opt_index_options(O).
    { A = ast_ddl_index(p, IDX_PRIMARY, NULL, U, K, O); }
constraint_body(A) ::= UNIQUE opt_key_or_index opt_ident(N) opt_index_type(U) LP key_parts(K) RP opt_index_options(O).
    { A = ast_ddl_index(p, IDX_UNIQUE, N, U, K, O); }
constraint_body(A) ::= FOREIGN KEY opt_ident(N) LP ident_list(C) RP references(R).
{
    A = ast_new(p, AST_FOREIGN_KEY);
    ast_set(p, A, AST_K_FK_NAME, N); ast_set(p, A, AST_K_FK_COLUMNS, C); ast_set(p, A, AST_K_FK_REFERENCES, R);
}
constraint_body(A) ::= check_constraint(C) opt_enforcement(E). { A = C; A->flags = E; }

index_def(A) ::= key_or_index opt_ident(N) opt_index_type(U) LP key_parts(K) RP opt_index_options(O).
    { A = ast_ddl_index(p, IDX_KEY, N, U, K, O); }
index_def(A) ::= FULLTEXT opt_key_or_index opt_ident(N) LP key_parts(K) RP opt_index_options(O).
    { A = ast_ddl_index(p, IDX_FULLTEXT, N, NULL, K, O); }
index_def(A) ::= SPATIAL opt_key_or_index opt_ident(N) LP key_parts(K) RP opt_index_options(O).
    { A = ast_ddl_index(p, IDX_SPATIAL, N, NULL, K, O); }
opt_key_or_index ::= .
opt_key_or_index ::= key_or_index.

check_constraint(A) ::= CHECK LP expr(X) RP. { A = ast_node2(p, AST_CHECK_CONSTRAINT, 0, NULL, X); }
%type opt_enforcement {uint32_t}
opt_enforcement(A) ::= .               { A = 0; }
opt_enforcement(A) ::= enforcement(E). { A = E; }
%type enforcement {uint32_t}
enforcement(A) ::= ENFORCED.           { A = AST_F_DDL_ENFORCED; }
enforcement(A) ::= NOT ENFORCED.       { A = AST_F_DDL_NOT_ENFORCED; }

// col, col(10) (a prefix), or (expr) for a functional key part; ASC is the
// default and is dropped.
key_parts(A) ::= key_part(X).          { A = ast_list(p, X); }
key_parts(A) ::= key_parts(L) COMMA key_part(X). { A = ast_append(p, L, X); }
key_part(A) ::= ident(C) opt_key_order(D). { A = ast_node2(p, AST_KEY_PART, 0, C, NULL); A->flags = D; }
key_part(A) ::= ident(C) LP NUM(N) RP opt_key_order(D).
    { A = ast_node2(p, AST_KEY_PART, 0, C, ast_number(p, LIT_INT, N)); A->flags = D; }
key_part(A) ::= LP expr(X) RP opt_key_order(D). { A = ast_node2(p, AST_KEY_PART, 0, X, NULL); A->flags = D; }
%type opt_key_order {uint32_t}
opt_key_order(A) ::= .                 { A = 0; }
opt_key_order(A) ::= ASC.              { A = 0; }
opt_key_order(A) ::= DESC.             { A = AST_F_DESC; }

// USING BTREE before the key parts is the same option as after them.
opt_index_type(A) ::= .                { A = NULL; }
opt_index_type(A) ::= index_type(X).   { A = X; }
index_type(A) ::= USING ident(T).      { A = ast_ddl_option(p, TOPT_USING, ast_keyword_of(p, T)); }
opt_index_options(A) ::= .             { A = NULL; }
opt_index_options(A) ::= index_options(L). { A = L; }
index_options(A) ::= index_option(X).  { A = ast_list(p, X); }
index_options(A) ::= index_options(L) index_option(X). { A = ast_append(p, L, X); }
index_option(A) ::= index_type(X).     { A = X; }
index_option(A) ::= KEY_BLOCK_SIZE ddl_eq ddl_number(X). { A = ast_ddl_option(p, TOPT_KEY_BLOCK_SIZE, X); }
index_option(A) ::= COMMENT ddl_string(S). { A = ast_ddl_option(p, TOPT_COMMENT, S); }
index_option(A) ::= WITH PARSER ident(N). { A = ast_ddl_option(p, TOPT_WITH_PARSER, N); }
index_option(A) ::= VISIBLE.           { A = ast_ddl_option(p, TOPT_VISIBLE, NULL); }
index_option(A) ::= INVISIBLE.         { A = ast_ddl_option(p, TOPT_INVISIBLE, NULL); }
index_option(A) ::= ENGINE_ATTRIBUTE ddl_eq ddl_string(S). { A = ast_ddl_option(p, TOPT_ENGINE_ATTRIBUTE, S); }
index_option(A) ::= SECONDARY_ENGINE_ATTRIBUTE ddl_eq ddl_string(S).
    { A = ast_ddl_option(p, TOPT_SECONDARY_ENGINE_ATTRIBUTE, S); }

ref_target(A) ::= REFERENCES table_ident(T) opt_ref_columns(C) opt_ref_match(M).
    { A = ast_node2(p, AST_REFERENCES, M, T, C); }
references(A) ::= ref_target(R) opt_ref_actions(F). { A = R; A->flags = F; }
opt_ref_columns(A) ::= .               { A = NULL; }
opt_ref_columns(A) ::= LP ident_list(L) RP. { A = L; }
%type opt_ref_match {int}
opt_ref_match(A) ::= .                 { A = REF_MATCH_NONE; }
opt_ref_match(A) ::= MATCH FULL.       { A = REF_MATCH_FULL; }
opt_ref_match(A) ::= MATCH PARTIAL.    { A = REF_MATCH_PARTIAL; }
opt_ref_match(A) ::= MATCH SIMPLE.     { A = REF_MATCH_SIMPLE; }
%type opt_ref_actions {uint32_t}
opt_ref_actions(A) ::= .               { A = 0; }
opt_ref_actions(A) ::= ON DELETE ref_action(D). { A = AST_REF_FLAGS(D, 0); }
opt_ref_actions(A) ::= ON UPDATE ref_action(U). { A = AST_REF_FLAGS(0, U); }
opt_ref_actions(A) ::= ON DELETE ref_action(D) ON UPDATE ref_action(U). { A = AST_REF_FLAGS(D, U); }
opt_ref_actions(A) ::= ON UPDATE ref_action(U) ON DELETE ref_action(D). { A = AST_REF_FLAGS(D, U); }
%type ref_action {int}
ref_action(A) ::= RESTRICT.            { A = REF_RESTRICT; }
ref_action(A) ::= CASCADE.             { A = REF_CASCADE; }
ref_action(A) ::= SET NULL.            { A = REF_SET_NULL; }
ref_action(A) ::= SET DEFAULT.         { A = REF_SET_DEFAULT; }
ref_action(A) ::= NO ACTION.           { A = REF_NO_ACTION; }

//////////////////////////// Table options ///////////////////////////////////////

table_option(A) ::= ENGINE ddl_eq ident_or_text(V). { A = ast_ddl_option(p, TOPT_ENGINE, V); }
table_option(A) ::= STORAGE ENGINE ddl_eq ident_or_text(V). { A = ast_ddl_option(p, TOPT_ENGINE, V); }
table_option(A) ::= SECONDARY_ENGINE ddl_eq ident_or_text(V). { A = ast_ddl_option(p, TOPT_SECONDARY_ENGINE, V); }
table_option(A) ::= SECONDARY_ENGINE ddl_eq NULL.
    { A = ast_ddl_option(p, TOPT_SECONDARY_ENGINE, ast_literal_kw(p, LIT_NULL)); }
table_option(A) ::= charset_option(X). { A = X; }
table_option(A) ::= collate_option(X). { A = X; }
table_option(A) ::= COMMENT ddl_eq ddl_string(S). { A = ast_ddl_option(p, TOPT_COMMENT, S); }
table_option(A) ::= AUTO_INCREMENT ddl_eq ddl_number(X). { A = ast_ddl_option(p, TOPT_AUTO_INCREMENT, X); }
table_option(A) ::= ROW_FORMAT ddl_eq ddl_word_or_default(V). { A = ast_ddl_option(p, TOPT_ROW_FORMAT, V); }
table_option(A) ::= AUTOEXTEND_SIZE ddl_eq ddl_size(X). { A = ast_ddl_option(p, TOPT_AUTOEXTEND_SIZE, X); }
table_option(A) ::= number_option(O) ddl_eq ddl_number(X). { A = ast_ddl_option(p, O, X); }
table_option(A) ::= number_or_default_option(O) ddl_eq ddl_number_or_default(X). { A = ast_ddl_option(p, O, X); }
table_option(A) ::= string_option(O) ddl_eq ddl_string(S). { A = ast_ddl_option(p, O, S); }
table_option(A) ::= INSERT_METHOD ddl_eq ddl_word(V). { A = ast_ddl_option(p, TOPT_INSERT_METHOD, V); }
table_option(A) ::= TABLESPACE ddl_eq ident(V). { A = ast_ddl_option(p, TOPT_TABLESPACE, V); }
table_option(A) ::= STORAGE ddl_word(V). { A = ast_ddl_option(p, TOPT_STORAGE, V); }
table_option(A) ::= UNION ddl_eq LP RP. { A = ast_ddl_option(p, TOPT_UNION, ast_list(p, NULL)); }
table_option(A) ::= UNION ddl_eq LP table_ident_list(L) RP. { A = ast_ddl_option(p, TOPT_UNION, L); }

%type number_option {int}
number_option(A) ::= KEY_BLOCK_SIZE.   { A = TOPT_KEY_BLOCK_SIZE; }
number_option(A) ::= AVG_ROW_LENGTH.   { A = TOPT_AVG_ROW_LENGTH; }
number_option(A) ::= CHECKSUM.         { A = TOPT_CHECKSUM; }
number_option(A) ::= TABLE_CHECKSUM.   { A = TOPT_CHECKSUM; }
number_option(A) ::= DELAY_KEY_WRITE.  { A = TOPT_DELAY_KEY_WRITE; }
number_option(A) ::= MAX_ROWS.         { A = TOPT_MAX_ROWS; }
number_option(A) ::= MIN_ROWS.         { A = TOPT_MIN_ROWS; }
%type number_or_default_option {int}
number_or_default_option(A) ::= PACK_KEYS. { A = TOPT_PACK_KEYS; }
number_or_default_option(A) ::= STATS_AUTO_RECALC. { A = TOPT_STATS_AUTO_RECALC; }
number_or_default_option(A) ::= STATS_PERSISTENT. { A = TOPT_STATS_PERSISTENT; }
number_or_default_option(A) ::= STATS_SAMPLE_PAGES. { A = TOPT_STATS_SAMPLE_PAGES; }
%type string_option {int}
string_option(A) ::= COMPRESSION.      { A = TOPT_COMPRESSION; }
string_option(A) ::= CONNECTION.       { A = TOPT_CONNECTION; }
string_option(A) ::= ENCRYPTION.       { A = TOPT_ENCRYPTION; }
string_option(A) ::= PASSWORD.         { A = TOPT_PASSWORD; }
string_option(A) ::= ENGINE_ATTRIBUTE. { A = TOPT_ENGINE_ATTRIBUTE; }
string_option(A) ::= SECONDARY_ENGINE_ATTRIBUTE. { A = TOPT_SECONDARY_ENGINE_ATTRIBUTE; }
string_option(A) ::= DATA DIRECTORY.   { A = TOPT_DATA_DIRECTORY; }
string_option(A) ::= INDEX DIRECTORY.  { A = TOPT_INDEX_DIRECTORY; }

//////////////////////////// Partitioning ////////////////////////////////////////

opt_partitioning(A) ::= .              { A = NULL; }
opt_partitioning(A) ::= partitioning(X). { A = X; }
partitioning(A) ::= PARTITION BY partition_method(M) opt_partition_count(N) opt_subpartitioning(S)
                    opt_partition_defs(D).
{
    A = M;
    ast_set(p, A, AST_K_PART_COUNT, N); ast_set(p, A, AST_K_PART_SUB, S); ast_set(p, A, AST_K_PART_DEFS, D);
}
partition_method(A) ::= hash_partition_method(X). { A = X; }
partition_method(A) ::= RANGE LP bit_expr(X) RP. { A = ast_node1(p, AST_PARTITION_BY, PART_RANGE, X); }
partition_method(A) ::= RANGE COLUMNS LP ident_list(L) RP.
    { A = ast_node1(p, AST_PARTITION_BY, PART_RANGE, L); A->flags = AST_F_DDL_COLUMNS; }
partition_method(A) ::= LIST LP bit_expr(X) RP. { A = ast_node1(p, AST_PARTITION_BY, PART_LIST, X); }
partition_method(A) ::= LIST COLUMNS LP ident_list(L) RP.
    { A = ast_node1(p, AST_PARTITION_BY, PART_LIST, L); A->flags = AST_F_DDL_COLUMNS; }
// HASH and KEY are the methods subpartitions can use too.
hash_partition_method(A) ::= opt_linear(F) HASH LP bit_expr(X) RP.
    { A = ast_node1(p, AST_PARTITION_BY, PART_HASH, X); A->flags = F; }
hash_partition_method(A) ::= opt_linear(F) KEY opt_key_algorithm(G) LP RP.
{
    A = ast_node1(p, AST_PARTITION_BY, PART_KEY, ast_list(p, NULL));
    A->flags = F; ast_set(p, A, AST_K_PART_ALGORITHM, G);
}
hash_partition_method(A) ::= opt_linear(F) KEY opt_key_algorithm(G) LP ident_list(L) RP.
{
    A = ast_node1(p, AST_PARTITION_BY, PART_KEY, L);
    A->flags = F; ast_set(p, A, AST_K_PART_ALGORITHM, G);
}
%type opt_linear {uint32_t}
opt_linear(A) ::= .                    { A = 0; }
opt_linear(A) ::= LINEAR.              { A = AST_F_DDL_LINEAR; }
opt_key_algorithm(A) ::= .             { A = NULL; }
opt_key_algorithm(A) ::= ALGORITHM EQ ddl_number(X). { A = X; }
opt_partition_count(A) ::= .           { A = NULL; }
opt_partition_count(A) ::= PARTITIONS ddl_number(X). { A = X; }
opt_subpartitioning(A) ::= .           { A = NULL; }
opt_subpartitioning(A) ::= SUBPARTITION BY hash_partition_method(M).  { A = M; }
opt_subpartitioning(A) ::= SUBPARTITION BY hash_partition_method(M) SUBPARTITIONS ddl_number(N).
    { A = M; ast_set(p, A, AST_K_PART_COUNT, N); }
// A query after PARTITION BY cannot start with ( unless AS comes first.
opt_partition_defs(A) ::= . [NO_PARTITION_DEFS] { A = NULL; }
opt_partition_defs(A) ::= LP partition_defs(L) RP. { A = L; }

partition_defs(A) ::= partition_def(X). { A = ast_list(p, X); }
partition_defs(A) ::= partition_defs(L) COMMA partition_def(X). { A = ast_append(p, L, X); }
partition_def(A) ::= PARTITION ident(N) partition_values(V) opt_partition_options(O) opt_subpartition_defs(S).
{
    A = V;
    ast_set(p, A, AST_K_PDEF_NAME, N); ast_set(p, A, AST_K_PDEF_OPTIONS, O); ast_set(p, A, AST_K_PDEF_SUBS, S);
}
partition_values(A) ::= .              { A = ast_new_op(p, AST_PARTITION_DEF, PVAL_NONE); }
partition_values(A) ::= VALUES LESS THAN MAXVALUE. { A = ast_new_op(p, AST_PARTITION_DEF, PVAL_LESS_THAN_MAXVALUE); }
partition_values(A) ::= VALUES LESS THAN LP partition_value_list(L) RP.
    { A = ast_new_op(p, AST_PARTITION_DEF, PVAL_LESS_THAN); ast_set(p, A, AST_K_PDEF_VALUES, L); }
partition_values(A) ::= VALUES IN LP partition_value_list(L) RP.
    { A = ast_new_op(p, AST_PARTITION_DEF, PVAL_IN); ast_set(p, A, AST_K_PDEF_VALUES, L); }
partition_value_list(A) ::= partition_value(X). { A = ast_list(p, X); }
partition_value_list(A) ::= partition_value_list(L) COMMA partition_value(X). { A = ast_append(p, L, X); }
partition_value(A) ::= bit_expr(X).    { A = X; }
partition_value(A) ::= MAXVALUE.       { A = ast_keyword(p, "MAXVALUE"); }
// Partitions take the storage options of a table, and NODEGROUP.
opt_partition_options(A) ::= .        { A = NULL; }
opt_partition_options(A) ::= partition_options(L). { A = L; }
partition_options(A) ::= partition_option(X). { A = ast_list(p, X); }
partition_options(A) ::= partition_options(L) partition_option(X). { A = ast_append(p, L, X); }
partition_option(A) ::= table_option(X). { A = X; }
partition_option(A) ::= NODEGROUP ddl_eq ddl_number(X). { A = ast_ddl_option(p, TOPT_NODEGROUP, X); }
opt_subpartition_defs(A) ::= .         { A = NULL; }
opt_subpartition_defs(A) ::= LP subpartition_defs(L) RP. { A = L; }
subpartition_defs(A) ::= subpartition_def(X). { A = ast_list(p, X); }
subpartition_defs(A) ::= subpartition_defs(L) COMMA subpartition_def(X). { A = ast_append(p, L, X); }
subpartition_def(A) ::= SUBPARTITION ident(N) opt_partition_options(O).
    { A = ast_node3(p, AST_PARTITION_DEF, PVAL_NONE, N, NULL, O); }

//////////////////////////// ALTER TABLE /////////////////////////////////////////

alter_table_stmt(A) ::= ALTER TABLE table_ident(T) alter_actions(B).
    { A = B; ast_set(p, A, AST_K_AT_NAME, T); }

// Items that end in a comma-separated list of their own (ORDER BY a, b;
// DROP PARTITION p1, p2) come last, as in MySQL: after their comma the
// next word would be needed to tell whose comma it is.  PARTITION BY and
// REMOVE PARTITIONING follow the list without a comma.
alter_actions(A) ::= .                 { A = ast_new(p, AST_ALTER_TABLE); }
alter_actions(A) ::= alter_list(L).    { A = ast_node2(p, AST_ALTER_TABLE, 0, NULL, L); }
alter_actions(A) ::= alter_last_item(X). { A = ast_node2(p, AST_ALTER_TABLE, 0, NULL, ast_list(p, X)); }
alter_actions(A) ::= alter_list(L) COMMA alter_last_item(X).
    { A = ast_node2(p, AST_ALTER_TABLE, 0, NULL, ast_append(p, L, X)); }
alter_actions(A) ::= alter_partitioning(P). { A = ast_node3(p, AST_ALTER_TABLE, 0, NULL, NULL, P); }
alter_actions(A) ::= alter_list(L) alter_partitioning(P). { A = ast_node3(p, AST_ALTER_TABLE, 0, NULL, L, P); }

alter_partitioning(A) ::= partitioning(X). { A = X; }
alter_partitioning(A) ::= REMOVE PARTITIONING. { A = ast_ddl_alter(p, ALTER_REMOVE_PARTITIONING, NULL, NULL); }

// Table options may follow one another without commas (ENGINE=InnoDB
// COMMENT='x'); they join the list as separate items.
alter_list(A) ::= alter_item(X).       { A = ast_list(p, X); }
alter_list(A) ::= table_option_seq(L). { A = L; }
alter_list(A) ::= alter_list(L) COMMA alter_item(X). { A = ast_append(p, L, X); }
alter_list(A) ::= alter_list(L) COMMA table_option_seq(O). { A = ast_list_concat(p, L, O); }
table_option_seq(A) ::= table_option(X). { A = ast_list(p, X); }
table_option_seq(A) ::= table_option_seq(L) table_option(X). { A = ast_append(p, L, X); }

alter_item(A) ::= ADD opt_column column_def(C) opt_place(P).
    { A = ast_ddl_place(p, ast_ddl_alter(p, ALTER_ADD_COLUMN, NULL, C), P); }
alter_item(A) ::= ADD opt_column LP table_element_list(L) RP. { A = ast_ddl_alter(p, ALTER_ADD_COLUMNS, L, NULL); }
alter_item(A) ::= ADD table_constraint(X). { A = ast_ddl_alter(p, ALTER_ADD_CONSTRAINT, X, NULL); }
alter_item(A) ::= ADD PARTITION LP partition_defs(L) RP. { A = ast_ddl_alter(p, ALTER_ADD_PARTITION, L, NULL); }
alter_item(A) ::= ADD PARTITION PARTITIONS ddl_number(N). { A = ast_ddl_alter(p, ALTER_ADD_PARTITION, NULL, N); }
alter_item(A) ::= DROP opt_column ident(N). { A = ast_ddl_alter(p, ALTER_DROP_COLUMN, N, NULL); }
alter_item(A) ::= DROP key_or_index ident(N). { A = ast_ddl_alter(p, ALTER_DROP_INDEX, N, NULL); }
alter_item(A) ::= DROP PRIMARY KEY.    { A = ast_ddl_alter(p, ALTER_DROP_PRIMARY_KEY, NULL, NULL); }
alter_item(A) ::= DROP FOREIGN KEY ident(N). { A = ast_ddl_alter(p, ALTER_DROP_FOREIGN_KEY, N, NULL); }
alter_item(A) ::= DROP CHECK ident(N). { A = ast_ddl_alter(p, ALTER_DROP_CHECK, N, NULL); }
alter_item(A) ::= DROP CONSTRAINT ident(N). { A = ast_ddl_alter(p, ALTER_DROP_CONSTRAINT, N, NULL); }
alter_item(A) ::= MODIFY opt_column column_def(C) opt_place(P).
    { A = ast_ddl_place(p, ast_ddl_alter(p, ALTER_MODIFY_COLUMN, NULL, C), P); }
alter_item(A) ::= CHANGE opt_column ident(O) column_def(C) opt_place(P).
    { A = ast_ddl_place(p, ast_ddl_alter(p, ALTER_CHANGE_COLUMN, O, C), P); }
alter_item(A) ::= RENAME COLUMN ident(F) TO ident(T). { A = ast_ddl_alter(p, ALTER_RENAME_COLUMN, F, T); }
alter_item(A) ::= RENAME key_or_index ident(F) TO ident(T). { A = ast_ddl_alter(p, ALTER_RENAME_INDEX, F, T); }
alter_item(A) ::= RENAME opt_rename_to table_ident(T). { A = ast_ddl_alter(p, ALTER_RENAME_TABLE, T, NULL); }
alter_item(A) ::= ALTER opt_column ident(C) SET DEFAULT default_value(V).
    { A = ast_ddl_alter(p, ALTER_SET_DEFAULT, C, V); }
alter_item(A) ::= ALTER opt_column ident(C) SET DEFAULT LP expr(X) RP.
    { A = ast_ddl_alter(p, ALTER_SET_DEFAULT, C, X); A->flags = AST_F_DDL_EXPR; }
alter_item(A) ::= ALTER opt_column ident(C) DROP DEFAULT. { A = ast_ddl_alter(p, ALTER_DROP_DEFAULT, C, NULL); }
alter_item(A) ::= ALTER opt_column ident(C) SET VISIBLE. { A = ast_ddl_alter(p, ALTER_SET_VISIBLE, C, NULL); }
alter_item(A) ::= ALTER opt_column ident(C) SET INVISIBLE. { A = ast_ddl_alter(p, ALTER_SET_INVISIBLE, C, NULL); }
alter_item(A) ::= ALTER INDEX ident(N) VISIBLE. { A = ast_ddl_alter(p, ALTER_INDEX_VISIBLE, N, NULL); }
alter_item(A) ::= ALTER INDEX ident(N) INVISIBLE. { A = ast_ddl_alter(p, ALTER_INDEX_INVISIBLE, N, NULL); }
alter_item(A) ::= ALTER CHECK ident(N) enforcement(E).
    { A = ast_ddl_alter(p, ALTER_CHECK_ENFORCEMENT, N, NULL); A->flags = E; }
alter_item(A) ::= ALTER CONSTRAINT ident(N) enforcement(E).
    { A = ast_ddl_alter(p, ALTER_CONSTRAINT_ENFORCEMENT, N, NULL); A->flags = E; }
alter_item(A) ::= CONVERT TO ddl_charset_kw ddl_charset(C). { A = ast_ddl_alter(p, ALTER_CONVERT_CHARSET, C, NULL); }
alter_item(A) ::= CONVERT TO ddl_charset_kw ddl_charset(C) COLLATE ddl_collation(L).
    { A = ast_ddl_alter(p, ALTER_CONVERT_CHARSET, C, L); }
alter_item(A) ::= ENABLE KEYS.         { A = ast_ddl_alter(p, ALTER_ENABLE_KEYS, NULL, NULL); }
alter_item(A) ::= DISABLE KEYS.        { A = ast_ddl_alter(p, ALTER_DISABLE_KEYS, NULL, NULL); }
alter_item(A) ::= FORCE.               { A = ast_ddl_alter(p, ALTER_FORCE, NULL, NULL); }
alter_item(A) ::= DISCARD TABLESPACE.  { A = ast_ddl_alter(p, ALTER_DISCARD_TABLESPACE, NULL, NULL); }
alter_item(A) ::= IMPORT TABLESPACE.   { A = ast_ddl_alter(p, ALTER_IMPORT_TABLESPACE, NULL, NULL); }
alter_item(A) ::= WITH VALIDATION.     { A = ast_ddl_alter(p, ALTER_WITH_VALIDATION, NULL, NULL); }
alter_item(A) ::= WITHOUT VALIDATION.  { A = ast_ddl_alter(p, ALTER_WITHOUT_VALIDATION, NULL, NULL); }
alter_item(A) ::= alter_mode(X).       { A = X; }
alter_item(A) ::= COALESCE PARTITION ddl_number(N). { A = ast_ddl_alter(p, ALTER_COALESCE_PARTITION, NULL, N); }
alter_item(A) ::= REORGANIZE PARTITION ident_list(L) INTO LP partition_defs(D) RP.
    { A = ast_ddl_alter(p, ALTER_REORGANIZE_PARTITION, L, D); }

alter_last_item(A) ::= ORDER BY order_list(L). { A = ast_ddl_alter(p, ALTER_ORDER_BY, L, NULL); }
alter_last_item(A) ::= DROP PARTITION ident_list(L). { A = ast_ddl_alter(p, ALTER_DROP_PARTITION, L, NULL); }
alter_last_item(A) ::= TRUNCATE PARTITION ident_list(L). { A = ast_ddl_alter(p, ALTER_TRUNCATE_PARTITION, L, NULL); }
alter_last_item(A) ::= TRUNCATE PARTITION ALL. { A = ast_ddl_alter(p, ALTER_TRUNCATE_PARTITION, NULL, NULL); }

opt_column ::= .
opt_column ::= COLUMN.
opt_rename_to ::= .
opt_rename_to ::= TO.
opt_rename_to ::= AS.
// FIRST, or AFTER a column.
opt_place(A) ::= .                     { A = NULL; }
opt_place(A) ::= FIRST.                { A = ast_keyword(p, "FIRST"); }
opt_place(A) ::= AFTER ident(C).       { A = C; }

// ALGORITHM and LOCK, also after CREATE INDEX and DROP INDEX.
alter_mode(A) ::= ALGORITHM ddl_eq ddl_word_or_default(V). { A = ast_ddl_option(p, TOPT_ALGORITHM, V); }
alter_mode(A) ::= LOCK ddl_eq ddl_word_or_default(V). { A = ast_ddl_option(p, TOPT_LOCK, V); }
opt_alter_modes(A) ::= .               { A = NULL; }
opt_alter_modes(A) ::= alter_modes(L). { A = L; }
alter_modes(A) ::= alter_mode(X).      { A = ast_list(p, X); }
alter_modes(A) ::= alter_modes(L) alter_mode(X). { A = ast_append(p, L, X); }

//////////////////////////// CREATE / DROP INDEX ///////////////////////////////

create_index_stmt(A) ::= CREATE index_kind(K) INDEX ident(N) opt_index_type(U) ON table_ident(T)
                         LP key_parts(P) RP opt_index_options(O) opt_alter_modes(M).
    { A = ast_node3(p, AST_CREATE_INDEX, 0, ast_ddl_index(p, K, N, U, P, O), T, M); }
%type index_kind {int}
index_kind(A) ::= .                    { A = IDX_KEY; }
index_kind(A) ::= UNIQUE.              { A = IDX_UNIQUE; }
index_kind(A) ::= FULLTEXT.            { A = IDX_FULLTEXT; }
index_kind(A) ::= SPATIAL.             { A = IDX_SPATIAL; }

drop_index_stmt(A) ::= DROP INDEX ident(N) ON table_ident(T) opt_alter_modes(M).
    { A = ast_node3(p, AST_DROP_INDEX, 0, N, T, M); }

//////////////////////////// DROP TABLE / VIEW, TRUNCATE, RENAME ////////////////

drop_stmt(A) ::= DROP drop_table_kw(F) ddl_if_exists(E) table_ident_list(L) opt_drop_behavior(B).
    { A = ast_node1(p, AST_DROP, OBJ_TABLE, L); A->flags = F | E | B; }
drop_stmt(A) ::= DROP VIEW ddl_if_exists(E) table_ident_list(L) opt_drop_behavior(B).
    { A = ast_node1(p, AST_DROP, OBJ_VIEW, L); A->flags = E | B; }
drop_stmt(A) ::= DROP MATERIALIZED VIEW ddl_if_exists(E) table_ident_list(L).
    { A = ast_node1(p, AST_DROP, OBJ_MATERIALIZED_VIEW, L); A->flags = E; }
%type drop_table_kw {uint32_t}
drop_table_kw(A) ::= ddl_table_or_tables. { A = 0; }
drop_table_kw(A) ::= TEMPORARY ddl_table_or_tables. { A = AST_F_DDL_TEMPORARY; }
%type opt_drop_behavior {uint32_t}
opt_drop_behavior(A) ::= .             { A = 0; }
opt_drop_behavior(A) ::= RESTRICT.     { A = AST_F_DDL_RESTRICT; }
opt_drop_behavior(A) ::= CASCADE.      { A = AST_F_DDL_CASCADE; }

truncate_stmt(A) ::= TRUNCATE table_ident(T). { A = ast_node1(p, AST_TRUNCATE, 0, T); }
truncate_stmt(A) ::= TRUNCATE TABLE table_ident(T). { A = ast_node1(p, AST_TRUNCATE, 0, T); }

rename_table_stmt(A) ::= RENAME ddl_table_or_tables rename_pairs(L). { A = ast_node1(p, AST_RENAME_TABLE, 0, L); }
rename_pairs(A) ::= rename_pair(X).    { A = ast_list(p, X); }
rename_pairs(A) ::= rename_pairs(L) COMMA rename_pair(X). { A = ast_append(p, L, X); }
rename_pair(A) ::= table_ident(F) TO table_ident(T). { A = ast_node2(p, AST_RENAME_PAIR, 0, F, T); }

//////////////////////////// Views ///////////////////////////////////////////////

view_stmt(A) ::= CREATE view_head(H) view_body(B). { A = ast_ddl_view(p, H, B, VIEW_CREATE, 0); }
view_stmt(A) ::= CREATE OR REPLACE view_head(H) view_body(B).
    { A = ast_ddl_view(p, H, B, VIEW_CREATE, AST_F_DDL_OR_REPLACE); }
view_stmt(A) ::= ALTER view_head(H) view_body(B). { A = ast_ddl_view(p, H, B, VIEW_ALTER, 0); }
// JimKV: a view whose rows are kept up to date as the base tables change.
view_stmt(A) ::= CREATE MATERIALIZED matview_body(B). { A = ast_ddl_view(p, NULL, B, VIEW_MATERIALIZED, 0); }
view_stmt(A) ::= CREATE OR REPLACE MATERIALIZED matview_body(B).
    { A = ast_ddl_view(p, NULL, B, VIEW_MATERIALIZED, AST_F_DDL_OR_REPLACE); }

view_head(A) ::= opt_view_algorithm(G) view_definer(D) opt_view_security(S).
    { A = ast_new(p, AST_VIEW); A->flags = G | S; ast_set(p, A, AST_K_VIEW_DEFINER, D); }
view_body(A) ::= VIEW table_ident(N) opt_column_list(C) AS query_expression(Q) opt_check_option(K).
    { A = ast_node3(p, AST_VIEW, 0, N, C, Q); A->flags = K; }
matview_body(A) ::= VIEW table_ident(N) opt_column_list(C) AS query_expression(Q).
    { A = ast_node3(p, AST_VIEW, 0, N, C, Q); }

%type opt_view_algorithm {uint32_t}
opt_view_algorithm(A) ::= .            { A = 0; }
opt_view_algorithm(A) ::= ALGORITHM EQ UNDEFINED. { A = AST_F_DDL_ALG_UNDEFINED; }
opt_view_algorithm(A) ::= ALGORITHM EQ MERGE. { A = AST_F_DDL_ALG_MERGE; }
opt_view_algorithm(A) ::= ALGORITHM EQ TEMPTABLE. { A = AST_F_DDL_ALG_TEMPTABLE; }
view_definer(A) ::= .                   { A = NULL; }
view_definer(A) ::= DEFINER EQ ddl_user(U). { A = U; }
// 'u'@'h', u@h and `u`@`h` arrive as a name and a USERVAR token (@'h').
ddl_user(A) ::= ident_or_text(U).      { A = ast_ddl_definer(p, U, NULL); }
ddl_user(A) ::= ident_or_text(U) USERVAR(H). { A = ast_ddl_definer(p, U, &H); }
ddl_user(A) ::= CURRENT_USER.          { A = ast_new_op(p, AST_DEFINER, DEFINER_CURRENT_USER); }
ddl_user(A) ::= CURRENT_USER LP RP.    { A = ast_new_op(p, AST_DEFINER, DEFINER_CURRENT_USER); }
%type opt_view_security {uint32_t}
opt_view_security(A) ::= .             { A = 0; }
opt_view_security(A) ::= SQL SECURITY DEFINER. { A = AST_F_DDL_SECURITY_DEFINER; }
opt_view_security(A) ::= SQL SECURITY INVOKER. { A = AST_F_DDL_SECURITY_INVOKER; }
%type opt_check_option {uint32_t}
opt_check_option(A) ::= .              { A = 0; }
opt_check_option(A) ::= WITH CHECK OPTION. { A = AST_F_DDL_CHECK_OPTION; }
opt_check_option(A) ::= WITH CASCADED CHECK OPTION. { A = AST_F_DDL_CHECK_CASCADED; }
opt_check_option(A) ::= WITH LOCAL CHECK OPTION. { A = AST_F_DDL_CHECK_LOCAL; }

//////////////////////////// ANALYZE, OPTIMIZE, CHECK, REPAIR, CHECKSUM /////////

table_maint_stmt(A) ::= ANALYZE opt_no_binlog(F) ddl_table_or_tables table_ident_list(L).
    { A = ast_node1(p, AST_TABLE_MAINT, MAINT_ANALYZE, L); A->flags = F; }
table_maint_stmt(A) ::= ANALYZE opt_no_binlog(F) ddl_table_or_tables table_ident_list(L)
                        UPDATE HISTOGRAM ON ident_list(C) opt_buckets(B).
    { A = ast_node3(p, AST_TABLE_MAINT, MAINT_ANALYZE_UPDATE_HISTOGRAM, L, C, B); A->flags = F; }
table_maint_stmt(A) ::= ANALYZE opt_no_binlog(F) ddl_table_or_tables table_ident_list(L)
                        DROP HISTOGRAM ON ident_list(C).
    { A = ast_node2(p, AST_TABLE_MAINT, MAINT_ANALYZE_DROP_HISTOGRAM, L, C); A->flags = F; }
table_maint_stmt(A) ::= OPTIMIZE opt_no_binlog(F) ddl_table_or_tables table_ident_list(L).
    { A = ast_node1(p, AST_TABLE_MAINT, MAINT_OPTIMIZE, L); A->flags = F; }
table_maint_stmt(A) ::= CHECK ddl_table_or_tables table_ident_list(L) check_options(F).
    { A = ast_node1(p, AST_TABLE_MAINT, MAINT_CHECK, L); A->flags = F; }
table_maint_stmt(A) ::= REPAIR opt_no_binlog(F) ddl_table_or_tables table_ident_list(L) repair_options(O).
    { A = ast_node1(p, AST_TABLE_MAINT, MAINT_REPAIR, L); A->flags = F | O; }
table_maint_stmt(A) ::= CHECKSUM ddl_table_or_tables table_ident_list(L) checksum_option(F).
    { A = ast_node1(p, AST_TABLE_MAINT, MAINT_CHECKSUM, L); A->flags = F; }

%type opt_no_binlog {uint32_t}
opt_no_binlog(A) ::= .                 { A = 0; }
opt_no_binlog(A) ::= NO_WRITE_TO_BINLOG. { A = AST_F_MAINT_NO_WRITE_TO_BINLOG; }
opt_no_binlog(A) ::= LOCAL.            { A = AST_F_MAINT_NO_WRITE_TO_BINLOG; }
opt_buckets(A) ::= .                   { A = NULL; }
opt_buckets(A) ::= WITH ddl_number(N) BUCKETS. { A = N; }
%type check_options {uint32_t}
check_options(A) ::= .                 { A = 0; }
check_options(A) ::= check_options(F) FOR UPGRADE. { A = F | AST_F_MAINT_FOR_UPGRADE; }
check_options(A) ::= check_options(F) QUICK. { A = F | AST_F_MAINT_QUICK; }
check_options(A) ::= check_options(F) FAST. { A = F | AST_F_MAINT_FAST; }
check_options(A) ::= check_options(F) MEDIUM. { A = F | AST_F_MAINT_MEDIUM; }
check_options(A) ::= check_options(F) EXTENDED. { A = F | AST_F_MAINT_EXTENDED; }
check_options(A) ::= check_options(F) CHANGED. { A = F | AST_F_MAINT_CHANGED; }
%type repair_options {uint32_t}
repair_options(A) ::= .                { A = 0; }
repair_options(A) ::= repair_options(F) QUICK. { A = F | AST_F_MAINT_QUICK; }
repair_options(A) ::= repair_options(F) EXTENDED. { A = F | AST_F_MAINT_EXTENDED; }
repair_options(A) ::= repair_options(F) USE_FRM. { A = F | AST_F_MAINT_USE_FRM; }
%type checksum_option {uint32_t}
checksum_option(A) ::= .               { A = 0; }
checksum_option(A) ::= QUICK.          { A = AST_F_MAINT_QUICK; }
checksum_option(A) ::= EXTENDED.       { A = AST_F_MAINT_EXTENDED; }


//////////////////////////// Session and administration (ast_print_admin.c) ///

//////////////////////////// Tablespaces, IMPORT TABLE /////////////////////////

tablespace_stmt(A) ::= CREATE tablespace_kw(U) ident(N) opt_tablespace_options(O).
    { A = ast_node2(p, AST_TABLESPACE, TS_CREATE, N, O); A->flags = U; }
tablespace_stmt(A) ::= ALTER tablespace_kw(U) ident(N) tablespace_options(O).
    { A = ast_node2(p, AST_TABLESPACE, TS_ALTER, N, O); A->flags = U; }
tablespace_stmt(A) ::= DROP tablespace_kw(U) ident(N) opt_tablespace_options(O).
    { A = ast_node2(p, AST_TABLESPACE, TS_DROP, N, O); A->flags = U; }
%type tablespace_kw {uint32_t}
tablespace_kw(A) ::= TABLESPACE.       { A = 0; }
tablespace_kw(A) ::= UNDO TABLESPACE.  { A = AST_F_DDL_UNDO; }

opt_tablespace_options(A) ::= .        { A = NULL; }
opt_tablespace_options(A) ::= tablespace_options(L). { A = L; }
tablespace_options(A) ::= tablespace_option(X). { A = ast_list(p, X); }
tablespace_options(A) ::= tablespace_options(L) tablespace_option(X). { A = ast_append(p, L, X); }
tablespace_options(A) ::= tablespace_options(L) COMMA tablespace_option(X). { A = ast_append(p, L, X); }
tablespace_option(A) ::= ADD DATAFILE ddl_string(S). { A = ast_ddl_option(p, TOPT_ADD_DATAFILE, S); }
tablespace_option(A) ::= DROP DATAFILE ddl_string(S). { A = ast_ddl_option(p, TOPT_DROP_DATAFILE, S); }
tablespace_option(A) ::= AUTOEXTEND_SIZE ddl_eq ddl_size(X). { A = ast_ddl_option(p, TOPT_AUTOEXTEND_SIZE, X); }
tablespace_option(A) ::= FILE_BLOCK_SIZE ddl_eq ddl_size(X). { A = ast_ddl_option(p, TOPT_FILE_BLOCK_SIZE, X); }
tablespace_option(A) ::= EXTENT_SIZE ddl_eq ddl_size(X). { A = ast_ddl_option(p, TOPT_EXTENT_SIZE, X); }
tablespace_option(A) ::= INITIAL_SIZE ddl_eq ddl_size(X). { A = ast_ddl_option(p, TOPT_INITIAL_SIZE, X); }
tablespace_option(A) ::= MAX_SIZE ddl_eq ddl_size(X). { A = ast_ddl_option(p, TOPT_MAX_SIZE, X); }
tablespace_option(A) ::= ENCRYPTION ddl_eq ddl_string(S). { A = ast_ddl_option(p, TOPT_ENCRYPTION, S); }
tablespace_option(A) ::= ENGINE ddl_eq ident_or_text(V). { A = ast_ddl_option(p, TOPT_ENGINE, V); }
tablespace_option(A) ::= STORAGE ENGINE ddl_eq ident_or_text(V). { A = ast_ddl_option(p, TOPT_ENGINE, V); }
tablespace_option(A) ::= ENGINE_ATTRIBUTE ddl_eq ddl_string(S). { A = ast_ddl_option(p, TOPT_ENGINE_ATTRIBUTE, S); }
tablespace_option(A) ::= COMMENT ddl_eq ddl_string(S). { A = ast_ddl_option(p, TOPT_COMMENT, S); }
tablespace_option(A) ::= NODEGROUP ddl_eq ddl_number(X). { A = ast_ddl_option(p, TOPT_NODEGROUP, X); }
tablespace_option(A) ::= USE LOGFILE GROUP ident(N). { A = ast_ddl_option(p, TOPT_LOGFILE_GROUP, N); }
tablespace_option(A) ::= WAIT.         { A = ast_ddl_option(p, TOPT_WAIT, NULL); }
tablespace_option(A) ::= NO_WAIT.      { A = ast_ddl_option(p, TOPT_NO_WAIT, NULL); }
tablespace_option(A) ::= RENAME TO ident(N). { A = ast_ddl_option(p, TOPT_RENAME_TO, N); }
tablespace_option(A) ::= SET ddl_word(V). { A = ast_ddl_option(p, TOPT_SET_ACTIVE, V); }

// IMPORT TABLE FROM 'file.sdi', ... (MySQL 8.0 manual, "IMPORT TABLE Statement").
import_table_stmt(A) ::= IMPORT TABLE FROM import_files(L). { A = ast_node1(p, AST_IMPORT_TABLE, 0, L); }
import_files(A) ::= ddl_string(S).     { A = ast_list(p, S); }
import_files(A) ::= import_files(L) COMMA ddl_string(S). { A = ast_append(p, L, S); }

// @ADMIN-GRAMMAR@

// Two-word token the driver forms (see SHOW COUNT(*) below).
%token SHOW_COUNT.

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
cmd(A) ::= server_stmt(B).             { A = B; }

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
txn_stmt(A) ::= XA xa_begin xa_xid(X) xa_join(F).
    { A = ast_node1(p, AST_TXN, TXN_XA_START, X); A->flags = F; }
txn_stmt(A) ::= XA END xa_xid(X) xa_suspend(F). { A = ast_node1(p, AST_TXN, TXN_XA_END, X); A->flags = F; }
txn_stmt(A) ::= XA PREPARE xa_xid(X).  { A = ast_node1(p, AST_TXN, TXN_XA_PREPARE, X); }
txn_stmt(A) ::= XA COMMIT xa_xid(X).   { A = ast_node1(p, AST_TXN, TXN_XA_COMMIT, X); }
txn_stmt(A) ::= XA COMMIT xa_xid(X) ONE PHASE.
    { A = ast_node1(p, AST_TXN, TXN_XA_COMMIT, X); A->flags = AST_F_XA_ONE_PHASE; }
txn_stmt(A) ::= XA ROLLBACK xa_xid(X). { A = ast_node1(p, AST_TXN, TXN_XA_ROLLBACK, X); }
txn_stmt(A) ::= XA RECOVER.            { A = ast_new_op(p, AST_TXN, TXN_XA_RECOVER); }
txn_stmt(A) ::= XA RECOVER CONVERT XID.
    { A = ast_new_op(p, AST_TXN, TXN_XA_RECOVER); A->flags = AST_F_XA_CONVERT_XID; }

xa_begin ::= START.
xa_begin ::= BEGIN.
%type xa_join {uint32_t}
xa_join(A) ::= .                       { A = 0; }
xa_join(A) ::= JOIN.                   { A = AST_F_XA_JOIN; }
xa_join(A) ::= RESUME.                 { A = AST_F_XA_RESUME; }
%type xa_suspend {uint32_t}
xa_suspend(A) ::= .                    { A = 0; }
xa_suspend(A) ::= SUSPEND.             { A = AST_F_XA_SUSPEND; }
xa_suspend(A) ::= SUSPEND FOR MIGRATE. { A = AST_F_XA_SUSPEND | AST_F_XA_FOR_MIGRATE; }
// gtrid [, bqual [, formatID]]
xa_xid(A) ::= xa_string(G).            { A = ast_list(p, G); }
xa_xid(A) ::= xa_string(G) COMMA xa_string(B). { A = ast_append(p, ast_list(p, G), B); }
xa_xid(A) ::= xa_string(G) COMMA xa_string(B) COMMA NUM(F).
    { A = ast_append(p, ast_append(p, ast_list(p, G), B), ast_number(p, LIT_INT, F)); }
xa_string(A) ::= TEXT_STRING(S).       { A = ast_string(p, S); }
xa_string(A) ::= HEX_NUM(S).           { A = ast_hex_or_bit(p, S); }
xa_string(A) ::= BIN_NUM(S).           { A = ast_hex_or_bit(p, S); }
xa_string(A) ::= HEX_STRING(S).        { A = ast_hex_or_bit(p, S); }
xa_string(A) ::= BIN_STRING(S).        { A = ast_hex_or_bit(p, S); }

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

show_stmt(A) ::= SHOW DATABASES show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_DATABASES, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW SCHEMAS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_DATABASES, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW show_tables_kw(M) show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_TABLES, M, NULL, D), F); }
show_stmt(A) ::= SHOW TABLE STATUS show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_TABLE_STATUS, 0, NULL, D), F); }
show_stmt(A) ::= SHOW OPEN TABLES show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_OPEN_TABLES, 0, NULL, D), F); }
show_stmt(A) ::= SHOW show_columns_kw(M) show_from table_ident(T) show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_COLUMNS, M, T, D), F); }
show_stmt(A) ::= SHOW show_index_kw(M) show_from table_ident(T) show_db(D) opt_where(W).
    { A = ast_show(p, SHOW_INDEX, M, T, D); ast_set(p, A, AST_K_SHOW_WHERE, W); }
show_stmt(A) ::= SHOW show_triggers_kw(M) show_db(D) show_filter(F).
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
show_stmt(A) ::= SHOW VARIABLES show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_VARIABLES, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW show_var_scope(S) VARIABLES show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_VARIABLES, S, NULL, NULL), F); }
show_stmt(A) ::= SHOW STATUS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_STATUS, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW show_var_scope(S) STATUS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_STATUS, S, NULL, NULL), F); }
show_stmt(A) ::= SHOW WARNINGS opt_limit_clause(L).
    { A = ast_show(p, SHOW_WARNINGS, 0, NULL, NULL); ast_set(p, A, AST_K_SHOW_LIMIT, L); }
show_stmt(A) ::= SHOW ERRORS opt_limit_clause(L).
    { A = ast_show(p, SHOW_ERRORS, 0, NULL, NULL); ast_set(p, A, AST_K_SHOW_LIMIT, L); }
// SHOW COUNT is one token, formed by the driver (sql_parser_run).
show_stmt(A) ::= SHOW_COUNT LP STAR RP WARNINGS. { A = ast_show(p, SHOW_COUNT_WARNINGS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW_COUNT LP STAR RP ERRORS. { A = ast_show(p, SHOW_COUNT_ERRORS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW PROCESSLIST.     { A = ast_show(p, SHOW_PROCESSLIST, 0, NULL, NULL); }
show_stmt(A) ::= SHOW FULL PROCESSLIST. { A = ast_show(p, SHOW_PROCESSLIST, AST_F_SHOW_FULL, NULL, NULL); }
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
show_stmt(A) ::= SHOW BINLOG EVENTS show_log_in(I) show_log_from(F) opt_limit_clause(L).
{
    A = ast_show(p, SHOW_BINLOG_EVENTS, 0, I, NULL);
    ast_set(p, A, AST_K_SHOW_EXTRA, F); ast_set(p, A, AST_K_SHOW_LIMIT, L);
}
show_stmt(A) ::= SHOW RELAYLOG EVENTS show_log_in(I) show_log_from(F) opt_limit_clause(L).
{
    A = ast_show(p, SHOW_RELAYLOG_EVENTS, 0, I, NULL);
    ast_set(p, A, AST_K_SHOW_EXTRA, F); ast_set(p, A, AST_K_SHOW_LIMIT, L);
}
show_stmt(A) ::= SHOW PROFILE show_profile_types(T) show_profile_query(Q) opt_limit_clause(L).
{
    A = ast_show(p, SHOW_PROFILE, 0, T, NULL);
    ast_set(p, A, AST_K_SHOW_EXTRA, Q); ast_set(p, A, AST_K_SHOW_LIMIT, L);
}

// [LIKE 'pattern' | WHERE expr], returned in a SHOW node for ast_show_filter().
show_filter(A) ::= .                   { A = NULL; }
show_filter(A) ::= LIKE text_literal(S). { A = ast_set(p, ast_new(p, AST_SHOW), AST_K_SHOW_LIKE, S); }
show_filter(A) ::= WHERE expr(X).      { A = ast_set(p, ast_new(p, AST_SHOW), AST_K_SHOW_WHERE, X); }

show_db(A) ::= .                       { A = NULL; }
show_db(A) ::= show_from ident(D).     { A = D; }
show_from ::= FROM.
show_from ::= IN.

show_columns_word ::= COLUMNS.
show_columns_word ::= FIELDS.
show_index_word ::= INDEX.
show_index_word ::= INDEXES.
show_index_word ::= KEYS.
show_database_kw ::= DATABASE.
show_database_kw ::= SCHEMA.

// [EXTENDED] [FULL] before the word, as flags, with no empty rule: Lemon
// tries a keyword's %fallback to ID before a state's default reduction, so
// in a state that also shifts ID an empty rule would not see TABLES.
%type show_tables_kw {uint32_t}
show_tables_kw(A) ::= TABLES.          { A = 0; }
show_tables_kw(A) ::= show_full(M) TABLES. { A = M; }
%type show_columns_kw {uint32_t}
show_columns_kw(A) ::= show_columns_word. { A = 0; }
show_columns_kw(A) ::= show_full(M) show_columns_word. { A = M; }
%type show_index_kw {uint32_t}
show_index_kw(A) ::= show_index_word.  { A = 0; }
show_index_kw(A) ::= EXTENDED show_index_word. { A = AST_F_SHOW_EXTENDED; }
%type show_triggers_kw {uint32_t}
show_triggers_kw(A) ::= TRIGGERS.      { A = 0; }
show_triggers_kw(A) ::= FULL TRIGGERS. { A = AST_F_SHOW_FULL; }
%type show_full {uint32_t}
show_full(A) ::= FULL.                 { A = AST_F_SHOW_FULL; }
show_full(A) ::= EXTENDED.             { A = AST_F_SHOW_EXTENDED; }
show_full(A) ::= EXTENDED FULL.        { A = AST_F_SHOW_EXTENDED | AST_F_SHOW_FULL; }
%type show_var_scope {uint32_t}
show_var_scope(A) ::= GLOBAL.          { A = AST_F_SHOW_GLOBAL; }
show_var_scope(A) ::= SESSION.         { A = AST_F_SHOW_SESSION; }
show_var_scope(A) ::= LOCAL.           { A = AST_F_SHOW_SESSION; }
%type show_if_not_exists {uint32_t}
show_if_not_exists(A) ::= .            { A = 0; }
show_if_not_exists(A) ::= IF NOT EXISTS. { A = AST_F_SHOW_IF_NOT_EXISTS; }

show_log_in(A) ::= .                   { A = NULL; }
show_log_in(A) ::= IN TEXT_STRING(S).  { A = ast_string(p, S); }
show_log_from(A) ::= .                 { A = NULL; }
show_log_from(A) ::= FROM NUM(N).      { A = ast_number(p, LIT_INT, N); }

show_profile_types(A) ::= .            { A = NULL; }
show_profile_types(A) ::= show_profile_list(L). { A = L; }
show_profile_list(A) ::= show_profile_type(X). { A = ast_list(p, ast_admin_option(p, X, NULL)); }
show_profile_list(A) ::= show_profile_list(L) COMMA show_profile_type(X).
    { A = ast_append(p, L, ast_admin_option(p, X, NULL)); }
%type show_profile_type {int}
show_profile_type(A) ::= ALL.          { A = AOPT_PROFILE_ALL; }
show_profile_type(A) ::= BLOCK IO.     { A = AOPT_PROFILE_BLOCK_IO; }
show_profile_type(A) ::= CONTEXT SWITCHES. { A = AOPT_PROFILE_CONTEXT_SWITCHES; }
show_profile_type(A) ::= CPU.          { A = AOPT_PROFILE_CPU; }
show_profile_type(A) ::= IPC.          { A = AOPT_PROFILE_IPC; }
show_profile_type(A) ::= MEMORY.       { A = AOPT_PROFILE_MEMORY; }
show_profile_type(A) ::= PAGE FAULTS.  { A = AOPT_PROFILE_PAGE_FAULTS; }
show_profile_type(A) ::= SOURCE.       { A = AOPT_PROFILE_SOURCE; }
show_profile_type(A) ::= SWAPS.        { A = AOPT_PROFILE_SWAPS; }
show_profile_query(A) ::= .            { A = NULL; }
show_profile_query(A) ::= FOR QUERY NUM(N). { A = ast_number(p, LIT_INT, N); }

show_engine(A) ::= ident_or_text(E).   { A = E; }
show_engine(A) ::= ALL.                { A = ast_keyword(p, "ALL"); }

//////////////////////////// DESCRIBE and EXPLAIN /////////////////////////////

explain_stmt(A) ::= explain_kw table_ident(T) explain_column(C).
    { A = ast_node2(p, AST_EXPLAIN, EXPLAIN_TABLE, T, C); }
explain_stmt(A) ::= explain_kw explain_format(F) explainable(S).
    { A = ast_explain(p, EXPLAIN_STMT, F, S); }
explain_stmt(A) ::= explain_kw ANALYZE explain_format(F) explainable(S).
    { A = ast_explain(p, EXPLAIN_ANALYZE, F, S); }
explain_stmt(A) ::= explain_kw explain_format(F) FOR CONNECTION expr(X).
    { A = ast_explain(p, EXPLAIN_FOR_CONNECTION, F, X); }

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
session_stmt(A) ::= PREPARE ident(N) FROM text_literal(S).
    { A = ast_node2(p, AST_PREPARED, PS_PREPARE, N, S); }
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
flush_options(A) ::= flush_options(L) COMMA flush_option(X).
    { A = ast_append(p, L, ast_admin_option(p, X, NULL)); }
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
account_stmt(A) ::= DROP USER acct_if_exists(E) user_list(L).
    { A = ast_account(p, ACCOUNT_DROP_USER, E, L, NULL, NULL); }
account_stmt(A) ::= RENAME USER acct_rename_list(L).
    { A = ast_account(p, ACCOUNT_RENAME_USER, 0, L, NULL, NULL); }
account_stmt(A) ::= CREATE ROLE acct_if_not_exists(E) user_list(L).
    { A = ast_account(p, ACCOUNT_CREATE_ROLE, E, L, NULL, NULL); }
account_stmt(A) ::= DROP ROLE acct_if_exists(E) user_list(L).
    { A = ast_account(p, ACCOUNT_DROP_ROLE, E, L, NULL, NULL); }

%type acct_if_not_exists {uint32_t}
acct_if_not_exists(A) ::= .            { A = 0; }
acct_if_not_exists(A) ::= IF NOT EXISTS. { A = AST_F_ACCT_IF_NOT_EXISTS; }
%type acct_if_exists {uint32_t}
acct_if_exists(A) ::= .                { A = 0; }
acct_if_exists(A) ::= IF EXISTS.       { A = AST_F_ACCT_IF_EXISTS; }

acct_rename_list(A) ::= user(F) TO user(T). { A = ast_list(p, ast_set(p, F, 0, T)); }
acct_rename_list(A) ::= acct_rename_list(L) COMMA user(F) TO user(T).
    { A = ast_append(p, L, ast_set(p, F, 0, T)); }

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
acct_auth_password(A) ::= IDENTIFIED BY TEXT_STRING(S).
    { A = ast_auth(p, AUTH_PASSWORD, NULL, ast_string(p, S)); }
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
acct_password_option(A) ::= PASSWORD EXPIRE DEFAULT.
    { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD EXPIRE NEVER.
    { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE_NEVER, NULL); }
acct_password_option(A) ::= PASSWORD EXPIRE INTERVAL NUM(N) DAY.
    { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE_INTERVAL, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD HISTORY NUM(N).
    { A = ast_admin_option(p, AOPT_PASSWORD_HISTORY, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD HISTORY DEFAULT.
    { A = ast_admin_option(p, AOPT_PASSWORD_HISTORY_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD REUSE INTERVAL NUM(N) DAY.
    { A = ast_admin_option(p, AOPT_PASSWORD_REUSE_INTERVAL, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD REUSE INTERVAL DEFAULT.
    { A = ast_admin_option(p, AOPT_PASSWORD_REUSE_INTERVAL_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD REQUIRE CURRENT.
    { A = ast_admin_option(p, AOPT_PASSWORD_REQUIRE_CURRENT, NULL); }
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
grant_stmt(A) ::= GRANT grant_privs(L) ON grant_level(V) TO user_list(U) grant_with(W) AS user(S) grant_as_role(R).
{
    A = ast_grant(p, GRANT_PRIVILEGES, L, V, U); A->flags = W;
    ast_set(p, A, AST_K_GRANT_AS, S); ast_set(p, A, AST_K_GRANT_AS_ROLE, R);
}
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

grant_as_role(A) ::= .                 { A = NULL; }
grant_as_role(A) ::= WITH ROLE set_role_spec(R). { A = R; A->op = ACCOUNT_SET_ROLE; }

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
grant_privs(A) ::= ALL(X) grant_privileges_kw. { A = ast_list(p, ast_priv(p, "ALL", X)); }
priv_list(A) ::= priv(X).              { A = ast_list(p, X); }
priv_list(A) ::= priv_list(L) COMMA priv(X). { A = ast_append(p, L, X); }
priv(A) ::= static_priv(N) priv_columns(C). { A = ast_set(p, N, 0, C); }
priv(A) ::= ident_or_text(N) priv_columns(C). { A = ast_priv_name(p, N, NULL, C); }
priv(A) ::= ident_or_text(N) USERVAR(H). { A = ast_priv_name(p, N, &H, NULL); }
priv_columns(A) ::= .                  { A = NULL; }
priv_columns(A) ::= LP ident_list(L) RP. { A = L; }

static_priv(A) ::= SELECT(X).           { A = ast_priv(p, "SELECT", X); }
static_priv(A) ::= INSERT(X).           { A = ast_priv(p, "INSERT", X); }
static_priv(A) ::= UPDATE(X).           { A = ast_priv(p, "UPDATE", X); }
static_priv(A) ::= DELETE(X).           { A = ast_priv(p, "DELETE", X); }
static_priv(A) ::= CREATE(X).           { A = ast_priv(p, "CREATE", X); }
static_priv(A) ::= DROP(X).             { A = ast_priv(p, "DROP", X); }
static_priv(A) ::= RELOAD(X).           { A = ast_priv(p, "RELOAD", X); }
static_priv(A) ::= SHUTDOWN(X).         { A = ast_priv(p, "SHUTDOWN", X); }
static_priv(A) ::= PROCESS(X).          { A = ast_priv(p, "PROCESS", X); }
static_priv(A) ::= FILE(X).             { A = ast_priv(p, "FILE", X); }
static_priv(A) ::= REFERENCES(X).       { A = ast_priv(p, "REFERENCES", X); }
static_priv(A) ::= INDEX(X).            { A = ast_priv(p, "INDEX", X); }
static_priv(A) ::= ALTER(X).            { A = ast_priv(p, "ALTER", X); }
static_priv(A) ::= SHOW(X) DATABASES.   { A = ast_priv(p, "SHOW DATABASES", X); }
static_priv(A) ::= SUPER(X).            { A = ast_priv(p, "SUPER", X); }
static_priv(A) ::= CREATE(X) TEMPORARY TABLES. { A = ast_priv(p, "CREATE TEMPORARY TABLES", X); }
static_priv(A) ::= LOCK(X) TABLES.      { A = ast_priv(p, "LOCK TABLES", X); }
static_priv(A) ::= EXECUTE(X).          { A = ast_priv(p, "EXECUTE", X); }
static_priv(A) ::= REPLICATION(X) SLAVE. { A = ast_priv(p, "REPLICATION SLAVE", X); }
static_priv(A) ::= REPLICATION(X) CLIENT. { A = ast_priv(p, "REPLICATION CLIENT", X); }
static_priv(A) ::= CREATE(X) VIEW.      { A = ast_priv(p, "CREATE VIEW", X); }
static_priv(A) ::= SHOW(X) VIEW.        { A = ast_priv(p, "SHOW VIEW", X); }
static_priv(A) ::= CREATE(X) ROUTINE.   { A = ast_priv(p, "CREATE ROUTINE", X); }
static_priv(A) ::= ALTER(X) ROUTINE.    { A = ast_priv(p, "ALTER ROUTINE", X); }
static_priv(A) ::= CREATE(X) USER.      { A = ast_priv(p, "CREATE USER", X); }
static_priv(A) ::= EVENT(X).            { A = ast_priv(p, "EVENT", X); }
static_priv(A) ::= TRIGGER(X).          { A = ast_priv(p, "TRIGGER", X); }
static_priv(A) ::= CREATE(X) TABLESPACE. { A = ast_priv(p, "CREATE TABLESPACE", X); }
static_priv(A) ::= CREATE(X) ROLE.      { A = ast_priv(p, "CREATE ROLE", X); }
static_priv(A) ::= DROP(X) ROLE.        { A = ast_priv(p, "DROP ROLE", X); }
static_priv(A) ::= USAGE(X).            { A = ast_priv(p, "USAGE", X); }
static_priv(A) ::= GRANT(X) OPTION.     { A = ast_priv(p, "GRANT OPTION", X); }

// ON [TABLE | FUNCTION | PROCEDURE] {* | *.* | db.* | db.t | t}
grant_level(A) ::= grant_on_type(T) grant_target(G). { A = G; A->op = (uint16_t)T; }
%type grant_on_type {int}
grant_on_type(A) ::= .                 { A = GRANT_ON_ANY; }
grant_on_type(A) ::= TABLE.            { A = GRANT_ON_TABLE; }
grant_on_type(A) ::= FUNCTION.         { A = GRANT_ON_FUNCTION; }
grant_on_type(A) ::= PROCEDURE.        { A = GRANT_ON_PROCEDURE; }
grant_target(A) ::= STAR.              { A = ast_new(p, AST_GRANT_LEVEL); }
grant_target(A) ::= STAR DOT STAR.     { A = ast_new(p, AST_GRANT_LEVEL); A->flags = AST_F_GRANT_QUALIFIED; }
grant_target(A) ::= ident(D) DOT STAR.
    { A = ast_node2(p, AST_GRANT_LEVEL, 0, D, NULL); A->flags = AST_F_GRANT_QUALIFIED; }
grant_target(A) ::= ident(T).          { A = ast_node2(p, AST_GRANT_LEVEL, 0, NULL, T); }
grant_target(A) ::= ident(D) DOT ident(T).
    { A = ast_node2(p, AST_GRANT_LEVEL, 0, D, T); A->flags = AST_F_GRANT_QUALIFIED; }

//////////////////////////// CALL, HANDLER and server administration /////////

server_stmt(A) ::= CALL table_ident(P). { A = ast_node2(p, AST_CALL, 0, P, ast_list(p, NULL)); }
server_stmt(A) ::= CALL table_ident(P) LP RP. { A = ast_node2(p, AST_CALL, 0, P, ast_list(p, NULL)); }
server_stmt(A) ::= CALL table_ident(P) LP expr_list(L) RP. { A = ast_node2(p, AST_CALL, 0, P, L); }

server_stmt(A) ::= HANDLER table_ident(T) OPEN. { A = ast_node1(p, AST_HANDLER, HANDLER_OPEN, T); }
server_stmt(A) ::= HANDLER table_ident(T) OPEN handler_as ident(N).
    { A = ast_node2(p, AST_HANDLER, HANDLER_OPEN, T, N); }
server_stmt(A) ::= HANDLER table_ident(T) CLOSE. { A = ast_node1(p, AST_HANDLER, HANDLER_CLOSE, T); }
server_stmt(A) ::= HANDLER table_ident(T) READ handler_scan(M) opt_where(W) opt_limit_clause(L).
{
    A = ast_node1(p, AST_HANDLER, M, T);
    ast_set(p, A, AST_K_HANDLER_WHERE, W); ast_set(p, A, AST_K_HANDLER_LIMIT, L);
}
server_stmt(A) ::= HANDLER table_ident(T) READ ident(I) handler_dir(M) opt_where(W) opt_limit_clause(L).
{
    A = ast_node2(p, AST_HANDLER, M, T, I);
    ast_set(p, A, AST_K_HANDLER_WHERE, W); ast_set(p, A, AST_K_HANDLER_LIMIT, L);
}
server_stmt(A) ::= HANDLER table_ident(T) READ ident(I) handler_cmp(M) LP expr_list(V) RP opt_where(W) opt_limit_clause(L).
{
    A = ast_node3(p, AST_HANDLER, M, T, I, V);
    ast_set(p, A, AST_K_HANDLER_WHERE, W); ast_set(p, A, AST_K_HANDLER_LIMIT, L);
}
handler_as ::= .
handler_as ::= AS.
%type handler_scan {int}
handler_scan(A) ::= FIRST.             { A = HANDLER_READ_FIRST; }
handler_scan(A) ::= NEXT.              { A = HANDLER_READ_NEXT; }
%type handler_dir {int}
handler_dir(A) ::= handler_scan(X).    { A = X; }
handler_dir(A) ::= PREV.               { A = HANDLER_READ_PREV; }
handler_dir(A) ::= LAST.               { A = HANDLER_READ_LAST; }
%type handler_cmp {int}
handler_cmp(A) ::= EQ.                 { A = HANDLER_READ_EQ; }
handler_cmp(A) ::= GE.                 { A = HANDLER_READ_GE; }
handler_cmp(A) ::= LE.                 { A = HANDLER_READ_LE; }
handler_cmp(A) ::= GT.                 { A = HANDLER_READ_GT; }
handler_cmp(A) ::= LT.                 { A = HANDLER_READ_LT; }

server_stmt(A) ::= RESET MASTER.       { A = ast_new_op(p, AST_ADMIN, ADMIN_RESET_MASTER); }
server_stmt(A) ::= RESET MASTER TO NUM(N).
    { A = ast_node1(p, AST_ADMIN, ADMIN_RESET_MASTER, ast_number(p, LIT_INT, N)); }
server_stmt(A) ::= RESET replica_kw.   { A = ast_new_op(p, AST_ADMIN, ADMIN_RESET_REPLICA); }
server_stmt(A) ::= RESET replica_kw ALL.
    { A = ast_new_op(p, AST_ADMIN, ADMIN_RESET_REPLICA); A->flags = AST_F_ADMIN_ALL; }
server_stmt(A) ::= RESET PERSIST.      { A = ast_new_op(p, AST_ADMIN, ADMIN_RESET_PERSIST); }
server_stmt(A) ::= RESET PERSIST ident(V). { A = ast_node1(p, AST_ADMIN, ADMIN_RESET_PERSIST, V); }
server_stmt(A) ::= RESET PERSIST IF EXISTS ident(V).
    { A = ast_node1(p, AST_ADMIN, ADMIN_RESET_PERSIST, V); A->flags = AST_F_ADMIN_IF_EXISTS; }
server_stmt(A) ::= START replica_kw replica_threads(F).
    { A = ast_new_op(p, AST_ADMIN, ADMIN_START_REPLICA); A->flags = F; }
server_stmt(A) ::= STOP replica_kw replica_threads(F).
    { A = ast_new_op(p, AST_ADMIN, ADMIN_STOP_REPLICA); A->flags = F; }
server_stmt(A) ::= PURGE purge_logs_kw LOGS TO TEXT_STRING(S).
    { A = ast_node1(p, AST_ADMIN, ADMIN_PURGE_LOGS_TO, ast_string(p, S)); }
server_stmt(A) ::= PURGE purge_logs_kw LOGS BEFORE expr(X).
    { A = ast_node1(p, AST_ADMIN, ADMIN_PURGE_LOGS_BEFORE, X); }
server_stmt(A) ::= SHUTDOWN.           { A = ast_new_op(p, AST_ADMIN, ADMIN_SHUTDOWN); }
server_stmt(A) ::= RESTART.            { A = ast_new_op(p, AST_ADMIN, ADMIN_RESTART); }
server_stmt(A) ::= INSTALL PLUGIN ident(N) SONAME TEXT_STRING(S).
    { A = ast_node2(p, AST_ADMIN, ADMIN_INSTALL_PLUGIN, N, ast_string(p, S)); }
server_stmt(A) ::= UNINSTALL PLUGIN ident(N). { A = ast_node1(p, AST_ADMIN, ADMIN_UNINSTALL_PLUGIN, N); }
server_stmt(A) ::= INSTALL COMPONENT server_strings(L).
    { A = ast_node1(p, AST_ADMIN, ADMIN_INSTALL_COMPONENT, L); }
server_stmt(A) ::= UNINSTALL COMPONENT server_strings(L).
    { A = ast_node1(p, AST_ADMIN, ADMIN_UNINSTALL_COMPONENT, L); }
server_stmt(A) ::= BINLOG TEXT_STRING(S). { A = ast_node1(p, AST_ADMIN, ADMIN_BINLOG, ast_string(p, S)); }
server_stmt(A) ::= ALTER INSTANCE instance_action(X).
    { A = ast_node1(p, AST_ADMIN, ADMIN_ALTER_INSTANCE, ast_admin_option(p, X, NULL)); }
server_stmt(A) ::= CLONE LOCAL DATA DIRECTORY clone_eq TEXT_STRING(S).
    { A = ast_node1(p, AST_ADMIN, ADMIN_CLONE_LOCAL, ast_string(p, S)); }
server_stmt(A) ::= CHANGE REPLICATION SOURCE TO source_options(L).
    { A = ast_node1(p, AST_ADMIN, ADMIN_CHANGE_SOURCE, L); }
server_stmt(A) ::= CHANGE MASTER TO source_options(L).
    { A = ast_node1(p, AST_ADMIN, ADMIN_CHANGE_SOURCE, L); A->flags = AST_F_ADMIN_MASTER; }
server_stmt(A) ::= CACHE INDEX table_keys_list(L) IN ident(C).
    { A = ast_node2(p, AST_ADMIN, ADMIN_CACHE_INDEX, L, C); }
server_stmt(A) ::= LOAD INDEX INTO CACHE table_keys_list(L).
    { A = ast_node1(p, AST_ADMIN, ADMIN_LOAD_INDEX, L); }

replica_kw ::= REPLICA.
replica_kw ::= SLAVE.
purge_logs_kw ::= BINARY.
purge_logs_kw ::= MASTER.
clone_eq ::= .
clone_eq ::= EQ.
%type replica_threads {uint32_t}
replica_threads(A) ::= .               { A = 0; }
replica_threads(A) ::= replica_thread_list(L). { A = L; }
%type replica_thread_list {uint32_t}
replica_thread_list(A) ::= replica_thread(X). { A = X; }
replica_thread_list(A) ::= replica_thread_list(L) COMMA replica_thread(X). { A = L | X; }
%type replica_thread {uint32_t}
replica_thread(A) ::= IO_THREAD.       { A = AST_F_ADMIN_IO_THREAD; }
replica_thread(A) ::= SQL_THREAD.      { A = AST_F_ADMIN_SQL_THREAD; }
server_strings(A) ::= TEXT_STRING(S).  { A = ast_list(p, ast_string(p, S)); }
server_strings(A) ::= server_strings(L) COMMA TEXT_STRING(S). { A = ast_append(p, L, ast_string(p, S)); }

// INNODB and REDO_LOG are no keywords: they arrive as ID.
%type instance_action {int}
instance_action(A) ::= ROTATE ID(E) MASTER KEY.
    { ast_expect_word(p, E, "INNODB"); A = AOPT_INSTANCE_ROTATE_INNODB_MASTER_KEY; }
instance_action(A) ::= ROTATE BINLOG MASTER KEY. { A = AOPT_INSTANCE_ROTATE_BINLOG_MASTER_KEY; }
instance_action(A) ::= RELOAD TLS.     { A = AOPT_INSTANCE_RELOAD_TLS; }
instance_action(A) ::= RELOAD TLS NO ROLLBACK ON ERROR. { A = AOPT_INSTANCE_RELOAD_TLS_NO_ROLLBACK; }
instance_action(A) ::= ENABLE ID(E) ID(R).
    { ast_expect_word(p, E, "INNODB"); ast_expect_word(p, R, "REDO_LOG"); A = AOPT_INSTANCE_ENABLE_REDO_LOG; }
instance_action(A) ::= DISABLE ID(E) ID(R).
    { ast_expect_word(p, E, "INNODB"); ast_expect_word(p, R, "REDO_LOG"); A = AOPT_INSTANCE_DISABLE_REDO_LOG; }
instance_action(A) ::= RELOAD KEYRING. { A = AOPT_INSTANCE_RELOAD_KEYRING; }

// MySQL knows each option by name; any name = value is kept here and left
// to the statement's execution to check.
source_options(A) ::= source_option(X). { A = ast_list(p, X); }
source_options(A) ::= source_options(L) COMMA source_option(X). { A = ast_append(p, L, X); }
source_option(A) ::= ID(N) EQ expr(X). { A = ast_admin_named(p, N, X); }
source_option(A) ::= ID(N) EQ LP RP.
    { A = ast_admin_named(p, N, ast_node1(p, AST_ROW, 0, ast_list(p, NULL))); }

table_keys_list(A) ::= table_keys(X).  { A = ast_list(p, X); }
table_keys_list(A) ::= table_keys_list(L) COMMA table_keys(X). { A = ast_append(p, L, X); }
table_keys(A) ::= table_ident(T) table_keys_index(K) table_keys_leaves(F).
    { A = ast_node2(p, AST_TABLE_KEYS, 0, T, K); A->flags = F; }
table_keys_index(A) ::= .              { A = NULL; }
table_keys_index(A) ::= key_or_index LP RP. { A = ast_list(p, NULL); }
table_keys_index(A) ::= key_or_index LP ident_list(L) RP. { A = L; }
%type table_keys_leaves {uint32_t}
table_keys_leaves(A) ::= .             { A = 0; }
table_keys_leaves(A) ::= IGNORE LEAVES. { A = AST_F_IGNORE_LEAVES; }

//////////////////////////// SUBSCRIBE (JimKV) ////////////////////////////////

subscribe_stmt(A) ::= SUBSCRIBE subscribe_to table_ident(T) subscribe_as_of(X).
    { A = ast_node2(p, AST_SUBSCRIBE, 0, T, X); }
subscribe_to ::= .
subscribe_to ::= TO.
subscribe_as_of(A) ::= .               { A = NULL; }
// AS OF [TIMESTAMP] as in a table reference (see opt_as_of).
subscribe_as_of(A) ::= as_of expr(X).  { A = X; }

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
            t.type == TK_SHOW || word_is(t, "RESPECT")) {
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
            /* SHOW COUNT(*) WARNINGS: COUNT is no keyword, and an ID after
             * SHOW would swallow the offending word of SHOW FOO. */
            else if (t.type == TK_SHOW && word_is(next, "COUNT"))
                joined = TK_SHOW_COUNT;
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
