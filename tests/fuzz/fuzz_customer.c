/* The customer field rules: payloads made of fuzz bytes through cf_customer_check for create and
 * update, against the rule table of sandbox/README.md restated here; every accepted payload through
 * cf_customer_body, whose JSON must parse back to exactly the fields given (keys, values, order).
 *
 * Input: [operation][field]... where a field is [selector][key?][value?]:
 *   selector bits 0-4: 0-10 and 16-26 a documented key, 11-15 a near miss, 27-31 raw key bytes
 *                      ([length][bytes])
 *   selector bits 5-7: 0-4 a string ([length][bytes], length 255 means two more length bytes,
 *                      little-endian), 5 null, 6 another type, 7 a valid sample for the key
 * Keys are unique, as in the PHP array the Zend layer reads fields from; a repeated key is skipped. */
#include "fuzz.h"

#include "core/customer.h"

#include <cjson/cJSON.h>

#define MAX_FIELDS 64

typedef struct ref_rule {
    const char *name;
    const char *label;
    bool required; /* on create; and may not be blanked */
    bool on_create;
    size_t max_length; /* code points; 0: none */
    bool allows_line_controls;
    int format; /* 0 none, 1 email, 2 phone, 3 currency, 4 website, 5 type */
} ref_rule;

static const ref_rule rules[] = {
    {"name", "Name", true, true, 100, false, 0},       {"email", "Email", true, true, 254, false, 1},
    {"phone", "Phone", true, true, 32, false, 2},      {"country", "Country", true, true, 100, false, 0},
    {"currency", "Currency", true, true, 0, false, 3}, {"company", "Company", false, true, 100, false, 0},
    {"address", "Address", false, true, 255, true, 0}, {"city", "City", false, true, 100, false, 0},
    {"state", "State", false, false, 100, false, 0},   {"website", "Website", false, false, 255, false, 4},
    {"type", "Type", false, true, 0, false, 5},
};

#define RULE_COUNT (sizeof(rules) / sizeof(rules[0]))

static const char *const format_messages[] = {
    NULL,
    "Email must be a valid email address",
    "Phone must be a valid phone number",
    "Currency must be a 3-letter ISO 4217 code",
    "Website must be a valid http or https URL",
    "Type must be individual or business",
};

static const char *const near_misses[] = {"Name",      "name ", " name",  "e-mail",      "",    "0",  "-1",
                                          "_id",       "emial", "EMAIL",  "websites",    "typ", "id", "active",
                                          "createdat", "body",  "name\0", "n\xc3\xa4me", "\xff"};

/* Valid values per documented key, in the rule table's order. */
static const char *const samples[RULE_COUNT][4] = {
    {"John Doe", "J", "\xc3\x89lodie N'Diaye", "\xe5\xbc\xa0\xe4\xbc\x9f"},
    {"john@example.com", "a@b.co", "john.doe+tag@mail.example.org", "x@y.z"},
    {"+254712345678", "0712345678", "+1 (555) 010-9999", "1234567"},
    {"Kenya", "Nigeria", "C\xc3\xb4te d'Ivoire", "K"},
    {"KES", "NGN", "USD", "ZAR"},
    {"Acme Ltd", "", "A", "Acme \xe2\x80\x94 Africa"},
    {"Moi Avenue 1", "", "Line 1\nLine 2", "a\tb\r\nc"},
    {"Nairobi", "", "Mombasa", "\xc3\x85"},
    {"Nairobi County", "", "Lagos", "S"},
    {"https://example.com", "", "HTTP://x", "http://a.b/c?d=e"},
    {"individual", "business", "", "individual"},
};

typedef struct payload {
    cf_field fields[MAX_FIELDS];
    size_t count;
    char *owned[MAX_FIELDS * 2];
    size_t owned_count;
} payload;

static const char *keep(payload *p, const uint8_t *bytes, size_t len)
{
    char *copy = fuzz_exact_copy(bytes, len);

    p->owned[p->owned_count++] = copy;
    return copy;
}

