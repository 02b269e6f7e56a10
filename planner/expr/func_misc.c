/* Placeholder: the misc functions are being written. */
#include "expr.h"

const pl_func pl_funcs_misc[] = {
    { NULL, 0, 0, 0, NULL },
};
