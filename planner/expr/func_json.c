/* Placeholder: the json functions are being written. */
#include "expr.h"

const pl_func pl_funcs_json[] = {
    { NULL, 0, 0, 0, NULL },
};
