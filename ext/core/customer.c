#include "customer.h"
#include "text.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef bool (*format_check)(const char *value, size_t len);

typedef struct field_rule {
    const char *name;
    const char *label;
    bool required_on_create; /* also: may not be blanked by an update */
    bool allowed_on_create;
    size_t max_length; /* in code points; 0: the format bounds it */
    const char *allowed_controls;
    format_check format;
    const char *format_message;
} field_rule;

static bool is_email(const char *s, size_t len);
static bool is_phone(const char *s, size_t len);
static bool is_currency(const char *s, size_t len);
static bool is_website(const char *s, size_t len);
static bool is_customer_type(const char *s, size_t len);

/* The API's canonical order: errors are reported in it. */
static const field_rule field_rules[] = {
    {"name", "Name", true, true, 100, NULL, NULL, NULL},
    {"email", "Email", true, true, 254, NULL, is_email, "Email must be a valid email address"},
    {"phone", "Phone", true, true, 32, NULL, is_phone, "Phone must be a valid phone number"},
    {"country", "Country", true, true, 100, NULL, NULL, NULL},
    {"currency", "Currency", true, true, 0, NULL, is_currency, "Currency must be a 3-letter ISO 4217 code"},
    {"company", "Company", false, true, 100, NULL, NULL, NULL},
    {"address", "Address", false, true, 255, "\t\n\r", NULL, NULL},
    {"city", "City", false, true, 100, NULL, NULL, NULL},
    {"state", "State", false, false, 100, NULL, NULL, NULL},
    {"website", "Website", false, false, 255, NULL, is_website, "Website must be a valid http or https URL"},
    {"type", "Type", false, true, 0, NULL, is_customer_type, "Type must be individual or business"},
};

#define FIELD_RULE_COUNT (sizeof(field_rules) / sizeof(field_rules[0]))

static bool is_email(const char *s, size_t len)
{
    const char *at = memchr(s, '@', len);
    const char *domain;
    size_t domain_len;

    if (!at || at == s || memchr(at + 1, '@', len - (size_t)(at - s) - 1)) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        if (strchr(" \t\n\r\f\v", s[i]) && s[i] != '\0') {
            return false;
        }
    }
    domain = at + 1;
    domain_len = len - (size_t)(domain - s);
    if (domain_len == 0 || !memchr(domain, '.', domain_len) || domain[0] == '.' || domain[domain_len - 1] == '.') {
        return false;
    }
    for (size_t i = 1; i < domain_len; i++) {
        if (domain[i] == '.' && domain[i - 1] == '.') {
            return false;
        }
    }
    return true;
}

static bool is_phone(const char *s, size_t len)
{
    size_t digits = 0;
    size_t i = (len > 0 && s[0] == '+') ? 1 : 0;

    for (; i < len; i++) {
        if (s[i] >= '0' && s[i] <= '9') {
            digits++;
        } else if (!strchr(" -().", s[i]) || s[i] == '\0') {
            return false;
        }
    }
    return digits >= 7 && digits <= 15;
}

static bool is_currency(const char *s, size_t len)
{
    return len == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

static bool has_prefix_nocase(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);

    if (len < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];

        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        if (c != prefix[i]) {
            return false;
        }
    }
    return true;
}

static bool is_website(const char *s, size_t len)
{
    size_t scheme_len;

    if (has_prefix_nocase(s, len, "https://")) {
        scheme_len = 8;
    } else if (has_prefix_nocase(s, len, "http://")) {
        scheme_len = 7;
    } else {
        return false;
    }
    if (len == scheme_len) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        if (strchr(" \t\n\r\f\v", s[i]) && s[i] != '\0') {
            return false;
        }
    }
    return true;
}

static bool is_customer_type(const char *s, size_t len)
{
    return (len == 10 && memcmp(s, "individual", 10) == 0) || (len == 8 && memcmp(s, "business", 8) == 0);
}

static const field_rule *find_rule(const char *key, size_t key_len, cf_customer_operation operation)
{
    for (size_t i = 0; i < FIELD_RULE_COUNT; i++) {
        const field_rule *rule = &field_rules[i];

        if (strlen(rule->name) == key_len && memcmp(rule->name, key, key_len) == 0) {
            return (operation == CF_CUSTOMER_UPDATE || rule->allowed_on_create) ? rule : NULL;
        }
    }
    return NULL;
}

