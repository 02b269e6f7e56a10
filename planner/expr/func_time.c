/* Placeholder: the time functions are being written. */
#include "expr.h"

const pl_func pl_funcs_time[] = {
    { NULL, 0, 0, 0, NULL },
};
