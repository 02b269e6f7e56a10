/*
 * pl_coll tests (being written).
 */
#include "charset.h"

#include "../../../test/jk_test.h"

TEST(coll, binary_compares_bytes)
{
    CHECK(pl_coll_compare(63, "a", 1, "A", 1) > 0);
    CHECK(pl_coll_compare(63, "a", 1, "a ", 2) < 0);
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
