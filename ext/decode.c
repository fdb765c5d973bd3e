/* JSON answers decoded straight from the body's bytes into the zvals handed back, exactly as
 * json_decode($json, true) gives them, in one pass: the tokens are read by the PHP-free lexer
 * (core/json_lex.h); the values of an open array or object wait on a stack of zvals until it closes,
 * when it is created at its final size and filled without growing; the keys every answer repeats are
 * interned once per process, so a page of 100 customers allocates and hashes no key; a string is
 * copied once, from the body into its zend_string (unescaped on the way when it holds escapes).
 * tests/fuzz/fuzz_decode.c checks it against PHP's own parser. */
#include "cashfin_private.h"

#include "core/json_lex.h"
#include "ext/json/php_json_parser.h"
#include "Zend/zend_strtod.h"

/* The keys of the answer envelope and of a customer, and what update() answers. */
static const char *const known_names[] = {
    "success", "message", "data",    "pagination", "meta",         "total",     "page",      "limit",    "pages",
    "_id",     "name",    "email",   "phone",      "company",      "country",   "currency",  "type",     "address",
    "city",    "state",   "website", "active",     "sourceorigin", "createdat", "updatedat", "modified",
};

#define KNOWN_COUNT (sizeof(known_names) / sizeof(known_names[0]))
#define KEY_SLOTS 128 /* open addressing, at most a quarter full */

/* Compile-time checks: an object's known keys are tracked in a 64-bit mask; the key table stays sparse. */
typedef char known_keys_fit_a_mask[KNOWN_COUNT <= 64 ? 1 : -1];
typedef char key_table_is_sparse[KNOWN_COUNT * 4 <= KEY_SLOTS ? 1 : -1];

typedef struct known_key {
    zend_string *string;
    uint64_t pattern[2]; /* the key's bytes and its closing quote, then zeros: 16 bytes */
    uint64_t mask[2];    /* the bytes of the pattern that count */
} known_key;

/* Written once in MINIT, before any request or thread, and only read after: shared by every thread
 * under ZTS. The strings are permanent interned strings, which are never reference counted. */
static known_key known_keys[KNOWN_COUNT];
static uint8_t key_slots[KEY_SLOTS]; /* 1 + an index into known_keys; 0: free */

static uint32_t key_slot(const char *key, size_t len)
{
    return (uint32_t)(len * 7 + (unsigned char)key[0] * 31 + (unsigned char)key[len - 1]) % KEY_SLOTS;
}

void cashfin_decode_startup(void)
{
    memset(key_slots, 0, sizeof(key_slots));
    for (size_t i = 0; i < KNOWN_COUNT; i++) {
        size_t len = strlen(known_names[i]);
        uint32_t slot = key_slot(known_names[i], len);
        unsigned char pattern[16] = {0}, mask[16] = {0};

        ZEND_ASSERT(len + 1 <= sizeof(pattern));
        memcpy(pattern, known_names[i], len);
        pattern[len] = '"';
        memset(mask, 0xFF, len + 1);
        memcpy(known_keys[i].pattern, pattern, sizeof(pattern));
        memcpy(known_keys[i].mask, mask, sizeof(mask));
        known_keys[i].string = zend_string_init_interned(known_names[i], len, 1);
        while (key_slots[slot]) {
            slot = (slot + 1) % KEY_SLOTS;
        }
        key_slots[slot] = (uint8_t)(i + 1);
    }
}

/* True when the 16 readable bytes at p start with this key and its closing quote. */
static zend_always_inline bool key_at(const char *p, const known_key *key)
{
    uint64_t words[2];

    memcpy(words, p, sizeof(words));
    return (((words[0] ^ key->pattern[0]) & key->mask[0]) | ((words[1] ^ key->pattern[1]) & key->mask[1])) == 0;
}

/* The index of the known key spelled by the `len` bytes at `key` (followed by its closing quote, then
 * the rest of the body up to `end`), or -1. */
static int known_key_index(const char *key, size_t len, const char *end)
{
    if (len == 0) {
        return -1;
    }
    for (uint32_t slot = key_slot(key, len); key_slots[slot]; slot = (slot + 1) % KEY_SLOTS) {
        const known_key *known = &known_keys[key_slots[slot] - 1];

        if (ZSTR_LEN(known->string) == len &&
            (end - key >= 16 ? key_at(key, known) : memcmp(ZSTR_VAL(known->string), key, len) == 0)) {
            return key_slots[slot] - 1;
        }
    }
    return -1;
}

