#include "text.h"

#include <stdlib.h>
#include <string.h>

size_t cf_utf8_sequence(const char *str, size_t left)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[0];
    size_t extra;
    unsigned int cp;

    if (c < 0x80) {
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (left <= extra) {
        return 0;
    }
    for (size_t k = 1; k <= extra; k++) {
        if ((s[k] & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (s[k] & 0x3F);
    }
    /* Reject overlong encodings, UTF-16 surrogates and code points past Unicode's end. */
    if ((extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    return extra + 1;
}

bool cf_utf8_valid(const char *s, size_t len)
{
    size_t i = 0;

    while (i < len) {
        size_t step = (unsigned char)s[i] < 0x80 ? 1 : cf_utf8_sequence(s + i, len - i);

        if (!step) {
            return false;
        }
        i += step;
    }
    return true;
}

size_t cf_utf8_length(const char *s, size_t len)
{
    size_t count = 0;

    for (size_t i = 0; i < len; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            count++;
        }
    }
    return count;
}

bool cf_has_control(const char *s, size_t len, const char *allowed)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];

        if ((c < 0x20 || c == 0x7F) && !(c != 0 && allowed && strchr(allowed, c))) {
            return true;
        }
    }
    return false;
}

bool cf_is_blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (!strchr(" \t\n\r\f\v", s[i]) || s[i] == '\0') {
            return false;
        }
    }
    return true;
}

char *cf_url_encode(const char *s, size_t len)
{
    return cf_url_encode_keeping(s, len, "");
}

char *cf_url_encode_keeping(const char *s, size_t len, const char *kept)
{
    static const char hex[] = "0123456789ABCDEF";
    char *out = malloc(len * 3 + 1);
    size_t o = 0;

    if (!out) {
        return NULL;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];

        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~' || (c && strchr(kept, c))) {
            out[o++] = (char)c;
        } else {
            out[o++] = '%';
            out[o++] = hex[c >> 4];
            out[o++] = hex[c & 0x0F];
        }
    }
    out[o] = '\0';
    return out;
}

bool cf_reserve(char **buffer, size_t *capacity, size_t needed, size_t initial)
{
    size_t grown = *capacity ? *capacity : initial;
    char *larger;

    if (needed <= *capacity) {
        return true;
    }
    while (grown < needed) {
        grown *= 2;
    }
    larger = realloc(*buffer, grown);
    if (!larger) {
        return false;
    }
    *buffer = larger;
    *capacity = grown;
    return true;
}

char *cf_strndup(const char *s, size_t len)
{
    char *copy = malloc(len + 1);

    if (copy) {
        memcpy(copy, s, len);
        copy[len] = '\0';
    }
    return copy;
}

void cf_wipe(void *p, size_t len)
{
    volatile unsigned char *bytes = p;

    while (len--) {
        *bytes++ = 0;
    }
}
