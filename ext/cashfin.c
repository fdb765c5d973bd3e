/* Module entry: INI defaults, class registration, phpinfo(). */
#include "cashfin_private.h"

#include "core/budget_redis.h"
#include "core/limiter.h"
#include "core/pool.h"

#include "ext/standard/info.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_attributes.h"
#include "zend_interfaces.h"

#include <cjson/cJSON.h>

#include "cashfin_arginfo.h"

ZEND_DECLARE_MODULE_GLOBALS(cashfin)

zend_class_entry *cashfin_ce_customers;
zend_class_entry *cashfin_ce_customer_iterator;
zend_class_entry *cashfin_ce_exception;
zend_class_entry *cashfin_ce_validation;
zend_class_entry *cashfin_ce_invalid_id;
zend_class_entry *cashfin_ce_authentication;
zend_class_entry *cashfin_ce_permission;
zend_class_entry *cashfin_ce_not_found;
zend_class_entry *cashfin_ce_duplicate;
zend_class_entry *cashfin_ce_rate_limit;
zend_class_entry *cashfin_ce_server;
zend_class_entry *cashfin_ce_api;
zend_class_entry *cashfin_ce_connection;
zend_class_entry *cashfin_ce_timeout;
zend_class_entry *cashfin_ce_unexpected;

/* The entries are checked when set, by the rules of the constructor option of the same name: a bad value
 * in an ini file leaves the built-in default, a bad ini_set() (or per-directory value) leaves the value as
 * it was; either way with a warning. */
static zend_result check_ini(zend_ini_entry *entry, zend_string *new_value, int stage, zval *converted)
{
    char problem[200];
    const char *name = ZSTR_VAL(entry->name) + strlen("cashfin.");

    if (!cashfin_option_ini_check(name, new_value, converted, problem, sizeof(problem))) {
        php_error_docref(NULL, E_WARNING, "%s %s; %s", ZSTR_VAL(entry->name), problem,
                         stage == ZEND_INI_STAGE_STARTUP ? "the built-in default is used"
                                                         : "the setting keeps its value");
        return FAILURE;
    }
    return SUCCESS;
}

#define INI_HANDLER_ARGS entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage

static ZEND_INI_MH(cashfin_update_string)
{
    zval unused;

    return check_ini(entry, new_value, stage, &unused) == SUCCESS ? OnUpdateString(INI_HANDLER_ARGS) : FAILURE;
}

/* Numbers and booleans are stored as the check read them ("3.0" and "1e1" are integers, "off" is false), not
 * as PHP's own handlers would parse the same text: the check's row says which of the three the global is. */
static ZEND_INI_MH(cashfin_update_scalar)
{
    zval read;
    void *global = ZEND_INI_GET_ADDR();

    (void)mh_arg3;
    if (check_ini(entry, new_value, stage, &read) != SUCCESS) {
        return FAILURE;
    }
    if (Z_TYPE(read) == IS_DOUBLE) {
        *(double *)global = Z_DVAL(read);
    } else if (Z_TYPE(read) == IS_LONG) {
        *(zend_long *)global = Z_LVAL(read);
    } else {
        *(bool *)global = Z_TYPE(read) == IS_TRUE;
    }
    return SUCCESS;
}

/* A name for the host's budgets: letters, digits, '.', '_' and '-', at most 64. */
static ZEND_INI_MH(cashfin_update_namespace)
{
    const char *name = ZSTR_VAL(new_value);
    size_t len = ZSTR_LEN(new_value);
    bool valid = len <= 64;

    for (size_t i = 0; i < len && valid; i++) {
        valid = (name[i] >= 'a' && name[i] <= 'z') || (name[i] >= 'A' && name[i] <= 'Z') ||
                (name[i] >= '0' && name[i] <= '9') || name[i] == '.' || name[i] == '_' || name[i] == '-';
    }
    if (!valid) {
        php_error_docref(
            NULL, E_WARNING, "%s must be at most 64 letters, digits, '.', '_' or '-'; %s", ZSTR_VAL(entry->name),
            stage == ZEND_INI_STAGE_STARTUP ? "the built-in default is used" : "the setting keeps its value");
        return FAILURE;
    }
    return OnUpdateString(INI_HANDLER_ARGS);
}

