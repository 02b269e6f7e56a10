/*
 * pl_json tests: MySQL 8's normalized text, parse errors with their
 * positions, path syntax and matching, and the depth limit.
 */
#include "json.h"

#include "../../../test/jk_test.h"

static jk_arena arena;
static pl_json_doc doc;

static void setup(void)
{
    jk_arena_init(&arena, NULL, 0);
    pl_json_init(&doc, &arena);
}

static void teardown(void) { jk_arena_free(&arena); }

/* Parse and print: the normalized text, or "ERR <msg> @<pos>". */
static const char *norm(const char *in)
{
    static char buf[4096];
    uint32_t root;
    pl_json_error err;
    pl_json_reset(&doc);
    pl_json_status st = pl_json_parse(&doc, in, strlen(in), &root, &err);
    if (st == PL_JSON_TOO_DEEP)
        return "TOO DEEP";
    if (st != PL_JSON_OK) {
        snprintf(buf, sizeof buf, "ERR %s @%zu", err.msg, err.pos);
        return buf;
    }
    const char *t;
    size_t n;
    if (!pl_json_print(&doc, root, &t, &n))
        return "NOMEM";
    snprintf(buf, sizeof buf, "%.*s", (int)n, t);
    return buf;
}

/* All matches of path in json, as a JSON array, or "BADPATH @<pos>". */
static const char *extract(const char *json, const char *path)
{
    static char buf[4096];
    uint32_t root;
    pl_json_error err;
    pl_json_path p;
    size_t bad;
    pl_json_reset(&doc);
    if (pl_json_parse(&doc, json, strlen(json), &root, &err) != PL_JSON_OK)
        return "BADJSON";
    if (pl_json_path_parse(&doc, path, strlen(path), &p, &bad) != PL_JSON_OK) {
        snprintf(buf, sizeof buf, "BADPATH @%zu", bad);
        return buf;
    }
    if (pl_json_seek(&doc, root, &p) != PL_JSON_OK)
        return "NOMEM";
    const char *t;
    size_t n;
    if (!pl_json_print(&doc, pl_json_new_array(&doc, doc.hits, doc.hits_len), &t, &n))
        return "NOMEM";
    snprintf(buf, sizeof buf, "%.*s", (int)n, t);
    return buf;
}

TEST(json, prints_with_mysql_spacing, setup, teardown)
{
    CHECK_EQ_STR(norm("{\"a\":1,\"b\":[1,2]}"), "{\"a\": 1, \"b\": [1, 2]}");
    CHECK_EQ_STR(norm(" [ ] "), "[]");
    CHECK_EQ_STR(norm("{}"), "{}");
    CHECK_EQ_STR(norm("[true,false,null]"), "[true, false, null]");
    CHECK_EQ_STR(norm("\"x\""), "\"x\"");
}

TEST(json, object_keys_sort_by_length_then_bytes, setup, teardown)
{
    CHECK_EQ_STR(norm("{\"bb\":1,\"a\":2,\"ab\":3,\"B\":4}"), "{\"B\": 4, \"a\": 2, \"ab\": 3, \"bb\": 1}");
}

TEST(json, later_duplicate_key_wins, setup, teardown)
{
    CHECK_EQ_STR(norm("{\"a\":1,\"b\":2,\"a\":3}"), "{\"a\": 3, \"b\": 2}");
    CHECK_EQ_STR(norm("{\"a\":1,\"a\":2,\"a\":3}"), "{\"a\": 3}");
}

TEST(json, numbers_keep_their_kind, setup, teardown)
{
    CHECK_EQ_STR(norm("[1.0, 1.5, -0, 1e2, 1E20, 0.1e-3]"), "[1.0, 1.5, 0, 100.0, 1e20, 0.0001]");
    CHECK_EQ_STR(norm("[9223372036854775807, -9223372036854775808]"),
                 "[9223372036854775807, -9223372036854775808]");
    CHECK_EQ_STR(norm("18446744073709551615"), "18446744073709551615");
    CHECK_EQ_STR(norm("18446744073709551616"), "1.8446744073709552e19");
    CHECK_EQ_STR(norm("-0.0"), "-0.0");
}

