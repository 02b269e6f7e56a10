/*
 * sql_eval: run table-less statements -- SELECT <exprs>, SET @v = ...,
 * SET <session variable> = ..., DO <exprs> -- on a pl_session, and print
 * their results.
 *
 * It is the front end of `jimkv-parse --eval` and of the differential test
 * against MariaDB, and the first user of the expression compiler
 * (sql_expr.h).  Output formats:
 *   SQL_EVAL_BATCH   as `mariadb --batch` prints: a header line of column
 *                    names, then the row; values tab-separated, NULL as
 *                    "NULL", with \0 \t \n \\ escaped; then one
 *                    "Warning <code> <message>" (or Note) line per
 *                    condition; "ERROR <code> (<state>): <message>" when the
 *                    statement fails.
 *   SQL_EVAL_GOLDEN  the differential test's lines: "= v1<TAB>v2" for the
 *                    row (escaped as in BATCH), "W <code> <message>" and
 *                    "N <code> <message>" per condition, "E <code>
 *                    <message>" when the statement fails.  No header.
 *
 * Ownership.  Statement memory lives in `arena`, reset by the caller between
 * calls; output is appended to `out`.
 */
#ifndef JIMKV_SQL_EVAL_H
#define JIMKV_SQL_EVAL_H

#include <stddef.h>

#include "expr.h"
#include "jimkv/arena.h"
#include "jimkv/buf.h"

typedef enum sql_eval_format { SQL_EVAL_BATCH, SQL_EVAL_GOLDEN } sql_eval_format;

/* Runs every statement in text[0..len); returns how many failed. */
int sql_eval_text(pl_session *session, jk_arena *arena, const char *text, size_t len,
                  sql_eval_format format, jk_buf *out);

#endif
