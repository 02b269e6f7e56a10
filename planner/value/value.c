/*
 * Field type classes and names, and MySQL's DOUBLE text.
 *
 * DOUBLE text.  MySQL prints a double whose decimals are not fixed with the
 * shortest digits that read back as the same double (dtoa mode 0), then
 * chooses between plain and exponent form by where the decimal point falls:
 * with the value written 0.d1d2...dn * 10^p, the exponent form is used when
 * p < -14, or p > 15 and the value is a whole number (n <= p); so 1e14
 * prints as 100000000000000 but 1e15 as 1e15, 1e15 + 0.3 as
 * 1000000000000000.2, and 1e-15 as 0.000000000000001 but 1e-16 as 1e-16.  The
 * exponent form is d1[.d2...dn]e[-]x with no '+' and no leading zeros.
 */
#include "value.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

pl_vclass pl_field_class(pl_field field)
{
    switch (field) {
    case PL_F_TINY: case PL_F_SHORT: case PL_F_LONG: case PL_F_LONGLONG: case PL_F_INT24:
    case PL_F_YEAR:
        return PL_INT;
    case PL_F_FLOAT: case PL_F_DOUBLE:
        return PL_DOUBLE;
    case PL_F_DECIMAL: case PL_F_NEWDECIMAL:
        return PL_DECIMAL;
    case PL_F_DATE: case PL_F_TIME: case PL_F_DATETIME: case PL_F_TIMESTAMP:
        return PL_TEMPORAL;
    case PL_F_NULL:
        return PL_NULL;
    default:
        return PL_STRING;
    }
}

const char *pl_field_name(pl_field field)
{
    switch (field) {
    case PL_F_DECIMAL: return "DECIMAL";
    case PL_F_TINY: return "TINY";
    case PL_F_SHORT: return "SHORT";
    case PL_F_LONG: return "LONG";
    case PL_F_FLOAT: return "FLOAT";
    case PL_F_DOUBLE: return "DOUBLE";
    case PL_F_NULL: return "NULL";
    case PL_F_TIMESTAMP: return "TIMESTAMP";
    case PL_F_LONGLONG: return "LONGLONG";
    case PL_F_INT24: return "INT24";
    case PL_F_DATE: return "DATE";
    case PL_F_TIME: return "TIME";
    case PL_F_DATETIME: return "DATETIME";
    case PL_F_YEAR: return "YEAR";
    case PL_F_VARCHAR: return "VARCHAR";
    case PL_F_BIT: return "BIT";
    case PL_F_JSON: return "JSON";
    case PL_F_NEWDECIMAL: return "NEWDECIMAL";
    case PL_F_ENUM: return "ENUM";
    case PL_F_SET: return "SET";
    case PL_F_TINY_BLOB: return "TINY_BLOB";
    case PL_F_MEDIUM_BLOB: return "MEDIUM_BLOB";
    case PL_F_LONG_BLOB: return "LONG_BLOB";
    case PL_F_BLOB: return "BLOB";
    case PL_F_VAR_STRING: return "VAR_STRING";
    case PL_F_STRING: return "STRING";
    }
    return "?";
}

/* Shortest significant digits of v (> 0, finite) that read back as v (or
 * as the same float): digits without a point into dig, returns their count
 * and sets *point, the p of 0.d1d2... * 10^p. */
static int shortest_digits(double v, bool is_float, char *dig, int *point)
{
    char tmp[40];
    int lo = 1, hi = is_float ? 9 : 17;
    /* Round-tripping is monotonic in precision, so search for the least. */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        snprintf(tmp, sizeof tmp, "%.*e", mid - 1, v);
        bool same = is_float ? (float)strtod(tmp, NULL) == (float)v : strtod(tmp, NULL) == v;
        if (same)
            hi = mid;
        else
            lo = mid + 1;
    }
    snprintf(tmp, sizeof tmp, "%.*e", lo - 1, v);
    /* tmp is d[.ddd]e[+-]xx */
    int n = 0;
    const char *s = tmp;
    for (; *s && *s != 'e'; s++)
        if (*s != '.')
            dig[n++] = *s;
    int exp10 = atoi(s + 1);
    while (n > 1 && dig[n - 1] == '0')
        n--;
    dig[n] = '\0';
    *point = exp10 + 1;
    return n;
}

/* Fixed decimals: when more than 17 digits would be in view MySQL writes
 * the shortest round-trip digits and zeros after them, so FLOOR(1e308) is
 * a 1 and 308 zeros and ROUND(POW(2, 63)) 9223372036854776000, not the
 * binary value's exact expansion. */
static size_t fixed_to_string(double v, int decimals, char *buf)
{
    char dig[40];
    int point = 1, n = 1;
    dig[0] = '0';
    if (v != 0)
        n = shortest_digits(fabs(v), false, dig, &point);
    /* Digits past the requested decimals are rounded away by printf below;
     * only when the value has more than 17 digits in view is it rebuilt. */
    if (point + decimals <= 17) {
        int len = snprintf(buf, PL_DOUBLE_STR_MAX, "%.*f", decimals, v);
        return (size_t)len;
    }
    char *o = buf;
    if (v < 0)
        *o++ = '-';
    for (int i = 0; i < point; i++)
        *o++ = i < n ? dig[i] : '0';
    if (point <= 0)
        *o++ = '0';
    if (decimals > 0) {
        *o++ = '.';
        for (int i = 0; i < decimals; i++) {
            int at = point + i;
            *o++ = at >= 0 && at < n ? dig[at] : '0';
        }
    }
    *o = '\0';
    return (size_t)(o - buf);
}

size_t pl_double_to_string(double v, int decimals, bool is_float, char *buf)
{
    if (isnan(v) || isinf(v)) {
        /* MySQL never stores these; a computed one prints as MySQL's
         * String::set_real does for them. */
        return (size_t)snprintf(buf, PL_DOUBLE_STR_MAX, "%s", isnan(v) ? "nan" : v > 0 ? "inf" : "-inf");
    }
    if (decimals < PL_DECIMALS_NOT_FIXED)
        return fixed_to_string(v, decimals, buf);
    if (v == 0)
        return (size_t)snprintf(buf, PL_DOUBLE_STR_MAX, "0");
    char dig[40];
    int point;
    int n = shortest_digits(fabs(v), is_float, dig, &point);
    char *o = buf;
    if (v < 0)
        *o++ = '-';
    if ((point > 15 && n <= point) || point < -14) {
        *o++ = dig[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, dig + 1, (size_t)n - 1);
            o += n - 1;
        }
        o += sprintf(o, "e%d", point - 1);
    } else if (point <= 0) {
        *o++ = '0';
        *o++ = '.';
        memset(o, '0', (size_t)-point);
        o += -point;
        memcpy(o, dig, (size_t)n);
        o += n;
    } else if (point >= n) {
        memcpy(o, dig, (size_t)n);
        o += n;
        memset(o, '0', (size_t)(point - n));
        o += point - n;
    } else {
        memcpy(o, dig, (size_t)point);
        o += point;
        *o++ = '.';
        memcpy(o, dig + point, (size_t)(n - point));
        o += n - point;
    }
    *o = '\0';
    return (size_t)(o - buf);
}
