/* The lexer (core/json_lex.h) as built for this machine, its numbers, and the strict check built on
 * it (core/json_check.c). Expectations are json_decode's (PHP 8.2). */
#define LEX_VARIANT fastest
#include "json_lex_cases.h"
#include "core/json_check.h"

#include <stdint.h>

/* A number token: the bytes it takes (0: refused), whether it is an integer and which. */
static bool number_is(const char *text, size_t consumed, bool is_integer, int64_t integer)
{
    size_t len = strlen(text);
    char *copy = malloc(len ? len : 1);
    cf_json_number number = {false, 0};
    const char *after;
    bool same;

    memcpy(copy, text, len);
    after = cf_json_scan_number(copy, copy + len, &number);
    if (!consumed) {
        same = after == NULL;
    } else {
        same =
            after == copy + consumed && number.is_integer == is_integer && (!is_integer || number.integer == integer);
    }
    free(copy);
    return same;
}

TEST(json_numbers_integers_within_64_bits)
{
    CHECK(number_is("0", 1, true, 0));
    CHECK(number_is("-0", 2, true, 0)); /* json_decode('-0') is int(0) */
    CHECK(number_is("42,", 2, true, 42));
    CHECK(number_is("9223372036854775807", 19, true, INT64_MAX));
    CHECK(number_is("-9223372036854775808", 20, true, INT64_MIN));
    CHECK(number_is("1000000000000000000", 19, true, 1000000000000000000));
}

TEST(json_numbers_doubles)
{
    CHECK(number_is("9223372036854775808", 19, false, 0)); /* past 64 bits: a float */
    CHECK(number_is("-9223372036854775809", 20, false, 0));
    CHECK(number_is("9999999999999999999", 19, false, 0));
    CHECK(number_is("18446744073709551616", 20, false, 0));
    CHECK(number_is("123456789012345678901234567890", 30, false, 0));
    CHECK(number_is("2.0", 3, false, 0)); /* a fraction, even .0, is a float */
    CHECK(number_is("-0.0]", 4, false, 0));
    CHECK(number_is("1e2", 3, false, 0));
    CHECK(number_is("1E+2", 4, false, 0));
    CHECK(number_is("1.5e-300}", 8, false, 0));
}

TEST(json_numbers_grammar)
{
    CHECK(number_is("01", 1, true, 0)); /* the 0 alone: "1" then breaks the grammar around it */
    CHECK(number_is("-", 0, false, 0));
    CHECK(number_is("-a", 0, false, 0));
    CHECK(number_is("+1", 0, false, 0));
    CHECK(number_is(".5", 0, false, 0));
    CHECK(number_is("1.", 0, false, 0));
    CHECK(number_is("1.e5", 0, false, 0));
    CHECK(number_is("1e", 0, false, 0));
    CHECK(number_is("1e+", 0, false, 0));
    CHECK(number_is("", 0, false, 0));
}

static bool valid(const char *text, int depth)
{
    size_t len = strlen(text);
    char *copy = malloc(len ? len : 1);
    bool result;

    memcpy(copy, text, len);
    result = cf_json_valid(copy, len, depth);
    free(copy);
    return result;
}

static char *nested(int arrays)
{
    char *text = malloc((size_t)arrays * 2 + 1);

    memset(text, '[', (size_t)arrays);
    memset(text + arrays, ']', (size_t)arrays);
    text[arrays * 2] = '\0';
    return text;
}

TEST(json_check_depth_as_json_decode_counts_it)
{
    char *deepest = nested(CF_JSON_MAX_DEPTH - 1), *too_deep = nested(CF_JSON_MAX_DEPTH);

    CHECK(valid(deepest, CF_JSON_MAX_DEPTH));   /* json_decode accepts 511 nested arrays */
    CHECK(!valid(too_deep, CF_JSON_MAX_DEPTH)); /* and refuses 512 */
    CHECK(valid("1", 1));                       /* depth 1: scalars only */
    CHECK(!valid("[]", 1));
    CHECK(valid("[{}]", 3));
    CHECK(!valid("[{}]", 2));
    free(deepest);
    free(too_deep);
}

TEST(json_check_accepts_and_refuses_as_json_decode)
{
    CHECK(valid(" {\"a\" : [1, -0.5e3, \"\\u00e9\", true, false, null, {}]}\r\n", CF_JSON_MAX_DEPTH));
    CHECK(valid("\"top-level string\"", CF_JSON_MAX_DEPTH));
    CHECK(valid("{\"a\":1,\"a\":2}", CF_JSON_MAX_DEPTH)); /* repeated keys are JSON */
    CHECK(!valid("", CF_JSON_MAX_DEPTH));
    CHECK(!valid(" ", CF_JSON_MAX_DEPTH));
    CHECK(!valid("[1,]", CF_JSON_MAX_DEPTH));
    CHECK(!valid("{\"a\":1,}", CF_JSON_MAX_DEPTH));
    CHECK(!valid("[1 2]", CF_JSON_MAX_DEPTH));
    CHECK(!valid("[1}", CF_JSON_MAX_DEPTH));
    CHECK(!valid("{1:2}", CF_JSON_MAX_DEPTH));
    CHECK(!valid("TRUE", CF_JSON_MAX_DEPTH));
    CHECK(!valid("[nul]", CF_JSON_MAX_DEPTH));
    CHECK(!valid("{} x", CF_JSON_MAX_DEPTH));
    CHECK(!valid("\xef\xbb\xbf{}", CF_JSON_MAX_DEPTH)); /* a BOM */
    CHECK(!valid("\x0b{}", CF_JSON_MAX_DEPTH));         /* vertical tab is no JSON whitespace */
    CHECK(!valid("[01]", CF_JSON_MAX_DEPTH));
}
