// Data-definition statements: spliced into parse.y at build time (see
// gen_keywords.cmake), so this file holds rules only, no settings.

//////////////////////////// Data definition (ast_print_ddl.c) ////////////////
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
view_definer(A) ::= DEFINER EQ user(U). { A = U; }
// 'u'@'h', u@h and `u`@`h` arrive as a name and a USERVAR token (@'h').
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
