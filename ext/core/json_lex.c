#include "json_lex.h"

/* Four hexadecimal digits at p (which has at least four bytes), or -1. */
static long hex4(const char *p)
{
    long code = 0;

    for (int i = 0; i < 4; i++) {
        char h = p[i];

        code <<= 4;
        if (h >= '0' && h <= '9') {
            code |= h - '0';
        } else if (h >= 'a' && h <= 'f') {
            code |= h - 'a' + 10;
        } else if (h >= 'A' && h <= 'F') {
            code |= h - 'A' + 10;
        } else {
            return -1;
        }
    }
    return code;
}

static bool is_high_surrogate(long code)
{
    return code >= 0xD800 && code <= 0xDBFF;
}

static bool is_low_surrogate(long code)
{
    return code >= 0xDC00 && code <= 0xDFFF;
}

/* The code point of a \u escape at p (at the backslash), a surrogate pair read as one; *len is the
 * escape's length (6 or 12). -1 when json_decode refuses it: bad hex digits or an unpaired surrogate. */
static long unicode_escape(const char *p, const char *end, size_t *len)
{
    long code, low;

    if (end - p < 6 || (code = hex4(p + 2)) < 0 || is_low_surrogate(code)) {
        return -1;
    }
    *len = 6;
    if (!is_high_surrogate(code)) {
        return code;
    }
    if (end - p < 12 || p[6] != '\\' || p[7] != 'u' || !is_low_surrogate(low = hex4(p + 8))) {
        return -1;
    }
    *len = 12;
    return 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
}

static size_t utf8_length(long code)
{
    return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

const char *cf_json_scan_escape(const char *p, const char *end, size_t *saved)
{
    long code;
    size_t len;

    if (end - p < 2) {
        return NULL;
    }
    switch (p[1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        *saved += 1;
        return p + 2;
    case 'u':
        if ((code = unicode_escape(p, end, &len)) < 0) {
            return NULL;
        }
        *saved += len - utf8_length(code);
        return p + len;
    default:
        return NULL;
    }
}

static char *put_utf8(char *out, long code)
{
    switch (utf8_length(code)) {
    case 1:
        *out++ = (char)code;
        break;
    case 2:
        *out++ = (char)(0xC0 | (code >> 6));
        *out++ = (char)(0x80 | (code & 0x3F));
        break;
    case 3:
        *out++ = (char)(0xE0 | (code >> 12));
        *out++ = (char)(0x80 | ((code >> 6) & 0x3F));
        *out++ = (char)(0x80 | (code & 0x3F));
        break;
    default:
        *out++ = (char)(0xF0 | (code >> 18));
        *out++ = (char)(0x80 | ((code >> 12) & 0x3F));
        *out++ = (char)(0x80 | ((code >> 6) & 0x3F));
        *out++ = (char)(0x80 | (code & 0x3F));
        break;
    }
    return out;
}

static char simple_escape(char c)
{
    switch (c) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return c; /* the quote, the backslash and the slash stand for themselves */
    }
}

char *cf_json_unescape(const char *p, const char *close, char *out)
{
    while (p < close) {
        const char *backslash = memchr(p, '\\', (size_t)(close - p));
        size_t run = (size_t)((backslash ? backslash : close) - p);
        size_t len;

        memcpy(out, p, run);
        out += run;
        p += run;
        if (p == close) {
            break;
        }
        if (p[1] == 'u') {
            out = put_utf8(out, unicode_escape(p, close, &len));
            p += len;
        } else {
            *out++ = simple_escape(p[1]);
            p += 2;
        }
    }
    return out;
}
