/* Reading what callers configure: constructor options over the environment and INI defaults, per-call
 * options, bulk options and list queries. Every key a caller may give is a row of one of the tables below
 * (its name, what it accepts, where it goes, how the debug view shows it); one reader walks a caller's
 * array against a table. A value of the wrong type is a TypeError (queries: a ValueError, as any unusable
 * query value is); unknown keys and values out of range are ValueErrors. Values from configuration files
 * and environment variables are strings: for callers without strict_types the reader takes numeric
 * strings for numbers and FILTER_VALIDATE_BOOLEAN's words for booleans, as PHP coerces a scalar argument
 * (see weakly_typed()). The INI entries are judged by the same rows. */
#include "cashfin_private.h"

#include "core/budget_redis.h"
#include "core/limiter.h"
#include "core/text.h"

#include <math.h>

#define MAX_RESPONSE_BYTES_DEFAULT (16 * 1024 * 1024)
#define MAX_RETRY_DELAY_DEFAULT 5.0
#define DEFAULT_CONCURRENCY 8

typedef enum value_kind {
    KIND_NUMBER,      /* an int or a float within [min, max] */
    KIND_INT,         /* an int within [min, max] */
    KIND_BOOL,        /* true or false */
    KIND_CALLABLE,    /* anything zend_is_callable() accepts */
    KIND_TEXT,        /* a non-empty string without control characters or spaces, at most `max` bytes (0: any) */
    KIND_TEXT_SPACES, /* the same, spaces allowed */
    KIND_FILE,        /* a KIND_TEXT_SPACES naming a readable regular file */
    KIND_KEY,         /* an Idempotency-Key: 1 to 255 visible ASCII characters */
    KIND_QUERY_INT,   /* an int within [min, max]; any other value is a ValueError */
    KIND_QUERY_TEXT,  /* a UTF-8 string of at most `max` characters without control characters */
    KIND_LOGGER,      /* a PSR-3 logger (logger.c says which objects are) */
    KIND_KEY_SOURCE,  /* a prefix of Idempotency-Keys (1 to `max` visible ASCII characters) or a callable */
    KIND_RATE,        /* a KIND_NUMBER, or the string "auto" (a rate_option) */
    KIND_STORE,       /* "process", "host" or a Redis URL this build can use (a store_option) */
} value_kind;

/* How the debug view of a client shows a constructor option, from the config it became. */
typedef enum shown_as {
    HIDDEN,
    SHOWN_TEXT,       /* a char * (NULL: null) */
    SHOWN_SECONDS,    /* a long of milliseconds, as a float of seconds */
    SHOWN_LONG,       /* a long */
    SHOWN_SIZE,       /* a size_t */
    SHOWN_BOOL,       /* a bool */
    SHOWN_RATE,       /* a double, null when 0 */
    SHOWN_PACE,       /* requests_per_second: "auto", the rate, or null */
    SHOWN_DOUBLE,     /* a double */
    SHOWN_WHETHER_SET /* a char *, as true or false: a proxy URL may carry credentials of its own */
} shown_as;

typedef struct known_key {
    const char *name;
    value_kind kind;
    size_t offset; /* of the destination in the table's struct; its type follows from the kind */
    double min, max;
    bool min_excluded; /* "greater than min" rather than "at least min" */
    const char *unit;  /* after the bounds in messages: " seconds" or "" */
    shown_as shown;    /* constructor options only: how, and from which cf_http_config field */
    size_t shown_offset;
} known_key;

typedef struct key_table {
    const known_key *keys;
    size_t count;
    const char *unknown; /* the message for an unknown key; %s is the key, shown escaped */
} key_table;

/* ---- the constructor's options ---- */

/* requests_per_second as given: a rate, or 'auto' */
typedef struct rate_option {
    double rate; /* 0: none */
    bool is_auto;
} rate_option;

/* rate_limit_store as given; the Redis URL is parsed once, here, and owned by whoever holds this */
typedef struct store_option {
    bool given;
    cf_limiter_store store;
    cf_redis_url redis; /* CF_LIMITER_REDIS only */
} store_option;

typedef struct constructor_options {
    zend_string *base_url, *ca_info, *proxy, *user_agent;
    double timeout, connect_timeout, max_retry_delay, bulk_share;
    rate_option requests_per_second;
    store_option rate_limit_store;
    zend_long max_retries, max_response_bytes;
    bool persistent, allow_http;
    zval *on_response, *logger;
} constructor_options;

#define AT(field) offsetof(constructor_options, field)
#define SHOWN(how, field) how, offsetof(cf_http_config, field)

