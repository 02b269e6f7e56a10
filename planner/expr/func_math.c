/* Placeholder: the math functions are being written. */
#include "expr.h"

const pl_func pl_funcs_math[] = {
    { NULL, 0, 0, 0, NULL },
};
