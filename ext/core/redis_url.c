#include "redis_url.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OUT_OF_MEMORY "out of memory while reading the Redis URL"

typedef struct span {
    const char *start;
    size_t len;
} span;

/* prefix is lower-case ASCII; s matches it in any case */
static bool has_prefix(const char *s, size_t len, const char *prefix)
{
    size_t i = 0;

    for (; prefix[i]; i++) {
        if (i >= len || (s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i]) != prefix[i]) {
            return false;
        }
    }
    return true;
}

bool cf_redis_url_is_redis(const char *store, size_t len)
{
    return has_prefix(store, len, "redis://") || has_prefix(store, len, "rediss://") ||
           has_prefix(store, len, "unix://");
}

static const char *find(span s, char c)
{
    return s.len ? memchr(s.start, c, s.len) : NULL;
}

static const char *find_last(span s, char c)
{
    for (size_t i = s.len; i > 0; i--) {
        if (s.start[i - 1] == c) {
            return s.start + i - 1;
        }
    }
    return NULL;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        return (c | 0x20) - 'a' + 10;
    }
    return -1;
}

/* Decodes %XX escapes into a malloc'd string; NULL with *error set when one is malformed or a NUL. */
static char *percent_decode(span s, const char **error)
{
    char *out = malloc(s.len + 1);
    size_t o = 0;

    if (!out) {
        *error = OUT_OF_MEMORY;
        return NULL;
    }
    for (size_t i = 0; i < s.len; i++) {
        if (s.start[i] != '%') {
            out[o++] = s.start[i];
            continue;
        }
        if (i + 2 >= s.len || hex_value(s.start[i + 1]) < 0 || hex_value(s.start[i + 2]) < 0 ||
            (hex_value(s.start[i + 1]) == 0 && hex_value(s.start[i + 2]) == 0)) {
            cf_wipe(out, s.len + 1);
            free(out);
            *error = "the Redis URL has a malformed percent-escape in its user, password or ca_file";
            return NULL;
        }
        out[o++] = (char)(hex_value(s.start[i + 1]) * 16 + hex_value(s.start[i + 2]));
        i += 2;
    }
    out[o] = '\0';
    return out;
}

static const char *parse_userinfo(span userinfo, cf_redis_url *out)
{
    const char *colon = find(userinfo, ':');
    span user, password;
    const char *error = NULL;

    if (!colon) {
        return "the Redis URL's password must follow a colon: redis://:password@host or redis://user:password@host";
    }
    user = (span){userinfo.start, (size_t)(colon - userinfo.start)};
    password = (span){colon + 1, userinfo.len - user.len - 1};
    if (password.len == 0) {
        return "the Redis URL's password is empty";
    }
    if (user.len && !(out->username = percent_decode(user, &error))) {
        return error;
    }
    out->password = percent_decode(password, &error);
    return error;
}

static bool all_of(span s, const char *allowed)
{
    for (size_t i = 0; i < s.len; i++) {
        if (!strchr(allowed, s.start[i])) {
            return false;
        }
    }
    return true;
}

#define DIGITS "0123456789"
#define HOST_NAME_CHARACTERS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" DIGITS ".-_"

/* A number of at most max_digits digits, no sign, no spaces; -1 when it is not one. */
static long parse_number(span s, size_t max_digits)
{
    long value = 0;

    if (s.len == 0 || s.len > max_digits || !all_of(s, DIGITS)) {
        return -1;
    }
    for (size_t i = 0; i < s.len; i++) {
        value = value * 10 + (s.start[i] - '0');
    }
    return value;
}