/* In the order the debug view shows them; on_response and logger are shown as whether one is set. */
static const known_key constructor_keys[] = {
    {"base_url", KIND_TEXT, AT(base_url), 0, 0, false, "", SHOWN(SHOWN_TEXT, base_url)},
    {"timeout", KIND_NUMBER, AT(timeout), 0, 86400, true, " seconds", SHOWN(SHOWN_SECONDS, timeout_ms)},
    {"connect_timeout", KIND_NUMBER, AT(connect_timeout), 0, 86400, true, " seconds",
     SHOWN(SHOWN_SECONDS, connect_timeout_ms)},
    {"max_retries", KIND_INT, AT(max_retries), 0, 10, false, "", SHOWN(SHOWN_LONG, max_retries)},
    {"max_retry_delay", KIND_NUMBER, AT(max_retry_delay), 0, 300, false, " seconds",
     SHOWN(SHOWN_SECONDS, max_retry_delay_ms)},
    {"max_response_bytes", KIND_INT, AT(max_response_bytes), 1024, 1024.0 * 1024 * 1024, false, "",
     SHOWN(SHOWN_SIZE, max_response_bytes)},
    {"persistent", KIND_BOOL, AT(persistent), 0, 0, false, "", SHOWN(SHOWN_BOOL, persistent)},
    {"requests_per_second", KIND_RATE, AT(requests_per_second), CF_THROTTLE_MIN_RATE, CF_THROTTLE_MAX_RATE, false, "",
     SHOWN(SHOWN_PACE, requests_per_second)},
    {"rate_limit_store", KIND_STORE, AT(rate_limit_store), 0, 0, false, "", SHOWN(SHOWN_TEXT, rate_limit_store_shown)},
    {"bulk_share", KIND_NUMBER, AT(bulk_share), 0, 1, false, "", SHOWN(SHOWN_DOUBLE, bulk_share)},
    {"on_response", KIND_CALLABLE, AT(on_response), 0, 0, false, "", HIDDEN, 0},
    {"logger", KIND_LOGGER, AT(logger), 0, 0, false, "", HIDDEN, 0},
    {"user_agent", KIND_TEXT_SPACES, AT(user_agent), 0, 200, false, "", SHOWN(SHOWN_TEXT, user_agent)},
    {"ca_info", KIND_FILE, AT(ca_info), 0, 0, false, "", SHOWN(SHOWN_TEXT, ca_info)},
    {"proxy", KIND_TEXT, AT(proxy), 0, 0, false, "", SHOWN(SHOWN_WHETHER_SET, proxy)},
    {"allow_http", KIND_BOOL, AT(allow_http), 0, 0, false, "", HIDDEN, 0},
};

#undef AT
#undef SHOWN

static const key_table constructor_table = {constructor_keys, sizeof(constructor_keys) / sizeof(constructor_keys[0]),
                                            "contains an unknown option \"%s\""};

/* ---- per-call options, bulk options, list queries ---- */

typedef struct call_options {
    zend_string *idempotency_key;
} call_options;

static const known_key call_keys[] = {
    {"idempotency_key", KIND_KEY, offsetof(call_options, idempotency_key), 1, CASHFIN_IDEMPOTENCY_KEY_MAX, false, "",
     HIDDEN, 0},
};

static const key_table call_table = {call_keys, 1, "contains an unknown option \"%s\""};

static const known_key bulk_keys[] = {
    {"concurrency", KIND_INT, offsetof(cashfin_bulk_options, concurrency), 1, 64, false, "", HIDDEN, 0},
    {"requests_per_second", KIND_NUMBER, offsetof(cashfin_bulk_options, requests_per_second), CF_THROTTLE_MIN_RATE,
     CF_THROTTLE_MAX_RATE, false, "", HIDDEN, 0},
    {"on_progress", KIND_CALLABLE, offsetof(cashfin_bulk_options, on_progress), 0, 0, false, "", HIDDEN, 0},
    /* A prefix leaves room for at least one character of the entry's key. */
    {"idempotency_key", KIND_KEY_SOURCE, offsetof(cashfin_bulk_options, idempotency_key), 1,
     CASHFIN_IDEMPOTENCY_KEY_MAX - 1, false, "", HIDDEN, 0},
};

static const key_table bulk_table = {bulk_keys, sizeof(bulk_keys) / sizeof(bulk_keys[0]),
                                     "contains an unknown option \"%s\""};

static const known_key query_keys[] = {
    {"page", KIND_QUERY_INT, offsetof(cashfin_list_query, page), 1, INT32_MAX, false, "", HIDDEN, 0},
    {"limit", KIND_QUERY_INT, offsetof(cashfin_list_query, limit), 1, 100, false, "", HIDDEN, 0},
    {"search", KIND_QUERY_TEXT, offsetof(cashfin_list_query, search), 0, 256, false, "", HIDDEN, 0},
};

static const key_table query_table = {query_keys, 3,
                                      "contains an unknown query key \"%s\" (page, limit and search are known)"};

/* ---- reading a value of each kind ---- */

/* A caller's key, fit for an error message: bytes that are not visible ASCII are shown as \xNN, so a
 * key with a NUL byte never reads as the valid key before it. */
const char *cashfin_describe_key(zend_string *key, zend_ulong index, char *buffer, size_t size)
{
    size_t used = 0;

    if (!key) {
        snprintf(buffer, size, ZEND_LONG_FMT, (zend_long)index);
        return buffer;
    }
    for (size_t i = 0; i < ZSTR_LEN(key) && used + 5 < size; i++) {
        unsigned char c = (unsigned char)ZSTR_VAL(key)[i];

        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            buffer[used++] = (char)c;
        } else {
            used += (size_t)snprintf(buffer + used, size - used, "\\x%02X", c);
        }
    }
    buffer[used] = '\0';
    return buffer;
}

