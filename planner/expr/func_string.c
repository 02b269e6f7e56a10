/* Placeholder: the string functions are being written. */
#include "expr.h"

const pl_func pl_funcs_string[] = {
    { NULL, 0, 0, 0, NULL },
};
