/*
 * AST kinds of the session, transaction and administration statements
 * (SET, SHOW, BEGIN, GRANT, ...).  Included by ast.h; same X(kind,
 * children) convention.
 */
#ifndef JIMKV_SQL_AST_ADMIN_KINDS_H
#define JIMKV_SQL_AST_ADMIN_KINDS_H

#define AST_ADMIN_KINDS(X)

#endif
