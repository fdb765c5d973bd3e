/* The one place where zvals meet JSON: PHP payload arrays in, decoded answers out. */
#include "cashfin_private.h"

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

static cf_json_kind kind_of(const zval *value)
{
    if (!value) {
        return CF_JSON_ABSENT;
    }
    if (Z_TYPE_P(value) != IS_ARRAY) {
        return CF_JSON_OTHER;
    }
    if (zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
        return CF_JSON_EMPTY;
    }
    return zend_array_is_list(Z_ARRVAL_P(value)) ? CF_JSON_LIST : CF_JSON_OBJECT;
}

static zval *member(zval *array, const char *name)
{
    return Z_TYPE_P(array) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(array), name, strlen(name)) : NULL;
}

static const void *page_block(const void *root, const char *name)
{
    zval *block = member((zval *)root, name);

    return kind_of(block) == CF_JSON_OBJECT ? block : NULL;
}

static bool page_number(const void *block, const char *name, double *value)
{
    zval *figure = member((zval *)block, name);

    if (figure && Z_TYPE_P(figure) == IS_LONG) {
        *value = (double)Z_LVAL_P(figure);
        return true;
    }
    if (figure && Z_TYPE_P(figure) == IS_DOUBLE) {
        *value = Z_DVAL_P(figure);
        return true;
    }
    return false;
}

static const cf_page_source zval_pages = {page_block, page_number};

static bool every_item(const cf_record_source *source, const void *list, cf_record_test test)
{
    zval *item;

    if (!list || Z_TYPE_P((zval *)list) != IS_ARRAY) {
        return false;
    }
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P((zval *)list), item)
    {
        if (!test(source, item)) {
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

static bool has_string_member(const void *value, const char *name)
{
    zval *found = value ? member((zval *)value, name) : NULL;

    return found && Z_TYPE_P(found) == IS_STRING;
}

static const cf_record_source zval_records = {every_item, has_string_member};

/* The fast path for success answers: one pass (decode.c) straight into the values returned, exactly
 * as json_decode($body, true) gives them (64-bit integers intact, 2.0 a float, "\u0000" kept). The
 * core's rules judge the envelope; anything declined here goes to the core's cJSON reader, which
 * names the error. */
static bool read_success(void *context, const char *body, size_t len, cf_shape shape, cf_page_info *page)
{
    zval *data = context;
    cf_success_facts facts = {0};
    zval root, *success;

    if (!cashfin_decode(body, len, &root)) {
        return false;
    }
    success = member(&root, "success");
    facts.success_true = success && Z_TYPE_P(success) == IS_TRUE;
    facts.data = kind_of(member(&root, "data"));
    facts.page_fields = cf_page_read(&zval_pages, &root, &facts.page);
    facts.records_identified = cf_records_identified(&zval_records, member(&root, "data"), shape);
    if (!cf_envelope_is_success(&facts, shape)) {
        zval_ptr_dtor(&root);
        return false;
    }
    ZVAL_COPY(data, member(&root, "data"));
    *page = facts.page;
    zval_ptr_dtor(&root);
    return true;
}

void cashfin_success_reader(zval *data, cf_success_reader *reader)
{
    ZVAL_UNDEF(data);
    reader->read = read_success;
    reader->context = data;
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
