/*
 * Pieces of statement execution shared with the protocol front: COM_INIT_DB
 * does what USE does.
 */
#ifndef JIMKV_SQL_EXEC_INTERNAL_H
#define JIMKV_SQL_EXEC_INTERNAL_H

#include "expr.h"

/* USE name: 0, or -1 with error 1049 in cx. */
int sql_use_database(pl_eval_ctx *cx, const char *name);

#endif
