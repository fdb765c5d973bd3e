/* Customers::findByEmail(): the one customer with an address, found through the list endpoint's search.
 *
 * The search is a substring match on name, email or phone, newest first, so "alice@example.com" also finds
 * "notalice@example.com" (and anyone whose name is that address). The answers are read page by page and
 * only an email equal to the address, ignoring ASCII case, is a match: the rule the API applies when it
 * refuses a second customer with the same email. Pages are the largest the API serves, and the loop stops
 * at the first match or the last page, so the caller pays for no request it does not need. */
#include "cashfin_private.h"

#include "core/text.h"
#include "zend_exceptions.h"

#define SEARCH_PAGE_SIZE 100 /* the API's maximum */
#define MAX_EMAIL_LENGTH 254 /* RFC 5321's longest address; the API stores none longer */
/* A hundred thousand customers whose name, email or phone contains one address is no real account: a server that
 * keeps sending full pages past this is not ending the search, and the lookup says so rather than loop. */
#define MAX_SEARCH_PAGES 1000

/* The address must be something the search can carry and an email field can hold. False with a ValueError. */
static bool email_argument_valid(zend_string *email)
{
    const char *problem = NULL;

    if (ZSTR_LEN(email) == 0) {
        problem = "must not be empty";
    } else if (!cf_utf8_valid(ZSTR_VAL(email), ZSTR_LEN(email))) {
        problem = "must be valid UTF-8";
    } else if (cf_has_control(ZSTR_VAL(email), ZSTR_LEN(email), NULL)) {
        problem = "must not contain control characters";
    } else if (cf_utf8_length(ZSTR_VAL(email), ZSTR_LEN(email)) > MAX_EMAIL_LENGTH) {
        problem = "must be at most 254 characters";
    }
    if (problem) {
        zend_argument_value_error(1, "%s", problem);
        return false;
    }
    return true;
}

static bool has_address(zval *customer, zend_string *email)
{
    zval *address;

    if (Z_TYPE_P(customer) != IS_ARRAY) {
        return false;
    }
    address = zend_hash_str_find_deref(Z_ARRVAL_P(customer), "email", sizeof("email") - 1);
    /* zend_string_equals_ci folds ASCII letters only, whatever the locale. */
    return address && Z_TYPE_P(address) == IS_STRING && zend_string_equals_ci(Z_STR_P(address), email);
}

static zval *first_with_address(zval *customers, zend_string *email)
{
    zval *customer;

    if (Z_TYPE_P(customers) != IS_ARRAY) {
        return NULL;
    }
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(customers), customer)
    {
        if (has_address(customer, email)) {
            return customer;
        }
    }
    ZEND_HASH_FOREACH_END();
    return NULL;
}

/* Whether `found` was the search's last page: the page count says so, or the page is short (the API fills
 * every page but the last), whatever the count claimed. */
static bool last_page(const cashfin_list_query *query, zval *found, const cf_page_info *page)
{
    return query->page >= page->pages || Z_TYPE_P(found) != IS_ARRAY ||
           zend_hash_num_elements(Z_ARRVAL_P(found)) < (uint32_t)query->limit;
}

static void throw_endless_search(void)
{
    cf_error error;
    zval exception;

    cf_error_init(&error);
    cf_error_set(&error, CF_ERROR_UNEXPECTED, "The search did not end after %d pages of %d customers", MAX_SEARCH_PAGES,
                 SEARCH_PAGE_SIZE);
    cashfin_exception_create(&error, NULL, &exception);
    cf_error_free(&error);
    zend_throw_exception_object(&exception);
}

/* Pages through the search results until an exact match or the last page; the caller has entered the guard. */
static void find_call(cashfin_customers *customers, zend_string *email, zval *return_value)
{
    cashfin_list_query query = {.limit = SEARCH_PAGE_SIZE, .search = email};

    for (query.page = 1;; query.page++) {
        cf_page_info page;
        zval found, *match;
        bool last;

        if (!cashfin_customers_fetch_page(customers, &query, &found, &page)) {
            return;
        }
        match = first_with_address(&found, email);
        if (match) {
            RETVAL_COPY_DEREF(match);
            zval_ptr_dtor(&found);
            return;
        }
        last = last_page(&query, &found, &page);
        zval_ptr_dtor(&found);
        if (last) {
            RETVAL_NULL();
            return;
        }
        if (query.page == MAX_SEARCH_PAGES) {
            throw_endless_search();
            return;
        }
    }
}

PHP_METHOD(Cashfin_Customers, findByEmail)
{
    zend_string *email;
    cashfin_customers *customers;
    cashfin_guard guard;

    ZEND_PARSE_PARAMETERS_START(1, 1)
    Z_PARAM_STR(email)
    ZEND_PARSE_PARAMETERS_END();

    if (!(customers = cashfin_customers_enter(Z_OBJ_P(ZEND_THIS), &guard))) {
        RETURN_THROWS();
    }
    if (email_argument_valid(email)) {
        find_call(customers, email, return_value);
    }
    cashfin_customers_leave(customers, &guard);
}
