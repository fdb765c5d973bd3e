#include "check.h"

#include <curl/curl.h>
#include <stdlib.h>

#define MAX_TESTS 512

static struct {
    const char *name;
    test_function function;
} tests[MAX_TESTS];
static int test_count;

void register_test(const char *name, test_function function)
{
    if (test_count < MAX_TESTS) {
        tests[test_count].name = name;
        tests[test_count].function = function;
        test_count++;
    }
}

int main(int argc, char **argv)
{
    int passed = 0, failed = 0;
    const char *only = argc > 1 ? argv[1] : NULL;

    curl_global_init(CURL_GLOBAL_DEFAULT);
    for (int i = 0; i < test_count; i++) {
        bool test_failed = false;

        if (only && !strstr(tests[i].name, only)) {
            continue;
        }
        tests[i].function(&test_failed);
        printf("%s %s\n", test_failed ? "FAIL" : "PASS", tests[i].name);
        if (test_failed) {
            failed++;
        } else {
            passed++;
        }
    }
    curl_global_cleanup();
    printf("core: %d passed, %d failed\n", passed, failed);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