static bool wrong_type(const known_key *key, zval *value, uint32_t arg_num, const char *expected)
{
    zend_argument_type_error(arg_num, "option \"%s\" must be of type %s, %s given", key->name, expected,
                             zend_zval_type_name(value));
    return false;
}

static bool within(const known_key *key, double value)
{
    return (key->min_excluded ? value > key->min : value >= key->min) && value <= key->max;
}

static bool read_number(const known_key *key, zval *value, uint32_t arg_num, double *out)
{
    double number;

    if (Z_TYPE_P(value) == IS_LONG) {
        number = (double)Z_LVAL_P(value);
    } else if (Z_TYPE_P(value) == IS_DOUBLE) {
        number = Z_DVAL_P(value);
    } else {
        return wrong_type(key, value, arg_num, "float");
    }
    if (!within(key, number)) { /* NAN is never within */
        zend_argument_value_error(arg_num, "option \"%s\" must be %s %g and at most %g%s", key->name,
                                  key->min_excluded ? "greater than" : "at least", key->min, key->max, key->unit);
        return false;
    }
    *out = number;
    return true;
}

static bool read_int(const known_key *key, zval *value, uint32_t arg_num, zend_long *out)
{
    if (Z_TYPE_P(value) != IS_LONG) {
        return wrong_type(key, value, arg_num, "int");
    }
    if (!within(key, (double)Z_LVAL_P(value))) {
        zend_argument_value_error(arg_num, "option \"%s\" must be between %.0f and %.0f", key->name, key->min,
                                  key->max);
        return false;
    }
    *out = Z_LVAL_P(value);
    return true;
}

static bool read_bool(const known_key *key, zval *value, uint32_t arg_num, bool *out)
{
    if (Z_TYPE_P(value) != IS_TRUE && Z_TYPE_P(value) != IS_FALSE) {
        return wrong_type(key, value, arg_num, "bool");
    }
    *out = Z_TYPE_P(value) == IS_TRUE;
    return true;
}

static bool read_callable(const known_key *key, zval *value, uint32_t arg_num, zval **out)
{
    if (!zend_is_callable(value, 0, NULL)) {
        zend_argument_type_error(arg_num, "option \"%s\" must be a valid callback, %s given", key->name,
                                 zend_zval_type_name(value));
        return false;
    }
    *out = value;
    return true;
}

static bool is_regular_readable_file(const char *path)
{
    zend_stat_t info;

    return !php_check_open_basedir(path) && VCWD_STAT(path, &info) == 0 && S_ISREG(info.st_mode) &&
           VCWD_ACCESS(path, R_OK) == 0;
}

/* A string that goes into a URL or a header: no control characters, no spaces unless allowed. */
static bool read_text(const known_key *key, zval *value, uint32_t arg_num, zend_string **out)
{
    bool spaces_allowed = key->kind != KIND_TEXT;
    zend_string *text;

    if (Z_TYPE_P(value) != IS_STRING) {
        return wrong_type(key, value, arg_num, "string");
    }
    text = Z_STR_P(value);
    if (ZSTR_LEN(text) == 0 || cf_has_control(ZSTR_VAL(text), ZSTR_LEN(text), NULL) ||
        (!spaces_allowed && memchr(ZSTR_VAL(text), ' ', ZSTR_LEN(text)))) {
        zend_argument_value_error(arg_num, "option \"%s\" must be a non-empty string without %scontrol characters",
                                  key->name, spaces_allowed ? "" : "spaces or ");
        return false;
    }
    if (key->max > 0 && (double)ZSTR_LEN(text) > key->max) {
        zend_argument_value_error(arg_num, "option \"%s\" must be at most %.0f bytes", key->name, key->max);
        return false;
    }
    if (key->kind == KIND_FILE && !is_regular_readable_file(ZSTR_VAL(text))) {
        zend_argument_value_error(arg_num, "option \"%s\" must name a readable CA bundle file", key->name);
        return false;
    }
    *out = text;
    return true;
}

static bool visible_ascii(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];

        if (c <= 0x20 || c >= 0x7F) {
            return false;
        }
    }
    return true;
}

bool cashfin_idempotency_key_valid(const char *key, size_t len)
{
    return len >= 1 && len <= CASHFIN_IDEMPOTENCY_KEY_MAX && visible_ascii(key, len);
}

/* An Idempotency-Key, or (KIND_KEY_SOURCE) the prefix of many: `min` to `max` visible ASCII characters. */
static bool read_idempotency_key(const known_key *key, zval *value, uint32_t arg_num, zend_string **out)
{
    if (Z_TYPE_P(value) != IS_STRING) {
        return wrong_type(key, value, arg_num, "string");
    }
    if (!within(key, (double)Z_STRLEN_P(value))) {
        zend_argument_value_error(arg_num, "option \"%s\" must be %.0f to %.0f characters long", key->name, key->min,
                                  key->max);
        return false;
    }
    if (!visible_ascii(Z_STRVAL_P(value), Z_STRLEN_P(value))) {
        zend_argument_value_error(arg_num, "option \"%s\" must be visible ASCII characters", key->name);
        return false;
    }
    *out = Z_STR_P(value);
    return true;
}