#define STACK_ON_C_STACK 192 /* enough for a page of customers without a heap stack */
#define SHAPE_DEPTHS 8
#define SHAPE_KEYS 32

/* The keys of the last object read at each depth, by position (1 + an index into known_keys; 0: none):
 * the records of a list have the same keys in the same order, and so have the answers of one kind, so
 * the next object's keys are checked against these first, with one comparison each and no scanning.
 * Kept from one answer to the next, per thread (a guess is always checked, so an old one only costs
 * its comparison). */
#ifndef ZEND_TLS
#ifdef ZTS
#define ZEND_TLS static TSRM_TLS
#else
#define ZEND_TLS static
#endif
#endif
ZEND_TLS uint8_t shapes[SHAPE_DEPTHS][SHAPE_KEYS];

typedef struct decoder {
    const char *p;
    const char *end;
    zval *stack; /* the values (and, in objects, keys before them) of the open containers */
    uint32_t top;
    uint32_t capacity;
    int depth; /* as PHP's parser counts it: 1 at the top level */
    uint8_t (*shapes)[SHAPE_KEYS];
    zval first_stack[STACK_ON_C_STACK];
} decoder;

static bool read_array(decoder *d, zval *out);
static bool read_object(decoder *d, zval *out);

/* The byte at the cursor; NUL past the end, which no JSON token starts or continues with. */
static zend_always_inline char peek(const decoder *d)
{
    return d->p < d->end ? *d->p : '\0';
}

static zend_always_inline void skip_space(decoder *d)
{
    d->p = cf_json_skip_space(d->p, d->end);
}

/* The byte at the cursor after any whitespace (answers are mostly compact: one comparison then). */
static zend_always_inline char next_token(decoder *d)
{
    if (UNEXPECTED(cf_json_is_space(peek(d)))) {
        skip_space(d);
    }
    return peek(d);
}

static zend_never_inline void grow(decoder *d)
{
    uint32_t capacity = d->capacity * 2;

    if (d->stack == d->first_stack) {
        d->stack = safe_emalloc(capacity, sizeof(zval), 0);
        memcpy(d->stack, d->first_stack, sizeof(d->first_stack));
    } else {
        d->stack = safe_erealloc(d->stack, capacity, sizeof(zval), 0);
    }
    d->capacity = capacity;
}

static zend_always_inline void push(decoder *d, const zval *value)
{
    if (UNEXPECTED(d->top == d->capacity)) {
        grow(d);
    }
    ZVAL_COPY_VALUE(&d->stack[d->top++], value);
}

/* The string whose body runs from start to its closing quote, as cf_json_scan_string accepted it. */
static zend_always_inline zend_string *make_string(const char *start, const char *close, size_t decoded_len)
{
    size_t raw_len = (size_t)(close - start);
    zend_string *string;

    if (decoded_len == raw_len) {
        return raw_len <= 1 ? (raw_len ? ZSTR_CHAR((unsigned char)*start) : ZSTR_EMPTY_ALLOC())
                            : zend_string_init(start, raw_len, 0);
    }
    string = zend_string_alloc(decoded_len, 0);
    cf_json_unescape(start, close, ZSTR_VAL(string));
    ZSTR_VAL(string)[decoded_len] = '\0';
    return string;
}

/* A string at the cursor (its opening quote); false when json_decode refuses it. */
static zend_always_inline bool read_string(decoder *d, zval *out)
{
    const char *start = d->p + 1, *close;
    size_t decoded_len;

    if (!(close = cf_json_scan_string(start, d->end, &decoded_len))) {
        return false;
    }
    d->p = close + 1;
    ZVAL_STR(out, make_string(start, close, decoded_len));
    return true;
}

/* The double a number's text reads as, by PHP's own conversion (the one json_decode uses). */
static double read_double(const char *text, size_t len)
{
    char local[64], *copy = len < sizeof(local) ? local : emalloc(len + 1);
    double value;

    memcpy(copy, text, len); /* zend_strtod reads up to a NUL the body need not have */
    copy[len] = '\0';
    value = zend_strtod(copy, NULL);
    if (copy != local) {
        efree(copy);
    }
    return value;
}