static const char *parse_host_port(span authority, cf_redis_url *out)
{
    span host = authority, port = {NULL, 0};
    const char *separator;

    if (authority.len && authority.start[0] == '[') {
        const char *close = find(authority, ']');

        if (!close) {
            return "the Redis URL's IPv6 address has no closing bracket";
        }
        host = (span){authority.start + 1, (size_t)(close - authority.start - 1)};
        if (!all_of(host, "0123456789abcdefABCDEF:.") || !find(host, ':')) {
            return "the Redis URL's host is not a host name or an IP address";
        }
        separator = close + 1 < authority.start + authority.len ? close + 1 : NULL;
        if (separator && *separator != ':') {
            return "the Redis URL's host is not a host name or an IP address";
        }
    } else {
        separator = find(authority, ':');
        if (separator) {
            host.len = (size_t)(separator - authority.start);
        }
        if (!all_of(host, HOST_NAME_CHARACTERS)) {
            return separator && find((span){separator + 1, authority.len - host.len - 1}, ':')
                       ? "the Redis URL's IPv6 address must be written in brackets: redis://[::1]:6379"
                       : "the Redis URL's host is not a host name or an IP address";
        }
    }
    if (host.len == 0 || host.len > 253) {
        return "the Redis URL has no host, or one longer than 253 characters";
    }
    out->port = CF_REDIS_DEFAULT_PORT;
    if (separator) {
        port = (span){separator + 1, (size_t)(authority.start + authority.len - separator - 1)};
        out->port = (int)parse_number(port, 5);
        if (out->port < 1 || out->port > 65535) {
            return "the Redis URL's port must be a number from 1 to 65535";
        }
    }
    out->host = cf_strndup(host.start, host.len);
    return out->host ? NULL : OUT_OF_MEMORY;
}

static const char *parse_db(span digits, cf_redis_url *out)
{
    out->db = parse_number(digits, 9);
    return out->db < 0 ? "the Redis URL's database must be a number from 0 to 999999999" : NULL;
}

/* rediss://'s one query parameter, ca_file=/path: the CA that signed the server's certificate, for a
 * private CA the system's store does not hold. There is deliberately no parameter that turns the check
 * off. */
static const char *parse_tls_query(span query, cf_redis_url *out)
{
    static const char parameter[] = "ca_file=",
                      refused[] = "a rediss:// URL takes no query but ?ca_file=/path/to/ca.pem";
    span path;
    const char *error = NULL;

    if (query.len < strlen(parameter) || memcmp(query.start, parameter, strlen(parameter)) != 0) {
        return refused; /* a parameter's name in its case, unlike the scheme */
    }
    path = (span){query.start + strlen(parameter), query.len - strlen(parameter)};
    if (find(path, '&')) {
        return refused; /* one parameter only: "&verify=no" and the like are not silently ignored */
    }
    if (!(out->ca_file = percent_decode(path, &error))) {
        return error;
    }
    if (cf_has_control(out->ca_file, strlen(out->ca_file), NULL)) {
        return "the Redis URL's ca_file holds a control character";
    }
    if (out->ca_file[0] != '/') {
        return "the Redis URL's ca_file must be an absolute path: rediss://host:6380/0?ca_file=/etc/redis/ca.pem";
    }
    return strlen(out->ca_file) > CF_REDIS_MAX_CA_FILE ? "the Redis URL's ca_file is longer than 4095 bytes" : NULL;
}

/* host[:port][/db], after any user info; rediss:// may end with ?ca_file=... */
static const char *parse_tcp(span rest, cf_redis_url *out)
{
    const char *question = find(rest, '?'), *slash, *at;
    span authority;
    const char *error;

    if (find(rest, '#') || (question && !out->tls)) {
        return "the Redis URL takes no query or fragment: the database goes in the path, redis://host:6379/2";
    }
    if (question) {
        if ((error = parse_tls_query((span){question + 1, (size_t)(rest.start + rest.len - question - 1)}, out))) {
            return error;
        }
        rest.len = (size_t)(question - rest.start);
    }
    slash = find(rest, '/');
    authority = (span){rest.start, slash ? (size_t)(slash - rest.start) : rest.len};
    at = find_last(authority, '@');
    if (at) {
        error = parse_userinfo((span){authority.start, (size_t)(at - authority.start)}, out);
        if (error) {
            return error;
        }
        authority = (span){at + 1, authority.len - (size_t)(at - authority.start) - 1};
    }
    error = parse_host_port(authority, out);
    if (error || !slash || slash + 1 == rest.start + rest.len) {
        return error;
    }
    return parse_db((span){slash + 1, (size_t)(rest.start + rest.len - slash - 1)}, out);
}

