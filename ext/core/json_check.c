#include "json_check.h"
#include "text.h"

#include <string.h>

typedef struct cursor {
    const char *p;
    const char *end;
    int depth;
    int max_depth;
} cursor;

static bool value(cursor *c);

static void skip_space(cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r')) {
        c->p++;
    }
}

static bool literal(cursor *c, const char *word)
{
    size_t len = strlen(word);

    if ((size_t)(c->end - c->p) < len || memcmp(c->p, word, len) != 0) {
        return false;
    }
    c->p += len;
    return true;
}

static bool digits(cursor *c)
{
    const char *start = c->p;

    while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
        c->p++;
    }
    return c->p > start;
}

static bool number(cursor *c)
{
    if (c->p < c->end && *c->p == '-') {
        c->p++;
    }
    if (c->p < c->end && *c->p == '0') {
        c->p++; /* no leading zeros: 01 is not JSON */
    } else if (!digits(c)) {
        return false;
    }
    if (c->p < c->end && *c->p == '.') {
        c->p++;
        if (!digits(c)) {
            return false;
        }
    }
    if (c->p < c->end && (*c->p == 'e' || *c->p == 'E')) {
        c->p++;
        if (c->p < c->end && (*c->p == '+' || *c->p == '-')) {
            c->p++;
        }
        if (!digits(c)) {
            return false;
        }
    }
    return true;
}

static int hex4(cursor *c)
{
    int code = 0;

    if (c->end - c->p < 4) {
        return -1;
    }
    for (int i = 0; i < 4; i++) {
        char h = *c->p++;

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

/* \uXXXX, with a high surrogate followed by its low one, as json_decode requires. */
static bool unicode_escape(cursor *c)
{
    int code = hex4(c);

    if (code < 0 || (code >= 0xDC00 && code <= 0xDFFF)) {
        return false;
    }
    if (code >= 0xD800 && code <= 0xDBFF) {
        int low;

        if (c->end - c->p < 2 || c->p[0] != '\\' || c->p[1] != 'u') {
            return false;
        }
        c->p += 2;
        low = hex4(c);
        return low >= 0xDC00 && low <= 0xDFFF;
    }
    return true;
}

static bool string(cursor *c)
{
    const char *run;

    c->p++; /* the opening quote */
    run = c->p;
    while (c->p < c->end) {
        unsigned char ch = (unsigned char)*c->p;

        if (ch == '"') {
            bool valid = cf_utf8_valid(run, (size_t)(c->p - run));

            c->p++;
            return valid;
        }
        if (ch < 0x20) {
            return false; /* raw control characters must be escaped */
        }
        if (ch == '\\') {
            if (!cf_utf8_valid(run, (size_t)(c->p - run)) || c->end - c->p < 2) {
                return false;
            }
            c->p++;
            if (*c->p == 'u') {
                c->p++;
                if (!unicode_escape(c)) {
                    return false;
                }
            } else if (strchr("\"\\/bfnrt", *c->p) && *c->p != '\0') {
                c->p++;
            } else {
                return false;
            }
            run = c->p;
            continue;
        }
        c->p++;
    }
    return false;
}

static bool container(cursor *c, char close, bool keyed)
{
    if (++c->depth > c->max_depth) {
        return false;
    }
    c->p++; /* the opening bracket */
    skip_space(c);
    if (c->p < c->end && *c->p == close) {
        c->p++;
        c->depth--;
        return true;
    }
    for (;;) {
        skip_space(c);
        if (keyed) {
            if (c->p >= c->end || *c->p != '"' || !string(c)) {
                return false;
            }
            skip_space(c);
            if (c->p >= c->end || *c->p != ':') {
                return false;
            }
            c->p++;
        }
        if (!value(c)) {
            return false;
        }
        skip_space(c);
        if (c->p < c->end && *c->p == ',') {
            c->p++;
            continue;
        }
        if (c->p < c->end && *c->p == close) {
            c->p++;
            c->depth--;
            return true;
        }
        return false;
    }
}

static bool value(cursor *c)
{
    skip_space(c);
    if (c->p >= c->end) {
        return false;
    }
    switch (*c->p) {
    case '{':
        return container(c, '}', true);
    case '[':
        return container(c, ']', false);
    case '"':
        return string(c);
    case 't':
        return literal(c, "true");
    case 'f':
        return literal(c, "false");
    case 'n':
        return literal(c, "null");
    default:
        return number(c);
    }
}

bool cf_json_valid(const char *text, size_t len, int max_depth)
{
    cursor c = {text, text + len, 0, max_depth};

    if (!value(&c)) {
        return false;
    }
    skip_space(&c);
    return c.p == c.end;
}