static bool read_number(decoder *d, zval *out)
{
    const char *start = d->p;
    cf_json_number number;

    if (!(d->p = cf_json_scan_number(start, d->end, &number))) {
        return false;
    }
#if SIZEOF_ZEND_LONG < 8
    number.is_integer = number.is_integer && number.integer >= ZEND_LONG_MIN && number.integer <= ZEND_LONG_MAX;
#endif
    if (number.is_integer) {
        ZVAL_LONG(out, (zend_long)number.integer);
    } else {
        ZVAL_DOUBLE(out, read_double(start, (size_t)(d->p - start)));
    }
    return true;
}

static bool read_literal(decoder *d, zval *out)
{
    if (cf_json_literal(d->p, d->end, "true", 4)) {
        ZVAL_TRUE(out);
        d->p += 4;
    } else if (cf_json_literal(d->p, d->end, "false", 5)) {
        ZVAL_FALSE(out);
        d->p += 5;
    } else if (cf_json_literal(d->p, d->end, "null", 4)) {
        ZVAL_NULL(out);
        d->p += 4;
    } else {
        return false;
    }
    return true;
}

/* Opens a container at the cursor: false past json_decode's depth. */
static bool enter(decoder *d)
{
    if (d->depth >= CF_JSON_MAX_DEPTH) {
        return false;
    }
    d->depth++;
    d->p++;
    skip_space(d);
    return true;
}

/* After a member: true (and past the comma) when another follows, false at the closing bracket;
 * *broken when neither comes. */
static zend_always_inline bool another(decoder *d, char close, bool *broken)
{
    char c = next_token(d);

    if (c == ',') {
        d->p++;
        return true;
    }
    *broken = c != close;
    if (!*broken) {
        d->p++;
    }
    return false;
}

/* A value at the cursor. Scalars are read right here, in the loop of the array or object that holds
 * them; only a nested array or object costs a call. */
static zend_always_inline bool read_value(decoder *d, zval *out)
{
    switch (next_token(d)) {
    case '"':
        return read_string(d, out);
    case '{':
        return read_object(d, out);
    case '[':
        return read_array(d, out);
    case 't':
    case 'f':
    case 'n':
        return read_literal(d, out);
    default:
        return read_number(d, out);
    }
}

/* A value read onto the stack (through a local zval: reading it may move the stack). */
static zend_always_inline bool read_pushed_value(decoder *d)
{
    zval value;

    if (!read_value(d, &value)) {
        return false;
    }
    push(d, &value);
    return true;
}

/* The values waiting above `base` become a list, made at its final size. */
static void make_list(decoder *d, uint32_t base, zval *out)
{
    uint32_t count = d->top - base;
    zend_array *list = zend_new_array(count);

    zend_hash_real_init_packed(list);
    ZEND_HASH_FILL_PACKED(list)
    {
        for (uint32_t i = base; i < d->top; i++) {
            ZEND_HASH_FILL_ADD(&d->stack[i]);
        }
    }
    ZEND_HASH_FILL_END();
    d->top = base;
    ZVAL_ARR(out, list);
}

static zend_never_inline bool read_array(decoder *d, zval *out)
{
    uint32_t base = d->top;
    bool broken = false;

    if (!enter(d)) {
        return false;
    }
    if (peek(d) == ']') {
        d->p++;
        ZVAL_EMPTY_ARRAY(out);
    } else {
        do {
            if (!read_pushed_value(d)) {
                return false;
            }
        } while (another(d, ']', &broken));
        if (broken) {
            return false;
        }
        make_list(d, base, out);
    }
    d->depth--;
    return true;
}

/* The key/value pairs waiting above `base` become an array, made at its final size. When every key is
 * a known one, met once, they are appended without a lookup; otherwise each is stored as
 * json_decode stores it (zend_symtable_update: numeric strings become integer keys, and a repeated
 * key keeps its first place and takes the last value). */
static void make_object(decoder *d, uint32_t base, bool known_and_distinct, zval *out)
{
    zend_array *object = zend_new_array((d->top - base) / 2);

    if (known_and_distinct) {
        zend_hash_real_init_mixed(object);
        for (uint32_t i = base; i < d->top; i += 2) {
            _zend_hash_append(object, Z_STR(d->stack[i]), &d->stack[i + 1]);
        }
    } else {
        for (uint32_t i = base; i < d->top; i += 2) {
            zend_symtable_update(object, Z_STR(d->stack[i]), &d->stack[i + 1]);
            zend_string_release(Z_STR(d->stack[i]));
        }
    }
    d->top = base;
    ZVAL_ARR(out, object);
}

