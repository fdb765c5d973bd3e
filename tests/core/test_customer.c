#include "check.h"
#include "core/customer.h"

#include <stdlib.h>

#define STR(k, v)                                           \
    {                                                       \
        k, sizeof(k) - 1, CF_VALUE_STRING, v, sizeof(v) - 1 \
    }
#define NUL(k)                                   \
    {                                            \
        k, sizeof(k) - 1, CF_VALUE_NULL, NULL, 0 \
    }
#define OTHER(k)                                  \
    {                                             \
        k, sizeof(k) - 1, CF_VALUE_OTHER, NULL, 0 \
    }
#define COUNT(a) (sizeof(a) / sizeof(a[0]))

static const cf_field valid_customer[] = {
    STR("name", "John Doe"), STR("email", "john@example.com"), STR("phone", "+254712345678"),
    STR("country", "Kenya"), STR("currency", "KES"),
};

static bool check(cf_customer_operation operation, const cf_field *fields, size_t count, cf_error *error)
{
    cf_error_init(error);
    return cf_customer_check(operation, fields, count, error);
}

TEST(create_accepts_the_documented_example)
{
    cf_error error;

    CHECK(check(CF_CUSTOMER_CREATE, valid_customer, COUNT(valid_customer), &error));
    CHECK(error.kind == CF_OK && error.fields.count == 0);
    cf_error_free(&error);
}

TEST(create_reports_every_missing_field_in_canonical_order)
{
    cf_error error;
    const cf_field fields[] = {STR("currency", "KES")};

    CHECK(!check(CF_CUSTOMER_CREATE, fields, COUNT(fields), &error));
    CHECK(error.kind == CF_ERROR_VALIDATION);
    CHECK_STR(error.message, "There are problems with your submission");
    CHECK(error.fields.count == 4);
    CHECK_STR(error.fields.items[0].field, "name");
    CHECK_STR(error.fields.items[0].message, "Name is required");
    CHECK_STR(error.fields.items[1].message, "Email is required");
    CHECK_STR(error.fields.items[2].message, "Phone is required");
    CHECK_STR(error.fields.items[3].message, "Country is required");
    cf_error_free(&error);
}

TEST(create_rules_each_give_the_server_message)
{
    cf_error error;
    const cf_field fields[] = {
        OTHER("name"),          STR("email", "not-an-email"), STR("phone", "12ab"),       NUL("country"),
        STR("currency", "kes"), STR("type", "person"),        STR("city", "Nai\x01robi"), STR("company", "\xC3\x28"),
        STR("emial", "x"),
    };

    CHECK(!check(CF_CUSTOMER_CREATE, fields, COUNT(fields), &error));
    CHECK_STR(cf_field_errors_find(&error.fields, "name"), "Name must be a string");
    CHECK_STR(cf_field_errors_find(&error.fields, "email"), "Email must be a valid email address");
    CHECK_STR(cf_field_errors_find(&error.fields, "phone"), "Phone must be a valid phone number");
    CHECK_STR(cf_field_errors_find(&error.fields, "country"), "Country is required");
    CHECK_STR(cf_field_errors_find(&error.fields, "currency"), "Currency must be a 3-letter ISO 4217 code");
    CHECK_STR(cf_field_errors_find(&error.fields, "type"), "Type must be individual or business");
    CHECK_STR(cf_field_errors_find(&error.fields, "city"), "City must not contain control characters");
    CHECK_STR(cf_field_errors_find(&error.fields, "company"), "Company must be valid UTF-8");
    CHECK_STR(cf_field_errors_find(&error.fields, "emial"), "Unknown field");
    CHECK_STR(error.fields.items[error.fields.count - 1].field, "emial");
    cf_error_free(&error);
}

TEST(create_rejects_update_only_fields)
{
    cf_error error;
    cf_field fields[COUNT(valid_customer) + 1];

    memcpy(fields, valid_customer, sizeof(valid_customer));
    fields[COUNT(valid_customer)] = (cf_field)STR("website", "https://doe.example.com");
    CHECK(!check(CF_CUSTOMER_CREATE, fields, COUNT(fields), &error));
    CHECK_STR(cf_field_errors_find(&error.fields, "website"), "Unknown field");
    cf_error_free(&error);
}