/* A string is always a prefix (even one that names a function); anything else must be callable. */
static bool read_key_source(const known_key *key, zval *value, uint32_t arg_num, zval **out)
{
    zend_string *prefix;

    if (Z_TYPE_P(value) == IS_STRING) {
        if (!read_idempotency_key(key, value, arg_num, &prefix)) {
            return false;
        }
    } else if (!zend_is_callable(value, 0, NULL)) {
        zend_argument_type_error(arg_num, "option \"%s\" must be a string (a prefix) or a valid callback, %s given",
                                 key->name, zend_zval_type_name(value));
        return false;
    }
    *out = value;
    return true;
}

static bool read_logger(const known_key *key, zval *value, uint32_t arg_num, zval **out)
{
    if (!cashfin_logger_check(value, arg_num, key->name)) {
        return false;
    }
    *out = value;
    return true;
}

static bool read_query_int(const known_key *key, zval *value, uint32_t arg_num, zend_long *out)
{
    /* The type is tested on its own first: reading the number of a non-number is never done. */
    if (Z_TYPE_P(value) == IS_LONG && within(key, (double)Z_LVAL_P(value))) {
        *out = Z_LVAL_P(value);
        return true;
    }
    zend_argument_value_error(arg_num, "query \"%s\" must be an integer from %.0f to %.0f", key->name, key->min,
                              key->max);
    return false;
}

static bool read_query_text(const known_key *key, zval *value, uint32_t arg_num, zend_string **out)
{
    if (Z_TYPE_P(value) != IS_STRING || !cf_utf8_valid(Z_STRVAL_P(value), Z_STRLEN_P(value)) ||
        cf_has_control(Z_STRVAL_P(value), Z_STRLEN_P(value), NULL) ||
        (double)cf_utf8_length(Z_STRVAL_P(value), Z_STRLEN_P(value)) > key->max) {
        zend_argument_value_error(
            arg_num, "query \"%s\" must be a UTF-8 string of at most %.0f characters without control characters",
            key->name, key->max);
        return false;
    }
    *out = Z_STR_P(value);
    return true;
}

/* A rate, or "auto": the plan's X-RateLimit-Limit, adopted from the first answer that carries it. */
static bool read_rate(const known_key *key, zval *value, uint32_t arg_num, rate_option *out)
{
    if (Z_TYPE_P(value) == IS_STRING) {
        if (!zend_string_equals_literal(Z_STR_P(value), "auto")) {
            zend_argument_value_error(arg_num, "option \"%s\" must be a number or \"auto\"", key->name);
            return false;
        }
        out->is_auto = true;
        out->rate = 0;
        return true;
    }
    out->is_auto = false;
    return read_number(key, value, arg_num, &out->rate);
}

static void store_option_free(store_option *option)
{
    if (option->store == CF_LIMITER_REDIS) {
        cf_redis_url_free(&option->redis);
    }
    memset(option, 0, sizeof(*option));
}

/* What is wrong with a rate_limit_store value (never repeating it: a Redis URL may hold a password), or
 * NULL with *out filled. The caller owns out->redis then (store_option_free). */
static const char *store_problem(const char *text, size_t len, store_option *out)
{
    const char *problem;

    memset(out, 0, sizeof(*out));
    out->given = true;
    if (len == strlen("process") && memcmp(text, "process", len) == 0) {
        out->store = CF_LIMITER_PROCESS;
        return NULL;
    }
    if (len == strlen("host") && memcmp(text, "host", len) == 0) {
        out->store = CF_LIMITER_HOST;
        return NULL;
    }
    if (!cf_redis_url_is_redis(text, len)) {
        return "must be \"process\", \"host\" or a redis://, rediss:// or unix:// URL";
    }
    if ((problem = cf_redis_url_parse(text, len, &out->redis)) != NULL) {
        return problem;
    }
    out->store = CF_LIMITER_REDIS;
    if ((problem = cf_redis_budget_unsupported(&out->redis)) != NULL) {
        store_option_free(out);
    }
    return problem;
}

static bool read_store(const known_key *key, zval *value, uint32_t arg_num, store_option *out)
{
    const char *problem;

    if (Z_TYPE_P(value) != IS_STRING) {
        return wrong_type(key, value, arg_num, "string");
    }
    store_option_free(out); /* a value read before, from the INI entry */
    if ((problem = store_problem(Z_STRVAL_P(value), Z_STRLEN_P(value), out)) != NULL) {
        /* "must be ..." reads on from the name; the URL reader's messages are sentences of their own */
        zend_argument_value_error(arg_num, "option \"%s\"%s%s", key->name,
                                  strncmp(problem, "must", 4) == 0 ? " " : ": ", problem);
        return false;
    }
    return true;
}