/* A key at the cursor, pushed as a string zval. *guess is the known key (1 + its index; 0: none)
 * expected here, and becomes the one found; *known_bit is its bit among the known keys, or 0. */
static zend_always_inline bool read_key(decoder *d, uint8_t *guess, uint64_t *known_bit)
{
    const char *start = d->p + 1, *close;
    size_t decoded_len;
    zval key;
    int index;

    if (peek(d) != '"') {
        return false;
    }
    if (*guess && d->end - start >= 16 && key_at(start, &known_keys[*guess - 1])) {
        index = *guess - 1;
        d->p = start + ZSTR_LEN(known_keys[index].string) + 1;
    } else {
        if (!(close = cf_json_scan_string(start, d->end, &decoded_len))) {
            return false;
        }
        d->p = close + 1;
        index = decoded_len == (size_t)(close - start) ? known_key_index(start, decoded_len, d->end) : -1;
        *guess = (uint8_t)(index + 1);
        if (index < 0) {
            *known_bit = 0;
            ZVAL_STR(&key, make_string(start, close, decoded_len));
            push(d, &key);
            return true;
        }
    }
    *known_bit = (uint64_t)1 << index;
    ZVAL_INTERNED_STR(&key, known_keys[index].string);
    push(d, &key);
    return true;
}

static zend_never_inline bool read_object(decoder *d, zval *out)
{
    uint32_t base = d->top, position = 0;
    uint64_t seen = 0, bit;
    bool known_and_distinct = true, broken = false;
    uint8_t *shape, no_guess;

    if (!enter(d)) {
        return false;
    }
    /* Deeper objects share the last row: a wrong guess only costs its comparison. */
    shape = d->shapes[d->depth < SHAPE_DEPTHS ? d->depth : SHAPE_DEPTHS - 1];
    if (peek(d) == '}') {
        d->p++;
        ZVAL_EMPTY_ARRAY(out);
    } else {
        do {
            no_guess = 0;
            next_token(d);
            if (!read_key(d, position < SHAPE_KEYS ? &shape[position] : &no_guess, &bit)) {
                return false;
            }
            position++;
            known_and_distinct = known_and_distinct && bit && !(seen & bit);
            seen |= bit;
            if (next_token(d) != ':') {
                return false;
            }
            d->p++;
            if (!read_pushed_value(d)) {
                return false;
            }
        } while (another(d, '}', &broken));
        if (broken) {
            return false;
        }
        make_object(d, base, known_and_distinct, out);
    }
    d->depth--;
    return true;
}

bool cashfin_decode_fast(const char *json, size_t len, zval *out)
{
    decoder d;
    bool ok;

    d.p = json;
    d.end = json + len;
    d.stack = d.first_stack;
    d.top = 0;
    d.capacity = STACK_ON_C_STACK;
    d.depth = 1;
    d.shapes = shapes;
    ok = read_value(&d, out);
    if (ok) {
        skip_space(&d);
        if (d.p != d.end) {
            zval_ptr_dtor(out);
            ok = false;
        }
    }
    /* After a refusal, what was read so far is still on the stack. */
    for (uint32_t i = 0; i < d.top; i++) {
        zval_ptr_dtor(&d.stack[i]);
    }
    if (d.stack != d.first_stack) {
        efree(d.stack);
    }
    if (!ok) {
        ZVAL_UNDEF(out);
    }
    return ok;
}

bool cashfin_decode(const char *json, size_t len, zval *out)
{
    php_json_parser parser;

    if (cashfin_decode_fast(json, len, out)) {
        return true;
    }
    /* Whatever the fast decoder refuses, PHP's parser reads again and decides: a refusal is never the
     * fast decoder's word alone. (The fuzzing finds both refusing the same bodies; this costs a second
     * parse of a body that is not JSON, which only error paths see.) */
    php_json_parser_init(&parser, out, json, len, PHP_JSON_OBJECT_AS_ARRAY, CF_JSON_MAX_DEPTH);
    if (php_json_parse(&parser) != SUCCESS) {
        ZVAL_UNDEF(out);
        return false;
    }
    return true;
}