static const cf_field *find_field(const cf_field *fields, size_t count, const char *name, size_t len)
{
    for (size_t i = 0; i < count; i++) {
        if (fields[i].key_len == len && memcmp(fields[i].key, name, len) == 0) {
            return &fields[i];
        }
    }
    return NULL;
}

/* The one message for a field, or NULL when it passes; `message` is scratch space. */
static const char *check_value(const field_rule *rule, const cf_field *field, cf_customer_operation operation,
                               char *message, size_t size)
{
    bool missing = !field || field->type == CF_VALUE_NULL;

    if (missing && operation == CF_CUSTOMER_CREATE && rule->required_on_create) {
        snprintf(message, size, "%s is required", rule->label);
        return message;
    }
    if (!field) {
        return NULL;
    }
    if (field->type != CF_VALUE_STRING) {
        snprintf(message, size, "%s must be a string", rule->label);
        return message;
    }
    if (!cf_utf8_valid(field->value, field->value_len)) {
        snprintf(message, size, "%s must be valid UTF-8", rule->label);
        return message;
    }
    if (rule->required_on_create && cf_is_blank(field->value, field->value_len)) {
        snprintf(message, size, "%s is required", rule->label);
        return message;
    }
    if (cf_has_control(field->value, field->value_len, rule->allowed_controls)) {
        snprintf(message, size, "%s must not contain control characters", rule->label);
        return message;
    }
    if (rule->max_length && cf_utf8_length(field->value, field->value_len) > rule->max_length) {
        snprintf(message, size, "%s must be at most %zu characters", rule->label, rule->max_length);
        return message;
    }
    if (rule->format && !(field->value_len == 0 && !rule->required_on_create) &&
        !rule->format(field->value, field->value_len)) {
        return rule->format_message;
    }
    return NULL;
}

static bool add_error(cf_error *error, const char *field, size_t field_len, const char *message)
{
    return cf_field_errors_add(&error->fields, field, field_len, message);
}

bool cf_customer_check(cf_customer_operation operation, const cf_field *fields, size_t count, cf_error *error)
{
    char scratch[128];
    bool ok = true;

    for (size_t i = 0; i < FIELD_RULE_COUNT; i++) {
        const field_rule *rule = &field_rules[i];
        const cf_field *field = find_field(fields, count, rule->name, strlen(rule->name));
        const char *message;

        if (operation == CF_CUSTOMER_CREATE && !rule->allowed_on_create) {
            continue; /* reported below as an unknown field */
        }
        message = check_value(rule, field, operation, scratch, sizeof(scratch));
        if (message) {
            add_error(error, rule->name, strlen(rule->name), message);
            ok = false;
        }
    }
    for (size_t i = 0; i < count; i++) {
        if (!find_rule(fields[i].key, fields[i].key_len, operation)) {
            add_error(error, fields[i].key, fields[i].key_len, "Unknown field");
            ok = false;
        } else if (find_field(fields, i, fields[i].key, fields[i].key_len)) {
            /* Only C callers can repeat a key (PHP arrays cannot): the rules saw the first one only. */
            add_error(error, fields[i].key, fields[i].key_len, "Field given more than once");
            ok = false;
        }
    }
    if (operation == CF_CUSTOMER_UPDATE && count == 0) {
        add_error(error, "body", 4, "At least one field is required");
        ok = false;
    }
    if (!ok) {
        cf_error_set(error, CF_ERROR_VALIDATION, "%s", CF_MESSAGE_VALIDATION);
    }
    return ok;
}

char *cf_customer_body(const cf_field *fields, size_t count)
{
    cJSON *object = cJSON_CreateObject();
    char *body = NULL;

    if (!object) {
        return NULL;
    }
    for (size_t i = 0; i < count; i++) {
        /* Checked fields hold no NUL byte, so the C strings below are whole. */
        char *key = cf_strndup(fields[i].key, fields[i].key_len);
        char *value = cf_strndup(fields[i].value, fields[i].value_len);
        bool added = key && value && cJSON_AddStringToObject(object, key, value);

        free(key);
        free(value);
        if (!added) {
            cJSON_Delete(object);
            return NULL;
        }
    }
    body = cJSON_PrintUnformatted(object);
    cJSON_Delete(object);
    return body;
}

bool cf_customer_id_valid(const char *id, size_t len)
{
    if (len != 24) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        char c = id[i];

        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}
