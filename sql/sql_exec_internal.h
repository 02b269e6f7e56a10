/*
 * Pieces of statement execution shared with the protocol front: COM_INIT_DB
 * does what USE does.
 */
#ifndef JIMKV_SQL_EXEC_INTERNAL_H
#define JIMKV_SQL_EXEC_INTERNAL_H

#include "expr.h"
#include "sql_exec.h"

/* USE name: 0, or -1 with error 1049 in cx. */
int sql_use_database(pl_eval_ctx *cx, const char *name);

/* LIMIT count [OFFSET offset] of a statement; 0, or -1 with 1210 in cx. */
int sql_limit_values(pl_eval_ctx *cx, const struct ast *limit, int64_t *count, int64_t *offset);

/* A SELECT without tables: its columns and its one row (*has_row false when
 * WHERE or LIMIT leaves none), in cx's arena.  0, or -1 with the error. */
int sql_select_row(pl_eval_ctx *cx, const struct ast *sel, const char *text, size_t text_len, sql_column **cols,
                   pl_value **vals, bool *has_row);

/* UNION / INTERSECT / EXCEPT and parenthesized queries over SELECTs
 * without tables (sql_query.c): sends the result to sink. */
int sql_run_query(pl_eval_ctx *cx, const struct ast *query, const char *text, size_t text_len,
                  const sql_sink *sink, sql_done *done);

#endif