/* ---- the reference rules ---------------------------------------------------------------------- */

static bool is_ascii_space(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static size_t ref_code_points(const uint8_t *s, size_t len)
{
    size_t count = 0;

    /* Valid UTF-8: every sequence starts with a byte that is not 10xxxxxx. */
    for (size_t i = 0; i < len; i++) {
        count += (s[i] < 0x80 || s[i] >= 0xC0);
    }
    return count;
}

static bool ref_email(const uint8_t *s, size_t len)
{
    size_t at = len, ats = 0;

    for (size_t i = 0; i < len; i++) {
        if (s[i] == '@') {
            ats++, at = i;
        }
        if (is_ascii_space(s[i])) {
            return false;
        }
    }
    if (ats != 1 || at == 0 || at + 1 == len) {
        return false;
    }
    /* Labels between dots, at least two, none empty. */
    {
        size_t labels = 1, label_len = 0;

        for (size_t i = at + 1; i < len; i++) {
            if (s[i] == '.') {
                if (label_len == 0) {
                    return false;
                }
                labels++, label_len = 0;
            } else {
                label_len++;
            }
        }
        return labels >= 2 && label_len > 0;
    }
}

static bool ref_phone(const uint8_t *s, size_t len)
{
    size_t digits = 0;

    for (size_t i = 0; i < len; i++) {
        if (s[i] >= '0' && s[i] <= '9') {
            digits++;
        } else if (i == 0 && s[i] == '+') {
            continue;
        } else if (s[i] != ' ' && s[i] != '-' && s[i] != '(' && s[i] != ')' && s[i] != '.') {
            return false;
        }
    }
    return digits >= 7 && digits <= 15;
}

static bool ref_website(const uint8_t *s, size_t len)
{
    size_t scheme;
    char lower[8];

    for (size_t i = 0; i < len; i++) {
        if (is_ascii_space(s[i])) {
            return false;
        }
    }
    for (size_t i = 0; i < 8 && i < len; i++) {
        lower[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    }
    if (len >= 8 && memcmp(lower, "https://", 8) == 0) {
        scheme = 8;
    } else if (len >= 7 && memcmp(lower, "http://", 7) == 0) {
        scheme = 7;
    } else {
        return false;
    }
    return len > scheme;
}

static bool ref_format(int format, const uint8_t *s, size_t len)
{
    switch (format) {
    case 1:
        return ref_email(s, len);
    case 2:
        return ref_phone(s, len);
    case 3:
        return len == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
    case 4:
        return ref_website(s, len);
    case 5:
        return (len == 10 && memcmp(s, "individual", 10) == 0) || (len == 8 && memcmp(s, "business", 8) == 0);
    default:
        return true;
    }
}

/* The one message for a field under the documented table, or NULL when it passes. */
static const char *ref_message(const ref_rule *rule, const cf_field *field, bool create, char *buffer, size_t size)
{
    const uint8_t *s;
    size_t len;
    bool blank = true, control = false;

    if (!field || field->type == CF_VALUE_NULL) {
        if (create && rule->required) {
            snprintf(buffer, size, "%s is required", rule->label);
            return buffer;
        }
        if (!field) {
            return NULL;
        }
    }
    if (field->type != CF_VALUE_STRING) {
        snprintf(buffer, size, "%s must be a string", rule->label);
        return buffer;
    }
    s = (const uint8_t *)field->value;
    len = field->value_len;
    if (!ref_utf8_valid(s, len)) {
        snprintf(buffer, size, "%s must be valid UTF-8", rule->label);
        return buffer;
    }
    for (size_t i = 0; i < len; i++) {
        blank = blank && is_ascii_space(s[i]);
        if ((s[i] < 0x20 || s[i] == 0x7F) &&
            !(rule->allows_line_controls && (s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))) {
            control = true;
        }
    }
    if (rule->required && blank) {
        snprintf(buffer, size, "%s is required", rule->label);
        return buffer;
    }
    if (control) {
        snprintf(buffer, size, "%s must not contain control characters", rule->label);
        return buffer;
    }
    if (rule->max_length && ref_code_points(s, len) > rule->max_length) {
        snprintf(buffer, size, "%s must be at most %zu characters", rule->label, rule->max_length);
        return buffer;
    }
    if (rule->format && !(len == 0 && !rule->required) && !ref_format(rule->format, s, len)) {
        return format_messages[rule->format];
    }
    return NULL;
}

static const cf_field *field_named(const payload *p, const char *name)
{
    for (size_t i = 0; i < p->count; i++) {
        if (p->fields[i].key_len == strlen(name) && memcmp(p->fields[i].key, name, p->fields[i].key_len) == 0) {
            return &p->fields[i];
        }
    }
    return NULL;
}

static bool known_key(const cf_field *field, bool create)
{
    for (size_t r = 0; r < RULE_COUNT; r++) {
        if (field->key_len == strlen(rules[r].name) && memcmp(field->key, rules[r].name, field->key_len) == 0) {
            return !create || rules[r].on_create;
        }
    }
    return false;
}

/* The field errors the documented table gives, in its order: canonical fields, then unknown keys. */
static void ref_check(const payload *p, bool create, cf_field_errors *expected)
{
    char buffer[128];

    for (size_t r = 0; r < RULE_COUNT; r++) {
        const char *message;

        if (create && !rules[r].on_create) {
            continue;
        }
        message = ref_message(&rules[r], field_named(p, rules[r].name), create, buffer, sizeof(buffer));
        if (message && !cf_field_errors_add(expected, rules[r].name, strlen(rules[r].name), message)) {
            abort();
        }
    }
    for (size_t i = 0; i < p->count; i++) {
        if (!known_key(&p->fields[i], create) &&
            !cf_field_errors_add(expected, p->fields[i].key, p->fields[i].key_len, "Unknown field")) {
            abort();
        }
    }
    if (!create && p->count == 0 && !cf_field_errors_add(expected, "body", 4, "At least one field is required")) {
        abort();
    }
}

/* ---- decoding the input ------------------------------------------------------------------------ */

static void read_payload(fuzz_input *in, payload *p)
{
    /* Each field owns at most two copies (key and value), repeated keys included. */
    while (fuzz_more(in) && p->count < MAX_FIELDS && p->owned_count + 2 <= MAX_FIELDS * 2) {
        uint8_t selector = fuzz_byte(in);
        unsigned key_choice = selector & 0x1F, value_choice = selector >> 5;
        cf_field field = {0};
        int rule = -1;
        bool duplicate = false;

        if (key_choice <= 10 || (key_choice >= 16 && key_choice <= 26)) {
            rule = (int)(key_choice <= 10 ? key_choice : key_choice - 16);
            field.key = rules[rule].name;
            field.key_len = strlen(rules[rule].name);
        } else if (key_choice <= 15) {
            size_t pick = fuzz_byte(in) % (sizeof(near_misses) / sizeof(near_misses[0]));

            field.key = near_misses[pick];
            /* "name\0" keeps its NUL byte: PHP array keys may hold one. */
            field.key_len = strcmp(near_misses[pick], "name") == 0 ? 5 : strlen(near_misses[pick]);
        } else {
            size_t got;
            const uint8_t *bytes = fuzz_bytes(in, fuzz_byte(in), &got);

            field.key = keep(p, bytes, got);
            field.key_len = got;
        }

        if (value_choice <= 4) {
            size_t want = fuzz_byte(in), got;
            const uint8_t *bytes;

            if (want == 255) {
                want = fuzz_byte(in);
                want |= (size_t)fuzz_byte(in) << 8;
            }
            bytes = fuzz_bytes(in, want, &got);
            field.type = CF_VALUE_STRING;
            field.value = keep(p, bytes, got);
            field.value_len = got;
        } else if (value_choice == 5) {
            field.type = CF_VALUE_NULL;
        } else if (value_choice == 6) {
            field.type = CF_VALUE_OTHER;
        } else {
            const char *sample = samples[rule >= 0 ? rule : 0][fuzz_byte(in) % 4];

            field.type = CF_VALUE_STRING;
            field.value = sample;
            field.value_len = strlen(sample);
        }

        for (size_t i = 0; i < p->count; i++) {
            duplicate = duplicate || (p->fields[i].key_len == field.key_len &&
                                      memcmp(p->fields[i].key, field.key, field.key_len) == 0);
        }
        if (!duplicate) {
            p->fields[p->count++] = field;
        }
    }
}

/* ---- the round trip ---------------------------------------------------------------------------- */

static void check_body(const payload *p)
{
    char *body = cf_customer_body(p->fields, p->count);
    cJSON *parsed, *member;
    size_t i = 0;

    FUZZ_ASSERT(body != NULL, "an accepted payload encodes");
    FUZZ_ASSERT(ref_utf8_valid((const uint8_t *)body, strlen(body)), "the body is UTF-8");
    for (const char *c = body; *c; c++) {
        FUZZ_ASSERT((unsigned char)*c >= 0x20, "control characters are escaped in the body");
    }
    parsed = cJSON_Parse(body);
    FUZZ_ASSERT(cJSON_IsObject(parsed), "the body is one JSON object");
    cJSON_ArrayForEach(member, parsed)
    {
        FUZZ_ASSERT(i < p->count, "no member is added");
        FUZZ_ASSERT(member->string && strlen(member->string) == p->fields[i].key_len &&
                        memcmp(member->string, p->fields[i].key, p->fields[i].key_len) == 0,
                    "keys come back in the caller's order");
        FUZZ_ASSERT(cJSON_IsString(member) && strlen(member->valuestring) == p->fields[i].value_len &&
                        memcmp(member->valuestring, p->fields[i].value, p->fields[i].value_len) == 0,
                    "values come back byte for byte");
        i++;
    }
    FUZZ_ASSERT(i == p->count, "no member is lost");
    cJSON_Delete(parsed);
    free(body);
}

static void check(const payload *p, cf_customer_operation operation)
{
    bool create = operation == CF_CUSTOMER_CREATE;
    cf_field_errors expected = {0};
    cf_error error;
    bool ok;

    cf_error_init(&error);
    ok = cf_customer_check(operation, p->fields, p->count, &error);
    ref_check(p, create, &expected);

    FUZZ_ASSERT(ok == (expected.count == 0), "accepted exactly when the documented rules accept");
    if (ok) {
        FUZZ_ASSERT(error.kind == CF_OK && error.message == NULL && error.fields.count == 0,
                    "an accepted payload has no error");
        check_body(p);
    } else {
        FUZZ_ASSERT(error.kind == CF_ERROR_VALIDATION, "a refused payload is a validation error");
        FUZZ_ASSERT(error.message && strcmp(error.message, "There are problems with your submission") == 0,
                    "with the server's message");
        FUZZ_ASSERT(error.fields.count == expected.count, "one error per offending field");
        for (size_t i = 0; i < expected.count; i++) {
            FUZZ_ASSERT(error.fields.items[i].field_len == expected.items[i].field_len &&
                            memcmp(error.fields.items[i].field, expected.items[i].field, expected.items[i].field_len) ==
                                0,
                        "errors come in the documented order");
            FUZZ_ASSERT(strcmp(error.fields.items[i].message, expected.items[i].message) == 0,
                        "each field gets the documented message");
        }
    }
    cf_field_errors_free(&expected);
    cf_error_free(&error);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size, 0};
    uint8_t operation = fuzz_byte(&in);
    payload p;

    p.count = 0;
    p.owned_count = 0;
    read_payload(&in, &p);
    /* The same payload under both operations: the first byte only says which goes first. */
    check(&p, (operation & 1) ? CF_CUSTOMER_UPDATE : CF_CUSTOMER_CREATE);
    check(&p, (operation & 1) ? CF_CUSTOMER_CREATE : CF_CUSTOMER_UPDATE);
    for (size_t i = 0; i < p.owned_count; i++) {
        free(p.owned[i]);
    }
    return 0;
}
