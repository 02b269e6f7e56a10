#include "../../test/jk_test.h"
int main(int argc, char **argv) { return jk_test_main(argc, argv); }
