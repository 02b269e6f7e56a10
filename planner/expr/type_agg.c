/* TEMPORARY STUB (lead): replaced by the real type_agg.c. */
#include "type_agg.h"
void pl_agg_init(pl_agg *a, uint16_t default_coll) { (void)a; (void)default_coll; }
void pl_agg_add(pl_agg *a, const pl_type *t) { a->field = t->field; a->length = t->length; a->coll = t->coll; a->decimals = t->decimals; }
pl_type pl_agg_result(const pl_agg *a) { pl_type t = { .field = a->field, .decimals = a->decimals, .coll = a->coll, .length = a->length }; return t; }