static bool read_value(const known_key *key, zval *value, uint32_t arg_num, void *into)
{
    void *slot = (char *)into + key->offset;

    switch (key->kind) {
    case KIND_NUMBER:
        return read_number(key, value, arg_num, slot);
    case KIND_INT:
        return read_int(key, value, arg_num, slot);
    case KIND_BOOL:
        return read_bool(key, value, arg_num, slot);
    case KIND_CALLABLE:
        return read_callable(key, value, arg_num, slot);
    case KIND_TEXT:
    case KIND_TEXT_SPACES:
    case KIND_FILE:
        return read_text(key, value, arg_num, slot);
    case KIND_KEY:
        return read_idempotency_key(key, value, arg_num, slot);
    case KIND_QUERY_INT:
        return read_query_int(key, value, arg_num, slot);
    case KIND_QUERY_TEXT:
        return read_query_text(key, value, arg_num, slot);
    case KIND_LOGGER:
        return read_logger(key, value, arg_num, slot);
    case KIND_KEY_SOURCE:
        return read_key_source(key, value, arg_num, slot);
    case KIND_RATE:
        return read_rate(key, value, arg_num, slot);
    case KIND_STORE:
        return read_store(key, value, arg_num, slot);
    }
    return false;
}

/* FILTER_VALIDATE_BOOLEAN's words, by its own rules: surrounding spaces, tabs, CR, LF and VT are ignored,
 * case is ignored; "1", "true", "on", "yes" are true, "0", "false", "off", "no" and "" are false. 1 or 0,
 * and -1 for any other string. */
static bool filter_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

static int boolean_word(const char *text, size_t len)
{
    static const char *const words[] = {"1", "true", "on", "yes", "0", "false", "off", "no"};

    while (len > 0 && filter_space(text[0])) {
        text++, len--;
    }
    while (len > 0 && filter_space(text[len - 1])) {
        len--;
    }
    if (len == 0) {
        return 0;
    }
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        if (strlen(words[i]) == len && zend_binary_strncasecmp(text, len, words[i], len, len) == 0) {
            return i < 4 ? 1 : 0;
        }
    }
    return -1;
}

/* A string where a number belongs, by PHP 8's numeric-string rules (leading and trailing whitespace
 * allowed, "1e3" a float, nothing after the number): in *converted, or false. For an int, only a value that
 * is an integer ("3", " 3 ", "3.0", "1e3"): PHP 8 still takes "1.5" for an int parameter with a deprecation
 * notice and drops the fraction; here that is refused, as the deprecation announces. */
static bool number_from_string(zval *value, zval *converted)
{
    zend_long number;
    double real;
    zend_uchar type = is_numeric_string(Z_STRVAL_P(value), Z_STRLEN_P(value), &number, &real, false);

    if (type == IS_LONG) {
        ZVAL_LONG(converted, number);
    } else if (type == IS_DOUBLE) {
        ZVAL_DOUBLE(converted, real);
    } else {
        return false;
    }
    return true;
}

/* An int row takes a float whose value is an integer, as PHP's coercion does without a deprecation. */
static bool integral(zval *value, zval *converted)
{
    double real = Z_DVAL_P(value);

    if (!ZEND_DOUBLE_FITS_LONG(real) || (double)(zend_long)real != real) {
        return false;
    }
    ZVAL_LONG(converted, (zend_long)real);
    return true;
}

static bool wants_number(value_kind kind)
{
    return kind == KIND_NUMBER || kind == KIND_RATE;
}

static bool wants_int(value_kind kind)
{
    return kind == KIND_INT || kind == KIND_QUERY_INT;
}

/* What a caller without strict_types means by a scalar of another type, as PHP coerces a scalar argument
 * for such a caller: a number from a numeric string or a boolean (true is 1); an int from those or from a
 * float whose value is an integer; a boolean from an int or a float as PHP casts it (non-zero is true), and
 * from a string by FILTER_VALIDATE_BOOLEAN's words (PHP's own cast would make "false" true). Strings stay
 * strings. Returns the converted value in *converted, or the value itself when there is nothing to convert:
 * the row's reader then refuses it with its usual error. */
static zval *weakly_typed(const known_key *key, zval *value, zval *converted)
{
    int word;

    if (key->kind == KIND_BOOL) {
        if (Z_TYPE_P(value) == IS_LONG || Z_TYPE_P(value) == IS_DOUBLE) {
            ZVAL_BOOL(converted, zend_is_true(value));
            return converted;
        }
        if (Z_TYPE_P(value) == IS_STRING && (word = boolean_word(Z_STRVAL_P(value), Z_STRLEN_P(value))) >= 0) {
            ZVAL_BOOL(converted, word == 1);
            return converted;
        }
        return value;
    }
    if (!wants_number(key->kind) && !wants_int(key->kind)) {
        return value;
    }
    if (Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE) {
        ZVAL_LONG(converted, Z_TYPE_P(value) == IS_TRUE);
        return converted;
    }
    if (Z_TYPE_P(value) == IS_STRING) {
        if (!number_from_string(value, converted)) {
            return value;
        }
        /* A fraction for an int is refused as the string it was, so the error names what was given. */
        return Z_TYPE_P(converted) == IS_DOUBLE && wants_int(key->kind) && !integral(converted, converted) ? value
                                                                                                           : converted;
    }
    if (Z_TYPE_P(value) == IS_DOUBLE && wants_int(key->kind) && integral(value, converted)) {
        return converted;
    }
    return value;
}

