#include "json_check.h"

typedef struct cursor {
    const char *p;
    const char *end;
    int depth; /* as PHP's parser counts it: 1 at the top level */
    int max_depth;
} cursor;

static bool value(cursor *c);

static bool string(cursor *c)
{
    size_t decoded_len;

    c->p = cf_json_scan_string(c->p + 1, c->end, &decoded_len);
    if (!c->p) {
        return false;
    }
    c->p++; /* the closing quote */
    return true;
}

static bool literal(cursor *c, const char *word, size_t len)
{
    if (!cf_json_literal(c->p, c->end, word, len)) {
        return false;
    }
    c->p += len;
    return true;
}

static bool container(cursor *c, char close, bool keyed)
{
    if (c->depth >= c->max_depth) {
        return false;
    }
    c->depth++;
    c->p = cf_json_skip_space(c->p + 1, c->end);
    if (c->p < c->end && *c->p == close) {
        c->p++;
        c->depth--;
        return true;
    }
    for (;;) {
        if (keyed) {
            c->p = cf_json_skip_space(c->p, c->end);
            if (c->p >= c->end || *c->p != '"' || !string(c)) {
                return false;
            }
            c->p = cf_json_skip_space(c->p, c->end);
            if (c->p >= c->end || *c->p != ':') {
                return false;
            }
            c->p++;
        }
        if (!value(c)) {
            return false;
        }
        c->p = cf_json_skip_space(c->p, c->end);
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
    cf_json_number number;

    c->p = cf_json_skip_space(c->p, c->end);
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
        return literal(c, "true", 4);
    case 'f':
        return literal(c, "false", 5);
    case 'n':
        return literal(c, "null", 4);
    default:
        return (c->p = cf_json_scan_number(c->p, c->end, &number)) != NULL;
    }
}

bool cf_json_valid(const char *text, size_t len, int max_depth)
{
    cursor c = {text, text + len, 1, max_depth};

    if (!value(&c)) {
        return false;
    }
    return cf_json_skip_space(c.p, c.end) == c.end;
}