TEST(json, strings_escape_as_mysql, setup, teardown)
{
    CHECK_EQ_STR(norm("\"a\\\"b\\\\c\\/d\\n\\u0001\\u00e9\""), "\"a\\\"b\\\\c/d\\n\\u0001\xc3\xa9\"");
    CHECK_EQ_STR(norm("\"\\ud83d\\ude00\""), "\"\xf0\x9f\x98\x80\"");
}

TEST(json, parse_errors_have_mysql_texts_and_positions, setup, teardown)
{
    CHECK_EQ_STR(norm(""), "ERR The document is empty. @0");
    CHECK_EQ_STR(norm("  "), "ERR The document is empty. @2");
    CHECK_EQ_STR(norm("abc"), "ERR Invalid value. @0");
    CHECK_EQ_STR(norm("[1,]"), "ERR Invalid value. @3");
    CHECK_EQ_STR(norm("[1 2]"), "ERR Missing a comma or ']' after an array element. @3");
    CHECK_EQ_STR(norm("{\"a\" 1}"), "ERR Missing a colon after a name of object member. @5");
    CHECK_EQ_STR(norm("{a:1}"), "ERR Missing a name for object member. @1");
    CHECK_EQ_STR(norm("{\"a\":1 \"b\":2}"), "ERR Missing a comma or '}' after an object member. @7");
    CHECK_EQ_STR(norm("\"abc"), "ERR Missing a closing quotation mark in string. @4");
    CHECK_EQ_STR(norm("\"\\x\""), "ERR Invalid escape character in string. @1");
    CHECK_EQ_STR(norm("[1] 2"), "ERR The document root must not be followed by other values. @4");
    CHECK_EQ_STR(norm("01"), "ERR The document root must not be followed by other values. @1");
    CHECK_EQ_STR(norm("1."), "ERR Miss fraction part in number. @2");
    CHECK_EQ_STR(norm("1e"), "ERR Miss exponent in number. @2");
    CHECK_EQ_STR(norm("1e400"), "ERR Number too big to be stored in double. @0");
    CHECK_EQ_STR(norm("tru"), "ERR Invalid value. @3");
    CHECK_EQ_STR(norm("\"\xff\""), "ERR Invalid encoding in string. @1");
}

TEST(json, depth_is_limited_to_100, setup, teardown)
{
    char deep[256];
    for (int i = 0; i < 100; i++)
        deep[i] = '[';
    for (int i = 0; i < 100; i++)
        deep[100 + i] = ']';
    deep[200] = '\0';
    CHECK(strncmp(norm(deep), "[[[", 3) == 0);
    char deeper[256];
    for (int i = 0; i < 101; i++)
        deeper[i] = '[';
    for (int i = 0; i < 101; i++)
        deeper[101 + i] = ']';
    deeper[202] = '\0';
    CHECK_EQ_STR(norm(deeper), "TOO DEEP");
}

TEST(json, paths_select_members_and_elements, setup, teardown)
{
    const char *j = "{\"a\": {\"b\": [10, 20, 30]}, \"c d\": 1, \"x\": [{\"y\": 1}, {\"y\": 2}]}";
    CHECK_EQ_STR(extract(j, "$.a.b[1]"), "[20]");
    CHECK_EQ_STR(extract(j, "$.\"c d\""), "[1]");
    CHECK_EQ_STR(extract(j, " $ . a . b [ last ] "), "[30]");
    CHECK_EQ_STR(extract(j, "$.a.b[last-1]"), "[20]");
    CHECK_EQ_STR(extract(j, "$.a.b[1 to 2]"), "[20, 30]");
    CHECK_EQ_STR(extract(j, "$.a.b[1 to last]"), "[20, 30]");
    CHECK_EQ_STR(extract(j, "$.a.b[*]"), "[10, 20, 30]");
    CHECK_EQ_STR(extract(j, "$.x[*].y"), "[1, 2]");
    CHECK_EQ_STR(extract(j, "$.*"), "[{\"b\": [10, 20, 30]}, [{\"y\": 1}, {\"y\": 2}], 1]");
    CHECK_EQ_STR(extract(j, "$.a.b[5]"), "[]");
    CHECK_EQ_STR(extract(j, "$.nope"), "[]");
}

