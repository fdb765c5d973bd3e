/* The one place where zvals meet JSON: PHP payload arrays in, decoded answers out. */
#include "cashfin_private.h"

#include <math.h>

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

            field->key_len = (size_t)snprintf(buffer, MAX_LENGTH_OF_LONG + 1, ZEND_ULONG_FMT, index);
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

static void number_from_json(const cJSON *json, zval *out)
{
    double number = json->valuedouble;

    /* Whole numbers within range become ints, as json_decode would make them. */
    if (number == floor(number) && number >= (double)ZEND_LONG_MIN && number < (double)ZEND_LONG_MAX) {
        ZVAL_LONG(out, (zend_long)number);
    } else {
        ZVAL_DOUBLE(out, number);
    }
}

void cashfin_zval_from_json(const cJSON *json, zval *out)
{
    const cJSON *child;

    switch (json->type & 0xFF) {
    case cJSON_False:
        ZVAL_FALSE(out);
        return;
    case cJSON_True:
        ZVAL_TRUE(out);
        return;
    case cJSON_Number:
        number_from_json(json, out);
        return;
    case cJSON_String:
        ZVAL_STRING(out, json->valuestring);
        return;
    case cJSON_Array:
        array_init(out);
        cJSON_ArrayForEach(child, json)
        {
            zval item;

            cashfin_zval_from_json(child, &item);
            zend_hash_next_index_insert(Z_ARRVAL_P(out), &item);
        }
        return;
    case cJSON_Object:
        array_init(out);
        cJSON_ArrayForEach(child, json)
        {
            zval item;

            cashfin_zval_from_json(child, &item);
            zend_symtable_str_update(Z_ARRVAL_P(out), child->string, strlen(child->string), &item);
        }
        return;
    default:
        ZVAL_NULL(out);
    }
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
