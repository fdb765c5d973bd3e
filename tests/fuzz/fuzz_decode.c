/* Differential fuzzing of the decoder of success answers (ext/decode.c) against PHP's own JSON parser,
 * the one json_decode($body, true) runs, through PHP's embed SAPI (libphp). The input is the body.
 *
 * Checked on every input:
 * - cashfin_decode_fast accepts exactly what php_json_parser accepts (512 deep, as json_decode), and
 *   its value is identical: the same types, integers, doubles bit for bit (-0.0 and 0.0 differ),
 *   string bytes, keys (integer or string) in the same order, the same next free index;
 * - cashfin_decode (the fast decoder, then PHP's parser on what it refuses) gives the same;
 * - cf_json_valid (core/json_check.c, the cJSON path's strict check) agrees with PHP's parser, at
 *   json_decode's default depth and at a small depth taken from the input's length.
 *
 * The fast decoder reads a private copy of exactly the body's bytes (no NUL after them), so that ASan
 * sees any read past the end; PHP's parser, which needs the NUL, reads a zend_string. Zend's allocator
 * is off (USE_ZEND_ALLOC=0): every emalloc is a malloc ASan and LeakSanitizer watch. */
#include "fuzz.h"

#include "cashfin_private.h"
#include "core/json_check.h"
#include "ext/json/php_json_parser.h"
#include "sapi/embed/php_embed.h"

static void same_value(const zval *mine, const zval *theirs);

static void same_array(HashTable *mine, HashTable *theirs)
{
    HashPosition position;
    zend_string *key;
    zend_ulong index;
    zval *value;

    FUZZ_ASSERT(zend_hash_num_elements(mine) == zend_hash_num_elements(theirs), "as many elements");
    FUZZ_ASSERT(mine->nNextFreeElement == theirs->nNextFreeElement, "the same next free index");
    zend_hash_internal_pointer_reset_ex(theirs, &position);
    ZEND_HASH_FOREACH_KEY_VAL(mine, index, key, value)
    {
        zend_string *their_key;
        zend_ulong their_index;
        int kind = zend_hash_get_current_key_ex(theirs, &their_key, &their_index, &position);

        if (key) {
            FUZZ_ASSERT(kind == HASH_KEY_IS_STRING && zend_string_equals(key, their_key), "the same string key");
        } else {
            FUZZ_ASSERT(kind == HASH_KEY_IS_LONG && index == their_index, "the same integer key");
        }
        same_value(value, zend_hash_get_current_data_ex(theirs, &position));
        zend_hash_move_forward_ex(theirs, &position);
    }
    ZEND_HASH_FOREACH_END();
}

static void same_value(const zval *mine, const zval *theirs)
{
    FUZZ_ASSERT(Z_TYPE_P(mine) == Z_TYPE_P(theirs), "the same type");
    switch (Z_TYPE_P(mine)) {
    case IS_LONG:
        FUZZ_ASSERT(Z_LVAL_P(mine) == Z_LVAL_P(theirs), "the same integer");
        break;
    case IS_DOUBLE:
        FUZZ_ASSERT(memcmp(&Z_DVAL_P(mine), &Z_DVAL_P(theirs), sizeof(double)) == 0, "the same double, bit for bit");
        break;
    case IS_STRING:
        FUZZ_ASSERT(zend_string_equals(Z_STR_P(mine), Z_STR_P(theirs)), "the same string bytes");
        FUZZ_ASSERT(Z_STRVAL_P(mine)[Z_STRLEN_P(mine)] == '\0', "a NUL-terminated string");
        break;
    case IS_ARRAY:
        same_array(Z_ARRVAL_P(mine), Z_ARRVAL_P(theirs));
        break;
    default:
        FUZZ_ASSERT(Z_TYPE_P(mine) == IS_NULL || Z_TYPE_P(mine) == IS_TRUE || Z_TYPE_P(mine) == IS_FALSE,
                    "only JSON's kinds of value");
        break;
    }
}

static bool php_parse(zend_string *body, int depth, zval *out)
{
    php_json_parser parser;

    php_json_parser_init(&parser, out, ZSTR_VAL(body), ZSTR_LEN(body), PHP_JSON_OBJECT_AS_ARRAY, depth);
    if (php_json_parse(&parser) != SUCCESS) {
        ZVAL_UNDEF(out);
        return false;
    }
    return true;
}

/* PHP's startup leaves the copies it makes of internal functions' argument information unreferenced
 * when Zend's allocator is off; that is PHP's, once, not the decoder's. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:zend_register_functions\n";
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    setenv("USE_ZEND_ALLOC", "0", 1);
    /* No php.ini and no conf.d: the system's extensions (opcache) are not wanted here, and dlopen()ing
     * them under ASan fails. */
    php_embed_module.php_ini_ignore = 1;
    if (php_embed_init(0, NULL) != SUCCESS) {
        fprintf(stderr, "fuzz_decode: PHP's embed SAPI did not start\n");
        abort();
    }
    cashfin_decode_startup();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    zend_string *body = zend_string_init((const char *)data, size, 0);
    char *exact = fuzz_exact_copy(data, size);
    int small_depth = 1 + (int)(size % 6);
    zval mine, safe, theirs, shallow;
    bool mine_ok = cashfin_decode_fast(exact, size, &mine);
    bool theirs_ok = php_parse(body, CF_JSON_MAX_DEPTH, &theirs);
    bool safe_ok = cashfin_decode(ZSTR_VAL(body), size, &safe);
    bool shallow_ok = php_parse(body, small_depth, &shallow);

    FUZZ_ASSERT(mine_ok == theirs_ok, "the fast decoder accepts exactly what PHP's parser accepts");
    FUZZ_ASSERT(safe_ok == theirs_ok, "cashfin_decode accepts exactly what PHP's parser accepts");
    FUZZ_ASSERT(mine_ok || Z_ISUNDEF(mine), "a refusal leaves nothing behind");
    if (theirs_ok) {
        same_value(&mine, &theirs);
        same_value(&safe, &theirs);
    }
    FUZZ_ASSERT(cf_json_valid(exact, size, CF_JSON_MAX_DEPTH) == theirs_ok,
                "cf_json_valid agrees with PHP's parser at depth 512");
    FUZZ_ASSERT(cf_json_valid(exact, size, small_depth) == shallow_ok,
                "cf_json_valid agrees with PHP's parser at a small depth");
    zval_ptr_dtor(&mine);
    zval_ptr_dtor(&safe);
    zval_ptr_dtor(&theirs);
    zval_ptr_dtor(&shallow);
    zend_string_release(body);
    free(exact);
    return 0;
}
