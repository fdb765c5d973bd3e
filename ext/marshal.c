/* The one place where zvals meet JSON: PHP payload arrays in, decoded answers out. */
#include "cashfin_private.h"

#include "ext/json/php_json_parser.h"

void cashfin_fields_from_array(HashTable *array, cashfin_fields *fields)
{
    uint32_t capacity = zend_hash_num_elements(array);
    zend_ulong index;
    zend_string *key;
    zval *value;

    fields->count = 0;
    fields->items = safe_emalloc(capacity ? capacity : 1, sizeof(cf_field), 0);
    fields->number_keys = safe_emalloc(capacity ? capacity : 1, sizeof(*fields->number_keys), 0);
    ZEND_HASH_FOREACH_KEY_VAL(array, index, key, value)
    {
        cf_field *field = &fields->items[fields->count];

        if (key) {
            field->key = ZSTR_VAL(key);
            field->key_len = ZSTR_LEN(key);
        } else {
            char *buffer = fields->number_keys[fields->count];

            /* PHP array keys are signed: -1 must read "-1". */
            field->key_len = (size_t)snprintf(buffer, MAX_LENGTH_OF_LONG + 1, ZEND_LONG_FMT, (zend_long)index);
            field->key = buffer;
        }
        ZVAL_DEREF(value);
        field->value = NULL;
        field->value_len = 0;
        if (Z_TYPE_P(value) == IS_STRING) {
            field->type = CF_VALUE_STRING;
            field->value = Z_STRVAL_P(value);
            field->value_len = Z_STRLEN_P(value);
        } else {
            field->type = Z_TYPE_P(value) == IS_NULL ? CF_VALUE_NULL : CF_VALUE_OTHER;
        }
        fields->count++;
    }
    ZEND_HASH_FOREACH_END();
}

void cashfin_fields_free(cashfin_fields *fields)
{
    efree(fields->items);
    efree(fields->number_keys);
    memset(fields, 0, sizeof(*fields));
}

/* Answers are decoded by PHP's own JSON parser, so the data is exactly what json_decode($body, true)
 * gives: 64-bit integers intact, 2.0 a float, "\u0000" kept. The core has already checked the envelope
 * (valid UTF-8, nesting within cJSON's limit), so the depth given here is never the one that stops it. */
bool cashfin_data_from_body(const char *body, size_t len, zval *data)
{
    php_json_parser parser;
    zval root, *found;

    php_json_parser_init(&parser, &root, body, len, PHP_JSON_OBJECT_AS_ARRAY, CJSON_NESTING_LIMIT + 2);
    if (php_json_parse(&parser) != SUCCESS) {
        return false;
    }
    found = Z_TYPE(root) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL(root), "data", sizeof("data") - 1) : NULL;
    if (!found) {
        zval_ptr_dtor(&root);
        return false;
    }
    ZVAL_COPY(data, found);
    zval_ptr_dtor(&root);
    return true;
}

void cashfin_field_errors_to_array(const cf_field_errors *errors, zval *out)
{
    array_init_size(out, (uint32_t)errors->count);
    for (size_t i = 0; i < errors->count; i++) {
        zval message;

        ZVAL_STRING(&message, errors->items[i].message);
        zend_symtable_str_update(Z_ARRVAL_P(out), errors->items[i].field, errors->items[i].field_len, &message);
    }
}
