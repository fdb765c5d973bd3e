/* The lexer's cases (core/json_lex.h), included once per way of scanning string runs: each including
 * file picks one with CF_JSON_NO_SSE2 / CF_JSON_NO_WORDS and names it in LEX_VARIANT, which prefixes
 * the test names. The expectations are json_decode's (PHP 8.2), checked by hand against php -r. */
#include "check.h"
#include "core/json_lex.h"

#include <stdlib.h>

#define LEX_CONCAT_(a, b) a##_##b
#define LEX_CONCAT(a, b) LEX_CONCAT_(a, b)
#define LEX_TEST_(name) TEST(name)
#define LEX_TEST(name) LEX_TEST_(LEX_CONCAT(LEX_VARIANT, name))

/* The string body `body` (what follows an opening quote, closing quote included when it has one):
 * accepted or not, and if so its decoded length and the unescaped bytes. */
static bool LEX_CONCAT(LEX_VARIANT, string_is)(const char *body, size_t len, const char *decoded, size_t decoded_len)
{
    /* An exact copy, so that a read past the end shows under ASan. */
    char *copy = malloc(len ? len : 1), *out;
    const char *close;
    size_t got_len = (size_t)-1;
    bool same;

    memcpy(copy, body, len);
    close = cf_json_scan_string(copy, copy + len, &got_len);
    if (!decoded) {
        free(copy);
        return close == NULL;
    }
    if (!close || close != copy + len - 1 || got_len != decoded_len) {
        free(copy);
        return false;
    }
    out = malloc(decoded_len + 1);
    same = cf_json_unescape(copy, close, out) == out + decoded_len && memcmp(out, decoded, decoded_len) == 0;
    free(out);
    free(copy);
    return same;
}

#define STRING_IS(body, decoded) \
    LEX_CONCAT(LEX_VARIANT, string_is)(body, sizeof(body) - 1, decoded, sizeof(decoded) - 1)
#define STRING_REFUSED(body) LEX_CONCAT(LEX_VARIANT, string_is)(body, sizeof(body) - 1, NULL, 0)

LEX_TEST(json_string_plain_runs_of_every_length)
{
    char body[80], expected[80];

    /* Lengths across the 8- and 16-byte steps, with the quote at every offset. */
    for (size_t len = 0; len < 70; len++) {
        for (size_t i = 0; i < len; i++) {
            body[i] = expected[i] = (char)('a' + i % 26);
        }
        body[len] = '"';
        CHECK(LEX_CONCAT(LEX_VARIANT, string_is)(body, len + 1, expected, len));
    }
}

LEX_TEST(json_string_special_byte_at_every_offset)
{
    static const char *const refused[] = {"\x01", "\x1f", "\x00", "\x80", "\xc3", "\xed\xa0\x80", "\\x", "\\u12g4"};
    char body[64], expected[64];

    for (size_t at = 0; at < 40; at++) {
        for (size_t k = 0; k < sizeof(refused) / sizeof(refused[0]); k++) {
            size_t bad_len = k == 2 ? 1 : strlen(refused[k]);

            memset(body, 'x', sizeof(body));
            memcpy(body + at, refused[k], bad_len);
            body[at + bad_len + 3] = '"';
            CHECK(LEX_CONCAT(LEX_VARIANT, string_is)(body, at + bad_len + 4, NULL, 0));
        }
        /* A two-byte letter and an escape at the same place are fine. */
        memset(body, 'x', sizeof(body));
        memcpy(body + at, "\xc3\xa9\\n", 4);
        body[at + 6] = '"';
        memset(expected, 'x', sizeof(expected));
        memcpy(expected + at, "\xc3\xa9\n", 3);
        CHECK(LEX_CONCAT(LEX_VARIANT, string_is)(body, at + 7, expected, at + 5));
    }
}

LEX_TEST(json_string_escapes_decode_as_json_decode_does)
{
    CHECK(STRING_IS("\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t"));
    CHECK(STRING_IS("\\u0000\"", "\0"));
    CHECK(STRING_IS("\\u007f\\u0080\"", "\x7f\xc2\x80"));
    CHECK(STRING_IS("\\u07FF\\u0800\"", "\xdf\xbf\xe0\xa0\x80"));
    CHECK(STRING_IS("\\uD7FF\\uE000\\uffff\"", "\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbf"));
    CHECK(STRING_IS("\\ud83d\\ude00\"", "\xf0\x9f\x98\x80"));
    CHECK(STRING_IS("\\uDBFF\\uDFFF\"", "\xf4\x8f\xbf\xbf"));
    CHECK(STRING_IS("caf\\u00e9 \xc3\xa9\"", "caf\xc3\xa9 \xc3\xa9"));
}

LEX_TEST(json_string_refuses_what_json_decode_refuses)
{
    CHECK(STRING_REFUSED("\\ud800\""));        /* a high surrogate alone */
    CHECK(STRING_REFUSED("\\ud800\\u0041\"")); /* followed by no low one */
    CHECK(STRING_REFUSED("\\ud800\\ud800\"")); /* followed by another high one */
    CHECK(STRING_REFUSED("\\udc00\""));        /* a low surrogate alone */
    CHECK(STRING_REFUSED("\\udc00\\ud800\"")); /* a pair the wrong way round */
    CHECK(STRING_REFUSED("\\ud83d\\ude0"));    /* cut short */
    CHECK(STRING_REFUSED("\\u12\""));
    CHECK(STRING_REFUSED("\\U0041\""));
    CHECK(STRING_REFUSED("\\'\""));
    CHECK(STRING_REFUSED("\\"));
    CHECK(STRING_REFUSED("abc"));                /* no closing quote */
    CHECK(STRING_REFUSED("a\tb\""));             /* raw control characters must be escaped */
    CHECK(STRING_REFUSED("\xc0\xaf\""));         /* overlong */
    CHECK(STRING_REFUSED("\xf4\x90\x80\x80\"")); /* above U+10FFFF */
    CHECK(STRING_REFUSED("\xe2\x82\""));         /* a sequence cut by the quote */
    CHECK(STRING_IS("\x7f\"", "\x7f"));          /* DEL is no control character to JSON */
}

LEX_TEST(json_whitespace_is_four_bytes)
{
    static const char spaces[] = " \t\r\n";
    static const char not_spaces[] = "\x0b\x0c\xa0x";

    CHECK(cf_json_skip_space(spaces, spaces + 4) == spaces + 4);
    for (int i = 0; i < 4; i++) {
        CHECK(cf_json_skip_space(not_spaces + i, not_spaces + 4) == not_spaces + i);
    }
}
