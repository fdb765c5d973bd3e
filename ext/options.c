/* Reading what callers configure: constructor options over INI defaults, per-call options and list
 * queries. Wrong types are TypeErrors; unknown keys and values out of range are ValueErrors. */
#include "cashfin_private.h"

#include "core/text.h"

#include <curl/curl.h>
#include <math.h>

#define MAX_RESPONSE_BYTES_DEFAULT (16 * 1024 * 1024)
#define MAX_RETRY_DELAY_MS_DEFAULT 5000
#define MAX_RETRIES_LIMIT 10
#define MAX_SECONDS 86400.0
#define MAX_USER_AGENT 200
#define MAX_SEARCH 256

#define MAX_RETRY_DELAY_LIMIT 300.0
#define MAX_REQUESTS_PER_SECOND 1000.0
#define DEFAULT_CONCURRENCY 8
#define MAX_CONCURRENCY 64
#define MIN_RESPONSE_BYTES 1024
#define MAX_RESPONSE_BYTES_LIMIT (1024L * 1024 * 1024)

typedef struct constructor_options {
    zend_string *base_url, *ca_info, *proxy, *user_agent;
    double timeout, connect_timeout, max_retry_delay, requests_per_second;
    zend_long max_retries, max_response_bytes;
    bool persistent, allow_http;
    bool timeout_given, connect_timeout_given, max_retries_given; /* else the INI value stands */
    zval *on_response;
} constructor_options;

static const char *const option_names[] = {
    "base_url", "timeout", "connect_timeout", "max_retries", "max_retry_delay", "max_response_bytes",  "persistent",
    "ca_info",  "proxy",   "user_agent",      "allow_http",  "on_response",     "requests_per_second",
};

/* A caller's key, fit for an error message: bytes that are not visible ASCII are shown as \xNN, so a
 * key with a NUL byte never reads as the valid key before it. */
