/*
 * AST kinds of the data-definition statements (CREATE/ALTER/DROP ...).
 * Included by ast.h; same X(kind, children) convention.
 */
#ifndef JIMKV_SQL_AST_DDL_KINDS_H
#define JIMKV_SQL_AST_DDL_KINDS_H

#define AST_DDL_KINDS(X)

#endif