static const known_key *find_key(const key_table *table, zend_string *name)
{
    for (size_t i = 0; name && i < table->count; i++) {
        if (zend_string_equals_cstr(name, table->keys[i].name, strlen(table->keys[i].name))) {
            return &table->keys[i];
        }
    }
    return NULL;
}

/* The one reader of a caller's array: every key must be in the table, every value what its row accepts.
 * NULL stands for an omitted array argument. False with a TypeError or ValueError thrown. */
static bool read_known_keys(HashTable *given, uint32_t arg_num, const key_table *table, void *into)
{
    char shown[128];
    zend_string *name;
    zval *value, converted;
    bool strict;

    if (!given) {
        return true;
    }
    /* The method reading its arguments is the current frame; its caller's file decides. */
    strict = ZEND_ARG_USES_STRICT_TYPES();
    ZEND_HASH_FOREACH_STR_KEY_VAL(given, name, value)
    {
        const known_key *key = find_key(table, name);

        ZVAL_DEREF(value);
        if (key && !strict) {
            value = weakly_typed(key, value, &converted);
        }
        if (!key) {
            zend_argument_value_error(arg_num, table->unknown,
                                      name ? cashfin_describe_key(name, 0, shown, sizeof(shown)) : "(integer key)");
            return false;
        }
        if (!read_value(key, value, arg_num, into)) {
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

/* ---- the constructor ---- */

/* A base URL's length without its trailing slashes. */
static size_t base_url_length(const char *url)
{
    size_t len = url ? strlen(url) : 0;

    while (len > 0 && url[len - 1] == '/') {
        len--;
    }
    return len;
}

/* What is wrong with a base URL's form (len: without trailing slashes), or NULL; an http:// URL that only
 * allow_http makes acceptable is accepted when allow_http is true. */
static const char *base_url_problem(const char *url, size_t len, bool allow_http)
{
    if (len == 0 || cf_has_control(url, len, NULL) || memchr(url, ' ', len)) {
        return "must be a URL";
    }
    /* libcurl's parser drops an empty query or fragment ("https://x/?", "https://x/#"): look for the marks. */
    if (memchr(url, '?', len) || memchr(url, '#', len)) {
        return "must not have a query or a fragment";
    }
    return cf_http_check_base_url(url, allow_http);
}

/* The option, else CASHFIN_BASE_URL (an empty one counts as unset, as for the secret), else the INI entry:
 * a developer who exports the sandbox's URL reaches the sandbox however the client is constructed. */
static char *base_url_of(const constructor_options *options)
{
    zend_string *from_environment = options->base_url ? NULL : cashfin_getenv("CASHFIN_BASE_URL");
    const char *url, *source, *problem;
    char *chosen = NULL;
    size_t len;

    if (from_environment && ZSTR_LEN(from_environment) == 0) {
        cashfin_getenv_free(from_environment);
        from_environment = NULL;
    }
    if (options->base_url) {
        url = ZSTR_VAL(options->base_url);
        source = "option \"base_url\"";
    } else if (from_environment) {
        url = ZSTR_VAL(from_environment);
        source = "CASHFIN_BASE_URL";
    } else {
        url = CASHFIN_G(base_url);
        source = "cashfin.base_url";
    }
    len = base_url_length(url);
    problem = from_environment && strlen(url) != ZSTR_LEN(from_environment)
                  ? "must be a URL" /* a NUL byte inside */
                  : base_url_problem(url, len, options->allow_http);
    if (problem) {
        zend_argument_value_error(2, "%s %s", source, problem);
    } else {
        chosen = cf_strndup(url, len);
    }
    cashfin_getenv_free(from_environment);
    return chosen;
}

static char *user_agent_of(const constructor_options *options)
{
    char buffer[512];

    snprintf(buffer, sizeof(buffer), "cashfin-php/%s PHP/%s curl/%s%s%s", PHP_CASHFIN_VERSION, PHP_VERSION,
             cf_curl_version(), options->user_agent ? " " : "",
             options->user_agent ? ZSTR_VAL(options->user_agent) : "");
    return cf_strndup(buffer, strlen(buffer));
}

/* The INI values (checked when they were set) are the defaults the options override. */
static void read_ini_defaults(constructor_options *options)
{
    memset(options, 0, sizeof(*options));
    options->timeout = CASHFIN_G(timeout);
    options->connect_timeout = CASHFIN_G(connect_timeout);
    options->max_retries = CASHFIN_G(max_retries);
    options->persistent = CASHFIN_G(persistent);
    options->max_retry_delay = MAX_RETRY_DELAY_DEFAULT;
    options->max_response_bytes = MAX_RESPONSE_BYTES_DEFAULT;
    options->bulk_share = CF_BUDGET_DEFAULT_BULK_SHARE;
    /* checked when it was set: a value that no longer parses (never the case) counts as unset */
    if (CASHFIN_G(rate_limit_store) && CASHFIN_G(rate_limit_store)[0] &&
        store_problem(CASHFIN_G(rate_limit_store), strlen(CASHFIN_G(rate_limit_store)), &options->rate_limit_store)) {
        memset(&options->rate_limit_store, 0, sizeof(options->rate_limit_store));
    }
}

/* The store given (option, else cashfin.rate_limit_store), else the host's when a rate is set, else the
 * process's own pace. The Redis URL moves into the config. False when out of memory. */
static bool choose_store(constructor_options *options, cf_http_config *config)
{
    store_option *given = &options->rate_limit_store;
    bool paced = options->requests_per_second.rate > 0 || options->requests_per_second.is_auto;

    config->rate_limit_store = given->given ? given->store : paced ? CF_LIMITER_HOST : CF_LIMITER_PROCESS;
    if (config->rate_limit_store != CF_LIMITER_REDIS) {
        config->rate_limit_store_shown = cf_strndup(cf_limiter_store_name(config->rate_limit_store),
                                                    strlen(cf_limiter_store_name(config->rate_limit_store)));
        return config->rate_limit_store_shown != NULL;
    }
    config->rate_limit_store_shown = cf_redis_url_redacted(&given->redis);
    config->rate_limit_redis = malloc(sizeof(cf_redis_url));
    if (!config->rate_limit_store_shown || !config->rate_limit_redis) {
        return false;
    }
    *config->rate_limit_redis = given->redis;
    memset(given, 0, sizeof(*given)); /* moved */
    return true;
}

static bool read_into_config(HashTable *table, constructor_options *options, cf_http_config *config)
{
    if (!read_known_keys(table, 2, &constructor_table, options)) {
        return false;
    }
    config->base_url = base_url_of(options);
    if (!config->base_url) {
        return false;
    }
    if (!choose_store(options, config)) {
        zend_throw_error(NULL, "Out of memory");
        return false;
    }
    return true;
}

bool cashfin_options_read(HashTable *table, cf_http_config *config, zval *on_response, zval *logger)
{
    constructor_options options;
    bool read;

    read_ini_defaults(&options);
    read = read_into_config(table, &options, config);
    store_option_free(&options.rate_limit_store); /* what was not moved into the config */
    if (!read) {
        return false;
    }
    config->user_agent = user_agent_of(&options);
    config->ca_info = options.ca_info ? cf_strndup(ZSTR_VAL(options.ca_info), ZSTR_LEN(options.ca_info)) : NULL;
    config->proxy = options.proxy ? cf_strndup(ZSTR_VAL(options.proxy), ZSTR_LEN(options.proxy)) : NULL;
    config->timeout_ms = (long)ceil(options.timeout * 1000);
    config->connect_timeout_ms = (long)ceil(options.connect_timeout * 1000);
    config->max_retries = (long)options.max_retries;
    config->max_retry_delay_ms = (long)(options.max_retry_delay * 1000);
    config->max_response_bytes = (size_t)options.max_response_bytes;
    config->persistent = options.persistent;
    config->requests_per_second = options.requests_per_second.rate;
    config->rate_auto = options.requests_per_second.is_auto;
    config->bulk_share = options.bulk_share;
    cf_http_config_stamp(config);
    if (options.on_response) {
        ZVAL_COPY(on_response, options.on_response);
    }
    if (options.logger) {
        ZVAL_COPY(logger, options.logger);
    }
    return true;
}

bool cashfin_secret_read(zend_string *given, cf_http_config *config)
{
    zend_string *from_environment = given ? NULL : cashfin_getenv("CASHFIN_CLIENT_SECRET");
    zend_string *secret = given ? given : from_environment;
    bool usable = false;

    if (!secret || ZSTR_LEN(secret) == 0) {
        zend_argument_value_error(1, "must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set");
    } else if (!visible_ascii(ZSTR_VAL(secret), ZSTR_LEN(secret))) {
        /* The secret becomes a header line: anything but visible ASCII could split or forge headers. */
        zend_argument_value_error(1, "must not contain spaces, control characters or non-ASCII bytes");
    } else {
        config->secret = cf_strndup(ZSTR_VAL(secret), ZSTR_LEN(secret));
        usable = true;
    }
    cashfin_getenv_free(from_environment);
    return usable;
}

static void show(const known_key *key, const cf_http_config *config, zval *out)
{
    const void *field = (const char *)config + key->shown_offset;
    const char *text;

    switch (key->shown) {
    case SHOWN_TEXT:
        text = *(char *const *)field;
        if (text) {
            ZVAL_STRING(out, text);
        } else {
            ZVAL_NULL(out);
        }
        break;
    case SHOWN_SECONDS:
        ZVAL_DOUBLE(out, (double)*(const long *)field / 1000.0);
        break;
    case SHOWN_LONG:
        ZVAL_LONG(out, *(const long *)field);
        break;
    case SHOWN_SIZE:
        ZVAL_LONG(out, (zend_long) * (const size_t *)field);
        break;
    case SHOWN_BOOL:
        ZVAL_BOOL(out, *(const bool *)field);
        break;
    case SHOWN_RATE:
        if (*(const double *)field > 0) {
            ZVAL_DOUBLE(out, *(const double *)field);
        } else {
            ZVAL_NULL(out);
        }
        break;
    case SHOWN_PACE:
        if (config->rate_auto) {
            ZVAL_STRING(out, "auto");
        } else if (config->requests_per_second > 0) {
            ZVAL_DOUBLE(out, config->requests_per_second);
        } else {
            ZVAL_NULL(out);
        }
        break;
    case SHOWN_DOUBLE:
        ZVAL_DOUBLE(out, *(const double *)field);
        break;
    case SHOWN_WHETHER_SET:
        ZVAL_BOOL(out, *(char *const *)field != NULL);
        break;
    case HIDDEN:
        ZVAL_NULL(out);
        break;
    }
}

void cashfin_options_debug_info(const cf_http_config *config, bool has_on_response, bool has_logger, HashTable *into)
{
    zval value;

    for (size_t i = 0; i < constructor_table.count; i++) {
        const known_key *key = &constructor_table.keys[i];

        if (key->kind == KIND_CALLABLE) {
            ZVAL_BOOL(&value, has_on_response);
        } else if (key->kind == KIND_LOGGER) {
            ZVAL_BOOL(&value, has_logger);
        } else if (key->shown != HIDDEN) {
            show(key, config, &value);
        } else {
            continue;
        }
        zend_hash_str_update(into, key->name, strlen(key->name), &value);
    }
    ZVAL_STRING(&value, "[redacted]");
    zend_hash_str_update(into, "client_secret", sizeof("client_secret") - 1, &value);
}

/* ---- the INI entries ---- */

/* An INI value where a number, an int or a boolean belongs, read as a caller without strict_types would
 * have it read (weakly_typed); IS_UNDEF in *converted when it is none of what the row takes. */
static void ini_scalar(const known_key *key, zend_string *value, zval *converted)
{
    zval given, *read;

    ZVAL_STR(&given, value);
    read = weakly_typed(key, &given, converted);
    if (read == &given || (key->kind == KIND_INT && Z_TYPE_P(read) != IS_LONG)) {
        ZVAL_UNDEF(converted);
    } else if (key->kind == KIND_NUMBER && Z_TYPE_P(read) == IS_LONG) {
        ZVAL_DOUBLE(converted, (double)Z_LVAL_P(read));
    }
}

bool cashfin_option_ini_check(const char *name, zend_string *value, zval *converted, char *problem, size_t size)
{
    const known_key *key = NULL;
    const char *form;

    ZVAL_UNDEF(converted);
    for (size_t i = 0; i < constructor_table.count && !key; i++) {
        key = strcmp(constructor_table.keys[i].name, name) == 0 ? &constructor_table.keys[i] : NULL;
    }
    if (!key) {
        return true;
    }
    switch (key->kind) {
    case KIND_NUMBER:
        ini_scalar(key, value, converted);
        if (Z_TYPE_P(converted) != IS_DOUBLE || !within(key, Z_DVAL_P(converted))) {
            snprintf(problem, size, "must be %s %g and at most %g%s", key->min_excluded ? "greater than" : "at least",
                     key->min, key->max, key->unit);
            return false;
        }
        return true;
    case KIND_INT:
        ini_scalar(key, value, converted);
        if (Z_TYPE_P(converted) != IS_LONG || !within(key, (double)Z_LVAL_P(converted))) {
            snprintf(problem, size, "must be an integer from %.0f to %.0f", key->min, key->max);
            return false;
        }
        return true;
    case KIND_BOOL:
        ini_scalar(key, value, converted);
        if (Z_TYPE_P(converted) != IS_TRUE && Z_TYPE_P(converted) != IS_FALSE) {
            snprintf(problem, size, "must be a boolean: 1, true, on, yes, or 0, false, off, no, or empty");
            return false;
        }
        return true;
    case KIND_STORE:
        if (ZSTR_LEN(value) > 0) {
            store_option parsed;

            form = store_problem(ZSTR_VAL(value), ZSTR_LEN(value), &parsed);
            store_option_free(&parsed);
            if (form) {
                snprintf(problem, size, "%s", form);
                return false;
            }
        }
        return true;
    case KIND_TEXT:
        /* Whether an http:// URL for a host that is not loopback is acceptable is allow_http's to say. */
        form = strlen(ZSTR_VAL(value)) != ZSTR_LEN(value)
                   ? "must be a URL" /* a NUL byte inside */
                   : base_url_problem(ZSTR_VAL(value), base_url_length(ZSTR_VAL(value)), true);
        if (form) {
            snprintf(problem, size, "%s", form);
            return false;
        }
        return true;
    default:
        return true;
    }
}

/* ---- the other tables' readers ---- */

bool cashfin_call_options_read(HashTable *table, uint32_t arg_num, zend_string **idempotency_key)
{
    call_options options = {0};

    if (!read_known_keys(table, arg_num, &call_table, &options)) {
        return false;
    }
    *idempotency_key = options.idempotency_key;
    return true;
}

bool cashfin_list_query_read(HashTable *table, cashfin_list_query *query)
{
    memset(query, 0, sizeof(*query));
    return read_known_keys(table, 1, &query_table, query);
}

bool cashfin_bulk_options_read(HashTable *table, uint32_t arg_num, cashfin_bulk_options *out)
{
    out->concurrency = DEFAULT_CONCURRENCY;
    out->requests_per_second = 0;
    out->on_progress = NULL;
    out->idempotency_key = NULL;
    return read_known_keys(table, arg_num, &bulk_table, out);
}
