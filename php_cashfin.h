/* cashfin: the Cashfin Customers API for PHP. */
#ifndef PHP_CASHFIN_H
#define PHP_CASHFIN_H

extern zend_module_entry cashfin_module_entry;
#define phpext_cashfin_ptr &cashfin_module_entry

#define PHP_CASHFIN_VERSION "0.1.0"

struct cf_pool;
struct cf_limiter_shared;

ZEND_BEGIN_MODULE_GLOBALS(cashfin)
    char *base_url;
    double timeout;
    double connect_timeout;
    zend_long max_retries;
    bool persistent;
    char *rate_limit_store;             /* the default rate_limit_store; "" for none */
    char *host_budget_namespace;        /* "" or a name that keeps this process's host budgets apart */
    struct cf_pool *pool;               /* idle connections kept across requests, per process and thread */
    struct cf_limiter_shared *limiters; /* host budgets mapped and Redis connections, per process and thread */
ZEND_END_MODULE_GLOBALS(cashfin)

ZEND_EXTERN_MODULE_GLOBALS(cashfin)
#define CASHFIN_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(cashfin, v)

#if defined(ZTS) && defined(COMPILE_DL_CASHFIN)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