/* [user info@]/path[?db=N] */
static const char *parse_unix(span rest, cf_redis_url *out)
{
    const char *slash = find(rest, '/'), *question;
    span path;
    const char *error;

    if (slash && slash > rest.start) {
        const char *at = find_last((span){rest.start, (size_t)(slash - rest.start)}, '@');

        if (!at || at + 1 != slash) {
            return "the Redis socket path must be absolute: unix:///run/redis/redis.sock";
        }
        error = parse_userinfo((span){rest.start, (size_t)(at - rest.start)}, out);
        if (error) {
            return error;
        }
    }
    if (!slash || find(rest, '#')) {
        return "the Redis socket path must be absolute: unix:///run/redis/redis.sock";
    }
    path = (span){slash, (size_t)(rest.start + rest.len - slash)};
    question = find(path, '?');
    if (question) {
        span query = {question + 1, (size_t)(path.start + path.len - question - 1)};

        path.len = (size_t)(question - path.start);
        if (!has_prefix(query.start, query.len, "db=")) {
            return "a Redis socket URL takes no query but ?db=N";
        }
        error = parse_db((span){query.start + 3, query.len - 3}, out);
        if (error) {
            return error;
        }
    }
    if (path.len > CF_REDIS_MAX_SOCKET_PATH) {
        return "the Redis socket path is longer than 107 bytes";
    }
    out->socket_path = cf_strndup(path.start, path.len);
    return out->socket_path ? NULL : OUT_OF_MEMORY;
}

const char *cf_redis_url_parse(const char *url, size_t len, cf_redis_url *out)
{
    const char *error;

    memset(out, 0, sizeof(*out));
    if (cf_has_control(url, len, NULL) || memchr(url, ' ', len)) {
        return "the Redis URL holds a space or a control character";
    }
    if (has_prefix(url, len, "unix://")) {
        error = parse_unix((span){url + 7, len - 7}, out);
    } else if (has_prefix(url, len, "redis://")) {
        error = parse_tcp((span){url + 8, len - 8}, out);
    } else if (has_prefix(url, len, "rediss://")) {
        out->tls = true;
        error = parse_tcp((span){url + 9, len - 9}, out);
    } else {
        error = "the Redis URL must start with redis://, rediss:// or unix://";
    }
    if (error) {
        cf_redis_url_free(out);
    }
    return error;
}

static bool copy_string(const char *from, char **to)
{
    *to = from ? cf_strndup(from, strlen(from)) : NULL;
    return !from || *to;
}

bool cf_redis_url_copy(const cf_redis_url *url, cf_redis_url *copy)
{
    *copy = *url;
    copy->host = copy->socket_path = copy->username = copy->password = copy->ca_file = NULL;
    if (copy_string(url->host, &copy->host) && copy_string(url->socket_path, &copy->socket_path) &&
        copy_string(url->username, &copy->username) && copy_string(url->password, &copy->password) &&
        copy_string(url->ca_file, &copy->ca_file)) {
        return true;
    }
    cf_redis_url_free(copy);
    return false;
}

void cf_redis_url_free(cf_redis_url *url)
{
    if (url->password) {
        cf_wipe(url->password, strlen(url->password));
    }
    free(url->password);
    free(url->username);
    free(url->host);
    free(url->socket_path);
    free(url->ca_file);
    memset(url, 0, sizeof(*url));
}

char *cf_redis_url_redacted(const cf_redis_url *url)
{
    /* the user name and the CA file are shown encoded as they were given, so the redacted URL still parses */
    char *user = url->username ? cf_url_encode(url->username, strlen(url->username)) : NULL;
    char *ca_file = url->ca_file ? cf_url_encode_keeping(url->ca_file, strlen(url->ca_file), "/") : NULL;
    const char *credentials = url->password ? ":***@" : "";
    const char *place = url->socket_path ? url->socket_path : url->host;
    size_t size = (user ? strlen(user) : 0) + strlen(place) + (ca_file ? strlen(ca_file) : 0) + 80;
    char *out = (url->username && !user) || (url->ca_file && !ca_file) ? NULL : malloc(size);

    if (out && url->socket_path) {
        snprintf(out, size, "unix://%s%s%s?db=%ld", user ? user : "", credentials, place, url->db);
    } else if (out) {
        bool v6 = strchr(place, ':') != NULL;

        snprintf(out, size, "%s://%s%s%s%s%s:%d/%ld%s%s", url->tls ? "rediss" : "redis", user ? user : "", credentials,
                 v6 ? "[" : "", place, v6 ? "]" : "", url->port, url->db, ca_file ? "?ca_file=" : "",
                 ca_file ? ca_file : "");
    }
    free(user);
    free(ca_file);
    return out;
}
