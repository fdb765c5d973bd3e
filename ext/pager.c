/* Cashfin\CustomerIterator, returned by Customers::all(): fetches a page only when the iteration
 * reaches it and holds one page at a time, so memory stays flat however many customers there are. */
#include "cashfin_private.h"

#include "zend_exceptions.h"

#define DEFAULT_PAGE_SIZE 100 /* the API's maximum: fewest round trips under low rate limits */

typedef struct cashfin_pager {
    zval customers; /* keeps the client alive while iterating */
    cashfin_list_query query;
    zend_long first_page;
    zend_long page;  /* the page held in `items`; 0 before the first fetch */
    zend_long pages; /* as the last answer said */
    zval items;      /* IS_UNDEF until a page is held */
    uint32_t index;  /* in items */
    zend_long position;
    zend_object std;
} cashfin_pager;

static zend_object_handlers pager_handlers;

static cashfin_pager *pager_from(zend_object *object)
{
    return (cashfin_pager *)((char *)object - XtOffsetOf(cashfin_pager, std));
}

static zend_object *pager_create_object(zend_class_entry *ce)
{
    cashfin_pager *pager = zend_object_alloc(sizeof(cashfin_pager), ce);

    zend_object_std_init(&pager->std, ce);
    object_properties_init(&pager->std, ce);
    pager->std.handlers = &pager_handlers;
    ZVAL_UNDEF(&pager->customers);
    ZVAL_UNDEF(&pager->items);
    return &pager->std;
}

static void pager_free_object(zend_object *object)
{
    cashfin_pager *pager = pager_from(object);

    zval_ptr_dtor(&pager->customers);
    zval_ptr_dtor(&pager->items);
    if (pager->query.search) {
        zend_string_release(pager->query.search);
    }
    zend_object_std_dtor(object);
}

static HashTable *pager_get_gc(zend_object *object, zval **table, int *n)
{
    cashfin_pager *pager = pager_from(object);

    *table = &pager->customers;
    *n = 1;
    return NULL;
}

void cashfin_pager_init_handlers(zend_class_entry *ce)
{
    ce->create_object = pager_create_object;
    memcpy(&pager_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
    pager_handlers.offset = XtOffsetOf(cashfin_pager, std);
    pager_handlers.free_obj = pager_free_object;
    cashfin_forbid_clone(&pager_handlers);
    pager_handlers.get_gc = pager_get_gc;
}

void cashfin_pager_start(zval *return_value, zend_object *customers, const cashfin_list_query *query)
{
    cashfin_pager *pager;

    object_init_ex(return_value, cashfin_ce_customer_iterator);
    pager = pager_from(Z_OBJ_P(return_value));
    ZVAL_OBJ_COPY(&pager->customers, customers);
    pager->query = *query;
    if (pager->query.search) {
        zend_string_addref(pager->query.search);
    }
    if (!pager->query.limit) {
        pager->query.limit = DEFAULT_PAGE_SIZE;
    }
    pager->first_page = query->page ? query->page : 1;
}

/* Replaces the held page with page number `number` (`restart`: as the first page of a new iteration). False
 * with an exception thrown. A load the guard refuses changes nothing: a callback of this very iterator's
 * page load that rewinds it must not move the iteration under way. */
static bool load_page(cashfin_pager *pager, zend_long number, bool restart)
{
    cashfin_customers *customers;
    cashfin_guard guard;
    cf_page_info info;
    bool ok;

    /* A page is a call like any other: through the client's guard, so that a callback of a call under
     * way on the same client cannot drive its handle from here. */
    if (!(customers = cashfin_customers_enter(Z_OBJ(pager->customers), &guard))) {
        return false;
    }
    if (restart) {
        pager->page = 0;
        pager->position = 0;
    }
    zval_ptr_dtor(&pager->items); /* the old page goes before the new one arrives */
    ZVAL_UNDEF(&pager->items);
    pager->query.page = number;
    ok = cashfin_customers_fetch_page(customers, &pager->query, &pager->items, &info);
    if (ok) {
        pager->page = number;
        pager->pages = info.pages > ZEND_LONG_MAX ? ZEND_LONG_MAX : (zend_long)info.pages;
        pager->index = 0;
    } else {
        ZVAL_UNDEF(&pager->items);
        pager->pages = 0;
    }
    cashfin_customers_leave(customers, &guard);
    return ok;
}

static uint32_t held_count(const cashfin_pager *pager)
{
    return Z_TYPE(pager->items) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL(pager->items)) : 0;
}

static bool ensure_started(cashfin_pager *pager)
{
    return pager->page != 0 || load_page(pager, pager->first_page, true);
}

static cashfin_pager *this_pager(zval *this_ptr)
{
    return pager_from(Z_OBJ_P(this_ptr));
}

PHP_METHOD(Cashfin_CustomerIterator, __construct)
{
    (void)return_value;
    ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(Cashfin_CustomerIterator, rewind)
{
    cashfin_pager *pager = this_pager(ZEND_THIS);

    (void)return_value;
    ZEND_PARSE_PARAMETERS_NONE();
    load_page(pager, pager->first_page, true);
}

PHP_METHOD(Cashfin_CustomerIterator, valid)
{
    cashfin_pager *pager = this_pager(ZEND_THIS);

    ZEND_PARSE_PARAMETERS_NONE();
    if (!ensure_started(pager)) {
        RETURN_THROWS();
    }
    RETURN_BOOL(pager->index < held_count(pager));
}

PHP_METHOD(Cashfin_CustomerIterator, current)
{
    cashfin_pager *pager = this_pager(ZEND_THIS);
    zval *item;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!ensure_started(pager)) {
        RETURN_THROWS();
    }
    if (pager->index >= held_count(pager)) {
        RETURN_NULL();
    }
    item = zend_hash_index_find(Z_ARRVAL(pager->items), pager->index);
    if (item) {
        RETURN_COPY(item);
    }
    RETURN_NULL();
}

PHP_METHOD(Cashfin_CustomerIterator, key)
{
    cashfin_pager *pager = this_pager(ZEND_THIS);

    ZEND_PARSE_PARAMETERS_NONE();
    if (!ensure_started(pager)) {
        RETURN_THROWS();
    }
    if (pager->index >= held_count(pager)) {
        RETURN_NULL();
    }
    RETURN_LONG(pager->position);
}

PHP_METHOD(Cashfin_CustomerIterator, next)
{
    cashfin_pager *pager = this_pager(ZEND_THIS);

    (void)return_value;
    ZEND_PARSE_PARAMETERS_NONE();
    if (!ensure_started(pager) || pager->index >= held_count(pager)) {
        return;
    }
    pager->index++;
    pager->position++;
    /* The next page is fetched only now that the iteration has reached it. */
    if (pager->index >= held_count(pager) && pager->page < pager->pages) {
        load_page(pager, pager->page + 1, false);
    }
}