/* phpinfo() shows a Redis URL with its password as ***, as the client's debug view does. */
static ZEND_INI_DISP(cashfin_display_store)
{
    zend_string *value =
        type == ZEND_INI_DISPLAY_ORIG && ini_entry->modified ? ini_entry->orig_value : ini_entry->value;
    cf_redis_url url;
    char *shown;

    if (!value || ZSTR_LEN(value) == 0) {
        PUTS("no value");
    } else if (!cf_redis_url_is_redis(ZSTR_VAL(value), ZSTR_LEN(value))) {
        PHPWRITE(ZSTR_VAL(value), ZSTR_LEN(value));
    } else if (cf_redis_url_parse(ZSTR_VAL(value), ZSTR_LEN(value), &url) == NULL) {
        shown = cf_redis_url_redacted(&url);
        PUTS(shown ? shown : "[redacted]");
        free(shown);
        cf_redis_url_free(&url);
    } else {
        PUTS("[redacted]");
    }
}

PHP_INI_BEGIN()
STD_PHP_INI_ENTRY("cashfin.base_url", "https://api.cashfin.africa", PHP_INI_ALL, cashfin_update_string, base_url,
                  zend_cashfin_globals, cashfin_globals)
STD_PHP_INI_ENTRY("cashfin.timeout", "30", PHP_INI_ALL, cashfin_update_scalar, timeout, zend_cashfin_globals,
                  cashfin_globals)
STD_PHP_INI_ENTRY("cashfin.connect_timeout", "10", PHP_INI_ALL, cashfin_update_scalar, connect_timeout,
                  zend_cashfin_globals, cashfin_globals)
STD_PHP_INI_ENTRY("cashfin.max_retries", "2", PHP_INI_ALL, cashfin_update_scalar, max_retries, zend_cashfin_globals,
                  cashfin_globals)
STD_PHP_INI_BOOLEAN("cashfin.persistent", "1", PHP_INI_ALL, cashfin_update_scalar, persistent, zend_cashfin_globals,
                    cashfin_globals)
STD_PHP_INI_ENTRY_EX("cashfin.rate_limit_store", "", PHP_INI_ALL, cashfin_update_string, rate_limit_store,
                     zend_cashfin_globals, cashfin_globals, cashfin_display_store)
STD_PHP_INI_ENTRY("cashfin.host_budget_namespace", "", PHP_INI_ALL, cashfin_update_namespace, host_budget_namespace,
                  zend_cashfin_globals, cashfin_globals)
PHP_INI_END()

static PHP_GINIT_FUNCTION(cashfin)
{
#if defined(COMPILE_DL_CASHFIN) && defined(ZTS)
    ZEND_TSRMLS_CACHE_UPDATE();
#endif
    memset(cashfin_globals, 0, sizeof(*cashfin_globals));
}

static PHP_GSHUTDOWN_FUNCTION(cashfin)
{
    cf_pool_free(cashfin_globals->pool);
    cashfin_globals->pool = NULL;
    cf_limiter_shared_free(cashfin_globals->limiters);
    cashfin_globals->limiters = NULL;
}

