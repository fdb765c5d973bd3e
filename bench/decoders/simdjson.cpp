// The simdjson candidate of the decoder comparison (bench/decoders): simdjson's DOM parser (Debian's
// libsimdjson-dev), its tape then walked into the same zvals the extension's decoder makes, with the
// same economies (the known keys interned once and appended without a lookup when an object's keys
// are known and distinct; arrays made at their final size, which simdjson's DOM knows). Only what the
// benchmark's pages need is exact here: numbers beyond 64 bits, "-0" and the refusals would need
// PHP's parser behind it, which a comparison of speed on valid pages does not reach.
#include <simdjson.h>

extern "C" {
#include "php.h"
}

#include <string_view>

namespace {

const char *const known_names[] = {
    "success", "message", "data",    "pagination", "meta",    "total",  "page",         "limit",     "pages",
    "_id",     "name",    "email",   "phone",      "company", "country", "currency",    "type",      "address",
    "city",    "state",   "website", "active",     "sourceorigin", "createdat", "updatedat", "modified",
};
constexpr size_t known_count = sizeof(known_names) / sizeof(known_names[0]);
constexpr uint32_t slots = 128;
zend_string *known_keys[known_count];
uint8_t key_slots[slots];
simdjson::dom::parser *parser;

uint32_t slot_of(std::string_view key)
{
    return (uint32_t)(key.size() * 7 + (unsigned char)key[0] * 31 + (unsigned char)key.back()) % slots;
}

int known_key(std::string_view key)
{
    if (key.empty()) {
        return -1;
    }
    for (uint32_t slot = slot_of(key); key_slots[slot]; slot = (slot + 1) % slots) {
        zend_string *known = known_keys[key_slots[slot] - 1];
        if (ZSTR_LEN(known) == key.size() && memcmp(ZSTR_VAL(known), key.data(), key.size()) == 0) {
            return key_slots[slot] - 1;
        }
    }
    return -1;
}

zend_string *make_string(std::string_view text)
{
    if (text.size() <= 1) {
        return text.empty() ? ZSTR_EMPTY_ALLOC() : ZSTR_CHAR((unsigned char)text[0]);
    }
    return zend_string_init(text.data(), text.size(), 0);
}

void build(simdjson::dom::element element, zval *out);

void build_array(simdjson::dom::array array, zval *out)
{
    size_t count = array.size();
    if (count == 0) {
        ZVAL_EMPTY_ARRAY(out);
        return;
    }
    zend_array *list = zend_new_array((uint32_t)count);
    zend_hash_real_init_packed(list);
    ZEND_HASH_FILL_PACKED(list)
    {
        for (simdjson::dom::element item : array) {
            zval value;
            build(item, &value);
            ZEND_HASH_FILL_ADD(&value);
        }
    }
    ZEND_HASH_FILL_END();
    ZVAL_ARR(out, list);
}

void build_object(simdjson::dom::object object, zval *out)
{
    size_t count = object.size(), i = 0;
    int index[64];
    uint64_t seen = 0;
    bool known_and_distinct = count <= 64;

    if (count == 0) {
        ZVAL_EMPTY_ARRAY(out);
        return;
    }
    for (auto field : object) {
        int key = known_and_distinct ? known_key(field.key) : -1;
        if (key < 0 || (seen >> key & 1)) {
            known_and_distinct = false;
            break;
        }
        seen |= (uint64_t)1 << key;
        index[i++] = key;
    }
    zend_array *array = zend_new_array((uint32_t)count);
    if (known_and_distinct) {
        zend_hash_real_init_mixed(array);
    }
    i = 0;
    for (auto field : object) {
        zval value;
        build(field.value, &value);
        if (known_and_distinct) {
            _zend_hash_append(array, known_keys[index[i++]], &value);
        } else {
            zend_string *key = make_string(field.key);
            zend_symtable_update(array, key, &value);
            zend_string_release(key);
        }
    }
    ZVAL_ARR(out, array);
}

void build(simdjson::dom::element element, zval *out)
{
    using simdjson::dom::element_type;
    switch (element.type()) {
    case element_type::ARRAY:
        build_array(element.get_array().value_unsafe(), out);
        break;
    case element_type::OBJECT:
        build_object(element.get_object().value_unsafe(), out);
        break;
    case element_type::STRING:
        ZVAL_STR(out, make_string(element.get_string().value_unsafe()));
        break;
    case element_type::INT64:
        ZVAL_LONG(out, element.get_int64().value_unsafe());
        break;
    case element_type::UINT64:
        ZVAL_DOUBLE(out, (double)element.get_uint64().value_unsafe());
        break;
    case element_type::DOUBLE:
        ZVAL_DOUBLE(out, element.get_double().value_unsafe());
        break;
    case element_type::BOOL:
        ZVAL_BOOL(out, element.get_bool().value_unsafe());
        break;
    case element_type::NULL_VALUE:
        ZVAL_NULL(out);
        break;
    }
}

} // namespace

extern "C" void bench_simdjson_startup(void)
{
    parser = new simdjson::dom::parser();
    if (parser->allocate(1 << 16, 512) != simdjson::SUCCESS) {
        abort();
    }
    for (size_t i = 0; i < known_count; i++) {
        std::string_view name(known_names[i]);
        uint32_t slot = slot_of(name);
        known_keys[i] = zend_string_init_interned(name.data(), name.size(), 1);
        while (key_slots[slot]) {
            slot = (slot + 1) % slots;
        }
        key_slots[slot] = (uint8_t)(i + 1);
    }
}

// `padded`: the buffer has SIMDJSON_PADDING readable bytes after the JSON, so simdjson reads it in
// place; otherwise it copies the JSON into a padded buffer of its own first, as it must for an
// answer body whose capacity it cannot know.
extern "C" bool bench_simdjson_decode(const char *json, size_t len, bool padded, zval *out)
{
    simdjson::dom::element root;
    if (parser->parse(json, len, !padded).get(root) != simdjson::SUCCESS) {
        return false;
    }
    build(root, out);
    return true;
}

extern "C" size_t bench_simdjson_padding(void)
{
    return simdjson::SIMDJSON_PADDING;
}
