/*
 * pl_agg tests: MySQL 8's aggregate_type() rules for IF, IFNULL, COALESCE,
 * CASE, GREATEST and LEAST, and the numeric class of each field type.
 */
#include "type_agg.h"

#include "../../../test/jk_test.h"

#define COLL_CONN PL_COLL_UTF8MB4_GENERAL_CI

static pl_type agg2(pl_type a, pl_type b)
{
    pl_type t[2] = { a, b };
    return pl_type_aggregate(t, 2, COLL_CONN);
}

static pl_type str_t(void) { return pl_type_string(1, COLL_CONN); }

TEST(type_agg, null_arguments_do_not_count)
{
    pl_type r = agg2(pl_type_null(), pl_type_int(1, false));
    CHECK_EQ_INT(r.field, PL_F_LONGLONG);
    r = agg2(pl_type_null(), pl_type_null());
    CHECK_EQ_INT(pl_field_class((pl_field)r.field), PL_NULL);
}

TEST(type_agg, any_string_makes_a_string)
{
    /* IFNULL(1, 'a') */
    pl_type r = agg2(pl_type_int(1, false), str_t());
    CHECK_EQ_INT(r.field, PL_F_VAR_STRING);
    CHECK_EQ_INT(r.coll, COLL_CONN);
    r = agg2(pl_type_double(PL_DECIMALS_NOT_FIXED), pl_type_string(3, PL_COLL_BINARY));
    CHECK_EQ_INT(r.coll, PL_COLL_BINARY);
}

TEST(type_agg, int_and_decimal_make_decimal)
{
    /* COALESCE(1, 2.5) is DECIMAL(2,1): 1 prints as 1.0. */
    pl_type r = agg2(pl_type_int(1, false), pl_type_decimal(2, 1));
    CHECK_EQ_INT(r.field, PL_F_NEWDECIMAL);
    CHECK_EQ_INT(r.decimals, 1);
    /* COALESCE(12345, 0.5): five integer digits and one decimal. */
    r = agg2(pl_type_int(5, false), pl_type_decimal(1, 1));
    CHECK_EQ_INT(r.decimals, 1);
    CHECK(r.length >= 7);
}

TEST(type_agg, double_wins_over_decimal_and_int)
{
    pl_type r = agg2(pl_type_decimal(4, 2), pl_type_double(PL_DECIMALS_NOT_FIXED));
    CHECK_EQ_INT(r.field, PL_F_DOUBLE);
    CHECK_EQ_INT(r.decimals, PL_DECIMALS_NOT_FIXED);
    r = agg2(pl_type_int(1, false), pl_type_double(2));
    CHECK_EQ_INT(r.field, PL_F_DOUBLE);
    CHECK_EQ_INT(r.decimals, 2);
}

TEST(type_agg, signs_mix_into_a_wider_type)
{
    /* BIGINT UNSIGNED with BIGINT needs DECIMAL(20,0). */
    pl_type r = agg2(pl_type_int(20, true), pl_type_int(2, false));
    CHECK_EQ_INT(r.field, PL_F_NEWDECIMAL);
    CHECK_EQ_INT(r.decimals, 0);
    r = agg2(pl_type_int(20, true), pl_type_int(20, true));
    CHECK_EQ_INT(r.field, PL_F_LONGLONG);
    CHECK(r.flags & PL_TF_UNSIGNED);
    /* A narrower unsigned one fits the signed BIGINT. */
    pl_type small = pl_type_int(3, true);
    small.field = PL_F_TINY;
    r = agg2(small, pl_type_int(2, false));
    CHECK_EQ_INT(r.field, PL_F_LONGLONG);
    CHECK(!(r.flags & PL_TF_UNSIGNED));
}

TEST(type_agg, temporals_merge_to_datetime)
{
    pl_type r = agg2(pl_type_temporal(PL_F_DATE, 0), pl_type_temporal(PL_F_DATETIME, 3));
    CHECK_EQ_INT(r.field, PL_F_DATETIME);
    CHECK_EQ_INT(r.decimals, 3);
    r = agg2(pl_type_temporal(PL_F_DATE, 0), pl_type_temporal(PL_F_TIME, 0));
    CHECK_EQ_INT(r.field, PL_F_DATETIME);
    r = agg2(pl_type_temporal(PL_F_TIME, 2), pl_type_temporal(PL_F_TIME, 5));
    CHECK_EQ_INT(r.field, PL_F_TIME);
    CHECK_EQ_INT(r.decimals, 5);
    r = agg2(pl_type_temporal(PL_F_TIMESTAMP, 0), pl_type_temporal(PL_F_TIMESTAMP, 0));
    CHECK_EQ_INT(r.field, PL_F_TIMESTAMP);
}

TEST(type_agg, temporal_with_number_is_a_string)
{
    pl_type r = agg2(pl_type_temporal(PL_F_DATE, 0), pl_type_int(1, false));
    CHECK_EQ_INT(r.field, PL_F_VAR_STRING);
}

TEST(type_agg, json_stays_json_only_with_json)
{
    pl_type j = pl_type_string(10, PL_COLL_UTF8MB4_BIN);
    j.field = PL_F_JSON;
    pl_type r = agg2(j, pl_type_null());
    CHECK_EQ_INT(r.field, PL_F_JSON);
    r = agg2(j, j);
    CHECK_EQ_INT(r.field, PL_F_JSON);
    r = agg2(j, str_t());
    CHECK_EQ_INT(r.field, PL_F_VAR_STRING);
}

TEST(type_agg, numeric_class_of_each_kind)
{
    CHECK_EQ_INT(pl_numeric_class(&(pl_type){ .field = PL_F_LONGLONG }), PL_INT);
    CHECK_EQ_INT(pl_numeric_class(&(pl_type){ .field = PL_F_NEWDECIMAL }), PL_DECIMAL);
    CHECK_EQ_INT(pl_numeric_class(&(pl_type){ .field = PL_F_VAR_STRING }), PL_DOUBLE);
    CHECK_EQ_INT(pl_numeric_class(&(pl_type){ .field = PL_F_NULL }), PL_DOUBLE);
    CHECK_EQ_INT(pl_numeric_class(&(pl_type){ .field = PL_F_DATE }), PL_INT);
    CHECK_EQ_INT(pl_numeric_class(&(pl_type){ .field = PL_F_DATETIME, .decimals = 3 }), PL_DECIMAL);
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
