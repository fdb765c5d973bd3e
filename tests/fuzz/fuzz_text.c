/* Byte-level text: cf_utf8_valid and cf_utf8_length against the Unicode Standard's table of
 * well-formed sequences (decoded here independently), cf_has_control and cf_is_blank against their
 * definitions, cf_url_encode through a decoder written here (round trip, minimal and RFC 3986
 * conforming), cf_customer_id_valid, cf_strndup.
 *
 * Input: any bytes; every suffix starting at the first eight offsets is checked too, so sequences
 * are seen from every alignment. */
#include "fuzz.h"

#include "core/customer.h"
#include "core/text.h"

static bool unreserved(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1; /* lower-case hex is not what the encoder promises (RFC 3986 2.1: upper-case) */
}

/* Code points of well-formed UTF-8, decoded the long way round. */
static size_t ref_code_points(const uint8_t *s, size_t len)
{
    size_t count = 0;

    for (size_t i = 0; i < len; count++) {
        i += s[i] < 0x80 ? 1 : s[i] < 0xE0 ? 2 : s[i] < 0xF0 ? 3 : 4;
    }
    return count;
}

static void check_url_encode(const uint8_t *s, size_t len)
{
    char *encoded = cf_url_encode((const char *)s, len);
    size_t out_len, unreserved_count = 0, decoded = 0;

    FUZZ_ASSERT(encoded != NULL, "encoding succeeds");
    out_len = strlen(encoded);
    for (size_t i = 0; i < len; i++) {
        unreserved_count += unreserved(s[i]);
    }
    FUZZ_ASSERT(out_len == unreserved_count + 3 * (len - unreserved_count),
                "unreserved bytes stay as they are, every other byte becomes %XX");
    for (size_t o = 0; o < out_len; decoded++) {
        FUZZ_ASSERT(decoded < len, "the encoding decodes to no more bytes than were given");
        if (encoded[o] == '%') {
            int high, low;

            FUZZ_ASSERT(o + 2 < out_len, "a percent sign is followed by two digits");
            high = hex_value(encoded[o + 1]);
            low = hex_value(encoded[o + 2]);
            FUZZ_ASSERT(high >= 0 && low >= 0, "percent-encoding uses upper-case hex digits");
            FUZZ_ASSERT((uint8_t)(high * 16 + low) == s[decoded], "a %XX decodes to the byte given");
            FUZZ_ASSERT(!unreserved(s[decoded]), "unreserved bytes are never percent-encoded");
            o += 3;
        } else {
            FUZZ_ASSERT(unreserved((uint8_t)encoded[o]), "only unreserved characters appear unencoded");
            FUZZ_ASSERT((uint8_t)encoded[o] == s[decoded], "an unreserved byte is kept");
            o++;
        }
    }
    FUZZ_ASSERT(decoded == len, "the encoding decodes to every byte given");
    free(encoded);
}

static void check_string(const uint8_t *s, size_t len)
{
    char *copy = fuzz_exact_copy(s, len);
    bool valid = ref_utf8_valid(s, len);
    bool control = false, line_control = false, blank = true;
    char *dup;

    FUZZ_ASSERT(cf_utf8_valid(copy, len) == valid, "strict UTF-8: as Unicode's Table 3-7");
    if (valid) {
        FUZZ_ASSERT(cf_utf8_length(copy, len) == ref_code_points(s, len), "code points are counted");
    }
    for (size_t i = 0; i < len; i++) {
        bool c0 = s[i] < 0x20 || s[i] == 0x7F;

        control = control || c0;
        line_control = line_control || (c0 && s[i] != '\t' && s[i] != '\n' && s[i] != '\r');
        blank = blank && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\v' || s[i] == '\f' || s[i] == '\r');
    }
    FUZZ_ASSERT(cf_has_control(copy, len, NULL) == control, "C0 controls and DEL are found");
    FUZZ_ASSERT(cf_has_control(copy, len, "\t\n\r") == line_control, "allowed controls are allowed, NUL never");
    FUZZ_ASSERT(cf_is_blank(copy, len) == blank, "blank means ASCII whitespace only (NUL is not)");

    {
        bool id = len == 24;

        for (size_t i = 0; id && i < len; i++) {
            id = (s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f') || (s[i] >= 'A' && s[i] <= 'F');
        }
        FUZZ_ASSERT(cf_customer_id_valid(copy, len) == id, "an id is 24 hex digits");
    }

    dup = cf_strndup(copy, len);
    FUZZ_ASSERT(dup && memcmp(dup, s, len) == 0 && dup[len] == '\0', "cf_strndup copies and terminates");
    free(dup);
    check_url_encode(s, len);
    free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (size_t start = 0; start < 8 && start <= size; start++) {
        check_string(data + start, size - start);
    }
    /* And the prefixes that cut a sequence short. */
    for (size_t cut = 1; cut < 4 && cut <= size; cut++) {
        check_string(data, size - cut);
    }
    return 0;
}
