#include "check.h"
#include "core/error.h"

TEST(the_secret_is_redacted_from_messages_and_field_errors)
{
    cf_error error;

    cf_error_init(&error);
    cf_error_set(&error, CF_ERROR_AUTHENTICATION, "Invalid client secret %s (was %s)", "cs_SECRET", "cs_SECRET");
    cf_field_errors_add(&error.fields, "name", 4, "cs_SECRET is taken");
    cf_field_errors_add(&error.fields, "x\0cs_SECRET", 11, "named after it");
    cf_field_errors_add(&error.fields, "email", 5, "unrelated");
    cf_error_redact(&error, "cs_SECRET");
    CHECK_STR(error.message, "Invalid client secret [redacted] (was [redacted])");
    CHECK_STR(cf_field_errors_find(&error.fields, "name"), "[redacted] is taken");
    CHECK(error.fields.items[1].field_len == 12 && memcmp(error.fields.items[1].field, "x\0[redacted]", 12) == 0);
    CHECK_STR(cf_field_errors_find(&error.fields, "email"), "unrelated");
    cf_error_free(&error);
}

TEST(redaction_leaves_other_text_alone)
{
    cf_error error;

    cf_error_init(&error);
    cf_error_set(&error, CF_ERROR_API, "cs_SECRE cs_SECRET_ cs_SECRETcs_SECRET");
    cf_error_redact(&error, "cs_SECRET");
    CHECK_STR(error.message, "cs_SECRE [redacted]_ [redacted][redacted]");
    cf_error_redact(&error, NULL);
    cf_error_redact(&error, "");
    CHECK_STR(error.message, "cs_SECRE [redacted]_ [redacted][redacted]");
    cf_error_free(&error);
}