static void register_exceptions(void)
{
    zend_class_entry *base = register_class_Cashfin_Exception(spl_ce_RuntimeException);

    cashfin_ce_exception = base;
    cashfin_ce_validation = register_class_Cashfin_ValidationException(base);
    cashfin_ce_invalid_id = register_class_Cashfin_InvalidIdException(cashfin_ce_validation);
    cashfin_ce_authentication = register_class_Cashfin_AuthenticationException(base);
    cashfin_ce_permission = register_class_Cashfin_PermissionException(base);
    cashfin_ce_not_found = register_class_Cashfin_NotFoundException(base);
    cashfin_ce_duplicate = register_class_Cashfin_DuplicateException(base);
    cashfin_ce_rate_limit = register_class_Cashfin_RateLimitException(base);
    cashfin_ce_server = register_class_Cashfin_ServerException(base);
    cashfin_ce_api = register_class_Cashfin_ApiException(base);
    cashfin_ce_connection = register_class_Cashfin_ConnectionException(base);
    cashfin_ce_timeout = register_class_Cashfin_TimeoutException(cashfin_ce_connection);
    cashfin_ce_unexpected = register_class_Cashfin_UnexpectedResponseException(base);
}

static PHP_MINIT_FUNCTION(cashfin)
{
    REGISTER_INI_ENTRIES();
    /* Counted (see cf_curl_acquire): the pools of other threads may outlive MSHUTDOWN under ZTS. */
    if (!cf_curl_acquire()) {
        return FAILURE;
    }
    cashfin_ce_customers = register_class_Cashfin_Customers(register_class_Cashfin_CustomersInterface());
    cashfin_customers_init_handlers(cashfin_ce_customers);
    cashfin_ce_customer_iterator = register_class_Cashfin_CustomerIterator(zend_ce_iterator);
    cashfin_pager_init_handlers(cashfin_ce_customer_iterator);
    register_exceptions();
    cashfin_decode_startup();
    return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(cashfin)
{
    UNREGISTER_INI_ENTRIES();
    /* Each pool holds libcurl for itself, so its connections close with libcurl initialised whenever it is
     * freed: here for this thread's, at GSHUTDOWN (after this) for other threads' under ZTS. */
    cf_pool_free(CASHFIN_G(pool));
    CASHFIN_G(pool) = NULL;
    cf_limiter_shared_free(CASHFIN_G(limiters));
    CASHFIN_G(limiters) = NULL;
    cf_curl_release();
    return SUCCESS;
}

static PHP_MINFO_FUNCTION(cashfin)
{
    zend_string *idle = zend_long_to_str((zend_long)cf_pool_idle(CASHFIN_G(pool)));
    cf_redis_url plain = {.host = "localhost", .port = CF_REDIS_DEFAULT_PORT};
    const char *redis_unsupported = cf_redis_budget_unsupported(&plain);

    php_info_print_table_start();
    php_info_print_table_row(2, "Cashfin Customers API client", "enabled");
    php_info_print_table_row(2, "Extension version", PHP_CASHFIN_VERSION);
    php_info_print_table_row(2, "libcurl version", cf_curl_version());
    php_info_print_table_row(2, "libcurl TLS backend", cf_tls_version());
    php_info_print_table_row(2, "cJSON version", cJSON_Version());
    php_info_print_table_row(2, "Idle pooled connections", ZSTR_VAL(idle));
    php_info_print_table_row(2, "Rate-limit stores", redis_unsupported ? "process, host" : "process, host, redis");
    php_info_print_table_end();
    zend_string_release(idle);
    DISPLAY_INI_ENTRIES();
}

static const zend_module_dep cashfin_deps[] = {ZEND_MOD_REQUIRED("spl") ZEND_MOD_END};

zend_module_entry cashfin_module_entry = {
    STANDARD_MODULE_HEADER_EX,
    NULL,
    cashfin_deps,
    "cashfin",
    NULL,
    PHP_MINIT(cashfin),
    PHP_MSHUTDOWN(cashfin),
    NULL,
    NULL,
    PHP_MINFO(cashfin),
    PHP_CASHFIN_VERSION,
    PHP_MODULE_GLOBALS(cashfin),
    PHP_GINIT(cashfin),
    PHP_GSHUTDOWN(cashfin),
    NULL,
    STANDARD_MODULE_PROPERTIES_EX,
};

#ifdef COMPILE_DL_CASHFIN
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(cashfin)
#endif