TEST(lengths_count_code_points)
{
    cf_error error;
    char name[101 * 2 + 1];
    cf_field field = {"name", 4, CF_VALUE_STRING, name, 0};

    for (int i = 0; i < 100; i++) {
        memcpy(name + i * 2, "\xC3\xA9", 2); /* é: two bytes, one character */
    }
    field.value_len = 200;
    CHECK(check(CF_CUSTOMER_UPDATE, &field, 1, &error));
    cf_error_free(&error);
    memcpy(name + 200, "\xC3\xA9", 2);
    field.value_len = 202;
    CHECK(!check(CF_CUSTOMER_UPDATE, &field, 1, &error));
    CHECK_STR(cf_field_errors_find(&error.fields, "name"), "Name must be at most 100 characters");
    cf_error_free(&error);
}

TEST(update_takes_any_subset_and_blanks_optional_fields)
{
    cf_error error;
    const cf_field fields[] = {STR("city", "Mombasa"), STR("company", ""), STR("website", "")};

    CHECK(check(CF_CUSTOMER_UPDATE, fields, COUNT(fields), &error));
    cf_error_free(&error);
}

TEST(update_refuses_blank_required_fields_and_nothing_at_all)
{
    cf_error error;
    const cf_field fields[] = {STR("name", "   "), NUL("city")};

    CHECK(!check(CF_CUSTOMER_UPDATE, fields, COUNT(fields), &error));
    CHECK_STR(cf_field_errors_find(&error.fields, "name"), "Name is required");
    CHECK_STR(cf_field_errors_find(&error.fields, "city"), "City must be a string");
    cf_error_free(&error);
    CHECK(!check(CF_CUSTOMER_UPDATE, NULL, 0, &error));
    CHECK_STR(cf_field_errors_find(&error.fields, "body"), "At least one field is required");
    cf_error_free(&error);
}

TEST(address_may_span_lines_other_fields_may_not)
{
    cf_error error;
    const cf_field ok[] = {STR("address", "1 Main St\r\nFloor 2\tRear")};
    const cf_field bad[] = {STR("address", "1 Main\0St")};

    CHECK(check(CF_CUSTOMER_UPDATE, ok, COUNT(ok), &error));
    cf_error_free(&error);
    CHECK(!check(CF_CUSTOMER_UPDATE, bad, COUNT(bad), &error));
    CHECK_STR(cf_field_errors_find(&error.fields, "address"), "Address must not contain control characters");
    cf_error_free(&error);
}

TEST(formats_accept_ordinary_values)
{
    cf_error error;
    const cf_field fields[] = {
        STR("email", "a.b+c@sub.example.co.ke"),
        STR("phone", "(020) 123-4567"),
        STR("website", "HTTPS://doe.example.com/x"),
        STR("type", "business"),
        STR("currency", "USD"),
    };

    CHECK(check(CF_CUSTOMER_UPDATE, fields, COUNT(fields), &error));
    cf_error_free(&error);
}

TEST(formats_reject_near_misses)
{
    const cf_field cases[] = {
        STR("email", "a@@b.com"),          STR("email", "a@b"),       STR("email", "a@.b.com"),
        STR("email", "a b@c.com"),         STR("email", "a@b..com"),  STR("phone", "+12345"),
        STR("phone", "+1234567890123456"), STR("website", "ftp://x"), STR("website", "https://"),
        STR("website", "https://a b"),     STR("currency", "KESX"),   STR("type", "Business"),
    };

    for (size_t i = 0; i < COUNT(cases); i++) {
        cf_error error;

        CHECK(!check(CF_CUSTOMER_UPDATE, &cases[i], 1, &error));
        cf_error_free(&error);
    }
}

TEST(body_is_compact_json_in_caller_order)
{
    const cf_field fields[] = {STR("phone", "+254799000001"), STR("city", "Mombasa \"Old\" Town")};
    char *body = cf_customer_body(fields, COUNT(fields));

    CHECK_STR(body, "{\"phone\":\"+254799000001\",\"city\":\"Mombasa \\\"Old\\\" Town\"}");
    free(body);
}

TEST(ids_are_24_hex_characters)
{
    CHECK(cf_customer_id_valid("507f1f77bcf86cd799439011", 24));
    CHECK(cf_customer_id_valid("507F1F77BCF86CD799439011", 24));
    CHECK(!cf_customer_id_valid("507f1f77bcf86cd79943901", 23));
    CHECK(!cf_customer_id_valid("507f1f77bcf86cd79943901g", 24));
    CHECK(!cf_customer_id_valid("507f1f77bcf86cd7994390\0"
                                "1",
                                24));
    CHECK(!cf_customer_id_valid("../../customer/list?x=1", 24));
}