TEST(json, scalars_auto_wrap_for_index_0, setup, teardown)
{
    CHECK_EQ_STR(extract("1", "$[0]"), "[1]");
    CHECK_EQ_STR(extract("{\"a\": 1}", "$[0].a"), "[1]");
    CHECK_EQ_STR(extract("1", "$[1]"), "[]");
    CHECK_EQ_STR(extract("1", "$[*]"), "[]");
}

TEST(json, ellipsis_matches_every_level_once, setup, teardown)
{
    CHECK_EQ_STR(extract("{\"a\": {\"b\": 1}, \"c\": {\"b\": 2}}", "$**.b"), "[1, 2]");
    CHECK_EQ_STR(extract("{\"b\": 0, \"a\": {\"b\": 1}}", "$**.b"), "[0, 1]");
    CHECK_EQ_STR(extract("[[1], 2]", "$**[0]"), "[[1], 1, 2]");
}

TEST(json, bad_paths_report_the_offset, setup, teardown)
{
    CHECK_EQ_STR(extract("1", "a"), "BADPATH @0");
    CHECK_EQ_STR(extract("1", "$."), "BADPATH @2");
    CHECK_EQ_STR(extract("1", "$a"), "BADPATH @1");
    CHECK_EQ_STR(extract("1", "$[a]"), "BADPATH @2");
    CHECK_EQ_STR(extract("1", "$[1"), "BADPATH @3");
    CHECK_EQ_STR(extract("1", "$**"), "BADPATH @3");
    CHECK_EQ_STR(extract("1", "$[3 to 1]"), "BADPATH @8");
}

TEST(json, builders_sort_and_dedupe_objects, setup, teardown)
{
    pl_json_reset(&doc);
    uint32_t kv[6];
    kv[0] = pl_json_new_text(&doc, PL_JSON_STRING, "zz", 2);
    kv[1] = pl_json_new_int(&doc, 1);
    kv[2] = pl_json_new_text(&doc, PL_JSON_STRING, "a", 1);
    kv[3] = pl_json_new_double(&doc, 2.0);
    kv[4] = pl_json_new_text(&doc, PL_JSON_STRING, "zz", 2);
    kv[5] = pl_json_new_text(&doc, PL_JSON_DECIMAL, "3.50", 4);
    uint32_t obj = pl_json_new_object(&doc, kv, 3);
    const char *t;
    size_t n;
    CHECK(pl_json_print(&doc, obj, &t, &n));
    CHECK(n == strlen("{\"a\": 2.0, \"zz\": 3.50}") && memcmp(t, "{\"a\": 2.0, \"zz\": 3.50}", n) == 0);
    uint32_t keys = pl_json_new_keys(&doc, obj);
    CHECK(pl_json_print(&doc, keys, &t, &n));
    CHECK(n == strlen("[\"a\", \"zz\"]") && memcmp(t, "[\"a\", \"zz\"]", n) == 0);
}

TEST(json, quote_escapes_control_characters, setup, teardown)
{
    pl_json_reset(&doc);
    const char *t;
    size_t n;
    CHECK(pl_json_quote(&doc, "a\"\t\x1f", 4, &t, &n));
    CHECK(n == 13 && memcmp(t, "\"a\\\"\\t\\u001f\"", n) == 0);
}

TEST(json, normalize_is_parse_then_print, setup, teardown)
{
    const char *t;
    size_t n;
    pl_json_error err;
    CHECK_EQ_INT(pl_json_normalize(&doc, "{\"b\":1,\"a\":2}", 13, &t, &n, &err), PL_JSON_OK);
    CHECK(n == 16 && memcmp(t, "{\"a\": 2, \"b\": 1}", n) == 0);
    CHECK_EQ_INT(pl_json_normalize(&doc, "abc", 3, &t, &n, &err), PL_JSON_SYNTAX);
    CHECK_EQ_STR(err.msg, "Invalid value.");
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
