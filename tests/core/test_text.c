#include "check.h"
#include "core/text.h"

#include <stdlib.h>

#define S(literal) literal, sizeof(literal) - 1

TEST(utf8_accepts_ascii_and_multibyte)
{
    CHECK(cf_utf8_valid(S("John Doe")));
    CHECK(cf_utf8_valid(S("Zoë Wanjiků 日本 🇰🇪")));
    CHECK(cf_utf8_valid(S("")));
}

TEST(utf8_rejects_malformed_sequences)
{
    CHECK(!cf_utf8_valid(S("\xC3")));             /* truncated */
    CHECK(!cf_utf8_valid(S("\xC0\xAF")));         /* overlong */
    CHECK(!cf_utf8_valid(S("\xE0\x80\xAF")));     /* overlong, three bytes */
    CHECK(!cf_utf8_valid(S("\xED\xA0\x80")));     /* surrogate */
    CHECK(!cf_utf8_valid(S("\xF4\x90\x80\x80"))); /* above U+10FFFF */
    CHECK(!cf_utf8_valid(S("\xFF")));
    CHECK(!cf_utf8_valid(S("ok\x80")));
}

TEST(utf8_length_counts_code_points)
{
    CHECK(cf_utf8_length(S("abc")) == 3);
    CHECK(cf_utf8_length(S("Zoë")) == 3);
    CHECK(cf_utf8_length(S("🇰🇪")) == 2);
}

TEST(control_characters_found_unless_allowed)
{
    CHECK(cf_has_control(S("a\nb"), NULL));
    CHECK(!cf_has_control(S("a\nb"), "\t\n\r"));
    CHECK(cf_has_control("a\0b", 3, "\t\n\r")); /* NUL is never allowed */
    CHECK(cf_has_control(S("a\x7F"), NULL));
    CHECK(!cf_has_control(S("plain text"), NULL));
}

TEST(blank_means_only_ascii_whitespace)
{
    CHECK(cf_is_blank(S("")));
    CHECK(cf_is_blank(S(" \t\n")));
    CHECK(!cf_is_blank(S(" x ")));
    CHECK(!cf_is_blank("\0", 1));
}

TEST(url_encode_keeps_unreserved_only)
{
    char *encoded = cf_url_encode(S("John Doe+1@x.com/é~"));

    CHECK_STR(encoded, "John%20Doe%2B1%40x.com%2F%C3%A9~");
    free(encoded);
}