static const char *describe_key(zend_string *key, char *buffer, size_t size)
{
    size_t used = 0;

    if (!key) {
        return "(integer key)";
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

/* NULL stands for an omitted array argument; the shared empty array is only ever read. */
static HashTable *or_empty(HashTable *table)
{
    return table ? table : (HashTable *)&zend_empty_array;
}

static bool is_option(zend_string *key, const char *name)
{
    return zend_string_equals_cstr(key, name, strlen(name));
}

static bool known_option(zend_string *key)
{
    for (size_t i = 0; i < sizeof(option_names) / sizeof(option_names[0]); i++) {
        if (is_option(key, option_names[i])) {
            return true;
        }
    }
    return false;
}

static bool read_seconds_within(zval *value, const char *name, bool zero_allowed, double max, double *out);

static bool read_seconds(zval *value, const char *name, double *out)
{
    return read_seconds_within(value, name, false, MAX_SECONDS, out);
}

static bool read_seconds_within(zval *value, const char *name, bool zero_allowed, double max, double *out)
{
    double seconds;

    if (Z_TYPE_P(value) == IS_LONG) {
        seconds = (double)Z_LVAL_P(value);
    } else if (Z_TYPE_P(value) == IS_DOUBLE) {
        seconds = Z_DVAL_P(value);
    } else {
        zend_argument_type_error(2, "option \"%s\" must be of type float, %s given", name, zend_zval_type_name(value));
        return false;
    }
    if (!((seconds > 0 || (zero_allowed && seconds == 0)) && seconds <= max)) {
        zend_argument_value_error(2, "option \"%s\" must be %s 0 and at most %.0f seconds", name,
                                  zero_allowed ? "at least" : "greater than", max);
        return false;
    }
    *out = seconds;
    return true;
}

static bool read_bool(zval *value, const char *name, bool *out)
{
    if (Z_TYPE_P(value) != IS_TRUE && Z_TYPE_P(value) != IS_FALSE) {
        zend_argument_type_error(2, "option \"%s\" must be of type bool, %s given", name, zend_zval_type_name(value));
        return false;
    }
    *out = Z_TYPE_P(value) == IS_TRUE;
    return true;
}

static bool read_int(zval *value, uint32_t arg_num, const char *name, zend_long *out)
{
    if (Z_TYPE_P(value) != IS_LONG) {
        zend_argument_type_error(arg_num, "option \"%s\" must be of type int, %s given", name,
                                 zend_zval_type_name(value));
        return false;
    }
    *out = Z_LVAL_P(value);
    return true;
}

static bool read_rate(zval *value, uint32_t arg_num, double *out)
{
    double rate;

    if (Z_TYPE_P(value) == IS_LONG) {
        rate = (double)Z_LVAL_P(value);
    } else if (Z_TYPE_P(value) == IS_DOUBLE) {
        rate = Z_DVAL_P(value);
    } else {
        zend_argument_type_error(arg_num, "option \"requests_per_second\" must be of type float, %s given",
                                 zend_zval_type_name(value));
        return false;
    }
    if (!(rate > 0 && rate <= MAX_REQUESTS_PER_SECOND)) {
        zend_argument_value_error(arg_num, "option \"requests_per_second\" must be greater than 0 and at most %.0f",
                                  MAX_REQUESTS_PER_SECOND);
        return false;
    }
    *out = rate;
    return true;
}

static bool read_callable_arg(zval *value, uint32_t arg_num, const char *name, zval **out)
{
    if (!zend_is_callable(value, 0, NULL)) {
        zend_argument_type_error(arg_num, "option \"%s\" must be a valid callback, %s given", name,
                                 zend_zval_type_name(value));
        return false;
    }
    *out = value;
    return true;
}

static bool read_callable(zval *value, const char *name, zval **out)
{
    return read_callable_arg(value, 2, name, out);
}

/* A string that goes into a URL or a header: no control characters, no spaces unless allowed. */
static bool read_text(zval *value, const char *name, bool spaces_allowed, zend_string **out)
{
    zend_string *text;

    if (Z_TYPE_P(value) != IS_STRING) {
        zend_argument_type_error(2, "option \"%s\" must be of type string, %s given", name, zend_zval_type_name(value));
        return false;
    }
    text = Z_STR_P(value);
    if (ZSTR_LEN(text) == 0 || cf_has_control(ZSTR_VAL(text), ZSTR_LEN(text), NULL) ||
        (!spaces_allowed && memchr(ZSTR_VAL(text), ' ', ZSTR_LEN(text)))) {
        zend_argument_value_error(2, "option \"%s\" must be a non-empty string without %scontrol characters", name,
                                  spaces_allowed ? "" : "spaces or ");
        return false;
    }
    *out = text;
    return true;
}

static bool read_option(zend_string *key, zval *value, constructor_options *options)
{
    if (is_option(key, "base_url")) {
        return read_text(value, "base_url", false, &options->base_url);
    } else if (is_option(key, "timeout")) {
        options->timeout_given = true;
        return read_seconds(value, "timeout", &options->timeout);
    } else if (is_option(key, "connect_timeout")) {
        options->connect_timeout_given = true;
        return read_seconds(value, "connect_timeout", &options->connect_timeout);
    } else if (is_option(key, "persistent")) {
        return read_bool(value, "persistent", &options->persistent);
    } else if (is_option(key, "allow_http")) {
        return read_bool(value, "allow_http", &options->allow_http);
    } else if (is_option(key, "ca_info")) {
        return read_text(value, "ca_info", true, &options->ca_info);
    } else if (is_option(key, "proxy")) {
        return read_text(value, "proxy", false, &options->proxy);
    } else if (is_option(key, "user_agent")) {
        return read_text(value, "user_agent", true, &options->user_agent);
    } else if (is_option(key, "max_retry_delay")) {
        return read_seconds_within(value, "max_retry_delay", true, MAX_RETRY_DELAY_LIMIT, &options->max_retry_delay);
    } else if (is_option(key, "on_response")) {
        return read_callable(value, "on_response", &options->on_response);
    } else if (is_option(key, "requests_per_second")) {
        return read_rate(value, 2, &options->requests_per_second);
    } else if (is_option(key, "max_response_bytes")) {
        return read_int(value, 2, "max_response_bytes", &options->max_response_bytes);
    }
    options->max_retries_given = true;
    return read_int(value, 2, "max_retries", &options->max_retries);
}

/* INI values are only defaults: they are checked with the options, once the options had their say. */
static void read_ini_defaults(constructor_options *options)
{
    options->base_url = NULL;
    options->timeout = CASHFIN_G(timeout);
    options->connect_timeout = CASHFIN_G(connect_timeout);
    options->max_retries = CASHFIN_G(max_retries);
    options->persistent = CASHFIN_G(persistent);
    options->max_retry_delay = MAX_RETRY_DELAY_MS_DEFAULT / 1000.0;
    options->max_response_bytes = MAX_RESPONSE_BYTES_DEFAULT;
}

static bool is_regular_readable_file(const char *path)
{
    zend_stat_t info;

    return !php_check_open_basedir(path) && VCWD_STAT(path, &info) == 0 && S_ISREG(info.st_mode) &&
           VCWD_ACCESS(path, R_OK) == 0;
}

/* Options were checked as they were read; an INI default that stands is checked here, by its own name. */
static bool check_ini_seconds(double seconds, bool overridden, const char *name)
{
    if (overridden || (seconds > 0 && seconds <= MAX_SECONDS)) {
        return true;
    }
    zend_value_error("cashfin.%s must be greater than 0 and at most %.0f seconds", name, MAX_SECONDS);
    return false;
}

static bool check_ranges(const constructor_options *options)
{
    if (!check_ini_seconds(options->timeout, options->timeout_given, "timeout") ||
        !check_ini_seconds(options->connect_timeout, options->connect_timeout_given, "connect_timeout")) {
        return false;
    }
    if (options->max_retries < 0 || options->max_retries > MAX_RETRIES_LIMIT) {
        if (options->max_retries_given) {
            zend_argument_value_error(2, "option \"max_retries\" must be between 0 and %d", MAX_RETRIES_LIMIT);
        } else {
            zend_value_error("cashfin.max_retries must be between 0 and %d", MAX_RETRIES_LIMIT);
        }
        return false;
    }
    if (options->max_response_bytes < MIN_RESPONSE_BYTES || options->max_response_bytes > MAX_RESPONSE_BYTES_LIMIT) {
        zend_argument_value_error(2, "option \"max_response_bytes\" must be between %d and %ld", MIN_RESPONSE_BYTES,
                                  MAX_RESPONSE_BYTES_LIMIT);
        return false;
    }
    if (options->user_agent && ZSTR_LEN(options->user_agent) > MAX_USER_AGENT) {
        zend_argument_value_error(2, "option \"user_agent\" must be at most %d bytes", MAX_USER_AGENT);
        return false;
    }
    if (options->ca_info && !is_regular_readable_file(ZSTR_VAL(options->ca_info))) {
        zend_argument_value_error(2, "option \"ca_info\" must name a readable CA bundle file");
        return false;
    }
    return true;
}

static char *base_url_of(const constructor_options *options)
{
    const char *url = options->base_url ? ZSTR_VAL(options->base_url) : CASHFIN_G(base_url);
    size_t len = url ? strlen(url) : 0;
    const char *problem;

    while (len > 0 && url[len - 1] == '/') {
        len--;
    }
    if (len == 0 || cf_has_control(url, len, NULL) || memchr(url, ' ', len)) {
        zend_argument_value_error(2, "option \"base_url\" (or cashfin.base_url) must be a URL");
        return NULL;
    }
    /* libcurl's parser drops an empty query or fragment ("https://x/?", "https://x/#"): look for the marks. */
    if (memchr(url, '?', len) || memchr(url, '#', len)) {
        zend_argument_value_error(2, "option \"base_url\" (or cashfin.base_url) must not have a query or a fragment");
        return NULL;
    }
    problem = cf_http_check_base_url(url, options->allow_http);
    if (problem) {
        zend_argument_value_error(2, "option \"base_url\" (or cashfin.base_url) %s", problem);
        return NULL;
    }
    return cf_strndup(url, len);
}

static char *user_agent_of(const constructor_options *options)
{
    char buffer[512];

    snprintf(buffer, sizeof(buffer), "cashfin-php/%s PHP/%s curl/%s%s%s", PHP_CASHFIN_VERSION, PHP_VERSION,
             curl_version_info(CURLVERSION_NOW)->version, options->user_agent ? " " : "",
             options->user_agent ? ZSTR_VAL(options->user_agent) : "");
    return cf_strndup(buffer, strlen(buffer));
}

bool cashfin_options_read(HashTable *table, cf_http_config *config, zval *on_response)
{
    char shown[128];
    constructor_options options = {0};
    zend_string *key;
    zval *value;

    read_ini_defaults(&options);
    ZEND_HASH_FOREACH_STR_KEY_VAL(or_empty(table), key, value)
    {
        ZVAL_DEREF(value);
        if (!key || !known_option(key)) {
            zend_argument_value_error(2, "contains an unknown option \"%s\"", describe_key(key, shown, sizeof(shown)));
            return false;
        }
        if (!read_option(key, value, &options)) {
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    if (!check_ranges(&options)) {
        return false;
    }
    config->base_url = base_url_of(&options);
    if (!config->base_url) {
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
    config->requests_per_second = options.requests_per_second;
    cf_http_config_stamp(config);
    if (options.on_response) {
        ZVAL_COPY(on_response, options.on_response);
    }
    return true;
}

bool cashfin_secret_read(zend_string *given, cf_http_config *config)
{
    const char *secret = given ? ZSTR_VAL(given) : getenv("CASHFIN_CLIENT_SECRET");
    size_t len = given ? ZSTR_LEN(given) : (secret ? strlen(secret) : 0);

    if (len == 0) {
        zend_argument_value_error(1, "must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set");
        return false;
    }
    /* The secret becomes a header line: anything but visible ASCII could split or forge headers. */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)secret[i];

        if (c <= 0x20 || c >= 0x7F) {
            zend_argument_value_error(1, "must not contain spaces, control characters or non-ASCII bytes");
            return false;
        }
    }
    config->secret = cf_strndup(secret, len);
    return true;
}

bool cashfin_call_options_read(HashTable *table, uint32_t arg_num, zend_string **idempotency_key)
{
    char shown[128];
    zend_string *key;
    zval *value;

    *idempotency_key = NULL;
    ZEND_HASH_FOREACH_STR_KEY_VAL(or_empty(table), key, value)
    {
        ZVAL_DEREF(value);
        if (!key || !zend_string_equals_literal(key, "idempotency_key")) {
            zend_argument_value_error(arg_num, "contains an unknown option \"%s\"",
                                      describe_key(key, shown, sizeof(shown)));
            return false;
        }
        if (Z_TYPE_P(value) != IS_STRING) {
            zend_argument_type_error(arg_num, "option \"idempotency_key\" must be of type string, %s given",
                                     zend_zval_type_name(value));
            return false;
        }
        if (Z_STRLEN_P(value) == 0 || Z_STRLEN_P(value) > 255) {
            zend_argument_value_error(arg_num, "option \"idempotency_key\" must be 1 to 255 characters long");
            return false;
        }
        for (size_t i = 0; i < Z_STRLEN_P(value); i++) {
            unsigned char c = (unsigned char)Z_STRVAL_P(value)[i];

            if (c <= 0x20 || c >= 0x7F) {
                zend_argument_value_error(arg_num, "option \"idempotency_key\" must be visible ASCII characters");
                return false;
            }
        }
        *idempotency_key = Z_STR_P(value);
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

static bool read_query_number(zval *value, const char *name, zend_long min, zend_long max, zend_long *out)
{
    /* The type is tested on its own first: reading the number of a non-number is never done. */
    if (Z_TYPE_P(value) == IS_LONG) {
        zend_long number = Z_LVAL_P(value);

        if (number >= min && number <= max) {
            *out = number;
            return true;
        }
    }
    zend_argument_value_error(1, "query \"%s\" must be an integer from " ZEND_LONG_FMT " to " ZEND_LONG_FMT, name, min,
                              max);
    return false;
}

static bool read_query_search(zval *value, zend_string **out)
{
    if (Z_TYPE_P(value) != IS_STRING || !cf_utf8_valid(Z_STRVAL_P(value), Z_STRLEN_P(value)) ||
        cf_has_control(Z_STRVAL_P(value), Z_STRLEN_P(value), NULL) ||
        cf_utf8_length(Z_STRVAL_P(value), Z_STRLEN_P(value)) > MAX_SEARCH) {
        zend_argument_value_error(1,
                                  "query \"search\" must be a UTF-8 string of at most %d characters without "
                                  "control characters",
                                  MAX_SEARCH);
        return false;
    }
    *out = Z_STR_P(value);
    return true;
}

bool cashfin_list_query_read(HashTable *table, cashfin_list_query *query)
{
    char shown[128];
    zend_string *key;
    zval *value;

    memset(query, 0, sizeof(*query));
    ZEND_HASH_FOREACH_STR_KEY_VAL(or_empty(table), key, value)
    {
        bool ok;

        ZVAL_DEREF(value);
        if (key && zend_string_equals_literal(key, "page")) {
            ok = read_query_number(value, "page", 1, INT32_MAX, &query->page);
        } else if (key && zend_string_equals_literal(key, "limit")) {
            ok = read_query_number(value, "limit", 1, 100, &query->limit);
        } else if (key && zend_string_equals_literal(key, "search")) {
            ok = read_query_search(value, &query->search);
        } else {
            zend_argument_value_error(1, "contains an unknown query key \"%s\" (page, limit and search are known)",
                                      describe_key(key, shown, sizeof(shown)));
            ok = false;
        }
        if (!ok) {
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

bool cashfin_bulk_options_read(HashTable *table, uint32_t arg_num, cashfin_bulk_options *out)
{
    char shown[128];
    zend_string *key;
    zval *value;

    out->concurrency = DEFAULT_CONCURRENCY;
    out->requests_per_second = 0;
    out->on_progress = NULL;
    ZEND_HASH_FOREACH_STR_KEY_VAL(or_empty(table), key, value)
    {
        bool ok;

        ZVAL_DEREF(value);
        if (key && zend_string_equals_literal(key, "concurrency")) {
            if (!read_int(value, arg_num, "concurrency", &out->concurrency)) {
                return false;
            }
            ok = out->concurrency >= 1 && out->concurrency <= MAX_CONCURRENCY;
            if (!ok) {
                zend_argument_value_error(arg_num, "option \"concurrency\" must be between 1 and %d", MAX_CONCURRENCY);
            }
        } else if (key && zend_string_equals_literal(key, "requests_per_second")) {
            ok = read_rate(value, arg_num, &out->requests_per_second);
        } else if (key && zend_string_equals_literal(key, "on_progress")) {
            ok = read_callable_arg(value, arg_num, "on_progress", &out->on_progress);
        } else {
            zend_argument_value_error(arg_num, "contains an unknown option \"%s\"",
                                      describe_key(key, shown, sizeof(shown)));
            ok = false;
        }
        if (!ok) {
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

void cashfin_options_debug_info(const cf_http_config *config, bool has_on_response, HashTable *into)
{
    zval value;

    ZVAL_STRING(&value, config->base_url);
    zend_hash_str_update(into, "base_url", sizeof("base_url") - 1, &value);
    ZVAL_DOUBLE(&value, (double)config->timeout_ms / 1000.0);
    zend_hash_str_update(into, "timeout", sizeof("timeout") - 1, &value);
    ZVAL_DOUBLE(&value, (double)config->connect_timeout_ms / 1000.0);
    zend_hash_str_update(into, "connect_timeout", sizeof("connect_timeout") - 1, &value);
    ZVAL_LONG(&value, config->max_retries);
    zend_hash_str_update(into, "max_retries", sizeof("max_retries") - 1, &value);
    ZVAL_DOUBLE(&value, (double)config->max_retry_delay_ms / 1000.0);
    zend_hash_str_update(into, "max_retry_delay", sizeof("max_retry_delay") - 1, &value);
    ZVAL_LONG(&value, (zend_long)config->max_response_bytes);
    zend_hash_str_update(into, "max_response_bytes", sizeof("max_response_bytes") - 1, &value);
    ZVAL_BOOL(&value, config->persistent);
    zend_hash_str_update(into, "persistent", sizeof("persistent") - 1, &value);
    if (config->requests_per_second > 0) {
        ZVAL_DOUBLE(&value, config->requests_per_second);
    } else {
        ZVAL_NULL(&value);
    }
    zend_hash_str_update(into, "requests_per_second", sizeof("requests_per_second") - 1, &value);
    ZVAL_BOOL(&value, has_on_response);
    zend_hash_str_update(into, "on_response", sizeof("on_response") - 1, &value);
    ZVAL_STRING(&value, config->user_agent);
    zend_hash_str_update(into, "user_agent", sizeof("user_agent") - 1, &value);
    if (config->ca_info) {
        ZVAL_STRING(&value, config->ca_info);
    } else {
        ZVAL_NULL(&value);
    }
    zend_hash_str_update(into, "ca_info", sizeof("ca_info") - 1, &value);
    /* A proxy URL may carry credentials of its own: say only whether one is set. */
    ZVAL_BOOL(&value, config->proxy != NULL);
    zend_hash_str_update(into, "proxy", sizeof("proxy") - 1, &value);
    ZVAL_STRING(&value, "[redacted]");
    zend_hash_str_update(into, "client_secret", sizeof("client_secret") - 1, &value);
}
